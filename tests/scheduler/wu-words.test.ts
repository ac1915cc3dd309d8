import { describe, expect, it } from 'vitest';
import { splitReminder } from '../../bot/features/reminders/personal/index';

// 2026-12-05 is a Saturday.
const split = (phrase: string) => splitReminder(phrase, new Date('2026-12-05T10:00:00+08:00'), 'Asia/Shanghai');

describe('提醒我: 沪语/吴语 time words are read, not asked about', () => {
  it.each([
    ['明朝8点钟 开会', '2026-12-06（周日）08:00（一次）', '开会'],
    ['明朝下半天2点开会', '2026-12-06（周日）14:00（一次）', '开会'],
    ['明朝早浪向9点去居委', '2026-12-06（周日）09:00（一次）', '去居委'],
    ['明朝夜里向7点半开会', '2026-12-06（周日）19:30（一次）', '开会'],
    ['礼拜五夜里向8点开会', '2026-12-11（周五）20:00（一次）', '开会'],
    ['今朝夜快头5点收衣裳', '2026-12-05（周六）17:00（一次）', '收衣裳'],
    ['后日下半日3点开会', '2026-12-07（周一）15:00（一次）', '开会'],
    ['礼拜三下半日两点钟开会', '2026-12-09（周三）14:00（一次）', '开会'],
    ['下礼拜一中浪向12点 吃饭', '2026-12-07（周一）12:00（一次）', '吃饭'],
    ['明朝开会', '2026-12-06（周日）09:00（一次）', '开会'],
  ])('%s is read whole', (phrase, description, text) => {
    expect(split(phrase)).toMatchObject({ schedule: { description }, text });
  });

  it('明朝 in the matter with no time after it is the dynasty, not a second time', () => {
    expect(split('明天 学习明朝历史')).toMatchObject({
      schedule: { description: '2026-12-06（周日）09:00（一次）' },
      text: '学习明朝历史',
    });
  });
});
