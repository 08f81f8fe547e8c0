import { useEffect, useState } from 'preact/hooks';
import type { Store } from '../lib/store';

/** The current state of `store`, re-rendering on every change. */
export function useStore<T>(store: Store<T>): T {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    return store.subscribe(setState);
  }, [store]);
  return state;
}
