import { describe, expect, it } from 'vitest';
import { asksForPapers, saysPapers } from '../../knowledge';
import { matchedIds } from '../helpers/facts';

/**
 * Asking what to hand in or where to hand it (knowledge/facts/guards.ts): a rule on who qualifies does not say it,
 * so the neighbouring fact is not stated as the answer.
 */
describe('papers and where to hand them in', () => {
  it('reads the asking, not a mention of papers in the story', () => {
    expect(asksForPapers('五十年纪念章要准备什么材料')).toBe(true);
    expect(asksForPapers('纪念章该找谁申请')).toBe(true);
    expect(asksForPapers('表格填好了交到哪里')).toBe(true);
    expect(asksForPapers('我在写汇报材料，党员大会多久开一次')).toBe(false);
  });
  it('a text says them when it speaks of papers, an application or where it goes', () => {
    expect(saysPapers('本人提出申请，报上级党委')).toBe(true);
    expect(saysPapers('党龄达到50周年的党员可获颁纪念章')).toBe(false);
  });
  it('the rule on who gets the 50-year medal answers who gets it, not what to hand in', () => {
    expect(matchedIds('五十年纪念章要准备什么材料')).toEqual([]);
    expect(matchedIds('老党员领五十年纪念章该找谁申请')).toEqual([]);
    expect(matchedIds('光荣在党50年纪念章发给谁')).toEqual(['member.party-age.50']);
  });
});
