import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../knowledge';
import { leagueTerms, namedOtherFees } from '../../knowledge/facts/facts';
import { generateUnanswerable, swapWords, tallyGenerated } from '../helpers/fact-question-generator';
import { factIndex, matchedIds } from '../helpers/facts';

/**
 * Near-but-unanswerable questions (tests/helpers/fact-question-generator.ts, generateUnanswerable): a fact's own
 * question with one part swapped for something the handbook does not hold. Nothing is the right answer; a fact
 * given is a neighbouring fact stated as if it answered.
 */
describe('near-but-unanswerable questions (generator)', () => {
  const facts = loadFacts();

  it('swaps one part of a fact’s own wording for a word no fact says, in both halves', () => {
    const said = facts.map((f) => [f.q, ...f.p, f.a].join('|')).join('|');
    for (const vocab of ['tune', 'apart'] as const) {
      const items = generateUnanswerable(facts, 200, 7, vocab);
      expect(items).toHaveLength(200);
      for (const item of items) {
        expect(item.facts).toEqual([]);
        expect(item.text).not.toBe(item.source);
        expect(swapWords(vocab).some((w) => item.text.includes(w) && !said.includes(w))).toBe(true);
      }
    }
    // The halves share no replacement.
    expect(swapWords('tune').filter((w) => swapWords('apart').includes(w))).toEqual([]);
  });

  it('the tuning half rarely finds a fact (fixed seed)', () => {
    const items = generateUnanswerable(facts, 600, 20261206, 'tune');
    const tally = tallyGenerated(items, facts, factIndex);
    // Seed 20261206, 600 questions: 550 refused, 50 wrong before the League's terms were read as another body's;
    // 580, 20 once they were; 588, 12 once another fee than the 党费 was too (the rest: 会计 for 书记, 辞职报告 for
    // 入党申请书). Fails before (8.3%).
    expect(tally.wrong / items.length).toBeLessThanOrEqual(0.025);
  });
});

describe('another fee than the 党费', () => {
  it('a 党费 rule does not answer a question on another fee', () => {
    // Each matched the 党费 rule before.
    expect(matchedIds('农民党员交多少会费')).toEqual([]);
    expect(matchedIds('连续几个月不交会费算脱党')).toEqual([]);
    expect(matchedIds('入党积极分子要交会费吗')).toEqual([]);
  });

  it('names no fee where the 党费 is asked too, or 费 is paying or spending', () => {
    expect(namedOtherFees('医药费开销大，党费能免交吗', '')).toEqual([]);
    expect(namedOtherFees('每月交费多少，缴费有没有收据', '')).toEqual([]);
    expect(namedOtherFees('这事太费劲了', '')).toEqual([]);
    expect(namedOtherFees('会费和物业费怎么交', '')).toEqual(['会费', '业费']);
    expect(matchedIds('农民党员交多少党费')).toEqual(['dues.fixed']);
  });
});

describe('the League’s terms (党 swapped for 团)', () => {
  it('are made from the facts’ own Party terms, whole and by their pairs', () => {
    const terms = leagueTerms(['主题党日', '入党介绍人'], [['党章规定'], ['党章第三十一条'], ['按党章'], ['党章'], ['党章和'], ['党的']]);
    expect(terms).toEqual(expect.arrayContaining(['主题团日', '团日', '入团介绍人', '团章']));
    // Grammar after 党 is no term; a pair said in fewer than five facts is not taken from the sentences.
    expect(terms).not.toContain('团的');
    expect(leagueTerms([], [['党章']])).toEqual([]);
  });

  it('a Party fact does not answer the League’s term put in its place', () => {
    // Each matched the Party fact before (主题团日 read as a typo of 主题党日; 团章 and 团课 not read at all).
    expect(matchedIds('主题团日多久一次')).toEqual([]);
    expect(matchedIds('主题团日能代替三会一课吗')).toEqual([]);
    expect(matchedIds('团章规定任期多久')).toEqual([]);
    expect(matchedIds('党委书记每年讲几次团课')).toEqual([]);
  });

  it('still answers the Party’s own question, and 团 ending another word (集团) names no League term', () => {
    expect(matchedIds('主题党日多久一次')).toEqual(['life.theme-day']);
    expect(matchedIds('党章规定任期多久')).toEqual(['branch.term']);
    expect(matchedIds('集团内部的党支部多久开一次支委会')).toEqual(['life.committee.frequency']);
  });
});
