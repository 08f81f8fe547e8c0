// oxlint-disable-next-line import/no-unassigned-import -- installs IndexedDB globals before Dexie loads
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LedgerError } from '../../db/errors';
import type { LedgerTables } from '../../db/types';
import { toBackupJson } from '../../export/backup';
import { sampleTables } from '../../export/__tests__/fixtures';
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
} from '../../db/__tests__/helpers';
import { BackupError } from '../errors';
import { applyImport, importBackupFile, previewImport } from '../import-backup';
import { readBackup } from '../read-backup';

const open: TestLedger[] = [];
async function ledger(options: Parameters<typeof openTestLedger>[0] = {}) {
  const l = await openTestLedger(options);
  open.push(l);
  return l;
}
afterEach(() => {
  vi.restoreAllMocks();
  while (open.length) open.pop()?.close();
});

/** A ledger with every kind of row, written through the repository. */
async function seededLedger(): Promise<TestLedger> {
  const l = await ledger();
  const c = await l.cases.create({ unit: '县教育局党组', round: '2023年第二轮巡察', note: '第二巡察组' });
  await l.clips.add(
    FEEDBACK_DOC,
    PROBLEMS.map((p, i) => clipInput('problem', p, { start: i * 90, prefix: '问题：' })),
  );
  const plan = await l.clips.add(PLAN_DOC, [
    ...MEASURES.map((m, i) =>
      clipInput('commitment', m, { start: i * 120, owner: '县教育局', deadline: '2024年底前' }),
    ),
    clipInput('pledge', PLEDGE, { tags: ['表态'], note: '党组书记讲话' }),
  ]);
  await l.clips.add({ url: 'https://news.example.tw/edu/1', title: '清溪縣教育局整改' }, [
    clipInput('commitment', MEASURE_TRADITIONAL),
  ]);
  const report = await l.documents.upsert(REPORT_DOC);
  const check = await l.checks.save({
    caseId: c.id,
    reportDocumentId: report.id,
    results: plan.ids.slice(0, 4).map((clipId, i) => ({
      clipId,
      status: (['reappears', 'partial', 'missing', 'missing'] as const)[i],
      score: [0.9, 0.6, 0.1, 0.05][i],
      ...(i === 0 ? { evidence: { text: '已完成专题培训', start: 10, end: 17 } } : {}),
    })),
  });
  await l.checks.setOverride({
    checkId: check.id,
    clipId: plan.ids[2],
    status: 'partial',
    note: '通报附件提及',
  });
  await l.settings.set('enabledSites', ['www.qxjw.gov.cn', 'www.qxjy.gov.cn']);
  await l.settings.set('panel:www.qxjw.gov.cn', { open: false, width: 360 });
  return l;
}

const withoutExportedAt = (json: string) => json.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');

describe('JSON backup round trip', () => {
  it('export → import (replace) → export gives the same file apart from exportedAt', async () => {
    const source = await seededLedger();
    const first = await toBackupJson(await source.readTables(), {
      exportedAt: new Date('2024-08-01T00:00:00Z'),
    });

    const target = await ledger();
    await target.clips.add(PLAN_DOC, [clipInput('problem', '这条会被替换掉的记录。')]);
    const result = await importBackupFile(target, first, 'replace');
    expect(result.written).toBe(4 + 9 + 1 + 1 + 1 + 2); // documents, clips, case, check, override, settings
    const second = await toBackupJson(await target.readTables(), {
      exportedAt: new Date('2025-01-01T00:00:00Z'),
    });
    expect(second).not.toBe(first);
    expect(withoutExportedAt(second)).toBe(withoutExportedAt(first));

    // Derived fields were recomputed: search works, across scripts, on the imported ledger.
    expect((await target.clips.query({ text: '食材集中采购' })).total).toBe(2);
    expect((await target.clips.query({ text: '会被替换' })).total).toBe(0);
    expect(await target.readTables()).toEqual(await source.readTables());
  });

  it('is deterministic: shuffled rows and keys give the same file', async () => {
    const tables = sampleTables();
    const shuffled: LedgerTables = {
      ...tables,
      clips: tables.clips
        .toReversed()
        .map((c) => Object.fromEntries(Object.entries(c).toReversed()) as typeof c),
      documents: tables.documents.toReversed(),
    };
    const at = new Date('2024-08-01T00:00:00Z');
    const a = await toBackupJson(tables, { exportedAt: at });
    expect(await toBackupJson(shuffled, { exportedAt: at })).toBe(a);
    const data = JSON.parse(a);
    expect(Object.keys(data)).toEqual(['format', 'formatVersion', 'schemaVersion', 'exportedAt', 'tables']);
    expect(data.tables.clips.map((c: { id: string }) => c.id)).toEqual(
      tables.clips.map((c) => c.id).toSorted(),
    );
    expect(Object.keys(data.tables.clips[0])).toEqual(Object.keys(data.tables.clips[0]).toSorted());
    expect(data.tables.clips[0]).not.toHaveProperty('searchKey');
    expect(data.tables.clips[0]).not.toHaveProperty('quoteHash');
  });
});

