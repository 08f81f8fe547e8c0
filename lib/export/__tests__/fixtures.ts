/**
 * A small ledger with fixed ids and times (fictional 清溪县), for the pure
 * export and import tests. Includes hostile text: formulas, Markdown and
 * HTML, quotes, commas and line breaks.
 */
import type { Clip, LedgerTables } from '../../db/types';

const T0 = Date.UTC(2024, 0, 10, 2, 0, 0);
const day = 86_400_000;

export const IDS = {
  caseEdu: 'case-edu',
  caseHealth: 'case-health',
  docFeedback: 'doc-a-feedback',
  docPlan: 'doc-b-plan',
  docReportMarch: 'doc-c-report-03',
  docReportJuly: 'doc-d-report-07',
  docLocal: 'doc-e-local',
  checkMarch: 'check-03',
  checkJuly: 'check-07',
};

function clip(
  id: string,
  fields: Partial<Clip> & Pick<Clip, 'documentId' | 'kind' | 'text'>,
  n: number,
): Clip {
  return {
    id,
    originalText: fields.text,
    normalized: fields.text,
    searchKey: '(derived)',
    quoteHash: '(derived)',
    selectors: {
      quote: { exact: fields.text, prefix: '', suffix: '' },
      position: { start: n * 100, end: n * 100 + 40 },
    },
    tags: [],
    status: 'open',
    created: T0 + n * 1000,
    updated: T0 + n * 1000,
    ...fields,
  };
}

