import { describe, expect, it } from 'vitest';
import { findWrappedBreaks } from '../wraps';

/** The characters right before each break found. */
function wrappedAfter(text: string): string[] {
  return Array.from(findWrappedBreaks(text), (at) => text.slice(at - 2, at));
}

describe('findWrappedBreaks', () => {
  it('joins a line a little short of the others when it stops mid-sentence, not when it ends one', () => {
    const text = [
      '县自然资源局党组关于巡察反馈意见整改工作的表态发言稿',
      '根据县委统一部署,县委第二巡察组对我局党组开展了为期两个月',
      '的常规巡察,并于近日反馈了巡察意见,指出了我局在耕地保护、',
      '矿产资源管理和基层党建等方面存在的问题。我局党组诚恳接受,',
      '坚决整改。下面我代表局党组作如下表态。一是提高政治站位,深',
      '刻认识巡察整改的重要意义和紧迫性,切实做到举一反',
      '三,把整改作为重大政治任务抓紧抓实抓到位,绝不敷衍了事',
      '不打折扣,确保每一项问题都整改到位。二是成立整改工作领导小组。',
      '三是建立整改台账,明确责任领导、责任单位和完成时限,逐项对账',
      '销号,确保在两个月内全部完成整改任务并向县委报告整改情况。',
    ].join('\n');
    const after = wrappedAfter(text);
    expect(after).toContain('一反'); // short, mid-sentence: a wrap
    expect(after).toContain(',深');
    expect(after).not.toContain('组。'); // ends its sentence and is short: a paragraph end
  });

  it('finds nothing in text written one paragraph per line', () => {
    const text = [
      '一、成立领导小组。',
      '二、制定整改方案，建立问题清单、任务清单和责任清单，明确每项任务的责任人和完成时限。',
      '三、召开专题民主生活会。',
      '四、对整改情况开展“回头看”，巩固整改成果，防止问题反弹回潮，切实做到真改实改。',
      '五、按期报送整改报告。',
    ].join('\n');
    expect(findWrappedBreaks(text)).toHaveLength(0);
  });
});
