import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RunnerHandle, run } from '@grammyjs/runner';
import { Bot, Composer, type Context as GrammyContext, GrammyError, HttpError, InputFile, type Transformer, webhookCallback } from 'grammy';
import type { Message, User } from 'grammy/types';
import type { App, IncomingFile, IncomingMessage, Logger, Messenger, Reply } from '../../bot';
import { isImageAttachment, RecipientUnavailableError, type UnavailableReason } from '../../bot';
import type { Adapter } from '../adapter';
import { createMessengerAdapter, type MessengerAdapter, SEQUENCE_GAP_MS } from '../messenger';
import { telegramLimits } from '../rate-limit';
import { byteLength, CALLBACK_DATA_LIMIT, renderReply, TELEGRAM_TEXT_LIMIT } from './render';
import { retryTransformer, startupError } from './resilience';

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
  /** Attempts after a 429, a 5xx answer or a network failure (default 3; a 429 waits the `retry_after` Telegram asks for). */
  maxRetries?: number;
  /** The longest `retry_after` a send waits for before giving up (default 600 s). */
  maxRetryAfterSeconds?: number;
  /** Times polling is restarted after a 409 (another instance polls with this token) before it stops (default 5). */
  maxConflictRestarts?: number;
  /** How long one Bot API request may take (default 60 s; a long poll takes up to 30 s). */
  requestTimeoutSeconds?: number;
  /** Waits between retries; tests pass one that records instead of waiting. */
  sleep?(ms: number): Promise<void>;
  /**
   * Send an answer's consecutive text replies as one message (e.g. a quiz answer's feedback and the next question),
   * saving a round trip per answer. On by default: a quiz answer is one message (feedback, then the next question
   * under it) instead of two, as in exam apps, and chat groups get half the notifications.
   */
  joinReplies?: boolean;
}

export interface TelegramAdapter extends Adapter {
  /** The grammY bot: its raw API is `bot.api` (like Koishi's `bot.internal`). */
  readonly bot: Bot;
  /** Webhook mode: where the HTTP server listens, once started. */
  address(): AddressInfo | undefined;
  /**
   * Settles if long polling stopped for good while running (the token was revoked, another instance kept polling
   * after every restart): the Chinese error to show, already logged. Never settles otherwise.
   */
  readonly failed: Promise<Error>;
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
  const apiRoot = options.apiRoot?.replace(/\/+$/, '') ?? 'https://api.telegram.org';
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const bot = new Bot(options.token, { client: { apiRoot, timeoutSeconds: options.requestTimeoutSeconds ?? 60 } });
  let started = false;
  bot.api.config.use(pollingWatch());
  bot.api.config.use(
    retryTransformer({
      log,
      maxRetries: options.maxRetries ?? 3,
      maxWaitSeconds: options.maxRetryAfterSeconds ?? 600,
      enabled: () => started,
      sleep,
    }),
  );
  // Sends are paced by the API transformer below, so answers and pushes alike keep Telegram's limits.
  const base: MessengerAdapter = createMessengerAdapter({
    app,
    log,
    platform: TELEGRAM_PLATFORM,
    sendReply: (chatId, reply) => sendReply(chatId, reply),
    unavailable(error, chatId) {
      const reason = unavailableReason(error);
      return reason ? new RecipientUnavailableError(TELEGRAM_PLATFORM, chatId, reason, (error as GrammyError).description) : undefined;
    },
    arrange: (options.joinReplies ?? true) ? joinReplies : undefined,
    // In webhook mode Telegram posts a chat's updates over parallel connections, each to any process: an update waits
    // for its chat's earlier ones while a lower update_id (numbered without gaps) has not entered any process yet.
    gapMs: SEQUENCE_GAP_MS,
  });
  if (options.throttle ?? true) bot.api.config.use(sendThrottler(base));

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

