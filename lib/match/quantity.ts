/**
 * A measure that sets a least quantity (每年选派10名以上, 为不少于100户业主办理)
 * is only partly met by a report that counts fewer of the same thing
 * (首批7名…挂职, 其中47户领到了证书).
 */

/** Measure words that count people, households, units and acts. */
const COUNTED = '名人户个家次项所件篇场期批座条辆台处套';

/** 不少于100户, 至少3次, 10名以上, 10名及以上: a least quantity and its measure word. */
const LEAST_QUANTITY = new RegExp(
  `(?:不少于|不低于|至少)(\\d+)([${COUNTED}])|(\\d+)([${COUNTED}])(?:及?以上)`,
  'g',
);

const COUNT = new RegExp(`(\\d+)([${COUNTED}])`, 'g');

/** The least quantities a commitment sets, by measure word. */
export function leastQuantities(commitment: string): Map<string, number> {
  const least = new Map<string, number>();
  for (const m of commitment.matchAll(LEAST_QUANTITY)) {
    const value = Number(m[1] ?? m[3]);
    const word = m[2] ?? m[4];
    least.set(word, Math.max(least.get(word) ?? 0, value));
  }
  return least;
}

/**
 * Whether `unit` reports fewer than a least quantity of `least`: its last
 * count of that measure word, as a report ends with what was achieved
 * (受理申请131户，其中47户领到了证书). `yearShare` is the part of the
 * quantity due by the time the report counts (see {@link dueShare}).
 */
export function fallsShort(least: ReadonlyMap<string, number>, unit: string, yearShare = 1): boolean {
  if (least.size === 0) return false;
  const last = new Map<string, number>();
  for (const m of unit.matchAll(COUNT)) last.set(m[2], Number(m[1]));
  for (const [word, value] of least) {
    const counted = last.get(word);
    if (counted !== undefined && counted < value * yearShare) return true;
  }
  return false;
}

/** A quantity set for a whole year (全年不少于10场, 年内补充5名, 每年至少…). */
const WHOLE_YEAR = /全年|每年|年内|本年度|年度内/;

/** The months from January a report counts: 上半年, 一季度, 前三季度, 1至7月, 1—7月. */
const MONTHS_FROM_JANUARY = /上半年|前三季度|一季度|(?<!\d)1(?:至|到|—|-|－|~)(\d{1,2})月/;

/**
 * The part of a year's quantity due when a report counts only the first
 * months of the year (全年不少于10场 → 上半年7场 is on course), else 1.
 */
export function dueShare(commitment: string, unit: string): number {
  if (!WHOLE_YEAR.test(commitment)) return 1;
  const m = MONTHS_FROM_JANUARY.exec(unit);
  if (!m) return 1;
  const months = m[1] ? Number(m[1]) : m[0] === '上半年' ? 6 : m[0] === '前三季度' ? 9 : 3;
  return months >= 1 && months <= 12 ? months / 12 : 1;
}

/** A share a commitment sets: at most (20%以下, 不超过5%) or at least (95%以上, 达到90%). */
export interface ShareLimits {
  most: number;
  least: number;
}

const SHARE_AT_MOST = /(?:不超过|不高于)(\d+(?:\.\d+)?)%|(\d+(?:\.\d+)?)%(?:以下|以内)/g;
const SHARE_AT_LEAST =
  /(?:不低于|不少于|至少|达到|提高到|提升到|提高至|提升至)(\d+(?:\.\d+)?)%|(\d+(?:\.\d+)?)%(?:及?以上)/g;
const SHARE = /(\d+(?:\.\d+)?)%/g;

/** The shares a commitment sets as limits (Infinity and 0 when it sets none). */
export function shareLimits(commitment: string): ShareLimits {
  let most = Infinity;
  let least = 0;
  for (const m of commitment.matchAll(SHARE_AT_MOST)) most = Math.min(most, Number(m[1] ?? m[2]));
  for (const m of commitment.matchAll(SHARE_AT_LEAST)) least = Math.max(least, Number(m[1] ?? m[2]));
  return { most, least };
}

