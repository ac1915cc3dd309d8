import { describe, expect, it } from 'vitest';
import { createFactIndex, loadFacts } from '../../knowledge';
import { addMonths, givenDay, monthsSaid } from '../../knowledge/facts/dates';

/** Worked dates after a rule: the asker gives the day, the answer counts the period (knowledge/facts/dates.ts). */
const index = createFactIndex(loadFacts());
const answer = (q: string) => index.match(q)?.answer ?? '';

describe('reading a day and a length', () => {
  it('reads full days, months and years, and lengths in words or digits', () => {
    expect(givenDay('2023年5月1日成为预备党员')).toEqual({ year: 2023, month: 5, day: 1 });
    expect(givenDay('2023.5.1')).toEqual({ year: 2023, month: 5, day: 1 });
    expect(givenDay('2023年3月被确定')).toEqual({ year: 2023, month: 3 });
    expect(givenDay('2021年换届')).toEqual({ year: 2021 });
    expect(monthsSaid('半年')).toBe(6);
    expect(monthsSaid('一年半')).toBe(18);
    expect(monthsSaid('8个月')).toBe(8);
  });

  it('adds months across a year end and refuses a day the month does not have', () => {
    expect(addMonths({ year: 2023, month: 9, day: 15 }, 6)).toEqual({ year: 2024, month: 3, day: 15 });
    expect(addMonths({ year: 2023, month: 8, day: 31 }, 6)).toBeUndefined();
  });
});

describe('periods worked out from the day given', () => {
  it('an extended 预备期 ends a year and the extension after admission', () => {
    expect(answer('2023年5月1日成为预备党员，预备期延长了半年，什么时候期满')).toContain('预备期到2024年11月1日期满');
  });

  it('a 处分’s 影响期 ends by its kind; 开除党籍 bars five years', () => {
    expect(answer('我2024年3月10日受了警告处分，影响期到什么时候')).toContain('影响期到2025年3月10日');
    expect(answer('受严重警告处分是2023年6月1日，什么时候影响期结束')).toContain('影响期到2024年12月1日');
    expect(answer('开除党籍是2020年8月，最早哪年能重新入党')).toContain('2025年8月');
    // Two kinds named: which applies is not said, nothing is worked out.
    expect(answer('2024年3月10日先受警告又受严重警告，影响期到什么时候')).not.toContain('按你说的');
  });

  it('a 留党察看 of the length said, the 积极分子’s year, the next 换届 (village 5 years, else 3)', () => {
    expect(answer('留党察看一年，2023年9月1日处分的，什么时候到期')).toContain('到2024年9月1日期满');
    expect(answer('我2023年3月被确定为入党积极分子，最早什么时候能列为发展对象')).toContain('2024年3月以后');
    expect(answer('我们支部2021年选的支委，下次该哪年换届')).toContain('应在2024年换届');
    expect(answer('我们村支部2021年换届的，下一次换届是哪年')).toContain('应在2026年换届');
  });
});
