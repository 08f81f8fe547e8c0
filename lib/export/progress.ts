/** Chunked work with progress, for exports and imports of thousands of rows. */

/** Reports `done` of `total` units of work. */
export type ProgressCallback = (done: number, total: number) => void;

export const DEFAULT_CHUNK = 1000;

/** Lets the page paint (and a progress bar move) between chunks. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Calls `fn` on every item, `chunk` at a time. With a progress callback it
 * reports after each chunk and yields to the event loop, so a page stays
 * responsive; without one it runs straight through.
 */
export async function forEachChunk<T>(
  items: readonly T[],
  fn: (item: T, index: number) => void,
  onProgress?: ProgressCallback,
  chunk = DEFAULT_CHUNK,
): Promise<void> {
  const total = items.length;
  onProgress?.(0, total);
  for (let start = 0; start < total; start += chunk) {
    const end = Math.min(total, start + chunk);
    for (let i = start; i < end; i++) fn(items[i], i);
    if (onProgress) {
      onProgress(end, total);
      if (end < total) await yieldToEventLoop();
    }
  }
}
