/**
 * Drives Debian's Firefox ESR with puppeteer-core over WebDriver BiDi, with
 * the Firefox build installed as a temporary add-on. `network.dns.forceResolve`
 * sends every host to 127.0.0.1, so fixture servers stand in for *.gov.cn.
 *
 * Extension pages cannot be navigated to over BiDi; tests reach the ledger
 * the way a user does, through the panel's 打开台账 button.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { RESULTS, ROOT, serveFixtures, type FixtureServer } from './harness';

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

export async function launchFirefox(): Promise<Browser> {
  const extensionDir = path.join(ROOT, '.output/firefox-mv2');
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error('No Firefox build in .output/firefox-mv2: run "npm run build:firefox" first.');
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'intl.locale.requested': 'zh-CN',
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
    },
  });
  await browser.installExtension(extensionDir);
  return browser;
}

/** Per test file: Firefox with the extension and a fixture server; screenshots kept on failure. */
export function useFirefox() {
  const state = {} as { browser: Browser; server: FixtureServer };
  beforeAll(async () => {
    state.server = await serveFixtures();
    state.browser = await launchFirefox();
  }, 90_000);
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !state.browser) return;
    mkdirSync(RESULTS, { recursive: true });
    const pages = await state.browser.pages();
    for (const [i, page] of pages.entries()) {
      const name = `firefox-${ctx.task.name}`.replace(/[^\w\u4e00-\u9fff-]+/g, '_').slice(0, 80);
      await page.screenshot({ path: path.join(RESULTS, `${name}-${i}.png`) }).catch(() => {});
    }
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}

/** Texts painted under a highlight name, read from the page's own world. */
export function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS
      .highlights;
    const highlight = registry?.get(n);
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  }, name);
}

export async function waitForHighlight(page: Page, name: string, timeout = 20_000): Promise<string[]> {
  const start = Date.now();
  for (;;) {
    const texts = await highlightTexts(page, name);
    if (texts.length) return texts;
    if (Date.now() - start > timeout) throw new Error(`no ${name} highlight in Firefox after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Viewport point on the first painted range containing `text`. */
export async function pointOnHighlight(
  page: Page,
  name: string,
  text: string,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (n, t) => {
      const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS
        .highlights;
      const range = [...(registry?.get(n) ?? [])].find((r) => r.toString().includes(t));
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + Math.min(12, rect.width / 2), y: rect.top + rect.height / 2 } : null;
    },
    name,
    text,
  );
  if (!point) throw new Error(`no ${name} highlight containing ${text}`);
  return point;
}

/**
 * Waits for an element of the extension's panel (in its shadow root). Polls:
 * puppeteer's own wait watches the document for mutations, and a change
 * inside a shadow root is not one of them.
 */
export async function waitInPanel(page: Page, selector: string, timeout = 30_000) {
  const started = Date.now();
  for (;;) {
    const element = await page.$(`pierce/${selector}`);
    if (element) return element;
    if (Date.now() - started > timeout)
      throw new Error(`${selector} did not appear in the panel within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Opens the ledger page through the panel, as a user does, and returns it. */
export async function openLedgerFrom(browser: Browser, page: Page): Promise<Page> {
  const before = new Set(await browser.pages());
  await (await waitInPanel(page, '[data-testid=rl-open-ledger]')).click();
  for (let attempt = 0; attempt < 100; attempt++) {
    const opened = (await browser.pages()).find((p) => !before.has(p));
    if (opened) {
      for (let i = 0; i < 100; i++) {
        const href = await opened.evaluate(() => location.href).catch(() => '');
        if (href.includes('ledger.html')) {
          await opened.waitForFunction(() => document.readyState === 'complete');
          return opened;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the ledger page did not open');
}
