import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../schema';
import { quoteHash } from '../quote-hash';

/**
 * The stores of every version that has shipped, copied by hand. A shipped
 * version is never edited: change the schema by adding a version (with an
 * upgrade and a fixture in migrations.test.ts), then add it here.
 */
const SHIPPED: Record<number, Record<string, string | null>> = {
  1: {
    documents: 'id, &url, site, role, firstSeen',
    clips: 'id, documentId, &[documentId+quoteHash], kind, caseId, status, *tags, created, updated',
    cases: 'id, unit',
    settings: 'key',
  },
  2: {
    checks: 'id, caseId, reportDocumentId, checkedAt',
    overrides: 'id, &[checkId+clipId], clipId, checkId',
    meta: 'key',
  },
};

describe('schema history', () => {
  it('never edits a shipped version', () => {
    for (const [version, stores] of Object.entries(SHIPPED)) {
      const entry = SCHEMA_VERSIONS.find((v) => v.version === Number(version));
      expect(entry?.stores, `version ${version}`).toEqual(stores);
    }
  });

  it('lists versions in order, each with a summary; changes after v1 come with an upgrade or new stores only', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(versions[versions.length - 1]);
    for (const v of SCHEMA_VERSIONS) expect(v.summary.length).toBeGreaterThan(10);
  });

  it('keeps the quote hash stable (stored hashes make adding clips idempotent)', () => {
    expect(
      quoteHash({
        exact: '干部队伍建设统筹谋划不够，年轻干部培养选拔机制不健全。',
        prefix: '（三）',
        suffix: '（四）',
      }),
    ).toBe('56235f26172335e7');
    expect(quoteHash({ exact: 'ab', prefix: 'c', suffix: '' })).not.toBe(
      quoteHash({ exact: 'abc', prefix: '', suffix: '' }),
    );
  });
});
