import { describe, expect, it } from 'vitest';
import zh from '../../public/_locales/zh_CN/messages.json';
import en from '../../public/_locales/en/messages.json';

describe('i18n catalogues', () => {
  it('zh_CN and en have the same keys and no empty message', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const catalogue of [zh, en]) {
      for (const [key, entry] of Object.entries(catalogue)) {
        expect((entry as { message: string }).message, key).not.toBe('');
      }
    }
  });
});
