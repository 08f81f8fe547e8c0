/**
 * Benchmark of the ledger's storage (lib/db): adding 10,000 clips in one
 * transaction, and full-text search over them. In Node it runs on
 * fake-indexeddb (loaded only there), in Chromium on the real IndexedDB.
 * The clips are generated here from phrase pools written for this
 * benchmark, with a fixed seed; export.ts reuses the generator.
 *
 * No `node:` imports: the team bundles this module into Chromium too.
 */
import { openLedger, type Ledger, type OpenLedgerOptions } from '../../lib/db/ledger';
import type { Check, Clip, LedgerCase, LedgerDocument, LedgerTables, Override } from '../../lib/db/types';
import type { ClipInput, DocumentInput } from '../../lib/db/validate';
import { loadTraditionalConverter } from '../../lib/text/load-converter';
import { median, medianMs, type BenchRow } from './types';

export const CLIPS = 10_000;
const INSERT_TARGET_MS = 2000;
const SEARCH_TARGET_MS = 50;
/** My own target for the first query after opening, which loads the index from IndexedDB. */
const COLD_SEARCH_TARGET_MS = 1000;

/** Small deterministic PRNG (mulberry32), so every run sees the same text. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNITS = [
  '县教育局',
  '县卫生健康局',
  '县自然资源局',
  '县住房和城乡建设局',
  '县农业农村局',
  '县市场监督管理局',
  '县交通运输局',
  '县医疗保障局',
  '县民政局',
  '县水利局',
  '县财政局',
  '县人力资源和社会保障局',
  '县文化和旅游局',
  '县应急管理局',
  '县生态环境分局',
  '县司法局',
  '县审计局',
  '县统计局',
  '县林业局',
  '县供销社',
];
const ROUNDS = ['2023年第一轮巡察', '2023年第二轮巡察', '2024年第一轮巡察'];
const FIELDS = [
  '全面从严治党主体责任',
  '意识形态工作责任制',
  '中央八项规定精神',
  '选人用人工作',
  '财务管理制度',
  '政府采购程序',
  '工程项目招投标',
  '专项资金使用',
  '干部队伍建设',
  '基层党组织建设',
  '安全生产监管',
  '群众身边腐败问题整治',
  '巡察反馈问题整改',
  '内部控制制度',
  '固定资产管理',
];
const SHORTFALLS = [
  '落实不够到位',
  '存在薄弱环节',
  '执行不够严格',
  '监督偏松偏软',
  '制度不够健全',
  '推进不够有力',
  '责任传导层层递减',
  '问题整改不彻底',
  '台账管理不规范',
  '审核把关不严',
];
const DETAILS = [
  '部分下属单位未按规定开展',
  '个别股室存在以会议落实会议的现象',
  '抽查发现12份档案资料缺失',
  '3个项目未履行集体决策程序',
  '部分支出凭证审批手续不全',
  '个别干部对政策理解不深不透',
  '专项检查流于形式',
  '问题线索处置不及时',
  '存在超范围列支的情况',
  '公示公开不及时不全面',
];
const LEADS = [
  '由局党组书记牵头',
  '由分管领导负责',
  '由办公室牵头',
  '由计财股负责',
  '由纪检组督促',
  '由人事股牵头',
  '由各股室负责人落实',
  '由机关党委牵头',
];
const DEADLINES = [
  '2024年3月底前',
  '2024年6月底前',
  '2024年9月底前',
  '2024年底前',
  '三个月内',
  '立行立改',
  '长期坚持',
];
const ACTIONS = [
  '完成专项检查',
  '修订完善管理办法',
  '开展全覆盖排查',
  '组织专题培训',
  '建立问题清单和整改台账',
  '实行集中采购',
  '推行双人复核',
  '开展“回头看”',
  '召开专题民主生活会',
  '建立常态化监督机制',
];
const OBJECTS = [
  '对全系统所有下属单位',
  '对近三年的项目资料',
  '对机关各股室',
  '对全体党员干部',
  '对重点岗位人员',
  '对专项资金拨付情况',
  '对政府采购项目',
];
const PLEDGES = [
  '坚决扛起整改政治责任',
  '以钉钉子精神抓好整改落实',
  '切实把巡察整改作为重大政治任务',
  '确保件件有着落、事事有回音',
  '以整改实效取信于民',
];
const TRADITIONAL = [
  '建立校園食堂大宗食材集中採購制度',
  '對專項資金使用情況開展全覆蓋檢查',
  '嚴格執行中央八項規定精神',
  '健全內部控制制度，堵塞管理漏洞',
];

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

/** One synthetic clip: a problem, a measure (sometimes in Traditional characters) or a pledge. */
function clipText(
  rnd: () => number,
  n: number,
): { kind: ClipInput['kind']; text: string; deadline?: string; owner?: string } {
  const roll = rnd();
  if (roll < 0.35) {
    return {
      kind: 'problem',
      text: `${pick(rnd, FIELDS)}${pick(rnd, SHORTFALLS)}，${pick(rnd, DETAILS)}（第${n}项）。`,
    };
  }
  if (roll < 0.9) {
    const deadline = pick(rnd, DEADLINES);
    const lead = pick(rnd, LEADS);
    const body = rnd() < 0.05 ? pick(rnd, TRADITIONAL) : `${pick(rnd, OBJECTS)}${pick(rnd, ACTIONS)}`;
    return {
      kind: 'commitment',
      text: `${lead}，${deadline}${body}，确保${pick(rnd, FIELDS)}落到实处（措施${n}）。`,
      deadline,
      owner: lead.slice(1, -2),
    };
  }
  return { kind: 'pledge', text: `${pick(rnd, PLEDGES)}，${pick(rnd, PLEDGES)}（表态${n}）。` };
}

