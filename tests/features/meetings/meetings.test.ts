import { afterEach, describe, expect, it } from 'vitest';
import { RecipientUnavailableError } from '../../../bot/core/errors';
import { createRemindersStores } from '../../../bot/features/reminders';
import { MEETING_TYPES } from '../../../bot/features/reminders/meetings/types';
import { createTestBot, type Speaker, type TestBot, textOf } from '../../helpers/runtime';

let bot: TestBot;
afterEach(async () => bot?.close());

const secretary: Speaker = { userId: 'me', name: '王书记', chatId: 'g1', chatKind: 'group' };
const member: Speaker = { userId: 'alice', name: '张三', chatId: 'g1', chatKind: 'group' };
const stores = () => createRemindersStores(bot.runtime.storage);
/** The scheduler's planned jobs (no store lists them; read with Kysely on the storage). */
const jobs = () =>
  bot.runtime.storage.db
    .withTables<{ scheduled_jobs: { kind: string; occurrence_key: string; due_at: number; status: string } }>()
    .selectFrom('scheduled_jobs');

async function confirmLast(replies: Awaited<ReturnType<TestBot['say']>>, as: Speaker = secretary) {
  const data = replies.at(-1)!.buttons![0]![0]!.data;
  return bot.press(data, as);
}

describe('三会一课', () => {
  it('binds a branch, echoes the parsed rule with three dates, and only plans after 确认', async () => {
    bot = await createTestBot(); // Monday 2026-03-02 09:00 Shanghai
    expect(textOf(await bot.say('绑定支部 第一党支部', secretary))).toContain('已把本群绑定到“第一党支部”');
    const preview = await bot.say('设置会议 党员大会 每季度第一个月10日上午9点', secretary);
    expect(textOf(preview)).toContain('每季度第一个月（1、4、7、10月）10日 09:00');
    expect(textOf(preview)).toContain('2026-04-10（周五）09:00；2026-07-10（周五）09:00；2026-10-10（周六）09:00');
    expect(await stores().meetings.allActive()).toEqual([]);
    expect(await jobs().selectAll().where('kind', '=', 'meeting-reminder').execute()).toEqual([]);
    const done = await confirmLast(preview);
    expect(textOf(done)).toContain('已设置支部党员大会');
    expect((await stores().meetings.allActive()).map((s) => s.type)).toEqual(['党员大会']);
    const planned = await jobs().select(['occurrence_key', 'due_at']).where('kind', '=', 'meeting-reminder').orderBy('due_at').execute();
    // default lead times: 1 day and 2 hours before 2026-04-10 09:00
    expect(planned.map((j) => new Date(j.due_at).toISOString())).toEqual(['2026-04-09T01:00:00.000Z', '2026-04-09T23:00:00.000Z']);
  });

  it('cancel leaves nothing planned; a member cannot set, record or export records', async () => {
    bot = await createTestBot();
    await bot.say('绑定支部 第一党支部', secretary);
    const preview = await bot.say('设置会议 支委会 每月第一个周一下午3点', secretary);
    expect(textOf(await bot.press(preview.at(-1)!.buttons![0]![1]!.data, secretary))).toContain('已取消');
    expect(await stores().meetings.allActive()).toEqual([]);
    for (const text of [
      '设置会议 支委会 每周五',
      '记录会议 支委会 出席 5/5',
      '导出会议记录',
      '提醒提前 3天',
      '会议频次 党课 每月',
      '绑定支部 别的支部',
    ]) {
      expect(textOf(await bot.say(text, member))).toContain('只有支部书记');
    }
    const branches = await stores().branches.all();
    expect(branches.map((b) => [b.name, b.lead_minutes])).toEqual([['第一党支部', '[1440,120]']]);
    expect(await stores().meetings.records(branches[0]!.id)).toEqual([]);
    for (const { type } of MEETING_TYPES) expect(await stores().meetings.frequency(branches[0]!.id, type)).toBeUndefined();
    // A member pressing the secretary's confirmation button changes nothing either.
    const again = await bot.say('设置会议 支委会 每周五', secretary);
    expect(textOf(await bot.press(again.at(-1)!.buttons![0]![0]!.data, member))).toContain('失效');
    expect(await stores().meetings.allActive()).toEqual([]);
  });

  it('reminds the group and opted-in members at the chosen lead times, then asks the secretary to record', async () => {
    bot = await createTestBot();
    await bot.say('绑定支部 第一党支部', secretary);
    await bot.say('订阅会议提醒', member);
    expect(textOf(await bot.say('提醒提前 3天 1小时', secretary))).toContain('会前 3天、1小时 提醒');
    await confirmLast(await bot.say('设置会议 支委会 每月第一个周一下午3点', secretary));
    const tickAt = async (iso: string) => {
      bot.clock.set(iso);
      await bot.runtime.app.services.scheduler.tick();
    };
    await tickAt('2026-03-02T14:01:00+08:00'); // 1 hour before the first meeting (today 15:00)
    expect(bot.pushed.map((p) => p.chatId).sort()).toEqual(['alice', 'g1']);
    expect(bot.pushed[0]!.reply.text).toContain('第一党支部支部委员会会议将于 2026-03-02（周一）15:00 召开（提前 1小时提醒）');
    bot.pushed.length = 0;
    await tickAt('2026-03-02T17:00:00+08:00');
    const ask = bot.pushed.find((p) => p.reply.buttons);
    expect(ask?.chatId).toBe('me');
    expect(ask?.reply.text).toContain('请书记记录是否已召开');
    // Member cannot record through the button.
    expect(textOf(await bot.press(ask!.reply.buttons![0]![0]!.data, member))).toContain('只有支部书记');
    await bot.press(ask!.reply.buttons![0]![0]!.data, { ...secretary, chatId: 'me', chatKind: 'private' });
    expect(textOf(await bot.say('出席 5/7 主题 研究发展党员工作', { ...secretary, chatId: 'me', chatKind: 'private' }))).toContain(
      '已记录（编号 1）：支部委员会会议 2026-03-02，出席 5/7',
    );
    // The next meeting (first Monday of April = 清明 2026-04-06, moved to the 7th) is planned: 3 days before.
    bot.pushed.length = 0;
    await tickAt('2026-04-04T15:00:00+08:00');
    expect(bot.pushed.map((p) => p.reply.text)).toContain(
      '会议提醒：第一党支部支部委员会会议将于 2026-04-07（周二）15:00 召开（提前 3天提醒）。原定 2026-04-06 是清明节，已顺延。',
    );
  });

  it('a member who blocked the bot costs nobody else their reminder, and gets no more', async () => {
    bot = await createTestBot();
    await bot.say('绑定支部 第一党支部', secretary);
    await bot.say('订阅会议提醒', member);
    await bot.say('订阅会议提醒', { userId: 'bob', chatId: 'g1', chatKind: 'group' });
    await confirmLast(await bot.say('提醒我 明天上午9点 交党费', { userId: 'alice', chatId: 'alice' }), {
      userId: 'alice',
      chatId: 'alice',
    });
    const attempts: string[] = [];
    bot.runtime.app.registerMessenger('console', {
      async send(chatId, reply) {
        attempts.push(chatId);
        if (chatId === 'alice') throw new RecipientUnavailableError('console', chatId, 'blocked');
        bot.pushed.push({ platform: 'console', chatId, reply });
      },
    });
    await confirmLast(await bot.say('设置会议 支委会 每月第一个周一下午3点', secretary));
    bot.pushed.length = 0;
    bot.clock.set('2026-03-02T13:01:00+08:00'); // 2 hours before today's 15:00 meeting
    await bot.runtime.app.services.scheduler.tick();
    expect(attempts.sort()).toEqual(['alice', 'bob', 'g1']);
    expect(bot.pushed.map((p) => p.chatId).sort()).toEqual(['bob', 'g1']);
    const [branch] = await stores().branches.all();
    const members = await stores().branches.members(branch!.id);
    expect(members.map((m) => [m.userKey, m.optIn]).sort()).toEqual([
      ['console:alice', false],
      ['console:bob', true],
      ['console:me', false],
    ]);
    expect((await stores().personal.ofUser('console:alice')).map((r) => r.status)).toEqual(['paused']);
    attempts.length = 0;
    bot.clock.set('2026-03-03T09:30:00+08:00'); // alice's personal reminder is due: skipped, not sent
    await bot.runtime.app.services.scheduler.tick();
    expect(attempts).not.toContain('alice');
  });

  it('after downtime: a reminder still before the meeting comes late with a note; one after it is recorded as missed', async () => {
    bot = await createTestBot();
    await bot.say('绑定支部 第一党支部', secretary);
    await confirmLast(await bot.say('设置会议 党课 明天下午3点', secretary));
    await confirmLast(await bot.say('设置会议 支委会 后天下午3点', secretary));
    // Down from 03-02 09:00 until 03-03 14:00: both reminders of the 党课 (1 day and 2 hours before 03-03 15:00)
    // are overdue but still before the meeting, so they come late with a note.
    bot.clock.set('2026-03-03T14:00:00+08:00');
    const { scheduler } = bot.runtime.app.services;
    await scheduler.tick();
    const texts = bot.pushed.map((p) => p.reply.text);
    expect(texts.filter((t) => t.includes('党课将于'))).toHaveLength(2);
    expect(texts.every((t) => t.startsWith('（迟到的提醒：助手刚恢复运行）'))).toBe(true);
    // Down again until after the 支委会 started (03-04 15:00): its reminders are recorded as missed, not sent.
    bot.pushed.length = 0;
    bot.clock.set('2026-03-04T15:30:00+08:00');
    await scheduler.tick();
    expect(bot.pushed.filter((p) => p.reply.text.includes('支部委员会会议将于'))).toEqual([]);
    const statuses = await jobs()
      .select(['occurrence_key', 'status'])
      .where('kind', '=', 'meeting-reminder')
      .orderBy('occurrence_key')
      .execute();
    expect(statuses.map((r) => r.status)).toEqual(['sent', 'sent', 'missed', 'missed']);
  });

  it('counts compliance per quarter and nudges before the quarter ends', async () => {
    bot = await createTestBot();
    bot.clock.set('2026-03-16T08:00:00+08:00');
    await bot.say('绑定支部 第一党支部', secretary);
    await bot.say('记录会议 支委会 2026-01-12 出席 5/5 主题 研究年度计划', secretary);
    await bot.say('记录会议 支委会 2026-03-09 出席 4/5', secretary);
    await bot.say('记录会议 党课 2026-02-20 主题 学习党章', secretary);
    await bot.say('记录会议 党员大会 2025-12-20', secretary);
    const view = textOf(await bot.say('会议情况', member));
    expect(view).toContain('2026年第一季度三会一课情况');
    expect(view).toContain('· 支部委员会会议：1月 已召开 ✓；2月 未召开 ✗；3月 已召开 ✓');
    expect(view).toContain('· 支部党员大会：待召开（还剩 15 天）');
    expect(view).toContain('· 党课：已召开 ✓');
    expect(view).toContain('合计：已召开 3 项，缺 3 项，待召开 2 项。');
    expect(textOf(await bot.say('会议情况 2025-Q4', member))).toContain('· 支部党员大会：已召开 ✓');
    // The 15-days-before-quarter-end nudge (2026-03-16 09:00) mentions only what is missing.
    bot.clock.set('2026-03-16T09:00:00+08:00');
    await bot.runtime.app.services.scheduler.tick();
    expect(bot.pushed.map((p) => p.reply.text)).toContain(
      '本季度尚未召开支部党员大会，距季末还有 15 天。召开后请发送“记录会议 类型 日期 出席 人数/应到 主题 …”。',
    );
    // Editable frequency: 党课 monthly makes February missing.
    await bot.say('会议频次 党课 每月', secretary);
    expect(textOf(await bot.say('会议情况', member))).toContain('· 党课：1月 未召开 ✗；2月 已召开 ✓；3月 待召开（还剩 15 天）');
  });

  it('exports the schedule as .ics (with holiday moves) and the records as CSV', async () => {
    bot = await createTestBot();
    await bot.say('绑定支部 第一党支部', secretary);
    await confirmLast(await bot.say('设置会议 支委会 每月第一个周一下午3点', secretary));
    await bot.say('记录会议 支委会 2026-03-02 出席 5/5 主题 研究"发展党员",计划', secretary);
    const ics = (await bot.say('导出日程', member))[0]!.attachment!;
    const body = ics.content.toString();
    expect(ics.filename).toMatch(/\.ics$/);
    expect(body).toContain('RRULE:FREQ=MONTHLY;BYDAY=+1MO');
    expect(body).toContain('DTSTART;TZID=Asia/Shanghai:20260302T150000');
    expect(body).toMatch(/EXDATE;TZID=Asia\/Shanghai:[0-9T,]*20260406T150000/);
    expect(body).toMatch(/RDATE;TZID=Asia\/Shanghai:[0-9T,]*20260407T150000/);
    const csv = (await bot.say('导出会议记录', secretary))[0]!.attachment!.content.toString();
    expect(csv).toContain('会议类型,召开日期,出席情况,出席人员,缺席人员,地点,议题,记录人,记录时间（北京时间）');
    // Names and local times, never platform ids or UTC stamps.
    expect(csv).toContain('支部委员会会议,2026-03-02,实到5/应到5,,,,"研究""发展党员"",计划",王书记,2026-03-02 09:00');
    expect(csv).not.toContain('console:me');
  });
});
