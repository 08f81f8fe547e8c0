/**
 * Benchmark of the matching engine (lib/match): 1,000 commitments against a
 * 2 M-character progress report, and the same comparison done the naive way,
 * every commitment against every report sentence with approx-string-match
 * (Myers' algorithm, as Hypothesis uses it). Inputs are generated here from
 * phrase pools written for this benchmark, with a fixed seed.
 *
 * No `node:` imports: the team bundles this module into Chromium too.
 */
import approxSearch from 'approx-string-match';
import { compareInSteps, compareReport } from '../../lib/match/compare';
import { medianMs, type BenchRow } from './types';

/** Small deterministic PRNG (mulberry32), so every run sees the same text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  '城关镇',
  '河西乡',
  '东城区',
  '南山镇',
  '北湖街道',
  '西岭乡',
  '高新区',
  '新港镇',
  '青山乡',
  '白沙镇',
  '县直',
  '市直',
];
const ACTORS = [
  '局党组',
  '校党委',
  '县纪委监委',
  '专项整治办',
  '机关党委',
  '各学校党组织',
  '组织人事科',
  '财务审计科',
  '基础教育科',
  '后勤保障处',
  '宣传统战部',
  '巡察工作办公室',
  '各乡镇中心校',
  '局办公室',
  '督导室',
  '安全管理科',
];
const DONE_VERBS = [
  '召开了',
  '制定印发了',
  '建立了',
  '开展了',
  '组织了',
  '修订了',
  '完成了',
  '落实了',
  '出台了',
  '举办了',
];
/** What a measure is about: a field of work … */
const FIELDS = [
  '校园安全',
  '师德师风',
  '财务收支',
  '招生入学',
  '食堂经费',
  '公务接待',
  '工程建设',
  '教辅征订',
  '课后服务',
  '校外培训',
  '学生资助',
  '营养改善',
  '校车管理',
  '实验室安全',
  '网络安全',
  '意识形态',
  '党员教育',
  '干部选拔',
  '评优评先',
  '职称评审',
  '物资采购',
  '基建项目',
  '专项资金',
  '校服征订',
  '体育设施',
  '图书采购',
  '信访举报',
  '民主评议',
  '政务公开',
  '档案管理',
  '车辆使用',
  '办公用房',
  '差旅报销',
  '会议费用',
  '合同管理',
  '资产清查',
  '债务化解',
  '安全生产',
  '家校沟通',
  '劳动教育',
];
/** … and the instrument or activity. */
const HEADS = [
  '专项检查',
  '整改台账',
  '管理制度',
  '实施方案',
  '自查自纠',
  '专题会议',
  '集中培训',
  '排查整治',
  '问题清单',
  '督导检查',
  '专项审计',
  '考核办法',
  '工作专班',
  '风险排查',
  '责任清单',
];
const OBJECTS = FIELDS.flatMap((field) => HEADS.map((head) => field + head));
const DETAILS = [
  '共梳理问题{n}个，已整改{n}个',
  '覆盖{n}所学校、{n}名教师',
  '逐项明确了责任人和完成时限',
  '形成问题清单{n}条',
  '对{n}个单位进行了实地督导',
  '发现并纠正不规范问题{n}处',
  '约谈相关负责人{n}人次',
  '收回违规资金{n}万元',
  '印发工作通知{n}份',
  '参加人员{n}余人',
];
const SHORTFALLS = [
  '个别单位对{o}重视不够，进度偏慢',
  '{o}还在推进之中，尚未全部完成',
  '部分学校{o}流于形式，效果不明显',
];
const PLANS = ['下一步，{a}将继续深化{o}', '{a}拟于{m}月底前完成{o}', '下一步将把{o}纳入年度考核'];
const FURNITURE = [
  '首页 > 工作动态 > 通知公告',
  '发布时间：2024-03-12　　来源：本站　　浏览次数：{n}',
  '打印 关闭',
  '版权所有 © 某某县教育局　地址：某某路{n}号',
  '监督电话：0000-0000000',
];

