import { describe, expect, it } from 'vitest';
import { useExtension, type PaintMode } from './harness';
import { allHighlighted, highlightTexts, pointOnHighlight, waitForHighlight } from './page-helpers';

const some = (texts: string[], part: string) => texts.some((t) => t.includes(part));

const MODES: PaintMode[] = ['highlight-api', 'wrap'];

describe.each(MODES)('highlighting on government pages (%s)', (paintMode) => {
  const env = useExtension({ paintMode });

  it('paints problems and measures of a Simplified news post, and no furniture', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('notice-simple.html'));
    const problems = await waitForHighlight(page, 'rl-problem');
    expect(some(problems, '落实耕地保护责任不够到位')).toBe(true);
    expect(some(problems, '惠农资金发放审核把关不严')).toBe(true);
    const measures = await highlightTexts(page, 'rl-commitment');
    expect(some(measures, '成立以党组书记为组长的巡察整改工作领导小组')).toBe(true);
    const painted = (await allHighlighted(page)).join('\n');
    for (const furniture of ['政务公开', '当前位置', '县委第三巡察组进驻', '版权所有', '打印本页']) {
      expect(painted).not.toContain(furniture);
    }
    await page.close();
  });

  it('paints Traditional text with pinyin annotations', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('notice-traditional.html'));
    const problems = await waitForHighlight(page, 'rl-problem');
    expect(some(problems, '醫療服務領域監管存在薄弱環(huán)節(jié)')).toBe(true);
    const measures = await highlightTexts(page, 'rl-commitment');
    expect(some(measures, '成立巡察整改工作領導小組')).toBe(true);
    await page.close();
  });

  it('paints sentences of PDF text whose lines break inside words', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('pdf-pre.html'));
    const measures = await waitForHighlight(page, 'rl-commitment');
    // The painted range runs across the line break in "明\n确责任领导".
    expect(
      measures.map((m) => m.replace(/\n/g, '')).some((m) => m.includes('逐条逐项建立整改台账，明确责任领导')),
    ).toBe(true);
    const problems = await highlightTexts(page, 'rl-problem');
    expect(problems.map((p) => p.replace(/\n/g, '')).some((p) => p.includes('工程项目招投标监管不严'))).toBe(
      true,
    );
    await page.close();
  });

  it('leaves navigation, sidebars, related articles and footers alone', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('furniture-heavy.html'));
    const problems = await waitForHighlight(page, 'rl-problem');
    expect(some(problems, '食品安全抽检覆盖面不够广')).toBe(true);
    const painted = (await allHighlighted(page)).join('\n');
    for (const furniture of [
      '关于食品安全监管不到位问题的通报',
      '县委巡察组反馈问题整改落实情况',
      '长效机制的通知',
      '版权所有',
      '站内搜索',
      '食品安全专项整治行动的通知',
    ]) {
      expect(painted).not.toContain(furniture);
    }
    // The panel shows what the page's markup says about the document.
    await expect(page.locator('[data-testid=rl-meta]').textContent()).resolves.toContain('2024-05-21');
    await page.close();
  });

  it('paints inside a same-origin iframe', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('iframe-host.html'));
    const frame = page.frames().find((f) => f.url().endsWith('iframe-article.html'))!;
    const problems = await waitForHighlight(frame, 'rl-problem');
    expect(some(problems, '建筑工地安全监管存在漏洞')).toBe(true);
    expect(some(await highlightTexts(frame, 'rl-commitment'), '成立安全生产专项整治工作专班')).toBe(true);
    await page.close();
  });

  it('paints content that arrives two seconds after load', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('late-content.html'));
    const problems = await waitForHighlight(page, 'rl-problem', 10_000);
    expect(some(problems, '农村公路养护资金使用管理不规范')).toBe(true);
    await page.close();
  });

  it('keeps up with a page that mutates every 10 ms without freezing it', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('ticker.html'));
    const problems = await waitForHighlight(page, 'rl-problem');
    expect(some(problems, '审计发现问题整改跟踪不到位')).toBe(true);
    // The page stays responsive and the highlights stay while the clock ticks.
    const ticks = await page.evaluate(async () => {
      const clock = document.getElementById('clock')!;
      const before = Number(clock.textContent);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      return Number(clock.textContent) - before;
    });
    expect(ticks).toBeGreaterThan(50);
    expect(some(await highlightTexts(page, 'rl-problem'), '审计发现问题整改跟踪不到位')).toBe(true);
    await page.close();
  });

  it('paints the rows of a table whose cells span rows, and gives a row the owner above it', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('plan-table-spans.html'));
    const problems = await waitForHighlight(page, 'rl-problem');
    expect(problems).toContain('辖区内两座漫水桥没有设置水位警示标志。');
    const measures = await highlightTexts(page, 'rl-commitment');
    expect(measures).toContain('在两座漫水桥两端增设水位警示标志和限行标志牌。');
    expect(measures).toContain('对代签人员予以解聘，建立护路员定位打卡制度。');
    // Neither the covered cells' 〃 nor the names of the places are painted.
    const painted = (await allHighlighted(page)).join('\n');
    expect(painted).not.toContain('〃');
    expect(painted).not.toContain('东岭镇人民政府');
    const point = await pointOnHighlight(page, 'rl-commitment', '在两座漫水桥两端');
    await page.mouse.click(point.x, point.y);
    const card = page.locator('[data-testid=rl-card]');
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('东岭镇人民政府 某某（副镇长）');
    await expect(card.textContent()).resolves.toContain('5月31日前');
    await page.close();
  });

  it('shows a card with kind, cues and fields on click', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('notice-simple.html'));
    await waitForHighlight(page, 'rl-commitment');
    const point = await pointOnHighlight(page, 'rl-commitment', '成立以党组书记为组长');
    await page.mouse.click(point.x, point.y);
    const card = page.locator('[data-testid=rl-card]');
    await card.waitFor();
    await expect(card.getAttribute('data-kind')).resolves.toBe('commitment');
    await expect(card.locator('[data-testid=rl-card-cues]').textContent()).resolves.toMatch(/成立/);
    await page.close();
  });

  it('toggles a kind off and on from the panel, and navigates item by item', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('notice-simple.html'));
    await waitForHighlight(page, 'rl-problem');
    await page.locator('.kind-toggle[data-kind=problem]').click();
    expect(await highlightTexts(page, 'rl-problem')).toEqual([]);
    await page.locator('.kind-toggle[data-kind=problem]').click();
    expect((await highlightTexts(page, 'rl-problem')).length).toBeGreaterThan(0);
    // Nothing is selected yet: the panel gives the total, not a position.
    await expect(page.locator('[data-testid=rl-position]').textContent()).resolves.toMatch(/^共 \d+ 条$/);
    await page.locator('[data-testid=rl-next]').click();
    const active = await waitForHighlight(page, 'rl-active');
    expect(active[0].length).toBeGreaterThan(5);
    await expect(page.locator('[data-testid=rl-position]').textContent()).resolves.toMatch(/第 1 条/);
    await page.close();
  });

  it('paints in the mode asked for', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('notice-simple.html'));
    await waitForHighlight(page, 'rl-problem');
    const marks = await page.locator('rl-mark').count();
    if (paintMode === 'wrap') expect(marks).toBeGreaterThan(0);
    else expect(marks).toBe(0);
    await page.close();
  });
});

