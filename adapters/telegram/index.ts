import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { autoRetry } from '@grammyjs/auto-retry';
import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import { Bot, Composer, GrammyError, InputFile, webhookCallback, type Context as GrammyContext, type Transformer } from 'grammy';
import type { Message, User } from 'grammy/types';
import type { App } from '../../bot';
import { isImageAttachment, RecipientUnavailableError, type UnavailableReason } from '../../bot';
import type { IncomingMessage, Messenger, Reply } from '../../bot';
import type { Logger } from '../../bot';
import { createRateLimitedSender, telegramLimits } from '../rate-limit';
import type { Adapter } from '../adapter';
import { byteLength, CALLBACK_DATA_LIMIT, renderReply } from './render';
import { createDelivery } from '../deliver';

export const TELEGRAM_PLATFORM = 'telegram';

export interface TelegramWebhookOptions {
  /** The public https address Telegram posts updates to; its path is the one the server answers on. */
  url: string;
  /** Sent back by Telegram in `X-Telegram-Bot-Api-Secret-Token`; requests without it get 401. */
  secret: string;
  port: number;
  /** Interface to listen on (default all). */
  host?: string;
}

export interface TelegramAdapterOptions {
  app: App;
  log: Logger;
  token: string;
  /** Bot API root (default https://api.telegram.org); tests point it at an emulator. */
  apiRoot?: string;
  /** Webhook mode; without it the adapter long-polls with @grammyjs/runner. */
  webhook?: TelegramWebhookOptions;
  /** How long a getChatMember answer is trusted, in ms (default 60 s). */
  adminCacheMs?: number;
  /** Keep to Telegram's send limits (30/s, 1/s per chat, 20/min per group). Default true. */
  throttle?: boolean;
  /** Attempts after a 429 or a 5xx answer (default 3; waits the `retry_after` Telegram asks for). */
  maxRetries?: number;
}

export interface TelegramAdapter extends Adapter {
  /** The grammY bot: its raw API is `bot.api` (like Koishi's `bot.internal`). */
  readonly bot: Bot;
  /** Webhook mode: where the HTTP server listens, once started. */
  address(): AddressInfo | undefined;
}

const ALLOWED_UPDATES = ['message', 'callback_query'] as const;
const SEND_METHODS = new Set(['sendMessage', 'sendDocument', 'sendPhoto', 'copyMessage', 'forwardMessage']);

export const telegramStrings = {
  staleButton: '这个按钮已经失效了。发送 /help 查看可以做什么。',
  badButton: '无法识别这个按钮，请重新发送命令获取新的按钮。',
};

/**
 * The Telegram adapter: translates updates into {@link IncomingMessage}s and replies back into plain-text
 * messages with inline keyboards, and registers the `telegram` {@link Messenger} for pushes.
 *
 * In private chats every message is handled; in groups only commands (`/help`, `/help@this_bot`), replies to the
 * bot, @mentions of it and button presses, so that the bot never answers ordinary group talk. Updates of one
 * chat are handled in order; chats run side by side.
 *
 * @example
 * const adapter = createTelegramAdapter({ app, log, token: config.TELEGRAM_BOT_TOKEN });
 * await adapter.start(); // long polling
 */
