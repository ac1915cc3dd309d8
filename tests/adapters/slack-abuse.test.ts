import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack';
import { visibleText } from '../../adapters/slack/render';
import { createHelpFeature } from '../../bot/features/help';
import { quizFeature } from '../../bot/features/quiz';
import { memorySource } from '../../bot/features/quiz/bank';
import { silentLogger } from '../../bot/logger';
import { fixtureQuestions } from '../features/quiz/helpers';
import { peekQuiz } from '../features/quiz/peek';
import { createTestBot, type TestBot } from '../helpers/runtime';
import { eventBody, FORM, payloadBody, postSigned, type SlackPeer, startSlackPeer } from './peers/slack';

/** Issue 24: the Slack fake tried for abuse. The process keeps answering; a repeat is answered once; forged values change nothing. */
const SECRET = 'slack-signing-secret';
const bank = fixtureQuestions().filter((q) => q.type === '单选');

describe('Slack adapter under abuse (HTTP mode, signed requests, a fake Web API)', () => {
  let peer: SlackPeer;
  let bot: TestBot;
  let adapter: SlackAdapter;
  let url = '';

  beforeAll(async () => {
    peer = await startSlackPeer();
    bot = await createTestBot({ features: [createHelpFeature, quizFeature({ source: () => memorySource(bank), shuffle: false })] });
    adapter = createSlackAdapter({
      app: bot.runtime.app,
      log: silentLogger(),
      botToken: 'xoxb-test',
      signingSecret: SECRET,
      apiUrl: peer.apiUrl,
      port: 0,
      host: '127.0.0.1',
    });
    await adapter.start();
    url = `http://127.0.0.1:${adapter.address()!.port}/slack/events`;
  });
  afterAll(async () => {
    await adapter?.stop();
    await bot?.close();
    await peer?.stop();
  });
  afterEach(() => {
    peer.calls.length = 0;
  });

  const posts = () => peer.calls.filter((c) => c.method === 'chat.postMessage');
  const dm = (user: string, text: string) => eventBody({ type: 'message', channel: `D${user}`, channel_type: 'im', user, text, ts: '1.1' });
  /** Still answering: 帮助 in a fresh direct message gets its reply. */
  const stillAnswers = async () => {
    const before = posts().length;
    expect((await postSigned(url, SECRET, dm('UALIVE', '帮助'))).status).toBe(200);
    const replies = await peer.waitFor('chat.postMessage', before + 1);
    expect(visibleText(replies.at(-1)!.body)).toContain('党务助手可以帮你');
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  it('an event Slack delivers again (same event_id, x-slack-retry-num) is answered once', async () => {
    const body = dm('UDUP', '帮助');
    expect((await postSigned(url, SECRET, body)).status).toBe(200);
    await peer.waitFor('chat.postMessage', 1);
    const retried = await fetch(url, {
      method: 'POST',
      headers: await signedHeaders(body),
      body,
    });
    expect(retried.status).toBe(200);
    await settle();
    expect(posts().filter((p) => p.body.channel === 'DUDUP')).toHaveLength(1);
  });

  it('malformed and oversized events are refused or answered plainly, and the process keeps answering', async () => {
    for (const body of [
      '{not json',
      JSON.stringify({ type: 'event_callback' }),
      eventBody({ type: 'message' }),
      eventBody({ type: 'app_mention' }),
    ])
      expect((await postSigned(url, SECRET, body)).status).toBeLessThan(500);
    await postSigned(
      url,
      SECRET,
      eventBody({ type: 'message', channel_type: 'im', channel: 'DHUGE', user: 'UHUGE', text: '党'.repeat(400_000), ts: '1' }),
    );
    const [huge] = await peer.waitFor('chat.postMessage', 1);
    expect(huge!.body.channel).toBe('DHUGE');
    expect(visibleText(huge!.body).length).toBeLessThan(2000);
    await stillAnswers();
  });

  it('a forged button naming another member’s quiz session changes nothing, pressed in their own chat or one the bot never saw', async () => {
    await postSigned(url, SECRET, dm('UOWN', '练习'));
    const pressAs = async (user: string, channel: string, value: string) =>
      postSigned(
        url,
        SECRET,
        payloadBody({
          type: 'block_actions',
          user: { id: user },
          channel: { id: channel },
          trigger_id: 't',
          actions: [{ type: 'button', action_id: value, value, block_id: 'b' }],
        }),
        { contentType: FORM },
      );
    const buttonsOf = (post: { body: any }) =>
      post.body.blocks.filter((x: any) => x.type === 'actions').flatMap((x: any) => x.elements) as { value: string }[];
    await peer.waitFor('chat.postMessage', 1);
    await pressAs('UOWN', 'DUOWN', buttonsOf(posts().at(-1)!)[0]!.value); // level
    await peer.waitFor('chat.postMessage', 2);
    await pressAs('UOWN', 'DUOWN', buttonsOf(posts().at(-1)!)[0]!.value); // all topics → the first question
    await peer.waitFor('chat.postMessage', 3);
    const answer = buttonsOf(posts().at(-1)!)[0]!.value;
    const quiz = peekQuiz(bot.runtime.storage);
    const sessionsBefore = await quiz.sessions();
    // Another member presses the owner's answer button in their own chat, and in a chat the bot never saw.
    await pressAs('UOTHER', 'DUOTHER', answer);
    await pressAs('UOTHER', 'CNEVERSEEN', answer);
    await pressAs('UOTHER', 'DUOTHER', 'qz:a:999999:Z');
    await settle();
    expect(await quiz.attempts()).toEqual([]);
    expect(await quiz.sessions()).toEqual(sessionsBefore);
    await stillAnswers();
  });
});

async function signedHeaders(body: string): Promise<Record<string, string>> {
  const { createHmac } = await import('node:crypto');
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    'content-type': 'application/json',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`,
    'x-slack-retry-num': '1',
    'x-slack-retry-reason': 'http_timeout',
  };
}
