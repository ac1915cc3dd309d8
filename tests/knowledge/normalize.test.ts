import { describe, expect, it } from 'vitest';
import { normalizeInput, simplify } from '../../knowledge';

describe('simplify', () => {
  it.each([
    ['黨費怎麼交', '党费怎么交'],
    ['路燈壞了', '路灯坏了'],
    ['乾部', '干部'],
    ['後來', '后来'],
    ['月底前回覆', '月底前回复'],
  ])('turns traditional %s into %s', (typed, simplified) => {
    expect(simplify(typed)).toBe(simplified);
  });

  it.each([
    // The converter's phrase table reads 打坏 as 打坯 (make adobe bricks): simplified text typed is kept as typed.
    ['打坏了', '打坏了'],
    ['颱風打坏的渔船', '台风打坏的渔船'],
    ['党费怎么交', '党费怎么交'],
  ])('leaves the simplified characters of %s as typed', (typed, simplified) => {
    expect(simplify(typed)).toBe(simplified);
  });

  it('is what user input is compared in', () => {
    expect(normalizeInput('  颱風打坏　村口路燈 ')).toBe('台风打坏 村口路灯');
  });
});