/**
 * Whether `unit` reports a share outside the limits set: its last share, as a report
 * ends with where things stand (机关警力占比由27%下降到22%).
 */
export function missesShare(limits: ShareLimits, unit: string): boolean {
  if (limits.most === Infinity && limits.least === 0) return false;
  let last = -1;
  for (const m of unit.matchAll(SHARE)) last = Number(m[1]);
  return last >= 0 && (last > limits.most || last < limits.least);
}

/**
 * 1260辆渣土车中已有1105辆…, 6个问题中，已有3个…: a part of a whole counted.
 * 其中 only breaks a count down (集体学习7次，其中专题研讨2次).
 */
const PART_OF_WHOLE = new RegExp(
  `(\\d+)([${COUNTED}])[^。；]{0,16}?(?<!其)中[^。；\\d]{0,16}?(\\d+)\\2`,
  'g',
);

/** Whether `unit` counts only a part of a whole it names (1260辆…中已有1105辆). */
export function countsPart(unit: string): boolean {
  for (const m of unit.matchAll(PART_OF_WHOLE)) if (Number(m[3]) < Number(m[1])) return true;
  return false;
}

/** A remainder left of a count (已销号58个，剩余8个…), not one said to be done too (剩余3户已全部清退). */
const REMAINDER = new RegExp(`剩余[\\d一二三四五六七八九十两]+[${COUNTED}](?![^，。；]{0,12}(?:已|全部|均))`);

/**
 * Whether `unit` leaves a remainder of a count the commitment itself promised (其余66个问题逐项销号
 * → 已销号58个，剩余8个). A remainder of what the work turned up (排查出隐患57处，已整改52处，
 * 剩余5处) leaves the promised act itself done.
 */
export function leavesRemainder(commitment: string, unit: string): boolean {
  if (!REMAINDER.test(unit)) return false;
  const promised = new Set(Array.from(commitment.matchAll(COUNT), (m) => m[1]));
  return Array.from(unit.matchAll(COUNT)).some((m) => promised.has(m[1]));
}

/** How often, in times a year, by the words of a frequency (每半个月, 按月, 每季度). */
const FREQUENCY = /(?:每|按)(两个?(?:周|星期)|周|星期|半个?月|两个?月|月|季度?|半年|年)/g;
const TIMES_A_YEAR: Record<string, number> = {
  两周: 26,
  两个周: 26,
  两星期: 26,
  两个星期: 26,
  周: 52,
  星期: 52,
  半月: 24,
  半个月: 24,
  两月: 6,
  两个月: 6,
  月: 12,
  季: 4,
  季度: 4,
  半年: 2,
  年: 1,
};

function frequencies(text: string): number[] {
  return Array.from(text.matchAll(FREQUENCY), (m) => TIMES_A_YEAR[m[1]]);
}

/** A change of rhythm told in a report (此后改为每月更新). */
const RHYTHM_CHANGED = /(?:改为|调整为|变为|改成)[^，。；]{0,4}(?:每|按)/;

/** The most frequent rhythm a commitment promises, in times a year, or 0 when it names none. */
export function promisedRhythm(commitment: string): number {
  return Math.max(0, ...frequencies(commitment));
}

/**
 * Whether `unit` reports a rhythm slower than the one promised (每半个月召开一次
 * → 调度会改为每月召开一次, 按月报送): every frequency it names is less often.
 */
export function slowerRhythm(promised: number, unit: string): boolean {
  if (promised === 0) return false;
  // …坚持每半月更新一次，此后改为每月更新: the rhythm after the change is the one kept now.
  const change = unit.search(RHYTHM_CHANGED);
  const reported = frequencies(change >= 0 ? unit.slice(change) : unit);
  return reported.length > 0 && Math.max(...reported) < promised;
}
