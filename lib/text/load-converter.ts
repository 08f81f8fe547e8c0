import type { TraditionalConverter } from './traditional';

let pending: Promise<TraditionalConverter> | null = null;

/**
 * Loads opencc-js's Traditional→Simplified converter (Taiwan and Hong Kong
 * forms to mainland usage) on first use. Only the 109 KB `t2cn` build is
 * loaded, never the full 1.2 MB dictionary. For Node and extension pages; the
 * content script gets the same converter injected by the background instead.
 */
export function loadTraditionalConverter(): Promise<TraditionalConverter> {
  pending ??= import('opencc-js/t2cn').then(({ Converter }) => {
    const fromTaiwan = Converter({ from: 'tw', to: 'cn' });
    const fromHongKong = Converter({ from: 'hk', to: 'cn' });
    return (text: string) => fromTaiwan(fromHongKong(text));
  });
  return pending;
}
