import { describe, expect, it } from 'vitest';
import { blankClauses, byBlankClauses } from '../../knowledge/questions/clause-blanks';
import { suggestByElectionClaims } from '../../knowledge/questions/election-claims';
import { withoutExemptedItems } from '../../knowledge/questions/exempted-item';
import { tidiedFills } from '../../knowledge/questions/fill-range';
import { suggestByFlippedClaim } from '../../knowledge/questions/flipped-claim';
import { createPasteIndex, parsePasted } from '../../knowledge/questions/paste';
import { cleanPaste } from '../../knowledge/questions/paste-noise';
import { withoutRuleTitle } from '../../knowledge/questions/rule-title';
import { outcomeAnswer, type PassageHit, type PasteOutcome, resolvePaste } from '../../knowledge/questions/suggest';

/**
 * paste26: classes read from the writers who moved into tuning (shuqin, dawei, lamu, jingwen). Sentences written
 * for the test, not taken from any set.
 */

const hit = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });
const hedged = (answerTexts: string[], sentence: string, choice: string[] = []): PasteOutcome => ({
  kind: 'hedged',
  choice,
  answerTexts,
  sentence,
  passage: hit(sentence),
  basis: 'handbook',
});

describe('a rule’s title before the list asked for', () => {
  it('is left out of what is looked up', () => {
    expect(withoutRuleTitle('依照《中国共产党纪律处分条例》，党员要遵守的六项纪律包括( )')).toBe('党员要遵守的六项纪律包括( )');
    expect(withoutRuleTitle('《中国共产党章程》规定的党员义务有( )')).toBe('党员义务有( )');
    // Another book's title may be what is asked about.
    expect(withoutRuleTitle('《入党志愿书》要写哪些内容')).toBe('《入党志愿书》要写哪些内容');
  });

  it('lets a list question citing the 纪律处分条例 find the six disciplines (处分 in the title is not asked)', async () => {
    const raw = '【多选】下列纪律中，属于《中国共产党纪律处分条例》规定的六项纪律的有（ ）\nA.工作纪律\nB.财务纪律\nC.生活纪律\nD.政治纪律';
    const outcome = await resolvePaste(createPasteIndex([]), raw, async () => []);
    expect(outcome.kind).toBe('hedged');
    expect(outcomeAnswer(outcome)).toBe('ACD');
  });
});

describe('a 判断’s two answers on a line of their own', () => {
  it('make a statement ending in a blank a 判断, not a 填空', () => {
    const pasted = parsePasted(cleanPaste('党费应当按月交纳（ ）\n对     错'));
    expect(pasted.declaredType).toBe('判断');
    expect(parsePasted(cleanPaste('党费应当按月交纳（ ）\n√  ×')).declaredType).toBe('判断');
  });

  it('do not override a type the paste names', () => {
    expect(parsePasted(cleanPaste('【填空】党费应当按（ ）交纳\n对 错')).declaredType).toBe('填空');
  });
});

describe('an option exempting an item from a step', () => {
  const sentence = '党员大会的职权有：审议支委会报告；选举支部委员；讨论接收预备党员；讨论决定党员处分。';
  const raw = '【多选】属于党员大会职权的有（ ）\nA.选举支部委员\nB.讨论接收预备党员，无需报上级党委审批\nC.审议支委会报告';

  it('is left out of the items picked from the list', () => {
    const out = withoutExemptedItems(
      raw,
      hedged(['选举支部委员', '讨论接收预备党员，无需报上级党委审批', '审议支委会报告'], sentence, ['A', 'B', 'C']),
    );
    expect(outcomeAnswer(out)).toBe('AC');
  });

  it('is what a question asking for the wrong ones picks', () => {
    const wrong = raw.replace('属于党员大会职权的有', '下列做法不符合规定的有');
    const out = withoutExemptedItems(wrong, hedged(['讨论接收预备党员，无需报上级党委审批', '审议支委会报告'], sentence, ['B', 'C']));
    expect(outcomeAnswer(out)).toBe('BC');
  });

  it('withdraws a suggestion with fewer than two items left', () => {
    const out = withoutExemptedItems(raw, hedged(['选举支部委员', '讨论接收预备党员，无需报上级党委审批'], sentence, ['A', 'B']));
    expect(out.kind).toBe('abstain');
  });
});

