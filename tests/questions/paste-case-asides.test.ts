import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, resolvePaste } from '../../knowledge/questions/suggest';

/**
 * Issue 21, paste17: a case that says in brackets who lost a vote (正式党员30名（其中3名在留党察看期内）) counts
 * without them, as when it says so in a clause of its own. Brackets were read as asides and dropped, so every
 * 正式党员 was counted: a wrong count, worse than none. Cases written for the test.
 */

const empty = createPasteIndex([]);
const solve = async (raw: string) => outcomeAnswer(await resolvePaste(empty, raw, async () => [], undefined, createFactIndex([])));

describe('who lost a vote, said in brackets', () => {
  it('leaves them out of the count for the least votes in favour', async () => {
    // 30 − 3 = 27 vote: more than half is at least 14, not 16.
    expect(
      await solve(
        '三车间支部共有正式党员30名（其中3名在留党察看期内）、预备党员5名，党员大会表决一项决议，赞成的至少要（ ）人。\nA.14 B.15 C.16 D.18',
      ),
    ).toBe('A');
    // 20 − 2 = 18 vote: at least 10 as a blank too.
    expect(await solve('某支部正式党员20人（其中2人受留党察看处分），表决时至少要有（ ）人赞成才能通过。')).toBe('10');
  });

  it('judges a vote told that way the same', async () => {
    // 27 vote: 14 in favour pass.
    expect(await solve('判断：某支部正式党员30名（其中3名在留党察看期内），讨论决议时14人赞成，决议通过了。')).toBe('正确');
  });

  it('still counts every 正式党员 when the brackets take no vote away', async () => {
    expect(await solve('某支部共有正式党员25名（均有表决权），讨论决议，赞成的至少要（ ）人。\nA.12 B.13 C.14 D.15')).toBe('B');
  });
});
