import { describe, expect, it } from 'vitest';
import { type PassageHit, suggestFromHandbook } from '../../knowledge/questions/suggest';

/** Issue 21 (paste15): a blank the handbook fills with a list of three options. Paste and passage written for the test. */

describe('a blank filled with a list', () => {
  it('takes every option of the list, the third standing next to the second rather than the first', () => {
    const hits: PassageHit[] = [
      {
        text: '预备党员的权利有限制。“三权”是指表决权、选举权和被选举权，预备党员没有这三项权利。',
        coverage: 1,
        source: 'handbook:test',
        title: '测试',
      },
    ];
    const outcome = suggestFromHandbook('党内常说的“三权”是指（ ）\nA.表决权\nB.选举权\nC.被选举权\nD.申诉权', hits);
    expect(outcome.kind === 'hedged' && outcome.choice).toEqual(['A', 'B', 'C']);
  });
});
