/**
 * @tanstack/virtual-core bound to Preact (the library ships React, Vue…
 * adapters but not this one; the binding is the same few lines): one
 * Virtualizer per component, re-render on every change it reports.
 */
import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

export type VirtualListOptions = Omit<
  VirtualizerOptions<HTMLElement, HTMLElement>,
  'observeElementRect' | 'observeElementOffset' | 'scrollToFn'
>;

export function useVirtualizer(options: VirtualListOptions): Virtualizer<HTMLElement, HTMLElement> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const resolved: VirtualizerOptions<HTMLElement, HTMLElement> = {
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    ...options,
    onChange: (instance, sync) => {
      rerender(0);
      options.onChange?.(instance, sync);
    },
  };
  const [instance] = useState(() => new Virtualizer<HTMLElement, HTMLElement>(resolved));
  instance.setOptions(resolved);
  // The library's adapter hooks (what its React adapter calls), underscored by the library.
  // oxlint-disable-next-line no-underscore-dangle
  useLayoutEffect(() => instance._didMount(), []);
  // oxlint-disable-next-line no-underscore-dangle
  useLayoutEffect(() => instance._willUpdate());
  return instance;
}
