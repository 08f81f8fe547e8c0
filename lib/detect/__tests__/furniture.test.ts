import { describe, expect, it } from 'vitest';
import { CHROME, findFurnitureLines, LINK_LIST } from '../furniture';

function marks(lines: string[]): number[] {
  const text = lines.join('\n');
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    ends.push(at + line.length);
    at += line.length + 1;
  }
  return Array.from(findFurnitureLines(text, Int32Array.from(starts), Int32Array.from(ends)));
}

describe('findFurnitureLines', () => {
  it('marks navigation, breadcrumbs, bylines, print links and footers', () => {
    expect(
      marks([
        '网站首页 | 机构概况 | 政务公开 | 工作动态',
        '当前位置：首页 > 巡察工作',
        '首页 > 精品范文库 > 文库',
        '发布时间：2024-01-16　来源：巡察办',
        '【打印】【关闭】',
        '上一篇：某某新闻',
        '版权所有：XX市教育局 网站标识码：123',
        'Copyright © 2024 All Rights Reserved',
        'XICP备12345678号',
        '监督电话：0000-1234567',
      ]),
    ).toEqual(Array(10).fill(CHROME));
  });

  it('marks the calls to follow a public account that close a WeChat article', () => {
    expect(marks(['关注该公众号', '长按识别二维码，关注我们'])).toEqual([CHROME, CHROME]);
  });

  it('keeps the article text', () => {
    expect(
      marks(['巡察组指出，局党组落实主体责任不到位。', '要建立整改台账，明确完成时限。', '一、存在的问题']),
    ).toEqual([0, 0, 0]);
  });

  it('marks a disclaimer block with its numbered items', () => {
    expect(marks(['版权声明：', '1.本站资料来自互联网。', '2.如有侵权请联系删除。', '正文继续。'])).toEqual([
      CHROME,
      CHROME,
      CHROME,
      0,
    ]);
  });

  it('marks a list of related articles but not a lone title', () => {
    expect(marks(['相关文章', '在全市作风建设会议上的讲话', '关于巡察整改情况的通报', '正文。'])).toEqual([
      CHROME,
      LINK_LIST,
      LINK_LIST,
      0,
    ]);
    expect(
      marks(['在学院巡察工作动员部署会上的讲话', '发布时间：2023-11-03', '在学院巡察工作动员部署会上的讲话']),
    ).toEqual([0, CHROME, 0]);
  });
});
