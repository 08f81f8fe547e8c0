import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const manifest = (build: string) =>
  JSON.parse(readFileSync(path.join(ROOT, '.output', build, 'manifest.json'), 'utf8'));

describe('the builds', () => {
  it('Firefox build passes web-ext lint without errors', () => {
    const out = execFileSync(
      path.join(ROOT, 'node_modules/.bin/web-ext'),
      [
        'lint',
        '--source-dir',
        path.join(ROOT, '.output/firefox-mv2'),
        '--output',
        'json',
        '--no-config-discovery',
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`)).toEqual(
      [],
    );
  }, 120_000);

  it('every build only uses what its oldest kernel supports', () => {
    // Throws (and prints what is wrong) when es-check finds newer syntax or built-ins.
    execFileSync('npx', ['tsx', path.join(ROOT, 'scripts/check-builds.ts')], { cwd: ROOT, stdio: 'pipe' });
  }, 120_000);

  it('keeps the injected content script within its 200 KB budget', () => {
    // The budget of the issue "Highlight findings" (also a row of npm run bench): the
    // script is parsed on every government page, so the lexicon and tables ship compact.
    const kb = statSync(path.join(ROOT, '.output/chrome-mv3/content-scripts/content.js')).size / 1024;
    expect(kb).toBeLessThanOrEqual(200);
  });

  it('each Chrome build declares the kernel it needs', () => {
    expect(manifest('chrome-mv3').minimum_chrome_version).toBe('88');
    expect(manifest('chrome-mv2').minimum_chrome_version).toBe('86');
    expect(manifest('chrome-mv2').permissions).not.toContain('scripting');
    expect(manifest('firefox-mv2').browser_specific_settings.gecko.strict_min_version).toBe('115.0');
  });

  it('asks at install only for government and education sites', () => {
    const mv3 = manifest('chrome-mv3');
    expect(mv3.host_permissions.sort()).toEqual(['*://*.edu.cn/*', '*://*.gov.cn/*']);
    expect(mv3.optional_host_permissions).toEqual(['*://*/*']);
    expect(mv3.content_scripts[0].matches.sort()).toEqual(['*://*.edu.cn/*', '*://*.gov.cn/*']);
  });
});