describe('a failed import leaves the ledger exactly as it was', () => {
  const badFiles: [string, (good: string) => string | { size: number; text(): Promise<string> }][] = [
    ['not JSON', () => '整改台账,问题\r\n1,落实不到位'],
    ['truncated', (good) => good.slice(0, Math.floor(good.length / 2))],
    ['a newer version', (good) => good.replace('"schemaVersion": 2', '"schemaVersion": 3')],
    ['foreign JSON', () => JSON.stringify({ exportedBy: 'another tool', rows: [] })],
    ['100 MB', () => ({ size: 100 * 1024 * 1024, text: async () => '' })],
    ['a row that fails validation', (good) => good.replace('"kind":"problem"', '"kind":"finding"')],
    ['empty', () => ''],
  ];
  for (const [what, make] of badFiles) {
    for (const mode of ['merge', 'replace'] as const) {
      it(`${what} (${mode})`, async () => {
        const l = await seededLedger();
        const good = await toBackupJson(sampleTables());
        const before = await l.readTables();
        const error = await importBackupFile(l, make(good), mode).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(BackupError);
        expect(await l.readTables()).toEqual(before);
      });
    }
  }

  it('a quota error half-way through a replace rolls everything back', async () => {
    const l = await seededLedger();
    const before = await l.readTables();
    const backup = await readBackup(await toBackupJson(sampleTables()));
    vi.spyOn(l.db.clips, 'bulkPut').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    const progress: number[] = [];
    const error = await applyImport(l, backup, 'replace', { onProgress: (done) => progress.push(done) }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LedgerError);
    expect((error as LedgerError).code).toBe('quota');
    expect(progress.length).toBeGreaterThan(1); // documents and cases were written before the failure…
    expect(await l.readTables()).toEqual(before); // …and rolled back with the cleared tables
    vi.restoreAllMocks();
    expect((await l.clips.query({ text: '主体责任' })).total).toBe(1);
  });
});

