import { describe, expect, it } from 'vitest';
import { readSpoken } from '../../knowledge';
import { matchedIds } from '../helpers/facts';

/**
 * The fact layer's prefilters (knowledge/facts/facts.ts, knowledge/text/spoken.ts) skip work that could not change a
 * match: they must never skip what the full reading would have found. Wordings written for this test.
 */
describe('the subject-word prefilter keeps the typo reading', () => {
  it('finds a four-character subject word with one character mistyped by shape, not sound', () => {
    // 着 for 看 and 贝 for 员: neither a listed typo nor a homophone, read only by the one-character allowance.
    expect(matchedIds('留党察着最长多久')).toContain('discipline.watch.length');
    expect(matchedIds('流动党贝归谁管')).toContain('member.mobile.manage');
  });
});

describe('the spoken table read only where its spelling stands', () => {
  it('still reads guarded spellings and leaves text without them as it was', () => {
    expect(readSpoken('党费咋个交')).toBe(readSpoken('党费怎么交'));
    expect(readSpoken('预备党员要交党费吗')).toBe('预备党员要交党费吗');
  });
});