export function sampleTables(): LedgerTables {
  const clips: Clip[] = [
    clip(
      'clip-p1',
      {
        documentId: IDS.docFeedback,
        kind: 'problem',
        caseId: IDS.caseEdu,
        text: '落实全面从严治党主体责任不够到位，对所属学校党组织日常监督偏松偏软。',
      },
      2,
    ),
    clip(
      'clip-p2',
      {
        documentId: IDS.docFeedback,
        kind: 'problem',
        caseId: IDS.caseEdu,
        text: '校园食堂食材采购管理不规范，部分学校未按规定开展公开招标。',
        tags: ['食堂', '采购'],
      },
      1,
    ),
    clip(
      'clip-m1',
      {
        documentId: IDS.docPlan,
        kind: 'commitment',
        caseId: IDS.caseEdu,
        text: '由局党组书记牵头，2024年3月底前完成对全县中小学党组织书记的专题培训。',
        owner: '局党组书记',
        deadline: '2024年3月底前',
      },
      3,
    ),
    clip(
      'clip-m2',
      {
        documentId: IDS.docPlan,
        kind: 'commitment',
        caseId: IDS.caseEdu,
        text: '建立校园食堂大宗食材集中采购制度，6月底前实现全县公办学校全覆盖。',
        owner: '县教育局计财股',
        deadline: '2024年6月底前',
        note: '与县市场监管局联合督查',
      },
      4,
    ),
    clip(
      'clip-m3',
      {
        documentId: IDS.docPlan,
        kind: 'commitment',
        caseId: IDS.caseEdu,
        text: '=HYPERLINK("http://evil.example","点击查看")',
        note: '@SUM(A1:A9)',
      },
      5,
    ),
    clip(
      'clip-m4',
      {
        documentId: IDS.docPlan,
        kind: 'commitment',
        caseId: IDS.caseEdu,
        text: '修订职称评审工作细则，对评审材料实行“双人复核”，全程留痕,\n做到可追溯。',
        owner: '-人事股',
        deadline: '+3个月',
      },
      6,
    ),
    clip(
      'clip-pl',
      {
        documentId: IDS.docPlan,
        kind: 'pledge',
        caseId: IDS.caseEdu,
        text: '坚决扛起整改政治责任，以钉钉子精神抓好巡察反馈问题整改落实。',
      },
      7,
    ),
    clip(
      'clip-h1',
      {
        documentId: IDS.docLocal,
        kind: 'problem',
        caseId: IDS.caseHealth,
        text: '[点此查看](javascript:alert(1)) <img src=x onerror=alert(1)> **医保基金**监管存在漏洞',
        tags: ['医保'],
      },
      8,
    ),
    clip(
      'clip-h2',
      {
        documentId: IDS.docLocal,
        kind: 'progress',
        caseId: IDS.caseHealth,
        text: '已召开专题会议研究部署医保基金监管工作。',
      },
      9,
    ),
    clip(
      'clip-u1',
      {
        documentId: IDS.docFeedback,
        kind: 'commitment',
        text: '\t开展违规收受礼品礼金专项治理。',
        status: 'tracking',
      },
      10,
    ),
  ];
  return {
    documents: [
      {
        id: IDS.docFeedback,
        url: 'https://www.qxjw.gov.cn/xcgz/2023/1108/5821.html',
        title: '县委第二巡察组向县教育局党组反馈巡察情况',
        site: 'www.qxjw.gov.cn',
        unit: '中共清溪县纪律检查委员会',
        inspectedUnit: '县教育局党组',
        round: '2023年第二轮巡察',
        publishDate: '2023-11-08',
        role: 'source',
        firstSeen: T0,
        updated: T0,
      },
      {
        id: IDS.docPlan,
        url: 'https://www.qxjy.gov.cn/zwgk/2024/0110/771.html',
        title: '中共清溪县教育局党组关于巡察反馈意见整改工作方案',
        site: 'www.qxjy.gov.cn',
        unit: '清溪县教育局',
        publishDate: '2024-01-10',
        role: 'source',
        firstSeen: T0 + day,
        updated: T0 + day,
      },
      {
        id: IDS.docReportMarch,
        url: 'https://www.qxjy.gov.cn/zwgk/2024/0320/811.html',
        title: '县教育局党组巡察整改阶段性进展',
        site: 'www.qxjy.gov.cn',
        unit: '清溪县教育局',
        publishDate: '2024-03-20',
        role: 'report',
        firstSeen: T0 + 70 * day,
        updated: T0 + 70 * day,
      },
      {
        id: IDS.docReportJuly,
        url: 'https://www.qxjy.gov.cn/zwgk/2024/0715/902.html?from=(list)',
        title: '中共清溪县教育局党组关于巡察整改进展情况的通报',
        site: 'www.qxjy.gov.cn',
        unit: '清溪县教育局',
        publishDate: '2024-07-15',
        role: 'report',
        firstSeen: T0 + 190 * day,
        updated: T0 + 190 * day,
      },
      {
        id: IDS.docLocal,
        url: 'file:///C:/Users/jj/Desktop/卫健局整改材料.pdf',
        title: '县卫健局整改材料',
        site: '',
        role: 'source',
        firstSeen: T0 + 2 * day,
        updated: T0 + 2 * day,
      },
    ],
    clips,
    cases: [
      {
        id: IDS.caseEdu,
        unit: '县教育局党组',
        round: '2023年第二轮巡察',
        note: '第二巡察组',
        created: T0,
        updated: T0,
      },
      { id: IDS.caseHealth, unit: '县卫生健康局党组', round: '2023年第二轮巡察', created: T0, updated: T0 },
    ],
    checks: [
      {
        id: IDS.checkJuly,
        caseId: IDS.caseEdu,
        reportDocumentId: IDS.docReportJuly,
        checkedAt: T0 + 191 * day,
        results: [
          {
            clipId: 'clip-m1',
            status: 'reappears',
            score: 0.91,
            evidence: { text: '已完成全县中小学党组织书记专题培训', start: 120, end: 137 },
          },
          { clipId: 'clip-m2', status: 'partial', score: 0.56 },
          { clipId: 'clip-m3', status: 'missing', score: 0.04 },
        ],
      },
      {
        id: IDS.checkMarch,
        caseId: IDS.caseEdu,
        reportDocumentId: IDS.docReportMarch,
        checkedAt: T0 + 200 * day, // checked after the July one: order must follow the reports' dates
        results: [
          { clipId: 'clip-m1', status: 'partial', score: 0.5 },
          { clipId: 'clip-m2', status: 'missing', score: 0.12 },
        ],
      },
    ],
    overrides: [
      {
        id: 'ovr-1',
        checkId: IDS.checkJuly,
        clipId: 'clip-m2',
        status: 'reappears',
        note: '见通报第四部分',
        created: T0 + 192 * day,
        updated: T0 + 192 * day,
      },
    ],
    settings: [
      { key: 'panel:www.qxjw.gov.cn', value: { open: false, width: 360 } },
      { key: 'enabledSites', value: ['www.qxjw.gov.cn'] },
    ],
  };
}
