import { afterEach, describe, expect, it } from 'vitest';
import { createRemindersStores } from '../../../bot/features/reminders';
import { createTestBot, type Speaker, type TestBot, textOf } from '../../helpers/runtime';

let bot: TestBot;
afterEach(async () => bot?.close());

const alice: Speaker = { userId: 'alice', name: '张三' };
/** Alice's reminders, whatever their status, oldest first. */
const reminders = () => createRemindersStores(bot.runtime.storage).personal.ofUser('console:alice');
const active = () => createRemindersStores(bot.runtime.storage).personal.active('console:alice');
const press = (replies: Awaited<ReturnType<TestBot['say']>>, as: Speaker = alice, which = 0) =>
  bot.press(replies.at(-1)!.buttons![0]![which]!.data, as);
const tickAt = async (iso: string) => {
  bot.clock.set(iso);
  await bot.runtime.app.services.scheduler.tick();
};

describe('personal reminders', () => {
  it('takes a typed 确认 as the confirm button, and lets other text through', async () => {
    bot = await createTestBot();
    await bot.say('提醒我 每月5号上午9点 交党费', alice);
    expect(textOf(await bot.say('确认', alice))).toContain('起按时提醒你：交党费');
    expect(await reminders()).toHaveLength(1);
    await bot.say('提醒我 每月6号上午9点 交材料', alice);
    // Unrelated text is answered as usual and the confirmation lapses: nothing is saved.
    expect(textOf(await bot.say('帮助', alice))).toContain('党务助手可以帮你');
    expect(textOf(await bot.say('好的', alice))).not.toContain('交材料');
    expect(await reminders()).toHaveLength(1);
  });

  it('accepts a recurring time, fires each month, and lists the next time in people’s words', async () => {
    bot = await createTestBot(); // Monday 2026-03-02 09:00 北京时间
    const preview = await bot.say('提醒我 每月5号上午9点 交党费', alice);
    expect(textOf(preview)).toContain('每月5日 09:00（北京时间）');
    expect(textOf(preview)).toContain('2026-03-05（周四）09:00；2026-04-05（周日）09:00；2026-05-05（周二）09:00');
    expect(textOf(preview)).not.toMatch(/RRULE|FREQ=|Asia\/Shanghai/);
    expect(await reminders()).toEqual([]);
    expect(textOf(await press(preview))).toContain('从 2026-03-05（周四）09:00 起按时提醒你：交党费');
    await tickAt('2026-03-05T09:00:00+08:00');
    expect(bot.pushed.map((p) => p.reply.text)).toEqual(['提醒：交党费']);
    const list = await bot.say('我的提醒', alice);
    expect(textOf(list)).toContain('1. 交党费（每月5日 09:00，下次 2026-04-05（周日）09:00，北京时间）');
    await tickAt('2026-04-05T09:00:00+08:00');
    expect(bot.pushed).toHaveLength(2);
  });

  it('reads relative times, refuses a past time with the reason, and cancels with confirmation', async () => {
    bot = await createTestBot();
    expect(textOf(await bot.say('提醒我 昨天下午三点 开会', alice))).toContain('这个时间已经过去了（2026-03-01 15:00）');
    expect(textOf(await bot.say('提醒我 今天上午8点 开会', alice))).toContain('已经过去了');
    // The time may be split over words or written without a space before the matter.
    expect(textOf(await bot.say('提醒我 每周五 下午三点 学习强国', alice))).toMatch(/每周五 15:00[\s\S]*事项：学习强国/);
    expect(textOf(await bot.say('提醒我 明天下午两点交党费', alice))).toMatch(/2026-03-03（周二）14:00[\s\S]*事项：交党费/);
    await press(await bot.say('提醒我 2分钟后 开会', alice));
    await press(await bot.say('提醒我 半小时后 打电话给组织部', alice));
    await press(await bot.say('提醒我 下个月初 交党费', alice));
    expect((await reminders()).map((r) => ({ text: r.text, at: r.at }))).toEqual([
      { text: '开会', at: '2026-03-02T01:02:00.000Z' },
      { text: '打电话给组织部', at: '2026-03-02T01:30:00.000Z' },
      { text: '交党费', at: '2026-04-01T01:00:00.000Z' },
    ]);
    await tickAt('2026-03-02T09:02:00+08:00');
    expect(bot.pushed.map((p) => p.reply.text)).toEqual(['提醒：开会']);

    const ask = await bot.say('取消提醒 交党费', alice);
    expect(textOf(ask)).toContain('确认取消提醒“交党费”吗');
    expect(await active()).toHaveLength(2);
    expect(textOf(await press(ask))).toContain('已取消提醒：交党费');
    expect((await active()).map((r) => r.text)).toEqual(['打电话给组织部']);
    // The button under 我的提醒 asks too; someone else's number is not theirs to cancel.
    const list = await bot.say('我的提醒', alice);
    expect(
      list
        .at(-1)!
        .buttons!.flat()
        .map((b) => b.label),
    ).toEqual(['取消 1（打电话给组织部）']);
    // One numbering (issue 23): the list says 1. where its button says 取消 1, and 取消提醒 1 means that one.
    expect(textOf(list)).toContain('\n1. 打电话给组织部');
    expect(textOf(await bot.say('取消提醒 1', alice))).toContain('确认取消提醒“打电话给组织部”吗');
    await bot.say('算了', alice);
    expect(textOf(await bot.say('取消提醒 2', { userId: 'bob' }))).toContain('没有找到这条提醒');
    expect(textOf(await bot.press('rm:pcancel:2', { userId: 'bob' }))).toContain('没有找到这条提醒');
    expect(await active()).toHaveLength(1);
    bot.pushed.length = 0;
    await tickAt('2026-04-01T09:00:00+08:00');
    // The cancelled one does not come; the 09:30 one was past its grace by then and is recorded as missed.
    expect(bot.pushed).toEqual([]);
  });

  it('words that are object keys (toString, constructor, __proto__) are neither a crash nor a stuck state', async () => {
    bot = await createTestBot();
    for (const word of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
      const reply = textOf(await bot.say(`提醒我 ${word} 交党费`, alice));
      expect(reply).toContain('没能看懂');
      expect(reply).not.toContain('出错了');
      expect(await bot.runtime.storage.db.selectFrom('conversation_state').selectAll().execute()).toEqual([]);
    }
    expect(textOf(await bot.say('我的提醒', alice))).toContain('你还没有设置提醒');
  });
});

