import { describe, expect, it } from 'vitest';
import { splitReminder } from '../../bot/features/reminders/personal/index';
import { parseDeadline } from '../../bot/scheduler/parse/deadline';

// Wednesday 2026-03-04, 10:00 Beijing time, as the tickets eval's clock. Each class of deadline phrase people type
// (see tests/helpers/deadline-generator.ts), in the shared grammar and in a reminder that reads it; wordings of our
// own, none the generator's.
const from = new Date('2026-03-04T10:00:00+08:00');
const zone = 'Asia/Shanghai';
const dateOf = (phrase: string) => {
  const result = parseDeadline(phrase, { from, zone });
  return result.ok ? result.date : undefined;
};

describe('deadline phrases by class (the shared grammar)', () => {
  it.each([
    // Two numbers said together: the span's later end.
    ['两三天内给回话', '2026-03-07'],
    ['四五天之内', '2026-03-09'],
    ['一两个礼拜内', '2026-03-18'],
    // Hours: by the day they run out.
    ['72小时内', '2026-03-07'],
    ['十二个小时之内', '2026-03-05'],
    // The week after next, a weekday typed as a digit.
    ['下下个礼拜四前', '2026-03-19'],
    ['星期6前', '2026-03-07'],
    // Parts of a month: 月初 the 5th, 上旬 the 10th, 月中 the 15th, 下旬 the 20th.
    ['本月中旬', '2026-03-15'],
    ['下个月中', '2026-04-15'],
    ['下月上旬', '2026-04-10'],
    ['五月初', '2026-05-05'],
    ['6月上旬前', '2026-06-10'],
    // Numeric dates: four digits, a dotted day with 号.
    ['0415前', '2026-04-15'],
    ['4.8号前', '2026-04-08'],
    // Festivals, the first working day after one, lunar days.
    ['中秋节前', '2026-09-25'],
    ['国庆节后上班第一天', '2026-10-08'],
    ['农历三月初三前', '2026-04-19'],
    ['腊月二十三前', '2027-01-30'],
    // Office shorthand: the end of a day, an ISO week.
    ['周四EOD', '2026-03-05'],
    ['W13', '2026-03-29'],
    ['第12周内', '2026-03-22'],
    // Spoken numbers and hedges before a limit.
    ['廿五号前', '2026-03-25'],
    ['大约下周四之前', '2026-03-12'],
  ])('%s → %s', (phrase, date) => {
    expect(dateOf(phrase)).toBe(date);
  });

  it.each(['20号左右', '下周三前后', '月中左右', '初八', '年前给答复', '节后', 'ASAP', 'asap处理'])(
    '“%s” promises no day: asked',
    (phrase) => {
      expect(parseDeadline(phrase, { from, zone }).ok).toBe(false);
    },
  );

  it('reads a lunar day said in the twelfth month as the coming one', () => {
    expect(parseDeadline('正月十五前', { from: new Date('2026-12-20T10:00:00+08:00'), zone })).toMatchObject({
      ok: true,
      date: '2027-02-20',
    });
  });
});

describe('a reminder with a deadline of each class (提醒我 … 前 …)', () => {
  it.each([
    ['三五天内 交思想汇报', '2026-03-09'],
    ['下下周二前 交材料', '2026-03-17'],
    ['月中前 报送名单', '2026-03-15'],
    ['下个月上旬前 交党费', '2026-04-10'],
    ['0320前 交材料', '2026-03-20'],
    ['清明前 扫墓活动报名', '2026-04-05'],
    ['一两周内 交材料', '2026-03-18'],
    ['W12内 报送台账', '2026-03-22'],
  ])('%s is reminded at 9 on %s', (phrase, date) => {
    expect(splitReminder(phrase, from, zone)).toMatchObject({ schedule: { at: `${date}T09:00` } });
  });
});
