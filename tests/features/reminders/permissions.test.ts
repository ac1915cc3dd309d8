import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../../bot';
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
  'branch_members',
  'meeting_rules',
  'meeting_schedules',
  'meeting_records',
  'meeting_attendance',
  'certificates',
  'personal_reminders',
  'dues_payments',
];

/** Every row that belongs to branch A (id 1), its members and their reminders, and A's planned jobs. */
function snapshotA(): unknown {
  const all = (q: string) => bot.runtime.storage.sqlite.prepare(q).all();
  return {
    branches: all('SELECT * FROM branches WHERE id = 1'),
    members: all('SELECT * FROM branch_members WHERE branch_id = 1 ORDER BY user_key'),
    rules: all('SELECT * FROM meeting_rules WHERE branch_id = 1'),
    schedules: all('SELECT * FROM meeting_schedules WHERE branch_id = 1'),
    records: all('SELECT * FROM meeting_records WHERE branch_id = 1'),
    attendance: all(
      'SELECT a.* FROM meeting_attendance a JOIN meeting_records r ON r.id = a.record_id WHERE r.branch_id = 1 ORDER BY a.name',
    ),
    certificates: all("SELECT * FROM certificates WHERE user_key IN ('console:alice', 'console:me')"),
    personal: all("SELECT * FROM personal_reminders WHERE user_key IN ('console:alice', 'console:me')"),
    dues: all('SELECT * FROM dues_payments WHERE branch_id = 1'),
    jobs: all(
      "SELECT kind, occurrence_key, due_at, status FROM scheduled_jobs WHERE chat_id IN ('g1', 'me', 'alice', 'dm-alice') ORDER BY kind, occurrence_key",
    ),
  };
}

/** Everything of the feature, for a member who must change nothing at all. */
function snapshotAll(): unknown {
  const out: Record<string, unknown> = {};
  for (const table of [...TABLES, 'scheduled_jobs']) out[table] = bot.runtime.storage.sqlite.prepare(`SELECT * FROM ${table}`).all();
  return out;
}

/** Plausible arguments for each secretary command, aimed at branch A's objects. */
const ARGS: Record<string, string> = {
  绑定支部: '冒名支部',
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
  const [schedule] = bot.runtime.storage.sqlite.prepare('SELECT id FROM meeting_schedules WHERE branch_id = 1').all() as { id: number }[];
  const [reminder] = bot.runtime.storage.sqlite.prepare('SELECT id FROM personal_reminders').all() as { id: number }[];
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
    const before = snapshotA();
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
        'rm:held:__proto__',
      ]) {
        replies.push(textOf(await bot.press(data, where)));
      }
      // A forged 已召开 followed by text must not record a meeting for A.
      await bot.say('到了12个人 主题 冒名', where);
    }
    expect(snapshotA()).toEqual(before);
    expect(replies.join('\n')).not.toMatch(/出错了/);
    // What the admin of B was told about A's objects.
    expect(replies.some((r) => r.includes('不属于本群绑定的支部'))).toBe(true);
    expect(replies.some((r) => r.includes('本支部没有编号为 DWA001 的有效证书'))).toBe(true);
  });

  it('a member is refused every secretary action and button, by the router, and nothing changes at all', async () => {
    const { scheduleId, reminderId, secretaryToken } = await seedBranches();
    const before = snapshotAll();
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
    const normalise = (s: unknown) => JSON.parse(JSON.stringify(s, (k, v) => (k === 'last_seen' ? undefined : v)));
    expect(normalise(snapshotAll())).toEqual(normalise(before));
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
    const [older] = bot.runtime.storage.sqlite.prepare('SELECT id FROM meeting_schedules WHERE branch_id = 1').all() as { id: number }[];
    const dm: Speaker = { userId: 'me', name: '王书记', chatId: 'me', chatKind: 'private' };
    expect(textOf(await bot.press(`rm:held:${older!.id}:2026-03-02`, dm))).toContain('请回复出席情况');
    expect(textOf(await bot.say('到了5个人 主题 研究发展党员', dm))).toContain('已记录');
    expect(bot.runtime.storage.sqlite.prepare('SELECT branch_id, present FROM meeting_records').all()).toEqual([
      { branch_id: 1, present: 5 },
    ]);
    // In the third branch's group, the first branch's button is refused.
    expect(textOf(await bot.press(`rm:held:${older!.id}:2026-03-02`, { ...secretaryA, chatId: 'g3' }))).toContain('不属于本群绑定的支部');
  });
});
