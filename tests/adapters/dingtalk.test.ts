import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMessengerAdapters } from '../../adapters';
import { createDingtalkAdapter, type DingtalkAdapter } from '../../adapters/dingtalk';
import { loadConfig } from '../../bot/config';
import type { FeatureFactory } from '../../bot/core/feature';
import { createCancelFeature } from '../../bot/features/cancel';
import { createHelpFeature } from '../../bot/features/help';
import { quizFeature } from '../../bot/features/quiz';
import { memorySource } from '../../bot/features/quiz/bank';
import { silentLogger } from '../../bot/logger';
import { fixtureQuestions } from '../features/quiz/helpers';
import { peekQuiz } from '../features/quiz/peek';
import { ManualClock } from '../helpers/clock';
import { createTestBot, type TestBot } from '../helpers/runtime';
import { dailyQuizJobs } from '../helpers/scheduled-jobs';
import { type DingtalkPeer, type PeerGroup, type PeerUser, startDingtalkPeer } from './peers/dingtalk';
import { handbookStandIn, toolsFeature } from './peers/features';

const singleChoice = fixtureQuestions().filter((q) => q.type === '单选');
const level = singleChoice[0]!.level;
const bank = singleChoice.filter((q) => q.level === level);

const xiaoli: PeerUser = { staffId: 'staff-li', nick: '小李' };
const wang: PeerUser = { staffId: 'staff-wang', nick: '王书记', isAdmin: true };
const zhao: PeerUser = { staffId: 'staff-zhao', nick: '小赵' };
const branch: PeerGroup = { conversationId: 'cidBranchGroup01==', title: '第一党支部' };

