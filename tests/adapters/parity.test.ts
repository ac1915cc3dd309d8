import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../adapters/console';
import { createDingtalkAdapter } from '../../adapters/dingtalk';
import { createSlackAdapter } from '../../adapters/slack';
import { visibleText } from '../../adapters/slack/render';
import { createTelegramAdapter } from '../../adapters/telegram';
import { createHelpFeature } from '../../bot/features/help';
import { silentLogger } from '../../bot/logger';
import { createTestBot } from '../helpers/runtime';
import { startDingtalkPeer } from './peers/dingtalk';
import { handbookStandIn, voteFeature } from './peers/features';
import { runFeishuScript } from './peers/feishu-script';
import { eventBody, FORM, payloadBody, postSigned, type SlackPeer, startSlackPeer } from './peers/slack';
import { botMessages, startTelegramPeer, type TelegramPeer } from './peers/telegram';
import { viaWecom } from './peers/wecom';

const withoutBlankLines = (text: string) => text.replace(/\n{2,}/g, '\n');

/** One script: typed lines, and `press:<label>` to press a button of the last reply. */
const SCRIPT = ['幫助', '投票', 'press:反对', '预备期多长', '今天天气不错'];
const features = [createHelpFeature, voteFeature, handbookStandIn];

describe('parity: one scripted conversation on console, Telegram, Slack, 钉钉, 企业微信 and 飞书', () => {
  let telegram: TelegramPeer;
  let slack: SlackPeer;
  beforeAll(async () => {
    telegram = await startTelegramPeer();
    slack = await startSlackPeer();
  });
  afterAll(async () => {
    await telegram?.stop();
    await slack?.stop();
  });

  async function viaConsole(): Promise<string> {
    const bot = await createTestBot({ features });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (c) => (printed += String(c)));
    const adapter = createConsoleAdapter({ app: bot.runtime.app, input, output, interactive: false, exportDir: join(bot.dir, 'exports') });
    await adapter.start();
    let choices: string[] = [];
    const lines: string[] = [];
    // Button labels in the order the console numbers them.
    for (const step of SCRIPT) {
      if (step.startsWith('press:')) lines.push(String(choices.indexOf(step.slice(6)) + 1));
      else lines.push(step);
      if (step === '投票') choices = ['同意', '反对'];
    }
    input.end(lines.map((l) => `${l}\n`).join(''));
    await adapter.finished;
    await bot.close();
    return printed;
  }

  async function viaTelegram(): Promise<string[]> {
    const bot = await createTestBot({ features });
    const token = '654321:PARITY-token-aaaaaaaaaaaaaaaa';
    const adapter = createTelegramAdapter({ app: bot.runtime.app, log: silentLogger(), token, apiRoot: telegram.apiRoot, throttle: false });
    await adapter.start();
    const client = telegram.server.getClient(token, { userId: 77, chatId: 77, timeout: 1000 });
    const texts: string[] = [];
    let last: any;
    for (const step of SCRIPT) {
      if (step.startsWith('press:')) {
        const button = last.reply_markup.inline_keyboard.flat().find((k: any) => k.text === step.slice(6));
        await client.sendCallback(client.makeCallbackQuery(button.callback_data));
      } else await client.sendMessage(client.makeMessage(step));
      [last] = await botMessages(client, 1);
      texts.push(last.text);
    }
    await adapter.stop();
    await bot.close();
    return texts;
  }

  async function viaSlack(): Promise<string[]> {
    const bot = await createTestBot({ features });
    const secret = 'parity-secret';
    const adapter = createSlackAdapter({
      app: bot.runtime.app,
      log: silentLogger(),
      botToken: 'xoxb-parity',
      signingSecret: secret,
      apiUrl: slack.apiUrl,
      port: 0,
      host: '127.0.0.1',
    });
    await adapter.start();
    const url = `http://127.0.0.1:${adapter.address()!.port}/slack/events`;
    const posts = () => slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'DP');
    const texts: string[] = [];
    for (const [i, step] of SCRIPT.entries()) {
      if (step.startsWith('press:')) {
        const button = posts()
          .at(-1)!
          .body.blocks.flatMap((b: any) => b.elements ?? [])
          .find((e: any) => e.text.text === step.slice(6));
        await postSigned(
          url,
          secret,
          payloadBody({
            type: 'block_actions',
            user: { id: 'UP' },
            channel: { id: 'DP' },
            trigger_id: 't',
            actions: [{ type: 'button', action_id: button.action_id, value: button.value, block_id: 'b' }],
          }),
          { contentType: FORM },
        );
      } else
        await postSigned(
          url,
          secret,
          eventBody({ type: 'message', channel: 'DP', channel_type: 'im', user: 'UP', text: step, ts: `${i}.1` }),
        );
      const deadline = Date.now() + 5000;
      while (posts().length < i + 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      texts.push(visibleText(posts()[i]!.body));
    }
    await adapter.stop();
    await bot.close();
    return texts;
  }

  async function viaDingtalk(): Promise<string[]> {
    const peer = await startDingtalkPeer();
    const bot = await createTestBot({ features });
    const adapter = createDingtalkAdapter({
      app: bot.runtime.app,
      log: silentLogger(),
      clientId: peer.clientId,
      clientSecret: peer.clientSecret,
      apiUrl: peer.apiUrl,
      oapiUrl: peer.apiUrl,
      throttle: false,
    });
    await adapter.start();
    const user = { staffId: 'staff-parity', nick: '小李' };
    const texts: string[] = [];
    for (const [i, step] of SCRIPT.entries()) {
      if (step.startsWith('press:')) await peer.press(user, peer.to(user.staffId).at(-1)!, step.slice(6));
      else await peer.say(user, step);
      texts.push((await peer.waitFor(user.staffId, 1, { from: i }))[0]!.text);
    }
    await adapter.stop();
    await bot.close();
    await peer.stop();
    return texts;
  }

  it('钉钉 reaches the same replies as Telegram', async () => {
    expect(await viaDingtalk()).toEqual(await viaTelegram());
  });

  it('reaches the same replies everywhere (modulo rendering)', async () => {
    const [consoleOut, telegramTexts, slackTexts] = [await viaConsole(), await viaTelegram(), await viaSlack()];
    expect(telegramTexts).toHaveLength(SCRIPT.length);
    expect(slackTexts).toEqual(telegramTexts);
    expect(await runFeishuScript(SCRIPT, features)).toEqual(telegramTexts);
    expect(await viaWecom(SCRIPT, features)).toEqual(telegramTexts.map(withoutBlankLines));
    expect(telegramTexts[2]).toBe('你投了反对票');
    expect(telegramTexts[3]).toContain('预备期为一年');
    expect(telegramTexts[4]).toContain('我没有理解');
    // The console prints the same texts, in the same order (buttons rendered as numbered choices).
    let at = 0;
    for (const text of telegramTexts) {
      const found = consoleOut.indexOf(text, at);
      expect(found, text).toBeGreaterThanOrEqual(at);
      at = found + text.length;
    }
    expect(consoleOut).toContain('[1] 同意   [2] 反对');
  });
});
