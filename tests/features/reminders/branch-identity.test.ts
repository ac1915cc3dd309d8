import { afterEach, describe, expect, it } from 'vitest';
import { createRemindersStores } from '../../../bot';
import { createTestBot, type Speaker, type TestBot, textOf } from '../../helpers/runtime';

/**
 * A branch is an id, and its name is one branch's (issue 24): the admin of another group cannot take an existing
 * branch's name by sending 绑定支部 with it, however it is spelt; a chat joins an existing branch only when that
 * branch's secretary agrees in a chat already bound to it.
 */
let bot: TestBot;
afterEach(async () => bot?.close());

const secretaryA: Speaker = { userId: 'me', name: '王书记', chatId: 'g1', chatKind: 'group' };
const adminOf = (chatId: string): Speaker => ({
  userId: `admin-${chatId}`,
  name: `${chatId}管理员`,
  chatId,
  chatKind: 'group',
  admin: true,
});
const stores = () => createRemindersStores(bot.runtime.storage);
/** The number in the request the bot posted to branch A's group. */
const requestId = (text: string) => Number(/同意 (\d+)/.exec(text)?.[1]);

describe('branches with an identity', () => {
  it.each([
    ['the same name', '第二党支部'],
    ['its 繁体 form', '第二黨支部'],
    ['spaces', '第 二 党支部'],
    ['an ideographic space', '第二党支部　'],
    ['full-width forms', 'Ｓ第二党支部'],
  ])(
    'a second group cannot take an existing branch by %s: it is not bound, A’s group is asked, its records stay apart',
    async (_, spelt) => {
      bot = await createTestBot();
      const name = spelt.startsWith('Ｓ') ? 'S第二党支部' : '第二党支部';
      await bot.say(`绑定支部 ${name}`, secretaryA);
      await bot.say('记录会议 支委会 昨天 到了5个人 学习党章', secretaryA);
      const impostor = adminOf('g2');
      const reply = textOf(await bot.say(`绑定支部 ${spelt}`, impostor));
      expect(reply).toContain(`“${name}”已经是一个支部的名称，本群还没有绑定`);
      expect(reply).toContain('书记同意后本群才会绑定');
      expect((await stores().branches.all()).map((b) => b.name)).toEqual([name]);
      expect(await stores().branches.byChat('console:g2')).toBeUndefined();
      // Branch A's group got the request, naming who asks.
      const asked = bot.pushed.filter((p) => p.chatId === 'g1').map((p) => p.reply.text);
      expect(asked).toHaveLength(1);
      expect(asked[0]).toMatch(/^「g2管理员」请求把「一个未命名的群」绑定到本支部，回复 同意 \d+ \/ 拒绝 \d+/);
      // The impostor's group can neither record for A nor see A's records.
      expect(textOf(await bot.say('记录会议 支委会 今天 到了9个人 冒名记录', impostor))).toContain('这里还没有绑定支部');
      expect(textOf(await bot.say('会议记录', impostor))).not.toContain('学习党章');
      const [branch] = await stores().branches.all();
      expect((await stores().meetings.records(branch!.id)).map((r) => r.topic)).toEqual(['学习党章']);
      // Nor approve its own request from its own group.
      expect(textOf(await bot.say(`同意 ${requestId(asked[0]!)}`, impostor))).toContain('不属于本群绑定的支部');
      expect(await stores().branches.byChat('console:g2')).toBeUndefined();
    },
  );

  it('a bound group cannot rename its branch to another branch’s name (a forged rename), however spelt', async () => {
    bot = await createTestBot();
    await bot.say('绑定支部 第二党支部', secretaryA);
    const impostor = adminOf('g2');
    expect(textOf(await bot.say('绑定支部 第三党支部', impostor))).toContain('已把本群绑定到“第三党支部”');
    for (const spelt of ['第二党支部', '第二黨支部', ' 第二 党支部 ']) {
      const reply = textOf(await bot.say(`绑定支部 ${spelt}`, impostor));
      expect(reply).toContain('“第二党支部”已经是另一个支部的名称，不能改用。本群仍绑定在“第三党支部”');
    }
    expect((await stores().branches.all()).map((b) => b.name).sort()).toEqual(['第三党支部', '第二党支部']);
    // Its own branch may still be renamed to a free name.
    expect(textOf(await bot.say('绑定支部 第四党支部', impostor))).toContain('已把本群绑定到“第四党支部”');
  });

  it('the secretary’s 同意 in A’s group binds the second group to A; 拒绝 leaves a third unbound; each is told', async () => {
    bot = await createTestBot();
    await bot.say('绑定支部 第二党支部', secretaryA);
    const second = adminOf('g2');
    const third = adminOf('g3');
    await bot.say('绑定支部 第二党支部', second);
    await bot.say('绑定支部 第二黨支部', third);
    // Asking again does not post a second request.
    expect(textOf(await bot.say('绑定支部 第二党支部', second))).toContain('之前的申请');
    const asked = bot.pushed.filter((p) => p.chatId === 'g1').map((p) => p.reply.text);
    expect(asked).toHaveLength(2);
    const [forSecond, forThird] = asked.map(requestId);
    // A member of A's group is not the secretary.
    expect(textOf(await bot.say(`同意 ${forSecond}`, { userId: 'alice', chatId: 'g1', chatKind: 'group' }))).toContain('只有支部书记');
    expect(await stores().branches.byChat('console:g2')).toBeUndefined();
    bot.pushed.length = 0;

    expect(textOf(await bot.say(`同意 ${forSecond}`, secretaryA))).toContain('已同意');
    expect(textOf(await bot.say(`拒绝 ${forThird}`, secretaryA))).toContain('已拒绝');
    const a = await stores().branches.byChat('console:g1');
    expect((await stores().branches.byChat('console:g2'))?.id).toBe(a!.id);
    expect(await stores().branches.byChat('console:g3')).toBeUndefined();
    expect(bot.pushed.find((p) => p.chatId === 'g2')?.reply.text).toContain('本群已绑定到“第二党支部”');
    expect(bot.pushed.find((p) => p.chatId === 'g3')?.reply.text).toContain('没有同意本群绑定');
    // Decided once: a second answer changes nothing.
    expect(textOf(await bot.say(`同意 ${forThird}`, secretaryA))).toContain('已经处理过了');
    expect(await stores().branches.byChat('console:g3')).toBeUndefined();
    // The joined group now acts for branch A: a record made there is A's, and reminders reach both groups.
    await bot.say('记录会议 党小组会 昨天 到了4个人 第二小组学习', second);
    expect((await stores().meetings.records(a!.id)).map((r) => r.topic)).toEqual(['第二小组学习']);
    expect((await stores().branches.chats(a!.id)).map((c) => c.chatKey)).toEqual(['console:g1', 'console:g2']);
    expect((await stores().branches.all()).map((b) => b.name)).toEqual(['第二党支部']);
    // The joined group's admin neither renames branch A nor becomes its secretary.
    expect(textOf(await bot.say('绑定支部 改名支部', second))).toContain('支部名称只能由建立支部的群修改');
    expect(textOf(await bot.say('绑定支部 第二黨支部', second))).toContain('本群已绑定到“第二党支部”');
    expect((await stores().branches.byId(a!.id))?.name).toBe('第二党支部');
    expect((await stores().branches.byId(a!.id))?.secretary_key).toBe('console:me');
  });

  it('a request for another branch cannot be answered from a branch it is not for', async () => {
    bot = await createTestBot();
    await bot.say('绑定支部 第一党支部', secretaryA);
    const other = adminOf('g2');
    await bot.say('绑定支部 第三党支部', other);
    await bot.say('绑定支部 第一党支部', adminOf('g3'));
    const id = requestId(bot.pushed.find((p) => p.chatId === 'g1')!.reply.text);
    // The admin of another bound branch is a secretary, but not of branch A.
    expect(textOf(await bot.say(`同意 ${id}`, other))).toContain('不属于本群绑定的支部');
    expect(textOf(await bot.say(`同意 ${id}`, { ...other, chatId: 'dm-other', chatKind: 'private', admin: false }))).toMatch(
      /只有支部书记|不属于本群绑定的支部/,
    );
    expect(await stores().branches.byChat('console:g3')).toBeUndefined();
    expect(textOf(await bot.say('同意 999', secretaryA))).toContain('没有编号为 999 的绑定申请');
  });
});