describe('the wrapping painter leaves the page as it was', () => {
  const env = useExtension({ paintMode: 'wrap' });

  it('restores the same DOM nodes when highlights are removed, and keeps selection and page scripts working', async () => {
    const page = await env.session.context.newPage();
    const url = env.server.url('notice-simple.html');
    await page.goto(url);
    await waitForHighlight(page, 'rl-problem');
    // Remember the page's own text nodes and markup with highlights off.
    const toggles = page.locator('.kind-toggle');
    const allOff = async () => {
      for (const kind of ['problem', 'commitment', 'pledge', 'progress']) {
        const toggle = page.locator(`.kind-toggle[data-kind=${kind}]`);
        if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
      }
    };
    const allOn = async () => {
      for (const kind of ['problem', 'commitment', 'pledge', 'progress']) {
        const toggle = page.locator(`.kind-toggle[data-kind=${kind}]`);
        if ((await toggle.getAttribute('aria-pressed')) === 'false') await toggle.click();
      }
    };
    expect(await toggles.count()).toBe(4);
    await allOff();
    expect(await page.locator('rl-mark').count()).toBe(0);
    const original = await page.evaluate(async (href) => {
      const html = await (await fetch(href)).text();
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      const clean = (body: HTMLElement) => {
        const copy = body.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('rl-ui').forEach((el) => el.remove());
        return copy.innerHTML.trim();
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      (window as unknown as { __nodes: Text[] }).__nodes = nodes;
      return { now: clean(document.body), parsed: clean(parsed.body) };
    }, url);
    expect(original.now).toBe(original.parsed);

    await allOn();
    expect(await page.locator('rl-mark').count()).toBeGreaterThan(0);
    // Selecting across wrapped text reads the same text as the page has.
    const selected = await page.evaluate(() => {
      const p = Array.from(document.querySelectorAll('p')).find((el) =>
        el.textContent!.includes('惠农资金'),
      )!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      const text = getSelection()!.toString();
      getSelection()!.removeAllRanges();
      return [text, p.textContent];
    });
    expect(selected[0]).toBe(selected[1]);

    await allOff();
    const after = await page.evaluate(() => {
      const copy = document.body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('rl-ui').forEach((el) => el.remove());
      const nodes = (window as unknown as { __nodes: Text[] }).__nodes;
      return {
        html: copy.innerHTML.trim(),
        sameNodes: nodes.every((n) => n.isConnected),
        marks: document.querySelectorAll('rl-mark').length,
      };
    });
    expect(after.marks).toBe(0);
    expect(after.html).toBe(original.parsed);
    expect(after.sameNodes).toBe(true);
    await page.close();
  });
});