/** The clip inputs of one large document (what `clips.add` takes), `count` of them. */
export function syntheticClipInputs(count: number, seed = 7): ClipInput[] {
  const rnd = random(seed);
  const inputs: ClipInput[] = [];
  let offset = 0;
  for (let n = 1; n <= count; n++) {
    const { kind, text, deadline, owner } = clipText(rnd, n);
    inputs.push({
      kind,
      text,
      selectors: {
        quote: { exact: text, prefix: '', suffix: '' },
        position: { start: offset, end: offset + text.length },
      },
      ...(deadline ? { deadline } : {}),
      ...(owner ? { owner } : {}),
      tags: rnd() < 0.2 ? ['重点'] : [],
    });
    offset += text.length + 1;
  }
  return inputs;
}

export const BENCH_DOCUMENT: DocumentInput = {
  url: 'https://www.example.gov.cn/xcgz/2024/bench/10000.html',
  title: '关于巡察反馈问题整改情况汇总（基准测试）',
  unit: '县委巡察工作领导小组办公室',
  publishDate: '2024-06-30',
  role: 'source',
};

/** A stable synthetic id: `clip-000042`. */
const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(6, '0')}`;

/**
 * A whole ledger as rows, without a database: `count` clips over 20 cases
 * and 200 documents, three checks per case with overrides. For exports.
 */
export function syntheticTables(count: number, seed = 11): LedgerTables {
  const rnd = random(seed);
  const t0 = Date.UTC(2024, 0, 1);
  const cases: LedgerCase[] = UNITS.map((unit, i) => ({
    id: id('case', i),
    unit: `${unit}党组`,
    round: ROUNDS[i % ROUNDS.length],
    created: t0,
    updated: t0,
  }));
  const documents: LedgerDocument[] = [];
  for (let d = 0; d < 200; d++) {
    const unit = UNITS[d % UNITS.length];
    documents.push({
      id: id('doc', d),
      url: `https://www.example.gov.cn/zwgk/2024/${String(d).padStart(4, '0')}.html`,
      title: `中共${unit}党组关于巡察反馈意见整改工作方案（${d}）`,
      site: 'www.example.gov.cn',
      unit,
      inspectedUnit: `${unit}党组`,
      publishDate: `2024-0${1 + (d % 9)}-1${d % 10}`,
      role: 'source',
      firstSeen: t0 + d * 1000,
      updated: t0 + d * 1000,
    });
  }
  const clips: Clip[] = [];
  for (let n = 0; n < count; n++) {
    const d = n % 200;
    const { kind, text, deadline, owner } = clipText(rnd, n);
    const clip: Clip = {
      id: id('clip', n),
      documentId: documents[d].id,
      kind,
      originalText: text,
      text,
      normalized: text,
      searchKey: text,
      quoteHash: id('hash', n),
      selectors: {
        quote: { exact: text, prefix: '', suffix: '' },
        position: { start: n * 50, end: n * 50 + text.length },
      },
      caseId: cases[d % cases.length].id,
      tags: rnd() < 0.2 ? ['重点', '督办'] : [],
      status: 'tracking',
      created: t0 + n * 1000,
      updated: t0 + n * 1000,
    };
    if (deadline) clip.deadline = deadline;
    if (owner) clip.owner = owner;
    if (rnd() < 0.1) clip.note = `备注：${pick(rnd, DETAILS)}`;
    clips.push(clip);
  }
  const checks: Check[] = [];
  const overrides: Override[] = [];
  for (const c of cases) {
    const measures = clips.filter((clip) => clip.caseId === c.id && clip.kind === 'commitment');
    for (let k = 0; k < 3; k++) {
      const report: LedgerDocument = {
        id: id(`report${k}`, checks.length),
        url: `https://www.example.gov.cn/tzgg/2024/${c.id}-${k}.html`,
        title: `关于${c.unit}巡察整改进展情况的通报（第${k + 1}次）`,
        site: 'www.example.gov.cn',
        publishDate: `2024-${String(7 + k * 2).padStart(2, '0')}-15`,
        role: 'report',
        firstSeen: t0,
        updated: t0,
      };
      documents.push(report);
      const check: Check = {
        id: id('check', checks.length),
        caseId: c.id,
        reportDocumentId: report.id,
        checkedAt: t0 + k * 86_400_000,
        results: measures.map((m) => {
          const r = rnd();
          const status = r < 0.5 ? 'reappears' : r < 0.8 ? 'partial' : 'missing';
          return { clipId: m.id, status, score: +r.toFixed(2) };
        }),
      };
      checks.push(check);
      for (const result of check.results.slice(0, 5)) {
        overrides.push({
          id: id('override', overrides.length),
          checkId: check.id,
          clipId: result.clipId,
          status: 'reappears',
          note: '人工核对：见通报附件',
          created: t0,
          updated: t0,
        });
      }
    }
  }
  return {
    documents,
    clips,
    cases,
    checks,
    overrides,
    settings: [{ key: 'enabledSites', value: ['www.example.gov.cn'] }],
  };
}

