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
 * whenever a slice has taken `sliceMs`. Each yielded value is passed to
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
  const sliceMs = options.sliceMs ?? 30;
  let sliceStart = performance.now();
  let sliceEnd = sliceStart + sliceMs;
  let busy = 0;
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (step.value !== undefined) options.onProgress?.(step.value);
      const now = performance.now();
      if (now >= sliceEnd) {
        busy += now - sliceStart;
        await yieldToMain();
        if (options.signal?.aborted) throw new AbortedError();
        sliceStart = performance.now();
        sliceEnd = sliceStart + sliceMs;
      }
    }
  } finally {
    if (options.stats) options.stats.busyMs = busy + (performance.now() - sliceStart);
  }
}
