import { createHash } from 'node:crypto';
import * as lark from '@larksuiteoapi/node-sdk';
import {
  type App,
  DangwuError,
  type IncomingMessage,
  isImageAttachment,
  type Logger,
  RecipientUnavailableError,
  type Reply,
  type TurnMemory,
  type UnavailableReason,
} from '../../bot';
import type { Adapter } from '../adapter';
import { createPromiseCache } from '../cache';
import { joinReplies } from '../join-replies';
import { createMessengerAdapter, withTimeout } from '../messenger';
import type { RateLimits } from '../rate-limit';
import { closedOnReuse } from '../stale-connection';
import { answeredCard, type ButtonValue, CARD_TEXT_LIMIT, type FeishuMessage, fileTypeOf, messageText, renderReply } from './render';

export const FEISHU_PLATFORM = 'feishu';
export const FEISHU_DEFAULT_DOMAIN = 'https://open.feishu.cn';

/** 飞书's send-message limits: 1000 per minute and 50 per second per app, 5 per second to one user or group. */
export interface FeishuSendLimits {
  perMinute: number;
  perSecond: number;
  perChatPerSecond: number;
}
export const feishuSendLimits: FeishuSendLimits = { perMinute: 1000, perSecond: 50, perChatPerSecond: 5 };

/**
 * The limiter's form of the limits: sends across chats spaced evenly, by whichever app-wide limit binds first (for
 * 飞书's own numbers the minute: 60 ms apart, so 50 a second is never reached), and one chat's sends a fifth of a
 * second apart.
 */
export function feishuRateLimits(limits: FeishuSendLimits = feishuSendLimits): RateLimits {
  const minuteBinds = 60_000 / limits.perMinute >= 1000 / limits.perSecond;
  return {
    ...(minuteBinds ? { overall: limits.perMinute, windowMs: 60_000 } : { overall: limits.perSecond, windowMs: 1000 }),
    perChatIntervalMs: 1000 / limits.perChatPerSecond,
  };
}
export const feishuLimits: RateLimits = feishuRateLimits();

/** FEISHU_SEND_LIMITS (“1000/50/5”) read into limits; undefined when unset. */
export function parseFeishuSendLimits(text: string | undefined): FeishuSendLimits | undefined {
  if (!text) return undefined;
  const [perMinute, perSecond, perChatPerSecond] = text.split('/').map(Number) as [number, number, number];
  return { perMinute, perSecond, perChatPerSecond };
}

/** 飞书 error codes that mean the chat will not take the bot's messages until someone acts. */
const UNAVAILABLE: Record<number, UnavailableReason> = {
  230002: 'kicked', // the bot is not in the group (removed)
  230013: 'blocked', // the user is outside the app's availability range (or stopped it)
  232009: 'deactivated', // the group was dissolved
};
/** Codes (and HTTP 429) that mean "too fast": wait `x-ogw-ratelimit-reset` seconds and send again. */
const RATE_LIMITED = new Set([99991400, 230020]);

export interface FeishuAdapterOptions {
  app: App;
  log: Logger;
  appId: string;
  appSecret: string;
  /** Open platform root (default https://open.feishu.cn; Lark: https://open.larksuite.com); tests point it at a fake. */
  domain?: string;
  /** Keep to 飞书's send limits (default true). */
  throttle?: boolean;
  /** The limits kept (default 飞书's documented ones, {@link feishuSendLimits}). */
  sendLimits?: FeishuSendLimits;
  /** Attempts after a 429 or 5xx answer (default 3; waits what `x-ogw-ratelimit-reset` says, at most 60 s). */
  maxRetries?: number;
  /** How long start-up may take to reach the platform and open the long connection (default 20 s). */
  startTimeoutMs?: number;
  /** Timeout of one API request (default 20 s). */
  requestTimeoutMs?: number;
  /** How long chat owner/manager answers are trusted, in ms (default 60 s; names an hour). */
  cacheMs?: number;
}

export interface FeishuAdapter extends Adapter {
  /** The SDK client: its raw open API (like Koishi's `bot.internal`). */
  readonly client: lark.Client;
}

