import { describe, expect, it } from 'vitest';
import { everydayAsk } from '../../helpers/everyday-ask';
import { factIndex } from '../../helpers/facts';

/**
 * Two answers that did not answer, found with helpers' own sentences (issue 22, facts66), through the everyday eval's
 * own path: a deed told and then placed among the six disciplines ("这是六大纪律中的哪一项") got the list of the six; a
 * retired member's voluntary extra sum, asked of a local use, got the rule for a retired member's monthly base. Neither
 * answer may come back; the list and the base rule still answer their own asks. Sentences written for this test.
 */
const said = (id: string) => factIndex.facts.find((f) => f.id === id)!.a.split(/[。；：]/)[0]!;

describe('asks that an answer on the same topic does not answer', () => {
  const ask = everydayAsk();

  it('a deed placed among the six disciplines never gets the list of the six', async () => {
    for (const q of ['村里评困难户时支书把名额给了自家亲戚，这是六大纪律中的哪一项', '收了老板的购物卡还替他办事，这算六项纪律里哪一个']) {
      expect((await ask(q)).answer).not.toContain(said('discipline.six'));
    }
  });

  it("a retired member's voluntary extra sum asked of a local use never gets the retired base rule", async () => {
    const reply = await ask('有个退休老党员自愿多交了三千元党费，支部拿来买学习资料行不行');
    expect(reply.answer).not.toContain(said('dues.retired'));
  });

  it('guard: the list, the first of the six and the retired base still answer their own asks', async () => {
    expect((await ask('六大纪律是哪些')).answer).toContain(said('discipline.six'));
    expect((await ask('六项纪律中哪一项最重要')).answer).toContain(said('discipline.six'));
    expect((await ask('退休党员党费怎么交')).answer).toContain(said('dues.retired'));
  });
});
