/* oxlint-disable unicorn/no-array-sort -- Array#toSorted needs Chromium 110; we support 86 and sort fresh arrays. */
// oxlint-disable-next-line import/no-unassigned-import -- installs IndexedDB globals before Dexie loads
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LedgerError } from '../errors';
import {
  clipInput,
  FEEDBACK_DOC,
  MEASURE_TRADITIONAL,
  MEASURES,
  openTestLedger,
  PLAN_DOC,
  PLEDGE,
  PROBLEMS,
  REPORT_DOC,
  type TestLedger,
} from './helpers';

const open: TestLedger[] = [];
async function ledger(options: Parameters<typeof openTestLedger>[0] = {}) {
  const l = await openTestLedger(options);
  open.push(l);
  return l;
}
afterEach(() => {
  while (open.length) open.pop()?.close();
});

function sortedById<T extends { id: string }>(rows: T[]): T[] {
  return rows.slice().sort((a, b) => (a.id < b.id ? -1 : 1));
}

async function rejection(promise: Promise<unknown>): Promise<LedgerError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LedgerError);
  return error as LedgerError;
}

describe('documents', () => {
  it('upserts by URL: keeps id, first-seen and role, fills meta, ignores the fragment', async () => {
    const l = await ledger();
    const first = await l.documents.upsert({ url: FEEDBACK_DOC.url + '#p3', title: '巡察反馈' });
    expect(first.url).toBe(FEEDBACK_DOC.url);
    expect(first.site).toBe('www.qxjw.gov.cn');
    expect(first.role).toBe('source');
    expect(first.unit).toBeUndefined();
    const second = await l.documents.upsert(FEEDBACK_DOC);
    expect(second.id).toBe(first.id);
    expect(second.firstSeen).toBe(first.firstSeen);
    expect(second.updated).toBeGreaterThan(first.updated);
    expect(second.title).toBe(FEEDBACK_DOC.title);
    expect(second.inspectedUnit).toBe('县教育局党组');
    expect(second.publishDate).toBe('2023-11-08');
    // Absent meta keeps what is stored.
    const third = await l.documents.upsert({ url: FEEDBACK_DOC.url });
    expect(third).toEqual(second);
    expect(await l.documents.list()).toHaveLength(1);
    expect((await l.documents.getByUrl(FEEDBACK_DOC.url + '#top'))?.id).toBe(first.id);
  });

  it('refuses a page that is not http(s) or file, and writes nothing', async () => {
    const l = await ledger();
    const error = await rejection(l.documents.upsert({ url: 'javascript:alert(1)', title: 'x' }));
    expect(error.code).toBe('invalid');
    expect(error.messageKey).toBe('ledgerErrorInvalid');
    expect(await l.db.documents.count()).toBe(0);
  });
});