export const feishuStrings = {
  notYours: '这组按钮是发给另一位同志的，只有本人可以操作。需要的话，请自己发送“帮助”开始。',
  badButton: '无法识别这个按钮，请重新发送命令获取新的按钮。',
  received: '已收到',
  chosen: (label: string) => `已选择：${label}`,
  badCredentials: (detail: string) =>
    `飞书应用凭证无效（${detail}），程序未启动。请在飞书开发者后台“凭证与基础信息”页核对 FEISHU_APP_ID 和 FEISHU_APP_SECRET。`,
  noBot: '飞书应用还没有启用机器人能力，程序未启动。请在开发者后台“添加应用能力”中添加“机器人”，并创建版本、发布。',
  unreachable: (domain: string) => `无法连接飞书开放平台（${domain}），程序未启动。请检查网络和代理，以及 FEISHU_DOMAIN 是否正确。`,
  noLongConnection: (detail: string) =>
    `无法建立飞书长连接（${detail}），程序未启动。请在开发者后台“事件与回调”中把订阅方式设为“使用长连接接收事件/回调”，并检查网络。`,
};

interface MessageEvent {
  event_id?: string;
  create_time?: string;
  sender: { sender_id?: { open_id?: string }; sender_type: string };
  message: {
    message_id: string;
    chat_id: string;
    chat_type: string;
    create_time?: string;
    message_type: string;
    content: string;
    mentions?: { key: string; id: { open_id?: string }; name: string }[];
  };
}

interface CardActionEvent {
  event_id?: string;
  create_time?: string;
  operator?: { open_id?: string };
  action?: { value?: unknown; tag?: string };
  context?: { open_message_id?: string; open_chat_id?: string };
  open_message_id?: string;
  open_chat_id?: string;
}

interface CardActionAnswer {
  toast?: { type: 'info' | 'success' | 'error' | 'warning'; content: string };
  card?: { type: 'raw'; data: unknown };
}

/**
 * The 飞书 (Feishu/Lark) adapter: receives `im.message.receive_v1` and `card.action.trigger` over the SDK's long
 * connection (WSClient + EventDispatcher; no public address needed), answers with text messages and interactive
 * cards through the open API, and registers the `feishu` {@link Messenger} for pushes.
 *
 * Private chats: every message is handled. Groups: only messages that @mention the bot (飞书 delivers no others
 * unless the app may read all group messages). Events are acknowledged at once (飞书 wants an answer within 3 s)
 * and handled in order per chat. Card buttons are bound to the user the reply was for: another user's press gets
 * a refusal toast and changes nothing; the owner's press marks the card with the choice, in place. Secretaries:
 * DANGWU_SECRETARIES (`feishu:ou_…`), or the group's owner and managers (chat info API).
 *
 * @example
 * const adapter = createFeishuAdapter({ app, log, appId: 'cli_…', appSecret: '…' });
 * await adapter.start(); // opens the long connection
 */
