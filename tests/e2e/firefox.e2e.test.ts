import { describe, expect, it } from 'vitest';
import {
  highlightTexts,
  openLedgerFrom,
  pointOnHighlight,
  useFirefox,
  waitForHighlight,
  waitInPanel,
} from './firefox-harness';

const some = (texts: string[], part: string) => texts.some((t) => t.includes(part));

describe('Firefox ESR', () => {
  const env = useFirefox();

  it('highlights problems and measures, and no furniture', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('furniture-heavy.html'));
    expect(some(await waitForHighlight(page, 'rl-problem'), '食品安全抽检覆盖面不够广')).toBe(true);
    expect(some(await highlightTexts(page, 'rl-commitment'), '建立执法案卷月度评查制度')).toBe(true);
    const painted = (
      await Promise.all(
        ['rl-problem', 'rl-commitment', 'rl-pledge', 'rl-progress'].map((n) => highlightTexts(page, n)),
      )
    )
      .flat()
      .join('\n');
    expect(painted).not.toContain('关于食品安全监管不到位问题的通报');
    expect(painted).not.toContain('版权所有');
    await page.close();
  });

  it('clips from the card, re-highlights after a reload, and lists the clip in the ledger', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('notice-simple.html'));
    await waitForHighlight(page, 'rl-commitment');
    const point = await pointOnHighlight(page, 'rl-commitment', '成立以党组书记为组长');
    await page.mouse.click(point.x, point.y);
    await (await waitInPanel(page, '[data-testid=rl-card-clip]')).click();
    expect(some(await waitForHighlight(page, 'rl-clipped'), '成立以党组书记为组长')).toBe(true);
    await page.reload();
    expect(some(await waitForHighlight(page, 'rl-clipped'), '成立以党组书记为组长')).toBe(true);
    const ledger = await openLedgerFrom(env.browser, page);
    await ledger.waitForFunction(
      () => document.body.innerText.includes('成立以党组书记为组长的巡察整改工作领导小组'),
      {
        timeout: 15_000,
      },
    );
    await ledger.close();
    await page.close();
  });

  it('checks a progress report against clipped measures and paints the evidence', async () => {
    const source = await env.browser.newPage();
    await source.goto(env.server.url('check-source.html'));
    await waitForHighlight(source, 'rl-commitment');
    await (await waitInPanel(source, '[data-testid=rl-clip-all]')).click();
    await waitForHighlight(source, 'rl-clipped');
    await source.close();

    const report = await env.browser.newPage();
    await report.goto(env.server.url('check-report.html', 'jyj.example.gov.cn'));
    await waitForHighlight(report, 'rl-progress');
    await (await waitInPanel(report, '[data-testid=rl-check-open]')).click();
    await (await waitInPanel(report, '[data-testid=rl-check-run]')).click();
    await waitInPanel(report, '[data-testid=rl-check-results] > li');
    const statuses = await report.$$eval('pierce/[data-testid=rl-check-results] > li', (rows) =>
      rows.map((r) => r.getAttribute('data-status')),
    );
    expect(statuses[0]).toBe('missing');
    expect(statuses.filter((s) => s === 'reappears').length).toBeGreaterThanOrEqual(2);
    expect(some(await highlightTexts(report, 'rl-evidence'), '成立了由党组书记担任组长')).toBe(true);
    await report.close();
  });

  it('exports the ledger as CSV and JSON from the ledger page', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('pdf-pre.html'));
    await waitForHighlight(page, 'rl-commitment');
    await (await waitInPanel(page, '[data-testid=rl-clip-all]')).click();
    await waitForHighlight(page, 'rl-clipped');
    const ledger = await openLedgerFrom(env.browser, page);
    await ledger.waitForFunction(() => document.body.innerText.includes('召开党组专题会议'), {
      timeout: 15_000,
    });
    // Capture what the page hands to the browser's download machinery.
    await ledger.evaluate(() => {
      const original = URL.createObjectURL.bind(URL);
      const captured: Blob[] = [];
      (window as unknown as { __blobs: Blob[] }).__blobs = captured;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        captured.push(blob as Blob);
        return original(blob);
      };
    });
    const exportAs = async (format: string) => {
      await (await ledger.waitForSelector('[data-testid=open-export]'))!.click();
      await (await ledger.waitForSelector('[data-testid=scope-all]'))!.click();
      await (await ledger.waitForSelector(`[data-testid=format-${format}]`))!.click();
      const before = await ledger.evaluate(() => (window as unknown as { __blobs: Blob[] }).__blobs.length);
      await (await ledger.waitForSelector('[data-testid=export-run]'))!.click();
      await ledger.waitForFunction(
        (n) => (window as unknown as { __blobs: Blob[] }).__blobs.length > n,
        {},
        before,
      );
      return ledger.evaluate(async () => {
        const blobs = (window as unknown as { __blobs: Blob[] }).__blobs;
        const bytes = new Uint8Array(await blobs[blobs.length - 1].arrayBuffer());
        return { head: Array.from(bytes.slice(0, 3)), text: new TextDecoder().decode(bytes) };
      });
    };
    const csv = await exportAs('csv');
    expect(csv.head).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text).toContain('\r\n');
    expect(csv.text).toContain('召开党组专题会议');
    const json = await exportAs('json');
    const backup = JSON.parse(json.text);
    expect(backup.format).toBe('rectification-ledger-backup');
    expect(backup.tables.clips.length).toBeGreaterThan(0);
    await ledger.close();
    await page.close();
  });
});