describe('conversation state', () => {
  it('a pending confirmation never swallows other text: commands and questions are answered, the old buttons expire quietly', async () => {
    bot = await createTestBot();
    const preview = await bot.say('提醒我 明天下午两点 交党费', alice);
    expect(textOf(await bot.say('我的证书', alice))).toContain('你还没有登记证书');
    const question = textOf(await bot.say('预备期多长', alice));
    expect(question).not.toContain('确认');
    expect(question).not.toContain('请点按');
    expect(textOf(await press(preview))).toContain('确认已经失效');
    expect(await reminders()).toEqual([]);
  });

  it('取消 cancels whatever is open', async () => {
    bot = await createTestBot();
    const preview = await bot.say('提醒我 明天下午两点 交党费', alice);
    expect(textOf(await bot.say('取消', alice))).toContain('已取消：待确认的操作');
    expect(textOf(await press(preview))).toContain('失效');
    expect(textOf(await bot.say('取消', alice))).toBe('当前没有进行中的操作。');
    expect(await reminders()).toEqual([]);
  });

  describe('limits (issue 24)', () => {
    const store = () => createRemindersStores(bot.runtime.storage).personal;
    /** Reminders set straight through the store, as if typed one by one: `n` of them, a minute apart. */
    const fill = async (n: number, who: { userKey: string; chatId: string }, from = 0) => {
      for (let i = from; i < from + n; i++)
        await store().add({
          userKey: who.userKey,
          platform: 'console',
          chatId: who.chatId,
          text: `事项${i + 1}`,
          at: new Date(Date.parse('2026-03-10T01:00:00Z') + i * 60_000).toISOString(),
          schedule: JSON.stringify({ type: 'once', at: '2026-03-10T01:00:00Z' }),
          zone: 'Asia/Shanghai',
          createdAt: '2026-03-02T01:00:00Z',
        });
    };

    it('refuses a 51st active reminder of one person, also when confirmed after the list filled up, and says the limit', async () => {
      bot = await createTestBot();
      await fill(49, { userKey: 'console:alice', chatId: 'dm-alice' });
      const open = await bot.say('提醒我 明天下午两点 交党费', alice);
      await fill(1, { userKey: 'console:alice', chatId: 'dm-alice' }, 49);
      expect(await active()).toHaveLength(50);
      // The confirmation asked before the 50th was set is refused when pressed: nothing written.
      expect(textOf(await press(open))).toContain('达到了每人 50 条的上限，这条提醒没有设置');
      expect(textOf(await bot.say('提醒我 明天下午两点 交党费', alice))).toContain('你已有 50 条进行中的提醒');
      expect(await active()).toHaveLength(50);
      // Cancelling one makes room again.
      await press(await bot.say('取消提醒 1', alice));
      expect(textOf(await press(await bot.say('提醒我 明天下午两点 交党费', alice)))).toContain('提醒你：交党费');
      expect(await active()).toHaveLength(50);
    });

    it('refuses a new personal reminder in a group that holds 200 active ones, whoever sets it', async () => {
      bot = await createTestBot();
      for (let member = 0; member < 5; member++) await fill(40, { userKey: `console:m${member}`, chatId: 'g1' });
      const newcomer: Speaker = { userId: 'bob', name: '李四', chatId: 'g1', chatKind: 'group' };
      expect(textOf(await bot.say('提醒我 明天下午两点 交党费', newcomer))).toContain('这个群里进行中的个人提醒已有 200 条');
      // In a private chat the same member may still set one.
      const privately: Speaker = { userId: 'bob', name: '李四' };
      expect(textOf(await press(await bot.say('提醒我 明天下午两点 交党费', privately), privately))).toContain('提醒你：交党费');
    });

    it('我的提醒 shows 10 a page, numbered as 取消提醒 N and the buttons number them, with 下一页 / 上一页', async () => {
      bot = await createTestBot();
      await fill(25, { userKey: 'console:alice', chatId: 'dm-alice' });
      const first = (await bot.say('我的提醒', alice)).at(-1)!;
      expect(first.text).toContain('你的提醒共 25 条，这是第 1/3 页');
      expect(first.text).toMatch(/^1\. 事项1（/m);
      expect(first.text).toMatch(/^10\. 事项10（/m);
      expect(first.text).not.toContain('事项11（');
      expect(first.buttons!.at(-1)!.map((b) => b.label)).toEqual(['下一页']);
      const second = (await bot.press(first.buttons!.at(-1)![0]!.data, alice)).at(-1)!;
      expect(second.text).toContain('第 2/3 页');
      expect(second.text).toMatch(/^15\. 事项15（/m);
      expect(second.buttons!.at(-1)!.map((b) => b.label)).toEqual(['上一页', '下一页']);
      const fifteenth = second.buttons!.find((row) => row[0]!.label.startsWith('取消 15（'))![0]!;
      expect(fifteenth.label).toBe('取消 15（事项15）');
      // The button and 取消提醒 15 name the same reminder.
      expect(textOf(await bot.press(fifteenth.data, alice))).toContain('确认取消提醒“事项15”吗？');
      expect(textOf(await bot.say('取消提醒 15', alice))).toContain('确认取消提醒“事项15”吗？');
      const third = (await bot.say('我的提醒 3', alice)).at(-1)!;
      expect(third.text).toMatch(/^25\. 事项25（/m);
      expect(third.buttons!.at(-1)!.map((b) => b.label)).toEqual(['上一页']);
      expect(textOf(await bot.say('我的提醒 4', alice))).toContain('你的提醒只有 3 页');
      // A forged page number is answered, not a crash.
      expect(textOf(await bot.press('rm:plist:999999', alice))).toContain('你的提醒只有 3 页');
    });
  });
});
