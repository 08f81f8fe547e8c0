/** Reading what the extension painted, from the page's own (main) world, as tests outside the project do. */
import type { Frame, Page } from 'playwright-core';
import type { ExtensionSession } from './harness';

export type HighlightName =
  'rl-problem' | 'rl-commitment' | 'rl-pledge' | 'rl-progress' | 'rl-clipped' | 'rl-evidence' | 'rl-active';

/** The text of every range under a highlight name (Highlight API mode) or of every wrapper (wrap mode). */
export function highlightTexts(target: Page | Frame, name: HighlightName): Promise<string[]> {
  return target.evaluate((n) => {
    const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS
      .highlights;
    const highlight = registry?.get(n);
    if (highlight) return [...highlight].map((range) => range.toString());
    // Wrapping mode: adjacent marks of one item share a key.
    const byKey = new Map<string, string>();
    for (const mark of Array.from(document.querySelectorAll(`rl-mark[data-rl="${n}"]`))) {
      const key = mark.getAttribute('data-key') ?? '';
      byKey.set(key, (byKey.get(key) ?? '') + (mark.textContent ?? ''));
    }
    return [...byKey.values()];
  }, name);
}

/** Waits until the content script has painted something under `name`. */
export async function waitForHighlight(
  target: Page | Frame,
  name: HighlightName,
  timeout = 15_000,
): Promise<string[]> {
  const start = Date.now();
  for (;;) {
    const texts = await highlightTexts(target, name);
    if (texts.length > 0) return texts;
    if (Date.now() - start > timeout) throw new Error(`no ${name} highlight after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every highlighted text on the page, any name. */
export async function allHighlighted(target: Page | Frame): Promise<string[]> {
  const names: HighlightName[] = ['rl-problem', 'rl-commitment', 'rl-pledge', 'rl-progress', 'rl-clipped'];
  return (await Promise.all(names.map((n) => highlightTexts(target, n)))).flat();
}

/** Viewport centre of the first painted range containing `text`. */
export async function pointOnHighlight(
  page: Page,
  name: HighlightName,
  text: string,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([n, t]) => {
      const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS
        .highlights;
      const ranges = registry?.get(n) ? [...registry.get(n)!] : [];
      let rect: DOMRect | null = null;
      const range = ranges.find((r) => r.toString().includes(t));
      if (range) {
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        rect = range.getClientRects()[0] ?? null;
      } else {
        const mark = Array.from(document.querySelectorAll(`rl-mark[data-rl="${n}"]`)).find((m) =>
          (m.textContent ?? '').includes(t.slice(0, 4)),
        );
        mark?.scrollIntoView({ block: 'center' });
        rect = mark?.getClientRects()[0] ?? null;
      }
      return rect ? { x: rect.left + Math.min(12, rect.width / 2), y: rect.top + rect.height / 2 } : null;
    },
    [name, text] as const,
  );
  if (!point) throw new Error(`no ${name} highlight containing ${text}`);
  return point;
}

/** Selects `text` on the page as a user would, by a DOM range over its text nodes. */
export async function selectText(page: Page, text: string): Promise<void> {
  const ok = await page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(t);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + t.length);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return true;
      }
    }
    return false;
  }, text);
  if (!ok) throw new Error(`text not found on page: ${text}`);
}

/** The id of the tab showing `url` (for calling the background's handlers). */
export async function tabIdOf(session: ExtensionSession, url: string): Promise<number> {
  return session.worker!.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (!tab?.id) throw new Error(`no tab for ${u}`);
    return tab.id;
  }, url);
}

/** Calls the background's context-menu or shortcut handler, as the browser would. */
export async function fireBackgroundEvent(
  session: ExtensionSession,
  event: 'contextMenu' | 'command',
  tabId: number,
  command = 'clip-selection',
): Promise<void> {
  await session.worker!.evaluate(
    async ([e, id, c]) => {
      const events = (
        globalThis as unknown as {
          __rectificationLedgerEvents: {
            onContextMenuClicked(info: { menuItemId: string }, tab: { id: number }): Promise<void>;
            onCommand(command: string, tab: { id: number }): Promise<void>;
          };
        }
      ).__rectificationLedgerEvents;
      if (e === 'contextMenu') await events.onContextMenuClicked({ menuItemId: 'rl-clip-selection' }, { id });
      else await events.onCommand(c, { id });
    },
    [event, tabId, command] as const,
  );
}
