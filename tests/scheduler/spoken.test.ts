import { describe, expect, it } from 'vitest';
import { splitReminder } from '../../bot/features/reminders/personal/index';

// 2026-12-05 is a Saturday.
const split = (phrase: string) => splitReminder(phrase, new Date('2026-12-05T10:00:00+08:00'), 'Asia/Shanghai');

describe('提醒我 by voice input: fillers and homophones are read, not asked about nor left in the matter', () => {
  it.each([
    ['呃明天下午三点开会', '2026-12-06（周日）15:00（一次）', '开会'],
    ['就是明天下午三点开会', '2026-12-06（周日）15:00（一次）', '开会'],
    ['明天那个下午三点开会', '2026-12-06（周日）15:00（一次）', '开会'],
    ['那个明天呃下午三点 那个开会', '2026-12-06（周日）15:00（一次）', '开会'],
    ['明天早上七点嗯那个去开会', '2026-12-06（周日）07:00（一次）', '去开会'],
    ['明天下午三点吧开会', '2026-12-06（周日）15:00（一次）', '开会'],
    ['明天下午三点 吧台维修', '2026-12-06（周日）15:00（一次）', '吧台维修'],
    // 下午 heard as 下五 when the clock follows.
    ['明天下五三点开会', '2026-12-06（周日）15:00（一次）', '开会'],
    // 东北话 time words with 儿 and 个.
    ['后个头午儿十点去社区', '2026-12-07（周一）10:00（一次）', '去社区'],
    ['明儿个一早儿七点半去扫雪', '2026-12-06（周日）07:30（一次）', '去扫雪'],
    ['下礼拜二擦黑儿去老王家', '2026-12-08（周二）18:00（一次）', '去老王家'],
    ['大后儿个晌午开支委会', '2026-12-08（周二）12:00（一次）', '开支委会'],
  ])('%s is read whole', (phrase, description, text) => {
    expect(split(phrase)).toMatchObject({ schedule: { description }, text });
  });

  it.each([
    // The morning with an afternoon hour contradicts itself: asked, never one of them picked.
    ['明天上午15点开会', '是上午还是下午说不准'],
    ['明天上午3pm开会', '是上午还是下午说不准'],
    // 下五点 is not 下午 (no clock number after 五): the 五点 left in the matter is asked about.
    ['明天下五点开会', '还有时间'],
  ])('%s is asked back', (phrase, reason) => {
    expect((split(phrase) as { reason: string }).reason).toContain(reason);
  });
});
