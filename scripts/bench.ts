/**
 * `npm run bench`: every speed target of the project, measured in one run,
 * in Node and in the system Chromium (and in the built extension where the
 * target is about the extension). Ratios are taken against baselines
 * measured in the same run, because absolute times vary between machines.
 *
 *   npm run bench [-- --only analyze,highlight] [-- --no-fail]
 *
 * Needs the MV3 build for the extension benches (`npm run build`). Prints a
 * table, writes bench-results/latest.json, and exits 1 when a target is missed
 * (unless --no-fail).
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { launchBenchBrowser, runInChromium } from './bench/in-chromium';
import type { BenchRow } from './bench/types';
import { ROOT } from '../tests/e2e/harness';

interface ModuleBench {
  name: string;
  /** A module exporting `run(env: 'node' | 'chromium')`. */
  module: string;
}

/** Engines that run the same in Node and in a Chromium page. */
const MODULES: ModuleBench[] = [
  { name: 'analyze', module: 'scripts/bench/analyze.ts' },
  { name: 'compare', module: 'scripts/bench/compare.ts' },
  { name: 'ledger', module: 'scripts/bench/ledger.ts' },
  { name: 'export', module: 'scripts/bench/export.ts' },
];

const args = process.argv.slice(2);
const only = (() => {
  const i = args.indexOf('--only');
  return i >= 0 ? new Set(args[i + 1].split(',')) : null;
})();
const wanted = (name: string) => !only || only.has(name);

function format(row: BenchRow): string {
  const value =
    row.unit === 'x'
      ? `${row.value.toFixed(1)}×`
      : `${row.value.toFixed(row.value < 10 ? 2 : 0)} ${row.unit}`;
  const baseline = row.baseline
    ? `  (baseline ${row.baseline.name}: ${row.baseline.value.toFixed(1)} ${row.baseline.unit})`
    : '';
  return `${row.pass ? 'PASS' : 'FAIL'}  ${row.env.padEnd(8)} ${row.name.padEnd(64)} ${value.padStart(12)}  target ${row.target}${baseline}`;
}

async function main(): Promise<number> {
  const rows: BenchRow[] = [];
  const report = (more: BenchRow[]) => {
    for (const row of more) console.log(format(row));
    rows.push(...more);
  };
  const failed = (name: string, env: BenchRow['env'], error: unknown): BenchRow => ({
    name: `${name}: ${(error as Error).message?.split('\n')[0] ?? String(error)}`,
    env,
    value: 0,
    unit: 'ms',
    target: 'runs',
    pass: false,
  });

  for (const bench of MODULES.filter((m) => wanted(m.name))) {
    try {
      const { run } = (await import(path.join(ROOT, bench.module))) as {
        run(env: 'node'): Promise<BenchRow[]>;
      };
      report(await run('node'));
    } catch (error) {
      report([failed(bench.name, 'node', error)]);
    }
  }

  const browser = await launchBenchBrowser();
  try {
    for (const bench of MODULES.filter((m) => wanted(m.name))) {
      try {
        report(await runInChromium(browser, bench.module));
      } catch (error) {
        report([failed(bench.name, 'chromium', error)]);
      }
    }
    const built = existsSync(path.join(ROOT, '.output/chrome-mv3/manifest.json'));
    if (wanted('highlight')) {
      if (!built)
        report([failed('highlight', 'chromium', new Error('no .output/chrome-mv3: run npm run build'))]);
      else {
        try {
          const { runHighlightBench } = await import('./bench/highlight');
          report(await runHighlightBench(browser));
        } catch (error) {
          report([failed('highlight', 'chromium', error)]);
        }
      }
    }
    if (wanted('ledger-page') && built) {
      try {
        const { runLedgerPageBench } = await import('./bench/ledger-page-runner');
        report(await runLedgerPageBench());
      } catch (error) {
        report([failed('ledger-page', 'chromium', error)]);
      }
    }
  } finally {
    await browser.close();
  }

  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    path.join(ROOT, 'bench-results/latest.json'),
    JSON.stringify({ when: new Date().toISOString(), rows }, null, 1),
  );
  const misses = rows.filter((r) => !r.pass);
  console.log(`\n${rows.length - misses.length} of ${rows.length} targets met.`);
  return misses.length && !args.includes('--no-fail') ? 1 : 0;
}

process.exitCode = await main();
