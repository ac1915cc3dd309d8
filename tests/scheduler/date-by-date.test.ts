import { describe, expect, it } from 'vitest';
import { splitReminder } from '../../bot/features/reminders/personal/index';

const zone = 'Asia/Shanghai';
const split = (phrase: string, at = '2026-12-05T10:00:00+08:00') => splitReminder(phrase, new Date(at), zone);

describe('提醒我: a date said by another date (a lunar date, a day before or after a date)', () => {
  it.each([
    // 2026 正月十五 (03-03) has passed: the next one, 2027 春节 02-06 + 14 days.
    ['正月十五晚上6点给困难党员老于家送元宵', '2027-02-20（周六）18:00（一次）', '给困难党员老于家送元宵'],
    ['农历八月十五晚上7点 给老党员送月饼', '2027-09-15（周三）19:00（一次）', '给老党员送月饼'],
    ['腊月廿三上午9点 走访困难户', '2027-01-30（周六）09:00（一次）', '走访困难户'],
    // The day before or after a date, a festival's included; the time of day said after it.
    ['七一前一天下午3点组织大伙重温入党誓词', '2027-06-30（周三）15:00（一次）', '组织大伙重温入党誓词'],
    ['元旦后两天上午9点 开支委会', '2027-01-03（周日）09:00（一次）', '开支委会'],
    ['12月10日前3天 交材料', '2026-12-07（周一）09:00（一次）', '交材料'],
  ])('%s is read whole', (phrase, description, text) => {
    expect(split(phrase)).toMatchObject({ schedule: { description }, text });
  });

  it('the day before 3月1日 is 2月29日 in a leap year', () => {
    expect(split('3月1日前一天 交党费', '2027-12-01T10:00:00+08:00')).toMatchObject({
      schedule: { description: '2028-02-29（周二）09:00（一次）' },
      text: '交党费',
    });
  });

  it('二月十五 without 农历 is the solar 2月15日', () => {
    expect(split('二月十五上午9点 开会')).toMatchObject({ schedule: { description: '2027-02-15（周一）09:00（一次）' } });
  });

  it.each([
    // Not a deadline with "一天" left in the matter: the day before, or asked.
    ['七一前一天开会', '2027-06-30（周三）09:00（一次）', '开会'],
  ])('%s leaves no time in the matter', (phrase, description, text) => {
    expect(split(phrase)).toMatchObject({ schedule: { description }, text });
  });

  it.each([
    // 正月 never has 31 days: asked, not read as 正月三十 with "一" in the matter.
    ['正月三十一上午9点 开会'],
  ])('%s is asked back', (phrase) => {
    expect(split(phrase)).toHaveProperty('reason');
  });

  it.each([
    // A festival's day in Chinese numerals without 农历 or 日/号 is most likely lunar (中秋 with 月饼), but could be
    // the solar day: asked, never read silently as next year's solar 8月15日.
    ['八月十五上午9点 给五保户送月饼', '2026-09-01T08:00:00+08:00'],
    ['五月初五 包粽子', '2026-03-01T08:00:00+08:00'],
    ['九月初九上午 看望老党员', '2026-03-01T08:00:00+08:00'],
    ['七月初七 开会', '2026-03-01T08:00:00+08:00'],
  ])('%s (公历还是农历) is asked back', (phrase, at) => {
    expect((split(phrase, at) as { reason: string }).reason).toMatch(/农历/);
  });

  it('八月十五日 and 8月15日 are the solar day', () => {
    expect(split('八月十五日上午9点 开会', '2026-03-01T08:00:00+08:00')).toMatchObject({
      schedule: { description: '2026-08-15（周六）09:00（一次）' },
    });
  });

  it('a day before a date that has gone by today is refused as past, not moved a year on silently', () => {
    const read = split('七一前一天下午3点 开会', '2026-07-01T10:00:00+08:00');
    expect((read as { reason: string }).reason).toContain('已经过去');
  });
});
