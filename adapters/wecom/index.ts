import { randomBytes } from 'node:crypto';
import {
  type BaseMessage,
  type EventMessage,
  type Logger as SdkLogger,
  type TemplateCard,
  WSClient,
  type WsFrame,
} from '@wecom/aibot-node-sdk';
import type { App, IncomingMessage, Logger, Reply } from '../../bot';
import { DangwuError, isImageAttachment, RecipientUnavailableError, type UnavailableReason } from '../../bot';
import type { Adapter } from '../adapter';
import { joinReplies } from '../join-replies';
import { createMessengerAdapter } from '../messenger';
import type { RateLimits } from '../rate-limit';
import { dataOfKey, pressedCard, renderReply, TEXT_UNITS, type WecomPart } from './render';

export const WECOM_PLATFORM = 'wecom';

/**
 * The pace of pushes. The 智能机器人 documentation found (long-connection page, SDK README) states no send limit
 * for `aibot_send_msg`; 企业微信 group robots are limited to 20 messages a minute, so pushes keep that pace in
 * every chat (one message per 3 s) until the platform documents another.
 */
export const wecomLimits: RateLimits = { perChatIntervalMs: 3000 };

export interface WecomAdapterOptions {
  app: App;
  log: Logger;
  /** The robot's Bot ID and Secret (管理后台 → 智能机器人 → API 模式 → 长连接). */
  botId: string;
  secret: string;
  /** Gateway (default the SDK's wss://openws.work.weixin.qq.com); private deployments and tests set their own. */
  wsUrl?: string;
  /** How long start() waits for the gateway to accept the subscription (default 20 s). */
  startTimeoutMs?: number;
  /** Push pace (default {@link wecomLimits}); a benchmark may lift it. */
  limits?: RateLimits;
}

export interface WecomAdapter extends Adapter {
  /** The SDK's client: its raw frames API (`reply`, `sendMessage`, `uploadMedia`) is here. */
  readonly client: WSClient;
}

export const wecomStrings = {
  staleButton: '这个按钮已经失效了。发送“帮助”查看可以做什么。',
  textOnly: '我目前只能读文字（和语音转成的文字）。请把问题打成文字发给我，或发送“帮助”查看可以做什么。',
  authFailed: (detail: string) =>
    `企业微信智能机器人认证失败（${detail}）。请在企业微信管理后台 → 智能机器人 → API 模式（长连接）核对 Bot ID 和 Secret，并检查 WECOM_BOT_ID、WECOM_BOT_SECRET 是否填写正确。`,
  unreachable: (url: string, detail: string) => `无法连接企业微信长连接网关 ${url}（${detail}）。请检查网络、代理或 WECOM_WS_URL 设置。`,
  timeout: (url: string, seconds: number) => `连接企业微信长连接网关 ${url} 超过 ${seconds} 秒仍未完成认证。请检查网络，或稍后再试。`,
};

const DEFAULT_WS_URL = 'wss://openws.work.weixin.qq.com';

/**
 * 企业微信 answers that mean the chat will not take the bot's messages until someone acts. 86001/86003: the
 * chatid is invalid or does not exist (the bot was removed, the group dissolved); 40003/60111: the userid is
 * invalid or does not exist (the member left the organisation).
 */
const UNAVAILABLE: Record<number, UnavailableReason> = {
  86001: 'chat-not-found',
  86003: 'chat-not-found',
  40003: 'deactivated',
  60111: 'deactivated',
};

/** Where a frame came from and how to answer it (handed to sendReply by the answer's own delivery). */
interface Answering {
  frame: WsFrame;
  chat: string;
  /** Message callbacks are answered on their own req_id; a card press only allows a card update there. */
  passive: boolean;
}

/**
 * The 企业微信 智能机器人 adapter over the official long connection (`@wecom/aibot-node-sdk`): no public address
 * needed. Private chats and group @mentions arrive as message callbacks and are answered on the callback's req_id
 * (text as a finished stream message, buttons as `button_interaction` cards, files uploaded as temporary media);
 * a card button press arrives as a `template_card_event`: the presser's copy of the card is updated at once, and
 * the answer is sent to the chat with `aibot_send_msg`, as are pushes (reminders, the daily quiz), at the pace of
 * {@link wecomLimits}. Secretaries come from DANGWU_SECRETARIES (`wecom:<userid>`): the callbacks say nothing
 * about group roles.
 *
 * @example
 * const adapter = createWecomAdapter({ app, log, botId: config.WECOM_BOT_ID, secret: config.WECOM_BOT_SECRET });
 * await adapter.start(); // resolves once the gateway accepted the subscription
 */