describe('merge', () => {
  it('previews new rows, duplicates and conflicts, then merges by the newer update', async () => {
    const home = await seededLedger();
    const backupJson = await toBackupJson(await home.readTables());
    const backup = await readBackup(backupJson);
    // The other machine: the same ledger restored, then edited on both sides.
    const away = await ledger();
    await applyImport(away, backup, 'replace');
    const [problem0] = (await away.clips.query({ text: '主体责任' })).clips;
    const [measure3] = (await away.clips.query({ text: '礼品礼金' })).clips;
    const [pledge] = (await away.clips.query({ kind: 'pledge' })).clips;

    // Edits in the backup (made at home later): newer than the away ledger's rows.
    const homeTables = await home.readTables();
    const edit = (id: string, note: string, updated: number) => {
      const clip = homeTables.clips.find((c) => c.id === id)!;
      clip.note = note;
      clip.updated = updated;
    };
    edit(problem0.id, '家中补充：涉及 12 所学校', problem0.updated + 10_000); // backup newer → replaced
    // An away edit newer than the backup's: the ledger keeps its own.
    const awayPledge = await away.clips.update(pledge.id, { note: '外出时修改的备注' });
    edit(pledge.id, '家中的旧备注', awayPledge.updated - 1);
    // At home the same quote of the plan was clipped independently: other id, other times, same content.
    const original = homeTables.clips.find((c) => c.id === measure3.id)!;
    const independent = { ...original, id: 'home-clip-0001', created: 1, updated: 1 };
    homeTables.clips = homeTables.clips.filter((c) => c.id !== measure3.id).concat(independent);
    // Something new at home.
    const newDoc = {
      id: 'home-doc-0001',
      url: 'https://www.qxjw.gov.cn/xcgz/2024/0301/6001.html',
      title: '县委巡察办通报',
      site: 'www.qxjw.gov.cn',
      role: 'source' as const,
      firstSeen: 5,
      updated: 5,
    };
    homeTables.documents.push(newDoc);
    homeTables.clips.push({
      ...independent,
      id: 'home-clip-0002',
      documentId: newDoc.id,
      text: '巡察整改“回头看”发现个别问题整改不彻底。',
      originalText: '巡察整改“回头看”发现个别问题整改不彻底。',
      selectors: { quote: { exact: '巡察整改“回头看”发现个别问题整改不彻底。', prefix: '', suffix: '' } },
      kind: 'problem',
    });
    homeTables.settings.push({ key: 'forcePainter', value: 'wrap' });
    homeTables.settings[0] = { ...homeTables.settings[0], value: ['only.example.gov.cn'] }; // a setting that differs

    const merged = await readBackup(await toBackupJson(homeTables));
    const before = await away.readTables();
    const preview = await previewImport(away, merged);
    expect(await away.readTables()).toEqual(before); // a preview writes nothing
    expect(preview.merge.clips).toEqual({ incoming: 10, new: 1, duplicates: 7, conflicts: 2, replaced: 1 });
    expect(preview.merge.documents).toEqual({
      incoming: 5,
      new: 1,
      duplicates: 4,
      conflicts: 0,
      replaced: 0,
    });
    expect(preview.merge.settings).toEqual({ incoming: 3, new: 1, duplicates: 1, conflicts: 1, replaced: 0 });
    expect(preview.merge.checks).toEqual({ incoming: 1, new: 0, duplicates: 1, conflicts: 0, replaced: 0 });
    expect(preview.replace.clips).toEqual({ incoming: 10, removed: 9 });

    const progress: [number, number][] = [];
    const result = await applyImport(away, merged, 'merge', { onProgress: (d, t) => progress.push([d, t]) });
    expect(result.counts).toEqual(preview.merge);
    expect(result.written).toBe(1 + 2 + 1); // 1 document, 1 new + 1 replaced clip, 1 setting
    expect(progress[progress.length - 1]).toEqual([4, 4]);

    const after = await away.readTables();
    expect(after.clips.find((c) => c.id === problem0.id)?.note).toBe('家中补充：涉及 12 所学校');
    expect(after.clips.find((c) => c.id === pledge.id)?.note).toBe('外出时修改的备注');
    // The independent clip was a duplicate: the ledger keeps its own id for that quote.
    expect(after.clips.find((c) => c.id === 'home-clip-0001')).toBeUndefined();
    expect(after.clips.find((c) => c.id === measure3.id)?.text).toBe(MEASURES[3]);
    expect(after.clips).toHaveLength(10);
    expect(after.settings.find((s) => s.key === 'enabledSites')?.value).toEqual([
      'www.qxjw.gov.cn',
      'www.qxjy.gov.cn',
    ]);
    expect(after.settings.find((s) => s.key === 'forcePainter')?.value).toBe('wrap');
    expect((await away.clips.query({ text: '回头看' })).total).toBe(1);

    // Merging the same backup again changes nothing.
    const again = await previewImport(away, merged);
    for (const counts of Object.values(again.merge)) expect(counts.new + counts.replaced).toBe(0);
  });

  it('maps a document clipped on both machines (same URL, other id) and its clips onto the ledger’s', async () => {
    const away = await ledger();
    const local = await away.clips.add(FEEDBACK_DOC, [clipInput('problem', PROBLEMS[0], { prefix: '一是' })]);
    const home = await ledger();
    const remote = await home.clips.add(FEEDBACK_DOC, [
      clipInput('problem', PROBLEMS[0], { prefix: '一是' }),
      clipInput('problem', PROBLEMS[1], { prefix: '二是' }),
    ]);
    const c = await home.cases.create({ unit: '县教育局党组', round: '2023年第二轮巡察' });
    const report = await home.documents.upsert(REPORT_DOC);
    const check = await home.checks.save({
      caseId: c.id,
      reportDocumentId: report.id,
      results: [{ clipId: remote.ids[0], status: 'missing', score: 0.1 }],
    });
    await home.checks.setOverride({ checkId: check.id, clipId: remote.ids[0], status: 'reappears' });
    expect(remote.document.id).not.toBe(local.document.id);

    const backup = await readBackup(await toBackupJson(await home.readTables()));
    const preview = await previewImport(away, backup);
    expect(preview.merge.documents).toMatchObject({ new: 1, duplicates: 1 }); // the report is new
    expect(preview.merge.clips).toMatchObject({ new: 1, duplicates: 1 });
    await applyImport(away, backup, 'merge');

    const tables = await away.readTables();
    expect(tables.documents.filter((d) => d.url === FEEDBACK_DOC.url)).toHaveLength(1);
    expect(tables.clips.every((c) => c.documentId === local.document.id)).toBe(true);
    // The check and override now point at the away ledger's own clip id.
    expect(tables.checks[0].results[0].clipId).toBe(local.ids[0]);
    expect(tables.overrides[0].clipId).toBe(local.ids[0]);
    expect((await away.checks.timeline(local.ids[0]))[0]).toMatchObject({
      status: 'reappears',
      overridden: true,
    });
  });
});