export function createFeishuAdapter(options: FeishuAdapterOptions): FeishuAdapter {
  const { app, log } = options;
  const clock = app.services.clock;
  const domain = (options.domain ?? FEISHU_DEFAULT_DOMAIN).replace(/\/+$/, '');
  const maxRetries = options.maxRetries ?? 3;
  const cacheMs = options.cacheMs ?? 60_000;
  const startTimeoutMs = options.startTimeoutMs ?? 20_000;
  const httpInstance = timedHttp(options.requestTimeoutMs ?? 20_000);
  const sdkLogger = larkLogger(log);
  // Each adapter keeps its own token cache: the SDK's default is process-wide and keyed by app id only.
  const client = new lark.Client({
    appId: options.appId,
    appSecret: options.appSecret,
    domain,
    httpInstance,
    logger: sdkLogger,
    loggerLevel: lark.LoggerLevel.warn,
    cache: createTokenCache(),
  });

  let botOpenId = '';
  let ws: lark.WSClient | undefined;
  const chatKinds = new Map<string, 'private' | 'group'>();
  /** The texts of the latest cards this process sent, by message id (a press on one marks the choice in place). */
  const cardTexts = new Map<string, string>();
  /** Per chat, a card this process is sending now: settles once its text is in `cardTexts` (or the send failed). */
  const cardsOnTheWay = new Map<string, Promise<void>>();
  const nowMs = () => clock.now().getTime();
  const caches = {
    chat: createPromiseCache<ChatInfo | undefined>(cacheMs, nowMs),
    name: createPromiseCache<string | undefined>(60 * cacheMs, nowMs),
  };

  const chatInfo = (chatId: string) =>
    caches.chat.get(chatId, async () => {
      const res = ok(await call(() => client.im.v1.chat.get({ path: { chat_id: chatId }, params: { user_id_type: 'open_id' } })));
      return { mode: res.data?.chat_mode, owner: res.data?.owner_id, managers: res.data?.user_manager_id_list ?? [] };
    });
  const userName = (openId: string) =>
    caches.name.get(openId, async () => {
      try {
        const res = ok(await call(() => client.contact.v3.user.get({ path: { user_id: openId }, params: { user_id_type: 'open_id' } })));
        return res.data?.user?.name || undefined;
      } catch (error) {
        log.debug({ err: error }, 'feishu: user name not available (contact permission?)');
        return undefined;
      }
    });

  async function chatKind(chatId: string): Promise<'private' | 'group'> {
    const known = chatKinds.get(chatId);
    if (known) return known;
    const info = await chatInfo(chatId).catch(() => undefined);
    // Unknown (the chat info API refused): private, which grants no platform admin rights; asked again next time.
    if (!info?.mode) return 'private';
    const kind = info.mode === 'p2p' ? 'private' : 'group';
    remember(chatKinds, chatId, kind, 10_000);
    return kind;
  }

  async function incoming(user: string, chatId: string, body: { text?: string; action?: string }): Promise<IncomingMessage> {
    const kind = await chatKind(chatId);
    return {
      platform: FEISHU_PLATFORM,
      sender: {
        id: user,
        name: await userName(user),
        ...(kind === 'group'
          ? {
              isChatAdmin: async () => {
                const info = await chatInfo(chatId);
                return info?.owner === user || Boolean(info?.managers.includes(user));
              },
            }
          : {}),
      },
      chat: { id: chatId, kind },
      ...body,
    };
  }

  /** Runs an API call, waiting out rate limits and 5xx answers (the same `uuid` makes a repeat harmless). */
  const call = <T>(run: () => Promise<T>): Promise<T> => base.retry(run, retryDelayMs, maxRetries);

  async function send(chatId: string, message: { msgType: string; content: unknown }, uuid?: string): Promise<string | undefined> {
    const request = (again?: () => Promise<void>) => {
      let tries = 0;
      return call(async () => {
        if (tries++ > 0) await again?.();
        return client.im.v1.message.create({
          params: { receive_id_type: 'chat_id' },
          data: { receive_id: chatId, msg_type: message.msgType, content: JSON.stringify(message.content), ...(uuid ? { uuid } : {}) },
        });
      });
    };
    const res = ok(await (limiter ? limiter.send({ platform: FEISHU_PLATFORM, chatId }, request) : request()));
    return res.data?.message_id;
  }

  async function sendReply(
    chatId: string,
    reply: Reply,
    options: { owner?: string; idempotencyKey?: string; memory?: TurnMemory } = {},
  ): Promise<void> {
    const { owner, idempotencyKey: key, memory } = options;
    const uuid = (i: number) => (key ? uuidOf(key, i) : undefined);
    const messages: FeishuMessage[] = renderReply(reply, owner);
    for (const [i, message] of messages.entries()) {
      // A press on this card may reach this process before the send's answer does (the user sees the card first).
      let sent!: () => void;
      const known = new Promise<void>((resolve) => (sent = resolve));
      if (message.msgType === 'interactive') cardsOnTheWay.set(chatId, known);
      let id: string | undefined;
      try {
        id = await send(chatId, message, uuid(i));
        if (message.msgType === 'interactive' && id) {
          // A press reaching this process does not wait for the database (the turn's end may still be on its way).
          cardTexts.set(id, message.text);
          if (cardTexts.size > 2_000) cardTexts.delete(cardTexts.keys().next().value!);
        }
      } finally {
        sent();
        if (cardsOnTheWay.get(chatId) === known) cardsOnTheWay.delete(chatId);
      }
      // Kept in the database: the press or the typed answer may reach another process (飞书 gives each event to
      // one of the app's connections at random). In an event's turn, written with the turn's end.
      const remember = (k: string, value: unknown) => (memory ? memory.remember(k, value, STATE_MS) : base.remember(k, value, STATE_MS));
      if (message.msgType === 'interactive' && id) await remember(cardKey(id), message.text);
      if (message.msgType === 'interactive' && owner) {
        const labels = Object.fromEntries((reply.buttons ?? []).flat().map((b) => [typedLabel(b.label), b.data] as const));
        await remember(typedKey(chatId, owner), labels);
      }
    }
    if (reply.attachment && isImageAttachment(reply.attachment)) {
      // A chart is shown in the chat as a picture (image_type "message"), not offered as a file to download.
      const uploaded = await call(() => client.im.v1.image.create({ data: { image_type: 'message', image: reply.attachment!.content } }));
      if (!uploaded?.image_key) throw new Error('feishu: image upload returned no image_key');
      await send(chatId, { msgType: 'image', content: { image_key: uploaded.image_key } }, uuid(messages.length));
    } else if (reply.attachment) {
      const { content, filename } = reply.attachment;
      const uploaded = await call(() =>
        client.im.v1.file.create({ data: { file_type: fileTypeOf(filename) as 'stream', file_name: filename, file: content } }),
      );
      if (!uploaded?.file_key) throw new Error('feishu: file upload returned no file_key');
      await send(chatId, { msgType: 'file', content: { file_key: uploaded.file_key } }, uuid(messages.length));
    }
  }

  // Pushes are paced by `send` itself (every message, asked for or not, counts against 飞书's limits), so the
  // base gets no limits for them: each message is throttled once.
  const base = createMessengerAdapter({
    app,
    log,
    platform: FEISHU_PLATFORM,
    sendReply: (chatId, reply, sendOptions) => sendReply(chatId, reply, { idempotencyKey: sendOptions?.idempotencyKey }),
    unavailable(error, chatId) {
      const { code, msg } = feishuError(error);
      const reason = code !== undefined ? UNAVAILABLE[code] : undefined;
      return reason ? new RecipientUnavailableError(FEISHU_PLATFORM, chatId, reason, `${code} ${msg ?? ''}`.trim()) : undefined;
    },
    // A quiz answer's feedback joins the next question's card: one message per answer, as on 钉钉 and Telegram.
    arrange: (replies) => joinReplies(replies, CARD_TEXT_LIMIT),
  });
  const limiter = options.throttle === false ? undefined : base.limiter(feishuRateLimits(options.sendLimits));

  /**
   * Handles one message with the core and sends each reply, its buttons bound to the asker and its `uuid`s keyed by
   * the event (a redelivered event sends nothing twice).
   */
  function answer(chatId: string, message: IncomingMessage, eventKey: string, memory: TurnMemory): Promise<void> {
    let part = 0;
    const owner = message.sender.id;
    return base.answer(message, {
      chatId,
      sendReply: (to, reply) => sendReply(to, reply, { owner, idempotencyKey: `${eventKey}#${part++}`, memory }),
    });
  }

  function onMessage(data: MessageEvent): Promise<void> | undefined {
    const user = data.sender?.sender_id?.open_id;
    const message = data.message;
    if (data.sender?.sender_type !== 'user' || !user || !message) return;
    const group = message.chat_type !== 'p2p';
    remember(chatKinds, message.chat_id, group ? 'group' : 'private', 10_000);
    const mentions = (message.mentions ?? []).map((m) => ({ key: m.key, name: m.name, isBot: m.id?.open_id === botOpenId }));
    // With the “read all group messages” permission 飞书 sends every group message: answer those meant for the bot.
    if (group && !mentions.some((m) => m.isBot)) return;
    const text = messageText(message.message_type, message.content, mentions);
    // 飞书 redelivers an event whose answer it did not get in time, maybe to another connection: handled once.
    // Acknowledged once it is in the chat's queue (the handling goes on), so an event 飞书 sends after this
    // acknowledgement, to whichever connection, finds it ahead.
    const key = typedKey(message.chat_id, user);
    return base
      .queue(
        message.chat_id,
        data.event_id ?? message.message_id,
        async (memory) => {
          // Looked up in the chat's turn (read with its claim): the card this answers may still be on its way out.
          const typed = (await memory.recall<Record<string, string>>(key))?.[typedLabel(text)];
          if (typed) memory.forget(key);
          const asked = await incoming(user, message.chat_id, typed ? { action: typed } : { text });
          await answer(message.chat_id, asked, message.message_id, memory);
        },
        placeOf(message.create_time ?? data.create_time),
        { prefetch: [key] },
      )
      .then(noop);
  }

  async function recallCardText(messageId: string): Promise<string | undefined> {
    const deadline = Date.now() + CARD_RECALL_MS;
    for (;;) {
      const text = await base.recall<string>(cardKey(messageId)).catch(() => undefined);
      if (text !== undefined || Date.now() >= deadline) return text;
      await new Promise((resolve) => setTimeout(resolve, CARD_RECALL_STEP_MS));
    }
  }

  async function onCardAction(data: CardActionEvent): Promise<CardActionAnswer> {
    const user = data.operator?.open_id;
    const chatId = data.context?.open_chat_id ?? data.open_chat_id;
    const messageId = data.context?.open_message_id ?? data.open_message_id ?? '';
    const value = buttonValue(data.action?.value);
    if (!user || !chatId || !value) return { toast: { type: 'error', content: feishuStrings.badButton } };
    if (value.o && value.o !== user) return { toast: { type: 'warning', content: feishuStrings.notYours } };
    const eventKey = data.event_id ?? `${messageId}:${value.d}`;
    // The pressed card's text (to mark the choice on it), read as the event enters the chat's queue; a card this
    // process sent is known without the database.
    // At most a moment: 飞书 wants the callback's answer within 3 s, and a send may wait for a slot or a retry.
    const onTheWay = cardTexts.has(messageId) ? undefined : cardsOnTheWay.get(chatId);
    if (onTheWay) await Promise.race([onTheWay, new Promise((resolve) => setTimeout(resolve, CARD_WAIT_MS))]);
    const local = cardTexts.get(messageId);
    const stored = await base.queue<string>(
      chatId,
      eventKey,
      async (memory) => {
        // A press answers the card: typing its letter afterwards is an answer to nothing (unless the answer sends a
        // new card, whose letters replace these in the same write).
        memory.forget(typedKey(chatId, user));
        await answer(chatId, await incoming(user, chatId, { action: value.d }), eventKey, memory);
      },
      placeOf(data.create_time),
      value.o && local === undefined ? { recall: cardKey(messageId) } : {},
    );
    // A pushed card (no owner) stays pressable for everyone in the chat, e.g. a group's daily question.
    if (!value.o) return { toast: { type: 'info', content: feishuStrings.received } };
    // Not there yet: the turn that sent the card may be ending in another process just now (its memory is written
    // with its end, which may come a moment after the card reached the user); read again after the entry, for a
    // bounded moment (a loaded machine ends that turn later; 飞书 still wants this answer within 3 s).
    const text = local ?? stored ?? (await recallCardText(messageId));
    return {
      toast: { type: 'success', content: feishuStrings.chosen(value.l) },
      ...(text !== undefined ? { card: { type: 'raw', data: answeredCard(text, value.l) } } : {}),
    };
  }

  const dispatcher = new lark.EventDispatcher({ logger: sdkLogger, loggerLevel: lark.LoggerLevel.warn }).register<{
    'card.action.trigger': (data: CardActionEvent) => Promise<CardActionAnswer>;
  }>({
    'im.message.receive_v1': (data) => onMessage(data as MessageEvent),
    'card.action.trigger': (data) => onCardAction(data),
  });

  async function connect(): Promise<void> {
    let settle!: { resolve: () => void; reject: (error: Error) => void };
    const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    ws = new lark.WSClient({
      appId: options.appId,
      appSecret: options.appSecret,
      domain,
      httpInstance,
      logger: sdkLogger,
      loggerLevel: lark.LoggerLevel.warn,
      onReady: () => settle.resolve(),
      onError: (error: Error) => settle.reject(error),
    });
    await ws.start({ eventDispatcher: dispatcher });
    await withTimeout(ready, startTimeoutMs, '超时');
  }

  return {
    name: FEISHU_PLATFORM,
    client,
    async start() {
      await base.start(
        async () => {
          const info = await withTimeout(
            call(() =>
              client.request<{ code?: number; msg?: string; bot?: { open_id?: string } }>({ method: 'GET', url: '/open-apis/bot/v3/info' }),
            ),
            startTimeoutMs,
          );
          botOpenId = info?.bot?.open_id ?? '';
          if (!botOpenId) throw new DangwuError('CONFIG_INVALID', feishuStrings.noBot);
          try {
            await connect();
          } catch (error) {
            ws?.close({ force: true });
            ws = undefined;
            throw new DangwuError('UPSTREAM_FAILED', feishuStrings.noLongConnection((error as Error).message || String(error)));
          }
        },
        (error) => startError(error, domain),
      );
    },
    async stop() {
      ws?.close({ force: true });
      ws = undefined;
      await base.drain();
    },
  };
}

