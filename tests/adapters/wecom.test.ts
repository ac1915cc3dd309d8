import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createWecomAdapter, type WecomAdapter } from '../../adapters/wecom';
import { loadConfig } from '../../bot/config';
import type { FeatureFactory } from '../../bot/core/feature';
import { createHelpFeature } from '../../bot/features/help';
import { quizFeature } from '../../bot/features/quiz';
import { memorySource } from '../../bot/features/quiz/bank';
import { createStartFeature } from '../../bot/features/start';
import { silentLogger } from '../../bot/logger';
import { fixtureQuestions } from '../features/quiz/helpers';
import { peekQuiz, recordAnswer } from '../features/quiz/peek';
import { ManualClock } from '../helpers/clock';
import { createTestBot, type TestBot } from '../helpers/runtime';
import { handbookStandIn, toolsFeature } from './peers/features';
import { cardButtons, startWecomPeer, visibleText, type WecomPeer, type WecomSent } from './peers/wecom';

const singleChoice = fixtureQuestions().filter((q) => q.type === '单选');
const level = singleChoice[0]!.level;
const bank = singleChoice.filter((q) => q.level === level);
const quiz = () => quizFeature({ source: () => memorySource(bank), shuffle: false });
/** A reply too long for a card, with two buttons carrying the same data. */
const longChoice: FeatureFactory = () => ({
  name: 'long-choice',
  actionPrefix: 'vote',
  commands: [
    {
      name: 'longchoice',
      description: '长选择',
      run: (ctx) =>
        ctx.reply({
          text: Array.from({ length: 40 }, (_, i) => `第${i + 1}行`).join('\n'),
          buttons: [
            [
              { label: '同意', data: 'vote:yes' },
              { label: '赞成', data: 'vote:yes' },
            ],
          ],
        }),
    },
  ],
  onAction: (ctx) => ctx.reply('已投票'),
});

