import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Analysis, Finding, FindingKind } from '../types';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** The text of `lib/detect/__tests__/fixtures/<name>`. */
export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The finding whose normalised text contains `fragment`; fails when there is none. */
export function findingWith(analysis: Analysis, fragment: string): Finding {
  const found = analysis.findings.find((f) => f.normalized.includes(fragment));
  expect(found, `no finding contains 「${fragment}」`).toBeDefined();
  return found!;
}

/** Asserts that the finding containing `fragment` is of `kind`. */
export function expectKind(analysis: Analysis, fragment: string, kind: FindingKind): Finding {
  const found = findingWith(analysis, fragment);
  expect(found.kind, `「${found.normalized}」`).toBe(kind);
  return found;
}

/** Asserts that no finding of the given kinds (all kinds by default) contains `fragment`. */
export function expectNone(analysis: Analysis, fragment: string, kinds?: FindingKind[]): void {
  const found = analysis.findings.find(
    (f) => f.normalized.includes(fragment) && (!kinds || kinds.includes(f.kind)),
  );
  expect(found, found && `unexpected ${found.kind}: 「${found.normalized}」`).toBeUndefined();
}

/** Checks the contract of every finding: offsets into the original, text, cues. */
export function expectWellFormed(original: string, analysis: Analysis): void {
  for (const f of analysis.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(original.length);
    expect(f.text).toBe(original.slice(f.start, f.end));
    expect(f.normalized.length).toBeGreaterThan(0);
    expect(f.cues.length, `no cues for 「${f.normalized}」`).toBeGreaterThan(0);
  }
  // Findings come in document order and do not overlap.
  for (let i = 1; i < analysis.findings.length; i++)
    expect(analysis.findings[i].start).toBeGreaterThanOrEqual(analysis.findings[i - 1].end);
}
