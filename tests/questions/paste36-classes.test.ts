import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { suggestByElectionClaims } from '../../knowledge/questions/election-claims';
import { namesOtherActor, withoutOtherActors } from '../../knowledge/questions/other-actor';
import { suggestByParaphrase } from '../../knowledge/questions/paraphrase-statement';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { withoutStemTail } from '../../knowledge/questions/stem-tail';
import { outcomeAnswer, type PassageHit, type PasteOutcome, resolvePaste } from '../../knowledge/questions/suggest';
import { trailingStatement } from '../../knowledge/questions/trailing-box';
import { bankQuestion } from '../helpers/bank-question';

/**
 * paste36: classes behind the misses of ruiqin, guangming and xinyue. Sentences written for the test; a club's or a
 * youth league's rules stand in for the handbook's where a passage is given.
 */

const passage = (text: string): PassageHit => ({ text, coverage: 0.9, source: 'handbook:test', title: '测试手册 › 会员' });
const answer = async (raw: string, passages: PassageHit[], bank = createPasteIndex([])) =>
  outcomeAnswer(await resolvePaste(bank, raw, async () => passages, undefined, createFactIndex([])));

describe('a 填空 named as such whose stem a bank 单选 asks', () => {
  const bank = createPasteIndex([
    bankQuestion({ stem: '见习会员每季度交纳会费（）。', options: ['3元', '5元', '10元', '按收入的1%'], answer: 'B' }),
  ]);

  it('is filled with the correct option’s words, as the bank’s own question, as when no type is named', async () => {
    const found = (raw: string) => bank.lookup(raw);
    expect(found('【填空题】见习会员每季度交纳会费（ ）元。')).toMatchObject({ kind: 'bank', answerTexts: ['5元'] });
    expect(found('7.（填空）见习会员每季度交纳会费（ ）。\n是五块吗')).toMatchObject({ kind: 'bank', answerTexts: ['5元'] });
    expect(await answer('【填空题】见习会员每季度交纳会费（ ）元。', [], bank)).toBe('5');
  });

  it('is still no 判断 nor 多选 answer of that question', async () => {
    expect(await answer('【判断】见习会员每季度交纳会费5元。', [], bank)).not.toBe('5元');
    expect(await answer('【多选】见习会员每季度交纳会费（ ）\nA.3元\nB.5元\nC.10元\nD.按收入的1%', [], bank)).toBeUndefined();
  });
});

describe('a statement ending with how a decision is carried out, its box after it and no full stop', () => {
  const rule = passage('会员对处理决定不服的，可以申请复核；复核期间，不停止原处理决定的执行。');

  it('is read as a 判断, the box its mark', async () => {
    expect(trailingStatement('复核期间原来的处理决定暂停执行（ ）')).toBe('复核期间原来的处理决定暂停执行。');
    expect(trailingStatement('申请复核以后 原决定照样执行（ ）\n应该对吧')).toBe('申请复核以后 原决定照样执行。');
    expect(await answer('会员不服处理申请复核的 复核期间原来的处理决定暂停执行（ ）\n我猜是对的', [rule])).toBe('错误');
  });

  it('is not read so where 执行 has an object, or nothing says how it is carried out', () => {
    expect(trailingStatement('复核期间由（ ）执行')).toBeUndefined();
    expect(trailingStatement('复核期间原处理决定的执行（ ）')).toBeUndefined();
    expect(trailingStatement('原处理决定由理事会执行（ ）')).toBeUndefined();
  });
});

describe('an option picked as a list’s item that hands the act to someone the list does not name', () => {
  // Who acts is told by the rules' names for bodies and posts (subject-swap.ts), so those are the names used here.
  const sentence = '党员大会可以做的事有：听支委会述职；选出支委；议定对党员的奖惩。';
  const hedged = (choice: string[], options: string[]): PasteOutcome => ({
    kind: 'hedged',
    choice,
    answerTexts: choice.map((l) => options['ABCD'.indexOf(l)]!),
    sentence,
    passage: passage(sentence),
    basis: 'handbook',
  });
  const options = ['听支委会述职', '选出支委', '议定对党员的奖励', '由党小组长议定对党员的惩处'];
  const raw = `下列属于党员大会职权的有（ ）\n${options.map((o, i) => `${'ABCD'[i]}.${o}`).join('\n')}`;

  it('is left out; the other items stand', () => {
    const out = withoutOtherActors(raw, hedged(['A', 'B', 'C', 'D'], options));
    expect(out.kind === 'hedged' && out.choice).toEqual(['A', 'B', 'C']);
  });

  it('is kept when the list or the stem names that one, or no one is handed the act', () => {
    expect(namesOtherActor('由党小组长议定对党员的惩处', sentence, '下列属于党员大会职权的有（ ）')).toBe(true);
    expect(namesOtherActor('由支委会提名候选人', '支委会提名候选人，党员大会投票。', '下列做法正确的有')).toBe(false);
    expect(namesOtherActor('由党小组长召集', '每月开一次会。', '党小组长的职责有')).toBe(false);
    expect(namesOtherActor('议定对党员的惩处', sentence, '下列属于党员大会职权的有')).toBe(false);
  });

  it('is the answer itself where the stem asks what is not so', () => {
    const negative = raw.replace('属于', '不属于');
    expect(withoutOtherActors(negative, hedged(['D'], options))).toEqual(hedged(['D'], options));
    const out = withoutOtherActors(negative, hedged(['A', 'D'], options));
    expect(out.kind === 'hedged' && out.choice).toEqual(['A', 'D']);
  });

  it('leaves no answer where fewer than two items remain', () => {
    expect(withoutOtherActors(raw, hedged(['B', 'D'], options)).kind).toBe('abstain');
  });
});

