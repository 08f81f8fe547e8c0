/**
 * Turns the bytes of a saved page or text file into a string. Government
 * sites still serve GBK/GB18030 pages; the encoding is taken from a byte-order
 * mark, then from `<meta charset>` / `http-equiv` in the first bytes, and
 * otherwise UTF-8 is tried and GB18030 used when the bytes are not UTF-8. A
 * GBK declaration on bytes that are valid UTF-8 (a page saved again) loses.
 */

export class NotTextError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotTextError';
  }
}

const SNIFF_BYTES = 4096;

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The charset a page declares in its first bytes, normalised for TextDecoder. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (!match) return null;
  const label = match[1].toLowerCase();
  // Pages that say gb2312 or gbk are decoded with the superset, as browsers do.
  if (label === 'gb2312' || label === 'gbk' || label === 'x-gbk') return 'gb18030';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** NUL bytes in the first block mean a binary file (UTF-16 files come with a BOM). */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Decodes text bytes; `isHtml` lets a `<meta charset>` decide. Throws
 * `NotTextError` for binary data.
 */
export function decodeText(bytes: Uint8Array, isHtml = false): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  if (looksBinary(bytes)) throw new NotTextError('binary data, not a text or HTML file');
  const declared = isHtml ? declaredCharset(bytes) : null;
  // A page re-saved as UTF-8 often keeps its old gbk declaration. Chinese text in GBK
  // is practically never valid UTF-8, so bytes that are valid UTF-8 are taken as such.
  if (declared && declared !== 'gb18030') return new TextDecoder(declared).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
