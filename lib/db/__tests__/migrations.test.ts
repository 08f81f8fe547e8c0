/**
 * For every earlier schema version: build a database at that version with a
 * snapshot of records as that version wrote them, open it with the current
 * code, and check that every record is kept and upgraded.
 */
/* oxlint-disable unicorn/no-array-sort -- Array#toSorted needs Chromium 110; we support 86 and sort fresh arrays. */
// oxlint-disable-next-line import/no-unassigned-import -- installs IndexedDB globals before Dexie loads
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, createLedgerDb, SCHEMA_VERSIONS } from '../schema';
import { createSearchKey } from '../search-key';
import { openTestLedger } from './helpers';

type Rows = Record<string, Record<string, unknown>[]>;

interface VersionFixture {
  /** Rows exactly as that version stored them. */
  tables: Rows;
  /** What the current version adds to a row of `table` (derived fields), by primary key. */
  added: Record<string, Record<string, Record<string, unknown>>>;
}

const V1_CLIPS = [
  {
    id: 'b1f0c9e2-7d4a-4c55-9a01-000000000001',
    documentId: 'doc-feedback',
    kind: 'problem',
    originalText: '干部队伍建设统筹谋划不够，年轻干部培养选拔机制不健全。',
    text: '干部队伍建设统筹谋划不够，年轻干部培养选拔机制不健全。',
    normalized: '干部队伍建设统筹谋划不够，年轻干部培养选拔机制不健全。',
    quoteHash: '56235f26172335e7',
    selectors: {
      quote: {
        exact: '干部队伍建设统筹谋划不够，年轻干部培养选拔机制不健全。',
        prefix: '（三）',
        suffix: '（四）',
      },
      position: { start: 812, end: 840 },
    },
    caseId: 'case-1',
    tags: ['组织建设'],
    status: 'tracking',
    created: 1_700_000_000_000,
    updated: 1_700_000_500_000,
  },
  {
    id: 'b1f0c9e2-7d4a-4c55-9a01-000000000002',
    documentId: 'doc-plan',
    kind: 'commitment',
    originalText: '今年9月底前完成全县農村學校校舍安全隱患排查，建立問題清單。',
    text: '今年9月底前完成全县農村學校校舍安全隱患排查，建立問題清單。',
    normalized: '今年9月底前完成全县农村学校校舍安全隐患排查，建立问题清单。',
    quoteHash: 'd10b9d2216caba41',
    selectors: {
      quote: { exact: '今年9月底前完成全县農村學校校舍安全隱患排查，建立問題清單。', prefix: '', suffix: '' },
    },
    deadline: '9月底前',
    owner: '县教育局计财股',
    caseId: 'case-1',
    tags: [],
    note: '原文为繁体转载',
    status: 'open',
    created: 1_700_100_000_000,
    updated: 1_700_100_000_000,
  },
  {
    id: 'b1f0c9e2-7d4a-4c55-9a01-000000000003',
    documentId: 'doc-plan',
    kind: 'pledge',
    originalText: '切实把巡察整改作为重大政治任务抓紧抓实。',
    // Corrected by the user in version 1: the search key follows `text`, not `originalText`.
    text: '切实把巡察整改作为重大政治任务 抓紧抓实抓到位。',
    normalized: '切实把巡察整改作为重大政治任务抓紧抓实抓到位。',
    quoteHash: 'fff0e22eb7cafad9',
    selectors: {
      quote: { exact: '切实把巡察整改作为重大政治任务抓紧抓实。', prefix: '党组表示，', suffix: '' },
    },
    tags: ['表态'],
    status: 'dismissed',
    created: 1_700_200_000_000,
    updated: 1_700_300_000_000,
  },
];

const FIXTURES: Record<number, VersionFixture> = {
  1: {
    tables: {
      documents: [
        {
          id: 'doc-feedback',
          url: 'https://www.qxjw.gov.cn/xcgz/2023/0915/4410.html',
          title: '县委第一巡察组向县教育局党组反馈巡察情况',
          site: 'www.qxjw.gov.cn',
          unit: '中共清溪县纪律检查委员会',
          inspectedUnit: '县教育局党组',
          round: '2023年第一轮巡察',
          publishDate: '2023-09-15',
          role: 'source',
          firstSeen: 1_699_000_000_000,
          updated: 1_699_000_000_000,
        },
        {
          id: 'doc-plan',
          url: 'https://www.qxjy.gov.cn/zwgk/2023/1020/652.html',
          title: '县教育局党组关于巡察反馈意见的整改方案',
          site: 'www.qxjy.gov.cn',
          role: 'source',
          firstSeen: 1_699_500_000_000,
          updated: 1_699_600_000_000,
        },
      ],
      clips: V1_CLIPS,
      cases: [
        {
          id: 'case-1',
          unit: '县教育局党组',
          round: '2023年第一轮巡察',
          note: '第一巡察组',
          created: 1_699_000_100_000,
          updated: 1_699_000_100_000,
        },
      ],
      settings: [
        { key: 'enabledSites', value: ['www.qxjw.gov.cn', 'www.qxjy.gov.cn'] },
        { key: 'panel:www.qxjw.gov.cn', value: { open: false, width: 360 } },
      ],
    },
    added: {
      clips: {
        [V1_CLIPS[0].id]: { searchKey: '干部队伍建设统筹谋划不够年轻干部培养选拔机制不健全' },
        [V1_CLIPS[1].id]: { searchKey: '今年9月底前完成全县农村学校校舍安全隐患排查建立问题清单' },
        [V1_CLIPS[2].id]: { searchKey: '切实把巡察整改作为重大政治任务抓紧抓实抓到位' },
      },
    },
  },
};

