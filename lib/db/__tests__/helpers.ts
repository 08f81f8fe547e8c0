/** Shared by the ledger tests: a fresh fake IndexedDB per ledger, a fake clock, Chinese fixtures. */
// oxlint-disable-next-line import/no-unassigned-import -- installs IndexedDB globals before Dexie loads
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { loadTraditionalConverter } from '../../text/load-converter';
import { openLedger, type Ledger, type OpenLedgerOptions } from '../ledger';
import type { ClipInput, DocumentInput } from '../validate';

/** A clock that starts at 2024-03-01 09:00 (UTC+8) and advances one second per call. */
export function fakeClock(start = Date.UTC(2024, 2, 1, 1, 0, 0)): () => number {
  let t = start;
  return () => (t += 1000);
}

export interface TestLedger extends Ledger {
  factory: IDBFactory;
  name: string;
}

let counter = 0;

/** Opens a ledger on its own fake IndexedDB (or on `factory`, to share one between connections). */
export async function openTestLedger(
  options: Partial<OpenLedgerOptions> & { factory?: IDBFactory } = {},
): Promise<TestLedger> {
  const factory = options.factory ?? new IDBFactory();
  const name = options.name ?? `ledger-test-${++counter}`;
  const ledger = await openLedger({
    converter: await loadTraditionalConverter(),
    now: fakeClock(),
    ...options,
    name,
    indexedDB: factory,
    IDBKeyRange,
  });
  return Object.assign(ledger, { factory, name });
}

/** Builds a clip input whose quote is the text itself, with fixed context. */
export function clipInput(
  kind: ClipInput['kind'],
  text: string,
  extra: Partial<ClipInput> & { prefix?: string; suffix?: string; start?: number } = {},
): ClipInput {
  const { prefix = '', suffix = '', start, ...rest } = extra;
  return {
    kind,
    text,
    selectors: {
      quote: { exact: text, prefix, suffix },
      ...(start !== undefined ? { position: { start, end: start + text.length } } : {}),
    },
    ...rest,
  };
}

// ------------------------------------------------------------ fixtures (fictional county 清溪县)

export const FEEDBACK_DOC: DocumentInput = {
  url: 'https://www.qxjw.gov.cn/xcgz/2023/1108/5821.html',
  title: '县委第二巡察组向县教育局党组反馈巡察情况',
  unit: '中共清溪县纪律检查委员会',
  inspectedUnit: '县教育局党组',
  round: '2023年第二轮巡察',
  publishDate: '2023-11-08',
  role: 'source',
};

export const PLAN_DOC: DocumentInput = {
  url: 'https://www.qxjy.gov.cn/zwgk/2024/0110/771.html',
  title: '中共清溪县教育局党组关于县委第二轮巡察反馈意见整改工作方案',
  unit: '清溪县教育局',
  inspectedUnit: '县教育局党组',
  round: '2023年第二轮巡察',
  publishDate: '2024-01-10',
  role: 'source',
};

export const REPORT_DOC: DocumentInput = {
  url: 'https://www.qxjy.gov.cn/zwgk/2024/0715/902.html',
  title: '中共清溪县教育局党组关于巡察整改进展情况的通报',
  unit: '清溪县教育局',
  inspectedUnit: '县教育局党组',
  publishDate: '2024-07-15',
  role: 'report',
};

export const PROBLEMS = [
  '落实全面从严治党主体责任不够到位，对所属学校党组织日常监督偏松偏软。',
  '校园食堂食材采购管理不规范，部分学校未按规定开展公开招标。',
  '教师职称评审程序执行不严格，个别评审材料审核把关不严。',
];

export const MEASURES = [
  '由局党组书记牵头，2024年3月底前完成对全县中小学党组织书记的专题培训。',
  '建立校园食堂大宗食材集中采购制度，6月底前实现全县公办学校全覆盖。',
  '修订职称评审工作细则，对评审材料实行双人复核、全程留痕。',
  '开展违规收受礼品礼金专项治理，对发现的问题线索一律移交纪检组。',
];

export const PLEDGE = '坚决扛起整改政治责任，以钉钉子精神抓好巡察反馈问题整改落实。';

/** The same measure as a Taiwanese page would print it. */
export const MEASURE_TRADITIONAL = '建立校園食堂大宗食材集中採購制度，6月底前實現全縣公辦學校全覆蓋。';