describe('a blank filled from a sentence', () => {
  it('takes the range the sentence writes its number in', () => {
    const raw = '每个党小组一般设（ ）名组长';
    expect(outcomeAnswer(tidiedFills(raw, hedged(['两'], '党小组一般设组长一至两名。')))).toBe('一至两');
    expect(outcomeAnswer(tidiedFills(raw, hedged(['2'], '党小组一般设组长1～2名。')))).toBe('1～2');
  });

  it('keeps one number where the stem writes the range itself', () => {
    const raw = '党小组一般设（ ）至（ ）名组长';
    expect(outcomeAnswer(tidiedFills(raw, hedged(['一', '两'], '党小组一般设组长一至两名。')))).toBe('一、两');
  });

  it('leaves out the verb the stem says after the blank in other words', () => {
    const raw = '党员民主评议每（ ）组织一次';
    expect(outcomeAnswer(tidiedFills(raw, hedged(['年开展'], '民主评议党员一般每年开展一次。')))).toBe('年');
  });
});

describe('several rules’ blanks, one per clause', () => {
  const raw = '党小组会一般每（ ）召开一次；党课每（ ）至少讲一次。';

  it('are told apart clause by clause', () => {
    expect(blankClauses(raw)).toEqual(['党小组会一般每( )召开一次;', '党课每( )至少讲一次。']);
    // A case told first is what the blanks are about: not split.
    expect(blankClauses('某支部有党员60名。它应当改设（ ）；其下设（ ）。')).toBeUndefined();
    expect(blankClauses('党小组会一般每（ ）召开一次。')).toBeUndefined();
  });

  it('are filled together only when every clause is, each with its own 依据', async () => {
    const fills: Record<string, PasteOutcome> = {
      '党小组会一般每( )召开一次;': hedged(['月'], '党小组会一般每月召开一次。'),
      '党课每( )至少讲一次。': hedged(['季度'], '党课一般每季度至少讲一次。'),
    };
    const out = await byBlankClauses(raw, async (clause) => fills[clause] ?? { kind: 'abstain' });
    expect(outcomeAnswer(out!)).toBe('月、季度');
    expect(out!.kind === 'hedged' && out!.more?.map((m) => m.sentence)).toEqual(['党课一般每季度至少讲一次。']);
    const partly = await byBlankClauses(raw, async (clause) => (clause.startsWith('党课') ? { kind: 'abstain' } : fills[clause]!));
    expect(partly).toBeUndefined();
  });
});

describe('a rule that a decision goes on being carried out', () => {
  const rule = hit('党员可以对处分提出申诉。申诉期间，不停止对原处理、处分决定的执行。');

  it('is not contradicted by a statement that it goes on (继续执行, 照样执行)', () => {
    expect(suggestByFlippedClaim('判断：党员对处分提出申诉以后，原处分决定继续执行。', [rule])).toBeUndefined();
    expect(suggestByFlippedClaim('判断：提出申诉的，原来的处分决定照样执行。', [rule])).toBeUndefined();
  });

  it('is still contradicted by one that it is suspended', () => {
    const out = suggestByFlippedClaim('判断：党员对处分提出申诉以后，原处分决定暂停执行。', [rule]);
    expect(out && outcomeAnswer(out)).toBe('错误');
  });
});

describe('a statement on who is elected', () => {
  it('is judged by the election rule, asked as a 判断, marked after the sentence, or bare', () => {
    const half = suggestByElectionClaims('【判断】换届时某候选人拿到的赞成票刚好占到会人数的一半，算当选。');
    expect(half && outcomeAnswer(half)).toBe('错误');
    const marked = suggestByElectionClaims('选举时候选人得票刚好是一半，也能当选。（ ）');
    expect(marked && outcomeAnswer(marked)).toBe('错误');
    const over = suggestByElectionClaims('选支委时，候选人的赞成票超过半数才能当选。');
    expect(over && outcomeAnswer(over)).toBe('正确');
  });

  it('is not read where the paste asks', () => {
    expect(suggestByElectionClaims('选支委时候选人赞成票要超过多少才能当选')).toBeUndefined();
  });
});
