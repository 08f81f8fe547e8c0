/**
 * Page furniture at the level of text lines: navigation, breadcrumbs, site
 * search, bylines, related-article lists, copyright and disclaimer blocks,
 * print/close links. The DOM reader already drops most of it from HTML
 * pages; this catches what reaches the detector anyway, above all in .txt
 * copies of pages. A furniture line never yields a finding.
 */
import {
  createHits,
  cueTable,
  FLAG_BYLINE,
  FLAG_CHROME,
  FLAG_SEPARATOR,
  FLAG_SHORT_CHROME,
  scanCues,
  type CueHits,
} from './cues';
import { listMarkerLength } from '../text/segment';

/** Lines longer than this are article text, never furniture. */
const MAX_FURNITURE_LINE = 160;
/** Bylines (来源：, 作者：) only count on lines this short. */
const MAX_BYLINE = 90;
/** Related-article titles are short. */
const MAX_LINK_TITLE = 50;

/** Lines longer than this only count as furniture by a word of site chrome… */
const MAX_SHORT_CHROME = 40;
/** First characters of contact lines: the cheap test before the pattern. */
const CONTACT_START = new Uint8Array(0x10000);
for (const ch of '监联举咨电传邮地') CONTACT_START[ch.charCodeAt(0)] = 1;

/** Contact lines at the end of a notice. */
const CONTACT = /^(?:监督电话|联系电话|举报电话|咨询电话|电话|传真|电子邮箱|邮箱|邮编|地址|联系人)[：:]/;

/**
 * Site chrome that words do not catch: breadcrumbs (首页 > 新闻 > 正文), menus
 * separated by |, and a lone TOP.
 */
function isChromeShape(text: string, from: number, to: number): boolean {
  let arrows = 0;
  let bars = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3e || c === 0xbb || c === 0x203a || c === 0xff1e)
      arrows++; // > » › ＞
    else if (c === 0x7c || c === 0xff5c) bars++; // | ｜
  }
  if (arrows >= 2 || bars >= 2) return true;
  if (arrows === 1 && text.startsWith('首页', from)) return true;
  return to - from === 3 && text.startsWith('TOP', from);
}

/** Where a related-article title ends: the kinds of document such lists link to. */
const DOCUMENT_TITLE_END =
  /(?:讲话|发言|讲话稿|发言稿|通知|意见|方案|体会|心得|报告|总结|范文|材料|汇报|决定|办法|措施|情况|通报|公告|纪要|问答|解读|简报)$/;

/** Last characters of the words of DOCUMENT_TITLE_END. */
const TITLE_LAST = new Uint8Array(0x10000);
for (const ch of '话言稿知见案会得告结文料报定法施况要答读') TITLE_LAST[ch.charCodeAt(0)] = 1;

/** The numbered items of a copyright or disclaimer block. */
const DISCLAIMER_ITEM = /^\s*\d{1,2}[.．、]/;

function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0xff1f || c === 0xff01; // 。；？！
}

/** Whether the line ends with sentence-final punctuation (a closing quote may follow it). */
function isTerminated(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && (line.charCodeAt(i) === 0x201d || line.charCodeAt(i) === 0x300d)) i--;
  return i >= 0 && isSentenceEnd(line.charCodeAt(i));
}

/** A line of site chrome: navigation, byline, copyright… */
export const CHROME = 1;
/** A line of a list of links to other articles. */
export const LINK_LIST = 2;

/**
 * Marks the furniture lines of normalised `text`: `result[k]` is
 * {@link CHROME} or {@link LINK_LIST} when the line `[starts[k], ends[k])`
 * is furniture, else 0. Furniture words are cues of the lexicon (see
 * FURNITURE_GROUPS): pass the text's `hits` when they are already found.
 */
export function findFurnitureLines(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  hits?: CueHits,
): Uint8Array {
  if (!hits) {
    hits = createHits();
    scanCues(text, 0, text.length, hits);
  }
  const { flags } = cueTable();
  const count = starts.length;
  const furniture = new Uint8Array(count);
  const words = hits.furniture;
  let inDisclaimer = false;
  let w = 0;
  for (let k = 0; k < count; k++) {
    const from = starts[k];
    const to = ends[k];
    const length = to - from;
    while (w < words.length && hits.start[words[w]] < from) w++;
    if (length === 0 || length > MAX_FURNITURE_LINE) {
      inDisclaimer = false;
      continue;
    }
    if (inDisclaimer && DISCLAIMER_ITEM.test(text.slice(from, from + 4))) {
      furniture[k] = CHROME;
      continue;
    }
    inDisclaimer = false;
    // The furniture words on the line.
    let found = 0;
    let separators = 0;
    for (let i = w; i < words.length && hits.start[words[i]] < to; i++) {
      const f = flags[hits.cue[words[i]]];
      found |= f;
      if (f & FLAG_SEPARATOR) separators++;
    }
    if (
      found & FLAG_CHROME ||
      (separators > 0 && isChromeShape(text, from, to)) ||
      (length === 3 && text.startsWith('TOP', from)) ||
      (length <= MAX_SHORT_CHROME && found & FLAG_SHORT_CHROME) ||
      (length <= MAX_BYLINE &&
        (found & FLAG_BYLINE ||
          (CONTACT_START[text.charCodeAt(from)] === 1 && CONTACT.test(text.slice(from, from + 6)))))
    ) {
      furniture[k] = CHROME;
      inDisclaimer = text.slice(from, to).indexOf('声明') >= 0;
    }
  }
  markLinkLists(text, starts, ends, furniture);
  return furniture;
}

/**
 * Two or more adjacent short unterminated lines that each end like a
 * document title, without a list marker, are a list of links to other
 * articles; the list runs on over further such lines and over chrome.
 */
function markLinkLists(text: string, starts: Int32Array, ends: Int32Array, furniture: Uint8Array): void {
  const looksLikeLink = (k: number) => {
    const length = ends[k] - starts[k];
    if (length === 0 || length > MAX_LINK_TITLE) return false;
    // Titles end with one of a few characters: test it before taking the line apart.
    let last = ends[k] - 1;
    while (last > starts[k] && text.charCodeAt(last) <= 0x20) last--;
    if (!TITLE_LAST[text.charCodeAt(last)]) return false;
    // 一、整改落实情况 and （一）关于…的整改情况 are the document's own headings.
    if (listMarkerLength(text, starts[k]) > 0) return false;
    const line = text.slice(starts[k], ends[k]).trim();
    return !isTerminated(line) && DOCUMENT_TITLE_END.test(line);
  };
  let k = 0;
  while (k < starts.length) {
    if (!looksLikeLink(k) || k + 1 >= starts.length || !looksLikeLink(k + 1)) {
      k++;
      continue;
    }
    let end = k + 2;
    while (end < starts.length && (looksLikeLink(end) || furniture[end])) end++;
    for (let i = k; i < end; i++) if (!furniture[i]) furniture[i] = LINK_LIST;
    k = end;
  }
}
