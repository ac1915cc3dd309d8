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
    ['明天下午3点前交材料', '“明天下午3点前”是截止的时间，没有说什么时候提醒你。请说提醒的时间，例如：提醒我 明天下午2点 交材料'],
    // 每月 alone names no day, as 每周 alone does not; 每月一|次 is a count, not the 1st (its matter was 次 开会).
    ['每月 交党费', '请说明每月哪一天'],
    ['每月上午9点 交党费', '请说明每月哪一天'],
    ['每月一次 开会', '“每月一次”这个时间我没法完整读懂：请说明每月哪一天'],
    ['每周一次 开会', '“每周一次”这个时间我没法完整读懂：请说明每周哪一天'],
    ['每月两次学习', '请说明每月哪一天'],
    // The time offered is before the deadline, never after it.
    ['今天下午五点之前 交材料', '例如：提醒我 今天下午4点 交材料'],
    ['今天10点半之前 交材料', '例如：提醒我 10分钟后 交材料'],
    ['12月9日晚上8点前 报名单', '例如：提醒我 12月9日晚上7点 报名单'],
    ['每周五下午三点前交周报', '“每周五下午三点前”是截止的时间，没有说什么时候提醒你。请说提醒的时间，例如：提醒我 每周五上午9点 交周报'],
  ])('%s is asked back, quoting what could not be read', (phrase, reason) => {
    const result = split(phrase);
    expect(result).toHaveProperty('reason');
    expect((result as { reason: string }).reason).toContain(reason);
    // Never a past-time complaint about a date the user did not say (2026-04-03 from 2026年4月3…).
    expect((result as { reason: string }).reason).not.toContain('已经过去');
  });

  it.each([
    ['今天下午五点之前 交材料', '2026-12-05T17:00'],
    ['明天下午3点前交材料', '2026-12-06T15:00'],
    ['12月9日晚上8点前 报名单', '2026-12-09T20:00'],
  ])('for the deadline %s offers a reminder time that is read whole and falls before it', (phrase, deadline) => {
    const reason = (split(phrase) as { reason: string }).reason;
    const offered = /例如：提醒我 (\S+ [^\s。]+)。/.exec(reason)?.[1];
    // The one example offered: no generic one after it that could fall after the deadline.
    expect(reason.match(/例如/g)).toHaveLength(1);
    const read = split(offered ?? '');
    expect(read).toMatchObject({ schedule: { type: 'once' } });
    const at = (read as { schedule: { at: string } }).schedule.at;
    expect(at < deadline && at > '2026-12-05T10:00').toBe(true);
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

  // The split is safe by construction: whatever time words are left in the matter (at its start, anywhere in it, a
  // time word cut short, a number cut off a time) are asked about, with what was read, never offered as a reminder.
  it.each([
    [
      '明天 交材料 下午3点',
      ['提醒的时间我读作“明天”（2026-12-06（周日）09:00（一次））', '还有时间“下午3点”', '请发：提醒我 明天下午3点 交材料'],
    ],
    ['下午3点 交材料 明天', ['还有时间“明天”', '请发：提醒我 明天下午3点 交材料']],
    ['聽日 交材料 下晝3點', ['还有时间“下午3点”']],
    ['每月5号 交党费 每月', ['还有时间“每月”']],
    ['明天上午9点 通知党员周五下午3点开会', ['还有时间“周五下午3点”', '提醒我 明天上午9点 “通知党员周五下午3点开会”']],
    ['下午5点 告诉大家今晚加班', ['还有时间“今晚”']],
    ['下周五前 交材料 下午3点', ['还有时间“下午3点”']],
    ['两点三 开会', ['“两点三”是几点几分说不准']],
    ['下个礼拜三上', ['“下个礼拜三上”这个时间我没法完整读懂：只读懂了前面的“下个礼拜三”（2026-12-09（周三）09:00（一次））']],
    ['聽日下', ['只读懂了前面的“聽日”（2026-12-06（周日）09:00（一次））']],
    ['明天下 开会', ['只读懂了前面的“明天”']],
    ['下昼三点一个 开会', ['没法完整读懂']],
    // A time said by what happens then (上班后, 会后) is a time too.
    ['明天上班后 开会', ['“明天上班后”这个时间我没法完整读懂：只读懂了前面的“明天”']],
    ['明天 会后整理材料', ['“明天 会后”这个时间我没法完整读懂']],
    // A time word the parser does not know, of two time characters (傍亮, 天黑前), is not left in the matter.
    ['明天傍亮 出发', ['“明天傍亮”这个时间我没法完整读懂：只读懂了前面的“明天”']],
    ['明天 天黑前回家', ['“明天 天黑前”这个时间我没法完整读懂']],
    // About a time (三点多, 10点左右, 三点来钟) is not a time to remind at.
    ['明天下午三点多 开会', ['“明天下午三点多”这个时间我没法完整读懂：只读懂了前面的“明天下午三点”']],
    ['明天上午10点左右 开会', ['“明天上午10点左右”这个时间我没法完整读懂']],
    ['明天下午三点来钟 开会', ['没法完整读懂']],
    // A unit left at the matter's start (3点半 + 小时).
    ['明天下午3点半小时 开会', ['“明天下午3点半小时”这个时间我没法完整读懂']],
    // A weekday said with the date in brackets must be the date's.
    ['下周四（12月9日）下午3点 开会', ['12月9日是周三，不是周四']],
    ['12月9日（本周三）下午3点 开会', ['12月9日不是本周三']],
    // A time said last is checked the same way; a time that cannot be is named, not the matter.
    ['交材料明天 下午3点', ['还有时间“明天”', '请发：提醒我 明天下午3点 交材料']],
    ['交党费 2月30日', ['没有2月30日这一天']],
    // The whole message is a time: the matter is asked for (not "没法完整读懂").
    ['明天下午3点', ['请写上要提醒的事情']],
    ['每月5号', ['请写上要提醒的事情']],
  ])('%s: a time left in the matter is asked about', (phrase, parts) => {
    const result = split(phrase);
    expect(result).toHaveProperty('reason');
    for (const part of parts) expect((result as { reason: string }).reason).toContain(part);
    expect((result as { reason: string }).reason).toMatch(/没有设置|请写上要提醒的事情/);
  });

  it.each([
    // A quoted matter keeps its times; a day said as a possessive (明天的会), a month's business, a document number,
    // points counted with 点 and 一点 as "a little" are the matter's.
    ['明天上午9点 “通知党员周五下午3点开会”', '2026-12-06（周日）09:00（一次）', '通知党员周五下午3点开会'],
    ['明天上午9点 准备明天的会', '2026-12-06（周日）09:00（一次）', '准备明天的会'],
    ['明天 交11月党费', '2026-12-06（周日）09:00（一次）', '交11月党费'],
    ['明天 交2025年度党费', '2026-12-06（周日）09:00（一次）', '交2025年度党费'],
    ['明天 传达中组发3号文件精神', '2026-12-06（周日）09:00（一次）', '传达中组发3号文件精神'],
    ['明天 整理三点意见', '2026-12-06（周日）09:00（一次）', '整理三点意见'],
    ['明天 快一点交材料', '2026-12-06（周日）09:00（一次）', '快一点交材料'],
    ['明天 上报材料', '2026-12-06（周日）09:00（一次）', '上报材料'],
    ['明天 下村走访', '2026-12-06（周日）09:00（一次）', '下村走访'],
    // Regional time words are read whole, so nothing of them is left in the matter.
    ['每季度最后一个月嘅25号 上午十点 交党费统计', '每季度第三个月（3、6、9、12月）25日 10:00', '交党费统计'],
    ['每个礼拜五 下昼5点 交周报', '每周五 17:00', '交周报'],
    ['明个一早7点去县里拉化肥', '2026-12-06（周日）07:00（一次）', '去县里拉化肥'],
    ['12:00pm 去街道拎资料', '2026-12-05（周六）12:00（一次）', '去街道拎资料'],
    ['半个钟后 落楼去社区开会', '2026-12-05（周六）10:30（一次）', '落楼去社区开会'],
    ['下周三（12月9日）下午3点 开会', '2026-12-09（周三）15:00（一次）', '开会'],
    ['12月9日（下周三）下午3点 开会', '2026-12-09（周三）15:00（一次）', '开会'],
    ['明天 3点不能迟到', '2026-12-06（周日）15:00（一次）', '不能迟到'],
    // 开会/召开 after a time are the matter's words, not swallowed into the time.
    ['明天开会 带材料', '2026-12-06（周日）09:00（一次）', '开会 带材料'],
    ['明天 钟楼集合', '2026-12-06（周日）09:00（一次）', '钟楼集合'],
    // A word of the matter that begins with a time's character (整理 after 3点) keeps it; 三点半钟 is 三点半.
    ['明天下午3点整理材料', '2026-12-06（周日）15:00（一次）', '整理材料'],
    ['明天下午三点半钟开会', '2026-12-06（周日）15:30（一次）', '开会'],
    ['明天 多交流', '2026-12-06（周日）09:00（一次）', '多交流'],
    ['明天 上头来检查', '2026-12-06（周日）09:00（一次）', '上头来检查'],
    ['明天 女儿生日', '2026-12-06（周日）09:00（一次）', '女儿生日'],
    // Pasted from a PDF, spaces between every part; voice input with its commas; 儿 and 早起 not left in the matter.
    ['12 月 9 日 下午 3 点 开会', '2026-12-09（周三）15:00（一次）', '开会'],
    ['2026 年 12 月 9 日 下午 3 点 开会', '2026-12-09（周三）15:00（一次）', '开会'],
    ['，明天下午三点，开会', '2026-12-06（周日）15:00（一次）', '开会'],
    ['明儿个头午儿 开会', '2026-12-06（周日）09:00（一次）', '开会'],
    ['明天 儿子生日', '2026-12-06（周日）09:00（一次）', '儿子生日'],
    ['明天 早起跑步', '2026-12-06（周日）09:00（一次）', '早起跑步'],
    ['下午3:30分 开会', '2026-12-05（周六）15:30（一次）', '开会'],
    // After a clock time, what happens then is the matter's (the reminder's time is said).
    ['明天上午9点 会后整理材料', '2026-12-06（周日）09:00（一次）', '会后整理材料'],
    ['晏昼12点 吃饭后开会', '2026-12-05（周六）12:00（一次）', '吃饭后开会'],
    // The time said last, as whole words after the matter.
    ['交党费 明天下午3点', '2026-12-06（周日）15:00（一次）', '交党费'],
    ['给老王回电话，后天上午', '2026-12-07（周一）09:00（一次）', '给老王回电话'],
    ['交党费 每月5号', '每月5日 09:00', '交党费'],
  ])('%s is read whole', (phrase, description, text) => {
    expect(split(phrase)).toMatchObject({ schedule: { description }, text });
  });

  describe('through the chat, regional and quoted', () => {
    let chatBot: TestBot;
    afterEach(async () => chatBot?.close());

    it('reads 繁体 and regional words, and asks about a time left in the matter until it is quoted', async () => {
      chatBot = await createTestBot();
      const read = textOf(await chatBot.say('提醒我 聽朝7點 去第5網格巡查'));
      expect(read).toContain('2026-03-03（周二）07:00');
      expect(read).toContain('事项：去第5网格巡查');
      await chatBot.say('取消');
      const asked = textOf(await chatBot.say('提醒我 明天上午9點 通知黨員週五下午3點開會'));
      expect(asked).toContain('还有时间“周五下午3点”');
      expect(asked).toContain('没有设置');
      expect(textOf(await chatBot.say('我的提醒'))).not.toContain('通知党员');
      const quoted = textOf(await chatBot.say('提醒我 明天上午9点 “通知党员周五下午3点开会”'));
      expect(quoted).toContain('事项：通知党员周五下午3点开会');
    });
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