  function incoming(
    from: User,
    chat: Message['chat'],
    body: { text?: string; action?: string; attachments?: IncomingFile[] },
  ): IncomingMessage {
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

  const answer = (chatId: string, message: IncomingMessage) => base.answer(message, { chatId });
  /**
   * One update of a chat, in the chat's order and once (its update_id): in webhook mode behind a load balancer
   * a chat's updates reach several processes, and Telegram posts an update again when its request failed.
   */
  const receive = (ctx: GrammyContext, work: () => Promise<void>) => {
    received.add(ctx);
    return base.receive(
      ctx.chat ? String(ctx.chat.id) : `u${ctx.from?.id ?? 0}`,
      String(ctx.update.update_id),
      work,
      // Only webhook mode spreads a chat's updates over processes; long polling has one receiver (a second gets 409)
      // and getUpdates hands the updates out in order.
      webhook ? ctx.update.update_id : undefined,
    );
  };
  /** Webhook updates given to `receive`; any other (ignored group talk, a bot's message) is passed as seen. */
  const received = new WeakSet<GrammyContext>();

  const composer = new Composer<GrammyContext>();
  if (webhook)
    composer.use(async (ctx, next) => {
      try {
        await next();
      } finally {
        // Else its update_id would look missing, and the updates after it would wait the bound for it.
        if (!received.has(ctx)) await base.pass(ctx.update.update_id);
      }
    });

  composer.on('callback_query:data', async (ctx) => {
    const data = ctx.callbackQuery.data;
    if (!ctx.callbackQuery.from?.id) return; // not an update Telegram sends: nobody pressed it
    const prefix = data.split(':')[0] ?? '';
    if (byteLength(data) > CALLBACK_DATA_LIMIT || !data.includes(':') || !prefixes.has(prefix)) {
      await ctx
        .answerCallbackQuery({ text: byteLength(data) > CALLBACK_DATA_LIMIT ? telegramStrings.badButton : telegramStrings.staleButton })
        .catch(() => undefined);
      return;
    }
    // Answer at once so the button stops spinning; what the press does arrives as messages. The answer goes
    // out while the press is handled (it needs no order with the messages), which saves the user a round trip.
    const answered = ctx.answerCallbackQuery().catch((error) => log.debug({ err: error }, 'telegram: callback answer failed'));
    const chat = ctx.callbackQuery.message?.chat ?? { id: ctx.from.id, type: 'private' as const, first_name: ctx.from.first_name };
    try {
      await receive(ctx, () => answer(String(chat.id), incoming(ctx.from, chat, { action: data })));
    } finally {
      await answered;
    }
  });

  composer.on('message', async (ctx) => {
    const message = ctx.message;
    // A message without a sender or a chat is not one Telegram sends (a forged or truncated webhook body): ignored,
    // answered 200 so that it is not posted again.
    if (!message.from?.id || !message.chat?.id || message.from.is_bot) return;
    const raw = message.text ?? message.caption;
    let text: string | undefined = raw;
    if (message.chat.type !== 'private') {
      text = addressedText(message, bot.botInfo.username, bot.botInfo.id);
      if (text === undefined) return;
    }
    const attachments = filesOf(message);
    await receive(ctx, () =>
      answer(
        String(message.chat.id),
        incoming(message.from, message.chat, { text: text ?? '', ...(attachments.length ? { attachments } : {}) }),
      ),
    );
  });

  bot.use(composer);
  bot.catch((error) => log.error({ err: error.error, update: error.ctx.update.update_id }, 'telegram: update failed'));

  let reportFailure!: (error: Error) => void;
  const failed = new Promise<Error>((resolve) => (reportFailure = resolve));
  let conflicts = 0;
  let pollFailing = false;

  /** Notes what long polling meets (the runner is told to stay silent, so the log is ours). */
  function pollingWatch(): Transformer {
    return async (prev, method, payload, signal) => {
      if (method !== 'getUpdates') return prev(method, payload, signal);
      try {
        const result = await prev(method, payload, signal);
        if (result.ok) {
          if (pollFailing) log.warn('telegram: polling works again');
          pollFailing = false;
          conflicts = 0;
        } else if (result.error_code !== 409 && result.error_code !== 401) {
          if (!pollFailing) log.warn({ code: result.error_code, description: result.description }, 'telegram: getUpdates failed; retrying');
          pollFailing = true;
        }
        return result;
      } catch (error) {
        if (!pollFailing && !signal?.aborted && error instanceof HttpError)
          log.warn({ err: error }, 'telegram: getUpdates failed; retrying every 3 s');
        pollFailing ||= error instanceof HttpError;
        throw error;
      }
    };
  }

  function startPolling(): void {
    // A fixed pause between failed polls: the runner's default doubles from 100 ms, so after an hour's outage
    // it would sleep for hours before trying again.
    const handle = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] }, retryInterval: 3000, silent: true } });
    runner = handle;
    // The runner rejects its task on 401/409 (or after 15 h of failed polls); unhandled, that ended the process.
    handle.task()?.catch((error: unknown) => pollingStopped(handle, error));
  }

  async function pollingStopped(handle: RunnerHandle, error: unknown): Promise<void> {
    if (runner !== handle) return; // stopped on purpose
    const maxRestarts = options.maxConflictRestarts ?? 5;
    if (error instanceof GrammyError && error.error_code === 409 && conflicts < maxRestarts) {
      conflicts++;
      const waitSeconds = Math.min(60, 5 * 2 ** (conflicts - 1));
      log.warn(
        { attempt: conflicts, of: maxRestarts, waitSeconds },
        'telegram: another instance is polling with this token (409); polling again after a pause',
      );
      await sleep(waitSeconds * 1000);
      if (runner === handle) startPolling();
      return;
    }
    runner = undefined;
    const fatal = startupError(error, apiRoot);
    log.error({ err: error }, `telegram: polling stopped for good: ${fatal.message}`);
    reportFailure(fatal);
  }

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
    failed,
    async start() {
      try {
        // getMe ourselves: bot.init() retries a network failure forever, which is how an unreachable API root hung.
        if (!bot.isInited()) bot.botInfo = await bot.api.getMe();
      } catch (error) {
        throw startupError(error, apiRoot);
      }
      await registerCommands();
      if (webhook) {
        const path = new URL(webhook.url).pathname;
        const callback = webhookCallback(bot, 'http', { secretToken: webhook.secret, onTimeout: 'return', timeoutMilliseconds: 9_000 });
        server = createServer((req, res) => {
          if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== path) {
            res.writeHead(404).end();
            return;
          }
          callback(req, res).catch((error: unknown) => {
            // A body that is not JSON is the sender's fault (Telegram never sends one): 400, not a 500 it would retry.
            if (error instanceof SyntaxError) {
              log.warn({ err: error }, 'telegram: unreadable webhook request');
              if (!res.headersSent) res.writeHead(400).end();
              return;
            }
            log.error({ err: error }, 'telegram: webhook request failed');
            if (!res.headersSent) res.writeHead(500).end();
          });
        });
        await new Promise<void>((resolve, reject) => {
          server!.once('error', reject);
          server!.listen(webhook.port, webhook.host, () => resolve());
        });
        try {
          await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
        } catch (error) {
          await this.stop();
          throw startupError(error, apiRoot);
        }
      } else {
        try {
          await bot.api.deleteWebhook();
          // One short poll before reporting "started", so a revoked token or a webhook set by another instance is a
          // start-up error, not a log line. Without an offset it confirms nothing: the runner receives the same updates.
          await bot.api.getUpdates({ limit: 1, timeout: 0, allowed_updates: [...ALLOWED_UPDATES] });
        } catch (error) {
          throw startupError(error, apiRoot);
        }
        startPolling();
      }
      started = true;
      await base.start(
        async () => undefined,
        (error) => startupError(error, apiRoot),
      );
    },
    async stop() {
      const polling = runner;
      runner = undefined;
      if (polling?.isRunning()) await polling.stop().catch(() => undefined);
      if (server) {
        const closing = server;
        server = undefined;
        await new Promise<void>((resolve) => closing.close(() => resolve()));
      }
      await base.drain();
    },
  };
}

