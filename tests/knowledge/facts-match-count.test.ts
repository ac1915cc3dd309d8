import { describe, expect, it } from 'vitest';
import { cleanQuestion, type FactIndex, matchParts, normalizeInput } from '../../knowledge';
import { factIndex } from '../helpers/facts';

type MatchOptions = Parameters<FactIndex['match']>[1];

/**
 * The fact layer's cost on its hot path: how often one message is matched whole. A single question typed with no
 * mark (most questions) is read whole once; the run-on reading (runOnPair) reuses that match and does not read again
 * a run the part reader already read as a spoken pair, and the weak reading after a sure one does not read the run
 * on either. Counted through an index that records every match asked of it. Sentences written for these tests.
 */
function counted(): { index: FactIndex; wholeMatches: (message: string) => number; calls: () => number } {
  const asked: string[] = [];
  const index: FactIndex = {
    ...factIndex,
    match: (question: string, options?: MatchOptions) => {
      asked.push(cleanQuestion(question));
      return factIndex.match(question, options);
    },
  };
  return {
    index,
    wholeMatches: (message) => asked.filter((q) => q === cleanQuestion(message)).length,
    calls: () => asked.length,
  };
}

const ask = (message: string, options?: MatchOptions) => {
  const count = counted();
  const text = normalizeInput(message);
  const ids = matchParts(count.index, text, options, []).map((m) => m.fact.id);
  return { ids, whole: count.wholeMatches(text), calls: count.calls() };
};

/** Single questions with no mark, short and long (long enough for the run-on reading to try cutting them). */
const SINGLE = [
  '入党介绍人一般要找几个',
  '预备党员在支部大会上能不能参加投票表决',
  '支部委员会多长时间要开一回会',
  '党员到外地打工了组织关系怎么转',
];

describe('matching a single question whole', () => {
  it('happens once for a sure reading', () => {
    for (const q of SINGLE) {
      const read = ask(q);
      expect(read.ids.length, q).toBeGreaterThan(0);
      expect(read.whole, q).toBe(1);
    }
  });

  it('happens once on the answer path (weak matches allowed) when the sure reading finds the fact', () => {
    for (const q of SINGLE) expect(ask(q, { weak: true }).whole, q).toBe(1);
  });

  it('happens once per reading (sure, then weak) for a question no fact answers', () => {
    const read = ask('楼下食堂今天中午做的什么菜比较好吃', { weak: true });
    expect(read.ids).toEqual([]);
    expect(read.whole).toBe(2);
  });

  it('gives the same facts as the index read without counting', () => {
    for (const q of SINGLE)
      expect(ask(q, { weak: true }).ids, q).toEqual(matchParts(factIndex, normalizeInput(q), { weak: true }).map((m) => m.fact.id));
  });
});

describe('two questions run on with no mark', () => {
  it('are still read as a pair, each side finding its own fact', () => {
    const read = ask('支部委员会多长时间开一回会入党介绍人一般要找几个', { weak: true });
    expect(read.ids).toHaveLength(2);
    expect(read.ids).toEqual([...ask('支部委员会多长时间开一回会').ids, ...ask('入党介绍人一般要找几个').ids]);
  });
});
