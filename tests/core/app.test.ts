import { afterEach, describe, expect, it } from 'vitest';
import { DangwuError } from '../../bot/core/errors';
import type { Feature, FeatureFactory } from '../../bot/core/feature';
import { MAX_MESSAGE_CHARS } from '../../bot/core/input-guard';
import { createCancelFeature } from '../../bot/features/cancel';
import { createHelpFeature } from '../../bot/features/help';
import { createStartFeature } from '../../bot/features/start';
import { createTestBot, type TestBot, textOf } from '../helpers/runtime';

/** A feature made for these tests: a button, a pending question, a secretary-only command and a crash. */
const probeFeature: FeatureFactory = (): Feature => ({
  name: 'probe',
  actionPrefix: 'probe',
  commands: [
    {
      name: 'ask_name',
      aliases: ['问名字'],
      description: '测试：等待输入',
      async run(ctx) {
        await ctx.state.set('probe', { step: 'name' });
        ctx.reply('请输入名字');
      },
    },
    {
      name: 'boom',
      aliases: ['爆炸'],
      description: '测试：处理出错',
      run() {
        throw new Error('kaboom secret detail');
      },
    },
    {
      name: 'refuse',
      description: '测试：已知错误',
      run() {
        throw new DangwuError('BAD_INPUT', '输入的日期不对，请按 2026-03-01 的格式输入。');
      },
    },
    {
      name: 'admin_only',
      aliases: ['管理'],
      description: '测试：书记专用',
      async run(ctx) {
        if (!(await ctx.requireSecretary('执行管理操作'))) return;
        ctx.reply('已执行');
      },
    },
    {
      name: 'buttons',
      description: '测试：按钮',
      run(ctx) {
        ctx.reply({ text: '选一个', buttons: [[{ label: '甲', data: 'probe:a' }]] });
      },
    },
  ],
  onAction(ctx, data) {
    ctx.reply(`按下了 ${data}`);
  },
  async onPending(ctx, state) {
    await ctx.state.clear();
    ctx.reply(`你好，${ctx.text}（${JSON.stringify(state.data)}）`);
    return true;
  },
});

const features = [createStartFeature, createHelpFeature, createCancelFeature, probeFeature];