describe('options that complete a stem about 留党察看 with its blank', () => {
  it('are judged as the statements they make, by the topic’s rules', () => {
    const out = suggestByElectionClaims(
      '受到留党察看的同志，察看那段时间里（ ）\nA.不能投票表决\nB.不能参加选举\nC.仍然按月交党费\nD.可以不过组织生活',
    );
    expect(out?.choice).toEqual(['A', 'B', 'C']);
  });

  it('leave the question unanswered where one option is a thing no rule speaks of', () => {
    expect(
      suggestByElectionClaims(
        '受到留党察看的同志，察看那段时间里（ ）\nA.不能投票表决\nB.不能参加选举\nC.不能外出旅游\nD.可以不过组织生活',
      ),
    ).toBeUndefined();
  });
});

describe('a 判断 that says a rule’s exception first (除了没有…以外，…)', () => {
  const rule = passage('见习会员的权利与正式会员相同，但没有投票权和被选举权。');

  it('restates the rule with its exception after it', () => {
    const said = (s: string) => suggestByParaphrase(s, [rule])?.answerTexts;
    expect(said('【判断】见习会员除了没有投票权和被选举权以外，享有和正式会员一样的权利。')).toEqual(['正确']);
    expect(said('【判断】见习会员享有和正式会员一样的权利，但没有投票权和被选举权。')).toEqual(['正确']);
  });

  it('is not read so where the exception is a thing had, or the rest is denied', () => {
    const said = (s: string) => suggestByParaphrase(s, [rule])?.answerTexts;
    expect(said('【判断】见习会员除了没有投票权和被选举权以外，不享有正式会员的其他权利。')).toBeUndefined();
    expect(said('【判断】见习会员除了有投票权和被选举权以外，享有和正式会员一样的权利。')).toBeUndefined();
  });
});

describe('a 判断 that joins a rule’s two clauses with 但', () => {
  const rule = passage('见习期满还需考察的，可以延长见习期，延长时间最长半年；不合格的，取消其见习会员资格。');
  const said = (s: string) => suggestByParaphrase(s, [rule])?.answerTexts;

  it('restates the rule: 但 adds no claim of its own', () => {
    expect(said('【判断】见习会员的见习期可以延长，但最长不超过半年。')).toEqual(['正确']);
  });

  it('is still read by its words of force and bound', () => {
    expect(said('【判断】见习会员的见习期可以延长，但至少半年。')).toBeUndefined();
    expect(said('【判断】见习会员的见习期不可以延长，但最长不超过半年。')).toBeUndefined();
  });
});

describe('a fill whose bound the stem writes right after the blank', () => {
  const bank = createPasteIndex([
    bankQuestion({
      stem: '见习会员要经过（）的考察，才可以转为正式会员。',
      options: ['三个月以上', '半年以上', '一年以上', '两年以上'],
      answer: 'B',
    }),
  ]);

  it('is the words before the bound: the stem already says 以上', async () => {
    expect(await answer('见习会员要经过____以上的考察，才可以转为正式会员。', [], bank)).toBe('半年');
    expect(await answer('【填空】见习会员要经过（ ）以上的考察，才可以转为正式会员。', [], bank)).toBe('半年');
  });

  it('keeps its bound where the stem writes none, or another word, after the blank', () => {
    const fill = (answerTexts: string[]): PasteOutcome => ({
      kind: 'hedged',
      choice: [],
      answerTexts,
      sentence: '',
      passage: passage(''),
      basis: 'handbook',
    });
    expect(withoutStemTail('见习会员要经过（ ）的考察。', fill(['半年以上']))).toEqual(fill(['半年以上']));
    expect(withoutStemTail('见习会员要经过（ ）以上的考察。', fill(['半年以上/六个月以上']))).toEqual(fill(['半年/六个月']));
    expect(withoutStemTail('见习会员要经过（ ）以内的考察。', fill(['半年以上']))).toEqual(fill(['半年以上']));
    expect(withoutStemTail('（ ）以上', fill(['以上']))).toEqual(fill(['以上']));
  });
});

describe('a 判断 on an election that states two points parted by ；', () => {
  const verdict = (s: string) => suggestByElectionClaims(s)?.answerTexts;

  it('is true when each point is, false when one is not', () => {
    expect(verdict('【判断】改选支委时，对候选人投了反对票的人可以另外选别人；弃权的人不能另外选别人。')).toEqual(['正确']);
    expect(verdict('【判断】改选支委时，对候选人投了反对票的人可以另外选别人；弃权的人也能另外选别人。')).toEqual(['错误']);
  });

  it('is left where a point is one no rule reads', () => {
    expect(verdict('【判断】改选支委时，对候选人投了反对票的人可以另外选别人；弃权的人不能另外选别人；大会要放在周末开。')).toBeUndefined();
  });
});
