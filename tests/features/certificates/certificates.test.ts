import { afterEach, describe, expect, it } from 'vitest';
import { createRemindersStores } from '../../../bot/features/reminders';
import { certificateReminderDates } from '../../../bot/features/reminders/certificates/rules';
import { createTestBot, type Speaker, type TestBot, textOf } from '../../helpers/runtime';

let bot: TestBot;
afterEach(async () => bot?.close());
const alice: Speaker = { userId: 'alice', name: '张三' };
const certificates = () => createRemindersStores(bot.runtime.storage).certificates;
/** The scheduler's planned jobs (no store lists them; read with Kysely on the storage). */
const jobs = () =>
  bot.runtime.storage.db
    .withTables<{ scheduled_jobs: { id: number; kind: string; occurrence_key: string; due_at: number; status: string } }>()
    .selectFrom('scheduled_jobs');
const confirm = async (r: Awaited<ReturnType<TestBot['say']>>, as?: Speaker) => bot.press(r.at(-1)!.buttons![0]![0]!.data, as);

describe('持证上岗 certificates', () => {
  it('reminder dates: 60/30/7/1 days before expiry; next level one year after the level was obtained (leap day)', () => {
    expect(certificateReminderDates({ level: '初级', expires_on: '2027-03-10', level_since: '2026-03-10' })).toEqual({
      expiry: [
        { days: 60, on: '2027-01-09' },
        { days: 30, on: '2027-02-08' },
        { days: 7, on: '2027-03-03' },
        { days: 1, on: '2027-03-09' },
      ],
      nextLevelOn: '2027-03-10',
    });
    expect(certificateReminderDates({ level: '中级', expires_on: '2029-02-28', level_since: '2028-02-29' }).nextLevelOn).toBe('2029-02-28');
    expect(certificateReminderDates({ level: '高级', expires_on: '2027-01-01', level_since: '2026-01-01' }).nextLevelOn).toBeUndefined();
  });

  it('records a certificate after confirmation and reminds at each lead and on the next-level day', async () => {
    bot = await createTestBot(); // 2026-03-02
    const preview = await bot.say('登记证书 初级 DW2025001 2025-05-10', alice);
    expect(textOf(preview)).toContain('发证 2025-05-10，到期 2026-05-10');
    expect(await certificates().ofHolder('console:alice')).toEqual([]);
    expect(textOf(await confirm(preview, alice))).toContain('2026-05-10 起可报考中级');
    const keys = await jobs().select(['occurrence_key', 'due_at']).where('kind', 'like', 'cert-%').orderBy('due_at').execute();
    // 60 days before 05-10 is 03-11; all four leads and the next-level day are still ahead.
    expect(keys.map((k) => k.occurrence_key)).toEqual(['c1:60', 'c1:30', 'c1:7', 'c1:1', 'c1:next']);
    const { scheduler } = bot.runtime.app.services;
    for (const [iso, expected] of [
      ['2026-03-11T09:00:00+08:00', '还有 60 天'],
      ['2026-04-10T09:00:00+08:00', '还有 30 天'],
      ['2026-05-03T09:00:00+08:00', '还有 7 天'],
      ['2026-05-09T09:00:00+08:00', '还有 1 天'],
      ['2026-05-10T09:00:00+08:00', '从今天起可以报考中级'],
    ] as const) {
      bot.clock.set(iso);
      await scheduler.tick();
      expect(bot.pushed.at(-1)!.reply.text).toContain(expected);
      expect(bot.pushed.at(-1)!.chatId).toBe('dm-alice');
    }
    expect(bot.pushed).toHaveLength(5);
    expect(await certificates().current('console:alice')).toMatchObject({
      level: '初级',
      nextLevel: '中级',
      nextLevelOpensOn: '2026-05-10',
    });
  });

  it('a renewal keeps the date the level was obtained; revocation (secretary of the branch only, confirmed) stops reminders', async () => {
    bot = await createTestBot();
    const group = { chatId: 'g1', chatKind: 'group' as const };
    await bot.say('绑定支部 第一党支部', { ...group, name: '王书记' });
    await confirm(await bot.say('登记证书 初级 DW1 2025-05-10', { ...alice, ...group }), { ...alice, ...group });
    bot.clock.set('2026-05-09T09:30:00+08:00');
    await confirm(await bot.say('登记证书 初级 DW2 2026-05-08', alice), alice);
    expect(await certificates().current('console:alice')).toMatchObject({
      number: 'DW2',
      levelSince: '2025-05-10',
      expiresOn: '2027-05-08',
    });
    expect(await jobs().select('id').where('occurrence_key', 'like', 'c1:%').where('status', '=', 'pending').execute()).toEqual([]);
    expect(await jobs().select('id').where('occurrence_key', 'like', 'c2:%').where('status', '=', 'pending').execute()).not.toEqual([]);
    // A member cannot revoke, nor see the roster.
    expect(textOf(await bot.say('吊销证书 DW2', { ...alice, ...group }))).toContain('只有支部书记');
    expect(textOf(await bot.say('持证名单', { ...alice, ...group }))).toContain('只有支部书记');
    const ask = await bot.say('吊销证书 DW2', group);
    expect(textOf(ask)).toContain('确认吊销 张三 的初级证书');
    expect(textOf(await confirm(ask, group))).toContain('已标记为吊销');
    expect(await jobs().select('id').where('kind', 'like', 'cert-%').where('status', '=', 'pending').execute()).toEqual([]);
    expect(await certificates().current('console:alice')).toBeUndefined();
    bot.pushed.length = 0;
    bot.clock.set('2027-05-07T10:00:00+08:00');
    await bot.runtime.app.services.scheduler.tick();
    expect(bot.pushed).toEqual([]);
  });

  it('checks dates: no future issue date, expiry after issue; an expired certificate says what to do next', async () => {
    bot = await createTestBot(); // 2026-03-02
    expect(textOf(await bot.say('登记证书 初级 DW1 2026-05-10', alice))).toContain('发证日期 2026-05-10 还没到');
    expect(textOf(await bot.say('登记证书 初级 DW1 2025-05-10 到期 2025-01-01', alice))).toContain('应晚于发证日期');
    expect(await certificates().ofHolder('console:alice')).toEqual([]);
    await confirm(await bot.say('登记证书 初级 DW1 2024-06-15', alice), alice);
    const view = textOf(await bot.say('我的证书', alice));
    expect(view).toContain('已于 2025-06-15 到期（过期 260 天）');
    expect(view).toContain('请参加下一次年度认证考试');
    expect(view).not.toContain('各提醒一次');
  });

  it('rejects bad input without writing, and shows the roster to the secretary', async () => {
    bot = await createTestBot();
    expect(textOf(await bot.say('登记证书 DW1 2025-05-10', alice))).toContain('请写明等级');
    expect(textOf(await bot.say('登记证书 初级 DW1 2025-02-30', alice))).toContain('不存在');
    expect(textOf(await bot.say('登记证书 初级 2025-02-10', alice))).toContain('证书编号');
    expect(await certificates().ofHolder('console:alice')).toEqual([]);
    const group = { chatId: 'g1', chatKind: 'group' as const };
    await bot.say('绑定支部 第一党支部', { ...group });
    await confirm(await bot.say('登记证书 中级 DW9 2025-04-01', { ...alice, ...group }), { ...alice, ...group });
    const roster = textOf(await bot.say('持证名单', { ...group }));
    expect(roster).toContain('张三 中级 DW9 到期 2026-04-01（剩 30 天）【即将到期】');
  });
});
