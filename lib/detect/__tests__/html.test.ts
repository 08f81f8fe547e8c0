import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze';
import { readPageText } from '../../page/dom-text';
import { expectKind, expectNone, expectWellFormed } from './helpers';

/** Reads a page the way the CLI and the content script do. */
function analyzePage(name: string) {
  const html = readFileSync(path.join(import.meta.dirname, '../../../tests/fixtures', name), 'utf8');
  const { document } = parseHTML(html);
  const page = readPageText(document);
  const title = document.querySelector('title')?.textContent ?? undefined;
  return { text: page.text, analysis: analyzeText(page.text, { title }) };
}

describe('HTML pages', () => {
  it('finds the feedback in a CMS news page and nothing in its furniture', () => {
    const { text, analysis } = analyzePage('detect-feedback-news.html');
    expectKind(analysis, '贯彻落实县委决策部署还有差距', 'problem');
    expectKind(analysis, '对施工现场的日常检查流于形式', 'problem');
    expectKind(analysis, '要制定整改方案', 'commitment');
    expectKind(analysis, '完全认同巡察组的反馈意见', 'pledge');
    expect(expectKind(analysis, '将于本周内召开专题会议', 'commitment').deadline).toBe('本周内');
    for (const chrome of ['站内搜索', '您现在的位置', '分享到', '打印本页', '上一篇', '热点推荐', '版权所有'])
      expectNone(analysis, chrome);
    expect(analysis.meta).toMatchObject({
      title: '县委第一巡察组向县住房和城乡建设局党组反馈巡察情况',
      publishDate: '2024-05-10',
      issuingUnit: '县委巡察办',
      inspectedUnit: '县住房和城乡建设局党组',
    });
    expectWellFormed(text, analysis);
  });

  it('reads a plan laid out as a table, row by row', () => {
    const { text, analysis } = analyzePage('detect-plan-table.html');
    expectKind(analysis, '学校食堂经费管理不规范', 'problem');
    const canteen = expectKind(analysis, '修订完善学校食堂财务管理办法', 'commitment');
    expect(canteen.owner).toBe('计划财务股');
    expect(canteen.deadline).toBe('2024年7月底前');
    // 不低于 is a bound, not a shortcoming.
    expect(expectKind(analysis, '制定教师交流轮岗实施方案', 'commitment').owner).toBe('人事股');
    const check = expectKind(analysis, '开展校外培训机构专项检查', 'commitment');
    expect(check.deadline).toBe('长期坚持');
    expectNone(analysis, '计划财务股');
    expectNone(analysis, '版权所有');
    expectWellFormed(text, analysis);
  });
});
