/**
 * Which case a document belongs to, from the unit it inspected. Units are
 * written loosely: 县教育局党组, 县教育局, 县教育局领导班子 all name the same
 * inspected unit, so they are compared by their core (the unit without the
 * party organ or leadership suffix), after search-key folding (Traditional,
 * width, spaces, punctuation).
 */
import type { SearchKeyFn } from './search-key';
import type { LedgerCase } from './types';

/** Party organs and leadership bodies that follow the unit's name; longest first. */
const ORGAN_SUFFIXES = [
  '领导班子',
  '党总支部',
  '党工委',
  '党总支',
  '党支部',
  '党组织',
  '党委会',
  '党组',
  '党委',
  '班子',
];

/** The unit without its party-organ suffix, folded; `县教育局党组` → `县教育局`. */
export function unitCore(unit: string, searchKey: SearchKeyFn): string {
  let key = searchKey(unit);
  for (const suffix of ORGAN_SUFFIXES) {
    if (key.length > suffix.length + 1 && key.endsWith(suffix)) {
      key = key.slice(0, key.length - suffix.length);
      break;
    }
  }
  return key;
}

const CHINESE_DIGITS = '零一二三四五六七八九';

/** 二 → 2, 十二 → 12, 二十 → 20, 12 → 12; '' if it is not a number. */
function ordinalNumber(text: string): string {
  if (/^\d+$/.test(text)) return String(Number(text));
  const ten = text.indexOf('十');
  if (ten < 0)
    return text.length === 1 && CHINESE_DIGITS.indexOf(text) > 0 ? String(CHINESE_DIGITS.indexOf(text)) : '';
  const tens = ten === 0 ? 1 : CHINESE_DIGITS.indexOf(text.slice(0, ten));
  const ones = ten === text.length - 1 ? 0 : CHINESE_DIGITS.indexOf(text.slice(ten + 1));
  return tens > 0 && ones >= 0 ? String(tens * 10 + ones) : '';
}

/**
 * Year and ordinal of a round: `2023年第二轮巡察` and `2023年度第2轮` both give
 * `2023|2`; '' when the text names neither.
 */
export function roundKey(round: string, searchKey: SearchKeyFn): string {
  const key = searchKey(round);
  const year = /(?:19|20)\d\d/.exec(key);
  const ordinal = /第([零一二三四五六七八九十\d]+)(?:轮|批|次)/.exec(key);
  const number = ordinal ? ordinalNumber(ordinal[1]) : '';
  if (!year && !number) return '';
  return `${year ? year[0] : ''}|${number}`;
}

export interface CaseSuggestion {
  case: LedgerCase;
  /**
   * How well the case fits. Unit: 2.25 same unit, 2 same unit up to its
   * party-organ suffix (县教育局党组 ~ 县教育局), 1 one core contains the
   * other. Round: +1 when both name the same round, −1 when both name a
   * round and they differ (a case of another round is listed, never assigned).
   */
  score: number;
}

/** Cases that may hold clips of a document about `unit` (and `round`), best first. */
export function suggestCases(
  cases: readonly LedgerCase[],
  unit: string | undefined,
  round: string | undefined,
  searchKey: SearchKeyFn,
): CaseSuggestion[] {
  if (!unit) return [];
  const key = searchKey(unit);
  const core = unitCore(unit, searchKey);
  const wantedRound = round ? roundKey(round, searchKey) : '';
  if (!core) return [];
  const out: CaseSuggestion[] = [];
  for (const c of cases) {
    const caseKey = searchKey(c.unit);
    const caseCore = unitCore(c.unit, searchKey);
    let score = 0;
    if (caseKey === key) score = 2.25;
    else if (caseCore === core) score = 2;
    else if (
      caseCore.length >= 2 &&
      core.length >= 2 &&
      (caseCore.indexOf(core) >= 0 || core.indexOf(caseCore) >= 0)
    ) {
      score = 1;
    }
    if (score === 0) continue;
    const caseRound = roundKey(c.round, searchKey);
    if (wantedRound && caseRound) score += caseRound === wantedRound ? 1 : -1;
    out.push({ case: c, score });
  }
  out.sort(
    (a, b) => b.score - a.score || b.case.updated - a.case.updated || (a.case.id < b.case.id ? -1 : 1),
  );
  return out;
}

/**
 * The case to assign without asking: the best suggestion when it is the same
 * unit (score ≥ 2, so not of another round) and a whole point better than
 * the next. Two rounds of one unit with nothing to tell them apart is a question
 * for the user.
 */
export function unambiguousCase(suggestions: readonly CaseSuggestion[]): LedgerCase | undefined {
  const [best, next] = suggestions;
  if (!best || best.score < 2) return undefined;
  // 县教育局 vs 县教育局党组 (2.25 vs 2) is naming, not evidence: compare whole points.
  if (next && Math.floor(next.score) === Math.floor(best.score)) return undefined;
  return best.case;
}