/** Primary key of a row: `key` for settings, `id` elsewhere. */
const keyOf = (table: string, row: Record<string, unknown>) =>
  String(table === 'settings' ? row.key : row.id);

describe('schema migrations', () => {
  it('has a fixture for every earlier version', () => {
    const earlier = SCHEMA_VERSIONS.filter((v) => v.version < CURRENT_SCHEMA_VERSION).map((v) => v.version);
    expect(earlier.length).toBeGreaterThan(0);
    expect(Object.keys(FIXTURES).map(Number).sort()).toEqual(earlier);
  });

  for (const [versionText, fixture] of Object.entries(FIXTURES)) {
    const version = Number(versionText);
    it(`keeps and upgrades 100% of the records of a version ${version} database`, async () => {
      const factory = new IDBFactory();
      const name = `migrate-from-v${version}`;
      const old = createLedgerDb({
        name,
        indexedDB: factory,
        IDBKeyRange,
        upTo: version,
        context: { searchKey: createSearchKey(null) },
      });
      await old.open();
      expect(old.verno).toBe(version);
      for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
      old.close();

      const ledger = await openTestLedger({ factory, name });
      try {
        expect(ledger.db.verno).toBe(CURRENT_SCHEMA_VERSION);
        for (const [table, rows] of Object.entries(fixture.tables)) {
          const stored = await ledger.db.table(table).toArray();
          expect(stored, table).toHaveLength(rows.length);
          for (const row of rows) {
            const key = keyOf(table, row);
            const expected = { ...row, ...fixture.added[table]?.[key] };
            expect(await ledger.db.table(table).get(key), `${table} ${key}`).toEqual(expected);
          }
        }
        // The upgraded rows work with the current code: search, filters, checks, overrides.
        expect((await ledger.clips.query({ text: '農村學校 校舍' })).ids).toEqual([V1_CLIPS[1].id]);
        expect((await ledger.clips.query({ text: '抓到位' })).ids).toEqual([V1_CLIPS[2].id]);
        expect((await ledger.clips.query({ caseId: 'case-1', tag: '组织建设' })).ids).toEqual([
          V1_CLIPS[0].id,
        ]);
        expect(
          (await ledger.clips.listByDocumentUrl('https://www.qxjy.gov.cn/zwgk/2023/1020/652.html')).length,
        ).toBe(2);
        const report = await ledger.documents.upsert({
          url: 'https://www.qxjy.gov.cn/zwgk/2024/0301/700.html',
          title: '整改进展情况通报',
          role: 'report',
        });
        const check = await ledger.checks.save({
          caseId: 'case-1',
          reportDocumentId: report.id,
          results: [{ clipId: V1_CLIPS[1].id, status: 'partial', score: 0.5 }],
        });
        await ledger.checks.setOverride({ checkId: check.id, clipId: V1_CLIPS[1].id, status: 'reappears' });
        expect((await ledger.checks.timeline(V1_CLIPS[1].id))[0]).toMatchObject({ status: 'reappears' });
        // Idempotency still holds for a clip stored by the old version.
        const again = await ledger.clips.add({ url: 'https://www.qxjw.gov.cn/xcgz/2023/0915/4410.html' }, [
          { kind: 'problem', text: V1_CLIPS[0].text, selectors: V1_CLIPS[0].selectors },
        ]);
        expect(again.ids).toEqual([V1_CLIPS[0].id]);
        expect(await ledger.clips.count()).toBe(V1_CLIPS.length);
      } finally {
        ledger.close();
      }
    });
  }

  it('creates a new database at the current version with every table', async () => {
    const ledger = await openTestLedger();
    try {
      expect(ledger.db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(ledger.db.tables.map((t) => t.name).sort()).toEqual(
        ['cases', 'checks', 'clips', 'documents', 'meta', 'overrides', 'settings'].sort(),
      );
    } finally {
      ledger.close();
    }
  });
});
