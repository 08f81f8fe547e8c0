import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { pointsFor, readPageText, readPageTextInSteps } from '../dom-text';

/** linkedom needs a whole document to set up `body`. */
const html = (body: string) => parseHTML(`<!doctype html><html><head></head>${body}</html>`);
const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/${name}`, import.meta.url), 'utf8');

describe('readPageText', () => {
  it('reads the article and its byline but not navigation, related links or the footer', () => {
    const { document } = parseHTML(fixture('notice-simple.html'));
    const { text } = readPageText(document);
    expect(text).toContain('县农业农村局党组召开巡察反馈意见整改工作部署会');
    expect(text).toContain('发布时间：2024-03-12');
    expect(text).toContain('一是成立以党组书记为组长的巡察整改工作领导小组');
    for (const furniture of [
      '政务公开',
      '当前位置',
      '相关链接',
      '县委第三巡察组进驻',
      '版权所有',
      '打印本页',
    ]) {
      expect(text).not.toContain(furniture);
    }
  });

  it('ends lines at blocks and <br>, reads source line breaks as spaces, keeps <pre> lines', () => {
    const { document } = html(
      '<body><div>第一段<b>加粗</b>\n  续写</div><p>第二段<br>换行</p><pre>甲\n乙</pre><script>x()</script></body>',
    );
    expect(readPageText(document).text).toBe('第一段加粗   续写\n第二段\n换行\n甲\n乙');
  });

  it('leaves out hidden, editable and skipped elements', () => {
    const { document } = html(
      '<body><p>正文<span style="display:none">w7k2x</span>内容</p><div contenteditable="true">草稿</div><div id="rl-ui">面板</div></body>',
    );
    const page = readPageText(document, { skip: (el) => el.id === 'rl-ui' });
    expect(page.text).toBe('正文内容');
  });

  it('maps text offsets back to text nodes across elements and line breaks', () => {
    const { document } = html('<body><p>成立<b>领导</b>小组</p><p>制定方案</p></body>');
    const page = readPageText(document);
    expect(page.text).toBe('成立领导小组\n制定方案');
    const [from, to] = pointsFor(page, 2, 6)!;
    expect([from.node.data, from.offset, to.node.data, to.offset]).toEqual(['领导', 0, '小组', 2]);
    // A span that starts on the virtual line break starts at the next node.
    const [next] = pointsFor(page, 6, 9)!;
    expect([next.node.data, next.offset]).toEqual(['制定方案', 0]);
  });

  it('reads a long page in steps, with the same result as in one go', () => {
    const paragraph = '县局党组要建立问题整改台账，逐项明确责任单位和完成时限。'.repeat(40);
    const menu = '<ul class="x"><li><a href="#">首页</a></li><li><a href="#">政务公开</a></li></ul>';
    const body = Array.from({ length: 200 }, (_, k) => `<p>${paragraph}<b>第${k}段</b></p>${menu}`).join('');
    const { document } = html(`<body><div><pre>党\n组</pre>${body}</div></body>`);
    const steps = readPageTextInSteps(document);
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    const whole = readPageText(document);
    expect(yields).toBeGreaterThan(2);
    expect(next.value.text).toBe(whole.text);
    expect(next.value.nodes).toEqual(whole.nodes);
    expect(next.value.text).toContain('党\n组\n县局党组');
    // Every menu was a list of links, taken back even when a step ended inside it.
    expect(next.value.text).not.toContain('政务公开');
    expect(next.value.text.split('\n')).toHaveLength(202);
  });
});

describe('a table of a rectification plan, read and analysed', () => {
  it('reads each cell as a line, so the header row gives the columns their roles', async () => {
    const { analyzeText } = await import('../../detect/analyze');
    const { document } = html(
      '<body><p>现将整改任务列表如下。</p><table><tr><th>序号</th><th>问题</th><th>整改措施</th><th>责任单位</th><th>整改时限</th></tr>' +
        '<tr><td>1</td><td>城区工地扬尘管控缺位</td><td>建立在建工地扬尘管控清单，实行“一工地一档案”</td><td>县住建局</td><td>2024年6月30日</td></tr></table></body>',
    );
    const { text } = readPageText(document);
    const analysis = analyzeText(text);
    const kinds = Object.fromEntries(analysis.findings.map((f) => [f.text, f.kind]));
    expect(kinds['城区工地扬尘管控缺位']).toBe('problem');
    expect(kinds['建立在建工地扬尘管控清单，实行“一工地一档案”']).toBe('commitment');
    expect(kinds['县住建局']).toBeUndefined();
    // The row's owner and time limit are the measure's fields, and no signature of the page.
    const measure = analysis.findings.find((f) => f.kind === 'commitment')!;
    expect(measure.owner).toBe('县住建局');
    expect(measure.deadline).toBe('2024年6月30日');
    expect(analysis.meta.issuingUnit).toBeUndefined();
  });
});

describe('a table with cells that span rows', () => {
  const page = spanningTablePage;

  it('reads a covered cell as a ditto line of its own, in its column', () => {
    const { text } = readPageText(page().document);
    expect(text.split('\n').slice(10, 15)).toEqual([
      '2',
      '〃',
      '辖区内3座农村公路桥梁没有设置限载标志。',
      '在3座桥梁两端增设限载标志牌，并纳入日常巡查台账。',
      '〃',
    ]);
    // A cell across two columns is followed by a ditto line for the second.
    expect(text.split('\n').slice(15)).toEqual([
      '3',
      '〃',
      '路长公示牌信息陈旧。',
      '更换全镇路长公示牌。',
      '河口镇人民政府',
    ]);
  });

  it('reads a cell across the whole row as one line', () => {
    const { document } = html(
      '<body><table><tr><th>序号</th><th>问题</th><th>措施</th></tr><tr><td colspan="3">一、党的建设方面</td></tr>' +
        '<tr><td>1</td><td>学习流于形式。</td><td>制定学习计划。</td></tr></table></body>',
    );
    expect(readPageText(document).text).toBe(
      '序号\n问题\n措施\n一、党的建设方面\n1\n学习流于形式。\n制定学习计划。',
    );
  });

  it('maps the text after a ditto line to its own node', () => {
    const read = readPageText(page().document);
    const at = read.text.indexOf('辖区内3座');
    const points = pointsFor(read, at, at + 3);
    expect(points?.[0].node.data).toBe('辖区内3座农村公路桥梁没有设置限载标志。');
    expect(points?.[0].offset).toBe(0);
  });

  it('keeps the rows below a spanning cell in their columns for the analysis', async () => {
    const { analyzeText } = await import('../../detect/analyze');
    const kinds = Object.fromEntries(
      analyzeText(readPageText(page().document).text).findings.map((f) => [f.text, f.kind]),
    );
    expect(kinds['辖区内3座农村公路桥梁没有设置限载标志。']).toBe('problem');
    expect(kinds['在3座桥梁两端增设限载标志牌，并纳入日常巡查台账。']).toBe('commitment');
    expect(kinds['路长公示牌信息陈旧。']).toBe('problem');
    expect(kinds['更换全镇路长公示牌。']).toBe('commitment');
  });

  it('gives a row the owner of the cell above that covers it', async () => {
    const { analyzeText } = await import('../../detect/analyze');
    const owners = Object.fromEntries(
      analyzeText(readPageText(page().document).text).findings.map((f) => [f.text, f.owner]),
    );
    expect(owners['在3座桥梁两端增设限载标志牌，并纳入日常巡查台账。']).toBe('城关镇人民政府');
    expect(owners['更换全镇路长公示牌。']).toBe('河口镇人民政府');
  });
});

describe('a table cell of several lines', () => {
  const page = multiLineCellPage;

  it('breaks its lines with CELL_LINE_BREAK, and ends the cell with "\\n" even after a block', () => {
    const { text } = readPageText(page().document);
    expect(text).toContain(
      '1\n路面坑槽长期未修补。\n对坑槽进行挖补。\n城关镇人民政府\u2028某某（副镇长）\n5月31日前',
    );
  });

  it('keeps the row in its columns and reads the cell as one owner', async () => {
    const { analyzeText } = await import('../../detect/analyze');
    const measures = analyzeText(readPageText(page().document).text).findings.filter(
      (f) => f.kind === 'commitment',
    );
    expect(measures.map((f) => [f.text, f.owner, f.deadline])).toEqual([
      ['对坑槽进行挖补。', '城关镇人民政府 某某（副镇长）', '5月31日前'],
      ['增设限载标志牌。', '河口镇人民政府 某某某（镇长）', '6月15日前'],
    ]);
  });
});

/** A table whose cells span rows (乡镇, 责任单位) and one row whose number spans two columns. */
function spanningTablePage() {
  return html(
    '<body><table><tr><th>序号</th><th>乡镇</th><th>发现的问题</th><th>整改措施</th><th>责任单位</th></tr>' +
      '<tr><td>1</td><td rowspan="2">城关镇</td><td>石桥村公路路面坑槽长期未修补。</td><td>对坑槽进行挖补，修补完成后报县公路中心验收。</td><td rowspan="2">城关镇人民政府</td></tr>' +
      '<tr><td>2</td><td>辖区内3座农村公路桥梁没有设置限载标志。</td><td>在3座桥梁两端增设限载标志牌，并纳入日常巡查台账。</td></tr>' +
      '<tr><td colspan="2">3</td><td>路长公示牌信息陈旧。</td><td>更换全镇路长公示牌。</td><td>河口镇人民政府</td></tr></table></body>',
  );
}

/** A table whose owner cells hold two lines (单位<br>某某). */
function multiLineCellPage() {
  return html(
    '<body><table><tr><th>序号</th><th>发现的问题</th><th>整改措施</th><th>责任单位及责任人</th><th>完成时限</th></tr>' +
      '<tr><td><p>1</p></td><td><p>路面坑槽长期未修补。</p></td><td><p>对坑槽进行挖补。</p></td><td>城关镇人民政府<br>某某（副镇长）</td><td>5月31日前</td></tr>' +
      '<tr><td>2</td><td>桥梁没有设置限载标志。</td><td>增设限载标志牌。</td><td>河口镇人民政府<br>某某某（镇长）</td><td>6月15日前</td></tr></table></body>',
  );
}
