/** File names of exports: 整改台账-<subject>-<yyyy-mm-dd>.<ext>, safe on Windows, macOS and Linux. */
import { isoDay } from '../db/status';

/** Longest subject kept in a file name (Windows paths are short; Chinese names stay readable). */
const MAX_SUBJECT = 60;

/** Windows device names, refused as a whole file name (with any extension). */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * Makes text safe as part of a file name: characters Windows forbids
 * (\ / : * ? " < > |), control characters and line breaks become `_`; runs
 * of spaces collapse; leading and trailing dots and spaces go.
 */
export function sanitizeFileNamePart(text: string, max = MAX_SUBJECT): string {
  let out = text
    // oxlint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (out.length > max) out = out.slice(0, max).replace(/[\s.]+$/, '');
  if (RESERVED.test(out)) out = `_${out}`;
  return out;
}

/** `整改台账-县教育局党组 · 2023年第二轮巡察-2024-08-01.xlsx`. */
export function exportFileName(subject: string, date: Date, extension: string): string {
  const part = sanitizeFileNamePart(subject);
  return `整改台账${part ? `-${part}` : ''}-${isoDay(date.getTime())}.${extension}`;
}
