/**
 * Cooperative stepping for long comparisons: the work runs as generators
 * that ask a StepClock, at small fixed points, whether their time slice is
 * used up, and yield their progress if so. The browser then gets the thread
 * back every few milliseconds; `compareReport` simply runs the steps through.
 */

const now: () => number =
  typeof performance !== 'undefined' && typeof performance.now === 'function'
    ? () => performance.now()
    : () => Date.now();

/** Work between two yields, in ms; well under the ~20 ms a frame can spare. */
export const SLICE_MS = 8;

/** Tells a stepped computation when its time slice is used up. */
export class StepClock {
  private sliceStart = now();

  /** True when the current slice is used up; the caller should yield now. */
  due(): boolean {
    return now() - this.sliceStart >= SLICE_MS;
  }

  /** Starts a new slice; call right after yielding. */
  restart(): void {
    this.sliceStart = now();
  }
}

/** Maps a stage's own progress (0..1) into its share [from, to] of the whole. */
export function stageProgress(from: number, to: number, done: number): number {
  return from + (to - from) * Math.min(1, Math.max(0, done));
}
