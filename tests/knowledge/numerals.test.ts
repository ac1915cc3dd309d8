import { describe, expect, it } from 'vitest';
import { chineseNumber } from '../../knowledge/text/numerals';

describe('chineseNumber', () => {
  it('reads numerals as people say amounts and counts', () => {
    const cases: [string, number][] = [
      ['三', 3],
      ['两', 2],
      ['十', 10],
      ['十五', 15],
      ['二十', 20],
      ['二十一', 21],
      ['一百', 100],
      ['一百零五', 105],
      ['一百五', 150],
      ['一百五十', 150],
      ['两千', 2000],
      ['三千五', 3500],
      ['三千五百', 3500],
      ['六千五', 6500],
      ['一千零五', 1005],
      ['八千', 8000],
      ['一万', 10_000],
      ['一万二', 12_000],
      ['一万二千', 12_000],
      ['一万零五百', 10_500],
      ['十万', 100_000],
    ];
    for (const [text, value] of cases) expect([text, chineseNumber(text)]).toEqual([text, value]);
  });

  it('refuses runs that are not one number', () => {
    for (const text of ['六一', '二五', '十十', '百千', '一万一万', '', 'abc', '12'])
      expect([text, chineseNumber(text)]).toEqual([text, undefined]);
  });
});
