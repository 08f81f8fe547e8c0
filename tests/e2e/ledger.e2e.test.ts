/**
 * The ledger page in Chromium with the built extension: import, grouping,
 * search, filters, inline edits, bulk actions with undo, checks and
 * overrides, cases, exports, refused imports, hostile clip text, opening a
 * source. Every test seeds the same fixture ledger
 * (tests/fixtures/ledger-fixture.ts) through the page's own import dialog,
 * in "replace" mode, so tests do not depend on each other.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readBackup } from '../../lib/import/read-backup';
import {
  FIXTURE_CASE_LABELS,
  FIXTURE_IDS,
  HOSTILE_TEXT,
  ledgerFixtureBackup,
} from '../fixtures/ledger-fixture';
import { countText, importBackup, openLedgerPage, renderedClipIds } from '../fixtures/ledger-page';
import { screenshot, useExtension } from './harness';

const FIXTURE_CLIPS = 32;

// Chromium names downloads in the file system's charset; without a UTF-8 locale (this container
// has only C.UTF-8) Chinese file names become "download". Set before the browser is launched.
process.env.LC_ALL = 'C.UTF-8';

const row = (page: Page, clipId: string) => page.locator(`[data-testid=clip-row][data-clip-id="${clipId}"]`);

async function search(page: Page, text: string): Promise<void> {
  await page.getByTestId('search').fill(text);
}

describe('ledger page', () => {
  const env = useExtension();
  const origin = () => `http://www.qingshan.gov.cn:${env.server.port}`;

  /** A page showing exactly the fixture ledger. */
  async function seededPage(options: { tall?: boolean } = {}): Promise<Page> {
    const page = await openLedgerPage(env.session);
    // Tall enough for every fixture row to be rendered by the virtualised list.
    if (options.tall) await page.setViewportSize({ width: 1280, height: 3600 });
    await importBackup(page, await ledgerFixtureBackup(origin()));
    await expect.poll(() => countText(page)).toBe(`共 ${FIXTURE_CLIPS} 条`);
    return page;
  }

  it('explains how to clip when the ledger is empty', async () => {
    const page = await openLedgerPage(env.session);
    await expect(page.getByTestId('ledger-empty').textContent()).resolves.toContain('剪藏到整改台账');
    await expect(page.locator('h1').textContent()).resolves.toBe('整改台账');
    await expect(page.getByTestId('local-only').textContent()).resolves.toContain('数据仅保存在本机');
    await screenshot(page, 'ledger-empty');
    await page.close();
  });

  it('imports a backup and shows it grouped by case, then source document, with case summaries', async () => {
    const page = await openLedgerPage(env.session);
    await page.setViewportSize({ width: 1280, height: 3600 });
    const message = await importBackup(page, await ledgerFixtureBackup(origin()), 'merge');
    expect(message).toContain('条目 32 条');
    await expect.poll(() => countText(page)).toBe('共 32 条');

    // Cases in Chinese (pinyin) order — 教育 jiao, 农业 nong, 卫生 wei — and clips without a case last.
    const cases = await page.$$eval('[data-testid=case-title]', (els) => els.map((e) => e.textContent));
    expect(cases).toEqual([
      FIXTURE_CASE_LABELS.edu,
      FIXTURE_CASE_LABELS.agri,
      FIXTURE_CASE_LABELS.health,
      '未归类',
    ]);
    // Within a case: documents by date (feedback, then plan), clips in page order.
    const order = await page.$$eval(
      '[data-testid=case-header], [data-testid=doc-header], [data-testid=clip-row]',
      (els) =>
        els.map(
          (e) =>
            e.getAttribute('data-case-id') ??
            e.getAttribute('data-document-id') ??
            e.getAttribute('data-clip-id'),
        ),
    );
    expect(order.slice(0, 4)).toEqual([
      FIXTURE_IDS.caseEdu,
      FIXTURE_IDS.docEduFeedback,
      'clip-edu-p-1',
      'clip-edu-p-2',
    ]);
    expect(order.indexOf(FIXTURE_IDS.docEduPlan)).toBe(order.indexOf('clip-edu-p-5') + 1);
    expect(await renderedClipIds(page)).toHaveLength(FIXTURE_CLIPS);

    // Problems in the 问题 column, measures in 整改措施; 序号 counts within the case.
    await expect(row(page, 'clip-edu-p-1').locator('.lp-cell-problem').textContent()).resolves.toContain(
      '落实全面从严治党主体责任不够到位',
    );
    await expect(row(page, 'clip-edu-m-1').locator('.lp-cell-measure').textContent()).resolves.toContain(
      '全覆盖约谈',
    );
    await expect(row(page, 'clip-edu-m-1').locator('.lp-cell-seq').textContent()).resolves.toBe('6');
    await expect(row(page, 'clip-edu-m-9').locator('.lp-kind').textContent()).resolves.toBe('表态');

    // The source of each group: title, publishing unit, date, link.
    const eduPlan = page.locator(`[data-testid=doc-header][data-document-id=${FIXTURE_IDS.docEduPlan}]`);
    await expect(eduPlan.textContent()).resolves.toContain('整改工作方案');
    await expect(eduPlan.textContent()).resolves.toContain('2024-04-08');
    await expect(eduPlan.getByTestId('doc-link').getAttribute('href')).resolves.toBe(
      `${origin()}/xcgz/2024/0408/edu-plan.html`,
    );

    // Case summaries: the latest report counts, the override included.
    const eduSummary = page.locator(`[data-testid=case-header][data-case-id=${FIXTURE_IDS.caseEdu}]`);
    await expect(eduSummary.getByTestId('case-summary-text').textContent()).resolves.toBe(
      '8 项措施：6 项已体现，1 项部分体现，1 项未体现',
    );
    await expect(eduSummary.textContent()).resolves.toContain('1 项为人工修改');
    const health = page.locator(`[data-testid=case-header][data-case-id=${FIXTURE_IDS.caseHealth}]`);
    await expect(health.getByTestId('case-summary-text').textContent()).resolves.toBe(
      '6 项措施：2 项已体现，2 项部分体现，2 项未体现',
    );

    // The timeline of a commitment: one dot per report, the override marked.
    const overridden = row(page, 'clip-edu-m-5').getByTestId('clip-status');
    await expect(overridden.textContent()).resolves.toContain('部分体现人工修改');
    await expect(overridden.locator('.lp-mini-point').count()).resolves.toBe(2);
    await page.setViewportSize({ width: 1280, height: 860 });
    await screenshot(page, 'ledger-table');
    await page.close();
  });

  it('searches ignoring Traditional/Simplified and punctuation, and filters by kind and case', async () => {
    const page = await seededPage();
    await search(page, '集中採購');
    await expect.poll(() => renderedClipIds(page)).toEqual(['clip-edu-m-2']);
    await expect(countText(page)).resolves.toBe('筛选出 1 条（共 32 条）');
    await search(page, '全覆盖 检查');
    await expect.poll(() => renderedClipIds(page)).toEqual(['clip-notice-2']);
    await search(page, '没有这样的条目');
    await page.getByTestId('no-match').waitFor();
    await search(page, '');
    await expect.poll(() => countText(page)).toBe('共 32 条');

    await page.getByTestId('filter-kind-problem').click();
    await expect.poll(() => countText(page)).toBe('筛选出 10 条（共 32 条）');
    await page.getByTestId('filter-case').selectOption(FIXTURE_IDS.caseHealth);
    await expect
      .poll(() => renderedClipIds(page))
      .toEqual(['clip-health-p-1', 'clip-health-p-2', 'clip-health-p-3', 'clip-health-p-4']);
    await page.getByTestId('filter-kind-problem').click();
    await page.getByTestId('filter-check').selectOption('missing');
    await expect.poll(() => renderedClipIds(page)).toEqual(['clip-health-m-3', 'clip-health-m-5']);
    await page.getByTestId('filter-case').selectOption('-');
    await expect.poll(() => countText(page)).toBe('筛选出 0 条（共 32 条）');
    await page.getByTestId('filter-check').selectOption('');
    await expect.poll(() => renderedClipIds(page)).toEqual(['clip-notice-1', 'clip-notice-2']);
    await page.getByTestId('filter-clear').click();
    await page.getByTestId('filter-tag').selectOption('群众身边');
    await expect.poll(() => countText(page)).toBe('筛选出 3 条（共 32 条）');
    await page.getByTestId('filter-clear').click();
    await page.getByTestId('filter-from').fill('2099-01-01');
    await page.getByTestId('no-match').waitFor();
    await page.close();
  });

  it('saves inline edits, and they survive a reload', async () => {
    const page = await seededPage();
    const problem = row(page, 'clip-edu-p-1');
    await problem.getByTestId('clip-owner').click();
    await problem.getByTestId('clip-owner-input').fill('局党组、各学校党组织');
    await problem.getByTestId('clip-owner-input').press('Enter');
    await expect.poll(() => problem.getByTestId('clip-owner').textContent()).toBe('局党组、各学校党组织');

    await problem.getByTestId('clip-deadline').click();
    await problem.getByTestId('clip-deadline-input').fill('2024年12月底前');
    await problem.getByTestId('clip-deadline-input').press('Enter');

    // A text correction keeps the clipped original.
    await problem.getByTestId('clip-text').dblclick();
    await problem.getByTestId('clip-text-input').fill('落实全面从严治党主体责任不到位（已核实）。');
    await problem.getByTestId('clip-text-input').press('Control+Enter');
    await expect
      .poll(() => problem.getByTestId('clip-text').textContent())
      .toBe('落实全面从严治党主体责任不到位（已核实）。');

    await problem.getByTestId('toggle-details').click();
    const details = problem.getByTestId('row-details');
    await details.getByTestId('detail-note').click();
    await details.getByTestId('detail-note-input').fill('需在年底前专题复查');
    await details.getByTestId('detail-note-input').press('Control+Enter');
    await details.getByTestId('tag-input').fill('督办');
    await details.getByTestId('tag-input').press('Enter');
    await expect.poll(() => problem.getByTestId('clip-tag').allTextContents()).toEqual(['重点', '督办']);
    await details.getByTestId('detail-status').selectOption('done');
    await expect(details.textContent()).resolves.toContain('剪藏时原文');

    // Kind and case of another clip: the pledge becomes a commitment of the health case.
    await search(page, '钉钉子精神');
    const pledge = row(page, 'clip-edu-m-9');
    await pledge.getByTestId('toggle-details').click();
    await pledge.getByTestId('detail-kind').selectOption('commitment');
    await pledge.getByTestId('detail-case').selectOption(FIXTURE_IDS.caseHealth);
    await expect
      .poll(() => page.locator('[data-testid=case-title]').allTextContents())
      .toEqual([FIXTURE_CASE_LABELS.health]);
    await search(page, '');
    await screenshot(page, 'ledger-edit');

    await page.reload();
    await page.getByTestId('ledger-table').waitFor();
    const again = row(page, 'clip-edu-p-1');
    await expect(again.getByTestId('clip-owner').textContent()).resolves.toBe('局党组、各学校党组织');
    await expect(again.getByTestId('clip-deadline').textContent()).resolves.toBe('2024年12月底前');
    await expect(again.getByTestId('clip-text').textContent()).resolves.toBe(
      '落实全面从严治党主体责任不到位（已核实）。',
    );
    await expect(again.getByTestId('clip-note').textContent()).resolves.toBe('备注：需在年底前专题复查');
    await expect(again.getByTestId('clip-tag').allTextContents()).resolves.toEqual(['重点', '督办']);
    await page.getByTestId('filter-case').selectOption(FIXTURE_IDS.caseHealth);
    await page.getByTestId('filter-kind-commitment').click();
    await expect.poll(() => renderedClipIds(page)).toContain('clip-edu-m-9');
    await expect(row(page, 'clip-edu-m-9').locator('.lp-kind').count()).resolves.toBe(0);
    await page.close();
  });

  it('deletes, tags and assigns selected rows in bulk, each with undo', async () => {
    const page = await seededPage();
    await row(page, 'clip-edu-p-1').getByTestId('row-select').check();
    await row(page, 'clip-edu-p-2').getByTestId('row-select').check();
    await expect(page.getByTestId('bulk-count').textContent()).resolves.toBe('已选 2 条');

    await page.getByTestId('bulk-tag-input').fill('年度复查');
    await page.getByTestId('bulk-tag').click();
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('已为 2 条加上标签“年度复查”');
    await expect(row(page, 'clip-edu-p-1').getByTestId('clip-tag').allTextContents()).resolves.toContain(
      '年度复查',
    );
    await page.getByTestId('toast-undo').click();
    await expect
      .poll(() => row(page, 'clip-edu-p-1').getByTestId('clip-tag').allTextContents())
      .toEqual(['重点']);

    await page.getByTestId('bulk-assign').selectOption(FIXTURE_IDS.caseAgri);
    await expect
      .poll(() => page.getByTestId('toast').textContent())
      .toContain(`已将 2 条归入“${FIXTURE_CASE_LABELS.agri}”`);
    await page.getByTestId('filter-case').selectOption(FIXTURE_IDS.caseAgri);
    await expect.poll(() => renderedClipIds(page)).toContain('clip-edu-p-1');
    await page.getByTestId('toast-undo').click();
    await expect.poll(() => renderedClipIds(page)).not.toContain('clip-edu-p-1');
    await page.getByTestId('filter-clear').click();

    await page.getByTestId('bulk-delete').click();
    await expect.poll(() => countText(page)).toBe('共 30 条');
    await expect(row(page, 'clip-edu-p-1').count()).resolves.toBe(0);
    await expect(page.getByTestId('toast').textContent()).resolves.toContain('已删除 2 条');
    await screenshot(page, 'ledger-undo-toast');
    await page.getByTestId('toast-undo').click();
    await expect.poll(() => countText(page)).toBe('共 32 条');
    await expect(row(page, 'clip-edu-p-1').count()).resolves.toBe(1);

    // Select everything the filter shows.
    await page.getByTestId('filter-kind-progress').click();
    await page.getByTestId('select-all').check();
    await expect(page.getByTestId('bulk-count').textContent()).resolves.toBe('已选 2 条');
    await page.close();
  });

  it('creates, renames and deletes cases; a new case can take the selection', async () => {
    const page = await seededPage({ tall: true });
    await row(page, 'clip-notice-2').getByTestId('row-select').check();
    await page.getByTestId('bulk-assign').selectOption('+new');
    const dialog = page.getByTestId('case-dialog');
    await dialog.getByTestId('case-unit').fill('县财政局党组');
    await dialog.getByTestId('case-round').fill('2024年第二轮巡察');
    await dialog.getByTestId('case-save').click();
    const created = page.locator('[data-testid=case-title]', { hasText: '县财政局党组 · 2024年第二轮巡察' });
    await created.waitFor();
    const header = page.locator('[data-testid=case-header]', { has: created });
    await expect.poll(() => header.textContent()).toContain('1 条');
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('已将 1 条归入');

    await header.getByTestId('case-edit').click();
    await dialog.getByTestId('case-unit').fill('县财政局');
    await dialog.getByTestId('case-save').click();
    await page.locator('[data-testid=case-title]', { hasText: '县财政局 · 2024年第二轮巡察' }).waitFor();

    await page
      .locator('[data-testid=case-header]', { hasText: '县财政局 · 2024年第二轮巡察' })
      .getByTestId('case-edit')
      .click();
    await dialog.getByTestId('case-delete').click();
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('已删除巡察');
    await expect(page.locator('[data-testid=case-title]', { hasText: '县财政局' }).count()).resolves.toBe(0);
    await page.getByTestId('toast-undo').click();
    await page.locator('[data-testid=case-title]', { hasText: '县财政局 · 2024年第二轮巡察' }).waitFor();
    await page.close();
  });

  it('overrides a check result; the timeline marks it and the summary counts it', async () => {
    const page = await seededPage({ tall: true });
    const measure = row(page, 'clip-edu-m-8');
    await expect(measure.getByTestId('clip-status').textContent()).resolves.toContain('未体现');
    await measure.getByTestId('toggle-details').click();
    const entries = measure.getByTestId('timeline-entry');
    await expect(entries.count()).resolves.toBe(2);
    await entries.first().getByTestId('override-open').click();
    const form = measure.getByTestId('override-form');
    await form.getByText('部分体现').click();
    await form.getByRole('textbox').fill('已制定决策事项清单，尚未全系统公开');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => measure.getByTestId('clip-status').textContent()).toContain('部分体现人工修改');
    await expect(entries.first().textContent()).resolves.toContain('已制定决策事项清单');
    const summary = page
      .locator(`[data-testid=case-header][data-case-id=${FIXTURE_IDS.caseEdu}]`)
      .getByTestId('case-summary-text');
    await expect(summary.textContent()).resolves.toBe('8 项措施：6 项已体现，2 项部分体现，0 项未体现');
    await page.setViewportSize({ width: 1280, height: 860 });
    await measure.getByTestId('row-details').scrollIntoViewIfNeeded();
    await screenshot(page, 'ledger-timeline-override');
    await page.setViewportSize({ width: 1280, height: 3600 });

    // Export shows the override as such (the data layer writes it; the page passes it on).
    await page.getByRole('button', { name: '恢复系统判定' }).click();
    await expect.poll(() => summary.textContent()).toBe('8 项措施：6 项已体现，1 项部分体现，1 项未体现');
    await page.close();
  });

  it('exports the ledger, a case and the selection in every format', async () => {
    const page = await seededPage();
    const exportAs = async (format: string, scope: 'all' | 'case' | 'selection') => {
      await page.getByTestId('open-export').click();
      const dialog = page.getByTestId('export-dialog');
      await dialog.getByTestId(`scope-${scope}`).check();
      await dialog.getByTestId(`format-${format}`).check();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByTestId('export-run').click(),
      ]);
      const file = await download.path();
      if (!file) throw new Error('download failed');
      await expect
        .poll(() => page.getByTestId('toast').textContent())
        .toContain(download.suggestedFilename());
      return { name: download.suggestedFilename(), bytes: readFileSync(file) };
    };

    const csv = await exportAs('csv', 'all');
    expect(csv.name).toMatch(/^整改台账-全部-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvText = csv.bytes.toString('utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    expect(csvText.split('\r\n')[0]).toContain('序号,类型,所属巡察,问题,整改措施');
    expect(csvText.split('\r\n').filter(Boolean)).toHaveLength(FIXTURE_CLIPS + 1);

    const xlsx = await exportAs('xlsx', 'all');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheets = workbook.worksheets.map((s) => s.name);
    expect(sheets.length).toBeGreaterThanOrEqual(4);
    const cells: string[] = [];
    workbook.worksheets.forEach((sheet) => sheet.eachRow((r) => cells.push(JSON.stringify(r.values))));
    expect(cells.join('\n')).toContain('落实全面从严治党主体责任不够到位');

    const json = await exportAs('json', 'all');
    expect(json.name).toMatch(/^整改台账-备份-全部-.*\.json$/);
    const backup = await readBackup(json.bytes.toString('utf8'));
    expect(backup.tables.clips).toHaveLength(FIXTURE_CLIPS);
    expect(backup.tables.overrides).toHaveLength(1);

    // The case scope, in Markdown: the report has the case heading.
    await page.getByTestId('filter-case').selectOption(FIXTURE_IDS.caseHealth);
    const markdown = await exportAs('markdown', 'case');
    expect(markdown.name).toContain('县卫生健康局党组');
    const report = markdown.bytes.toString('utf8');
    expect(report.split('\n')[0]).toBe(`# ${FIXTURE_CASE_LABELS.health} 整改情况报告`);
    expect(report).not.toContain(FIXTURE_CASE_LABELS.edu);

    // The selection.
    await page.getByTestId('filter-clear').click();
    await row(page, 'clip-edu-p-1').getByTestId('row-select').check();
    await row(page, 'clip-edu-p-3').getByTestId('row-select').check();
    const selected = await exportAs('csv', 'selection');
    expect(selected.name).toContain('选中2条');
    expect(selected.bytes.toString('utf8').split('\r\n').filter(Boolean)).toHaveLength(3);

    // The JSON backup imports again: every row is already there.
    await page.getByTestId('open-import').click();
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: json.name, mimeType: 'application/json', buffer: json.bytes });
    await expect(page.getByTestId('import-summary').textContent()).resolves.toBe(
      '备份中有 32 条条目：0 条为新增，32 条台账中已有（跳过），0 条与台账中的内容不同。',
    );
    await screenshot(page, 'ledger-import-duplicates');
    await page.close();
  });

  it('refuses corrupt, truncated, foreign and newer backups with a clear message, leaving the ledger unchanged', async () => {
    const page = await seededPage();
    const good = await ledgerFixtureBackup(origin());
    const cases: [string, string | Buffer, string][] = [
      ['corrupt.json', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x12]), '不是 JSON 格式'],
      ['truncated.json', good.slice(0, Math.floor(good.length / 2)), '备份文件不完整'],
      ['foreign.json', JSON.stringify({ name: 'package', version: '1.0.0' }), '这不是整改台账的备份文件'],
      ['newer.json', good.replace('"formatVersion": 1', '"formatVersion": 99'), '更新版本'],
      ['empty.json', '', '文件是空的'],
    ];
    for (const [name, content, expected] of cases) {
      await page.getByTestId('open-import').click();
      await page.getByTestId('import-file').setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
      });
      const error = page.getByTestId('import-error');
      await expect.poll(() => error.textContent()).toContain(expected);
      if (name === 'truncated.json') await screenshot(page, 'ledger-import-error');
      await page.keyboard.press('Escape');
      await expect(countText(page)).resolves.toBe('共 32 条');
    }
    // 100 MB is refused on its size, before it is read.
    const dir = mkdtempSync(path.join(tmpdir(), 'rl-huge-'));
    const huge = path.join(dir, 'huge.json');
    writeFileSync(huge, Buffer.alloc(100 * 1024 * 1024, 0x20));
    try {
      await page.getByTestId('open-import').click();
      await page.getByTestId('import-file').setInputFiles(huge);
      await expect.poll(() => page.getByTestId('import-error').textContent()).toContain('文件过大');
      await page.keyboard.press('Escape');
      await expect(countText(page)).resolves.toBe('共 32 条');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await page.close();
  });

  it('shows clipped HTML as text and never runs it', async () => {
    const page = await seededPage();
    await page.getByTestId('filter-case').selectOption('-');
    const hostile = row(page, FIXTURE_IDS.hostileClip);
    await expect(hostile.getByTestId('clip-text').textContent()).resolves.toBe(HOSTILE_TEXT);
    await expect(hostile.locator('img, b').count()).resolves.toBe(0);
    await expect(
      page.evaluate(() => (window as { ledgerXssRan?: number }).ledgerXssRan),
    ).resolves.toBeUndefined();
    // Editing it keeps it text too.
    await hostile.getByTestId('clip-text').dblclick();
    await expect(hostile.getByTestId('clip-text-input').inputValue()).resolves.toBe(HOSTILE_TEXT);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('shows a clip saved from a web page while the ledger is open, in the case of its inspected unit', async () => {
    const page = await seededPage();
    await search(page, '医疗废物');
    await page.getByTestId('no-match').waitFor();
    // What the content script sends when the user clips on a later page about the same unit.
    const other = await env.session.context.newPage();
    await other.goto(env.session.extensionUrl('popup.html'));
    const text = '建立医疗废物收集转运台账，2024年11月底前实现乡镇卫生院全覆盖。';
    const saved = await other.evaluate(
      (data) => chrome.runtime.sendMessage({ id: 7, type: 'bg:saveClips', data, timestamp: Date.now() }),
      {
        document: {
          url: `${origin()}/xcgz/2024/1105/health-plan-2.html`,
          title: '县卫生健康局党组关于巡察整改补充措施的通知',
          site: 'www.qingshan.gov.cn',
          role: 'source',
          meta: { inspectedUnit: '县卫生健康局党组', round: '2024年第一轮巡察', publishDate: '2024-11-05' },
        },
        clips: [
          {
            kind: 'commitment',
            text,
            normalized: text,
            selectors: { quote: { exact: text, prefix: '', suffix: '' }, position: { start: 120, end: 152 } },
            cues: [],
            owner: '医政医管股',
          },
        ],
      },
    );
    expect(saved.err).toBeUndefined();
    await other.close();
    // The page notices the write of another page (the clip revision moved) without a reload.
    await expect
      .poll(() => page.getByTestId('clip-text').allTextContents(), { timeout: 15_000 })
      .toEqual([text]);
    await expect(page.locator('[data-testid=case-title]').allTextContents()).resolves.toEqual([
      FIXTURE_CASE_LABELS.health,
    ]);
    await search(page, '');
    await expect.poll(() => countText(page)).toBe('共 33 条');
    await page.close();
  });

  it('opens a clip’s source page through the background', async () => {
    const page = await seededPage();
    const [opened] = await Promise.all([
      env.session.context.waitForEvent('page', { timeout: 15_000 }),
      row(page, 'clip-edu-p-1').getByTestId('open-source').click(),
    ]);
    await expect.poll(() => opened.url()).toBe(`${origin()}/xcgz/2024/0312/edu-feedback.html`);
    await opened.close();
    await page.close();
  });
});
