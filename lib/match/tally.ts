/**
 * A promise to finish the problems themselves (年底前，12个反馈问题基本完成整改)
 * names no measure of its own: nearly all its words are filler to the term
 * matcher. A report answers it with a tally (截至12月31日，12个反馈问题中已完成
 * 整改9个，其余3个仍在推进): whether every problem counted is done says whether
 * the promise was kept.
 */

/** Words that say a problem is finished. */
const FINISHED =
  '(?:基本|全部)?(?:完成整改|整改完成|整改到位|整改完毕|改到位|改正到位|纠正到位|改完|销号|办结)';
/** …and that every item of a tally is: 已全部落实, 均已完成, 已全部纠正. */
const ALL_DONE = `(?:全部${FINISHED}|(?:全部|均已|均)(?:落实|完成|纠正|改正|解决))`;

/** A promise to finish problems by a date: …问题…(基本)完成整改 / 全部整改到位. */
const FINISH_PROMISE = new RegExp(`问题[^，。；、逐]{0,12}?${FINISHED}`);

/** A promise to put right at once what can be: 对能立即解决的问题即知即改, …的问题，要立行立改. */
const AT_ONCE_PROMISE =
  /能(?:够)?(?:立即|马上|当即|即时)[^，。；]{0,4}的问题[，,]?(?:要|将)?(?:立行立改|即知即改|马上就改|立即整改)/;

/** A ledger or a rule kept for the problems (建立台账、逐项销号): a measure of its own. */
const OWN_MEASURE = /台账|清单|制度|机制|办法/;

/** 6个反馈问题中至少整改完成4个: the least number promised. */
const LEAST_FINISHED = /(?:至少|不少于)[^，。；\d]{0,8}(\d+)[个项类件条]/;

/** Problems counted (12个反馈问题, 7类问题), and the number finished after them (…中已完成整改9个). */
const PROBLEMS_COUNTED = /(\d+)([个项类件条])[^，。；\d]{0,10}?问题/;
/**
 * Items counted in a tally: problems, or the measures and matters put right at once
 * (列为立行立改的9项措施, 当即可以纠正的7个事项), which stand for the problems they fix.
 */
const COUNTED_ITEMS = /(\d+)([个项类件条])[^，。；\d]{0,10}?(问题|措施|事项)/g;
const FINISHED_COUNT = new RegExp(
  `^[^。；\\d]{0,16}?(?:(\\d+)([个项类件条])[^。；\\d]{0,6}?${FINISHED}|${FINISHED}[^。；\\d]{0,4}?(\\d+)([个项类件条]))`,
);
/** …5个问题已于12月20日前全部整改完毕, …7个事项，…10月28日前已全部纠正: all of them finished. */
const ALL_FINISHED = new RegExp(`^[^。；]{0,32}?${ALL_DONE}`);

/** A finish that only says when a measure is due: 待…全部整改到位，…; …整改完成后，…. */
const WAITS_FOR = /待[^，。；]*$/;

/** Words of the problems that can be put right at once, a subset a promise may name. */
const AT_ONCE = /立即|立行立改|即知即改|马上|当即|当场|即时/;

/** What a promise to finish problems says. */
export interface FinishPromise {
  /** The number of problems it names (12个反馈问题), if any. */
  count: number | null;
  /** The least number it promises to finish (至少整改完成4个), if any. */
  least: number | null;
  /** It names only the problems that can be put right at once. */
  atOnce: boolean;
}

/** The promise to finish problems that `commitment` makes, or null. */
export function finishPromise(commitment: string): FinishPromise | null {
  if (AT_ONCE_PROMISE.test(commitment)) return { count: null, least: null, atOnce: true };
  const promise = FINISH_PROMISE.exec(commitment);
  if (!promise || OWN_MEASURE.test(commitment)) return null;
  const after = commitment.startsWith('后', promise.index + promise[0].length);
  if (after || WAITS_FOR.test(commitment.slice(0, promise.index))) return null;
  const counted = PROBLEMS_COUNTED.exec(commitment);
  const least = LEAST_FINISHED.exec(commitment);
  return {
    count: counted ? Number(counted[1]) : null,
    least: least ? Number(least[1]) : null,
    atOnce: AT_ONCE.test(commitment) && !/其余|全部问题|所有问题/.test(commitment),
  };
}

/** A tally of finished problems in one unit of a report. */
export interface ProblemTally {
  /** Problems counted. */
  whole: number;
  /** Of them, finished. */
  finished: number;
  /** The tally is of problems put right at once. */
  atOnce: boolean;
}

/** The tally `unit` gives of finished problems (8个问题中已整改到位5个), or null. */
export function problemTally(unit: string): ProblemTally | null {
  COUNTED_ITEMS.lastIndex = 0;
  for (let m = COUNTED_ITEMS.exec(unit); m; m = COUNTED_ITEMS.exec(unit)) {
    const atOnce = AT_ONCE.test(unit.slice(0, m.index + m[0].length));
    // Measures and matters stand for problems only where they are the ones put right at once.
    if (m[3] !== '问题' && !atOnce) continue;
    const rest = unit.slice(m.index + m[0].length);
    const after = FINISHED_COUNT.exec(rest);
    const all = !after && ALL_FINISHED.test(rest);
    if (!after && !all) continue;
    const whole = Number(m[1]);
    const finished = after ? Number(after[1] ?? after[3]) : whole;
    const word = after ? (after[2] ?? after[4]) : undefined;
    // 7类问题中完成整改5类: the finished count is in the same measure word.
    if (word !== undefined && word !== m[2] && word !== '个') continue;
    if (finished > whole) continue;
    return { whole, finished, atOnce };
  }
  return null;
}

/**
 * The tally that answers `promise` among `tallies` (unit index → tally), or
 * -1: one of as many problems as the promise names, else one of the same
 * subset (problems put right at once or all), the largest count first.
 */
export function answeringTally(promise: FinishPromise, tallies: ReadonlyMap<number, ProblemTally>): number {
  let chosen = -1;
  let rank = -1;
  for (const [unit, tally] of tallies) {
    if (tally.atOnce !== promise.atOnce) continue;
    // A tally of as many problems as promised outranks any other.
    const sameCount = promise.count !== null && tally.whole === promise.count;
    const r = (sameCount ? Number.MAX_SAFE_INTEGER / 2 : 0) + tally.whole;
    if (r > rank) {
      rank = r;
      chosen = unit;
    }
  }
  return chosen;
}

/** Whether `tally` keeps `promise`: every problem finished, or at least the number promised. */
export function keepsPromise(promise: FinishPromise, tally: ProblemTally): boolean {
  return tally.finished >= (promise.least ?? tally.whole);
}
