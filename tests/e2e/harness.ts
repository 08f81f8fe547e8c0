/**
 * Drives the built extension in the system Chromium with playwright-core.
 * Fixture pages are served from 127.0.0.1; `--host-resolver-rules` makes
 * `*.gov.cn` and `*.edu.cn` resolve there, so the product's own host
 * permissions are exercised without any special case for localhost.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export const RESULTS = path.join(ROOT, 'test-results');

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface FixtureServer {
  port: number;
  /** URL of a fixture on a host that stands in for a government site. */
  url(file: string, host?: string): string;
  close(): Promise<void>;
}

/** Serves `tests/fixtures` (and any extra routes) on 127.0.0.1. */
export async function serveFixtures(
  routes: Record<string, () => { type: string; body: string | Buffer }> = {},
): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes[pathname];
    if (route) {
      const { type, body } = route();
      res.writeHead(200, { 'content-type': type });
      return res.end(body);
    }
    const file = path.join(FIXTURES, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(FIXTURES) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    // .html fixtures declare their own charset (some are GB18030), so no charset here.
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    url: (file, host = 'www.example.gov.cn') => `http://${host}:${port}/${file.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  worker: Worker | null;
  extensionUrl(pagePath: string): string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export type PaintMode = 'highlight-api' | 'wrap';

export interface LaunchOptions {
  /** Built extension folder; defaults to the MV3 build. */
  extensionDir?: string;
  /** Reuse a profile (to test that data survives a restart). */
  userDataDir?: string;
  /** 'wrap' forces the wrapping painter through the options page, as a user would. */
  paintMode?: PaintMode;
}

/** Launches Chromium with the built extension loaded and finds its id. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? path.join(ROOT, '.output/chrome-mv3');
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'rl-profile-'));
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--host-resolver-rules=MAP *.gov.cn 127.0.0.1, MAP *.edu.cn 127.0.0.1, MAP *.example.com 127.0.0.1',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--lang=zh-CN',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
    // Chromium on Linux takes its UI language (and so chrome.i18n's) from the environment;
    // LC_ALL keeps UTF-8 file names for Chinese downloads on machines without a zh_CN locale.
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN', LC_ALL: 'C.UTF-8' },
  });
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
  let worker: Worker | null = null;
  let extensionId: string;
  if (manifest.manifest_version === 3) {
    worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  } else {
    const page =
      context.backgroundPages()[0] ?? (await context.waitForEvent('backgroundpage', { timeout: 15_000 }));
    extensionId = new URL(page.url()).host;
  }
  const extensionUrl = (pagePath: string) =>
    `chrome-extension://${extensionId}/${pagePath.replace(/^\//, '')}`;
  if (options.paintMode === 'wrap') {
    const settings = await context.newPage();
    await settings.goto(extensionUrl('options.html'));
    await settings.locator('[data-testid=paint-wrap]').check();
    await settings.locator('[data-testid=options-message]').waitFor();
    await settings.close();
  }
  return {
    context,
    extensionId,
    userDataDir,
    worker,
    extensionUrl,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Keeps a screenshot of every open page under test-results/ (called when a test fails). */
export async function keepScreenshots(context: BrowserContext, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  const safe = name.replace(/[^\w\u4e00-\u9fff-]+/g, '_').slice(0, 80);
  let i = 0;
  for (const page of context.pages()) {
    await page
      .screenshot({ path: path.join(RESULTS, `${safe}-${i++}.png`), fullPage: false, timeout: 5_000 })
      .catch(() => {});
  }
}

/** Saves a screenshot for a human to look at (not only on failure). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

import { afterAll, afterEach, beforeAll } from 'vitest';

/**
 * Per test file: one browser with the extension, one fixture server, and a
 * screenshot of every open page kept when a test fails.
 */
export function useExtension(options: LaunchOptions = {}) {
  const state = {} as { session: ExtensionSession; server: FixtureServer };
  beforeAll(async () => {
    state.server = await serveFixtures();
    state.session = await launchExtension(options);
  }, 60_000);
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail' && state.session) {
      await keepScreenshots(state.session.context, `${ctx.task.file?.name ?? 'e2e'}-${ctx.task.name}`);
    }
  });
  afterAll(async () => {
    await state.session?.close();
    await state.server?.close();
  });
  return state;
}
