import { describe, expect, it } from 'vitest';
import { answeredInShown } from '../../../bot/features/ask/part-trust';
import type { FactMatch } from '../../../knowledge';
import { repeatsDone } from '../../../knowledge/facts/second-asks';
import { askingMember } from '../../helpers/asking-member';

/**
 * Replies that never contradict themselves, and the 党费 calculator's bounds and two people (issue 22, trust57).
 * Sentences written for this test, not taken from the writers' sets.
 */
const { ask, answer } = askingMember('member-trust57');
/** The reply's note that a part was not answered (strings.clauseOpen). */
const NOT_FOUND = '手册的条目里没有直接说到';

describe('a second ask the shown handbook says: quoted, never called not covered', () => {
  it('answers whether the 支委会 may decide from the paragraph the reply quotes', async () => {
    // Who chairs in the secretary's absence, quoted here before, is a fact of its own since facts60.
    const q = '支委会多长时间开一次，支委会能不能对重要工作作出决定';
    expect(await ask(q)).not.toContain(NOT_FOUND);
    expect(await answer(q)).toContain('对党支部的重要工作进行讨论并作出决定。”');
  });

  it('guard: two asks each with a fact of its own are both answered, neither quoted nor called open', async () => {
    const said = await answer('党费可以用来给大家发年货吗，另外党费归哪个部门管理');
    expect(said).toContain('党委组织部门代党委管理');
    expect(said).not.toContain(NOT_FOUND);
  });
});

/** A fact match as the reply holds it: its answer and the section it rests on. */
const shownMatch = (answer: string, text: string) =>
  ({
    fact: { id: 'test', q: '', a: answer },
    score: 1,
    similarity: 1,
    answer,
    section: { id: 's', chapter: '', section: '', source: 'handbook:s', title: '', text },
  }) as unknown as FactMatch;

describe('answeredInShown: the sentence that carries an ask’s content words', () => {
  const section = '小组会每月开一次。小组会由组长召集；组长不在时，可以请副组长召集。\n\n小组会要做好记录，记录由组长签字。';
  const match = shownMatch('小组会每月开一次。', section);

  it('finds the sentence with the ask’s words and verb', () => {
    const { answered, open } = answeredInShown(['组长不在能不能让副组长召集'], [match]);
    expect(answered.map((a) => a.sentence)).toEqual(['组长不在时，可以请副组长召集']);
    expect(open).toEqual([]);
  });

  it('guard: an ask on what holds once a thing is done (延期了…) needs a sentence that names that thing', () => {
    const terms = shownMatch('小组长一届两年，可以延期。', '小组长一届两年，可以延期。\n\n届满时工作称职的，应当按期改选。');
    expect(answeredInShown(['延期了还会按期改选吗'], [terms]).open).toEqual(['延期了还会按期改选吗']);
  });

  it('guard: a sentence naming the same people to say something else leaves the ask open', () => {
    // The record sentence names 组长 but not who may sign for them.
    expect(answeredInShown(['组长不在谁来代签'], [match]).open).toEqual(['组长不在谁来代签']);
  });
});

describe('a part that opens by saying done the verb an earlier part ended on (撤了…)', () => {
  it('reads 撤了 after an earlier part that asked whether to 撤 as done again', () => {
    expect(repeatsDone('撤了大家的关系转哪', ['上面能不能把支部撤了'])).toBe(true);
    expect(repeatsDone('去了外地还交党费吗', ['支部能不能撤了'])).toBe(false);
  });
});

describe('the 党费 calculator: a figure on a band’s bound, and two people with two bases', () => {
  it('says the band a figure right on its bound falls in, in words', async () => {
    const pension = await answer('我爸领的养老金不多不少正好5000块，党费怎么算');
    expect(pension).toContain('5000元正好在“5000元以下（含5000元）”这一档，按0.5%交纳，每月25元');
    const pay = await answer('她每个月工资刚好一万，党费交多少');
    expect(pay).toContain('10000元正好在“5000元以上至10000元（含10000元）”这一档，按1.5%交纳，每月150元');
  });

  it('guard: a figure inside a band gets no bound sentence', async () => {
    expect(await answer('我工资7000，党费交多少')).not.toContain('正好在');
  });

  it('works out the asker’s pension and the spouse’s pay each, asking nothing back', async () => {
    const said = await answer('我每月退休金4500，我爱人上班工资7000，两个人党费各交多少');
    expect(said).toContain('你：每月离退休费 4500 元 × 0.5% = 22.5 元/月');
    expect(said).toContain('你爱人：每月工资收入（按税后计） 7000 元 × 1.5% = 105 元/月');
    expect(said).not.toContain('分不清');
  });

  it('works out a pension and a pay of two people named by pronoun, the pay taken as after tax and said so', async () => {
    const said = await answer('退休金3800，他工资9000，两人党费各交多少');
    expect(said).toContain('每月工资收入（按税后计） 9000 元 × 1.5% = 135 元/月');
    expect(said).toContain('每月离退休费 3800 元 × 0.5% = 19 元/月');
  });

  it('guard: a pre-tax pay of one person is asked back about by name, the other computed', async () => {
    const said = await answer('我税前工资9000，老伴退休金2600，我们各交多少党费');
    expect(said).toContain('你：你说的 9000 元是税前数额');
    expect(said).toContain('老伴：每月离退休费 2600 元 × 0.5% = 13 元/月');
  });
});
