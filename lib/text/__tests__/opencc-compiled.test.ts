import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import * as opencc from 'opencc-js/t2cn';
import { compileConfig, CompiledTrie, type ConversionConfig } from '../opencc-compiled';

const configs = (opencc as unknown as { Locale: { configs: Record<string, ConversionConfig> } }).Locale
  .configs;
const NAMES = ['hk2s', 'tw2s'] as const;
const library = {
  hk2s: opencc.Converter({ from: 'hk', to: 'cn' }),
  tw2s: opencc.Converter({ from: 'tw', to: 'cn' }),
};
const compiled = { hk2s: compileConfig(configs.hk2s), tw2s: compileConfig(configs.tw2s) };

/** Every key of every dictionary a config uses. */
function keysOf(config: ConversionConfig): string[] {
  const dicts = [
    ...(config.normalizationChain ?? []).flat(),
    ...(Array.isArray(config.segmentation) ? config.segmentation : [config.segmentation]),
    ...config.conversionChain.flat(),
  ];
  const keys = new Set<string>();
  for (const dict of dicts) {
    if (typeof dict !== 'string') continue;
    for (const line of dict.split('|')) keys.add(line.split(' ')[0]);
  }
  return [...keys];
}

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
}

describe('opencc-js conversion, compiled', () => {
  it('converts every dictionary key alone and between other text as opencc-js does', () => {
    for (const name of NAMES) {
      const keys = keysOf(configs[name]);
      expect(keys.length).toBeGreaterThan(1000);
      // Keys one by one, and all of them run together (their matches then overlap and compete).
      for (const key of keys) expect(compiled[name](key)).toBe(library[name](key));
      const all = keys.join('');
      expect(compiled[name](all)).toBe(library[name](all));
      const separated = keys.join('的');
      expect(compiled[name](separated)).toBe(library[name](separated));
    }
  });

  it('agrees with opencc-js on random mixtures of keys, plain text, surrogate pairs and description sequences', () => {
    const next = random(20261123);
    const extras = ['的', '是', '，', '。', 'a', ' ', '\n', '𠮷', '\ud842', '⿰', '⿲', '⿱木', '(nèi)'];
    for (const name of NAMES) {
      const keys = keysOf(configs[name]);
      for (let sample = 0; sample < 3000; sample++) {
        let text = '';
        const parts = 1 + Math.floor(next() * 12);
        for (let k = 0; k < parts; k++) {
          if (next() < 0.7) {
            const key = keys[Math.floor(next() * keys.length)];
            // A piece of a key as often as a whole one: matches that start and stop early.
            text += next() < 0.5 ? key : key.slice(0, Math.max(1, Math.floor(next() * key.length)));
          } else text += extras[Math.floor(next() * extras.length)];
        }
        expect(compiled[name](text), JSON.stringify(text)).toBe(library[name](text));
      }
    }
  });

  it('agrees with opencc-js on long texts with few changes, and with changes growing dense part-way', () => {
    const next = random(7);
    const plain = '整改工作领导小组要建立问题清单和责任清单，逐项明确时限。';
    for (const name of NAMES) {
      const keys = keysOf(configs[name]);
      for (const spacing of [997, 211, 37, 5, 1]) {
        let text = '';
        for (let k = 0; text.length < 20_000; k++) {
          text += plain[k % plain.length];
          // Sparse at first; past the middle, a key at every position for the densest spacing.
          const every = text.length > 10_000 ? Math.max(1, spacing >> 2) : spacing;
          if (k % every === 0) text += keys[Math.floor(next() * keys.length)];
        }
        expect(compiled[name](text)).toBe(library[name](text));
      }
    }
  });

  it("agrees with opencc-js on the project's Traditional fixtures", () => {
    const dir = new URL('../../../tests/fixtures/', import.meta.url);
    const files = readdirSync(dir).filter((f) => /tradition/i.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      for (const name of NAMES) expect(compiled[name](text)).toBe(library[name](text));
    }
  });

  it('returns its input when nothing changes, and lets the first dictionary of a group win a key', () => {
    const plain = '整改工作领导小组';
    expect(new CompiledTrie(['乾 干']).convert(plain)).toBe(plain);
    const trie = new CompiledTrie(['乾 干', '乾 乾', '乾坤 乾坤']);
    expect(trie.convert('乾淨乾坤')).toBe('干淨乾坤');
    // A cut inside a phrase stops it matching: each side converts on its own.
    const cuts = Int32Array.of(1, 3);
    expect(trie.convert('乾淨乾坤', cuts)).toBe('干淨干坤');
    expect([...cuts]).toEqual([1, 3]);
    // Cuts move with a value longer than its key.
    const longer = Int32Array.of(1, 2);
    expect(new CompiledTrie(['乾 干干']).convert('乾淨乾', longer)).toBe('干干淨干干');
    expect([...longer]).toEqual([2, 3]);
  });
});