export function createWecomAdapter(options: WecomAdapterOptions): WecomAdapter {
  const { app, log } = options;
  const wsUrl = options.wsUrl ?? DEFAULT_WS_URL;
  const client = new WSClient({
    botId: options.botId,
    secret: options.secret,
    wsUrl,
    // After start-up the connection is kept for good: the SDK backs off up to 30 s between attempts.
    maxReconnectAttempts: -1,
    // Before start() has succeeded and after stop(), connection noise is start()'s or nobody's business.
    logger: sdkLogger(log, () => started),
  });
  let started = false;
  const prefixes = new Set(app.features.map((f) => f.actionPrefix).filter((p): p is string => Boolean(p)));
  let taskCounter = 0;
  const taskPrefix = `dw${randomBytes(3).toString('hex')}`;
  const newTaskId = () => `${taskPrefix}_${Date.now().toString(36)}_${(taskCounter++).toString(36)}`;

  /** Cards sent, kept a day in the database so that a press (on whichever process) can update the presser's copy. */
  async function remember(card: TemplateCard) {
    if (card.task_id) await base.remember(`card:${card.task_id}`, card, CARD_MS);
  }

  function incoming(
    body: Pick<BaseMessage, 'chattype' | 'chatid' | 'from'>,
    chat: string,
    content: { text?: string; action?: string },
  ): IncomingMessage {
    const group = inGroup(body);
    return {
      platform: WECOM_PLATFORM,
      // The callbacks carry only the userid; the robot has no API to look a name up.
      sender: { id: body.from.userid },
      chat: { id: chat, kind: group ? 'group' : 'private' },
      ...content,
    };
  }

  const chatOf = (body: { chattype?: string; chatid?: string; from: { userid: string } }) =>
    inGroup(body) ? body.chatid! : body.from.userid;

  async function sendPart(part: WecomPart, to: Answering | undefined, chatId: string): Promise<void> {
    if (part.kind === 'card') await remember(part.card);
    if (to?.passive) {
      if (part.kind === 'card') await client.replyTemplateCard(to.frame, part.card);
      else await client.replyStream(to.frame, newTaskId(), part.content, true);
      return;
    }
    if (part.kind === 'card') await client.sendMessage(chatId, { msgtype: 'template_card', template_card: part.card });
    else await client.sendMessage(chatId, { msgtype: 'markdown', markdown: { content: part.content } });
  }

  /** One reply to a chat: on the callback's req_id when answering that chat's message (`current`), else proactively. */
  async function sendReply(chatId: string, reply: Reply, current?: Answering): Promise<void> {
    const to = current && current.chat === chatId ? current : undefined;
    for (const part of renderReply(reply, newTaskId)) await sendPart(part, to, chatId);
    if (reply.attachment) {
      const { content, filename } = reply.attachment;
      // A chart is shown as a picture: uploaded and sent as an image, not offered as a file to download.
      const type = isImageAttachment(reply.attachment) ? 'image' : 'file';
      const { media_id } = await client.uploadMedia(content, { type, filename });
      if (to?.passive) await client.replyMedia(to.frame, type, media_id);
      else await client.sendMediaMessage(chatId, type, media_id);
    }
  }

  const base = createMessengerAdapter({
    app,
    log,
    platform: WECOM_PLATFORM,
    sendReply: (chatId, reply) => sendReply(chatId, reply),
    limits: options.limits ?? wecomLimits,
    unavailable(error, chatId) {
      const { errcode, errmsg } = (error ?? {}) as { errcode?: number; errmsg?: string };
      const reason = errcode === undefined ? undefined : UNAVAILABLE[errcode];
      return reason ? new RecipientUnavailableError(WECOM_PLATFORM, chatId, reason, `${errcode} ${errmsg ?? ''}`.trim()) : undefined;
    },
    // A quiz answer's feedback joins the next question: one message fewer per answer, as on 钉钉 and Telegram.
    arrange: (replies) => joinReplies(replies, TEXT_UNITS),
  });

  /** Handles one message with the core and sends the replies for this frame (on its req_id where it allows). */
  const answer = (message: IncomingMessage, to: Answering) =>
    base.answer(message, { chatId: to.chat, sendReply: (chatId, reply) => sendReply(chatId, reply, to) });

  function onMessage(frame: WsFrame<BaseMessage>) {
    const body = frame.body;
    if (!body?.from?.userid) return;
    const raw = textOf(body);
    const chat = chatOf(body);
    // Callbacks carry a msgid for de-duplication: the platform may deliver one again after a reconnect.
    if (raw === undefined) {
      // Pictures, files and videos: say so rather than stay silent.
      void base.receive(chat, body.msgid, () =>
        sendReply(chat, { text: wecomStrings.textOnly }, { frame, chat, passive: true }).catch((error) =>
          log.warn({ err: error }, 'wecom: reply not delivered'),
        ),
      );
      return;
    }
    const text = inGroup(body) ? withoutMentions(raw) : raw.trim();
    void base.receive(chat, body.msgid, () => answer(incoming(body, chat, { text }), { frame, chat, passive: true }));
  }

  function onCardEvent(frame: WsFrame<EventMessage>) {
    const body = frame.body;
    if (!body?.from?.userid) return;
    const event = body.event as { event_key?: string; task_id?: string; template_card_event?: { event_key?: string; task_id?: string } };
    const key = event.template_card_event?.event_key ?? event.event_key ?? '';
    const taskId = event.template_card_event?.task_id ?? event.task_id ?? '';
    const chat = chatOf(body);
    // The card update must reach the platform within 5 s of the press: sent before the press waits its turn.
    const updated = base
      .recall<TemplateCard>(`card:${taskId}`)
      .then((card) => card && client.updateTemplateCard(frame, pressedCard(card, key), [body.from.userid]))
      .catch((error) => log.debug({ err: error }, 'wecom: card update failed'));
    const data = dataOfKey(key);
    const prefix = data.split(':')[0] ?? '';
    void base.receive(chat, body.msgid, async () => {
      // The pressed card marked before the answer goes out: a turn claimed quickly (one statement) otherwise sent its
      // reply ahead of the update now and then, and the user saw the next question above the card still unmarked.
      await updated;
      if (!data.includes(':') || !prefixes.has(prefix)) {
        await sendReply(chat, { text: wecomStrings.staleButton }).catch((error) => log.warn({ err: error }, 'wecom: reply not delivered'));
        return;
      }
      await answer(incoming(body as unknown as BaseMessage, chat, { action: data }), { frame, chat, passive: false });
    });
  }

  client.on('message', onMessage);
  client.on('event.template_card_event', onCardEvent);
  // The platform keeps one connection per robot: a second process with the same Bot ID takes over, and the SDK
  // does not reconnect this one (it would only be pushed out again).
  client.on('event.disconnected_event', () => {
    if (started)
      log.error(
        'wecom: 另一个进程用同一个智能机器人（WECOM_BOT_ID）连上了企业微信，本进程的连接已被断开，不再接收消息。请只运行一个实例。',
      );
  });
  client.on('error', (error) =>
    started ? log.warn({ err: error }, 'wecom: connection error') : log.debug({ err: error }, 'wecom: connection error'),
  );
  client.on('disconnected', (reason) => (started ? log.warn({ reason }, 'wecom: disconnected, reconnecting') : undefined));
  return {
    name: WECOM_PLATFORM,
    client,
    async start() {
      const seconds = Math.round((options.startTimeoutMs ?? 20_000) / 1000);
      const connect = () =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(
            () => reject(new DangwuError('UPSTREAM_FAILED', wecomStrings.timeout(wsUrl, seconds))),
            options.startTimeoutMs ?? 20_000,
          );
          const done = () => {
            clearTimeout(timer);
            client.off('authenticated', onAuthenticated);
            client.off('error', onError);
          };
          const onAuthenticated = () => {
            done();
            resolve();
          };
          // Before the first subscription the SDK would retry a wrong secret or a closed port for minutes: stop at once.
          const onError = (error: Error) => {
            done();
            const auth = /^Authentication failed: (.*)$/.exec(error.message);
            reject(
              new DangwuError(
                auth ? 'CONFIG_INVALID' : 'UPSTREAM_FAILED',
                auth ? wecomStrings.authFailed(auth[1]!) : wecomStrings.unreachable(wsUrl, error.message),
              ),
            );
          };
          client.on('authenticated', onAuthenticated);
          client.on('error', onError);
          client.connect();
        });
      await base.start(
        () =>
          connect().catch((error) => {
            client.disconnect();
            throw error;
          }),
        (error) => new DangwuError('UPSTREAM_FAILED', wecomStrings.unreachable(wsUrl, (error as Error)?.message ?? String(error))),
      );
      started = true;
    },
    async stop() {
      if (!started) return;
      started = false;
      await base.drain();
      client.disconnect();
    },
  };
}