interface ChatInfo {
  mode?: string;
  owner?: string;
  managers: string[];
}

/** Keeps the most recent entries (a few thousand) of a map used as a small LRU. */
function remember<V>(map: Map<string, V>, key: string, value: V, keep = 2_000): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > keep) map.delete(map.keys().next().value!);
}

const noop = () => undefined;

/** 飞书's send time of an event (ms), its place in the chat's order across processes. */
const placeOf = (createTime: string | undefined) => (createTime && /^\d+$/.test(createTime) ? Number(createTime) : undefined);

/** How long a press waits for the answer to a card this process is sending to its chat (see onCardAction). */
const CARD_WAIT_MS = 300;
/** How long a press reads again for the text of a card another process sent, and how often (see onCardAction). */
const CARD_RECALL_MS = 1_500;
const CARD_RECALL_STEP_MS = 100;

/** How long a card's text and typed answers are kept for a later press or typed letter. */
const STATE_MS = 7 * 24 * 3600_000;
const cardKey = (messageId: string) => `card:${messageId}`;
/** The buttons of the latest card sent to a user in a chat: typing a button's label presses it (“B”, “正确”). */
const typedKey = (chatId: string, user: string) => `typed:${chatId}:${user}`;

/** A label as typed: full-width letters folded, case and trailing punctuation ignored (“ｂ。” is “B”). */
const typedLabel = (label: string) =>
  label
    .normalize('NFKC')
    .trim()
    .replace(/[。.，,！!]+$/, '')
    .toUpperCase();

