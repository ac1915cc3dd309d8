import { describe, expect, it } from 'vitest';
import { nextOccurrences, parseSchedule, type Schedule } from '../../bot/scheduler/parse';
import { formatLocal } from '../../bot/time';

const zone = 'Asia/Shanghai';
const from = new Date('2026-03-02T09:00:00+08:00'); // Monday
function next(phrase: string, n = 3, options: { holidays?: boolean; at?: Date } = {}): string[] {
  const parsed = parseSchedule(phrase, { from: options.at ?? from, zone });
  if (!parsed.ok) throw new Error(parsed.reason);
  return nextOccurrences(parsed.schedule, options.at ?? from, n, { zone, holidays: options.holidays ?? true }).map((d) =>
    formatLocal(d, zone),
  );
}
const rule = (phrase: string) => (parseSchedule(phrase, { from, zone }) as { ok: true; schedule: Schedule & { rrule?: string } }).schedule;

describe('Chinese schedule parser', () => {
  it('reads the phrases secretaries type', () => {
    expect(rule('每月第一个周一下午3点')).toMatchObject({ rrule: 'FREQ=MONTHLY;BYDAY=+1MO;BYHOUR=15;BYMINUTE=0' });
    expect(rule('每季度第一个月10日上午9点')).toMatchObject({ rrule: 'FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=10;BYHOUR=9;BYMINUTE=0' });
    expect(rule('每周五')).toMatchObject({ rrule: 'FREQ=WEEKLY;BYDAY=FR;BYHOUR=9;BYMINUTE=0' });
    expect(rule('每月最后一个工作日')).toMatchObject({ adjust: 'last-workday' });
    expect(rule('明天下午两点')).toEqual({ type: 'once', at: '2026-03-03T14:00', description: '2026-03-03（周二）14:00（一次）' });
    expect(rule('下周三')).toMatchObject({ type: 'once', at: '2026-03-11T09:00' });
    expect(rule('周一')).toMatchObject({ at: '2026-03-09T09:00' }); // today 09:00 has passed
    expect(rule('每两周周四晚上7点半')).toMatchObject({ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;BYHOUR=19;BYMINUTE=30' });
    expect(rule('每週五下午三點')).toMatchObject({ rrule: 'FREQ=WEEKLY;BYDAY=FR;BYHOUR=15;BYMINUTE=0' }); // traditional
    expect(parseSchedule('有空再说', { from, zone })).toMatchObject({ ok: false });
    expect(parseSchedule('明天25点', { from, zone })).toMatchObject({ ok: false });
  });

  it('moves statutory holidays to the next working day, and 调休 weekends count as working days', () => {
    // First Monday of April 2026 is 04-06 (清明); May 4 is in the 劳动节 holiday.
    expect(next('每月第一个周一下午3点')).toEqual(['2026-03-02（周一）15:00', '2026-04-07（周二）15:00', '2026-05-06（周三）15:00']);
    expect(next('每月第一个周一下午3点', 3, { holidays: false })).toEqual([
      '2026-03-02（周一）15:00',
      '2026-04-06（周一）15:00',
      '2026-05-04（周一）15:00',
    ]);
    // 2026-10-10 is a Saturday but a 调休 working day: it stays.
    expect(next('每季度第一个月10日上午9点')).toEqual(['2026-04-10（周五）09:00', '2026-07-10（周五）09:00', '2026-10-10（周六）09:00']);
    // 2026-02-28 (Saturday) is a 调休 working day, so it is February's last working day.
    expect(next('每月最后一个工作日', 1, { at: new Date('2026-02-01T00:00:00+08:00') })).toEqual(['2026-02-28（周六）09:00']);
    // 2026-09-30 is a Wednesday; 2026-10 ends inside no holiday → 10-30 (Fri).
    expect(next('每月最后一个工作日', 2, { at: new Date('2026-09-01T00:00:00+08:00') })).toEqual([
      '2026-09-30（周三）09:00',
      '2026-10-30（周五）09:00',
    ]);
  });

  it('handles month ends and leap years', () => {
    expect(next('每月31日', 4, { holidays: false, at: new Date('2028-01-01T00:00:00+08:00') })).toEqual([
      '2028-01-31（周一）09:00',
      '2028-02-29（周二）09:00',
      '2028-03-31（周五）09:00',
      '2028-04-30（周日）09:00',
    ]);
    expect(next('每月30日', 2, { holidays: false, at: new Date('2027-01-31T00:00:00+08:00') })).toEqual([
      '2027-02-28（周日）09:00',
      '2027-03-30（周二）09:00',
    ]);
    expect(next('每月最后一天', 1, { holidays: false, at: new Date('2028-02-01T00:00:00+08:00') })).toEqual(['2028-02-29（周二）09:00']);
    expect(rule('2月29日')).toMatchObject({ type: 'once', at: '2028-02-29T09:00' });
    expect(parseSchedule('2027年2月29日', { from, zone })).toMatchObject({ ok: false });
  });

  it('keeps 每两周 on the same weeks whatever day it is asked', () => {
    const s = rule('每两周周四');
    const a = nextOccurrences(s, from, 4, { zone });
    const b = nextOccurrences(s, new Date('2026-03-13T00:00:00+08:00'), 2, { zone });
    expect(b.map((d) => d.getTime())).toEqual(a.slice(1, 3).map((d) => d.getTime()));
  });
});
