/**
 * Where two versions of a page's text differ, widened to whole paragraphs so
 * that the detector sees complete sentences: `[start, oldEnd)` of the old text
 * became `[start, newEnd)` of the new one; everything outside is identical.
 */
export interface ChangedRegion {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export function changedRegion(before: string, after: string): ChangedRegion {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  const start = after.lastIndexOf('\n', prefix - 1) + 1;
  const lineEnd = after.indexOf('\n', after.length - suffix);
  const newEnd = lineEnd < 0 ? after.length : lineEnd;
  return { start, newEnd, oldEnd: before.length - (after.length - newEnd) };
}
