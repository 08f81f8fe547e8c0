/** One line of `npm run bench`: a measurement, its target, and whether it was met. */
export interface BenchRow {
  /** What was measured, e.g. "analyze 2M chars Simplified". */
  name: string;
  /** Where it ran. */
  env: 'node' | 'chromium' | 'firefox';
  /** The measured value (median of several runs). */
  value: number;
  unit: 'ms' | 'Mchar/s' | 'x' | 'KB' | 'MB';
  /** The target as a human reads it, e.g. "≤ 100 ms" or "≥ 10× faster than mark.js". */
  target: string;
  pass: boolean;
  /** Baseline measured in the same run, when the target is a ratio. */
  baseline?: { name: string; value: number; unit: string };
}

/** The median of `values` (the upper one of an even count). */
export function median(values: readonly number[]): number {
  // oxlint-disable-next-line unicorn/no-array-sort -- a fresh copy; toSorted needs Chromium 110
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median of `runs` timings of `fn` in ms, after one warm-up call. */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}