export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { app, log, webhook } = options;
  const clock = app.services.clock;
  const bot = new Bot(options.token, options.apiRoot ? { client: { apiRoot: options.apiRoot.replace(/\/+$/, '') } } : undefined);
  bot.api.config.use(autoRetry({ maxRetryAttempts: options.maxRetries ?? 3, maxDelaySeconds: 60 }));
  if (options.throttle ?? true) bot.api.config.use(sendThrottler());

  const adminCacheMs = options.adminCacheMs ?? 60_000;
  const adminCache = new Map<string, { admin: boolean; until: number }>();
  const prefixes = new Set(app.features.map((f) => f.actionPrefix).filter((p): p is string => Boolean(p)));
  let runner: RunnerHandle | undefined;
  let server: Server | undefined;

  async function isChatAdmin(chatId: number, userId: number): Promise<boolean> {
    const key = `${chatId}:${userId}`;
    const now = clock.now().getTime();
    const hit = adminCache.get(key);
    if (hit && hit.until > now) return hit.admin;
    const member = await bot.api.getChatMember(chatId, userId);
    const admin = member.status === 'creator' || member.status === 'administrator';
    if (adminCache.size > 10_000) adminCache.clear();
    adminCache.set(key, { admin, until: now + adminCacheMs });
    return admin;
  }

  function incoming(from: User, chat: Message['chat'], body: { text?: string; action?: string }): IncomingMessage {
    const group = chat.type !== 'private';
    return {
      platform: TELEGRAM_PLATFORM,
      sender: {
        id: String(from.id),
        name: [from.first_name, from.last_name].filter(Boolean).join(' ') || from.username,
        ...(group ? { isChatAdmin: () => isChatAdmin(chat.id, from.id) } : {}),
      },
      chat: { id: String(chat.id), kind: group ? 'group' : 'private', title: 'title' in chat ? chat.title : undefined },
      ...body,
    };
  }

  async function sendReply(chatId: string, reply: Reply): Promise<void> {
    const parts = renderReply(reply, (button) => log.error({ data: button.data }, 'telegram: button data over 64 bytes left out'));
    for (const part of parts) {
      await bot.api.sendMessage(chatId, part.text, {
        link_preview_options: { is_disabled: true },
        ...(part.inlineKeyboard ? { reply_markup: { inline_keyboard: part.inlineKeyboard } } : {}),
      });
    }
    if (reply.attachment) {
      const { content, filename } = reply.attachment;
      // A chart shows inline as a photo; exports (.csv, .ics) stay documents the user can save.
      if (isImageAttachment(reply.attachment)) await bot.api.sendPhoto(chatId, new InputFile(content, filename));
      else await bot.api.sendDocument(chatId, new InputFile(content, filename));
    }
  }

  // Sends are paced by the API transformer (sendThrottler), so answers and pushes alike keep Telegram's limits.
  const delivery = createDelivery({
    app,
    log,
    platform: TELEGRAM_PLATFORM,
    sendReply,
    unavailable(error, chatId) {
      const reason = unavailableReason(error);
      return reason ? new RecipientUnavailableError(TELEGRAM_PLATFORM, chatId, reason, (error as GrammyError).description) : undefined;
    },
  });
  const answer = (chatId: string, message: IncomingMessage) => delivery.answer(message, chatId);

  const composer = new Composer<GrammyContext>();

  composer.on('callback_query:data', async (ctx) => {
    const data = ctx.callbackQuery.data;
    const prefix = data.split(':')[0] ?? '';
    if (byteLength(data) > CALLBACK_DATA_LIMIT || !data.includes(':') || !prefixes.has(prefix)) {
      await ctx.answerCallbackQuery({ text: byteLength(data) > CALLBACK_DATA_LIMIT ? telegramStrings.badButton : telegramStrings.staleButton }).catch(() => undefined);
      return;
    }
    // Answer at once so the button stops spinning; what the press does arrives as messages. The answer goes
    // out while the press is handled (it needs no order with the messages), which saves the user a round trip.
    const answered = ctx.answerCallbackQuery().catch((error) => log.debug({ err: error }, 'telegram: callback answer failed'));
    const chat = ctx.callbackQuery.message?.chat ?? { id: ctx.from.id, type: 'private' as const, first_name: ctx.from.first_name };
    try {
      await answer(String(chat.id), incoming(ctx.from, chat, { action: data }));
    } finally {
      await answered;
    }
  });

  composer.on('message', async (ctx) => {
    const message = ctx.message;
    if (message.from.is_bot) return;
    const raw = message.text ?? message.caption;
    let text: string | undefined = raw;
    if (message.chat.type !== 'private') {
      text = addressedText(message, bot.botInfo.username, bot.botInfo.id);
      if (text === undefined) return;
    }
    await answer(String(message.chat.id), incoming(message.from, message.chat, { text: text ?? '' }));
  });

  bot.use(sequentialize((ctx: GrammyContext) => (ctx.chat ? String(ctx.chat.id) : ctx.from ? `u${ctx.from.id}` : undefined)));
  bot.use(composer);
  bot.catch((error) => log.error({ err: error.error, update: error.ctx.update.update_id }, 'telegram: update failed'));

  const { messenger } = delivery;

  async function registerCommands(): Promise<void> {
    const seen = new Set<string>();
    const commands = app
      .commands()
      .filter((c) => /^[a-z0-9_]{1,32}$/.test(c.name) && !seen.has(c.name) && seen.add(c.name))
      .slice(0, 100)
      .map((c) => ({ command: c.name, description: c.description.slice(0, 256) || c.name }));
    try {
      await bot.api.setMyCommands(commands);
    } catch (error) {
      log.warn({ err: error }, 'telegram: setMyCommands failed; the command menu may be out of date');
    }
  }

  return {
    name: TELEGRAM_PLATFORM,
    bot,
    address: () => (server?.address() as AddressInfo | null) ?? undefined,
    async start() {
      await bot.init();
      await registerCommands();
      app.registerMessenger(TELEGRAM_PLATFORM, messenger);
      if (webhook) {
        const path = new URL(webhook.url).pathname;
        const callback = webhookCallback(bot, 'http', { secretToken: webhook.secret, onTimeout: 'return', timeoutMilliseconds: 9_000 });
        server = createServer((req, res) => {
          if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== path) {
            res.writeHead(404).end();
            return;
          }
          callback(req, res).catch((error: unknown) => {
            log.error({ err: error }, 'telegram: webhook request failed');
            if (!res.headersSent) res.writeHead(500).end();
          });
        });
        await new Promise<void>((resolve, reject) => {
          server!.once('error', reject);
          server!.listen(webhook.port, webhook.host, () => resolve());
        });
        await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
      } else {
        await bot.api.deleteWebhook();
        runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
      }
    },
    async stop() {
      if (runner?.isRunning()) await runner.stop();
      runner = undefined;
      if (server) {
        const closing = server;
        server = undefined;
        await new Promise<void>((resolve) => closing.close(() => resolve()));
      }
    },
  };
}