/** A message `uuid` (≤ 50 characters) for part `i` of a delivery: the same delivery sends nothing new. */
export const uuidOf = (key: string, part: number) => createHash('sha256').update(`${key}\u0000${part}`).digest('hex').slice(0, 40);

function buttonValue(value: unknown): ButtonValue | undefined {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const { d, o, l } = parsed as Record<string, unknown>;
  if (typeof d !== 'string' || d === '' || (o !== undefined && typeof o !== 'string')) return undefined;
  return { d, o: o as string | undefined, l: typeof l === 'string' ? l : '' };
}

/** HTTP status, 飞书 code and message of a failed SDK call (an axios error), or of a body with a non-zero code. */
export function feishuError(error: unknown): { status?: number; code?: number; msg?: string; reset?: number } {
  const e = error as {
    response?: { status?: number; data?: { code?: number; msg?: string }; headers?: Record<string, unknown> };
    feishu?: { code?: number; msg?: string };
  };
  const data = e?.response?.data ?? e?.feishu;
  const reset = Number(e?.response?.headers?.['x-ogw-ratelimit-reset']);
  return {
    status: e?.response?.status,
    code: typeof data?.code === 'number' ? data.code : undefined,
    msg: data?.msg,
    reset: Number.isFinite(reset) ? reset : undefined,
  };
}

