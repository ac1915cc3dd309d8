import { describe, expect, it } from 'vitest';
import { judge } from '../../scripts/eval/everyday.eval';

/** The everyday eval's verdict: a space between a figure and its unit is typography, not another answer. */
describe('everyday judge', () => {
  it('reads "56 元/月" as stating 56元', () => {
    const result = { kind: 'dues', answer: '5600 × 1% = 56 元/月', citations: [], confidence: 1 } as never;
    expect(judge({ q: 'x', facts: [['56元']] } as never, result)).toBe('right');
    expect(judge({ q: 'x', facts: [['65元']] } as never, result)).toBe('wrong');
  });
});