describe('the conversation core', () => {
  let bot: TestBot;
  afterEach(async () => bot?.close());

  it('answers help by slash command, Chinese word, traditional characters and with a bot name in groups', async () => {
    bot = await createTestBot({ features });
    for (const input of ['/help', '帮助', '幫助', '/help@dangwu_bot', '／help', '菜单']) {
      const reply = textOf(await bot.say(input));
      expect(reply, input).toContain('党务助手可以帮你');
      expect(reply, input).toContain('⚙️ 基本：开始、帮助、取消');
      expect(reply, input).toContain('• 其他：问名字、爆炸');
      expect(textOf(await bot.say('帮助 其他')), input).toContain('问名字');
    }
  });

  it('reads a forwarded command as the command (转发：, 【转发】, Fwd:), and a forwarded question stays a question', async () => {
    bot = await createTestBot({ features });
    for (const input of ['转发：帮助', '【转发】 帮助', 'Fwd: 帮助', '转发自王书记：帮助'])
      expect(textOf(await bot.say(input)), input).toContain('党务助手可以帮你');
    expect(textOf(await bot.say('转发：帮助我看看这个通知'))).not.toContain('党务助手可以帮你');
  });

  it('never stays silent on unknown input', async () => {
    bot = await createTestBot({ features });
    const reply = textOf(await bot.say('今天天气怎么样'));
    expect(reply).toContain('发送“帮助”');
  });

  it('answers empty, huge and binary messages with a clear reply and processes nothing', async () => {
    bot = await createTestBot({ features });
    expect(textOf(await bot.say('   '))).toContain('没有收到文字内容');
    expect(textOf(await bot.say('党'.repeat(MAX_MESSAGE_CHARS + 1)))).toContain(`${MAX_MESSAGE_CHARS + 1} 字`);
    expect(textOf(await bot.say('\u0000\u0001\u0002PK\u0003\u0004'))).toContain('无法识别的字符');
    expect(await bot.runtime.storage.db.selectFrom('users').select('key').execute()).toEqual([]);
  });

  it('routes the next text to the feature waiting for it, and cancel leaves the conversation', async () => {
    bot = await createTestBot({ features });
    expect(textOf(await bot.say('问名字'))).toBe('请输入名字');
    expect(textOf(await bot.say('張三'))).toBe('你好，张三（{"step":"name"}）');
    await bot.say('/ask_name');
    expect(textOf(await bot.say('取消'))).toBe('已取消。');
    expect(textOf(await bot.say('李四'))).toContain('我没有理解');
  });

  it('keeps pending state per user: another user in the same group is not captured', async () => {
    bot = await createTestBot({ features });
    await bot.say('/ask_name', { userId: 'u1', chatId: 'g', chatKind: 'group' });
    expect(textOf(await bot.say('随便聊聊', { userId: 'u2', chatId: 'g', chatKind: 'group' }))).toContain('我没有理解');
    expect(textOf(await bot.say('王五', { userId: 'u1', chatId: 'g', chatKind: 'group' }))).toContain('你好，王五');
  });

  it('routes button presses by prefix and answers unknown buttons', async () => {
    bot = await createTestBot({ features });
    expect(textOf(await bot.press('probe:a'))).toBe('按下了 probe:a');
    expect(textOf(await bot.press('gone:123'))).toContain('按钮已经失效');
  });

  it('turns a crashing handler into a kind reply with a reference, without leaking details', async () => {
    bot = await createTestBot({ features });
    const reply = textOf(await bot.say('/boom'));
    expect(reply).toMatch(/出错了（编号 [0-9a-f]{8}）/);
    expect(reply).not.toContain('kaboom');
    expect(textOf(await bot.say('/refuse'))).toBe('输入的日期不对，请按 2026-03-01 的格式输入。');
    expect(textOf(await bot.say('/help'))).toContain('党务助手可以帮你');
  });

  it('checks secretary powers: configured list, group admins, and nobody else', async () => {
    bot = await createTestBot({ features, env: { DANGWU_SECRETARIES: 'console:boss,test:chief' } });
    expect(textOf(await bot.say('管理', { userId: 'boss' }))).toBe('已执行');
    expect(textOf(await bot.say('/admin_only', { platform: 'test', userId: 'chief' }))).toBe('已执行');
    expect(textOf(await bot.say('管理', { userId: 'member' }))).toContain('只有支部书记');
    expect(textOf(await bot.say('管理', { userId: 'admin', chatId: 'g1', chatKind: 'group', admin: true }))).toBe('已执行');
    // Being a group admin means nothing in a private chat, and a user id from another platform does not count.
    expect(textOf(await bot.say('管理', { userId: 'admin', admin: true }))).toContain('只有支部书记');
    expect(textOf(await bot.say('管理', { platform: 'test', userId: 'boss' }))).toContain('只有支部书记');
  });

  it('remembers who wrote and where', async () => {
    bot = await createTestBot({ features });
    await bot.say('/start', { userId: 'u9', name: '赵六', chatId: 'g9', chatKind: 'group' });
    const { db } = bot.runtime.storage;
    const user = await db.selectFrom('users').selectAll().where('key', '=', 'console:u9').executeTakeFirstOrThrow();
    const chat = await db.selectFrom('chats').selectAll().where('key', '=', 'console:g9').executeTakeFirstOrThrow();
    expect(user.name).toBe('赵六');
    expect(chat.kind).toBe('group');
  });

  it('records a new name or chat kind at once, and last_seen at most once a minute', async () => {
    bot = await createTestBot({ features });
    const { db } = bot.runtime.storage;
    const user = () =>
      db.selectFrom('users').select(['name', 'first_seen', 'last_seen']).where('key', '=', 'console:u9').executeTakeFirstOrThrow();
    const chatKind = async () =>
      (await db.selectFrom('chats').select('kind').where('key', '=', 'console:g9').executeTakeFirstOrThrow()).kind;
    await bot.say('/start', { userId: 'u9', name: '赵六', chatId: 'g9', chatKind: 'group' });
    const first = await user();
    bot.clock.advance(10_000);
    await bot.say('/start', { userId: 'u9', name: '赵六', chatId: 'g9', chatKind: 'group' });
    expect((await user()).last_seen).toBe(first.last_seen); // nothing changed within the minute: no write
    await bot.say('/start', { userId: 'u9', name: '赵小六', chatId: 'g9', chatKind: 'group' });
    expect((await user()).name).toBe('赵小六'); // a renamed user is recorded at once
    await bot.say('/start', { userId: 'u9', chatId: 'g9', chatKind: 'private' });
    expect((await user()).name).toBe('赵小六'); // a message without a name keeps the name
    expect(await chatKind()).toBe('private');
    bot.clock.advance(60_000);
    await bot.say('/start', { userId: 'u9', name: '赵小六', chatId: 'g9', chatKind: 'private' });
    expect((await user()).last_seen).toBe(bot.clock.now().toISOString());
    expect((await user()).first_seen).toBe(first.first_seen);
  });
});