describe('企业微信 adapter (智能机器人 long connection) against a fake gateway', () => {
  let peer: WecomPeer;
  let bot: TestBot | undefined;
  let adapter: WecomAdapter | undefined;

  beforeAll(async () => {
    peer = await startWecomPeer();
  });
  afterAll(async () => peer?.stop());
  afterEach(async () => {
    await adapter?.stop();
    await bot?.close();
    adapter = undefined;
    bot = undefined;
    expect(peer.violations).toEqual([]);
    peer.sent.length = 0;
  });

  async function start(features: FeatureFactory[], options: { clock?: ManualClock; env?: Record<string, string> } = {}) {
    bot = await createTestBot({ features, clock: options.clock, env: options.env });
    adapter = createWecomAdapter({ app: bot.runtime.app, log: silentLogger(), botId: peer.botId, secret: peer.secret, wsUrl: peer.wsUrl });
    await adapter.start();
    return bot;
  }

  /** Sends a line and waits for `count` more frames to the chat; returns the new ones. */
  async function say(userid: string, text: string, count = 1, chatid?: string): Promise<WecomSent[]> {
    const chat = chatid ?? userid;
    const before = peer.to(chat).length;
    peer.say({ userid, text, chatid });
    return (await peer.waitFor(chat, before + count)).slice(before);
  }
  async function press(userid: string, button: { taskId: string; key: string }, count = 1, chatid?: string): Promise<WecomSent[]> {
    const chat = chatid ?? userid;
    const before = peer.to(chat).length;
    peer.press({ userid, taskId: button.taskId, key: button.key, chatid });
    return (await peer.waitFor(chat, before + count)).slice(before);
  }
  const lastCard = (frames: WecomSent[]) => frames.filter((f) => f.body.template_card?.button_list).at(-1)!.body;
  const texts = (frames: WecomSent[]) => frames.map((f) => visibleText(f.body)).join('\n');

  it('answers 帮助 in a private chat on the callback’s req_id, the buttons as a card', async () => {
    await start([createStartFeature, createHelpFeature]);
    const [help] = await say('zhangsan', '幫助');
    expect(help!.cmd).toBe('aibot_respond_msg');
    // A text that fits a card (title ≤ 26 characters, ≤ 112 after it) is the card's title and text.
    expect(help!.body.template_card).toMatchObject({
      card_type: 'button_interaction',
      main_title: { title: expect.stringContaining('党务助手可以帮你') },
    });
    expect(visibleText(help!.body)).toContain('⚙️ 基本：开始、帮助');
    expect(cardButtons(help!.body)).toEqual([{ taskId: expect.any(String), text: '⚙️基本', key: 'help:s:0' }]);
  });

  it('sends a text too long for a card first, on the same req_id, with distinct keys for equal button data', async () => {
    await start([longChoice]);
    // A longer text goes first as a finished stream message on the same req_id, the card after it.
    const [text, card] = await say('zhangsan', '/longchoice', 2);
    expect(text!.body).toMatchObject({ msgtype: 'stream', stream: { finish: true } });
    expect(visibleText(text!.body)).toContain('第40行');
    expect(card!.body.template_card.main_title.title).toBe('请选择：');
    expect(cardButtons(card!.body).map((x) => x.key)).toEqual(['vote:yes', 'vote:yes#2']);
    expect(new Set([text!.reqId, card!.reqId]).size).toBe(1);
  });

  it('runs a practice quiz by card presses; the presser’s copy of each card is updated', async () => {
    const b = await start([createHelpFeature, quiz()]);
    const user = 'lisi';
    const levels = await say(user, '练习');
    const levelButton = cardButtons(lastCard(levels)).find((x) => x.text === level)!;
    const topics = await press(user, levelButton, 2); // the card update, then the topics
    expect(topics[0]).toMatchObject({
      cmd: 'aibot_respond_update_msg',
      body: { userids: [user], template_card: { task_id: levelButton.taskId } },
    });
    expect(visibleText(topics[0]!.body)).toContain(`已收到：${level}`);
    expect(topics[1]!.cmd).toBe('aibot_send_msg');
    // The update, then the question as cards: its option buttons, then ☆ and 结束练习 (a card holds at most 6 buttons).
    const question = await press(user, cardButtons(lastCard(topics))[0]!, 3);
    const current_qid = await peekQuiz(b.runtime.storage).currentQid();
    const q1 = bank.find((x) => x.id === current_qid)!;
    expect(texts(question)).toContain(q1.stem.slice(0, 10));
    const right = question.flatMap((f) => cardButtons(f.body)).find((x) => x.key.endsWith(`:${q1.answer}`))!;
    const feedback = await press(user, right, 2);
    expect(texts(feedback)).toContain('回答正确');

    expect((await peekQuiz(b.runtime.storage).attempts()).map(({ user_key, correct }) => ({ user_key, correct }))).toEqual([
      { user_key: `wecom:${user}`, correct: 1 },
    ]);
  });

  it('takes a typed answer on the message’s req_id (a fill-in question)', async () => {
    const fill = fixtureQuestions().filter((q) => q.type === '填空');
    const b = await start([createHelpFeature, quizFeature({ source: () => memorySource(fill), shuffle: false })]);
    const [question] = await say('sunba', `练习 ${fill[0]!.level} 全部`);
    const current_qid = await peekQuiz(b.runtime.storage).currentQid();
    const q = fill.find((x) => x.id === current_qid)!;
    expect(visibleText(question!.body)).toContain(q.stem.slice(0, 8));
    const typed = q.answer.replace(/\/[^|]*/g, '').replace(/\|/g, ' '); // the first variant of each blank
    const [feedback] = await say('sunba', typed);
    expect(feedback!.cmd).toBe('aibot_respond_msg');
    expect(visibleText(feedback!.body)).toContain('回答正确');
  });

  it('answers a handbook question with its source, and a picture with a word that it reads text only', async () => {
    await start([createHelpFeature, handbookStandIn]);
    const [answer] = await say('wangwu', '預備期多長？');
    expect(visibleText(answer!.body)).toMatch(/预备期为一年[\s\S]*出处：/);
    peer.say({ userid: 'wangwu', text: '', msgtype: 'image' });
    const [picture] = (await peer.waitFor('wangwu', 2)).slice(1);
    expect(picture!.cmd).toBe('aibot_respond_msg');
    expect(visibleText(picture!.body)).toContain('只能读文字');
  });

  it('in a group: the configured secretary binds, a member is refused, the @mention is removed', async () => {
    await start([createHelpFeature, toolsFeature, handbookStandIn], { env: { DANGWU_SECRETARIES: 'wecom:shuji' } });
    const group = 'wrkGROUP1';
    const [mentioned] = await say('member1', '预备期多长', 1, group);
    expect(visibleText(mentioned!.body)).toContain('预备期为一年');
    const [refused] = await say('member1', '/bind', 1, group);
    expect(visibleText(refused!.body)).toContain('只有支部书记');
    const [bound] = await say('shuji', '/bind', 1, group);
    expect(visibleText(bound!.body)).toBe('本群已绑定到支部');
  });

  it('a button of someone else’s quiz in a group is refused and changes nothing', async () => {
    const b = await start([createHelpFeature, quiz()]);
    const group = 'wrkGROUP2';
    // The question is two cards (its options, then ☆ and 结束练习): both in before the press counts what follows.
    const question = await say('owner', `练习 ${level} 全部`, 2, group);
    const answer = cardButtons(lastCard(question))[0]!;
    const refused = await press('intruder', answer, 2, group);
    expect(texts(refused.filter((f) => f.cmd === 'aibot_send_msg'))).toContain('这不是你的题目');
    expect(await peekQuiz(b.runtime.storage).attempts()).toEqual([]);
    const stale = await press('owner', { taskId: answer.taskId, key: 'nosuch:1' }, 2, group);
    expect(texts(stale)).toContain('按钮已经失效');
  });

  it('pushes a scheduled reminder to a group with aibot_send_msg', async () => {
    const clock = new ManualClock('2026-03-02T09:00:00+08:00');
    const b = await start([createHelpFeature], { clock });
    const { scheduler } = b.runtime.app.services;
    scheduler.register<{ text: string }>('test-reminder', async (job) =>
      b.runtime.app.services.push(job.address!, { text: job.payload.text }),
    );
    await scheduler.schedule({
      kind: 'test-reminder',
      occurrenceKey: 'g1',
      dueAt: new Date('2026-03-02T10:00:00+08:00'),
      address: { platform: 'wecom', chatId: 'wrkGROUP3' },
      payload: { text: '提醒：今天下午3点召开支部委员会' },
    });
    clock.advance(60 * 60_000);
    expect(await scheduler.tick()).toBe(1);
    const [reminder] = await peer.waitFor('wrkGROUP3', 1);
    expect(reminder).toMatchObject({
      cmd: 'aibot_send_msg',
      body: { chatid: 'wrkGROUP3', msgtype: 'markdown', markdown: { content: '提醒：今天下午3点召开支部委员会' } },
    });
  });

  it('splits long replies within the content limit and sends exports as uploaded files', async () => {
    await start([toolsFeature]);
    const parts = await say('zhaoliu', '/long', 2);
    expect(parts.every((p) => Buffer.byteLength(visibleText(p.body)) <= 20480)).toBe(true);
    expect(
      parts
        .map((p) => visibleText(p.body))
        .join('\n')
        .split('\n'),
    ).toHaveLength(300);
    const exported = await say('zhaoliu', '/export', 2);
    expect(exported[1]!.body).toMatchObject({ msgtype: 'file', file: { media_id: expect.any(String) } });
    const file = peer.files.get(exported[1]!.body.file.media_id)!;
    expect(file.filename).toBe('records.csv');
    expect(file.content.toString('utf8')).toContain('2026-03-02,学习');
  });

  it('sends 统计 after a practice answer as its text and then the chart as an image message (media uploaded as image)', async () => {
    const b = await start([quiz()]);
    const q = bank[0]!;
    await recordAnswer(b.runtime.storage, 'wecom:sunba', q, new Date('2026-11-01T08:00:00Z').toISOString());
    peer.say({ userid: 'sunba', text: '统计' });
    // The first chart loads ECharts and the font: generous on a busy machine.
    const [text, image] = await peer.waitFor('sunba', 2, 60);
    expect(visibleText(text!.body)).toContain('共作答 1 题');
    expect(image).toMatchObject({ cmd: 'aibot_respond_msg', body: { msgtype: 'image', image: { media_id: expect.any(String) } } });
    const upload = peer.files.get(image!.body.image.media_id)!;
    expect(upload).toMatchObject({ filename: 'stats.png', type: 'image' });
    expect(upload.content.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('reconnects after the gateway drops the connection and answers again', async () => {
    await start([createHelpFeature, handbookStandIn]);
    const subscribed = peer.subscriptions.length;
    peer.dropAll();
    const deadline = Date.now() + 10_000;
    while (peer.subscriptions.length === subscribed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 50)); // the subscription's ack
    expect(peer.subscriptions.length).toBe(subscribed + 1);
    expect(peer.connections()).toBe(1);
    const [answer] = await say('zhouyi', '预备期多长');
    expect(visibleText(answer!.body)).toContain('预备期为一年');
  });

  it('turns “chatid does not exist” on a push into RecipientUnavailableError and pauses the daily quiz', async () => {
    const clock = new ManualClock('2026-03-02T09:00:00+08:00');
    const b = await start([createHelpFeature, quiz()], { clock });
    const [subscribed] = await say('qianqi', '每日一练 07:30');
    expect(visibleText(subscribed!.body)).toContain('07:30');
    peer.gone.add('qianqi');
    await expect(b.runtime.app.services.push({ platform: 'wecom', chatId: 'qianqi' }, { text: '提醒' })).rejects.toMatchObject({
      code: 'RECIPIENT_UNAVAILABLE',
      reason: 'chat-not-found',
    });
    clock.advance(23 * 3600_000);
    await b.runtime.app.services.scheduler.tick();
    expect((await peekQuiz(b.runtime.storage).subscriptions()).map((s) => s.active)).toEqual([0]);
    peer.gone.delete('qianqi');
  });
});

describe('企业微信 adapter start-up failures', () => {
  it('refuses settings without the secret, or a gateway that is not ws(s)://', () => {
    expect(() => loadConfig({ WECOM_BOT_ID: 'aib-x1' })).toThrow(/同时设置 WECOM_BOT_ID 和 WECOM_BOT_SECRET/);
    expect(() => loadConfig({ WECOM_BOT_ID: 'aib-x1', WECOM_BOT_SECRET: 's', WECOM_WS_URL: 'https://example.com' })).toThrow(
      /WECOM_WS_URL：应是 ws:\/\/ 或 wss:\/\//,
    );
  });

  it('a wrong secret stops start() with a Chinese error and no retries; a closed port likewise', async () => {
    const peer = await startWecomPeer();
    const bot = await createTestBot({ features: [createHelpFeature] });
    try {
      const wrong = createWecomAdapter({
        app: bot.runtime.app,
        log: silentLogger(),
        botId: peer.botId,
        secret: 'not-the-secret',
        wsUrl: peer.wsUrl,
      });
      await expect(wrong.start()).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining('WECOM_BOT_SECRET') });
      await new Promise((r) => setTimeout(r, 1500)); // the SDK would retry after 1 s
      expect(peer.subscriptions).toHaveLength(1);
      expect(peer.connections()).toBe(0);

      const port = Number(new URL(peer.wsUrl).port);
      await peer.stop();
      const closed = createWecomAdapter({
        app: bot.runtime.app,
        log: silentLogger(),
        botId: peer.botId,
        secret: peer.secret,
        wsUrl: `ws://127.0.0.1:${port}`,
      });
      await expect(closed.start()).rejects.toMatchObject({
        code: 'UPSTREAM_FAILED',
        message: expect.stringContaining('无法连接企业微信长连接网关'),
      });
    } finally {
      await peer.stop().catch(() => undefined);
      await bot.close();
    }
  });
});