/** How long a sent card is kept for updating the presser's copy. */
const CARD_MS = 24 * 3600_000;

/** A group callback names its chatid (event callbacks may leave chattype out); a private one only the user. */
const inGroup = (body: { chattype?: string; chatid?: string }) => Boolean(body.chatid) && body.chattype !== 'single';

/** What the user said: text, a voice message's transcript, or the text items of a mixed message. */
function textOf(body: BaseMessage): string | undefined {
  if (body.msgtype === 'text') return body.text?.content ?? '';
  if (body.msgtype === 'voice') return body.voice?.content;
  if (body.msgtype === 'mixed') {
    const items = (body.mixed?.msg_item ?? []) as { msgtype: string; text?: { content: string } }[];
    return items.map((item) => item.text?.content ?? '').join(' ');
  }
  return undefined;
}

/** Group messages arrive with the @mention of the bot (and maybe others) in the text: the core needs the rest. */
export function withoutMentions(text: string): string {
  return text
    .replace(/(^|\s)@[^\s@]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The SDK logs every connection step at info: ours keeps those at debug, and its warnings while running at warn. */
function sdkLogger(log: Logger, running: () => boolean): SdkLogger {
  const warn = (message: string, ...args: unknown[]) =>
    (running() ? log.warn : log.debug).call(log, { sdk: message, args: args.map(String) }, 'wecom sdk');
  return {
    debug: (message) => log.debug({ sdk: message }, 'wecom sdk'),
    info: (message) => log.debug({ sdk: message }, 'wecom sdk'),
    warn,
    error: warn,
  };
}
