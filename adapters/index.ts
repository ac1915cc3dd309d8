import type { App } from '../bot';
import type { Config } from '../bot';
import type { Logger } from '../bot';
import type { Adapter } from './adapter';

/**
 * The messenger adapters whose settings are present (Telegram, Slack). Empty means: run the console chat.
 * Telegram: TELEGRAM_BOT_TOKEN (+ TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET for webhook mode on PORT).
 * Slack: SLACK_BOT_TOKEN + SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode on PORT).
 * When both run over HTTP, Slack takes PORT + 1 so that the two servers do not collide.
 *
 * Each adapter's module (and so its SDK) is loaded only when its settings are present: a console-only start
 * never pays for grammY, Bolt or the others.
 */
export async function createMessengerAdapters(app: App, config: Config, log: Logger): Promise<Adapter[]> {
  const adapters: Adapter[] = [];
  const telegramWebhook = Boolean(config.TELEGRAM_BOT_TOKEN && config.TELEGRAM_WEBHOOK_URL && config.TELEGRAM_WEBHOOK_SECRET);
  if (config.TELEGRAM_BOT_TOKEN) {
    const { createTelegramAdapter } = await import('./telegram');
    adapters.push(
      createTelegramAdapter({
        app,
        log: log.child({ adapter: 'telegram' }),
        token: config.TELEGRAM_BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        webhook: telegramWebhook ? { url: config.TELEGRAM_WEBHOOK_URL!, secret: config.TELEGRAM_WEBHOOK_SECRET!, port: config.PORT } : undefined,
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
        port: telegramWebhook && !config.SLACK_APP_TOKEN ? config.PORT + 1 : config.PORT,
        slashCommand: config.SLACK_SLASH_COMMAND,
      }),
    );
  }
  if (config.DANGWU_LOOPBACK_URL) {
    const { createLoopbackAdapter } = await import('./loopback');
    adapters.push(createLoopbackAdapter(app, config.DANGWU_LOOPBACK_URL));
  }
  return adapters;
}
