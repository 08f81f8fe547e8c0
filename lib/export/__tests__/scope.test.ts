import { describe, expect, it } from 'vitest';
import { selectScope } from '../scope';
import { IDS, sampleTables } from './fixtures';

describe('export scope', () => {
  it('keeps the whole ledger as is', () => {
    const tables = sampleTables();
    expect(selectScope(tables, { kind: 'all' })).toBe(tables);
  });

  it('narrows to a case: its clips, documents, checks, reports and overrides; no settings', () => {
    const s = selectScope(sampleTables(), { kind: 'case', caseId: IDS.caseEdu });
    expect(s.clips.map((c) => c.id).toSorted()).toEqual([
      'clip-m1',
      'clip-m2',
      'clip-m3',
      'clip-m4',
      'clip-p1',
      'clip-p2',
      'clip-pl',
    ]);
    expect(s.cases.map((c) => c.id)).toEqual([IDS.caseEdu]);
    expect(s.documents.map((d) => d.id).toSorted()).toEqual(
      [IDS.docFeedback, IDS.docPlan, IDS.docReportMarch, IDS.docReportJuly].toSorted(),
    );
    expect(s.checks).toHaveLength(2);
    expect(s.overrides.map((o) => o.id)).toEqual(['ovr-1']);
    expect(s.settings).toEqual([]);
  });

  it('narrows to selected clips and what they refer to', () => {
    const s = selectScope(sampleTables(), { kind: 'clips', ids: ['clip-m1', 'clip-u1', 'nope'] });
    expect(s.clips.map((c) => c.id)).toEqual(['clip-m1', 'clip-u1']);
    expect(s.cases.map((c) => c.id)).toEqual([IDS.caseEdu]);
    expect(s.checks.map((c) => c.id).toSorted()).toEqual([IDS.checkMarch, IDS.checkJuly].toSorted());
    expect(s.overrides).toEqual([]); // the override concerns clip-m2, not selected
    expect(s.documents.map((d) => d.id).toSorted()).toEqual(
      [IDS.docFeedback, IDS.docPlan, IDS.docReportMarch, IDS.docReportJuly].toSorted(),
    );
  });
});
