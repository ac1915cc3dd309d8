import { describe, expect, it } from 'vitest';
import { suggestByBoundAsked } from '../../../knowledge/questions/bound-asked';
import type { PassageHit } from '../../../knowledge/questions/suggest';

/**
 * A bound asked in 个学时 where the source writes 学时 (issue 21, paste21): one unit, so the sentence on the asked
 * subject is read, and the value another subject's sentence gives in 个学时 is not taken for it. Written for the test.
 */
const hit = (text: string): PassageHit => ({ text, coverage: 0.9, source: 'handbook:test', title: '培训' });
const passages = [
  hit('党员每年参加集中学习培训的时间一般不少于32学时。'),
  hit('入党积极分子参加集中培训，时间一般不少于五天（或不少于四十个学时）。'),
];

describe('a bound asked with the counter 个 before its unit', () => {
  it('is read from the sentence that writes the unit without 个', () => {
    const raw = '【单选】党员每年参加集中学习培训，一般不少于（ ）个学时。\nA. 32\nB. 40\nC. 48\nD. 56';
    expect(suggestByBoundAsked(raw, passages)?.answerTexts).toEqual(['32']);
  });
});