const COMMIT_OPENINGS = ['要', '要立即', '各单位要', '牵头部门要', '必须', '要认真', '要进一步', ''];
const COMMIT_VERBS = ['成立', '制定', '建立', '召开', '开展', '组织', '完善', '排查', '落实', '健全'];
const COMMIT_TAILS = [
  '，确保整改取得实效。',
  '，明确责任分工和完成时限。',
  '，做到问题不查清不放过。',
  '，形成长效机制。',
  '。',
  '，及时向社会公开整改结果。',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

function fill(template: string, rand: () => number): string {
  return template
    .replace(/\{n\}/g, () => String(1 + Math.floor(rand() * 300)))
    .replace(/\{m\}/g, () => String(1 + Math.floor(rand() * 12)))
    .replace(/\{o\}/g, () => pick(rand, OBJECTS))
    .replace(/\{a\}/g, () => pick(rand, ACTORS));
}

/** A progress report of about `chars` characters: furniture, a body, shortfalls and plans, repeated. */
export function generateReport(chars: number, seed = 1): string {
  const rand = random(seed);
  const lines: string[] = [];
  let length = 0;
  let part = 0;
  const push = (line: string) => {
    lines.push(line);
    length += line.length + 1;
  };
  // oxlint-disable-next-line no-unmodified-loop-condition -- `push` grows `length`
  while (length < chars) {
    part++;
    push(fill(pick(rand, FURNITURE), rand));
    push(`关于第${part}批整改工作进展情况的通报`);
    push('一、整改工作推进情况');
    for (let p = 0; p < 6; p++) {
      let paragraph = `（${'一二三四五六'[p]}）${pick(rand, OBJECTS)}情况。`;
      for (let s = 0; s < 4; s++) {
        paragraph += `${1 + Math.floor(rand() * 12)}月${1 + Math.floor(rand() * 28)}日，${pick(rand, PLACES)}${pick(rand, ACTORS)}${pick(rand, DONE_VERBS)}${pick(rand, OBJECTS)}，${fill(pick(rand, DETAILS), rand)}。`;
      }
      push(paragraph);
    }
    push('二、存在的不足');
    push(`一是${fill(pick(rand, SHORTFALLS), rand)}。二是${fill(pick(rand, SHORTFALLS), rand)}。`);
    push('三、下一步工作');
    push(`${fill(pick(rand, PLANS), rand)}。${fill(pick(rand, PLANS), rand)}。`);
    push(fill(pick(rand, FURNITURE), rand));
  }
  return lines.join('\n');
}

/** `count` commitments in the style of a feedback-meeting speech. */
export function generateCommitments(count: number, seed = 2): string[] {
  const rand = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const object = pick(rand, OBJECTS);
    const second = pick(rand, OBJECTS);
    out.push(
      `${pick(rand, COMMIT_OPENINGS)}${pick(rand, COMMIT_VERBS)}${object}，${pick(rand, COMMIT_VERBS)}${second}${pick(rand, COMMIT_TAILS)}`,
    );
  }
  return out;
}

/** Naive baseline: every commitment against every sentence with approx-string-match. */
function naiveCompare(sentences: string[], commitments: string[]): number {
  let best = 0;
  for (const commitment of commitments) {
    const maxErrors = Math.floor(commitment.length / 2);
    for (const sentence of sentences) {
      const matches = approxSearch(sentence, commitment, maxErrors);
      if (matches.length) best = Math.max(best, commitment.length - matches[0].errors);
    }
  }
  return best;
}

const REPORT_CHARS = 2_000_000;
const COMMITMENTS = 1000;
const TARGET_MS = 150;
const TARGET_SPEEDUP = 20;
/** The baseline runs on this many commitments and is scaled to all of them. */
const BASELINE_SAMPLE = 10;
/** Longest stretch of work between two yields of compareInSteps. */
const TARGET_SLICE_MS = 20;

/**
 * The compare rows of `npm run bench`: time of a full comparison (median of
 * nine warmed-up runs), the longest slice of `compareInSteps`, and the
 * speed-up over the naive baseline measured in the same run.
 */
export async function run(env: 'node' | 'chromium'): Promise<BenchRow[]> {
  const report = generateReport(REPORT_CHARS);
  const commitments = generateCommitments(COMMITMENTS);
  const rows: BenchRow[] = [];

  // Nine runs after the warm-up, so that the median is a warmed-up run.
  const ms = await medianMs(() => compareReport(report, commitments), 9);
  rows.push({
    name: `compare ${COMMITMENTS} commitments × ${(report.length / 1e6).toFixed(1)}M-char report`,
    env,
    value: +ms.toFixed(1),
    unit: 'ms',
    target: `≤ ${TARGET_MS} ms`,
    pass: ms <= TARGET_MS,
  });

  // The longest slice of work between yields, over one stepped run.
  let longest = 0;
  let last = performance.now();
  const steps = compareInSteps(report, commitments);
  for (let step = steps.next(); !step.done; step = steps.next()) {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }
  longest = Math.max(longest, performance.now() - last);
  rows.push({
    name: 'compareInSteps longest work between yields',
    env,
    value: +longest.toFixed(1),
    unit: 'ms',
    target: `≤ ${TARGET_SLICE_MS} ms`,
    pass: longest <= TARGET_SLICE_MS,
  });

  // Baseline on a sample of commitments, scaled linearly to all of them.
  const sentences = report.split(/(?<=[。；！？])|\n/).filter((s) => s.trim().length > 0);
  const sample = commitments.slice(0, BASELINE_SAMPLE);
  const start = performance.now();
  naiveCompare(sentences, sample);
  const baselineMs = ((performance.now() - start) * COMMITMENTS) / BASELINE_SAMPLE;
  const speedup = baselineMs / ms;
  rows.push({
    name: `compare speed-up over approx-string-match per sentence (baseline: ${BASELINE_SAMPLE} of ${COMMITMENTS} commitments × ${sentences.length} sentences, scaled ×${COMMITMENTS / BASELINE_SAMPLE})`,
    env,
    value: +speedup.toFixed(1),
    unit: 'x',
    target: `≥ ${TARGET_SPEEDUP}× faster than approx-string-match`,
    pass: speedup >= TARGET_SPEEDUP,
    baseline: {
      name: 'approx-string-match, every commitment × every sentence',
      value: Math.round(baselineMs),
      unit: 'ms',
    },
  });
  return rows;
}
