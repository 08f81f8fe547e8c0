/**
 * The ledger survives closing the browser: clips imported and edited in one
 * session are there when Chromium starts again with the same profile.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerFixtureBackup } from '../fixtures/ledger-fixture';
import { countText, importBackup, openLedgerPage } from '../fixtures/ledger-page';
import { launchExtension, serveFixtures, type ExtensionSession, type FixtureServer } from './harness';

describe('ledger page across browser restarts', () => {
  let server: FixtureServer;
  let profile = '';
  const sessions: ExtensionSession[] = [];

  beforeAll(async () => {
    server = await serveFixtures();
  });
  afterAll(async () => {
    for (const session of sessions) await session.close({ keepProfile: true }).catch(() => {});
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('keeps clips and edits after the browser is closed and opened again', async () => {
    const first = await launchExtension();
    sessions.push(first);
    profile = first.userDataDir;
    const page = await openLedgerPage(first);
    await importBackup(page, await ledgerFixtureBackup(`http://www.qingshan.gov.cn:${server.port}`));
    const owner = page.locator(
      '[data-testid=clip-row][data-clip-id="clip-edu-p-2"] [data-testid=clip-owner]',
    );
    await owner.click();
    await page.getByTestId('clip-owner-input').fill('后勤管理中心');
    await page.getByTestId('clip-owner-input').press('Enter');
    await expect.poll(() => owner.textContent()).toBe('后勤管理中心');
    await first.close({ keepProfile: true });

    const second = await launchExtension({ userDataDir: profile });
    sessions.push(second);
    const again = await openLedgerPage(second);
    await expect.poll(() => countText(again)).toBe('共 32 条');
    await expect(
      again
        .locator('[data-testid=clip-row][data-clip-id="clip-edu-p-2"] [data-testid=clip-owner]')
        .textContent(),
    ).resolves.toBe('后勤管理中心');
    await again.close();
  });
});
