/**
 * Storage failures on the ledger page, provoked in the real browser:
 * - an upgrade held up by a page that keeps the old version of the database
 *   open: the page says to close other ledger pages, and carries on once
 *   that page lets go;
 * - a newer version taking the database over: the rows stay, with a banner,
 *   and a save that fails keeps what was typed;
 * - the disk filling up during an import: a clear message, and the ledger
 *   exactly as before (the import is one transaction).
 * Each test has a browser of its own: both change the database under the page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { toBackupJson } from '../../lib/export/backup';
import { syntheticTables } from '../../scripts/bench/ledger';
import { ledgerFixtureBackup } from '../fixtures/ledger-fixture';
import { countText, importBackup, openLedgerPage } from '../fixtures/ledger-page';
import { launchExtension, screenshot, type ExtensionSession } from './harness';

/**
 * Replaces the ledger database with a version-1 one (Dexie version 1 is IndexedDB version 10)
 * and keeps that connection open, like a ledger tab left open from before an update. Delete and
 * open are issued in the same task, so no other connection can slip in between.
 */
function holdOldVersion(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        indexedDB.deleteDatabase('rectification-ledger');
        const request = indexedDB.open('rectification-ledger', 10);
        request.addEventListener('upgradeneeded', () => {
          const db = request.result;
          const documents = db.createObjectStore('documents', { keyPath: 'id' });
          documents.createIndex('url', 'url', { unique: true });
          for (const key of ['site', 'role', 'firstSeen']) documents.createIndex(key, key);
          const clips = db.createObjectStore('clips', { keyPath: 'id' });
          clips.createIndex('documentId', 'documentId');
          clips.createIndex('[documentId+quoteHash]', ['documentId', 'quoteHash'], { unique: true });
          for (const key of ['kind', 'caseId', 'status', 'created', 'updated']) clips.createIndex(key, key);
          clips.createIndex('tags', 'tags', { multiEntry: true });
          db.createObjectStore('cases', { keyPath: 'id' }).createIndex('unit', 'unit');
          db.createObjectStore('settings', { keyPath: 'key' });
        });
        request.addEventListener('success', () => {
          (window as unknown as { oldLedger: IDBDatabase }).oldLedger = request.result;
          resolve();
        });
        request.addEventListener('error', () => reject(request.error));
      }),
  );
}

/** Whether this machine lets the test mount a small tmpfs (root with the capability to mount). */
function canMountTmpfs(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const dir = mkdtempSync(path.join(tmpdir(), 'rl-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('ledger page storage failures', () => {
  let session: ExtensionSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('asks to close other ledger pages while an old one blocks the upgrade, then opens', async () => {
    session = await launchExtension();
    const holder = await session.context.newPage();
    await holder.goto(session.extensionUrl('popup.html'));
    await holdOldVersion(holder);

    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('ledger.html'));
    // Whichever connection IndexedDB tells (this page: blocked; the background: this page waits).
    const notice = page.locator('[data-testid=ledger-fatal], [data-testid=ledger-waiting]');
    await expect.poll(() => notice.textContent(), { timeout: 15_000 }).toContain('请关闭其他整改台账页面');
    await expect(notice.textContent()).resolves.toContain('已保存的数据不受影响');
    await screenshot(page, 'ledger-blocked');

    await holder.evaluate(() => (window as unknown as { oldLedger: IDBDatabase }).oldLedger.close());
    const retry = page.getByRole('button', { name: '重试' });
    if (await retry.count()) await retry.click();
    await page.getByTestId('ledger-empty').waitFor({ timeout: 15_000 });
  });

  it('keeps the rows and the text being typed when a newer version takes the database over', async () => {
    session = await launchExtension();
    const page = await openLedgerPage(session);
    await importBackup(page, await ledgerFixtureBackup());
    // A newer build opens the database at a higher version: this page's connection closes itself.
    const newer = await session.context.newPage();
    await newer.goto(session.extensionUrl('popup.html'));
    await newer.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('rectification-ledger', 990);
          request.addEventListener('success', () => {
            request.result.close();
            resolve();
          });
          request.addEventListener('error', () => reject(request.error));
        }),
    );
    await newer.close();
    await page.bringToFront();
    await expect
      .poll(() => page.getByTestId('ledger-banner').textContent(), { timeout: 10_000 })
      .toContain('台账已被新版本升级，请刷新本页面');
    // Saving now fails with the same message; what was typed stays in the field.
    const row = page.locator('[data-testid=clip-row][data-clip-id="clip-edu-p-1"]');
    await row.getByTestId('clip-owner').click();
    await page.getByTestId('clip-owner-input').fill('局党组书记');
    await page.getByTestId('clip-owner-input').press('Enter');
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('请刷新本页面');
    await expect(page.getByTestId('clip-owner-input').inputValue()).resolves.toBe('局党组书记');
    await expect(page.locator('[data-testid=clip-row]').count()).resolves.toBeGreaterThan(3);
    await screenshot(page, 'ledger-closed-by-upgrade');
  });

  // With `unlimitedStorage` Chromium enforces no quota (an override via DevTools is ignored): the
  // real failure is a full disk. The profile lives on a 12 MB tmpfs, so 10,000 more clips cannot fit.
  it.skipIf(!canMountTmpfs())(
    'reports a full disk during an import and leaves the ledger as it was',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'rl-full-disk-'));
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=12m', 'tmpfs', dir]);
      // Room the user can free afterwards (clearing other storage), deleted after the failure.
      const ballast = path.join(dir, 'ballast');
      writeFileSync(ballast, Buffer.alloc(2 * 1024 * 1024));
      try {
        session = await launchExtension({ userDataDir: dir });
        const page = await openLedgerPage(session);
        await importBackup(page, await ledgerFixtureBackup());
        await expect.poll(() => countText(page)).toBe('共 32 条');

        await page.getByTestId('open-import').click();
        await page.getByTestId('import-file').setInputFiles({
          name: 'more.json',
          mimeType: 'application/json',
          buffer: Buffer.from(await toBackupJson(syntheticTables(10_000))),
        });
        await page.getByTestId('import-preview').waitFor();
        await page.getByTestId('import-run').click();
        const outcome = page.locator('[data-testid=import-error], [data-testid=import-done]');
        await outcome
          .first()
          .waitFor({ timeout: 90_000 })
          .catch(() => {});
        await screenshot(page, 'ledger-disk-full');
        await expect(outcome.first().textContent()).resolves.toContain('未保存');
        const error = page.getByTestId('import-error');
        await expect(error.textContent()).resolves.toContain('台账未做任何修改');
        await page.keyboard.press('Escape');
        await expect(countText(page)).resolves.toBe('共 32 条');
        await page.reload();
        // The failed writes may still fill the disk, and then the ledger cannot open: the page
        // says storage is full and saved data is safe, and offers to retry. Once the user has
        // freed some room, retrying opens the ledger as it was.
        const fatal = page.getByTestId('ledger-fatal');
        await expect
          .poll(
            async () => {
              if (await fatal.isVisible()) {
                expect(await fatal.textContent()).toContain('存储空间不足');
                rmSync(ballast, { force: true });
                await fatal.getByRole('button').click();
                return 'retried';
              }
              return (await page.getByTestId('match-count').count()) > 0 ? countText(page) : 'opening';
            },
            { timeout: 30_000 },
          )
          .toBe('共 32 条');
        await session.close({ keepProfile: true });
        session = null;
      } finally {
        await session?.close({ keepProfile: true });
        session = null;
        execFileSync('umount', ['-l', dir]);
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
