import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { splitReminder } from '../../bot/features/reminders/personal/index';
import { parseSchedule } from '../../bot/scheduler/parse';
import { createTestBot, type TestBot, textOf } from '../helpers/runtime';

const from = new Date('2026-12-05T10:00:00+08:00');
const zone = 'Asia/Shanghai';
const split = (phrase: string) => splitReminder(phrase, from, zone);

describe('提醒我: a time is read whole or asked about, never half-read', () => {
  it.each([
    ['2月30日上午9点 开会', '没有2月30日这一天'],
    ['2月30日上午9点开会', '没有2月30日这一天'],
    ['2026年4月31日 开会', '2026年没有4月31日'],
    ['12月32日 开会', '没有12月32日这一天'],
    ['每月32号 开会', '每月没有32号'],
    ['明天25点 开会', '25点'],
    ['9999年1月1日 开会', '9999年太远了'],
  ])('%s is asked back, quoting what could not be read', (phrase, reason) => {
    const result = split(phrase);
    expect(result).toHaveProperty('reason');
    expect((result as { reason: string }).reason).toContain(reason);
    // Never a past-time complaint about a date the user did not say (2026-04-03 from 2026年4月3…).
    expect((result as { reason: string }).reason).not.toContain('已经过去');
  });

  it.each([
    ['每个月逢15号上午10点 交党费', '每月15日 10:00', '交党费'],
    ['每月月底最后一天晚上8点 开会', '每月最后一天 20:00', '开会'],
    ['每月5号上午9点交党费', '每月5日 09:00', '交党费'],
    ['下周三下午3点开支委会', '2026-12-09（周三）15:00（一次）', '开支委会'],
  ])('%s is read whole', (phrase, description, text) => {
    expect(split(phrase)).toMatchObject({ schedule: { description }, text });
  });

  describe('through the chat', () => {
    let bot: TestBot;
    afterEach(async () => bot?.close());

    it('asks back and saves nothing for a half-readable time', async () => {
      bot = await createTestBot();
      const reply = textOf(await bot.say('提醒我 2月30日上午9点 开会'));
      expect(reply).toContain('“2月30日上午9点”');
      expect(reply).toContain('没有设置');
      expect(textOf(await bot.say('我的提醒'))).not.toContain('开会');
    });
  });
});

describe('schedule phrases this round', () => {
  it('每季度最后一个周五 is the last Friday of each quarter (its third month)', () => {
    const parsed = parseSchedule('每季度最后一个周五下午3点', { from, zone });
    expect(parsed).toMatchObject({ ok: true, schedule: { rrule: expect.stringContaining('BYMONTH=3,6,9,12;BYDAY=-1FR') } });
  });
});

describe('dangwu schedule parse: the preview moves a date only when asked, and says what moves', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(__dirname, '../../bin/dangwu.js'), 'schedule', 'parse', '--json', ...args], {
      encoding: 'utf8',
      env: { ...process.env, DANGWU_DB: ':memory:' },
    });

  it('每年7月1日 stays on 2028-07-01 (a Saturday) unless moves are asked for', () => {
    const plain = JSON.parse(run('--from', '2026-05-05T00:00:00+08:00', '--count', '3', '每年7月1日上午9点').stdout);
    expect(plain.nextLocal[2]).toContain('2028-07-01');
    expect(plain).toMatchObject({ adjust: 'none', holidays: false, moved: [] });
    const moved = JSON.parse(run('--from', '2026-05-05T00:00:00+08:00', '--count', '3', '--holidays', '每年7月1日上午9点').stdout);
    expect(moved.nextLocal[2]).toContain('2028-07-03');
    expect(moved).toMatchObject({ holidays: true, moved: [{ from: '2028-07-01', reason: '周六' }] });
  });

  it('每月最后一天 lists May 31 as May’s, and a month end that moves goes back, not into the next month', () => {
    const plain = JSON.parse(run('--from', '2026-05-05T00:00:00+08:00', '--count', '1', '每月最后一天').stdout);
    expect(plain.nextLocal[0]).toContain('2026-05-31');
    const moved = JSON.parse(run('--from', '2026-05-05T00:00:00+08:00', '--count', '1', '每月最后一天遇节假日顺延').stdout);
    expect(moved.nextLocal[0]).toContain('2026-05-29');
    expect(moved.moved).toEqual([expect.objectContaining({ from: '2026-05-31', earlier: true })]);
  });
});

describe('提醒我 typed without a space', () => {
  let bot: TestBot;
  afterEach(async () => bot?.close());

  it('is the reminder command, not a question for the handbook', async () => {
    bot = await createTestBot();
    const reply = textOf(await bot.say('提醒我明天下午两点开支委会'));
    expect(reply).toContain('事项：开支委会');
    expect(reply).toContain('2026-03-03（周二）14:00');
  });
});
