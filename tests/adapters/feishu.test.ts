import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFeishuAdapter, type FeishuAdapter } from '../../adapters/feishu';
import { FEISHU_TEXT_LIMIT } from '../../adapters/feishu/render';
import { loadConfig } from '../../bot/config';
import type { Feature, FeatureFactory } from '../../bot/core/feature';
import { createCancelFeature } from '../../bot/features/cancel';
import { createHelpFeature } from '../../bot/features/help';
import { quizFeature } from '../../bot/features/quiz';
import { memorySource } from '../../bot/features/quiz/bank';
import { createStartFeature } from '../../bot/features/start';
import { silentLogger } from '../../bot/logger';
import { fixtureQuestions } from '../features/quiz/helpers';
import { peekQuiz, recordAnswer } from '../features/quiz/peek';
import { ManualClock } from '../helpers/clock';
import { createTestBot, type TestBot } from '../helpers/runtime';
import { dailyQuizJobs } from '../helpers/scheduled-jobs';
import { tempDir } from '../helpers/temp';
import { handbookStandIn, toolsFeature, voteFeature } from './peers/features';
import { cardButtons, FEISHU_APP_ID, FEISHU_APP_SECRET, type FeishuPeer, p2pChat, startFeishuPeer, visibleText } from './peers/feishu';

const singleChoice = fixtureQuestions().filter((q) => q.type === '单选');
const level = singleChoice[0]!.level;
const bank = singleChoice.filter((q) => q.level === level);

/** A reply longer than one 飞书 text message. */
const longFeature: FeatureFactory = (): Feature => ({
  name: 'very-long',
  commands: [
    {
      name: 'verylong',
      description: '很长的消息',
      run: (ctx) => ctx.reply(Array.from({ length: 1500 }, (_, i) => `第${i + 1}行：${'三会一课'.repeat(4)}`).join('\n')),
    },
  ],
});

