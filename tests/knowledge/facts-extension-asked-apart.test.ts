import { describe, expect, it } from 'vitest';
import { matchParts, normalizeInput } from '../../knowledge';
import { factIndex } from '../helpers/facts';

/**
 * The extension of a 预备期 told apart from it in one clause (预备期到了…需要延长的, 他的预备期我们想延长), and the body
 * that decides asked as a place (由哪里讨论, 由哪个组织决定): issue 22, facts45. Read as the rules say them (延长预备期,
 * 由谁), so the item of a list that asks who decides an extension is answered, not left open or answered with the
 * approval of an admission. The sentences are written for these tests.
 */
const answer = (q: string) => {
  const open: string[] = [];
  const ids = matchParts(factIndex, normalizeInput(q), { weak: true }, open).map((m) => m.fact.id);
  return { ids, open };
};

describe('an extension of the 预备期 said apart from it', () => {
  it('answers who decides it, alone', () => {
    expect(answer('他的预备期我们想延长，要谁批准').ids).toEqual(['member.probation.outcomes']);
    expect(answer('预备期没通过考察要延长的话，谁说了算').ids).toEqual(['member.probation.outcomes']);
  });

  it('answers the second item of a list (一是…；二是…) that asks it, beside the first', () => {
    const { ids, open } = answer('想问两件事：一是预备期一般多久；二是预备期到了表现还差点、需要延长的，由哪里讨论、报谁批准');
    expect(ids).toEqual(['member.probation.length', 'member.probation.outcomes']);
    expect(open).toEqual([]);
  });

  it('reads the body asked as a place before a verb of deciding as who decides', () => {
    expect(answer('预备期快满了支委想延期，这事由哪个组织决定').ids).toEqual(['member.probation.outcomes']);
  });

  // A guard: how long it may be extended is still the extension's own fact.
  it('keeps how long an extension may be on its own fact', () => {
    expect(answer('预备期满了能延长多久').ids).toEqual(['member.probation.extend']);
  });
});
