import { describe, expect, it } from 'vitest';
import { askingParts, cleanQuestion, matchParts, normalizeInput } from '../../knowledge';
import { factIndex } from '../helpers/facts';
import { generateRunOn, generateTwoInOne, RUN_ON_SHAPES, TWO_IN_ONE_SHAPES } from '../helpers/two-in-one-generator';

/**
 * Two things asked in one message (issue 22, facts23): spoken through voice input with no mark between, the second
 * part pointing back to the subject by 那它 / 那这个 / 然后, and a numbered pair whose first item is a bare noun
 * phrase. Each part gets its own fact, or is said to be open; none is dropped while the other is answered. The
 * sentences are written for these tests.
 */
const answer = (q: string) => {
  const open: string[] = [];
  const ids = matchParts(factIndex, normalizeInput(q), { weak: true }, open).map((m) => m.fact.id);
  return { ids, open };
};

describe('two questions run together with no mark between (voice input)', () => {
  it('a closing 吗 or 是什么 followed by a second question of four characters or more cuts there', () => {
    const parts = (q: string) => askingParts(cleanQuestion(normalizeInput(q)));
    expect(parts('党费能拿去聚餐吗退休的老党员党费交多少')).toEqual(['党费能拿去聚餐吗', '退休的老党员党费交多少']);
    expect(parts('入党誓词是什么宣誓的时候右手要举多高呢')).toEqual(['入党誓词是什么', '宣誓的时候右手要举多高呢']);
    // What follows is not a question of its own: one question.
    expect(parts('是预备党员吗还是正式的')).toHaveLength(1);
    expect(parts('你知道三会一课是什么吧')).toHaveLength(1);
  });

  it('two questions each a fact answers are both answered, the second not lost to the first', () => {
    const first = answer('党小组组长怎么产生').ids[0];
    const second = answer('中央委员会每届任期几年').ids[0];
    expect(answer('党小组组长怎么产生中央委员会每届任期几年').ids).toEqual([first, second]);
  });

  it('one question with two question words stays one question', () => {
    const one = answer('预备党员能不能参加表决');
    expect(one.ids).toHaveLength(1);
  });
});

describe('a second part that points back to the subject said before', () => {
  it('那它 / 那这个 / 然后 stand for the subject, which is carried in', () => {
    const form = answer('党课有哪些形式').ids[0];
    expect(form).toBeDefined();
    expect(answer('党课一般多久上一次。那它有哪些形式').ids).toContain(form);
    expect(answer('党课多久上一次，然后有哪些形式').ids).toContain(form);
    expect(answer('党课一般多久上一次？那这个都有哪些形式').ids).toContain(form);
  });
});

describe('a numbered pair whose first item asks with no question word', () => {
  it('each item is its own question', () => {
    const retired = answer('退休党员党费比例是多少').ids[0];
    const both = answer('1、退休党员党费比例；2、纪检委员管什么');
    expect(both.ids).toHaveLength(2);
    expect(both.ids[0]).toBe(retired);
  });
});

describe('the two-in-one generator', () => {
  it('makes every shape in both halves, the halves with other wordings', () => {
    for (const vocab of ['tune', 'apart'] as const) {
      const items = generateTwoInOne(factIndex.facts, 60, 3, vocab);
      expect(new Set(items.map((i) => i.shape))).toEqual(new Set(TWO_IN_ONE_SHAPES));
      for (const item of items) expect(item.facts[0]).not.toBe(item.facts[1]);
    }
    const tune = generateTwoInOne(factIndex.facts, 60, 3, 'tune').map((i) => i.text);
    const apart = generateTwoInOne(factIndex.facts, 60, 3, 'apart').map((i) => i.text);
    expect(tune.filter((t) => apart.includes(t))).toEqual([]);
  });
});

describe('the run-on two-in-one generator (facts33)', () => {
  it('makes every shape in both halves with no mark between the two questions, the halves with other wordings', () => {
    for (const vocab of ['tune', 'apart', 'fresh'] as const) {
      const items = generateRunOn(factIndex.facts, 60, 3, vocab);
      expect(new Set(items.map((i) => i.shape))).toEqual(new Set(RUN_ON_SHAPES));
      for (const item of items) {
        expect(item.facts[0]).not.toBe(item.facts[1]);
        expect(item.text).not.toMatch(/[，,。；;？?！!]/);
      }
    }
    const tune = generateRunOn(factIndex.facts, 60, 3, 'tune').map((i) => i.text);
    const apart = generateRunOn(factIndex.facts, 60, 3, 'apart').map((i) => i.text);
    const fresh = generateRunOn(factIndex.facts, 60, 3, 'fresh').map((i) => i.text);
    expect(tune.filter((t) => apart.includes(t))).toEqual([]);
    expect(fresh.filter((t) => tune.includes(t) || apart.includes(t))).toEqual([]);
  });
});
