import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  serveFixtures,
  type ExtensionSession,
  type FixtureServer,
  type PaintMode,
} from './harness';
import {
  fireBackgroundEvent,
  highlightTexts,
  pointOnHighlight,
  selectText,
  tabIdOf,
  waitForHighlight,
} from './page-helpers';

/** A page the test edits between visits, to see clips re-anchor or orphan. */
let version = 1;
const EDITABLE_VERSIONS: Record<number, string> = {
  1: '二是制定整改方案，建立问题清单和任务清单，于4月底前完成整改。',
  2: '二是制定整改方案，建立问题清单和任务清单，于5月底前全面完成整改。',
  3: '',
};
const editablePage = () => ({
  type: 'text/html; charset=utf-8',
  body: `<!doctype html><html><head><meta charset="utf-8"><title>县林业局巡察整改部署会</title></head><body>
<h1>县林业局巡察整改部署会</h1>
<p>巡察组指出，森林防火责任落实不到位，护林员队伍管理松散。</p>
<p>一是成立整改工作领导小组，由局长任组长。${EDITABLE_VERSIONS[version]}三是开展一次护林员履职情况专项检查。</p>
</body></html>`,
});

const MODES: PaintMode[] = ['highlight-api', 'wrap'];

describe.each(MODES)('clipping (%s)', (paintMode) => {
  let session: ExtensionSession;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await serveFixtures({ '/editable.html': editablePage });
    session = await launchExtension({ paintMode });
  }, 60_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** Whether the ledger page lists a clip containing `text`. */
  const ledgerLists = async (text: string) => {
    const ledger = await session.context.newPage();
    await ledger.goto(session.extensionUrl('ledger.html'));
    const found = await ledger
      .getByText(text, { exact: false })
      .first()
      .waitFor({ timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    await ledger.close();
    return found;
  };

  it('clips a highlighted measure from its card, and shows it clipped after a reload', async () => {
    const page = await session.context.newPage();
    const url = server.url('notice-simple.html');
    await page.goto(url);
    await waitForHighlight(page, 'rl-commitment');
    const point = await pointOnHighlight(page, 'rl-commitment', '成立以党组书记为组长');
    await page.mouse.click(point.x, point.y);
    await page.locator('[data-testid=rl-card-clip]').click();
    await page.locator('[data-testid=rl-toast]').waitFor();
    expect((await waitForHighlight(page, 'rl-clipped')).some((t) => t.includes('成立以党组书记为组长'))).toBe(
      true,
    );
    await page.reload();
    expect((await waitForHighlight(page, 'rl-clipped')).some((t) => t.includes('成立以党组书记为组长'))).toBe(
      true,
    );
    await expect(page.locator('[data-testid=rl-clipped-count]').textContent()).resolves.toContain('1');
    expect(await ledgerLists('成立以党组书记为组长的巡察整改工作领导小组')).toBe(true);
    await page.close();
  });

  it('clips any selected text from the context menu, with its kind detected', async () => {
    const page = await session.context.newPage();
    const url = server.url('furniture-heavy.html');
    await page.goto(url);
    await waitForHighlight(page, 'rl-problem');
    await selectText(page, '三要对整改台账实行销号管理');
    await fireBackgroundEvent(session, 'contextMenu', await tabIdOf(session, url));
    const clipped = await waitForHighlight(page, 'rl-clipped');
    expect(clipped.some((t) => t.includes('三要对整改台账实行销号管理'))).toBe(true);
    // The card opens for the new clip with the detected kind, which can be changed.
    const card = page.locator('[data-testid=rl-card]');
    await expect(card.getAttribute('data-kind')).resolves.toBe('commitment');
    await card.locator('[data-testid=rl-card-kind]').selectOption('problem');
    await expect(card.getAttribute('data-kind')).resolves.toBe('problem');
    expect(
      (await highlightTexts(page, 'rl-problem')).some((t) => t.includes('三要对整改台账实行销号管理')),
    ).toBe(true);
    await page.reload();
    expect(
      (await waitForHighlight(page, 'rl-clipped')).some((t) => t.includes('三要对整改台账实行销号管理')),
    ).toBe(true);
    expect(
      (await highlightTexts(page, 'rl-problem')).some((t) => t.includes('三要对整改台账实行销号管理')),
    ).toBe(true);
    await page.close();
  });

  it('clips from a page about something else, and re-highlights the clip there after a reload', async () => {
    const page = await session.context.newPage();
    const url = server.url('nothing-to-find.html');
    await page.goto(url);
    await page.waitForFunction(() => document.readyState === 'complete');
    await selectText(page, '景区入口处有一家老字号面馆');
    await fireBackgroundEvent(session, 'contextMenu', await tabIdOf(session, url));
    expect((await waitForHighlight(page, 'rl-clipped')).some((t) => t.includes('老字号面馆'))).toBe(true);
    // A page with clips is analysed whatever it says.
    await page.reload();
    expect((await waitForHighlight(page, 'rl-clipped')).some((t) => t.includes('老字号面馆'))).toBe(true);
    await page.close();
  });

  it('clips the selection with the keyboard shortcut', async () => {
    const page = await session.context.newPage();
    const url = server.url('ticker.html');
    await page.goto(url);
    await waitForHighlight(page, 'rl-problem');
    await selectText(page, '审计报告质量有待提高');
    await fireBackgroundEvent(session, 'command', await tabIdOf(session, url), 'clip-selection');
    expect((await waitForHighlight(page, 'rl-clipped')).some((t) => t.includes('审计报告质量有待提高'))).toBe(
      true,
    );
    expect(await ledgerLists('审计报告质量有待提高')).toBe(true);
    await page.close();
  });

  it('re-anchors a clip on an edited page, and lists it as orphaned when its sentence is gone', async () => {
    version = 1;
    const page = await session.context.newPage();
    const url = server.url('editable.html');
    await page.goto(url);
    await waitForHighlight(page, 'rl-commitment');
    await selectText(page, EDITABLE_VERSIONS[1]);
    await fireBackgroundEvent(session, 'contextMenu', await tabIdOf(session, url));
    expect((await waitForHighlight(page, 'rl-clipped')).some((t) => t.includes('于4月底前完成整改'))).toBe(
      true,
    );

    version = 2; // the sentence is reworded slightly
    await page.reload();
    const clipped = await waitForHighlight(page, 'rl-clipped');
    expect(clipped.some((t) => t.includes('于5月底前全面完成整改'))).toBe(true);
    await expect(page.locator('[data-testid=rl-orphans]').count()).resolves.toBe(0);

    version = 3; // the sentence is removed; a similar one stays
    await page.reload();
    await waitForHighlight(page, 'rl-commitment');
    await page.locator('[data-testid=rl-orphans]').waitFor();
    expect(await highlightTexts(page, 'rl-clipped')).toEqual([]);
    await expect(page.locator('[data-testid=rl-orphans]').textContent()).resolves.toContain(
      '于4月底前完成整改',
    );
    await page.close();
  });

  it('ignores an item from its card, and keeps it ignored after a reload', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('notice-traditional.html'));
    const problems = await waitForHighlight(page, 'rl-problem');
    const target = problems.find((t) => t.includes('幹部隊伍建設'))!;
    expect(target).toBeTruthy();
    const point = await pointOnHighlight(page, 'rl-problem', '幹部隊伍建設');
    await page.mouse.click(point.x, point.y);
    await page.locator('[data-testid=rl-card-ignore]').click();
    expect((await highlightTexts(page, 'rl-problem')).some((t) => t.includes('幹部隊伍建設'))).toBe(false);
    await page.reload();
    await waitForHighlight(page, 'rl-problem');
    expect((await highlightTexts(page, 'rl-problem')).some((t) => t.includes('幹部隊伍建設'))).toBe(false);
    await page.close();
  });
});
