/**
 * Cooperative scheduling: long work runs in slices and gives the main thread
 * back between them, so no task blocks the page for more than ~50 ms.
 */

type SchedulerLike = { yield?: () => Promise<void> };

/** Resolves on the next macrotask, without setTimeout's 4 ms clamp where possible. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class AbortedError extends Error {
  constructor() {
    super('aborted');
    this.name = 'AbortedError';
  }
}

/**
 * Runs a generator that yields at safe points, giving the main thread back
 * before a step that would make the slice longer than `sliceMs` (the next
 * step is expected to take as long as the last one). Each yielded value is passed to
 * `onProgress` (generators yield a 0…1 progress, or nothing).
 */
export async function runInSlices<T>(
  steps: Generator<unknown, T, void>,
  options: {
    sliceMs?: number;
    signal?: AbortSignal;
    onProgress?: (value: unknown) => void;
    /** Filled with the time spent working, yields left out. */
    stats?: { busyMs: number };
  } = {},
): Promise<T> {
  // 20 ms of work leaves room for a step that overruns and a collection before the 50 ms of a long task.
  const sliceMs = options.sliceMs ?? 20;
  let sliceStart = performance.now();
  let busy = 0;
  /** How long the last step took: the next one is expected to take as long. */
  let lastStep = 0;
  /** Steps run in this slice: a slice always runs at least one. */
  let stepsInSlice = 0;
  try {
    for (;;) {
      const before = performance.now();
      if (stepsInSlice > 0 && before - sliceStart + lastStep > sliceMs) {
        // Yield before a step that would overrun the slice, not after.
        busy += before - sliceStart;
        await yieldToMain();
        if (options.signal?.aborted) throw new AbortedError();
        sliceStart = performance.now();
        stepsInSlice = 0;
      }
      stepsInSlice++;
      const stepStart = performance.now();
      const step = steps.next();
      lastStep = performance.now() - stepStart;
      if (step.done) return step.value;
      if (step.value !== undefined) options.onProgress?.(step.value);
    }
  } finally {
    if (options.stats) options.stats.busyMs = busy + (performance.now() - sliceStart);
  }
}
