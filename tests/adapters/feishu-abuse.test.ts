import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeishuAdapter } from '../../adapters/feishu';
import { createHelpFeature } from '../../bot/features/help';
import { quizFeature } from '../../bot/features/quiz';
import { memorySource } from '../../bot/features/quiz/bank';
import { fixtureQuestions } from '../features/quiz/helpers';
import { peekQuiz } from '../features/quiz/peek';
import { createTestBot, type TestBot } from '../helpers/runtime';
import { cardButtons, type FeishuPeer, p2pChat, startFeishuPeer, visibleText } from './peers/feishu';
import { feishuAdapterFor } from './peers/feishu-script';

/** Issue 24: the 飞书 fake tried for abuse. The long connection keeps being answered; forged card values change nothing. */
const singleChoice = fixtureQuestions().filter((q) => q.type === '单选');
const level = singleChoice[0]!.level;
const bank = singleChoice.filter((q) => q.level === level);

describe('飞书 adapter under abuse (long connection against the fake open platform)', () => {
  let peer: FeishuPeer;
  let bot: TestBot;
  let adapter: FeishuAdapter;
  let next = 0;
  const someone = () => `ou_abuse${String(++next).padStart(4, '0')}`;

  beforeAll(async () => {
    peer = await startFeishuPeer();
    bot = await createTestBot({ features: [createHelpFeature, quizFeature({ source: () => memorySource(bank), shuffle: false })] });
    adapter = feishuAdapterFor(bot.runtime.app, peer);
    await adapter.start();
  });
  afterAll(async () => {
    await adapter?.stop();
    await bot?.close();
    await peer?.stop();
  });

  const sentTo = (chat: string) => peer.sent.filter((m) => m.receive_id === chat);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
  /** The client's answer, or `silent` when it gives none within two seconds (a frame it could not read). */
  const answerOf = (delivery: Promise<{ code: number }>) =>
    Promise.race([delivery.then((answer) => answer.code), new Promise<'silent'>((resolve) => setTimeout(() => resolve('silent'), 2000))]);
  const stillAnswers = async () => {
    const user = someone();
    await peer.sendText({ user, text: '帮助' });
    const [help] = await peer.waitForSent(1, (m) => m.receive_id === p2pChat(user));
    expect(visibleText(help!)).toContain('党务助手可以帮你');
  };

  it('a message event delivered again under a new event id but the same message id is answered once', async () => {
    const user = someone();
    const message = {
      message_id: 'om_in_same_message',
      chat_id: p2pChat(user),
      chat_type: 'p2p',
      message_type: 'text',
      content: JSON.stringify({ text: '帮助' }),
      create_time: String(Date.now()),
    };
    const sender = { sender_id: { open_id: user }, sender_type: 'user', tenant_key: 'tenant1' };
    await peer.deliver('im.message.receive_v1', { sender, message }, 'ev_first');
    await peer.waitForSent(1, (m) => m.receive_id === p2pChat(user));
    await peer.deliver('im.message.receive_v1', { sender, message }, 'ev_second');
    await settle();
    expect(sentTo(p2pChat(user))).toHaveLength(1);
  });

  it('malformed, partial, unknown and oversized events are answered or ignored, and the connection keeps answering', async () => {
    const user = someone();
    const answers = [
      await answerOf(peer.deliver('im.message.receive_v1', '{broken')),
      await answerOf(peer.deliver('im.message.receive_v1', {})),
      await answerOf(peer.deliver('im.message.receive_v1', { sender: { sender_type: 'user' }, message: { chat_id: 'oc_x' } })),
      await answerOf(
        peer.deliver('im.message.receive_v1', {
          sender: { sender_id: { open_id: user }, sender_type: 'user' },
          message: { message_id: 'om_bad_content', chat_id: p2pChat(user), chat_type: 'p2p', message_type: 'text', content: '{not json' },
        }),
      ),
      await answerOf(peer.deliver('card.action.trigger', { operator: { open_id: user }, action: { value: 'not an object' } })),
      await answerOf(peer.deliver('card.action.trigger', {})),
      await answerOf(peer.deliver('im.unknown.event_v1', { anything: true })),
    ];
    expect(answers.every((code) => code === 'silent' || code < 500)).toBe(true);
    const huge = someone();
    await peer.sendText({ user: huge, text: '党'.repeat(400_000) });
    const [answer] = await peer.waitForSent(1, (m) => m.receive_id === p2pChat(huge));
    expect(visibleText(answer!).length).toBeLessThan(2000);
    await stillAnswers();
  });

  it('a forged card value naming another member’s quiz session changes nothing, in their chat or a group the bot never saw', async () => {
    const owner = someone();
    const other = someone();
    await peer.sendText({ user: owner, text: `练习 ${level} 全部` });
    const [question] = await peer.waitForSent(1, (m) => m.receive_id === p2pChat(owner));
    const answer = cardButtons(question!)[0]!.value;
    const quiz = peekQuiz(bot.runtime.storage);
    const sessions = await quiz.sessions();
    const forged = (chat: string, value: object) =>
      peer.deliver('card.action.trigger', {
        operator: { tenant_key: 'tenant1', open_id: other, union_id: `on_${other}`, user_id: '' },
        token: 'c-forged',
        action: { value, tag: 'button' },
        host: 'im_message',
        context: { open_message_id: question!.message_id, open_chat_id: chat },
      });
    // The owner field dropped (a card without an owner is pressable by anyone), or naming the presser.
    await forged(p2pChat(other), { d: answer.d });
    await forged(p2pChat(other), { ...answer, o: other });
    await forged('oc_never_seen', { d: answer.d });
    await settle();
    expect(await quiz.attempts()).toEqual([]);
    expect(await quiz.sessions()).toEqual(sessions);
    await stillAnswers();
  });
});
