import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack';
import { visibleText } from '../../adapters/slack/render';
import type { FeatureFactory } from '../../bot/core/feature';
import { createHelpFeature } from '../../bot/features/help';
import { quizFeature } from '../../bot/features/quiz';
import { memorySource } from '../../bot/features/quiz/bank';
import { createStartFeature } from '../../bot/features/start';
import { silentLogger } from '../../bot/logger';
import { fixtureQuestions } from '../features/quiz/helpers';
import { peekQuiz } from '../features/quiz/peek';
import { createTestBot, type TestBot } from '../helpers/runtime';
import { toolsFeature } from './peers/features';
import { commandBody, eventBody, FORM, payloadBody, postSigned, type SlackPeer, startSlackPeer } from './peers/slack';

const SECRET = 'slack-signing-secret';
const bank = fixtureQuestions().filter((q) => q.type === '单选');

describe('Slack adapter (Bolt, HTTP mode) against signed requests and a fake Web API', () => {
  let peer: SlackPeer;
  let bot: TestBot | undefined;
  let adapter: SlackAdapter | undefined;
  let url = '';

  beforeAll(async () => {
    peer = await startSlackPeer();
  });
  afterAll(async () => peer?.stop());
  afterEach(async () => {
    // Let replies still on their way (a quiz answer's next question) arrive before the record is cleared,
    // so they are not counted by the next test.
    for (let seen = -1; seen !== peer.calls.length; ) {
      seen = peer.calls.length;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await adapter?.stop();
    await bot?.close();
    adapter = undefined;
    bot = undefined;
    peer.calls.length = 0;
  });

  async function start(features: FeatureFactory[]) {
    bot = await createTestBot({ features });
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
    return bot;
  }
  const posts = () => peer.calls.filter((c) => c.method === 'chat.postMessage');

  it('answers a direct message, ignoring its own messages', async () => {
    await start([createStartFeature, createHelpFeature]);
    const dm = (text: string, extra: object = {}) =>
      eventBody({ type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', text, ts: '1.1', ...extra });
    expect((await postSigned(url, SECRET, dm('你好', { user: 'UBOT', bot_id: 'BBOT' }))).status).toBe(200);
    expect((await postSigned(url, SECRET, dm('幫助'))).status).toBe(200);
    const [post] = await peer.waitFor('chat.postMessage', 1);
    expect(post!.body.channel).toBe('D1');
    expect(visibleText(post!.body)).toContain('党务助手可以帮你');
    await new Promise((r) => setTimeout(r, 200));
    expect(posts()).toHaveLength(1);
  });

  it('handles the slash command and an @mention in a channel', async () => {
    await start([createStartFeature, createHelpFeature]);
    const res = await postSigned(
      url,
      SECRET,
      commandBody({ command: '/dangwu', text: 'start', user_id: 'U2', user_name: 'li', channel_id: 'C9', channel_name: 'branch' }),
      { contentType: FORM },
    );
    expect(res.status).toBe(200);
    await postSigned(url, SECRET, eventBody({ type: 'app_mention', channel: 'C9', user: 'U2', text: '<@UBOT> 帮助', ts: '2.2' }));
    const [first, second] = await peer.waitFor('chat.postMessage', 2);
    expect(visibleText(first!.body)).toContain('li，你好！我是党务助手');
    expect(visibleText(second!.body)).toContain('党务助手可以帮你');
    expect(first!.body.channel).toBe('C9');
  });

  it('runs quiz buttons as Block Kit actions whose ids carry the core data', async () => {
    const b = await start([createHelpFeature, quizFeature({ source: () => memorySource(bank), shuffle: false })]);
    await postSigned(url, SECRET, eventBody({ type: 'message', channel: 'D3', channel_type: 'im', user: 'U3', text: '练习', ts: '3.1' }));
    const press = async (n: number) => {
      const last = posts().at(-1)!.body;
      const button = last.blocks.filter((x: any) => x.type === 'actions').flatMap((x: any) => x.elements)[0];
      expect(button.action_id).toBe(button.value);
      const res = await postSigned(
        url,
        SECRET,
        payloadBody({
          type: 'block_actions',
          user: { id: 'U3' },
          channel: { id: 'D3' },
          trigger_id: 't',
          actions: [{ type: 'button', action_id: button.action_id, value: button.value, block_id: 'b' }],
        }),
        { contentType: FORM },
      );
      expect(res.status).toBe(200);
      await peer.waitFor('chat.postMessage', n);
    };
    await peer.waitFor('chat.postMessage', 1);
    await press(2); // level
    await press(3); // all topics → first question
    await press(4); // answer A
    expect(
      posts()
        .slice(3)
        .map((p) => visibleText(p.body))
        .join('\n'),
    ).toMatch(/回答(正确|错误)/);
    expect((await peekQuiz(b.runtime.storage).attempts()).map((a) => a.user_key)).toEqual(['slack:U3']);
  });

  it('publishes App Home with the sections the running features declare, without sending messages', async () => {
    await start([createHelpFeature, quizFeature({ source: () => memorySource(bank), shuffle: false })]);
    await postSigned(url, SECRET, eventBody({ type: 'app_home_opened', user: 'U4', channel: 'D4', tab: 'home' }));
    const [publish] = await peer.waitFor('views.publish', 1);
    expect(publish!.body.user_id).toBe('U4');
    const blocks = publish!.body.view.blocks as any[];
    expect(blocks.filter((b) => b.text?.type === 'mrkdwn').map((b) => b.text.text)).toEqual(['*我的练习统计*']);
    // Only the quiz runs here: no form is declared, so App Home offers no form button.
    expect(blocks.filter((b) => b.type === 'actions')).toEqual([]);
    expect(posts().map((p) => visibleText(p.body))).toEqual([]); // the home figures are not sent as messages
  });

  it('treats workspace admins and channel creators as secretaries, others are refused', async () => {
    await start([toolsFeature]);
    peer.admins.add('UADMIN');
    peer.creators.set('C5', 'UCREATOR');
    for (const user of ['UMEMBER', 'UADMIN', 'UCREATOR']) {
      await postSigned(url, SECRET, eventBody({ type: 'app_mention', channel: 'C5', user, text: '<@UBOT> /bind', ts: `5.${user}` }));
    }
    const replies = (await peer.waitFor('chat.postMessage', 3)).map((p) => visibleText(p.body));
    expect(replies.filter((t) => t.includes('只有支部书记'))).toHaveLength(1);
    expect(replies.filter((t) => t === '本群已绑定到支部')).toHaveLength(2);
  });

  it('uploads exports and turns channel_not_found on a push into RecipientUnavailableError', async () => {
    const b = await start([toolsFeature]);
    await postSigned(
      url,
      SECRET,
      eventBody({ type: 'message', channel: 'D6', channel_type: 'im', user: 'U6', text: '/export', ts: '6.1' }),
    );
    const [complete] = await peer.waitFor('files.completeUploadExternal', 1);
    expect(JSON.stringify(complete!.body)).toContain('D6');
    expect(peer.calls.some((c) => c.method === 'upload/F1' && String(c.body.raw).includes('2026-03-02,学习'))).toBe(true);
    peer.gone.add('C404');
    await expect(b.runtime.app.services.push({ platform: 'slack', chatId: 'C404' }, { text: '提醒' })).rejects.toMatchObject({
      code: 'RECIPIENT_UNAVAILABLE',
      reason: 'chat-not-found',
    });
  });

  it('rejects a bad signature and an old timestamp without running anything', async () => {
    await start([createHelpFeature]);
    const body = eventBody({ type: 'message', channel: 'D7', channel_type: 'im', user: 'U7', text: '帮助', ts: '7.1' });
    const forged = await postSigned(url, SECRET, body, { signature: 'v0=' + '0'.repeat(64) });
    expect(forged.status).toBe(401);
    const wrongSecret = await postSigned(url, 'not-the-secret', body);
    expect(wrongSecret.status).toBe(401);
    const old = await postSigned(url, SECRET, body, { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 });
    expect(old.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(posts()).toHaveLength(0);
  });
});
