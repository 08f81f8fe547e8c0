import { describe, expect, it } from 'vitest';
import { useExtension } from './harness';

describe('foundation: the built extension in Chromium', () => {
  const env = useExtension();

  it('runs the background service worker', async () => {
    const { session } = env;
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('ledger.html'));
    const status = await page.evaluate(() =>
      chrome.runtime.sendMessage({ id: 1, type: 'bg:status', timestamp: Date.now() }),
    );
    expect(status.res.manifestVersion).toBe(3);
    await page.close();
  });

  it('injects the content script on a government site and the popup reads it', async () => {
    const { session, server } = env;
    const article = await session.context.newPage();
    await article.goto(server.url('notice-simple.html'));
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    // The popup asks the active tab; make the article the active one again.
    // The content script starts analysing once it has read its settings: ask until it has.
    const summary = await popup.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: '*://*.gov.cn/*' });
      for (let attempt = 0; ; attempt++) {
        const reply = await chrome.tabs.sendMessage(tab.id!, {
          id: 2,
          type: 'page:summary',
          timestamp: Date.now(),
        });
        if (reply.res.status !== 'idle' || attempt === 100) return reply;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    expect(summary.res.title).toContain('巡察反馈意见整改');
    expect(summary.res.status).toMatch(/analyzing|ready/);
    await popup.close();
    await article.close();
  });

  it('shows the ledger page', async () => {
    const { session } = env;
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('ledger.html'));
    await expect(page.locator('h1').textContent()).resolves.toBe('整改台账');
    await page.close();
  });
});