describe('飞书 adapter (WSClient long connection) against a fake open platform', () => {
  let peer: FeishuPeer;
  let bot: TestBot | undefined;
  let adapter: FeishuAdapter | undefined;
  let nextUser = 1;

  beforeAll(async () => {
    peer = await startFeishuPeer();
  });
  afterAll(async () => peer?.stop());
  afterEach(async () => {
    await adapter?.stop();
    await bot?.close();
    adapter = undefined;
    bot = undefined;
    peer.fragmentBytes = Number.POSITIVE_INFINITY;
  });

  async function start(
    features: FeatureFactory[],
    options: { clock?: ManualClock; env?: Record<string, string>; throttle?: boolean } = {},
  ) {
    bot = await createTestBot({ features, clock: options.clock, env: options.env });
    adapter = createFeishuAdapter({
      app: bot.runtime.app,
      log: silentLogger(),
      appId: FEISHU_APP_ID,
      appSecret: FEISHU_APP_SECRET,
      domain: peer.domain,
      throttle: options.throttle ?? false,
    });
    await adapter.start();
    return bot;
  }
  const newUser = () => `ou_user${String(nextUser++).padStart(4, '0')}`;
  /** The next `count` messages the bot sends to a chat after `before` were already there. */
  const nextIn = async (chat: string, before: number, count = 1, seconds?: number) =>
    (await peer.waitForSent(before + count, (m) => m.receive_id === chat, seconds)).slice(before);
  /** Resolves true when nothing more than `count` messages reaches the chat within a second and a half. */
  const quiet = (chat: string, count: number) =>
    nextIn(chat, count, 1, 1.5).then(
      () => false,
      () => true,
    );
  const sentTo = (chat: string) => peer.sent.filter((m) => m.receive_id === chat);

  it('private chat: greets by name, answers 帮助 with a card, a handbook question with its source (throttled as in production)', async () => {
    await start([createStartFeature, createHelpFeature, handbookStandIn], { throttle: true });
    const user = newUser();
    peer.users.set(user, '小李');
    const chat = p2pChat(user);
    await peer.sendText({ user, text: '/start' });
    const [welcome] = await nextIn(chat, 0);
    expect(visibleText(welcome!)).toContain('小李，你好！我是党务助手');
    expect(welcome!.receive_id_type).toBe('chat_id');

    await peer.sendText({ user, text: '幫助' });
    const [help] = await nextIn(chat, 1);
    expect(help!.msg_type).toBe('interactive');
    expect(visibleText(help!)).toContain('党务助手可以帮你');
    expect(cardButtons(help!)[0]).toEqual({ label: '⚙️基本', value: { d: 'help:s:0', o: user, l: '⚙️基本' } });

    await peer.sendText({ user, text: '預備期多長？' });
    const [answer] = await nextIn(chat, 2);
    expect(visibleText(answer!)).toMatch(/预备期为一年[\s\S]*出处：/);
    // Every event was acknowledged with 200 well inside 飞书's 3 s.
    expect(peer.acks.filter((a) => a.type === 'im.message.receive_v1').every((a) => a.code === 200 && a.ms < 3000)).toBe(true);
  });

  it('runs a quiz answered by card buttons (the card updated in place) and by a typed letter', async () => {
    const b = await start([createHelpFeature, createCancelFeature, quizFeature({ source: () => memorySource(bank), shuffle: false })]);
    const user = newUser();
    const chat = p2pChat(user);
    await peer.sendText({ user, text: '练习' });
    const [levels] = await nextIn(chat, 0);
    const pressed = await peer.press({ user, message: levels!, label: level });
    expect(pressed.toast).toEqual({ type: 'success', content: `已选择：${level}` });
    // The level card now shows the choice instead of its buttons.
    expect(cardButtons(levels!)).toEqual([]);
    expect(JSON.stringify(levels!.content)).toContain(`已选择：${level}`);

    const [topics] = await nextIn(chat, 1);
    await peer.press({ user, message: topics!, label: cardButtons(topics!)[0]!.label });
    const [question] = await nextIn(chat, 2);
    const currentQuestion = async () => {
      const current_qid = await peekQuiz(b.runtime.storage).currentQid();
      return bank.find((x) => x.id === current_qid)!;
    };
    const first = await currentQuestion();
    expect(visibleText(question!)).toContain(first.stem.slice(0, 10));
    const right = cardButtons(question!).find((k) => k.value.d.endsWith(`:${first.answer}`))!;
    await peer.press({ user, message: question!, label: right.label });
    const afterFirst = await peer.waitForSent(1, (m) => m.receive_id === chat && /回答(正确|错误)/.test(visibleText(m)));
    expect(visibleText(afterFirst.at(-1)!)).toContain('回答正确');

    // The next question arrives (the session moved on before the feedback was sent); answer it by typing its letter.
    const second = await currentQuestion();
    await peer.waitForSent(
      1,
      (m) => m.receive_id === chat && m !== question && m.msg_type === 'interactive' && visibleText(m).includes(second.stem.slice(0, 10)),
    );
    expect(second.id).not.toBe(first.id);
    const before = sentTo(chat).length;
    await peer.sendText({ user, text: second.answer.toLowerCase() });
    const typed = await nextIn(chat, before);
    expect(visibleText(typed[0]!)).toContain('回答正确');
    const attempts = (await peekQuiz(b.runtime.storage).attempts()).map(({ user_key, correct }) => ({ user_key, correct }));
    expect(attempts).toEqual([
      { user_key: `feishu:${user}`, correct: 1 },
      { user_key: `feishu:${user}`, correct: 1 },
    ]);
  });

  it('a press that reaches the bot before the answer to the card’s send still marks the choice on the card', async () => {
    await start([createHelpFeature, voteFeature]);
    const user = newUser();
    const chat = p2pChat(user);
    // The user sees the card at once; 飞书's answer to the bot's send comes 0.2 s later.
    peer.sendAnswerDelayMs = 200;
    await peer.sendText({ user, text: '/vote' });
    const [card] = await nextIn(chat, 0);
    const pressed = await peer.press({ user, message: card!, label: '同意' });
    peer.sendAnswerDelayMs = 0;
    expect(pressed.toast).toEqual({ type: 'success', content: '已选择：同意' });
    expect(JSON.stringify(card!.content)).toContain('已选择：同意');
    const [vote] = await nextIn(chat, 1);
    expect(visibleText(vote!)).toBe('你投了同意票');
  });

  it('refuses a press by another user in a group with a toast, changing nothing; the owner’s press counts', async () => {
    await start([createHelpFeature, voteFeature]);
    const owner = newUser();
    const other = newUser();
    const group = 'oc_group_vote';
    await peer.sendText({ user: owner, text: '投票', chat: group, group: true });
    const [card] = await nextIn(group, 0);
    const before = JSON.stringify(card!.content);
    const refused = await peer.press({ user: other, message: card!, label: '同意' });
    expect(refused.toast).toEqual({ type: 'warning', content: expect.stringContaining('只有本人可以操作') });
    expect(refused.card).toBeUndefined();
    expect(JSON.stringify(card!.content)).toBe(before);
    expect(await quiet(group, 1)).toBe(true);

    await peer.press({ user: owner, message: card!, label: '反对' });
    const [result] = await nextIn(group, 1);
    expect(visibleText(result!)).toBe('你投了反对票');
  });

  it('in a group: answers only @mentions; owner, manager and configured secretary bind, a member is refused', async () => {
    await start([createHelpFeature, toolsFeature, handbookStandIn], { env: { DANGWU_SECRETARIES: 'feishu:ou_configured' } });
    const group = 'oc_group_branch';
    peer.chats.set(group, { name: '第一党支部', owner: 'ou_owner', managers: ['ou_manager'] });
    await peer.sendText({ user: 'ou_member', text: '预备期多长', chat: group, group: true, mention: false });
    await peer.sendText({ user: 'ou_member', text: '/bind', chat: group, group: true });
    const [refusal] = await nextIn(group, 0);
    expect(visibleText(refusal!)).toContain('只有支部书记');
    for (const user of ['ou_owner', 'ou_manager', 'ou_configured']) await peer.sendText({ user, text: '/bind', chat: group, group: true });
    const bound = await nextIn(group, 1, 3);
    expect(bound.map(visibleText)).toEqual(['本群已绑定到支部', '本群已绑定到支部', '本群已绑定到支部']);
    // The unmentioned message produced nothing: four replies in all.
    expect(await quiet(group, 4)).toBe(true);
  });

  it('delivers a scheduled reminder to a group with a uuid, and answers a redelivered event once', async () => {
    const clock = new ManualClock('2026-03-02T09:00:00+08:00');
    const b = await start([createHelpFeature], { clock });
    const group = 'oc_group_remind';
    const { scheduler } = b.runtime.app.services;
    scheduler.register<{ text: string }>('test-reminder', async (job) =>
      b.runtime.app.services.push(job.address!, { text: job.payload.text }),
    );
    await scheduler.schedule({
      kind: 'test-reminder',
      occurrenceKey: 'g1',
      dueAt: new Date('2026-03-02T10:00:00+08:00'),
      address: { platform: 'feishu', chatId: group },
      payload: { text: '提醒：今天下午3点召开支部委员会' },
    });
    clock.advance(60 * 60_000);
    expect(await scheduler.tick()).toBe(1);
    const [reminder] = await nextIn(group, 0);
    expect(visibleText(reminder!)).toBe('提醒：今天下午3点召开支部委员会');
    expect(reminder!.uuid).toMatch(/^[0-9a-f]{40}$/);

    const user = newUser();
    await peer.sendText({ user, text: '帮助', eventId: 'ev_same' });
    await peer.sendText({ user, text: '帮助', eventId: 'ev_same' });
    await nextIn(p2pChat(user), 0);
    expect(await quiet(p2pChat(user), 1)).toBe(true);
  });

  it('splits long replies, sends exports as files, waits out a 429 and reassembles fragmented frames', async () => {
    await start([toolsFeature, longFeature]);
    const user = newUser();
    const chat = p2pChat(user);
    await peer.sendText({ user, text: '/verylong' });
    const parts = await nextIn(chat, 0, 2);
    expect(parts.every((p) => p.msg_type === 'text' && p.content.text.length <= FEISHU_TEXT_LIMIT)).toBe(true);
    expect(parts[1]!.content.text.startsWith('第')).toBe(true);
    expect(
      parts
        .map((p) => p.content.text)
        .join('\n')
        .split('\n'),
    ).toHaveLength(1500);

    await peer.sendText({ user, text: '/export' });
    const [done, file] = await nextIn(chat, 2, 2);
    expect(visibleText(done!)).toBe('导出完成');
    expect(file!.msg_type).toBe('file');
    const uploaded = peer.files.find((f) => f.file_key === file!.content.file_key);
    expect(uploaded).toMatchObject({ file_name: 'records.csv', file_type: 'stream', content: expect.stringContaining('2026-03-02,学习') });

    peer.tooManyRequests = 1;
    peer.fragmentBytes = 150;
    await peer.sendText({ user, text: '/long' });
    const [long] = await nextIn(chat, 4);
    expect(long!.content.text.split('\n')).toHaveLength(300);
    expect(peer.tooManyRequests).toBe(0);
  });

  it('sends again when 飞书 closed the reused keep-alive connection as the send went out (socket hang up), once', async () => {
    await start([createStartFeature, createHelpFeature]);
    const user = newUser();
    const chat = p2pChat(user);
    await peer.sendText({ user, text: '/start' });
    await nextIn(chat, 0);
    // The next send goes out on the connection the last one used, and finds it closed unread.
    peer.hangUpReused = 1;
    peer.hungUp = 0;
    await peer.sendText({ user, text: '帮助' });
    const [help] = await nextIn(chat, 1);
    expect(visibleText(help!)).toContain('党务助手可以帮你');
    expect(peer.hungUp).toBe(1);
    expect(await quiet(chat, 2)).toBe(true);
  });

  it('sends 统计 as its text and then the chart as a native image (im/v1/images, msg_type image), not a file', async () => {
    const b = await start([quizFeature({ source: () => memorySource(bank), shuffle: false })]);
    const user = newUser();
    const chat = p2pChat(user);
    const q = bank[0]!;
    await recordAnswer(b.runtime.storage, `feishu:${user}`, q, new Date('2026-11-01T08:00:00Z').toISOString());
    const filesBefore = peer.files.length;
    await peer.sendText({ user, text: '统计' });
    // The first chart loads ECharts and the font: generous on a busy machine.
    const [text, image] = await nextIn(chat, 0, 2, 60);
    expect(visibleText(text!)).toContain('共作答 1 题');
    expect(image!.msg_type).toBe('image');
    const uploaded = peer.images.find((i) => i.image_key === image!.content.image_key)!;
    expect(uploaded.image_type).toBe('message');
    expect(uploaded.content.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(peer.files.length).toBe(filesBefore);
  });

  it('pauses the daily quiz of a user out of the bot’s reach (230013) and reports a bot removed from a group (230002)', async () => {
    const clock = new ManualClock('2026-03-02T09:00:00+08:00');
    const b = await start([createHelpFeature, quizFeature({ source: () => memorySource(bank), shuffle: false })], { clock });
    const user = newUser();
    const chat = p2pChat(user);
    await peer.sendText({ user, text: '每日一练 07:30' });
    const [subscribed] = await nextIn(chat, 0);
    expect(visibleText(subscribed!)).toContain('07:30');
    peer.refuse.set(chat, 230013);
    clock.advance(23 * 3600_000);
    await b.runtime.app.services.scheduler.tick();
    expect((await peekQuiz(b.runtime.storage).subscriptions()).map((s) => s.active)).toEqual([0]);
    expect(await dailyQuizJobs(b.runtime.storage)).toEqual([{ status: 'failed', attempts: 1 }]);
    clock.advance(24 * 3600_000);
    expect(await b.runtime.app.services.scheduler.tick()).toBe(0);

    peer.refuse.set('oc_group_gone', 230002);
    await expect(b.runtime.app.services.push({ platform: 'feishu', chatId: 'oc_group_gone' }, { text: '提醒' })).rejects.toMatchObject({
      code: 'RECIPIENT_UNAVAILABLE',
      reason: 'kicked',
    });
  });

  it('refuses bad settings with Chinese hints; bad credentials and an unreachable platform fail start-up cleanly', async () => {
    expect(() => loadConfig({ FEISHU_APP_ID: 'oops', FEISHU_APP_SECRET: 'x'.repeat(20) })).toThrow(/FEISHU_APP_ID：格式应为 cli_/);
    expect(() => loadConfig({ FEISHU_APP_ID: FEISHU_APP_ID })).toThrow(/FEISHU_APP_ID 和 FEISHU_APP_SECRET 需要同时设置/);
    expect(() => loadConfig({ FEISHU_APP_ID: FEISHU_APP_ID, FEISHU_APP_SECRET: FEISHU_APP_SECRET, FEISHU_DOMAIN: 'open.feishu' })).toThrow(
      /FEISHU_DOMAIN/,
    );

    bot = await createTestBot({ features: [createHelpFeature] });
    const wrong = createFeishuAdapter({
      app: bot.runtime.app,
      log: silentLogger(),
      appId: FEISHU_APP_ID,
      appSecret: 'not-the-secret',
      domain: peer.domain,
    });
    await expect(wrong.start()).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringContaining('飞书应用凭证无效（错误码 10014'),
    });
    await wrong.stop();

    const closed = await closedPort();
    const nowhere = createFeishuAdapter({
      app: bot.runtime.app,
      log: silentLogger(),
      appId: FEISHU_APP_ID,
      appSecret: FEISHU_APP_SECRET,
      domain: `http://127.0.0.1:${closed}`,
    });
    await expect(nowhere.start()).rejects.toMatchObject({
      code: 'UPSTREAM_FAILED',
      message: expect.stringContaining('无法连接飞书开放平台'),
    });
    await nowhere.stop();

    peer.refuseGateway = 514;
    const refused = createFeishuAdapter({
      app: bot.runtime.app,
      log: silentLogger(),
      appId: FEISHU_APP_ID,
      appSecret: FEISHU_APP_SECRET,
      domain: peer.domain,
    });
    await expect(refused.start()).rejects.toMatchObject({
      code: 'UPSTREAM_FAILED',
      message: expect.stringContaining('无法建立飞书长连接'),
    });
    await refused.stop();
    peer.refuseGateway = undefined;
    expect(peer.connections()).toBe(0);
  });

  it('the real program exits with the Chinese error when 飞书 rejects the credentials (no hang, no stack)', async () => {
    const root = resolve(__dirname, '../..');
    const cwd = tempDir('dangwu-feishu-');
    const child = spawn(process.execPath, [join(root, 'bin', 'dangwu.js'), 'start'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, FEISHU_APP_ID, FEISHU_APP_SECRET: 'wrong-secret-123', FEISHU_DOMAIN: peer.domain },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += String(c)));
    const status = await new Promise<number | null>((done) => child.on('exit', done));
    expect(stderr).toContain('飞书应用凭证无效');
    expect(stderr).not.toMatch(/at .*\.ts:\d+|UnhandledPromiseRejection/);
    expect(status).toBe(2);
  });
});

/** A loopback port with nothing listening. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}
