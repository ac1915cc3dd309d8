import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWecomAdapter, type WecomAdapter } from '../../adapters/wecom';
import { createHelpFeature } from '../../bot/features/help';
import { quizFeature } from '../../bot/features/quiz';
import { memorySource } from '../../bot/features/quiz/bank';
import { silentLogger } from '../../bot/logger';
import { fixtureQuestions } from '../features/quiz/helpers';
import { peekQuiz } from '../features/quiz/peek';
import { createTestBot, type TestBot } from '../helpers/runtime';
import { cardButtons, startWecomPeer, visibleText, type WecomPeer } from './peers/wecom';

/** Issue 24: the 企业微信 fake tried for abuse. The connection keeps being answered; a repeat is answered once; forged presses change nothing. */
const singleChoice = fixtureQuestions().filter((q) => q.type === '单选');
const level = singleChoice[0]!.level;
const bank = singleChoice.filter((q) => q.level === level);

describe('企业微信 adapter under abuse (智能机器人 long connection against the fake gateway)', () => {
  let peer: WecomPeer;
  let bot: TestBot;
  let adapter: WecomAdapter;
  let next = 0;
  const someone = () => `abuser${++next}`;

  beforeAll(async () => {
    peer = await startWecomPeer();
    bot = await createTestBot({ features: [createHelpFeature, quizFeature({ source: () => memorySource(bank), shuffle: false })] });
    adapter = createWecomAdapter({ app: bot.runtime.app, log: silentLogger(), botId: peer.botId, secret: peer.secret, wsUrl: peer.wsUrl });
    await adapter.start();
  });
  afterAll(async () => {
    await adapter?.stop();
    await bot?.close();
    await peer?.stop();
  });

  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
  const message = (userid: string, text: string, ids: { reqId: string; msgid: string }) => ({
    cmd: 'aibot_msg_callback',
    headers: { req_id: ids.reqId },
    body: {
      msgid: ids.msgid,
      aibotid: peer.botId,
      chattype: 'single',
      from: { userid },
      create_time: Math.floor(Date.now() / 1000),
      msgtype: 'text',
      text: { content: text },
    },
  });
  const stillAnswers = async () => {
    const user = someone();
    peer.say({ userid: user, text: '帮助' });
    const [help] = await peer.waitFor(user, 1);
    expect(visibleText(help!.body)).toContain('党务助手可以帮你');
  };

  it('a callback delivered again with the same msgid (after a reconnect, on a new req_id) is answered once', async () => {
    const user = someone();
    peer.raw(message(user, '帮助', { reqId: 'dup_req_1', msgid: 'dup_msg_1' }), { chat: user });
    await peer.waitFor(user, 1);
    await settle();
    const answered = peer.to(user).length;
    peer.raw(message(user, '帮助', { reqId: 'dup_req_2', msgid: 'dup_msg_1' }), { chat: user });
    await settle();
    expect(peer.to(user)).toHaveLength(answered);
    expect(peer.to(user).every((frame) => frame.reqId === 'dup_req_1')).toBe(true);
  });

  it('malformed, partial, unknown and oversized frames are ignored or answered plainly, and the connection keeps answering', async () => {
    const user = someone();
    peer.raw('{broken');
    peer.raw('"a string"');
    peer.raw({});
    peer.raw({ cmd: 'aibot_msg_callback' });
    peer.raw({ cmd: 'aibot_msg_callback', headers: { req_id: 'p1' }, body: {} }, { chat: user });
    peer.raw(
      { cmd: 'aibot_msg_callback', headers: { req_id: 'p2' }, body: { msgid: 'p2', from: { userid: user }, msgtype: 'text' } },
      { chat: user },
    );
    peer.raw(
      {
        cmd: 'aibot_event_callback',
        headers: { req_id: 'p3' },
        body: { msgid: 'p3', from: { userid: user }, msgtype: 'event', event: {} },
      },
      { chat: user, event: true },
    );
    peer.raw({ cmd: 'aibot_unknown_cmd', headers: { req_id: 'p4' }, body: { anything: true } });
    const huge = someone();
    peer.say({ userid: huge, text: '党'.repeat(400_000) });
    const [answer] = await peer.waitFor(huge, 1);
    expect(visibleText(answer!.body).length).toBeLessThan(2000);
    await stillAnswers();
    expect(peer.violations).toEqual([]);
  });

  it('a forged press naming another member’s quiz card changes nothing, in their own chat or a group the bot never saw', async () => {
    const owner = someone();
    const other = someone();
    peer.say({ userid: owner, text: `练习 ${level} 全部` });
    const frames = await peer.waitFor(owner, 1);
    const card = frames.filter((f) => f.body.template_card?.button_list).at(-1)!.body;
    const answer = cardButtons(card)[0]!;
    const quiz = peekQuiz(bot.runtime.storage);
    const sessions = await quiz.sessions();
    const forged = (reqId: string, chatid: string | undefined, taskId: string) =>
      peer.raw(
        {
          cmd: 'aibot_event_callback',
          headers: { req_id: reqId },
          body: {
            msgid: reqId,
            create_time: Math.floor(Date.now() / 1000),
            aibotid: peer.botId,
            ...(chatid ? { chatid } : {}),
            chattype: chatid ? 'group' : 'single',
            from: { userid: other },
            msgtype: 'event',
            event: {
              eventtype: 'template_card_event',
              template_card_event: { card_type: 'button_interaction', event_key: answer.key, task_id: taskId },
              event_key: answer.key,
              task_id: taskId,
            },
          },
        },
        { chat: chatid ?? other, event: true },
      );
    forged('forge_1', undefined, answer.taskId);
    forged('forge_2', undefined, 'forged_task');
    forged('forge_3', 'wrkNEVERSEEN', 'forged_task_2');
    await settle();
    expect(await quiz.attempts()).toEqual([]);
    expect(await quiz.sessions()).toEqual(sessions);
    await stillAnswers();
  });
});
