import { describe, expect, it } from 'vitest';
import { AbortedError, runInSlices } from '../schedule';

function busyFor(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** Steps of `ms` each; records how many macrotasks had run (`ticks`) when each step ran. */
function* steps(
  count: number,
  ms: number,
  seen: number[],
  ticks: { n: number },
): Generator<void, string, void> {
  for (let k = 0; k < count; k++) {
    seen.push(ticks.n);
    busyFor(ms);
    yield;
  }
  return 'done';
}

/** Counts macrotasks until stopped: a yield to the main thread lets one run. */
function ticker(): { n: number; stop(): void } {
  const state = { n: 0, running: true, stop: () => (state.running = false) };
  const tick = () => {
    if (!state.running) return;
    state.n++;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return state;
}

describe('runInSlices', () => {
  it('yields before a step that would overrun the slice, and returns the result', async () => {
    const ticks = ticker();
    const seen: number[] = [];
    const result = await runInSlices(steps(6, 8, seen, ticks), { sliceMs: 20 });
    ticks.stop();
    expect(result).toBe('done');
    // Two 8 ms steps fit in 20 ms; a third would not, so it waits for the next slice
    // (a slice may hold fewer when the machine is busy, never more).
    const perSlice = new Map<number, number>();
    for (const tick of seen) perSlice.set(tick, (perSlice.get(tick) ?? 0) + 1);
    expect(Math.max(...perSlice.values())).toBeLessThanOrEqual(2);
  });

  it('runs a step longer than the slice on its own, and still finishes', async () => {
    const ticks = ticker();
    const seen: number[] = [];
    await runInSlices(steps(3, 25, seen, ticks), { sliceMs: 20 });
    ticks.stop();
    expect(seen[1]).toBeGreaterThan(seen[0]);
    expect(seen[2]).toBeGreaterThan(seen[1]);
  });

  it('stops at the next slice when aborted, and reports the time worked', async () => {
    const controller = new AbortController();
    const stats = { busyMs: 0 };
    const seen: number[] = [];
    const running = runInSlices(steps(100, 5, seen, { n: 0 }), {
      sliceMs: 10,
      signal: controller.signal,
      stats,
    });
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(AbortedError);
    expect(seen.length).toBeLessThan(100);
    expect(stats.busyMs).toBeGreaterThanOrEqual(5 * seen.length - 1);
  });
});