function retryDelayMs(error: unknown): number | undefined {
  if (closedOnReuse(error)) return 0;
  const { status, code, reset } = feishuError(error);
  if (status === 429 || (code !== undefined && RATE_LIMITED.has(code))) return Math.min(Math.max(reset ?? 1, 0.05), 60) * 1000;
  if (status !== undefined && status >= 500) return 1000;
  return undefined;
}

/** The SDK returns the body of a 200 answer; a non-zero code there is a failure too. */
function ok<T extends { code?: number; msg?: string } | null | undefined>(res: T): NonNullable<T> {
  if (!res) throw Object.assign(new Error('feishu: empty answer'), { feishu: {} });
  if (res.code !== undefined && res.code !== 0)
    throw Object.assign(new Error(`feishu: ${res.code} ${res.msg ?? ''}`), { feishu: { code: res.code, msg: res.msg } });
  return res as NonNullable<T>;
}

function startError(error: unknown, domain: string): DangwuError {
  if (error instanceof DangwuError) return error;
  const { status, code, msg } = feishuError(error);
  const text = `${(error as { code?: string })?.code ?? ''} ${(error as Error)?.message ?? ''}`;
  if (
    status === undefined &&
    code === undefined &&
    /ECONN|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|socket hang up|timeout/i.test(text)
  ) {
    return new DangwuError('UPSTREAM_FAILED', feishuStrings.unreachable(domain));
  }
  if (code === 230006) return new DangwuError('CONFIG_INVALID', feishuStrings.noBot);
  return new DangwuError(
    'CONFIG_INVALID',
    feishuStrings.badCredentials(
      code !== undefined ? `错误码 ${code}${msg ? `：${msg}` : ''}` : status ? `HTTP ${status}` : (error as Error)?.message || '未知原因',
    ),
  );
}

