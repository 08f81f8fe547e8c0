import { describe, expect, it } from 'vitest';
import { useExtension } from './harness';
import { pointOnHighlight, tabIdOf, waitForHighlight } from './page-helpers';

describe('the popup', () => {
  const env = useExtension();

  it('shows what was found on the page, the latest clips, and finds them in either script', async () => {
    const { session, server } = env;
    const page = await session.context.newPage();
    const url = server.url('notice-simple.html');
    await page.goto(url);
    await waitForHighlight(page, 'rl-commitment');
    const point = await pointOnHighlight(page, 'rl-commitment', '成立以党组书记为组长');
    await page.mouse.click(point.x, point.y);
    await page.locator('[data-testid=rl-card-clip]').click();
    await waitForHighlight(page, 'rl-clipped');

    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl(`popup.html?tab=${await tabIdOf(session, url)}`));
    const counts = popup.locator('[data-testid=page-counts]');
    await counts.waitFor();
    await expect(counts.locator('li[data-kind=problem] strong').textContent()).resolves.toBe('3');
    await expect(popup.locator('.clipped').textContent()).resolves.toContain('1');
    const clips = popup.locator('[data-testid=popup-clips]');
    await expect(clips.textContent()).resolves.toContain('成立以党组书记为组长的巡察整改工作领导小组');
    // Search ignores Traditional/Simplified and punctuation.
    await popup.locator('[data-testid=popup-search]').fill('巡察整改工作領導小組');
    await popup.waitForFunction(() =>
      document.querySelector('[data-testid=popup-clips]')?.textContent?.includes('领导小组'),
    );
    await popup.locator('[data-testid=popup-search]').fill('不存在的内容甲乙丙');
    await popup.getByText('没有找到匹配的条目').waitFor();
    // "Open panel" reaches the page.
    await popup.locator('[data-testid=popup-open-panel]').click();
    await page.locator('[data-testid=rl-panel]').waitFor();
    await page.close();
  });

  it('leaves a page about something else alone until asked, then analyses it', async () => {
    const { session, server } = env;
    const page = await session.context.newPage();
    const url = server.url('nothing-to-find.html');
    await page.goto(url);
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl(`popup.html?tab=${await tabIdOf(session, url)}`));
    // The content script may still be reading the page: reload the popup until it says so.
    for (let attempt = 0; attempt < 40; attempt++) {
      if (await popup.locator('[data-testid=page-skipped]').count()) break;
      await popup.waitForTimeout(100);
      await popup.reload();
    }
    await expect(popup.locator('[data-testid=page-skipped]').textContent()).resolves.toContain('未自动分析');
    // Nothing of the extension's was put on the page.
    expect(await page.locator('rl-ui').count()).toBe(0);
    await popup.locator('[data-testid=popup-analyze]').click();
    await page.locator('rl-ui [data-testid=rl-meta]').waitFor();
    await page.waitForFunction(
      () => !document.querySelector('rl-ui')?.shadowRoot?.querySelector('[data-testid=rl-progress]'),
    );
    expect(await page.locator('rl-ui [data-testid=rl-skipped]').count()).toBe(0);
    await page.close();
  });

  it('says when a page cannot be analysed', async () => {
    const popup = await env.session.context.newPage();
    await popup.goto(env.session.extensionUrl('popup.html'));
    await popup.getByText('此页面无法分析').waitFor();
    await popup.close();
  });
});
