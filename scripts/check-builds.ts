/**
 * Fails when a build's JavaScript uses syntax or built-ins newer than the
 * oldest kernel it is meant for (es-check, with feature detection), or a
 * browser API those kernels lack that es-check does not know about.
 *
 *   chrome-mv2   Chromium 86 (360安全浏览器 13, Windows 7)
 *   chrome-mv3   Chromium 88
 *   firefox-mv2  Firefox ESR 115
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILDS: Record<string, string> = {
  'chrome-mv2': 'chrome 86',
  'chrome-mv3': 'chrome 88',
  'firefox-mv2': 'firefox 115',
};
/** Web APIs newer than those kernels; the code must not use them (or only behind a guard, named here). */
const UNGUARDED_APIS = [/\bstructuredClone\(/, /\bIntl\.Segmenter\b/, /\bsidePanel\./];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.js') ? [full] : [];
  });
}

let failed = false;
for (const [build, query] of Object.entries(BUILDS)) {
  const dir = path.join(ROOT, '.output', build);
  if (!existsSync(dir)) {
    console.error(`check-builds: ${build} is not built (npm run build:all)`);
    failed = true;
    continue;
  }
  try {
    execFileSync(
      path.join(ROOT, 'node_modules/.bin/es-check'),
      [
        'checkBrowser',
        `${dir}/**/*.js`,
        '--module',
        '--checkFeatures',
        `--browserslistQuery=${query}`,
        '--quiet',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    console.log(`check-builds: ${build} fits ${query}`);
  } catch (error) {
    const output = `${(error as { stdout?: Buffer }).stdout ?? ''}${(error as { stderr?: Buffer }).stderr ?? ''}`;
    console.error(
      `check-builds: ${build} uses something ${query} lacks:\n${output
        .split('\n')
        .filter((l) => !/^\s+at /.test(l))
        .join('\n')}`,
    );
    failed = true;
  }
  for (const file of files(dir)) {
    const source = readFileSync(file, 'utf8');
    for (const api of UNGUARDED_APIS) {
      if (api.test(source)) {
        console.error(`check-builds: ${path.relative(ROOT, file)} uses ${api.source}, which ${query} lacks`);
        failed = true;
      }
    }
  }
}
process.exitCode = failed ? 1 : 0;