describe('钉钉 adapter (dingtalk-stream) against a fake open platform', () => {
  let peer: DingtalkPeer;
  let bot: TestBot | undefined;
  let adapter: DingtalkAdapter | undefined;

  beforeAll(async () => {
    peer = await startDingtalkPeer();
  });
  afterAll(async () => peer?.stop());
  afterEach(async () => {
    await adapter?.stop();
    await bot?.close();
    adapter = undefined;
    bot = undefined;
    peer.sent.length = 0;
    peer.calls.length = 0;
    peer.directory.clear();
    peer.expireSessions(false);
  });

  async function start(features: FeatureFactory[], options: { clock?: ManualClock; throttle?: boolean } = {}) {
    bot = await createTestBot({ features, clock: options.clock });
    adapter = createDingtalkAdapter({
      app: bot.runtime.app,
      log: silentLogger(),
      clientId: peer.clientId,
      clientSecret: peer.clientSecret,
      apiUrl: peer.apiUrl,
      oapiUrl: peer.apiUrl,
      throttle: options.throttle ?? false,
    });
    await adapter.start();
    return bot;
  }
  const quizFeatures = () => [createHelpFeature, createCancelFeature, quizFeature({ source: () => memorySource(bank), shuffle: false })];
  const currentQuestion = async (b: TestBot) => {
    const current_qid = await peekQuiz(b.runtime.storage).currentQid();
    return bank.find((q) => q.id === current_qid)!;
  };

  it('registers at the gateway with its credentials and the robot and card topics, and answers pings', async () => {
    await start([createHelpFeature]);
    const open = peer.calls.find((c) => c.path === '/v1.0/gateway/connections/open')!;
    expect(open.body).toMatchObject({ clientId: peer.clientId, clientSecret: peer.clientSecret });
    expect(open.body.subscriptions).toEqual(
      expect.arrayContaining([
        { type: 'CALLBACK', topic: '/v1.0/im/bot/messages/get' },
        { type: 'CALLBACK', topic: '/v1.0/card/instances/callback' },
      ]),
    );
    expect(peer.connections()).toBe(1);
    const pong = await peer.ping();
    expect(pong).toMatchObject({ code: 200, message: 'OK' });
  });

  it('private chat: 帮助, a handbook question, every message acknowledged and answered through its sessionWebhook', async () => {
    await start([createHelpFeature, handbookStandIn]);
    const first = await peer.say(xiaoli, '幫助');
    const [help] = await peer.waitFor(xiaoli.staffId, 1);
    expect(help!.via).toBe('card'); // help has section buttons
    expect(help!.text).toContain('党务助手可以帮你');
    expect(help!.buttons.length).toBeGreaterThan(0);
    expect(peer.acks.get(first)).toMatchObject({ code: 200, headers: { messageId: first } });

    await peer.say(xiaoli, '預備期多長？');
    const [, answer] = await peer.waitFor(xiaoli.staffId, 2);
    expect(answer!.via).toBe('session');
    expect(answer!.text).toMatch(/预备期为一年[\s\S]*出处：/);
  });

  it('a refused sessionWebhook falls back to the robot API for the same chat', async () => {
    await start([createHelpFeature, handbookStandIn]);
    peer.expireSessions();
    await peer.say(zhao, '预备期多长', { group: branch });
    const [answer] = await peer.waitFor(branch.conversationId, 1);
    expect(answer).toMatchObject({ via: 'robot', text: expect.stringContaining('预备期为一年') });
  });

  it('private chat: a quiz answered by card buttons and by a typed answer, attempts stored under the staff id', async () => {
    // 单选 questions are answered with the card's buttons; the core takes typed answers for 填空 questions.
    const mixed = fixtureQuestions().filter((q) => q.level === '初级' && q.topic === '党员' && (q.type === '单选' || q.type === '填空'));
    const b = await start([createHelpFeature, createCancelFeature, quizFeature({ source: () => memorySource(mixed), shuffle: false })]);
    await peer.say(xiaoli, '练习');
    const [levels] = await peer.waitFor(xiaoli.staffId, 1);
    await peer.press(xiaoli, levels!, '初级');
    const [topics] = await peer.waitFor(xiaoli.staffId, 1, { from: 1 });
    const pressed = await peer.press(xiaoli, topics!, () => true);
    let [question] = await peer.waitFor(xiaoli.staffId, 1, { from: 2 });
    expect(peer.acks.get(pressed)).toMatchObject({ code: 200, data: JSON.stringify({ response: {} }) });
    const ways: string[] = [];
    for (let i = 0; i < mixed.length; i++) {
      const current_qid = await peekQuiz(b.runtime.storage).currentQid();
      const q = mixed.find((x) => x.id === current_qid)!;
      expect(question!.text).toContain(q.stem.slice(0, 10));
      const sent = peer.to(xiaoli.staffId).length;
      if (q.type === '单选') {
        await peer.press(xiaoli, question!, (button) => button.id.endsWith(`:${q.answer}`));
        ways.push('button');
      } else {
        await peer.say(xiaoli, q.answer.split('/')[0]!);
        ways.push('typed');
      }
      // The feedback and the next question arrive as one card (one message, not two, under the group limit).
      const [next] = await peer.waitFor(xiaoli.staffId, 1, { from: sent });
      expect(next!.text).toContain('回答正确');
      if (i < mixed.length - 1) expect(next!.via).toBe('card');
      question = next!;
    }
    expect(new Set(ways)).toEqual(new Set(['button', 'typed']));
    const attempts = (await peekQuiz(b.runtime.storage).attempts()).map(({ user_key, correct }) => `${user_key} ${correct}`);
    expect([...new Set(attempts)]).toEqual(['dingtalk:staff-li 1']);
  });

  it('group: only @-mentions reach the bot; the isAdmin secretary binds, a member is refused', async () => {
    await start([createHelpFeature, toolsFeature, handbookStandIn]);
    await peer.say(zhao, '预备期多长', { group: branch, atBot: false });
    await peer.say(zhao, '/bind', { group: branch });
    const [refused] = await peer.waitFor(branch.conversationId, 1);
    expect(refused!.text).toContain('只有支部书记');
    await peer.say(wang, '/bind', { group: branch });
    const [, bound] = await peer.waitFor(branch.conversationId, 2);
    expect(bound!.text).toBe('本群已绑定到支部');
    await new Promise((r) => setTimeout(r, 200));
    expect(peer.to(branch.conversationId)).toHaveLength(2); // the message without @ produced nothing
  });

  it('group: a configured secretary (dingtalk:<staffId>) is one without the isAdmin flag', async () => {
    bot = await createTestBot({ features: [toolsFeature], env: { DANGWU_SECRETARIES: `dingtalk:${zhao.staffId}` } });
    adapter = createDingtalkAdapter({
      app: bot.runtime.app,
      log: silentLogger(),
      clientId: peer.clientId,
      clientSecret: peer.clientSecret,
      apiUrl: peer.apiUrl,
      oapiUrl: peer.apiUrl,
      throttle: false,
    });
    await adapter.start();
    await peer.say(zhao, '/bind', { group: branch });
    const [bound] = await peer.waitFor(branch.conversationId, 1);
    expect(bound!.text).toBe('本群已绑定到支部');
  });

  it('group: a quiz button pressed by another member is refused and changes nothing', async () => {
    const b = await start(quizFeatures());
    await peer.say(xiaoli, `练习 ${level} 全部`, { group: branch });
    const [question] = await peer.waitFor(branch.conversationId, 1);
    const q = await currentQuestion(b);
    const quiz = peekQuiz(b.runtime.storage);
    const before = JSON.stringify(await quiz.sessions());
    await peer.press(zhao, question!, (button) => button.id.endsWith(`:${q.answer}`));
    const [refusal] = await peer.waitFor(branch.conversationId, 1, { from: 1 });
    expect(refusal!.text).toContain('这不是你的题目');
    expect(await quiz.attempts()).toEqual([]);
    expect(JSON.stringify(await quiz.sessions())).toBe(before);
    // The owner's press still counts, answered in the group (the card's outTrackId names the chat).
    await peer.press(xiaoli, question!, (button) => button.id.endsWith(`:${q.answer}`));
    const after = await peer.waitFor(branch.conversationId, 1, { from: 2 });
    expect(after[0]!.text).toContain('回答正确');
    expect((await quiz.attempts()).map((a) => a.user_key)).toEqual(['dingtalk:staff-li']);
  });

  it('a reminder is pushed to the group through the robot API (throttled as in production)', async () => {
    const clock = new ManualClock('2026-03-02T09:00:00+08:00');
    const b = await start([createHelpFeature], { clock, throttle: true });
    const { scheduler } = b.runtime.app.services;
    scheduler.register<{ text: string }>('test-reminder', async (job) =>
      b.runtime.app.services.push(job.address!, { text: job.payload.text }),
    );
    await scheduler.schedule({
      kind: 'test-reminder',
      occurrenceKey: 'g1',
      dueAt: new Date('2026-03-02T10:00:00+08:00'),
      address: { platform: 'dingtalk', chatId: branch.conversationId },
      payload: { text: '提醒：今天下午3点召开支部委员会' },
    });
    clock.advance(60 * 60_000);
    expect(await scheduler.tick()).toBe(1);
    const [reminder] = await peer.waitFor(branch.conversationId, 1);
    expect(reminder).toMatchObject({ via: 'robot', text: '提醒：今天下午3点召开支部委员会' });
    expect(reminder!.raw).toMatchObject({ robotCode: peer.clientId, openConversationId: branch.conversationId, msgKey: 'sampleText' });
    const send = peer.calls.find((c) => c.path === '/v1.0/robot/groupMessages/send')!;
    expect(String(send.headers['x-acs-dingtalk-access-token'])).toMatch(/^tok-/);
  });

  it('the daily quiz is pushed as cards through the robot API, and a press on a pushed card answers it', async () => {
    const clock = new ManualClock('2026-03-02T09:00:00+08:00');
    const b = await start(quizFeatures(), { clock, throttle: true });
    await peer.say(xiaoli, '每日一练 晚上8点 1题');
    await peer.waitFor(xiaoli.staffId, 1);
    clock.set('2026-03-02T20:00:00+08:00');
    await b.runtime.app.services.scheduler.tick();
    const [pushed] = await peer.waitFor(xiaoli.staffId, 1, { from: 1 });
    expect(pushed).toMatchObject({ via: 'card', text: expect.stringContaining('每日一练 2026-03-02') });
    expect(pushed!.raw).toMatchObject({ openSpaceId: `dtv1.card//IM_ROBOT.${xiaoli.staffId}`, callbackType: 'STREAM' });
    const [first] = await peekQuiz(b.runtime.storage).latestRound();
    const q = bank.find((x) => x.id === first)!;
    await peer.press(xiaoli, pushed!, (button) => button.id.endsWith(`:${q.answer}`));
    const [result] = await peer.waitFor(xiaoli.staffId, 1, { from: 2 });
    expect(result!.text).toContain('回答正确');
  });

  it('a member who never wrote presses a group card: named from the address book, whose admin flag counts', async () => {
    const guarded: FeatureFactory = () => ({
      name: 'guarded',
      actionPrefix: 'g',
      commands: [
        {
          name: 'guarded',
          description: '需要书记确认',
          run: (ctx) => ctx.reply({ text: '确认吗？', buttons: [[{ label: '确认', data: 'g:ok' }]] }),
        },
      ],
      async onAction(ctx) {
        if (await ctx.requireSecretary('确认')) ctx.reply('已确认');
      },
    });
    const b = await start([createHelpFeature, guarded]);
    peer.directory.set('staff-quiet', { name: '沉默的同志', admin: false });
    peer.directory.set('staff-boss', { name: '组织委员', admin: true });
    await peer.say(xiaoli, '/guarded', { group: branch });
    const [card] = await peer.waitFor(branch.conversationId, 1);
    await peer.press({ staffId: 'staff-quiet', nick: '' }, card!, '确认');
    const [refused] = await peer.waitFor(branch.conversationId, 1, { from: 1 });
    expect(refused!.text).toContain('只有支部书记');
    await peer.press({ staffId: 'staff-boss', nick: '' }, card!, '确认');
    await peer.press({ staffId: 'staff-nobody', nick: '' }, card!, '确认');
    const [confirmed, unknown] = await peer.waitFor(branch.conversationId, 2, { from: 2 });
    expect(confirmed!.text).toBe('已确认');
    expect(unknown!.text).toContain('只有支部书记');
    const users = await b.runtime.storage.db
      .selectFrom('users')
      .select(['platform_id', 'name'])
      .where('platform_id', 'like', 'staff-%')
      .orderBy('platform_id')
      .execute();
    expect(users).toEqual([
      { platform_id: 'staff-boss', name: '组织委员' },
      { platform_id: 'staff-li', name: '小李' },
      { platform_id: 'staff-nobody', name: null },
      { platform_id: 'staff-quiet', name: '沉默的同志' },
    ]);
  });

  it('splits long replies on line boundaries and sends exports as files', async () => {
    await start([toolsFeature]);
    await peer.say(xiaoli, '/long');
    const parts = await peer.waitFor(xiaoli.staffId, 3); // about 8100 characters
    expect(parts.every((p) => p.text.length <= 3800)).toBe(true);
    expect(
      parts
        .map((p) => p.text)
        .join('\n')
        .split('\n'),
    ).toHaveLength(300);
    expect(parts[1]!.text.startsWith('第')).toBe(true);

    await peer.say(xiaoli, '/export');
    const [done, file] = await peer.waitFor(xiaoli.staffId, 2, { from: 3 });
    expect(done!.text).toBe('导出完成');
    expect(file).toMatchObject({ via: 'file', file: { fileName: 'records.csv', content: expect.stringContaining('2026-03-02,学习') } });
    expect(file!.raw).toMatchObject({ msgKey: 'sampleFile', userIds: [xiaoli.staffId] });
  });

  it('sends 统计 after one practice answer as its text and then the chart as an image (sampleImageMsg), not a file', async () => {
    const b = await start(quizFeatures());
    await peer.say(xiaoli, '练习');
    const [levels] = await peer.waitFor(xiaoli.staffId, 1);
    await peer.press(xiaoli, levels!, level);
    const [topics] = await peer.waitFor(xiaoli.staffId, 1, { from: 1 });
    await peer.press(xiaoli, topics!, () => true);
    const [question] = await peer.waitFor(xiaoli.staffId, 1, { from: 2 });
    const q = await currentQuestion(b);
    await peer.press(xiaoli, question!, (button) => button.id.endsWith(`:${q.answer}`));
    await peer.waitFor(xiaoli.staffId, 1, { from: 3 });
    const sent = peer.to(xiaoli.staffId).length;
    await peer.say(xiaoli, '统计');
    // The first chart loads ECharts and the font: generous on a busy machine.
    const [text, image] = await peer.waitFor(xiaoli.staffId, 2, { from: sent, seconds: 60 });
    expect(text!.text).toContain('共作答 1 题');
    expect(image).toMatchObject({ via: 'image', image: { fileName: 'stats.png' } });
    expect(image!.raw).toMatchObject({ msgKey: 'sampleImageMsg', userIds: [xiaoli.staffId] });
    expect(image!.image!.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(peer.to(xiaoli.staffId).some((m) => m.via === 'file')).toBe(false);
  });

  it('pauses the daily quiz of a user who left the organisation, and reports a group the robot left', async () => {
    const clock = new ManualClock('2026-03-02T09:00:00+08:00');
    const b = await start(quizFeatures(), { clock });
    const gone: PeerUser = { staffId: 'staff-gone', nick: '离职的同志' };
    await peer.say(gone, '每日一练 07:30');
    const [subscribed] = await peer.waitFor(gone.staffId, 1);
    expect(subscribed!.text).toContain('07:30');
    peer.goneUsers.add(gone.staffId);
    clock.advance(23 * 3600_000);
    await b.runtime.app.services.scheduler.tick();
    expect((await peekQuiz(b.runtime.storage).subscriptions()).map((s) => s.active)).toEqual([0]);
    expect(await dailyQuizJobs(b.runtime.storage)).toEqual([{ status: 'failed', attempts: 1 }]);

    peer.goneGroups.add('cidLeftGroup==');
    await expect(b.runtime.app.services.push({ platform: 'dingtalk', chatId: 'cidLeftGroup==' }, { text: '提醒' })).rejects.toMatchObject({
      code: 'RECIPIENT_UNAVAILABLE',
      reason: 'kicked',
    });
  });

  it('reconnects after the gateway drops the connection', async () => {
    await start([createHelpFeature]);
    const opened = peer.opened();
    peer.dropConnections();
    const deadline = Date.now() + 8000;
    while (peer.opened() === opened && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(peer.opened()).toBe(opened + 1);
    expect(peer.connections()).toBe(1);
    await peer.say(xiaoli, '帮助');
    expect((await peer.waitFor(xiaoli.staffId, 1))[0]!.text).toContain('党务助手可以帮你');
  });

  it('npm start chooses the 钉钉 adapter when its settings are present', async () => {
    bot = await createTestBot({ features: [createHelpFeature] });
    const config = loadConfig({
      DANGWU_DB: ':memory:',
      DINGTALK_CLIENT_ID: peer.clientId,
      DINGTALK_CLIENT_SECRET: peer.clientSecret,
      DINGTALK_API_URL: peer.apiUrl,
    });
    const chosen = await createMessengerAdapters(bot.runtime.app, config, silentLogger());
    expect(chosen.map((a) => a.name)).toEqual(['dingtalk']);
    expect(await createMessengerAdapters(bot.runtime.app, loadConfig({ DANGWU_DB: ':memory:' }), silentLogger())).toEqual([]);
  });

  it('bad settings: a missing secret, refused credentials and an unreachable gateway give Chinese errors and no retries', async () => {
    expect(() => loadConfig({ DINGTALK_CLIENT_ID: 'dingabc123456' })).toThrow(/DINGTALK_CLIENT_ID 和 DINGTALK_CLIENT_SECRET 要同时设置/);
    expect(() => loadConfig({ DINGTALK_CLIENT_ID: 'ding abc', DINGTALK_CLIENT_SECRET: 's' })).toThrow(/DINGTALK_CLIENT_ID：应是钉钉应用/);
    expect(() => loadConfig({ DINGTALK_API_URL: 'api.dingtalk' })).toThrow(/DINGTALK_API_URL：应是完整网址/);
    expect(() => loadConfig({ DINGTALK_CLIENT_ID: 'ding abc', DINGTALK_CLIENT_SECRET: 'very-secret-value' })).not.toThrow(
      /very-secret-value/,
    );

    bot = await createTestBot({ features: [createHelpFeature] });
    const wrong = createDingtalkAdapter({
      app: bot.runtime.app,
      log: silentLogger(),
      clientId: peer.clientId,
      clientSecret: 'not-the-secret',
      apiUrl: peer.apiUrl,
    });
    await expect(wrong.start()).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringContaining('请核对 DINGTALK_CLIENT_ID 和 DINGTALK_CLIENT_SECRET'),
    });
    const unreachable = createDingtalkAdapter({
      app: bot.runtime.app,
      log: silentLogger(),
      clientId: peer.clientId,
      clientSecret: peer.clientSecret,
      apiUrl: 'http://127.0.0.1:9',
    });
    await expect(unreachable.start()).rejects.toMatchObject({
      code: 'UPSTREAM_FAILED',
      message: expect.stringContaining('无法连接钉钉（http://127.0.0.1:9）'),
    });
    const attempts = peer.calls.filter((c) => c.path === '/v1.0/gateway/connections/open').length;
    await new Promise((r) => setTimeout(r, 1500)); // the SDK would retry after 1 s
    expect(peer.calls.filter((c) => c.path === '/v1.0/gateway/connections/open').length).toBe(attempts);
    expect(peer.connections()).toBe(0);
  });
});
