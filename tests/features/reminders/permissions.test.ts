import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type Command, createRemindersStores } from '../../../bot';
import { createTestBot, type Speaker, type TestBot, textOf } from '../../helpers/runtime';

/**
 * Branch-scoped permissions: every secretary action and button of the reminders feature, tried by the platform
 * admin of another group (who runs another branch) and by a member, leaves branch A's records unchanged.
 */
let bot: TestBot;
afterEach(async () => bot?.close());

const secretaryA: Speaker = { userId: 'me', name: '王书记', chatId: 'g1', chatKind: 'group' };
const alice: Speaker = { userId: 'alice', name: '张三', chatId: 'g1', chatKind: 'group' };
const adminB = (chatId: string, kind: 'group' | 'private' = 'group'): Speaker => ({
  userId: 'adminB',
  name: '赵书记',
  chatId,
  chatKind: kind,
  admin: chatId === 'g2',
});

const TABLES = [
  'branches',
  'branch_chats',
  'branch_bind_requests',
  'branch_members',
  'meeting_rules',
  'meeting_schedules',
  'meeting_records',
  'meeting_attendance',
  'certificates',
  'personal_reminders',
  'dues_payments',
];

/**
 * Whole rows of the feature's tables, every column, which no store returns: read with Kysely on the storage.
 * Sorted here, because PostgreSQL returns rows in no fixed order (an update that changes nothing still moves a row).
 */
const tables = () => bot.runtime.storage.db as unknown as Kysely<any>;
const inOrder = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();

/** Every row that belongs to branch A (id 1), its members and their reminders, and A's planned jobs. */
async function snapshotA(): Promise<unknown> {
  const db = tables();
  const ofBranch = async (table: string) => inOrder(await db.selectFrom(table).selectAll().where('branch_id', '=', 1).execute());
  const ofPeople = async (table: string) =>
    inOrder(await db.selectFrom(table).selectAll().where('user_key', 'in', ['console:alice', 'console:me']).execute());
  return {
    branches: inOrder(await db.selectFrom('branches').selectAll().where('id', '=', 1).execute()),
    members: await ofBranch('branch_members'),
    chats: await ofBranch('branch_chats'),
    rules: await ofBranch('meeting_rules'),
    schedules: await ofBranch('meeting_schedules'),
    records: await ofBranch('meeting_records'),
    attendance: inOrder(
      await db
        .selectFrom('meeting_attendance as a')
        .innerJoin('meeting_records as r', 'r.id', 'a.record_id')
        .selectAll('a')
        .where('r.branch_id', '=', 1)
        .execute(),
    ),
    certificates: await ofPeople('certificates'),
    personal: await ofPeople('personal_reminders'),
    dues: await ofBranch('dues_payments'),
    jobs: inOrder(
      await db
        .selectFrom('scheduled_jobs')
        .select(['kind', 'occurrence_key', 'due_at', 'status'])
        .where('chat_id', 'in', ['g1', 'me', 'alice', 'dm-alice'])
        .execute(),
    ),
  };
}

/** Everything of the feature, for a member who must change nothing at all. */
async function snapshotAll(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of [...TABLES, 'scheduled_jobs']) out[table] = await tables().selectFrom(table).selectAll().execute();
  return out;
}

/** Plausible arguments for each secretary command, aimed at branch A's objects. */
const ARGS: Record<string, string> = {
  绑定支部: '冒名支部',
  同意: '1',
  拒绝: '1',
  设置会议: '支委会 每周五下午3点',
  会议频次: '支委会 每年',
  提醒提前: '3天',
  节假日顺延: '关',
  记录会议: '支委会 昨天 到了3个人 冒名记录',
  修改会议记录: '1 到了1个人 主题 篡改',
  导出会议记录: '',
  持证名单: '',
  吊销证书: 'DWA001',
  记录党费: '张三 2月 1元',
  党费情况: '',
  五不预警: '',
  记录起始日期: '2020-01-01',
};

