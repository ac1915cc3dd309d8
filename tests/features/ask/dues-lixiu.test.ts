import { describe, expect, it } from 'vitest';
import { duesForPaste } from '../../../bot/features/ask/dues';

/**
 * Issue 21, paste17: 离休费 is a pension like 退休费 and 离退休费 (a 离休 cadre's monthly pay), so a paste giving it
 * is worked out as a retired member's dues. Cases written for the test.
 */
describe('离休费 as a pension', () => {
  it('is read as the retired member’s income', () => {
    expect(duesForPaste('离休老干部老严每月离休费9000元，每月应交党费多少元？')?.monthly).toBe(90);
    expect(duesForPaste('一位离休同志每月领离休费4000元，他每月党费是（）元。')?.monthly).toBe(20);
  });
});
