import { afterEach, describe, expect, it } from 'vitest';
import { createRemindersStores } from '../../../bot/features/reminders';
import { createTestBot, type Speaker, type TestBot, textOf } from '../../helpers/runtime';

let bot: TestBot;
afterEach(async () => bot?.close());

const secretary: Speaker = { userId: 'me', name: '王书记', chatId: 'g1', chatKind: 'group' };
const alice: Speaker = { userId: 'alice', name: '张三', chatId: 'g1', chatKind: 'group' };
const bob: Speaker = { userId: 'bob', name: '李四', chatId: 'g1', chatKind: 'group' };
/** The 党费 payments of the (one) branch, by month and name. */
const payments = async (range?: { from?: string; to?: string }) => {
  const stores = createRemindersStores(bot.runtime.storage);
  const [branch] = await stores.branches.all();
  return stores.dues.ofBranch(branch!.id, range);
};

describe('党费 records', () => {
  it('records one by one or a pasted list; nothing is written when a line is wrong; a member sees only their own', async () => {
    bot = await createTestBot(); // 2026-03-02
    await bot.say('绑定支部 第一党支部', secretary);
    await bot.say('订阅会议提醒', alice);
    await bot.say('订阅会议提醒', bob);
    expect(textOf(await bot.say('记录党费 张三 2月 50元', secretary))).toContain('已登记 1 笔党费');
    const bad = textOf(await bot.say('记录党费\n李四 1-2月 每月30元\n王五 50', secretary));
    expect(bad).toContain('没有登记');
    expect(bad).toContain('“王五 50”：没有写月份');
    expect(await payments()).toHaveLength(1);
    const list = textOf(await bot.say('记录党费\n李四 1-2月 每月30元\n王五 2026-02 45.5\n张三 2月 55', secretary));
    expect(list).toContain('已登记 4 笔党费');
    expect(list).toContain('其中 1 笔覆盖了同月的原有记录');
    expect(await payments()).toMatchObject([
      { member_name: '李四', user_key: 'console:bob', month: '2026-01', amount_cents: 3000 },
      { member_name: '张三', user_key: 'console:alice', month: '2026-02', amount_cents: 5500 },
      { member_name: '李四', user_key: 'console:bob', month: '2026-02', amount_cents: 3000 },
      { member_name: '王五', user_key: null, month: '2026-02', amount_cents: 4550 },
    ]);
    expect(textOf(await bot.say('记录党费 张三 4月 50', secretary))).toContain('2025-04'); // a later month is last year's
    await bot.say('记录党费 张三 2026-04 50', secretary);
    expect(await payments({ from: '2026-04', to: '2026-04' })).toEqual([]);

    const mine = textOf(await bot.say('我的党费', alice));
    expect(mine).toContain('2026-02 55 元');
    expect(mine).not.toContain('30 元');
    expect(textOf(await bot.say('党费情况', alice))).toContain('只有支部书记');
    const overview = textOf(await bot.say('党费情况 2月', secretary));
    expect(overview).toContain('已登记 3 人');
    expect(overview).toContain('未登记：王书记');
  });

  it('reminds members who opted in and have not paid, and tells the secretary who has not', async () => {
    bot = await createTestBot();
    await bot.say('绑定支部 第一党支部', secretary);
    await bot.say('订阅党费提醒', alice);
    await bot.say('订阅党费提醒', bob);
    await bot.say('记录党费 李四 3月 30', secretary);
    bot.clock.set('2026-03-05T09:00:00+08:00');
    await bot.runtime.app.services.scheduler.tick();
    expect(bot.pushed.map((p) => [p.chatId, p.reply.text])).toEqual([
      ['alice', '党费提醒：第一党支部3月的党费还没有登记。交纳后请告诉支部书记；发送“退订党费提醒”可停止。'],
    ]);
    bot.pushed.length = 0;
    bot.clock.set('2026-03-25T09:00:00+08:00');
    await bot.runtime.app.services.scheduler.tick();
    expect(bot.pushed.filter((p) => p.reply.text.includes('党费')).map((p) => [p.chatId, p.reply.text])).toEqual([
      ['me', '第一党支部3月党费尚未登记的有 2 人：王书记、张三。收到后发送“记录党费 姓名 月份 金额”登记。'],
    ]);
  });
});

describe('五不 early warning', () => {
  it('lists 关注 at 3 months and the 6-month threshold, with the facts, to the secretary only', async () => {
    bot = await createTestBot();
    bot.clock.set('2025-09-01T09:00:00+08:00');
    await bot.say('绑定支部 第一党支部', secretary);
    await bot.say('记录会议 党小组会 2025-09-01 参加：张三、李四、王五', secretary);
    await bot.say('记录党费 张三 2025-09 50\n李四 2025-09 50\n王五 2025-09 50', secretary);
    bot.clock.set('2026-03-10T09:00:00+08:00');
    await bot.say('记录会议 党小组会 2026-03-05 参加：张三、李四', secretary);
    await bot.say('记录党费 张三 2026-02 50\n李四 2025-11 50', secretary);
    const view = textOf(await bot.say('五不预警', secretary));
    expect(view).toContain(
      '【满6个月】王五：最近一次参加组织生活是 2025-09-01（党小组会），已满 6 个月；党费登记到 2025-09，其后 5 个整月没有登记',
    );
    expect(view).toContain('【关注】李四：党费登记到 2025-11，其后 3 个整月没有登记');
    expect(view).not.toContain('张三');
    expect(view).toContain('自行脱党');
    expect(textOf(await bot.say('五不预警', { userId: 'alice', name: '张三', chatId: 'g1', chatKind: 'group' }))).toContain('只有支部书记');
    expect(textOf(await bot.say('五不预警', { userId: 'alice', name: '张三' }))).toContain('只有支部书记');
  });
});
