import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDingtalkAdapter, type DingtalkAdapter } from '../../adapters/dingtalk';
import { createHelpFeature } from '../../bot/features/help';
import { quizFeature } from '../../bot/features/quiz';
import { memorySource } from '../../bot/features/quiz/bank';
import { silentLogger } from '../../bot/logger';
import { fixtureQuestions } from '../features/quiz/helpers';
import { peekQuiz } from '../features/quiz/peek';
import { createTestBot, type TestBot } from '../helpers/runtime';
import { type DingtalkPeer, type PeerUser, startDingtalkPeer } from './peers/dingtalk';

/** Issue 24: the 钉钉 fake tried for abuse. The stream keeps being answered; a redelivered frame is answered once; forged presses change nothing. */
const TOPIC_ROBOT = '/v1.0/im/bot/messages/get';
const TOPIC_CARD = '/v1.0/card/instances/callback';
const singleChoice = fixtureQuestions().filter((q) => q.type === '单选');
const level = singleChoice[0]!.level;
const bank = singleChoice.filter((q) => q.level === level);

describe('钉钉 adapter under abuse (dingtalk-stream against the fake open platform)', () => {
  let peer: DingtalkPeer;
  let bot: TestBot;
  let adapter: DingtalkAdapter;
  let next = 0;
  const someone = (): PeerUser => ({ staffId: `staff-abuse-${++next}`, nick: '小周' });

  beforeAll(async () => {
    peer = await startDingtalkPeer();
    bot = await createTestBot({ features: [createHelpFeature, quizFeature({ source: () => memorySource(bank), shuffle: false })] });
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
  });
  afterAll(async () => {
    await adapter?.stop();
    await bot?.close();
    await peer?.stop();
  });

  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
  const stillAnswers = async () => {
    const user = someone();
    await peer.say(user, '帮助');
    const [help] = await peer.waitFor(user.staffId, 1);
    expect(help!.text).toContain('党务助手可以帮你');
  };

  it('a frame delivered again (same messageId and msgId) is answered once', async () => {
    const user = someone();
    const messageId = await peer.say(user, '帮助');
    await peer.waitFor(user.staffId, 1);
    peer.replay(messageId);
    await settle();
    expect(peer.to(user.staffId)).toHaveLength(1);
  });

  it('malformed, partial, unknown and oversized frames are acknowledged or ignored, and the stream keeps answering', async () => {
    const user = someone();
    for (const [topic, data] of [
      [TOPIC_ROBOT, '{broken'],
      [TOPIC_ROBOT, {}],
      [TOPIC_ROBOT, { msgtype: 'text', text: { content: '帮助' } }],
      [TOPIC_ROBOT, { msgtype: 'picture', senderStaffId: user.staffId, conversationType: '1', msgId: 'pic-1' }],
      [TOPIC_CARD, '{'],
      [TOPIC_CARD, { userId: user.staffId, content: 'not json' }],
      [TOPIC_CARD, { userId: user.staffId, content: JSON.stringify({ cardPrivateData: { actionIds: [] } }) }],
      ['/v1.0/unknown/topic', {}],
    ] as const)
      peer.send(topic, data);
    const huge = someone();
    await peer.say(huge, '党'.repeat(400_000));
    const [answer] = await peer.waitFor(huge.staffId, 1);
    expect(answer!.text.length).toBeLessThan(2000);
    await stillAnswers();
  });

  it('a forged press naming another member’s quiz card changes nothing, in their chat or a group the bot never saw', async () => {
    const owner = someone();
    const other = someone();
    await peer.say(owner, `练习 ${level} 全部`);
    const [question] = await peer.waitFor(owner.staffId, 1);
    const answer = question!.buttons[0]!.id;
    const quiz = peekQuiz(bot.runtime.storage);
    const sessions = await quiz.sessions();
    const forged = (fields: object) =>
      peer.send(TOPIC_CARD, {
        extension: '{}',
        corpId: 'ding-corp',
        type: 'actionCallback',
        userId: other.staffId,
        userIdType: 1,
        content: JSON.stringify({ cardPrivateData: { actionIds: [answer], params: {} } }),
        ...fields,
      });
    forged({ spaceType: 'IM_ROBOT', spaceId: other.staffId, outTrackId: question!.outTrackId });
    forged({ spaceType: 'IM_ROBOT', spaceId: other.staffId, outTrackId: 'forged-track' });
    forged({ spaceType: 'IM_GROUP', spaceId: 'cidNeverSeen==', outTrackId: 'forged-track-2' });
    await settle();
    expect(await quiz.attempts()).toEqual([]);
    expect(await quiz.sessions()).toEqual(sessions);
    await stillAnswers();
  });
});