let dbCounter = 0;

/** Where the benchmark's databases live: fake-indexeddb in Node, the browser's own in Chromium. */
export async function benchLedgerOptions(env: 'node' | 'chromium'): Promise<OpenLedgerOptions> {
  const options: OpenLedgerOptions = {
    name: `rectification-ledger-bench-${Date.now()}-${++dbCounter}`,
    converter: await loadTraditionalConverter(),
    allowWebOrigin: true, // the bench runner's page is a plain web page
  };
  if (env === 'node') {
    const fake = await import('fake-indexeddb');
    options.indexedDB = new fake.IDBFactory();
    options.IDBKeyRange = fake.IDBKeyRange;
  }
  return options;
}

/** Closes and deletes a benchmark database. */
export async function dropLedger(ledger: Ledger): Promise<void> {
  ledger.close();
  await ledger.db.delete();
}

const row = (env: 'node' | 'chromium', name: string, ms: number, targetMs: number): BenchRow => ({
  name,
  env,
  value: +ms.toFixed(1),
  unit: 'ms',
  target: `≤ ${targetMs} ms`,
  pass: ms <= targetMs,
});

export async function run(env: 'node' | 'chromium'): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const inputs = syntheticClipInputs(CLIPS);

  // Insert: every run on a fresh database (adding is idempotent, a second run would add nothing).
  const insertTimes: number[] = [];
  let ledger: Ledger | null = null;
  for (let i = 0; i < 3; i++) {
    if (ledger) await dropLedger(ledger);
    ledger = await openLedger(await benchLedgerOptions(env));
    const start = performance.now();
    const result = await ledger.clips.add(BENCH_DOCUMENT, inputs, { autoAssignCase: false });
    insertTimes.push(performance.now() - start);
    if (result.added.length !== CLIPS) throw new Error(`inserted ${result.added.length} of ${CLIPS}`);
  }
  rows.push(
    row(
      env,
      `ledger: add ${CLIPS.toLocaleString('en')} clips in one transaction`,
      median(insertTimes),
      INSERT_TARGET_MS,
    ),
  );
  const l = ledger!;

  // The first query of a freshly opened page loads the index from IndexedDB.
  l.invalidateIndex();
  const coldStart = performance.now();
  await l.clips.query({ text: '集中采购' });
  rows.push(
    row(
      env,
      `ledger: first search after opening (loads the index of ${CLIPS.toLocaleString('en')} clips)`,
      performance.now() - coldStart,
      COLD_SEARCH_TARGET_MS,
    ),
  );

  // Warm searches: Simplified, Traditional, with spaces and punctuation, and combined with filters.
  const queries = ['集中采购', '集中採購制度', '政府 采购，程序', '全覆蓋檢查', '回头看', '第9999项'];
  let total = 0;
  for (const text of queries) total += (await l.clips.query({ text })).total;
  if (total === 0) throw new Error('searches found nothing');
  const searchMs = await medianMs(async () => {
    for (const text of queries) await l.clips.query({ text, limit: 100 });
  }, 5);
  rows.push(
    row(
      env,
      `ledger: full-text search over ${CLIPS.toLocaleString('en')} clips (mean of ${queries.length} queries, 100 hydrated)`,
      searchMs / queries.length,
      SEARCH_TARGET_MS,
    ),
  );
  const filterMs = await medianMs(
    () => l.clips.query({ text: '整改', kind: 'commitment', tag: '重点', limit: 100 }),
    5,
  );
  rows.push(
    row(
      env,
      `ledger: search + kind + tag filter over ${CLIPS.toLocaleString('en')} clips`,
      filterMs,
      SEARCH_TARGET_MS,
    ),
  );

  await dropLedger(l);
  return rows;
}
