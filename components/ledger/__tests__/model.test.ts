import { describe, expect, it } from 'vitest';
import type { LedgerTables } from '../../../lib/db/types';
import { FIXTURE_IDS, ledgerFixtureTables } from '../../../tests/fixtures/ledger-fixture';
import { EMPTY_FILTERS, isFiltered, needsQuery, NO_CASE, toClipQuery } from '../filters';
import { buildView, caseOrder, clipIdsOf, groupItems, latestCheck } from '../model';

const tables = (): LedgerTables => ledgerFixtureTables();

describe('buildView', () => {
  it('orders cases by label in Chinese, then documents by date, then clips by page position', () => {
    const view = buildView(tables());
    expect(view.cases.map((c) => c.id)).toEqual([
      FIXTURE_IDS.caseEdu,
      FIXTURE_IDS.caseAgri,
      FIXTURE_IDS.caseHealth,
    ]);
    const ids = view.ordered.map((v) => v.clip.id);
    expect(ids.slice(0, 6)).toEqual([
      'clip-edu-p-1',
      'clip-edu-p-2',
      'clip-edu-p-3',
      'clip-edu-p-4',
      'clip-edu-p-5',
      'clip-edu-m-1',
    ]);
    // Clips without a case come last.
    expect(ids.slice(-2)).toEqual(['clip-notice-1', 'clip-notice-2']);
  });

  it('numbers clips within their case and keeps the numbers whatever is filtered', () => {
    const view = buildView(tables());
    expect(view.byId.get('clip-edu-m-1')?.seq).toBe(6);
    expect(view.byId.get('clip-agri-1')?.seq).toBe(1);
    expect(view.byId.get('clip-notice-2')?.seq).toBe(2);
  });

  it('gives each commitment its check history with overrides, and each case its summary', () => {
    const view = buildView(tables());
    const overridden = view.byId.get('clip-edu-m-5')!;
    expect(overridden.points.map((p) => [p.date, p.status, p.overridden])).toEqual([
      ['2024-07-15', 'missing', false],
      ['2024-10-20', 'partial', true],
    ]);
    expect(latestCheck(overridden)).toBe('partial');
    expect(latestCheck(view.byId.get('clip-agri-1')!)).toBe('unchecked');
    expect(latestCheck(view.byId.get('clip-edu-p-1')!)).toBeNull();
    const summary = view.summaries.get(FIXTURE_IDS.caseEdu)!;
    expect([
      summary.measures,
      summary.reappears,
      summary.partial,
      summary.missing,
      summary.overridden,
    ]).toEqual([8, 6, 1, 1, 1]);
  });

  it('lists tags by use, ties in Chinese order', () => {
    expect(buildView(tables()).tags).toEqual(['群众身边', '重点']);
    const t = tables();
    t.clips[5] = { ...t.clips[5], tags: ['重点'] };
    expect(buildView(t).tags).toEqual(['重点', '群众身边']);
  });

  it('treats a clip whose case is gone as without a case', () => {
    const t = tables();
    t.clips[0] = { ...t.clips[0], caseId: 'case-gone' };
    const view = buildView(t);
    expect(view.byId.get(t.clips[0].id)?.caseId).toBeNull();
    // Among the clips without a case, by its document's date (before the May notice).
    expect(view.ordered.slice(-3).map((v) => v.clip.id)).toEqual([
      t.clips[0].id,
      'clip-notice-1',
      'clip-notice-2',
    ]);
  });
});

describe('groupItems', () => {
  it('puts a case header, then a document header, before their clips', () => {
    const view = buildView(tables());
    const items = groupItems(view, { matches: null, showEmptyCases: true });
    expect(items.slice(0, 3).map((i) => i.type)).toEqual(['case', 'document', 'clip']);
    const cases = items.filter((i) => i.type === 'case');
    expect(cases.map((i) => (i.type === 'case' ? [i.caseId, i.count] : null))).toEqual([
      [FIXTURE_IDS.caseEdu, 14],
      [FIXTURE_IDS.caseAgri, 6],
      [FIXTURE_IDS.caseHealth, 10],
      [null, 2],
    ]);
    expect(clipIdsOf(items)).toHaveLength(32);
  });

  it('keeps only matches, drops empty groups, and filters on the latest check', () => {
    const view = buildView(tables());
    const items = groupItems(view, {
      matches: new Set(['clip-health-m-3', 'clip-edu-m-8', 'clip-edu-m-1']),
      showEmptyCases: false,
    });
    expect(items.map((i) => i.key)).toEqual([
      `case:${FIXTURE_IDS.caseEdu}`,
      `doc:${FIXTURE_IDS.caseEdu}:${FIXTURE_IDS.docEduPlan}`,
      'clip-edu-m-1',
      'clip-edu-m-8',
      `case:${FIXTURE_IDS.caseHealth}`,
      `doc:${FIXTURE_IDS.caseHealth}:${FIXTURE_IDS.docHealthPlan}`,
      'clip-health-m-3',
    ]);
    const missing = groupItems(view, { matches: null, check: 'missing', showEmptyCases: false });
    expect(clipIdsOf(missing)).toEqual(['clip-edu-m-8', 'clip-health-m-3', 'clip-health-m-5']);
  });

  it('shows cases without clips in their place when nothing is filtered', () => {
    const t = tables();
    t.cases.push({ id: 'case-empty', unit: '县财政局党组', round: '', created: 0, updated: 0 });
    const view = buildView(t);
    const shown = groupItems(view, { matches: null, showEmptyCases: true })
      .filter((i) => i.type === 'case')
      .map((i) => (i.type === 'case' ? i.caseId : null));
    // 财政 (cai) sorts first; clips without a case stay last.
    expect(shown).toEqual([
      'case-empty',
      FIXTURE_IDS.caseEdu,
      FIXTURE_IDS.caseAgri,
      FIXTURE_IDS.caseHealth,
      null,
    ]);
    expect(caseOrder(t.cases)[0].id).toBe('case-empty');
    const hidden = groupItems(view, { matches: null, showEmptyCases: false });
    expect(hidden.some((i) => i.type === 'case' && i.caseId === 'case-empty')).toBe(false);
  });
});

describe('filters', () => {
  it('turns filters into a query for ids only', () => {
    expect(toClipQuery(EMPTY_FILTERS)).toEqual({ limit: 0 });
    const query = toClipQuery({
      ...EMPTY_FILTERS,
      text: ' 集中採購 ',
      kinds: ['commitment'],
      caseId: NO_CASE,
      status: 'open',
      tag: '重点',
      from: '2024-03-01',
      to: '2024-03-31',
    });
    expect(query).toMatchObject({
      limit: 0,
      text: ' 集中採購 ',
      kind: ['commitment'],
      caseId: null,
      status: 'open',
      tag: '重点',
    });
    expect(query.from).toBe(new Date(2024, 2, 1).getTime());
    // The end day is included: the bound is the next midnight.
    expect(query.to).toBe(new Date(2024, 3, 1).getTime());
    expect(toClipQuery({ ...EMPTY_FILTERS, caseId: 'case-edu' }).caseId).toBe('case-edu');
  });

  it('knows when anything is filtered and when the data layer must be asked', () => {
    expect(isFiltered(EMPTY_FILTERS)).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTERS, text: '   ' })).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTERS, check: 'missing' })).toBe(true);
    expect(needsQuery({ ...EMPTY_FILTERS, check: 'missing' })).toBe(false);
    expect(needsQuery({ ...EMPTY_FILTERS, tag: '重点' })).toBe(true);
  });
});
