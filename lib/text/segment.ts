/**
 * Splits normalised text into sentence units: a unit ends at 。；？！ (the
 * closing quote after one stays with it) or at a paragraph break. Each unit
 * knows its paragraph, whether it opens with a list marker (一是, （一）, 一、,
 * 1., ①), and whether it is a heading.
 */
import { isHorizontalSpace, isSentenceEnd } from './chars';

export interface Segment {
  /** Offsets into the normalised text, trimmed of surrounding spaces. */
  start: number;
  end: number;
  /** Index of the paragraph (line) the unit is in. */
  paragraph: number;
  /** First unit of its paragraph. */
  first: boolean;
  /** Ends with 。；？！ rather than at a paragraph break. */
  terminated: boolean;
  /** The list marker the unit opens with, if any. */
  listMarker?: string;
  /** A title or section heading: a short paragraph of its own without final punctuation. */
  heading: boolean;
}

const CLOSING = new Set([0x201d, 0x2019, 0x300d, 0x300f, 0x300b, 0xff09, 0x29]); // ” ’ 」 』 》 ） )

const NUM = '一二三四五六七八九十';
const LIST_MARKER = new RegExp(
  '^(?:' +
    [
      `[${NUM}]{1,3}[是要看]`, // 一是, 二要, 三看
      `第[${NUM}]{1,3}[，、]?`, // 第一，
      `[${NUM}]{1,3}、`, // 一、
      `[（(][${NUM}\\d]{1,3}[）)]`, // （一）, (1)
      '\\d{1,2}(?:[.．、](?!\\d)|[)）])', // 1. 1、 1) but not 1.5
      '[\\u2460-\\u2473]', // ① … ⑳
      '(?:首先|其次|再次|最后)[，,]?',
    ].join('|') +
    ')',
);

const MAX_HEADING = 40;

/** The list marker at `text[start…]`, if one opens the unit. */
export function listMarkerAt(text: string, start: number): string | undefined {
  return LIST_MARKER.exec(text.slice(start, start + 8))?.[0];
}

/** Splits normalised text into sentence units; see the module comment. */
export function segment(text: string): Segment[] {
  const segments: Segment[] = [];
  let paragraph = 0;
  let paragraphFirstSegment = 0; // index in `segments` of the paragraph's first unit
  let unitStart = 0;
  const pushUnit = (from: number, to: number, terminated: boolean) => {
    while (from < to && isHorizontalSpace(text.charCodeAt(from))) from++;
    while (to > from && isHorizontalSpace(text.charCodeAt(to - 1))) to--;
    if (to <= from) return;
    segments.push({
      start: from,
      end: to,
      paragraph,
      first: segments.length === paragraphFirstSegment,
      terminated,
      listMarker: listMarkerAt(text, from),
      heading: false,
    });
  };
  const closeParagraph = () => {
    // A paragraph that is one short unterminated unit is a heading.
    if (segments.length - paragraphFirstSegment === 1) {
      const last = segments[segments.length - 1];
      if (!last.terminated && last.end - last.start <= MAX_HEADING) last.heading = true;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      pushUnit(unitStart, i, false);
      closeParagraph();
      paragraph++;
      paragraphFirstSegment = segments.length;
      unitStart = i + 1;
    } else if (isSentenceEnd(c)) {
      let end = i + 1;
      while (end < text.length && (isSentenceEnd(text.charCodeAt(end)) || CLOSING.has(text.charCodeAt(end))))
        end++;
      pushUnit(unitStart, end, true);
      unitStart = end;
      i = end - 1;
    }
  }
  pushUnit(unitStart, text.length, false);
  closeParagraph();
  return segments;
}
