import { describe, expect, it } from 'vitest';
import { changedRegion } from '../text-diff';

describe('changedRegion', () => {
  it('widens a change to its paragraph', () => {
    const before = '第一段。\n第二段原文。\n第三段。';
    const after = '第一段。\n第二段改过的原文。\n第三段。';
    const region = changedRegion(before, after);
    expect(after.slice(region.start, region.newEnd)).toBe('第二段改过的原文。');
    expect(before.slice(region.start, region.oldEnd)).toBe('第二段原文。');
  });

  it('covers inserted paragraphs', () => {
    const before = '标题\n正文。';
    const after = '标题\n新插入的段落。\n正文。';
    const region = changedRegion(before, after);
    expect(after.slice(0, region.start) + after.slice(region.newEnd)).toBe(
      before.slice(0, region.start) + before.slice(region.oldEnd),
    );
    expect(after.slice(region.start, region.newEnd)).toContain('新插入的段落。');
  });

  it('handles text appended at the end and identical texts', () => {
    expect(changedRegion('甲。', '甲。\n乙。')).toEqual({ start: 0, oldEnd: 2, newEnd: 5 });
    const same = changedRegion('甲\n乙', '甲\n乙');
    expect(same.newEnd - same.start).toBeLessThanOrEqual(1);
  });
});
