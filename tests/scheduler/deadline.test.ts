import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../bot/scheduler/parse/deadline';

// Wednesday 2026-03-04, 10:00 Beijing time.
const from = new Date('2026-03-04T10:00:00+08:00');
const read = (phrase: string) => parseDeadline(phrase, { from, zone: 'Asia/Shanghai' });
const dateOf = (phrase: string) => {
  const result = read(phrase);
  return result.ok ? result.date : `refused: ${result.reason}`;
};

describe('promised dates (deadlines)', () => {
  it.each([
    ['3天内', '2026-03-07'],
    ['承诺3天内办结', '2026-03-07'],
    ['三天内解决', '2026-03-07'],
    ['一周内', '2026-03-11'],
    ['两周内完成', '2026-03-18'],
    ['半个月内', '2026-03-19'],
    ['一个月内', '2026-04-04'],
    ['5个工作日内', '2026-03-11'],
    ['本周五前', '2026-03-06'],
    ['周五前', '2026-03-06'],
    ['周一前', '2026-03-09'],
    ['下周三前', '2026-03-11'],
    ['本周内', '2026-03-08'],
    ['月底前', '2026-03-31'],
    ['本月底', '2026-03-31'],
    ['下月底前', '2026-04-30'],
    ['年底前', '2026-12-31'],
    ['本季度末', '2026-03-31'],
    ['3月20日前', '2026-03-20'],
    ['三月二十日前', '2026-03-20'],
    ['20号前', '2026-03-20'],
    ['2号前', '2026-04-02'],
    ['2026-03-25', '2026-03-25'],
    ['2026年4月1日前办结', '2026-04-01'],
    ['明天', '2026-03-05'],
    ['争取在后天之前处理好', '2026-03-06'],
    ['4月底前', '2026-04-30'],
    ['五月中旬前', '2026-05-15'],
    ['2027年1月底', '2027-01-31'],
  ])('%s → %s', (phrase, date) => {
    expect(dateOf(phrase)).toBe(date);
  });

  it.each(['尽快', '近期', '下个月', '过几天', '看情况', '', '3月1日前', '2月底前', '2025-12-01', '500天内', '13月底前'])(
    'refuses or asks back: “%s”',
    (phrase) => {
      const result = read(phrase);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/请|已经过去|不是|太/);
    },
  );

  it('reads a month gone by long ago as next year’s (said in December)', () => {
    expect(parseDeadline('1月10日前', { from: new Date('2026-12-20T10:00:00+08:00'), zone: 'Asia/Shanghai' })).toMatchObject({
      ok: true,
      date: '2027-01-10',
    });
  });

  it.each([
    ['5个工作日内协调', '2026-03-11', '协调'],
    ['承诺今天就去看', '2026-03-04', '就去看'],
    ['2026-03-15前修复', '2026-03-15', '修复'],
  ])('reads the date at the start of “%s” and keeps the promised action', (phrase, date, rest) => {
    expect(read(phrase)).toMatchObject({ ok: true, date, rest });
  });

  it.each(['三天前就坏了', '3天前', '两个月以前'])('never reads time gone by as a promise: “%s”', (phrase) => {
    expect(read(phrase).ok).toBe(false);
  });

  it.each([
    ['下个月31号前', '2026年4月没有31号：4月只有30天'],
    ['2月30号', '2026年2月没有30号：2月只有28天'],
    ['2026年2月29日前', '2026年2月没有29号（2026年不是闰年）：2月只有28天'],
  ])('says which day a month lacks: “%s”', (phrase, reason) => {
    const result = read(phrase);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });

  it('says a passed date is past', () => {
    expect(read('3月2日前')).toMatchObject({ ok: false, past: true });
  });
});