/** The SDK's HTTP client with a timeout on every request (its default has none: a silent network would hang). */
function timedHttp(timeout: number): lark.HttpInstance {
  const base = lark.defaultHttpInstance;
  const request = <T>(opts: lark.HttpRequestOptions<unknown>) => base.request<T>({ timeout, ...opts });
  return {
    request,
    get: (url, opts) => request({ ...opts, url, method: 'get' }),
    delete: (url, opts) => request({ ...opts, url, method: 'delete' }),
    head: (url, opts) => request({ ...opts, url, method: 'head' }),
    options: (url, opts) => request({ ...opts, url, method: 'options' }),
    post: (url, data, opts) => request({ ...opts, url, data, method: 'post' }),
    put: (url, data, opts) => request({ ...opts, url, data, method: 'put' }),
    patch: (url, data, opts) => request({ ...opts, url, data, method: 'patch' }),
  } as lark.HttpInstance;
}

/** A token cache for one client (the SDK's `Cache` interface). */
function createTokenCache(): lark.Cache {
  const values = new Map<string, { value: unknown; expiredTime?: number }>();
  const keyOf = (key: unknown, namespace?: string) => `${namespace ?? ''}:${String(key)}`;
  return {
    async set(key, value, expiredTime, options) {
      values.set(keyOf(key, options?.namespace), { value, expiredTime });
      return true;
    },
    async get(key, options) {
      const hit = values.get(keyOf(key, options?.namespace));
      if (!hit || (hit.expiredTime !== undefined && hit.expiredTime <= Date.now())) return undefined;
      return hit.value;
    },
  } as lark.Cache;
}

/** SDK logs go to ours at debug level: its error logs carry request bodies (the token request's app secret). */
function larkLogger(log: Logger): lark.Logger {
  const debug = (...msg: unknown[]) => log.debug({ lark: msg.map((m) => (m instanceof Error ? m.message : m)) }, 'feishu sdk');
  return { error: debug, warn: debug, info: debug, debug, trace: () => undefined };
}
