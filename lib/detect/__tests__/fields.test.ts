import { describe, expect, it } from 'vitest';
import { extractDeadline, extractOwner, extractQuantities } from '../fields';

describe('extractDeadline', () => {
  it('finds time limits as written', () => {
    expect(extractDeadline('确保2024年3月底前全部完成')).toBe('2024年3月底前');
    expect(extractDeadline('于4月15日前报送')).toBe('4月15日前');
    expect(extractDeadline('年底前完成')).toBe('年底前完成');
    expect(extractDeadline('三个月内整改到位')).toBe('三个月内');
    expect(extractDeadline('10个工作日内办结')).toBe('10个工作日内');
    expect(extractDeadline('限时完成')).toBe('限时完成');
    expect(extractDeadline('立行立改')).toBe('立行立改');
    expect(extractDeadline('建立长效机制')).toBeUndefined();
  });

  it('finds the end of a month the work is to be done by (6月末完成)', () => {
    expect(extractDeadline('到2026年6月末完成岗位交流')).toBe('2026年6月末完成');
    expect(extractDeadline('9月底完成验收')).toBe('9月底完成');
  });

  it('finds a quarter as the limit, not a quarter as a frequency', () => {
    expect(extractDeadline('力争2026年一季度内完成')).toBe('2026年一季度内完成');
    expect(extractDeadline('三季度末前全部处置完毕')).toBe('三季度末前');
    expect(extractDeadline('每季度末调阅一次台账')).toBeUndefined();
  });

  it('finds a month, week or quarter named from today (本月底前, 下周五前, 本季度末前)', () => {
    expect(extractDeadline('要在本月底前全部更换')).toBe('本月底前');
    expect(extractDeadline('下月10日前报送整改报告')).toBe('下月10日前');
    expect(extractDeadline('本月内完成复查')).toBe('本月内');
    expect(extractDeadline('本周内完成排查')).toBe('本周内');
    expect(extractDeadline('下周五前反馈')).toBe('下周五前');
    expect(extractDeadline('本季度末前完成整改')).toBe('本季度末前完成');
    expect(extractDeadline('每月召开一次调度会')).toBeUndefined();
    expect(extractDeadline('每周通报一次进度')).toBeUndefined();
  });

  it('finds a holiday or season as the limit (春节前, 汛期前, 秋季开学前)', () => {
    expect(extractDeadline('确保春节前全部清偿到位')).toBe('春节前');
    expect(extractDeadline('2026年汛期前完成除险加固')).toBe('2026年汛期前完成');
    expect(extractDeadline('秋季开学前完成食堂改造')).toBe('秋季开学前完成');
    expect(extractDeadline('节日期间加强值班')).toBeUndefined();
  });

  it('keeps 今年 and 本年 with the limit they open', () => {
    expect(extractDeadline('今年内把议事规则修订到位')).toBe('今年内');
    expect(extractDeadline('本年内完成')).toBe('本年内完成');
    expect(extractDeadline('今年年底前完成')).toBe('今年年底前完成');
  });
});

describe('extractOwner', () => {
  it('finds who leads or answers', () => {
    expect(extractOwner('由分管副局长牵头，开展专项检查')).toBe('由分管副局长牵头');
    expect(extractOwner('成立由党组书记任组长的领导小组')).toBe('由党组书记任组长');
    expect(extractOwner('责任单位：办公室、人事股')).toBe('责任单位：办公室、人事股');
    expect(extractOwner('党组班子成员要按照职责分工认领问题')).toBe('党组班子成员');
    expect(extractOwner('牵头部门要制定实施方案')).toBe('牵头部门');
    expect(extractOwner('我们要建立台账')).toBeUndefined();
  });
});

describe('extractQuantities', () => {
  it('finds counts, ranges and amounts', () => {
    expect(
      extractQuantities('完成整改12项，确定2—3个具体问题，追回资金3.2万元，培训86人次，160余人参加'),
    ).toEqual(['12项', '2—3个', '3.2万元', '86人次', '160余人']);
    expect(extractQuantities('召开党组会议三次，比例不低于10%')).toEqual(['三次', '10%']);
  });

  it('counts the spans of a service hours (35分钟, 2小时)', () => {
    expect(extractQuantities('候诊时间由45分钟压缩到30分钟，夜间门诊延长2小时')).toEqual([
      '45分钟',
      '30分钟',
      '2小时',
    ]);
  });

  it('leaves manner phrases alone', () => {
    expect(extractQuantities('一个专项一个专项研究解决，一项一项抓落实')).toBeUndefined();
  });
});