/**
 * The text of a group message meant for the bot, or undefined: a command (not one addressed to another bot),
 * a reply to one of the bot's messages, or a message that @mentions the bot (the mention removed).
 */
/**
 * The photo (its largest size) or document sent with a message, by Telegram's file_id: the bot keeps the reference
 * and never downloads the file.
 */
export function filesOf(message: Message): IncomingFile[] {
  const files: IncomingFile[] = [];
  const photo = message.photo?.at(-1);
  if (photo) files.push({ kind: 'photo', name: `photo-${message.message_id}.jpg`, ref: photo.file_id, ...size(photo.file_size) });
  const document = message.document;
  if (document)
    files.push({
      kind: document.mime_type?.startsWith('image/') ? 'photo' : 'file',
      name: document.file_name ?? `file-${message.message_id}`,
      ref: document.file_id,
      ...size(document.file_size),
    });
  return files;
}

const size = (bytes: number | undefined) => (bytes === undefined ? {} : { size: bytes });

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

/**
 * Joins each reply without buttons or a file to the one after it, while the text fits one Telegram message, so
 * that the buttons stay under the text they belong to and nothing is split differently.
 */
export function joinReplies(replies: Reply[]): Reply[] {
  const out: Reply[] = [];
  for (const reply of replies) {
    const previous = out.at(-1);
    const text = previous ? `${previous.text}\n\n${reply.text}` : '';
    if (
      previous &&
      !previous.buttons?.length &&
      !previous.attachment &&
      previous.text.trim() &&
      reply.text.trim() &&
      text.length <= TELEGRAM_TEXT_LIMIT
    ) {
      out[out.length - 1] = { ...reply, text };
    } else out.push(reply);
  }
  return out;
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

/**
 * Send methods wait for Telegram's limits (kept by all processes together on PostgreSQL, by this one on SQLite);
 * other calls go straight out.
 */
function sendThrottler(base: MessengerAdapter): Transformer {
  const limiter = base.limiter(telegramLimits);
  return (prev, method, payload, signal) => {
    const chatId = payload && typeof payload === 'object' && 'chat_id' in payload ? String(payload.chat_id) : undefined;
    if (!SEND_METHODS.has(method) || chatId === undefined) return prev(method, payload, signal);
    return limiter.send({ platform: TELEGRAM_PLATFORM, chatId }, () => prev(method, payload, signal));
  };
}