/**
 * The text of a group message meant for the bot, or undefined: a command (not one addressed to another bot),
 * a reply to one of the bot's messages, or a message that @mentions the bot (the mention removed).
 */
export function addressedText(message: Message, username: string, botId: number): string | undefined {
  const text = message.text ?? message.caption;
  if (text === undefined) return undefined;
  const command = /^\/[A-Za-z0-9_]+(?:@([A-Za-z0-9_]+))?/.exec(text);
  if (command) return !command[1] || command[1].toLowerCase() === username.toLowerCase() ? text : undefined;
  const mention = new RegExp(`@${username}\\b`, 'gi');
  if (mention.test(text)) return text.replace(mention, ' ').replace(/\s+/g, ' ').trim();
  if (message.reply_to_message?.from?.id === botId) return text;
  return undefined;
}

/** Telegram answers that mean the chat will not take messages from the bot again until someone acts. */
export function unavailableReason(error: unknown): UnavailableReason | undefined {
  if (!(error instanceof GrammyError)) return undefined;
  const description = error.description.toLowerCase();
  if (error.error_code === 403) {
    if (description.includes('kicked') || description.includes('not a member')) return 'kicked';
    if (description.includes('deactivated')) return 'deactivated';
    return 'blocked';
  }
  if (error.error_code === 400 && description.includes('chat not found')) return 'chat-not-found';
  return undefined;
}

/** Send methods wait for Telegram's limits (the project's sliding-window limiter); other calls go straight out. */
function sendThrottler(): Transformer {
  const limiter = createRateLimitedSender({ limits: { [TELEGRAM_PLATFORM]: telegramLimits } });
  return (prev, method, payload, signal) => {
    const chatId = payload && typeof payload === 'object' && 'chat_id' in payload ? String(payload.chat_id) : undefined;
    if (!SEND_METHODS.has(method) || chatId === undefined) return prev(method, payload, signal);
    return limiter.send({ platform: TELEGRAM_PLATFORM, chatId }, () => prev(method, payload, signal));
  };
}
