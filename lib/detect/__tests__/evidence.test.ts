import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze';

/** The kinds found in one sentence, in order. */
function kinds(text: string): string[] {
  return analyzeText(text).findings.map((f) => f.kind);
}

describe('what counts as asserting a shortcoming', () => {
  it('is an evaluation of the work', () => {
    expect(kinds('党支部“三会一课”制度执行不规范。')).toEqual(['problem']);
    expect(kinds('干部队伍建设有待加强，年轻干部储备不足。')).toEqual(['problem']);
  });

  it('is not the object of a measure', () => {
    expect(kinds('要切实解决党的领导弱化、党的建设缺失等问题，建立长效机制。')).toEqual(['commitment']);
    expect(kinds('梳理存在的制度漏洞，补齐决策短板。')).toEqual(['commitment']);
  });

  it('is not the feedback referred to', () => {
    expect(kinds('巡察组指出了我们工作中存在的突出问题。')).toEqual([]);
  });

  it('is not asked, supposed, negated or defined', () => {
    expect(kinds('看班子是否坚强有力，“四个意识”强不强。')).toEqual([]);
    expect(kinds('方向不明确，就会失去前进目标。')).toEqual([]);
    expect(kinds('决不搞形式主义、官僚主义。')).toEqual(['pledge']);
    expect(kinds('不抓全面从严治党是失职。')).toEqual([]);
  });

  it('is not the description of a target (对整改不力的…)', () => {
    expect(kinds('对整改不力的单位严肃追责问责。')).not.toContain('problem');
    expect(kinds('存在整改不力的问题。')).toEqual(['problem']);
  });

  it('is not a clean record (未发现违规情况, 未发生事故)', () => {
    expect(kinds('随机抽查10所学校的材料，未发现违规情况。')).not.toContain('problem');
    expect(kinds('今年汛期未发生因积水造成的安全事故。')).not.toContain('problem');
  });

  it('is not the description of what a measure acts on (清理违规堆砂场)', () => {
    expect(kinds('年底前清理河道内违规堆砂场。')).toEqual(['commitment']);
    expect(kinds('对公物仓闲置资产进行全面清查。')).toEqual(['commitment']);
    // What a verb of finding found is a fact, and a shortcoming that ends its clause is asserted.
    expect(kinds('审计发现违规使用资金120万元。')).toEqual(['problem']);
    expect(kinds('落实主体责任还不够到位。')).toEqual(['problem']);
  });

  it('is a problem when the speaker says it must be seen', () => {
    expect(kinds('我们也要清醒地看到，作风建设仍然存在薄弱环节，还有差距。')).toEqual(['problem']);
  });
});

describe('commitments and pledges', () => {
  it('need a checkable measure to be commitments', () => {
    expect(kinds('要提高政治站位，增强责任意识。')).toEqual(['pledge']);
    expect(kinds('要建立整改台账，实行销号管理。')).toEqual(['commitment']);
    expect(kinds('要召开专题民主生活会。')).toEqual(['commitment']);
    expect(kinds('将于6月底前完成整改。')).toEqual(['commitment']);
  });

  it('take a measure in person from an owner, but not a named owner alone', () => {
    expect(kinds('党组书记要亲自部署、亲自督办。')).toEqual(['commitment']);
    expect(kinds('各级党组织书记要履行好第一责任人职责。')).toEqual(['pledge']);
  });

  it('read acceptance of the findings as a pledge', () => {
    expect(kinds('局党组完全认同、照单全收。')).toEqual(['pledge']);
  });

  it('do not count measures that are only to be understood', () => {
    expect(kinds('要深刻认识开展专项整治的重要意义。')).toEqual(['pledge']);
  });

  it('are none when an imperative is a definition', () => {
    expect(kinds('开展巡察工作，是全面从严治党的重要举措。')).toEqual([]);
  });

  it('are split from a praise or a background before them', () => {
    const analysis = analyzeText('学校发展取得了很大的成绩，但也存在基层组织建设薄弱等问题。');
    expect(analysis.findings.map((f) => [f.kind, f.normalized])).toEqual([
      ['problem', '但也存在基层组织建设薄弱等问题。'],
    ]);
  });

  it('split a pledge from an owner who then acts', () => {
    const analysis = analyzeText('局党组坚决扛起主体责任，我作为党组书记，对整改工作亲自部署、亲自督办。');
    expect(analysis.findings.map((f) => [f.kind, f.normalized])).toEqual([
      ['pledge', '局党组坚决扛起主体责任'],
      ['commitment', '我作为党组书记，对整改工作亲自部署、亲自督办。'],
    ]);
  });
});

describe('tense', () => {
  it('reports what was done as progress, never as a commitment', () => {
    expect(kinds('局党组已成立整改工作领导小组。')).toEqual(['progress']);
    expect(kinds('局党组召开了专题会议，制定了整改方案。')).toEqual(['progress']);
    expect(kinds('目前，学校设立了巡察工作机构。')).toEqual(['progress']);
  });

  it('keeps 了 headings that report achievements out', () => {
    expect(kinds('（一）进一步增强了党风廉政建设的责任意识')).toEqual([]);
  });

  it('reads 将 and 下一步 as plans', () => {
    expect(kinds('下一步，局党组将开展专项检查。')).toEqual(['commitment']);
  });

  it('does not take 了 inside words for a past tense', () => {
    expect(kinds('要常态化了解干部思想状况，建立谈心谈话制度。')).toEqual(['commitment']);
  });
});

describe('sections and lists', () => {
  it('reads items under a 存在的问题 heading as problems, even without a negative word', () => {
    const analysis = analyzeText(
      '二、存在的问题\n学前教育公办率在全省处于中等位次。\n三、下一步工作\n开展专项督查。',
    );
    expect(analysis.findings.map((f) => [f.kind, f.normalized])).toEqual([
      ['problem', '学前教育公办率在全省处于中等位次。'],
      ['commitment', '开展专项督查。'],
    ]);
  });

  it('ends the problem section at the next heading of the same level', () => {
    const analysis = analyzeText(
      '一、存在的问题\n（一）班子建设方面\n学习制度坚持得不够好。\n二、工作打算\n我们的学校在城东。',
    );
    // The field heading （一）班子建设方面 labels the items under it; only the item is a finding.
    expect(analysis.findings.map((f) => [f.kind, f.text])).toEqual([['problem', '学习制度坚持得不够好。']]);
  });

  it('reads list items after a paragraph that introduces problems as problems', () => {
    const analysis = analyzeText(
      '工作取得了成效。\n当前还存在以下问题：\n一是学前教育公办率处于中等位次。\n二是县域高中发展不均衡。\n今年是开局之年。',
    );
    expect(analysis.findings.map((f) => f.kind)).toEqual(['problem', 'problem', 'problem']);
  });

  it('continues a directive over its fragments after ；', () => {
    const analysis = analyzeText(
      '要深刻反思我们在加强党的领导上是否存在弱化的问题；在强化理论武装上是否存在偏差。',
    );
    expect(analysis.findings.map((f) => f.kind)).toEqual(['pledge', 'pledge']);
  });

  it('ignores quotations of national leaders', () => {
    expect(kinds('总书记强调，我们必须坚持办学正确政治方向。')).toEqual([]);
  });
});
