import type { TraditionalConverter } from './traditional';
import { createTraditionalConverter } from './traditional-converter';

let pending: Promise<TraditionalConverter> | null = null;

/**
 * Loads opencc-js's Traditional→Simplified converter on first use. Only the
 * 109 KB `t2cn` build is loaded, never the full 1.2 MB dictionary. For Node
 * and extension pages; the content script gets the same converter injected by
 * the background instead (entrypoints/opencc.ts).
 */
export function loadTraditionalConverter(): Promise<TraditionalConverter> {
  pending ??= import('opencc-js/t2cn').then(createTraditionalConverter);
  return pending;
}
