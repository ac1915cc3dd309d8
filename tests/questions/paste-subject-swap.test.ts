import { describe, expect, it } from 'vitest';
import { subjectTermsOf, swappedSubject } from '../../knowledge/questions/subject-swap';
import { outcomeAnswer, type PassageHit, suggestFromHandbook } from '../../knowledge/questions/suggest';
import { pastingAgainstHandbook } from '../helpers/pasting-against-handbook';

/**
 * paste29: a sentence that states the stem's words of a rival subject (党员 for 党, 党支部 for 党委 or 党小组, 预备党员
 * for 正式党员, 入党积极分子 for 发展对象 or 入党申请人, 党小组组长 for 书记) is no basis for a fill, an option or a
 * verdict, however well its other words align; the sentence on the stem's own subject still is. Stems and sentences
 * written for the test.
 */

describe('the subjects a text names', () => {
  it('reads the longest term and sets aside words that only hold one', () => {
    expect([...subjectTermsOf('支部党员大会讨论发展党员，党小组会提出意见')].sort()).toEqual(['党员大会', '党小组会']);
    expect([...subjectTermsOf('依照《中国共产党章程》，党组织要关心入党申请人')]).toEqual(['入党申请人']);
    expect([...subjectTermsOf('中国共产党始终代表人民的利益')]).toEqual(['党']);
    expect([...subjectTermsOf('党的作风建设关系党的生死存亡')]).toEqual([]);
  });
});

describe('a sentence on a rival subject', () => {
  it('is swapped when it names a rival where the stem names its subject', () => {
    expect(swappedSubject('中国共产党是全国人民的（ ）。', '党员是全国人民中的普通一员。', [], ['普通一员'])).toBe(true);
    expect(swappedSubject('党委每年至少开展（ ）次谈心谈话。', '党支部每年至少开展两次谈心谈话。', [], ['两'])).toBe(true);
    expect(swappedSubject('发展对象须经过（ ）培训。', '入党积极分子须经过集中培训。', [], ['集中'])).toBe(true);
  });

  it('is swapped when a rival opens it though the stem’s subject is named later', () => {
    expect(swappedSubject('党支部是由党委划定的（ ）。', '党小组是由党支部划定的学习小组。', [], ['学习小组'])).toBe(true);
    expect(swappedSubject('正式党员的义务比预备党员多（ ）。', '预备党员的义务同正式党员一样，不少一项。', [], ['一项'])).toBe(true);
  });

  it('is not swapped on the stem’s own subject, on a subject the options name, or when it names none', () => {
    expect(swappedSubject('党员是全国人民中的（ ）。', '党员是全国人民中的普通一员。', [], ['普通一员'])).toBe(false);
    expect(swappedSubject('负责召集党员大会的是（ ）。', '党员大会由支部书记召集。', ['支部书记', '党小组组长'])).toBe(false);
    expect(swappedSubject('党委每年至少开展（ ）次谈心谈话。', '按惯例每年至少开展两次谈心谈话。', [], ['两'])).toBe(false);
    // The fill's own words (转为正式党员) are the answer, not whom the rule is about.
    expect(swappedSubject('预备期满，党支部要讨论他能否（ ）。', '预备期满，党支部要讨论他能否转为正式党员。', [], ['转为正式党员'])).toBe(
      false,
    );
  });

  it('keeps a fill from a sentence on another subject out of the handbook reading', () => {
    const hit = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });
    const fill = (stem: string, text: string) => outcomeAnswer(suggestFromHandbook(stem, [hit(text)]));
    const rule = '党小组是党支部按工作需要划分的学习活动单位，由组长负责。';
    expect(fill('党小组是党支部按工作需要划分的学习（ ）单位。', rule)).toBe('活动');
    expect(fill('党支部是党委按工作需要划分的学习（ ）单位。', rule)).toBeUndefined();
  });
});

describe('pasted stems on a rival subject against the handbook', () => {
  const { answer } = pastingAgainstHandbook();

  // Each: a stem on one subject, and the answer the handbook's sentence on a rival subject would give it.
  const swapped: [string, string][] = [
    ['中国共产党是中国（ ）的先锋队', '工人阶级的有共产主义觉悟'],
    ['（单选）中国共产党是中国工人阶级的有共产主义觉悟的（ ）。 A.先锋战士 B.先锋队 C.普通一员 D.领导核心', 'A'],
    ['判断：中国共产党是中国工人阶级的有共产主义觉悟的先锋战士。', '正确'],
    ['党支部是根据需要划分的（ ）单位。', '活动'],
    ['判断：党支部是党支部根据需要划分的活动单位。', '正确'],
    ['党小组是党的基础组织，是党组织开展工作的基本（ ）。', '单元'],
    ['党小组党员人数一般不超过（ ）人。', '50'],
    ['（单选）党小组党员人数一般不超过多少人？ A.30人 B.50人 C.70人 D.100人', 'B'],
    ['正式党员要面向党旗进行入党宣誓，并编入（ ），参加党的组织生活。', '党小组'],
    ['判断：正式党员要面向党旗进行入党宣誓，并编入党小组。', '正确'],
    ['党支部每（ ）对发展对象进行一次考察。', '半年'],
    ['党支部每（ ）对入党申请人进行一次考察。', '半年'],
    ['党支部审批前要指派党委委员或组织员同发展对象（ ）。', '谈话'],
    ['纪委审批前要指派党委委员或组织员同发展对象（ ）。', '谈话'],
    ['党员大会一般每月召开1次，由（ ）召集并主持。', '党小组组长'],
    ['党小组组长是支部党建的第一（ ）。', '责任人'],
  ];

  it('gets no answer from the rival subject’s sentence', async () => {
    for (const [raw, rival] of swapped) expect(await answer(raw), raw).not.toBe(rival);
  });

  it('still answers the same words asked of the sentence’s own subject', async () => {
    const own: [string, string][] = [
      ['党员是中国工人阶级的有共产主义觉悟的（ ）。', '先锋战士'],
      ['（单选）党员是中国工人阶级的有共产主义觉悟的（ ）。 A.先锋战士 B.先锋队 C.普通一员 D.领导核心', 'A'],
      ['党小组是党支部根据需要划分的（ ）单位。', '活动'],
      ['判断：党小组是党支部根据需要划分的活动单位。', '正确'],
      ['党支部是党的基础组织，是党组织开展工作的基本（ ）。', '单元'],
      ['党支部党员人数一般不超过（ ）人。', '50'],
      ['（单选）党支部党员人数一般不超过多少人？ A.30人 B.50人 C.70人 D.100人', 'B'],
      ['预备党员要面向党旗进行入党宣誓，并编入（ ），参加党的组织生活。', '党小组'],
      ['党支部每（ ）对入党积极分子进行一次考察。', '半年'],
      ['党委审批前要指派党委委员或组织员同发展对象（ ）。', '谈话'],
      ['党支部书记是支部党建的第一（ ）。', '责任人'],
      ['党员大会是党支部的议事决策机构，由支部全体党员参加，一般每（ ）召开1次。', '季度'],
    ];
    for (const [raw, right] of own) expect(await answer(raw), raw).toBe(right);
  });
});
