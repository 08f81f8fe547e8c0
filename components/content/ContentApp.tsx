import type { Store } from '../../lib/store';
import { useStore } from '../useStore';
import { Card } from './Card';
import { Panel } from './Panel';
import type { ContentActions, ContentState } from './types';

/** Root of the in-page UI (inside the extension's shadow root). */
export function ContentApp({ store, actions }: { store: Store<ContentState>; actions: ContentActions }) {
  const state = useStore(store);
  return (
    <div class="root">
      <Panel state={state} actions={actions} />
      {state.card ? <Card card={state.card} actions={actions} /> : null}
      {state.toast ? (
        <div class={`toast ${state.toast.tone}`} role="status" data-testid="rl-toast">
          {state.toast.text}
        </div>
      ) : null}
    </div>
  );
}
