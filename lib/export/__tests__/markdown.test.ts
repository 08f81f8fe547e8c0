import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownReport, markdownReports, markdownUrl } from '../markdown';
import { IDS, sampleTables } from './fixtures';

/** Every Markdown-significant ASCII character in `text` is backslash-escaped. */
function allEscaped(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if ('[]()<>*_`|&#!~$'.indexOf(text[i]) < 0) continue;
    let slashes = 0;
    for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) return false;
  }
  return true;
}

describe('Markdown escaping', () => {
  it('makes links, images, HTML, emphasis and block starts literal', () => {
    expect(escapeMarkdown('[点此](javascript:alert(1))')).toBe('\\[点此\\]\\(javascript\\:alert\\(1\\)\\)');
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(escapeMarkdown('**重点**_督办_ `code` a|b ~~删~~ &lt;')).toBe(
      '\\*\\*重点\\*\\*\\_督办\\_ \\`code\\` a\\|b \\~\\~删\\~\\~ \\&lt;',
    );
    expect(escapeMarkdown('# 标题\n1. 列表\n- 项')).toBe('\\# 标题 1\\. 列表 \\- 项');
    expect(escapeMarkdown('https://evil.example')).toBe('https\\://evil\\.example');
    expect(escapeMarkdown('反斜杠\\[')).toBe('反斜杠\\\\\\[');
    expect(escapeMarkdown('全面从严治党（一）“双人复核”')).toBe('全面从严治党（一）“双人复核”');
  });

  it('links only http(s) addresses, with parentheses and spaces encoded', () => {
    expect(markdownUrl('javascript:alert(1)')).toBeNull();
    expect(markdownUrl('file:///C:/a.pdf')).toBeNull();
    expect(markdownUrl('data:text/html,<b>')).toBeNull();
    expect(markdownUrl('https://www.qxjy.gov.cn/a.html?x=(1) y')).toBe(
      'https://www.qxjy.gov.cn/a.html?x=%281%29%20y',
    );
  });
});

describe('Markdown report', () => {
  it('lists problems, then measures missing first with their history, then sources', async () => {
    const md = await markdownReport(sampleTables(), IDS.caseEdu, {
      now: new Date('2024-08-01T08:00:00+08:00'),
    });
    const lines = md.split('\n');
    expect(lines[0]).toBe('# 县教育局党组 · 2023年第二轮巡察 整改情况报告');
    expect(md).toContain('生成日期：2024-08-01');
    expect(md).toContain(
      '共 2 个问题、4 项整改措施。整改措施核对：已体现 2 项，部分体现 0 项，未体现 1 项，未核对 1 项（其中人工修改 1 项）。',
    );
    const order = [
      '## 一、问题（2）',
      '## 二、整改措施及核对情况（4）',
      '### 未体现（1）',
      '### 未核对（1）',
      '### 已体现（2）',
      '## 三、表态及进展表述（1）',
      '## 四、来源文件（4）',
    ];
    const at = order.map((h) => lines.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual(at.toSorted((a, b) => a - b));
    expect(md).toContain('1. 校园食堂食材采购管理不规范，部分学校未按规定开展公开招标。');
    expect(md).toContain('   - 最新状态：已体现（人工修改）');
    expect(md).toContain('   - 人工核对说明：见通报第四部分');
    expect(md).toContain('   - 报告原文：已完成全县中小学党组织书记专题培训');
    expect(md).toContain('   - 责任单位/责任人：局党组书记；完成时限：2024年3月底前');
    expect(md).toContain(
      '核对历史：2024\\-03\\-20 《县教育局党组巡察整改阶段性进展》：部分体现；2024\\-07\\-15',
    );
    expect(md).toContain(
      '- [《中共清溪县教育局党组关于巡察整改进展情况的通报》](https://www.qxjy.gov.cn/zwgk/2024/0715/902.html?from=%28list%29)，清溪县教育局，2024\\-07\\-15，进展报告',
    );
    // The formula clip is shown, escaped, under 未体现.
    const missing = lines.slice(at[2], at[3]).join('\n');
    expect(missing).toContain('=HYPERLINK\\("http\\://evil\\.example","点击查看"\\)');
  });

  it('never lets clipped text become a link, an image or HTML', async () => {
    const md = await markdownReport(sampleTables(), IDS.caseHealth);
    const problemLine = md.split('\n').find((l) => l.includes('医保基金'))!;
    expect(problemLine.startsWith('1. ')).toBe(true);
    expect(allEscaped(problemLine.slice(3))).toBe(true);
    expect(md).not.toMatch(/(^|[^\\])\[点此/);
    expect(md).not.toMatch(/(^|[^\\])<img/);
    // The local file source is listed without a link.
    expect(md).toContain('- 《县卫健局整改材料》');
    expect(md).not.toContain('](file:');
  });

  it('reports every case of a ledger, the unassigned clips last', async () => {
    const md = await markdownReports(sampleTables());
    const titles = md.split('\n').filter((l) => l.startsWith('# '));
    expect(titles).toEqual([
      '# 县教育局党组 · 2023年第二轮巡察 整改情况报告',
      '# 县卫生健康局党组 · 2023年第二轮巡察 整改情况报告',
      '# 未归类 整改情况报告',
    ]);
    expect(md.split('\n---\n')).toHaveLength(3);
  });
});
