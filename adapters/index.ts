import type { App, Config, Logger } from '../bot';
import type { Adapter } from './adapter';

/** A messenger that receives over HTTP: its port and the setting that chooses it (for a port that is taken). */
export interface WebhookListener {
  adapter: string;
  /** What listens, in the user's words. */
  what: string;
  port: number;
  /** The setting to change, as the user reads it: `PORT`, or `PORT（Slack 用 PORT 加 1）`. */
  setting: string;
}

/** The webhook servers `createMessengerAdapters` starts for this configuration (Telegram webhook, Slack HTTP mode). */
export function webhookListeners(config: Config): WebhookListener[] {
  const listeners: WebhookListener[] = [];
  if (config.PORT === undefined) return listeners;
  const telegramWebhook = Boolean(config.TELEGRAM_BOT_TOKEN && config.TELEGRAM_WEBHOOK_URL && config.TELEGRAM_WEBHOOK_SECRET);
  if (telegramWebhook) listeners.push({ adapter: 'telegram', what: 'Telegram 的 webhook 服务', port: config.PORT, setting: 'PORT' });
  if (config.SLACK_BOT_TOKEN && !config.SLACK_APP_TOKEN) {
    const what = 'Slack 的 HTTP 接收服务';
    listeners.push(
      telegramWebhook
        ? { adapter: 'slack', what, port: config.PORT + 1, setting: 'PORT（Slack 用 PORT 加 1）' }
        : { adapter: 'slack', what, port: config.PORT, setting: 'PORT' },
    );
  }
  return listeners;
}

/**
 * The messenger adapters whose settings are present (Telegram, Slack, 钉钉). Empty means: run the console chat.
 * Telegram: TELEGRAM_BOT_TOKEN (+ TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET for webhook mode on PORT).
 * Slack: SLACK_BOT_TOKEN + SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode on PORT).
 * 钉钉: DINGTALK_CLIENT_ID + DINGTALK_CLIENT_SECRET (Stream mode, no public address).
 * When both run over HTTP, Slack takes PORT + 1 so that the two servers do not collide.
 * 飞书: FEISHU_APP_ID + FEISHU_APP_SECRET (long connection; FEISHU_DOMAIN for Lark or a private deployment).
 *
 * Each adapter's module (and so its SDK) is loaded only when its settings are present: a console-only start
 * never pays for grammY, Bolt or the others.
 */
export async function createMessengerAdapters(app: App, config: Config, log: Logger): Promise<Adapter[]> {
  const adapters: Adapter[] = [];
  const listeners = webhookListeners(config);
  const portOf = (adapter: string) => listeners.find((l) => l.adapter === adapter)?.port;
  const telegramPort = portOf('telegram');
  if (config.TELEGRAM_BOT_TOKEN) {
    const { createTelegramAdapter } = await import('./telegram');
    adapters.push(
      createTelegramAdapter({
        app,
        log: log.child({ adapter: 'telegram' }),
        token: config.TELEGRAM_BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        webhook:
          telegramPort !== undefined
            ? { url: config.TELEGRAM_WEBHOOK_URL!, secret: config.TELEGRAM_WEBHOOK_SECRET!, port: telegramPort }
            : undefined,
      }),
    );
  }
  if (config.SLACK_BOT_TOKEN) {
    const { createSlackAdapter } = await import('./slack');
    adapters.push(
      createSlackAdapter({
        app,
        log: log.child({ adapter: 'slack' }),
        botToken: config.SLACK_BOT_TOKEN,
        appToken: config.SLACK_APP_TOKEN,
        signingSecret: config.SLACK_SIGNING_SECRET,
        apiUrl: config.SLACK_API_URL,
        // Socket Mode listens on nothing; the port is used in HTTP mode only.
        port: portOf('slack') ?? 0,
        slashCommand: config.SLACK_SLASH_COMMAND,
      }),
    );
  }
  if (config.DINGTALK_CLIENT_ID && config.DINGTALK_CLIENT_SECRET) {
    const { createDingtalkAdapter } = await import('./dingtalk');
    adapters.push(
      createDingtalkAdapter({
        app,
        log: log.child({ adapter: 'dingtalk' }),
        clientId: config.DINGTALK_CLIENT_ID,
        clientSecret: config.DINGTALK_CLIENT_SECRET,
        robotCode: config.DINGTALK_ROBOT_CODE,
        apiUrl: config.DINGTALK_API_URL,
        oapiUrl: config.DINGTALK_OAPI_URL,
        cardTemplateId: config.DINGTALK_CARD_TEMPLATE_ID,
      }),
    );
  }
  if (config.FEISHU_APP_ID && config.FEISHU_APP_SECRET) {
    const { createFeishuAdapter, parseFeishuSendLimits } = await import('./feishu');
    adapters.push(
      createFeishuAdapter({
        app,
        log: log.child({ adapter: 'feishu' }),
        appId: config.FEISHU_APP_ID,
        appSecret: config.FEISHU_APP_SECRET,
        domain: config.FEISHU_DOMAIN,
        sendLimits: parseFeishuSendLimits(config.FEISHU_SEND_LIMITS),
      }),
    );
  }
  if (config.WECOM_BOT_ID && config.WECOM_BOT_SECRET) {
    const { createWecomAdapter } = await import('./wecom');
    adapters.push(
      createWecomAdapter({
        app,
        log: log.child({ adapter: 'wecom' }),
        botId: config.WECOM_BOT_ID,
        secret: config.WECOM_BOT_SECRET,
        wsUrl: config.WECOM_WS_URL,
      }),
    );
  }
  if (config.DANGWU_LOOPBACK_URL) {
    const { createLoopbackAdapter } = await import('./loopback');
    adapters.push(createLoopbackAdapter(app, config.DANGWU_LOOPBACK_URL));
  }
  return adapters;
}