async function seedBranches(): Promise<{ scheduleId: number; reminderId: number; secretaryToken: string }> {
  bot = await createTestBot(); // Monday 2026-03-02 09:00
  await bot.say('绑定支部 第一党支部', secretaryA);
  await bot.say('订阅会议提醒', alice);
  await bot.press((await bot.say('设置会议 支委会 每月第一个周一下午3点', secretaryA)).at(-1)!.buttons![0]![0]!.data, secretaryA);
  await bot.say('记录会议 支委会 上周五 参加：张三、王书记 学习党章', secretaryA);
  await bot.say('记录党费 张三 2月 50', secretaryA);
  await bot.press((await bot.say('登记证书 初级 DWA001 2025-05-10', alice)).at(-1)!.buttons![0]![0]!.data, alice);
  await bot.press(
    (await bot.say('提醒我 每月5号上午9点 交党费', { ...alice, chatId: 'alice', chatKind: 'private' })).at(-1)!.buttons![0]![0]!.data,
    { ...alice, chatId: 'alice', chatKind: 'private' },
  );
  expect(textOf(await bot.say('绑定支部 第二党支部', adminB('g2')))).toContain('已把本群绑定到“第二党支部”');
  // The secretary of A has a confirmation open (its token could be guessed or forwarded).
  const open = await bot.say('设置会议 党课 每季度第一个月10日上午9点', secretaryA);
  const stores = createRemindersStores(bot.runtime.storage);
  const [schedule] = await stores.meetings.schedules(1);
  const [reminder] = await stores.personal.ofUser('console:alice');
  return { scheduleId: schedule!.id, reminderId: reminder!.id, secretaryToken: open.at(-1)!.buttons![0]![0]!.data.split(':')[2]! };
}

const secretaryCommands = (): Command[] => bot.runtime.app.commands().filter((c) => c.secretary && c.aliases?.some((a) => a in ARGS));

describe('permissions scoped to the branch', () => {
  it('declares every secretary action of the feature, and the table covers them all', async () => {
    await seedBranches();
    const declared = bot.runtime.app.features
      .find((f) => f.name === 'reminders')!
      .commands!.filter((c) => c.secretary)
      .map((c) => c.aliases![0]!);
    expect(declared.sort()).toEqual(Object.keys(ARGS).sort());
  });

  it('the admin of another group changes nothing of branch A: commands, forged buttons, A’s confirmation token', async () => {
    const { scheduleId, reminderId, secretaryToken } = await seedBranches();
    const before = await snapshotA();
    const replies: string[] = [];
    for (const where of [adminB('g1'), adminB('g2'), adminB('dm-adminB', 'private')]) {
      for (const command of secretaryCommands()) {
        const word = command.aliases!.find((a) => a in ARGS)!;
        const reply = await bot.say(`${word} ${ARGS[word]}`.trim(), where);
        // A confirmation offered to B's admin (about B's own branch) is pressed too: it must still not touch A.
        const button = reply.at(-1)?.buttons?.[0]?.[0]?.data;
        if (button?.startsWith('rm:ok:')) replies.push(textOf(await bot.press(button, where)));
        replies.push(textOf(reply));
      }
      for (const data of [
        `rm:held:${scheduleId}:2026-03-02`,
        `rm:skip:${scheduleId}:2026-03-02`,
        `rm:pcancel:${reminderId}`,
        `rm:ok:${secretaryToken}`,
        'rm:held:abc:toString',
        'rm:held:99999999999999999999:2026-03-02', // beyond PostgreSQL's BIGINT: refused, not an error
        'rm:held:__proto__',
      ]) {
        replies.push(textOf(await bot.press(data, where)));
      }
      // A forged 已召开 followed by text must not record a meeting for A.
      await bot.say('到了12个人 主题 冒名', where);
    }
    expect(await snapshotA()).toEqual(before);
    expect(replies.join('\n')).not.toMatch(/出错了/);
    // What the admin of B was told about A's objects.
    expect(replies.some((r) => r.includes('不属于本群绑定的支部'))).toBe(true);
    expect(replies.some((r) => r.includes('本支部没有编号为 DWA001 的有效证书'))).toBe(true);
  });

  it('a member is refused every secretary action and button, by the router, and nothing changes at all', async () => {
    const { scheduleId, reminderId, secretaryToken } = await seedBranches();
    const before = await snapshotAll();
    for (const where of [alice, { ...alice, chatId: 'alice', chatKind: 'private' as const }]) {
      for (const command of secretaryCommands()) {
        const word = command.aliases!.find((a) => a in ARGS)!;
        const reply = textOf(await bot.say(`${word} ${ARGS[word]}`.trim(), where));
        expect(reply, word).toContain('只有支部书记');
        expect(reply, word).toContain('请联系本支部书记');
      }
      for (const data of [`rm:held:${scheduleId}:2026-03-02`, `rm:skip:${scheduleId}:2026-03-02`, `rm:ok:${secretaryToken}`]) {
        expect(textOf(await bot.press(data, where)), data).toMatch(/只有支部书记|失效/);
      }
    }
    // Her own reminder is hers to cancel (asked, not done); nobody else's number works.
    expect(textOf(await bot.press(`rm:pcancel:${reminderId}`, { userId: 'bob', chatId: 'g1', chatKind: 'group' }))).toContain(
      '没有找到这条提醒',
    );
    const normalise = (snapshot: Record<string, unknown[]>) =>
      Object.fromEntries(
        Object.entries(snapshot).map(([table, rows]) => [
          table,
          inOrder(JSON.parse(JSON.stringify(rows, (k, v) => (k === 'last_seen' ? undefined : v)))),
        ]),
      );
    expect(normalise(await snapshotAll())).toEqual(normalise(before));
  });
});

