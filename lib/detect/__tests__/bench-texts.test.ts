import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXTS } from '../../../scripts/bench/analyze-texts';
import { fixture } from './helpers';

describe('the benchmark texts', () => {
  it('are the detection fixtures, word for word', () => {
    const files = readdirSync(path.join(import.meta.dirname, 'fixtures')).filter((f) => f.endsWith('.txt'));
    expect(Object.keys(FIXTURE_TEXTS).sort()).toEqual(files.map((f) => f.replace(/\.txt$/, '')).sort());
    for (const [name, text] of Object.entries(FIXTURE_TEXTS)) expect(text, name).toBe(fixture(`${name}.txt`));
  });
});
