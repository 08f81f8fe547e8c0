import { describe, expect, it } from 'vitest';
import { decodeText, NotTextError } from '../decode';

/** 整改问题 in GBK. */
const GBK_WORDS = [0xd5, 0xfb, 0xb8, 0xc4, 0xce, 0xca, 0xcc, 0xe2];
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const page = (charset: string, body: number[]) =>
  new Uint8Array([
    ...ascii(`<html><head><meta charset="${charset}"></head><body><p>`),
    ...body,
    ...ascii('</p>'),
  ]);

describe('decodeText', () => {
  it('decodes a page that declares gbk from GBK bytes', () => {
    expect(decodeText(page('gbk', GBK_WORDS), true)).toContain('<p>整改问题</p>');
  });

  it('decodes GBK bytes without a declaration, as they are not UTF-8', () => {
    expect(decodeText(new Uint8Array(GBK_WORDS))).toBe('整改问题');
  });

  it('reads a page saved again as UTF-8 that still declares gbk as UTF-8', () => {
    const utf8 = Array.from(new TextEncoder().encode('整改问题'));
    expect(decodeText(page('gbk', utf8), true)).toContain('<p>整改问题</p>');
  });

  it('follows a byte-order mark over everything else', () => {
    // UTF-16LE: 整 is U+6574, 改 is U+6539.
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x74, 0x65, 0x39, 0x65]))).toBe('整改');
  });

  it('refuses binary data', () => {
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(NotTextError);
  });
});
