import { render, h } from 'preact';
import { onTrustedMessage } from '../../lib/messaging';
import { ContentApp } from '../../components/content/ContentApp';
import '../../components/content/content.css';
import type { ContentState } from '../../components/content/types';
import { PageSession } from './session';

const UI_TAG = 'rl-ui';

/** The extension's own UI host and everything inside it. */
function isOwnUi(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element && (element.localName === UI_TAG || !!element.closest(UI_TAG));
}

/**
 * Runs on government and education sites by declaration, and on other sites
 * when the user enables them or asks for one analysis (the background injects
 * this same file). A newer copy invalidates an older one (WXT's context), so
 * a page never has two sessions.
 */
export default defineContentScript({
  matches: ['*://*.gov.cn/*', '*://*.edu.cn/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const session = new PageSession(window, isOwnUi);
    const stops = [
      onTrustedMessage('page:summary', () => session.summary()),
      onTrustedMessage('page:analyze', () => session.analyze({ asked: true })),
      onTrustedMessage('page:openPanel', () => session.setPanelOpen(true)),
      onTrustedMessage('page:clipSelection', () => session.clipSelection()),
      onTrustedMessage('page:reveal', ({ data }) => session.revealClip(data.clipId)),
      onTrustedMessage('page:startCheck', () => session.openCheck()),
    ];
    const ui = await createShadowRootUi(ctx, {
      name: UI_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        render(h(ContentApp, { store: session.store, actions: session }), container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    // The UI goes on the page once it has something to show: a skipped page gets none.
    const showsSomething = (state: ContentState) =>
      (state.status !== 'idle' && state.status !== 'skipped') || !!(state.card || state.toast || state.check);
    const stopWatchingState = session.store.subscribe((state) => {
      if (!ui.mounted && showsSomething(state)) ui.mount();
    });
    session.listenForPointer(document);
    ctx.onInvalidated(() => {
      stopWatchingState();
      for (const stop of stops) stop();
      session.destroy();
    });
    // Tests and benchmarks read the session from the isolated world.
    (globalThis as Record<string, unknown>).__rectificationLedgerSession = session;
    await session.start();
  },
});