describe('the router refuses secretary-only commands from their declaration', () => {
  it('a command declared secretary: true never runs for a member, even when its handler checks nothing', async () => {
    let runs = 0;
    bot = await createTestBot({
      features: [
        () => ({
          name: 'probe',
          commands: [
            {
              name: 'probe_admin',
              aliases: ['书记操作'],
              description: '探针',
              secretary: true,
              run: (ctx) => {
                runs++;
                ctx.reply('已执行');
              },
            },
          ],
        }),
      ],
    });
    const refused = textOf(await bot.say('书记操作', { userId: 'alice', chatId: 'g1', chatKind: 'group' }));
    expect(refused).toBe('只有支部书记（管理员）才能使用“书记操作”。如需办理，请联系本支部书记。');
    expect(runs).toBe(0);
    expect(textOf(await bot.say('书记操作', { userId: 'alice', chatId: 'g1', chatKind: 'group', admin: true }))).toBe('已执行');
    expect(textOf(await bot.say('/probe_admin'))).toBe('已执行'); // console:me is a configured secretary
    expect(runs).toBe(2);
  });
});

describe('a secretary of two branches', () => {
  it('answers the follow-up of either branch in the private chat, each recorded for its own branch', async () => {
    bot = await createTestBot();
    await bot.say('绑定支部 第一党支部', secretaryA);
    await bot.press((await bot.say('设置会议 支委会 每月第一个周一下午3点', secretaryA)).at(-1)!.buttons![0]![0]!.data, secretaryA);
    await bot.say('绑定支部 第三党支部', { ...secretaryA, chatId: 'g3' });
    const stores = createRemindersStores(bot.runtime.storage);
    const [older] = await stores.meetings.schedules(1);
    const dm: Speaker = { userId: 'me', name: '王书记', chatId: 'me', chatKind: 'private' };
    expect(textOf(await bot.press(`rm:held:${older!.id}:2026-03-02`, dm))).toContain('请回复出席情况');
    expect(textOf(await bot.say('到了5个人 主题 研究发展党员', dm))).toContain('已记录');
    const recorded = [...(await stores.meetings.records(1)), ...(await stores.meetings.records(2))];
    expect(recorded.map((r) => ({ branch_id: r.branch_id, present: r.present }))).toEqual([{ branch_id: 1, present: 5 }]);
    // In the third branch's group, the first branch's button is refused.
    expect(textOf(await bot.press(`rm:held:${older!.id}:2026-03-02`, { ...secretaryA, chatId: 'g3' }))).toContain('不属于本群绑定的支部');
  });
});
