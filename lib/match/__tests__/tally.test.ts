import { describe, expect, it } from 'vitest';
import { compareReport } from '../compare';
import { finishPromise, problemTally } from '../tally';

describe('finishPromise', () => {
  it('reads a promise to finish the problems themselves, with their number and a least number', () => {
    expect(finishPromise('年底前，10个反馈问题基本完成整改。')).toEqual({
      count: 10,
      least: null,
      atOnce: false,
    });
    expect(finishPromise('到2025年底，8个反馈问题中至少整改完成5个。')).toEqual({
      count: 8,
      least: 5,
      atOnce: false,
    });
    expect(finishPromise('9月底前，能够立即整改的问题全部整改到位。')?.atOnce).toBe(true);
  });

  it('reads a promise to put right at once what can be, with or without a word of finishing', () => {
    expect(finishPromise('11月底前，能够立即改正的问题全部改完。')?.atOnce).toBe(true);
    expect(finishPromise('对能立即解决的问题即知即改；')).toEqual({ count: null, least: null, atOnce: true });
    expect(finishPromise('对能够马上解决的问题，要立行立改。')?.atOnce).toBe(true);
  });

  it('does not read a ledger kept for problems, or a finish that only says when a measure is due', () => {
    expect(finishPromise('对巡察发现的问题建立台账、逐项销号。')).toBeNull();
    expect(finishPromise('全部问题整改完成后，形成整改总结报告报县委巡察办。')).toBeNull();
    expect(finishPromise('待10个问题全部整改到位，在门户网站公开整改结果。')).toBeNull();
  });
});

describe('problemTally', () => {
  it('reads how many of the problems counted are finished', () => {
    expect(problemTally('截至6月底，10个问题中已整改到位7个，其余3个仍在推进。')).toMatchObject({
      whole: 10,
      finished: 7,
    });
    expect(problemTally('9类问题中完成整改6类。')).toMatchObject({ whole: 9, finished: 6 });
    expect(problemTally('能够立行立改的4个问题已于3月15日前全部整改完毕。')).toEqual({
      whole: 4,
      finished: 4,
      atOnce: true,
    });
  });

  it('reads the measures or matters put right at once as the problems they fix', () => {
    expect(problemTally('列为立行立改的8项措施已在10月中旬全部落实。')).toEqual({
      whole: 8,
      finished: 8,
      atOnce: true,
    });
    expect(problemTally('对巡察组指出后当即可以纠正的5个事项，局里马上动手，10月20日前已全部纠正。')).toEqual(
      {
        whole: 5,
        finished: 5,
        atOnce: true,
      },
    );
    expect(problemTally('对需要长期整改的6项措施，已均已完成阶段任务。')).toBeNull();
    expect(problemTally('58项整改措施已全部完成。')).toBeNull();
  });

  it('does not read problems counted without a finish', () => {
    expect(problemTally('整改办为10个问题逐一建立了台账。')).toBeNull();
  });
});

/** A report with `tally` in its body. */
function report(tally: string): string {
  return [
    '一、整改进展情况',
    '局党组召开专题会议，研究部署整改工作。',
    tally,
    '二、下一步工作打算',
    '持续推进剩余问题整改。',
  ].join('\n');
}

describe('compareReport on a promise to finish problems', () => {
  const promise = '年底前，10个反馈问题基本完成整改。';

  it('reads a tally with problems left (10个…中已完成整改7个) as partial, with the tally as evidence', () => {
    const [result] = compareReport(report('截至12月31日，10个反馈问题中已完成整改7个，其余3个仍在推进。'), [
      promise,
    ]);
    expect(result.status).toBe('partial');
    expect(result.evidence).toContain('已完成整改7个');
  });

  it('reads a tally with every problem finished as reappears', () => {
    const [result] = compareReport(report('截至12月31日，10个反馈问题已全部完成整改并通过验收。'), [promise]);
    expect(result.status).toBe('reappears');
  });
});

describe('compareReport on a promise to put right at once what can be', () => {
  it('is answered by the tally of the measures put right at once', () => {
    const [result] = compareReport(report('列为立行立改的6项措施，在10月31日前均已完成。'), [
      '10月底前，能够立即整改的问题全部整改到位。',
    ]);
    expect(result.status).toBe('reappears');
    expect(result.evidence).toContain('立行立改的6项措施');
  });
});
