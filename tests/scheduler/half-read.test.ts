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
    // The time goes on in the next word, or after the weekday written in brackets.
    ['明天 25:30 提交会议纪要', '“明天 25:30”这个时间我没法完整读懂：看不懂时间“25:30”'],
    ['2027年11月20日（星期四）15:00 开展组织生活会', '“2027年11月20日（星期四）15:00”这个时间我没法完整读懂：11月20日是周六，不是周四'],
    // Homophones typed for time words (下吾 for 下午, 星其 for 星期) are read, so what follows them is checked too.
    ['明天下吾27点开会', '看不懂时间“下午27点”'],
    ['2027年5月8日星其三上午开会', '5月8日是周六，不是周三'],
    // A deadline with a clock time, or a repeating one, says when it is too late, not when to remind.
    ['明天下午3点前交材料', '“明天下午3点前”是截止的时间'],
    ['每周五下午三点前交周报', '“每周五下午三点前”是截止的时间，没有说什么时候提醒你。请说提醒的时间，例如：提醒我 每周五上午9点 交周报'],
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
    ['明天下吾两点 召开支委会', '2026-12-06（周日）14:00（一次）', '召开支委会'],
    ['星其五下午三点到街道党工委汇报', '2026-12-11（周五）15:00（一次）', '到街道党工委汇报'],
    ['明天下午 3点 开会', '2026-12-06（周日）15:00（一次）', '开会'],
    // A number that is the matter's: a floor, a building, a month's business.
    ['明天 3楼会议室开会', '2026-12-06（周日）09:00（一次）', '3楼会议室开会'],
    ['明天9点 2号楼开会', '2026-12-06（周日）09:00（一次）', '2号楼开会'],
    ['明天 前往县委开会', '2026-12-06（周日）09:00（一次）', '前往县委开会'],
    // A deadline is reminded at 9 on its last day, the matter saying by when.
    ['下周五前 交材料', '2026-12-11（周五）09:00（一次）', '交材料（期限：2026-12-11（周五）前）'],
    ['3天内交思想汇报', '2026-12-08（周二）09:00（一次）', '交思想汇报（期限：2026-12-08（周二）前）'],
    ['5个工作日内 报送名单', '2026-12-11（周五）09:00（一次）', '报送名单（期限：2026-12-11（周五）前）'],
    ['每月5号前交党费', '每月5日 09:00', '交党费（期限：每月5号前）'],
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

describe('one reading for the chat and the command line', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [join(__dirname, '../../bin/dangwu.js'), 'schedule', 'parse', '--from', from.toISOString(), ...args], {
      encoding: 'utf8',
      env: { ...process.env, DANGWU_DB: ':memory:' },
    });
  const quoted = (text: string) => /“([^”]+)”这个时间/.exec(text)?.[1];
  const reasonOf = (text: string) => /读懂：(.+?)(?:。|\n|$)/.exec(text)?.[1];

  it('`dangwu schedule parse` asks about the same part, for the same reason, as 提醒我 in the chat', () => {
    const phrase = '明天 25:30 提交会议纪要';
    const chat = (split(phrase) as { reason: string }).reason;
    const run = cli(phrase);
    expect(run.status).toBe(1);
    expect(quoted(chat)).toBe('明天 25:30');
    expect(quoted(run.stderr)).toBe('明天 25:30');
    expect(reasonOf(run.stderr)).toBe(reasonOf(chat));
    expect(reasonOf(chat)).toContain('看不懂时间“25:30”');
  });

  it('reads a time with its matter as the chat does', () => {
    const run = JSON.parse(cli('--json', '下周五前 交材料').stdout);
    expect(run).toMatchObject({ ok: true, matter: '交材料（期限：2026-12-11（周五）前）' });
    expect(run.nextLocal[0]).toContain('2026-12-11');
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
