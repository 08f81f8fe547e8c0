/**
 * Runs a bench module (one that exports `run(env)`) inside a Chromium page:
 * the module is bundled with esbuild into one script, served from
 * 127.0.0.1 and called from the page, so it measures the browser's engine
 * and IndexedDB rather than Node's.
 */
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import path from 'node:path';
import { chromiumPath, serveFixtures } from '../../tests/e2e/harness';
import type { BenchRow } from './types';

const ROOT = path.resolve(import.meta.dirname, '../..');

async function bundle(modulePath: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { run } from ${JSON.stringify(modulePath)}; globalThis.__benchRun = run;`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome100',
    write: false,
    // Node-only branches (fake-indexeddb) are never taken in the page.
    external: ['fake-indexeddb', 'fake-indexeddb/*', 'node:*'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export async function launchBenchBrowser(): Promise<Browser> {
  const args = [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args });
}

/** Bundles `modulePath` (relative to the project root) and runs its `run('chromium')` in a fresh page. */
export async function runInChromium(browser: Browser, modulePath: string): Promise<BenchRow[]> {
  const script = await bundle(`./${modulePath}`);
  const server = await serveFixtures({
    '/bench.html': () => ({
      type: 'text/html; charset=utf-8',
      body: '<!doctype html><meta charset="utf-8"><title>bench</title><script src="/bench.js"></script>',
    }),
    '/bench.js': () => ({ type: 'text/javascript; charset=utf-8', body: script }),
  });
  const page = await browser.newPage();
  try {
    await page.goto(`http://127.0.0.1:${server.port}/bench.html`);
    return await page.evaluate(async () => {
      const run = (globalThis as unknown as { __benchRun: (env: string) => Promise<unknown> }).__benchRun;
      return (await run('chromium')) as never;
    });
  } finally {
    await page.close();
    await server.close();
  }
}
