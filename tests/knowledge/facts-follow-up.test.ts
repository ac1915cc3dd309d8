import { describe, expect, it } from 'vitest';
import { askingClauses } from '../../knowledge/facts/clauses';
import { matchedIds } from '../helpers/facts';

/**
 * "A多久开一次？B呢？" asks the same of B. A remark after it ("村里支书老是问我") asks nothing and is not part of B's
 * question; a 呢 typed apart ("B 呢") ends B's question, it is no clause of its own. Either way B was lost and only
 * A answered: half an answer, read as the whole.
 */
describe('a follow-up asked with 呢', () => {
  it('is answered when a remark follows it', () => {
    expect(matchedIds('支委会多久开一次？党课呢？村里支书老是问我')).toEqual(['life.committee.frequency', 'life.lecture.frequency']);
    expect(matchedIds('党小组会多久开一次？党课呢？支部书记老问')).toEqual(['life.group.frequency', 'life.lecture.frequency']);
  });
  it('is answered when its 呢 is typed apart', () => {
    expect(matchedIds('党员大会 多久 开 一次 ？ 党课 呢')).toEqual(['life.general.frequency', 'life.lecture.frequency']);
  });
  it('the remark is not read as asked, and a lone particle joins the words before it', () => {
    expect(askingClauses('支委会多久开一次，党课呢，村里支书老是问我')).toEqual(['支委会多久开一次', '党课呢']);
    expect(askingClauses('支委会多久开一次，党课 呢')).toEqual(['支委会多久开一次', '党课呢']);
  });
});
