import { describe, expect, it } from 'vitest';
import { useExtension } from './harness';
import { highlightTexts, waitForHighlight } from './page-helpers';

describe('checking a progress report against clipped measures', () => {
  const env = useExtension();

  it('clips the plan, checks the report, paints the evidence and keeps the history', async () => {
    const { session, server } = env;
    const source = await session.context.newPage();
    await source.goto(server.url('check-source.html'));
    await waitForHighlight(source, 'rl-commitment');
    await source.locator('[data-testid=rl-clip-all]').click();
    await source.locator('[data-testid=rl-toast]').waitFor();
    expect((await waitForHighlight(source, 'rl-clipped')).length).toBeGreaterThanOrEqual(6);
    await source.close();

    const report = await session.context.newPage();
    await report.goto(server.url('check-report.html', 'jyj.example.gov.cn'));
    await waitForHighlight(report, 'rl-progress');
    await report.locator('[data-testid=rl-check-open]').click();
    const caseSelect = report.locator('[data-testid=rl-check-case]');
    await caseSelect.waitFor();
    // The case is suggested from the report's inspected unit.
    await expect(caseSelect.locator('option:checked').textContent()).resolves.toContain('县教育局党组');
    await report.locator('[data-testid=rl-check-run]').click();
    const results = report.locator('[data-testid=rl-check-results] > li');
    await results.first().waitFor({ timeout: 20_000 });
    const statuses = await results.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    // Missing measures come first.
    expect(statuses[0]).toBe('missing');
    expect(statuses.filter((s) => s === 'reappears').length).toBeGreaterThanOrEqual(2);
    expect(statuses).toContain('partial');
    const missingText = await results.first().locator('.commitment').textContent();
    expect(missingText).toContain('干部选拔任用');

    const evidence = await highlightTexts(report, 'rl-evidence');
    expect(evidence.some((e) => e.includes('成立了由党组书记担任组长的巡察整改工作领导小组'))).toBe(true);
    expect(evidence.join('\n')).not.toContain('财务报销制度');
    expect(evidence.join('\n')).not.toContain('监督电话');

    // A click on a result marks its evidence on the page.
    await results.filter({ hasText: '签订师德承诺书' }).first().click();
    expect((await highlightTexts(report, 'rl-active')).some((t) => t.includes('签订师德承诺书'))).toBe(true);
    await report.locator('[data-testid=rl-toast]').waitFor();
    await report.close();

    // The ledger page shows the check in each measure's history.
    const ledger = await session.context.newPage();
    await ledger.goto(session.extensionUrl('ledger.html'));
    await ledger.getByText('干部选拔任用', { exact: false }).first().waitFor({ timeout: 10_000 });
    await expect(ledger.locator('body').textContent()).resolves.toMatch(/未体现/);
    await ledger.close();
  });
});