describe('adding clips', () => {
  it('stores clips with derived fields and returns one id per input', async () => {
    const l = await ledger();
    const result = await l.clips.add(FEEDBACK_DOC, [
      clipInput('problem', PROBLEMS[0], { start: 120, prefix: '一是', suffix: '二是' }),
      clipInput('problem', PROBLEMS[1], { start: 300 }),
    ]);
    expect(result.ids).toHaveLength(2);
    expect(result.added).toEqual(result.ids);
    expect(result.duplicates).toBe(0);
    const [clip] = await l.clips.getMany([result.ids[0]]);
    expect(clip.documentId).toBe(result.document.id);
    expect(clip.originalText).toBe(PROBLEMS[0]);
    expect(clip.text).toBe(PROBLEMS[0]);
    expect(clip.searchKey).toBe('落实全面从严治党主体责任不够到位对所属学校党组织日常监督偏松偏软');
    expect(clip.selectors).toEqual({
      quote: { exact: PROBLEMS[0], prefix: '一是', suffix: '二是' },
      position: { start: 120, end: 120 + PROBLEMS[0].length },
    });
    expect(clip.status).toBe('open');
    expect(clip.tags).toEqual([]);
    expect(clip.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('is idempotent: the same quote on the same document is stored once', async () => {
    const l = await ledger();
    const inputs = [clipInput('problem', PROBLEMS[0], { prefix: '一是' }), clipInput('problem', PROBLEMS[1])];
    const first = await l.clips.add(FEEDBACK_DOC, inputs);
    const again = await l.clips.add(FEEDBACK_DOC, [...inputs, inputs[0]]);
    expect(again.ids).toEqual([...first.ids, first.ids[0]]);
    expect(again.added).toEqual([]);
    expect(again.duplicates).toBe(3);
    expect(await l.clips.count()).toBe(2);
    // The same sentence at another place of the page (other context) is another clip…
    const elsewhere = await l.clips.add(FEEDBACK_DOC, [
      clipInput('problem', PROBLEMS[0], { prefix: '三是' }),
    ]);
    expect(elsewhere.added).toHaveLength(1);
    // …and so is the same quote on another document.
    const otherDoc = await l.clips.add(PLAN_DOC, [inputs[0]]);
    expect(otherDoc.added).toHaveLength(1);
    expect(await l.clips.count()).toBe(4);
  });

  it('assigns the case that matches the inspected unit, and only when unambiguous', async () => {
    const l = await ledger();
    const edu = await l.cases.create({ unit: '县教育局', round: '2023年第二轮巡察' });
    await l.cases.create({ unit: '县卫生健康局党组', round: '2023年第二轮巡察' });
    const result = await l.clips.add(FEEDBACK_DOC, [
      clipInput('problem', PROBLEMS[0]),
      clipInput('problem', PROBLEMS[1], { caseId: undefined }),
    ]);
    expect(result.assignedCase?.id).toBe(edu.id);
    expect((await l.clips.getMany(result.ids)).map((c) => c.caseId)).toEqual([edu.id, edu.id]);

    // A second round for the same unit: the document's round decides.
    const older = await l.cases.create({ unit: '县教育局党组', round: '2020年第一轮巡察' });
    const round2 = await l.clips.add(FEEDBACK_DOC, [clipInput('problem', PROBLEMS[2])]);
    expect(round2.assignedCase?.id).toBe(edu.id);
    // Without a round to tell the two apart, nothing is assigned.
    const noRound = await l.clips.add({ url: 'https://www.qxjy.gov.cn/a.html', inspectedUnit: '县教育局' }, [
      clipInput('commitment', MEASURES[0]),
    ]);
    expect(noRound.assignedCase).toBeUndefined();
    expect((await l.clips.get(noRound.ids[0]))?.caseId).toBeUndefined();
    // An explicit case always wins; auto-assignment can be turned off.
    const explicit = await l.clips.add(PLAN_DOC, [
      clipInput('commitment', MEASURES[1], { caseId: older.id }),
    ]);
    expect((await l.clips.get(explicit.ids[0]))?.caseId).toBe(older.id);
    const off = await l.clips.add(PLAN_DOC, [clipInput('commitment', MEASURES[2])], {
      autoAssignCase: false,
    });
    expect((await l.clips.get(off.ids[0]))?.caseId).toBeUndefined();
  });

  it('refuses an unknown case or a bad clip and writes nothing, not even the document', async () => {
    const l = await ledger();
    const unknownCase = await rejection(
      l.clips.add(FEEDBACK_DOC, [clipInput('problem', PROBLEMS[0], { caseId: 'no-such-case' })]),
    );
    expect(unknownCase.code).toBe('not-found');
    const bad = await rejection(
      l.clips.add(FEEDBACK_DOC, [
        clipInput('problem', PROBLEMS[0]),
        { kind: 'rumour', text: '', selectors: {} } as never,
      ]),
    );
    expect(bad.code).toBe('invalid');
    expect(bad.details?.length).toBeGreaterThan(0);
    expect(await l.db.documents.count()).toBe(0);
    expect(await l.clips.count()).toBe(0);
  });
});

describe('editing clips', () => {
  it('updates fields, stamps updated, keeps the original text and clears with null', async () => {
    const l = await ledger();
    const c = await l.cases.create({ unit: '县教育局党组', round: '2023年第二轮巡察' });
    const { ids } = await l.clips.add(PLAN_DOC, [clipInput('pledge', MEASURES[0])], {
      autoAssignCase: false,
    });
    const before = await l.clips.get(ids[0]);
    const corrected = '由局党组书记牵头，2024年4月底前完成对全县中小学党组织书记的专题培训。';
    const after = await l.clips.update(ids[0], {
      kind: 'commitment',
      text: corrected,
      note: '时限与方案原文不一致，已按正式文件更正',
      tags: ['培训', '培训', '党建'],
      deadline: '2024年4月底前',
      owner: '局党组书记',
      caseId: c.id,
      status: 'tracking',
    });
    expect(after.updated).toBeGreaterThan(before!.updated);
    expect(after.originalText).toBe(MEASURES[0]);
    expect(after.selectors.quote.exact).toBe(MEASURES[0]);
    expect(after.text).toBe(corrected);
    expect(after.searchKey).toContain('2024年4月底前');
    expect(after.tags).toEqual(['培训', '党建']);
    expect(after).toMatchObject({
      kind: 'commitment',
      caseId: c.id,
      status: 'tracking',
      owner: '局党组书记',
    });
    // Search follows the correction.
    expect((await l.clips.query({ text: '4月底前' })).ids).toEqual([ids[0]]);
    expect((await l.clips.query({ text: '3月底前' })).ids).toEqual([]);

    const cleared = await l.clips.update(ids[0], { note: null, deadline: null, caseId: null });
    expect('note' in cleared || 'deadline' in cleared || 'caseId' in cleared).toBe(false);
    expect((await rejection(l.clips.update(ids[0], { caseId: 'nope' }))).code).toBe('not-found');
    expect((await rejection(l.clips.update('missing-id', { note: 'x' }))).code).toBe('not-found');
  });

  it('deletes clips with their overrides, and undo restores them exactly', async () => {
    const l = await ledger();
    const c = await l.cases.create({ unit: '县教育局党组', round: '2023年第二轮巡察' });
    const { ids } = await l.clips.add(
      PLAN_DOC,
      MEASURES.map((m, i) => clipInput('commitment', m, { start: i * 100 })),
    );
    const report = await l.documents.upsert(REPORT_DOC);
    const check = await l.checks.save({
      caseId: c.id,
      reportDocumentId: report.id,
      results: ids.map((clipId) => ({ clipId, status: 'missing' as const, score: 0.1 })),
    });
    await l.checks.setOverride({
      checkId: check.id,
      clipId: ids[1],
      status: 'reappears',
      note: '见通报第三部分',
    });
    const before = await l.readTables();

    const token = await l.clips.remove([ids[1], ids[2], 'not-there']);
    expect(token.clips.map((x) => x.id)).toEqual([ids[1], ids[2]]);
    expect(token.overrides).toHaveLength(1);
    expect(await l.clips.count()).toBe(2);
    expect(await l.db.overrides.count()).toBe(0);
    expect((await l.clips.query({ text: '食材集中采购' })).total).toBe(0);

    // The token survives a round trip through a message (plain data).
    const result = await l.undo(JSON.parse(JSON.stringify(token)));
    expect(result).toEqual({ restored: 3, skipped: 0 });
    const after = await l.readTables();
    expect(sortedById(after.clips)).toEqual(sortedById(before.clips));
    expect(after.overrides).toEqual(before.overrides);
    expect((await l.clips.query({ text: '食材集中采购' })).total).toBe(1);
  });

  it('does not restore a deleted clip whose quote was clipped again since', async () => {
    const l = await ledger();
    const input = clipInput('problem', PROBLEMS[0]);
    const { ids } = await l.clips.add(FEEDBACK_DOC, [input]);
    const token = await l.clips.remove(ids);
    const again = await l.clips.add(FEEDBACK_DOC, [input]);
    expect(await l.undo(token)).toEqual({ restored: 0, skipped: 1 });
    expect((await l.db.clips.toArray()).map((c) => c.id)).toEqual(again.ids);
  });

  it('bulk-assigns a case and adds a tag, each undoable', async () => {
    const l = await ledger();
    const c = await l.cases.create({ unit: '县教育局党组', round: '2023年第二轮巡察' });
    const { ids } = await l.clips.add(
      PLAN_DOC,
      MEASURES.map((m) => clipInput('commitment', m)),
      {
        autoAssignCase: false,
      },
    );
    await l.clips.update(ids[0], { tags: ['重点'] });
    const original = await l.clips.getMany(ids);

    const assigned = await l.clips.assignCase(ids, c.id);
    expect(assigned.clips).toHaveLength(4);
    expect((await l.clips.query({ caseId: c.id })).total).toBe(4);
    const tagged = await l.clips.addTag(ids, '重点');
    expect(tagged.clips.map((x) => x.id)).toEqual(ids.slice(1)); // the first had it already
    expect((await l.clips.query({ tag: '重点' })).total).toBe(4);

    await l.undo(tagged);
    expect((await l.clips.query({ tag: '重点' })).ids).toEqual([ids[0]]);
    await l.undo(assigned);
    expect(await l.clips.getMany(ids)).toEqual(original);
    expect((await l.clips.query({ caseId: null })).total).toBe(4);
    expect((await rejection(l.clips.assignCase(ids, 'no-such-case'))).code).toBe('not-found');
  });
});

/** A ledger with problems, measures, a pledge and a Traditional-script page. */
async function seeded() {
  const l = await ledger();
  const c = await l.cases.create({ unit: '县教育局党组', round: '2023年第二轮巡察' });
  const feedback = await l.clips.add(FEEDBACK_DOC, [
    clipInput('problem', PROBLEMS[2], { start: 900 }),
    clipInput('problem', PROBLEMS[0], { start: 100 }),
    clipInput('problem', PROBLEMS[1], { start: 500 }),
  ]);
  const plan = await l.clips.add(PLAN_DOC, [
    ...MEASURES.map((m, i) => clipInput('commitment', m, { start: i * 80 })),
    clipInput('pledge', PLEDGE, { start: 2000 }),
  ]);
  const taiwan = await l.clips.add(
    { url: 'https://news.example.tw/edu/1', title: '清溪縣教育局整改', inspectedUnit: '縣教育局黨組' },
    [clipInput('commitment', MEASURE_TRADITIONAL)],
    { autoAssignCase: false },
  );
  return { l, c, feedback, plan, taiwan };
}

describe('listing and search', () => {
  it('lists the clips of a page in page order, for re-highlighting', async () => {
    const { l } = await seeded();
    const clips = await l.clips.listByDocumentUrl(FEEDBACK_DOC.url + '#main');
    expect(clips.map((c) => c.text)).toEqual([PROBLEMS[0], PROBLEMS[1], PROBLEMS[2]]);
    expect(await l.clips.listByDocumentUrl('https://www.qxjw.gov.cn/other.html')).toEqual([]);
  });

  it('filters by kind, case, status, tag and date range, with stable paging', async () => {
    const { l, c, feedback, plan, taiwan } = await seeded();
    expect((await l.clips.query({ kind: 'problem' })).total).toBe(3);
    expect((await l.clips.query({ kind: ['commitment', 'pledge'] })).total).toBe(6);
    expect((await l.clips.query({ caseId: c.id })).total).toBe(8);
    expect((await l.clips.query({ caseId: null })).total).toBe(1);
    await l.clips.setStatus([plan.ids[0], plan.ids[1]], 'done');
    await l.clips.addTag([plan.ids[1]], '食堂');
    expect((await l.clips.query({ status: 'done' })).ids.sort()).toEqual([plan.ids[0], plan.ids[1]].sort());
    expect((await l.clips.query({ status: 'done', tag: '食堂' })).ids).toEqual([plan.ids[1]]);

    // Each add() is one moment of the fake clock: feedback, then plan, then the Taiwanese page.
    const planTime = (await l.clips.get(plan.ids[0]))!.created;
    const taiwanTime = (await l.clips.get(taiwan.ids[0]))!.created;
    const range = await l.clips.query({ from: planTime, to: taiwanTime });
    expect(range.ids.sort()).toEqual(plan.ids.slice().sort());
    expect((await l.clips.query({ from: taiwanTime })).ids).toEqual(taiwan.ids);
    expect((await l.clips.query({ to: planTime })).ids.sort()).toEqual(feedback.ids.slice().sort());

    const page1 = await l.clips.query({ limit: 4 });
    const page2 = await l.clips.query({ limit: 4, offset: 4 });
    const page3 = await l.clips.query({ limit: 4, offset: 8 });
    expect(page1.total).toBe(9);
    expect([...page1.clips, ...page2.clips, ...page3.clips].map((x) => x.id)).toEqual(page1.ids);
    expect(page1.clips[0].created).toBeGreaterThanOrEqual(page1.clips[1].created);
  });

  it('searches across Traditional and Simplified, spaces, punctuation, widths and case', async () => {
    const { l, plan, taiwan } = await seeded();
    const ids = async (text: string) => (await l.clips.query({ text })).ids.sort();
    const canteen = [plan.ids[1], taiwan.ids[0]].sort();
    expect(await ids('食材集中采购')).toEqual(canteen); // Simplified query finds the Traditional clip
    expect(await ids('食材集中採購')).toEqual(canteen); // and the other way round
    expect(await ids('校园 食堂，大宗')).toEqual(canteen);
    expect(await ids('「集中采购制度」')).toEqual(canteen);
    expect(await ids('６月底前')).toEqual(canteen); // full-width digit
    expect(await ids('2024年3月底前')).toEqual([plan.ids[0]]);
    expect(await ids('钉钉子精神')).toEqual([plan.ids[4]]);
    expect(await ids('公开招标')).toHaveLength(1);
    expect(await ids('不存在的措施')).toEqual([]);
    expect(await ids('，。！ ')).toEqual([]); // punctuation only: nothing, not everything
    expect((await l.clips.query({ text: '', kind: 'pledge' })).total).toBe(1);
    expect(await ids('食材集中采购')).toEqual(canteen);
    const filtered = await l.clips.query({ text: '集中采购', caseId: null });
    expect(filtered.ids).toEqual(taiwan.ids);
  });

  it("sees other pages' writes: the index reloads when the clip revision moved", async () => {
    const a = await ledger();
    const b = await ledger({ factory: a.factory, name: a.name });
    await a.clips.add(FEEDBACK_DOC, [clipInput('problem', PROBLEMS[0])]);
    expect((await b.clips.query({ text: '主体责任' })).total).toBe(1); // b builds its index
    const added = await a.clips.add(FEEDBACK_DOC, [clipInput('problem', PROBLEMS[1])]);
    expect((await b.clips.query({ text: '公开招标' })).ids).toEqual(added.ids);
    await a.clips.update(added.ids[0], {
      text: '校园食堂食材采购管理不规范，部分学校未按规定开展询价比选。',
    });
    expect((await b.clips.query({ text: '公开招标' })).total).toBe(0);
    expect((await b.clips.query({ text: '询价比选' })).total).toBe(1);
    await a.clips.remove(added.ids);
    expect((await b.clips.query({ text: '询价比选' })).total).toBe(0);
    // And b's own writes are seen by a.
    await b.clips.add(PLAN_DOC, [clipInput('commitment', MEASURES[3])]);
    expect((await a.clips.query({ text: '礼品礼金' })).total).toBe(1);
  });
});

describe('cases', () => {
  it('creates, finds, updates, lists and suggests cases', async () => {
    const l = await ledger();
    const edu = await l.cases.create({ unit: '县教育局党组', round: '2023年第二轮巡察', note: '第二巡察组' });
    const health = await l.cases.create({ unit: '县卫生健康局', round: '2023年第二轮巡察' });
    expect((await l.cases.findOrCreate({ unit: ' 县教育局党组 ', round: '2023年 第二轮巡察' })).id).toBe(
      edu.id,
    );
    const created = await l.cases.findOrCreate({ unit: '县教育局党组', round: '2024年第一轮巡察' });
    expect(created.id).not.toBe(edu.id);
    const updated = await l.cases.update(health.id, { unit: '县卫生健康局党组', note: null });
    expect(updated.unit).toBe('县卫生健康局党组');
    expect((await l.cases.list()).map((c) => c.round)).toEqual([
      '2023年第二轮巡察',
      '2024年第一轮巡察',
      '2023年第二轮巡察',
    ]);
    const doc = await l.documents.upsert(FEEDBACK_DOC);
    const suggestions = await l.cases.suggestForDocument(doc.id);
    expect(suggestions.map((s) => [s.case.id, s.score])).toEqual([
      [edu.id, 3.25],
      [created.id, 1.25],
    ]);
    expect((await l.cases.suggestForUnit('縣教育局')).map((s) => s.score)).toEqual([2, 2]);
    expect(await l.cases.suggestForUnit('县财政局')).toEqual([]);
    expect((await rejection(l.cases.create({ unit: '  ', round: '' }))).code).toBe('invalid');
  });

  it('deletes a case with its checks; clips stay, unassigned; undo restores all', async () => {
    const l = await ledger();
    const c = await l.cases.create({ unit: '县教育局党组', round: '2023年第二轮巡察' });
    const { ids } = await l.clips.add(PLAN_DOC, [clipInput('commitment', MEASURES[0])]);
    const report = await l.documents.upsert(REPORT_DOC);
    const check = await l.checks.save({
      caseId: c.id,
      reportDocumentId: report.id,
      results: [{ clipId: ids[0], status: 'partial', score: 0.6 }],
    });
    await l.checks.setOverride({ checkId: check.id, clipId: ids[0], status: 'reappears' });
    const before = await l.readTables();
    const token = await l.cases.remove(c.id);
    expect(await l.cases.list()).toEqual([]);
    expect(await l.db.checks.count()).toBe(0);
    expect((await l.clips.get(ids[0]))?.caseId).toBeUndefined();
    expect((await l.clips.query({ caseId: null })).total).toBe(1);
    await l.undo(token);
    expect(await l.readTables()).toEqual(before);
    expect((await l.clips.query({ caseId: c.id })).total).toBe(1);
  });
});

describe('checks, overrides and summaries', () => {
  it('keeps each commitment’s status across reports, applies overrides and tallies the case', async () => {
    const l = await ledger();
    const c = await l.cases.create({ unit: '县教育局党组', round: '2023年第二轮巡察' });
    await l.clips.add(
      FEEDBACK_DOC,
      PROBLEMS.map((p) => clipInput('problem', p)),
    );
    const { ids } = await l.clips.add(PLAN_DOC, [
      ...MEASURES.map((m) => clipInput('commitment', m)),
      clipInput('pledge', PLEDGE),
    ]);
    const [m0, m1, m2, m3] = ids;
    const julyReport = await l.documents.upsert(REPORT_DOC);
    const marchReport = await l.documents.upsert({
      url: 'https://www.qxjy.gov.cn/zwgk/2024/0320/811.html',
      title: '县教育局党组巡察整改阶段性进展',
      publishDate: '2024-03-20',
      role: 'report',
    });
    // The July report is checked first, the March one afterwards: order follows the reports' dates.
    const july = await l.checks.save({
      caseId: c.id,
      reportDocumentId: julyReport.id,
      results: [
        {
          clipId: m0,
          status: 'reappears',
          score: 0.92,
          evidence: { text: '已完成专题培训', start: 40, end: 47 },
        },
        { clipId: m1, status: 'partial', score: 0.55 },
        { clipId: m2, status: 'missing', score: 0.08 },
      ],
    });
    const march = await l.checks.save({
      caseId: c.id,
      reportDocumentId: marchReport.id,
      results: [
        { clipId: m0, status: 'partial', score: 0.5 },
        { clipId: m1, status: 'missing', score: 0.1 },
      ],
    });

    expect((await l.checks.listForCase(c.id)).map((v) => v.date)).toEqual(['2024-03-20', '2024-07-15']);
    const timeline = await l.checks.timeline(m0);
    expect(timeline.map((p) => [p.checkId, p.status, p.date])).toEqual([
      [march.id, 'partial', '2024-03-20'],
      [july.id, 'reappears', '2024-07-15'],
    ]);
    expect(timeline[1].evidence).toEqual({ text: '已完成专题培训', start: 40, end: 47 });

    expect(await l.checks.summary(c.id)).toEqual({
      caseId: c.id,
      problems: 3,
      measures: 4,
      reappears: 1,
      partial: 1,
      missing: 1,
      unchecked: 1,
      overridden: 0,
      checks: 2,
      latestReportDate: '2024-07-15',
    });

    // The user reads the July report and finds m2 after all.
    const override = await l.checks.setOverride({
      checkId: july.id,
      clipId: m2,
      status: 'reappears',
      note: '见第五部分',
    });
    const again = await l.checks.setOverride({ checkId: july.id, clipId: m2, status: 'partial' });
    expect(again.id).toBe(override.id);
    expect(await l.db.overrides.count()).toBe(1);
    const m2Timeline = await l.checks.timeline(m2);
    expect(m2Timeline[0]).toMatchObject({ status: 'partial', computed: 'missing', overridden: true });
    expect(await l.checks.summary(c.id)).toMatchObject({
      reappears: 1,
      partial: 2,
      missing: 0,
      overridden: 1,
    });

    expect(await l.checks.clearOverride(july.id, m2)).toBe(true);
    expect(await l.checks.clearOverride(july.id, m2)).toBe(false);
    expect(await l.checks.summary(c.id)).toMatchObject({ partial: 1, missing: 1, overridden: 0 });

    expect(
      (await rejection(l.checks.setOverride({ checkId: march.id, clipId: m3, status: 'missing' }))).code,
    ).toBe('not-found');
    expect(
      (
        await rejection(
          l.checks.save({
            caseId: c.id,
            reportDocumentId: julyReport.id,
            results: [{ clipId: 'ghost', status: 'missing', score: 0 }],
          }),
        )
      ).code,
    ).toBe('not-found');
    expect(
      (
        await rejection(
          l.checks.save({
            caseId: c.id,
            reportDocumentId: julyReport.id,
            results: [{ clipId: m0, status: 'missing', score: 1.5 }],
          }),
        )
      ).code,
    ).toBe('invalid');
    expect(await l.db.checks.count()).toBe(2);

    const token = await l.checks.remove(march.id);
    expect((await l.checks.timeline(m0)).map((p) => p.checkId)).toEqual([july.id]);
    await l.undo(token);
    expect((await l.checks.timeline(m0)).map((p) => p.checkId)).toEqual([march.id, july.id]);
  });
});

describe('settings', () => {
  it('gets with a fallback, sets JSON values, refuses others', async () => {
    const l = await ledger();
    expect(await l.settings.get('panel:www.qxjw.gov.cn', { open: true })).toEqual({ open: true });
    await l.settings.set('panel:www.qxjw.gov.cn', { open: false, width: 360 });
    await l.settings.set('enabledSites', ['www.qxjw.gov.cn', 'www.qxjy.gov.cn']);
    await l.settings.set('forcePainter', 'wrap');
    expect(await l.settings.get('panel:www.qxjw.gov.cn', null)).toEqual({ open: false, width: 360 });
    expect(await l.settings.all()).toHaveLength(3);
    expect((await rejection(l.settings.set('bad', new Date()))).code).toBe('invalid');
    expect((await rejection(l.settings.set('bad', { n: Number.NaN }))).code).toBe('invalid');
    await l.settings.remove('forcePainter');
    expect(await l.settings.get('forcePainter', 'auto')).toBe('auto');
  });
});

describe('undo after related deletes', () => {
  it('restores a clip without the case that was deleted in between', async () => {
    const l = await ledger();
    const c = await l.cases.create({ unit: '县教育局党组', round: '2023年第二轮巡察' });
    const { ids } = await l.clips.add(PLAN_DOC, [clipInput('commitment', MEASURES[0], { caseId: c.id })]);
    const token = await l.clips.remove(ids);
    await l.cases.remove(c.id);
    expect(await l.undo(token)).toEqual({ restored: 1, skipped: 0 });
    const restored = await l.clips.get(ids[0]);
    expect(restored?.text).toBe(MEASURES[0]);
    expect(restored?.caseId).toBeUndefined();
  });
});
