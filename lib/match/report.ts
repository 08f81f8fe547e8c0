/**
 * Prepares a progress report for matching: normalised text with its map
 * back to the original, sentence units, and what each unit's place says
 * (section, furniture, plan or shortfall wording).
 *
 * The report is normalised and segmented by the shared text layer, in
 * steps (`normalizeInSteps`, `segmentInSteps`), so it reads exactly as
 * detection reads it and a long report never holds the thread for long.
 */
import { normalizeInSteps, toOriginalSpan, type NormalizedText } from '../text/normalize';
import { segmentInSteps } from '../text/segment';
import type { TraditionalConverter } from '../text/traditional';
import { classifyUnits, initialSectionState, type ReportUnit } from './sections';
import { markCues, type UnitCues } from './status';
import { stageProgress, type StepClock } from './steps';

/** A report read for matching. */
export interface PreparedReport {
  norm: NormalizedText;
  /** Sentence units of `norm.text`, in order. */
  units: ReportUnit[];
  /** Plan wording, per unit (incompleteness is read per candidate: status.ts). */
  cues: UnitCues;
}

/** Units classified between two looks at the clock. */
const UNITS_PER_STEP = 2048;
/** The text layer yields about every this many characters. */
const TEXT_STEP = 32_768;

/** Runs a text-layer generator, yielding progress in `[from, to]` whenever the clock says so. */
function* drive<T>(
  steps: Generator<void, T, void>,
  expectedSteps: number,
  clock: StepClock,
  from: number,
  to: number,
): Generator<number, T, void> {
  let done = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    done++;
    if (clock.due()) {
      yield stageProgress(from, to, done / expectedSteps);
      clock.restart();
    }
  }
}

/**
 * Normalises, segments and classifies `report`, yielding progress (0..1 of
 * `[from, to]`) when `clock` says the slice is used up.
 */
export function* prepareReport(
  report: string,
  converter: TraditionalConverter | null | undefined,
  clock: StepClock,
  from: number,
  to: number,
): Generator<number, PreparedReport, void> {
  const steps = Math.max(1, report.length / TEXT_STEP);
  const span = to - from;
  const norm = yield* drive(
    normalizeInSteps(report, { converter }),
    steps * (converter ? 3 : 2),
    clock,
    from,
    from + span * 0.5,
  );
  const segments = yield* drive(
    segmentInSteps(norm.text),
    steps,
    clock,
    from + span * 0.5,
    from + span * 0.8,
  );
  const units: ReportUnit[] = [];
  const state = initialSectionState();
  let cues: UnitCues = { plan: new Uint8Array(segments.length) };
  let cuesDone = 0;
  for (let at = 0; at < segments.length; at += UNITS_PER_STEP) {
    const batch = segments.slice(at, at + UNITS_PER_STEP);
    for (const unit of classifyUnits(norm.text, batch, state)) pushUnit(units, unit, norm.text);
    if (units.length > cues.plan.length) cues = grownCues(cues, units.length * 2);
    markCues(norm.text, units, cuesDone, units.length, cues);
    cuesDone = units.length;
    if (clock.due()) {
      yield stageProgress(from + span * 0.8, to, at / segments.length);
      clock.restart();
    }
  }
  return { norm, units, cues };
}

/** A unit longer than this (text without sentence marks) is cut at a comma. */
const MAX_UNIT_LENGTH = 600;

/**
 * Adds `unit`, cut into pieces of at most MAX_UNIT_LENGTH characters at
 * commas when it is longer: evidence should be a sentence, and reading a
 * candidate should never mean reading a whole unpunctuated page.
 */
function pushUnit(units: ReportUnit[], unit: ReportUnit, text: string): void {
  while (unit.end - unit.start > MAX_UNIT_LENGTH) {
    const limit = unit.start + MAX_UNIT_LENGTH;
    let cut = limit;
    for (let i = limit - 1; i > unit.start + MAX_UNIT_LENGTH / 2; i--) {
      const c = text.charCodeAt(i);
      if (c === 0xff0c || c === 0x3001 || c === 0x20) {
        cut = i + 1;
        break;
      }
    }
    units.push({ ...unit, end: cut, terminated: false });
    unit = { ...unit, start: cut, first: false, listMarker: undefined, heading: false };
  }
  units.push(unit);
}

function grownCues(cues: UnitCues, size: number): UnitCues {
  const plan = new Uint8Array(size);
  plan.set(cues.plan);
  return { plan };
}

/** The original span of the normalised span `[from, to)`. */
export function originalSpan(prepared: PreparedReport, from: number, to: number): [number, number] {
  return toOriginalSpan(prepared.norm, from, to);
}
