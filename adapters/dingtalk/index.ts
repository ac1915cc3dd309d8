import { DWClient, type DWClientDownStream, TOPIC_CARD, TOPIC_ROBOT } from 'dingtalk-stream';
import {
  type App,
  DangwuError,
  type IncomingMessage,
  isImageAttachment,
  type Logger,
  RecipientUnavailableError,
  type Reply,
  type SendOptions,
} from '../../bot';
import type { Adapter } from '../adapter';
import { createMessengerAdapter } from '../messenger';
import type { RateLimits } from '../rate-limit';
import { type ChatKind, cardTrackId, chatOfTrackId, type DingtalkPart, mergeReplies, renderReply } from './render';

export const DINGTALK_PLATFORM = 'dingtalk';
export const DEFAULT_API_URL = 'https://api.dingtalk.com';
export const DEFAULT_OAPI_URL = 'https://oapi.dingtalk.com';
/** 钉钉's general Markdown card with buttons (the template the official Python SDK's MarkdownButtonCardInstance uses). */
export const DEFAULT_CARD_TEMPLATE_ID = '1366a1eb-bc54-4859-ac88-517c56a9acb1.schema';

/**
 * 钉钉's send limits: a robot may post about 20 messages a minute to one group; the robot APIs are limited per app
 * (we keep well under by spacing pushes 50 ms apart).
 */
export const dingtalkLimits: RateLimits = { overall: 20, perGroupPerMinute: 20 };

export interface DingtalkAdapterOptions {
  app: App;
  log: Logger;
  clientId: string;
  clientSecret: string;
  /** The robot's code (default: the client id, as for an organisation's own app). */
  robotCode?: string;
  /** Base of the open APIs and the Stream gateway (default https://api.dingtalk.com); a private deployment sets its own. */
  apiUrl?: string;
  /** Base of the older APIs, used to upload files and look up names (default https://oapi.dingtalk.com). */
  oapiUrl?: string;
  cardTemplateId?: string;
  /** Keep pushes to 钉钉's limits (default true). */
  throttle?: boolean;
  /** Ping the connection every 8 s and reconnect when the gateway stops answering (default true). */
  keepAlive?: boolean;
}

export interface DingtalkAdapter extends Adapter {
  /** The official Stream SDK client (its raw API, like Koishi's `bot.internal`). */
  readonly client: DWClient;
}

/** An answer of the open APIs that is not a success: HTTP status and 钉钉's error code. */
export class DingtalkApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(`钉钉接口返回 ${status} ${code}：${message}`);
    this.name = 'DingtalkApiError';
  }
}

interface RobotMessage {
  conversationId: string;
  conversationType: string;
  conversationTitle?: string;
  msgId: string;
  senderNick?: string;
  senderStaffId?: string;
  senderId: string;
  isAdmin?: boolean;
  isInAtList?: boolean;
  sessionWebhook?: string;
  sessionWebhookExpiredTime?: number;
  msgtype: string;
  text?: { content?: string };
  content?: { richText?: { text?: string }[] };
}

interface CardCallback {
  userId: string;
  outTrackId: string;
  spaceType?: string;
  spaceId?: string;
  content: string;
}

/** Where the replies to one incoming message go: its sessionWebhook while valid, else the robot APIs. */
interface ReplyRoute {
  chatId: string;
  kind: ChatKind;
  webhook?: string;
  expiresAt?: number;
}

const kindOfChat = (chatId: string): ChatKind => (chatId.startsWith('cid') ? 'group' : 'private');

/**
 * The Stream client with the gateway address configurable. The SDK posts to a hard-coded
 * https://api.dingtalk.com/v1.0/gateway/connections/open; a private deployment (and the tests' fake) needs its own,
 * so this one asks `${apiUrl}/v1.0/gateway/connections/open` with the same body. Everything else — the WebSocket,
 * frames, pings, acks, reconnects — is the SDK's.
 */
class ConfiguredStreamClient extends DWClient {
  stopped = false;
  constructor(
    options: { clientId: string; clientSecret: string; keepAlive: boolean },
    private readonly gatewayUrl: string,
    private readonly onGatewayError: (error: unknown) => void,
  ) {
    super({ ...options, ua: 'dangwu' });
  }

  override async getEndpoint(): Promise<this> {
    let response: Response;
    try {
      response = await fetch(this.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          clientId: this.config.clientId,
          clientSecret: this.config.clientSecret,
          ua: this.config.ua,
          subscriptions: this.config.subscriptions,
        }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      this.onGatewayError(error);
      throw error;
    }
    const body = (await response.json().catch(() => ({}))) as { endpoint?: string; ticket?: string; code?: string; message?: string };
    if (!response.ok || !body.endpoint || !body.ticket) {
      const error = new DingtalkApiError(response.status, body.code ?? 'NoEndpoint', body.message ?? '网关没有返回连接地址');
      this.onGatewayError(error);
      throw error;
    }
    // The SDK keeps the WebSocket address in a private field that its own connect reads.
    Reflect.set(this, 'dw_url', `${body.endpoint}?ticket=${encodeURIComponent(body.ticket)}`);
    return this;
  }

  /**
   * The SDK starts a heartbeat timer on every open and clears only the last one on disconnect: after a reconnect the
   * old timer would ping the new socket while it is still connecting (ws throws) or cut it off. One timer at a time.
   */
  override _connect(): Promise<void> {
    const heartbeat = Reflect.get(this, 'heartbeatIntervallId') as NodeJS.Timeout | undefined;
    if (heartbeat) clearInterval(heartbeat);
    return super._connect();
  }

  /** The SDK reconnects on a timer; after stop() (or a failed start) it must not. */
  override async connect(): Promise<void> {
    if (this.stopped) return;
    await super.connect();
  }
}

/**
 * The 钉钉 adapter: Stream mode with the official `dingtalk-stream` SDK (no public address needed). Robot messages
 * (private chats, and group messages that @-mention the robot) become {@link IncomingMessage}s; replies go back
 * through the message's sessionWebhook, buttons as interactive cards whose presses arrive on the stream; pushes
 * (reminders, the daily quiz) go through the robot APIs, paced to 钉钉's limits.
 *
 * Chats: a private chat is named by the user's staff id (what the robot APIs address), a group by its
 * openConversationId (`cid…`). Secretaries: DANGWU_SECRETARIES (`dingtalk:<staffId>`) or the message's `isAdmin`.
 *
 * @example
 * const adapter = createDingtalkAdapter({ app, log, clientId, clientSecret });
 * await adapter.start(); // registers at the gateway and keeps the stream open
 */
export function createDingtalkAdapter(options: DingtalkAdapterOptions): DingtalkAdapter {
  const { app, log } = options;
  const apiUrl = (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
  const oapiUrl = (options.oapiUrl ?? DEFAULT_OAPI_URL).replace(/\/+$/, '');
  const robotCode = options.robotCode ?? options.clientId;
  const cardTemplateId = options.cardTemplateId ?? DEFAULT_CARD_TEMPLATE_ID;

  let gatewayFailures = 0;
  let running = false;
  const client = new ConfiguredStreamClient(
    { clientId: options.clientId, clientSecret: options.clientSecret, keepAlive: options.keepAlive ?? true },
    `${apiUrl}/v1.0/gateway/connections/open`,
    (error) => {
      // While running, the SDK retries every second without a word; say so, but not every second. (A failure at
      // start is start()'s own error.)
      if (running && gatewayFailures++ % 60 === 0)
        log.warn({ err: error, attempts: gatewayFailures }, 'dingtalk: gateway registration failed, retrying');
    },
  );

  // ---- the open APIs ----

  let token: { value: Promise<string>; until: number } | undefined;

  function accessToken(): Promise<string> {
    // 钉钉's clock, not the business clock: tokens and session webhooks expire in real time.
    const now = Date.now();
    if (token && token.until > now) return token.value;
    const value = (async () => {
      const body = await request(`${apiUrl}/v1.0/oauth2/accessToken`, { appKey: options.clientId, appSecret: options.clientSecret });
      return { accessToken: String(body.accessToken), until: Date.now() + (Number(body.expireIn ?? 7200) - 300) * 1000 };
    })();
    const entry = { value: value.then((t) => t.accessToken), until: Number.POSITIVE_INFINITY };
    token = entry;
    value
      .then((t) => (entry.until = t.until))
      .catch(() => {
        if (token === entry) token = undefined;
      });
    return entry.value;
  }

  /** One HTTP call with JSON; 429, 5xx and network failures retried twice with a short back-off. */
  async function request(url: string, body: unknown, init: { headers?: Record<string, string>; form?: FormData } = {}): Promise<any> {
    const response = await base
      .retry(
        async () => {
          const answer = await fetch(url, {
            method: 'POST',
            headers: init.form ? init.headers : { 'content-type': 'application/json', ...init.headers },
            body: init.form ?? JSON.stringify(body),
            signal: AbortSignal.timeout(15_000),
          });
          if (answer.status === 429 || answer.status >= 500) throw Object.assign(new Error(`HTTP ${answer.status}`), { answer });
          return answer;
        },
        (_error, attempt) => 300 * 3 ** attempt,
        2,
      )
      .catch((error: { answer?: Response }) => {
        // Still refused after the retries: read its error like any other answer.
        if (error?.answer) return error.answer;
        throw error;
      });
    const answer = (await response.json().catch(() => ({}))) as any;
    if (!response.ok)
      throw new DingtalkApiError(response.status, String(answer.code ?? response.status), String(answer.message ?? response.statusText));
    // The older APIs (oapi, sessionWebhook) answer 200 with errcode.
    if (typeof answer.errcode === 'number' && answer.errcode !== 0)
      throw new DingtalkApiError(response.status, String(answer.errcode), String(answer.errmsg ?? ''));
    return answer;
  }

  /** A call of the new open APIs with the access token; a token refused (401) is fetched again once. */
  async function openApi(path: string, body: unknown): Promise<any> {
    for (let attempt = 0; ; attempt++) {
      const value = await accessToken();
      try {
        return await request(`${apiUrl}${path}`, body, { headers: { 'x-acs-dingtalk-access-token': value } });
      } catch (error) {
        if (error instanceof DingtalkApiError && error.status === 401 && attempt === 0) {
          token = undefined;
          continue;
        }
        throw error;
      }
    }
  }

  async function robotSend(chatId: string, kind: ChatKind, msgKey: string, msgParam: object): Promise<void> {
    if (kind === 'group') {
      await openApi('/v1.0/robot/groupMessages/send', {
        robotCode,
        openConversationId: chatId,
        msgKey,
        msgParam: JSON.stringify(msgParam),
      });
      return;
    }
    const answer = await openApi('/v1.0/robot/oToMessages/batchSend', {
      robotCode,
      userIds: [chatId],
      msgKey,
      msgParam: JSON.stringify(msgParam),
    });
    // A private send answers 200 and lists the staff ids it could not deliver to.
    if ((answer.invalidStaffIdList ?? []).includes(chatId))
      throw new RecipientUnavailableError(DINGTALK_PLATFORM, chatId, 'chat-not-found', 'invalidStaffIdList');
    if ((answer.flowControlledStaffIdList ?? []).includes(chatId))
      throw new DingtalkApiError(200, 'flowControlled', '发送过于频繁，被钉钉限流');
  }

  async function sendCard(
    chatId: string,
    kind: ChatKind,
    part: Extract<DingtalkPart, { kind: 'card' }>,
    idempotencyKey?: string,
  ): Promise<void> {
    const outTrackId = cardTrackId(kind, chatId, idempotencyKey);
    const space =
      kind === 'group'
        ? {
            openSpaceId: `dtv1.card//IM_GROUP.${chatId}`,
            imGroupOpenSpaceModel: { supportForward: false },
            imGroupOpenDeliverModel: { robotCode },
          }
        : {
            openSpaceId: `dtv1.card//IM_ROBOT.${chatId}`,
            imRobotOpenSpaceModel: { supportForward: false },
            imRobotOpenDeliverModel: { spaceType: 'IM_ROBOT', robotCode },
          };
    await openApi('/v1.0/card/instances/createAndDeliver', {
      cardTemplateId,
      outTrackId,
      callbackType: 'STREAM',
      userIdType: 1,
      cardData: { cardParamMap: { markdown: part.markdown, sys_full_json_obj: JSON.stringify({ msgButtons: part.buttons }) } },
      ...space,
    });
  }

  async function sendAttachment(chatId: string, kind: ChatKind, attachment: NonNullable<Reply['attachment']>): Promise<void> {
    const image = isImageAttachment(attachment);
    const form = new FormData();
    form.append('media', new Blob([new Uint8Array(attachment.content)], { type: attachment.mimeType }), attachment.filename);
    const type = image ? 'image' : 'file';
    const uploaded = await request(
      `${oapiUrl}/media/upload?access_token=${encodeURIComponent(await accessToken())}&type=${type}`,
      undefined,
      {
        form,
      },
    );
    // A chart is shown as a picture: sampleImageMsg takes the media id of an image upload as its photoURL.
    if (image) return robotSend(chatId, kind, 'sampleImageMsg', { photoURL: uploaded.media_id });
    const fileType = /\.([A-Za-z0-9]+)$/.exec(attachment.filename)?.[1]?.toLowerCase() ?? 'file';
    await robotSend(chatId, kind, 'sampleFile', { mediaId: uploaded.media_id, fileName: attachment.filename, fileType });
  }

  /** 钉钉's answers that mean the chat will not take the robot's messages until someone acts. */
  function unavailable(error: unknown, chatId: string): RecipientUnavailableError | undefined {
    const kind = kindOfChat(chatId);
    if (error instanceof RecipientUnavailableError) return error;
    if (!(error instanceof DingtalkApiError) || error.status !== 400) return undefined;
    if (/staffId\.notExisted|user.*not.*exist/i.test(error.code))
      return new RecipientUnavailableError(DINGTALK_PLATFORM, chatId, 'chat-not-found', error.message);
    if (/resource\.not\.found|notInGroup|robot.*not.*(in|exist)|conversation.*not.*exist/i.test(error.code)) {
      return new RecipientUnavailableError(DINGTALK_PLATFORM, chatId, kind === 'group' ? 'kicked' : 'chat-not-found', error.message);
    }
    return undefined;
  }

  // ---- replies ----

  const routes = new Map<string, ReplyRoute>();
  let nextRoute = 0;

  /** Sends one reply. `target` is a chat id (pushes, card presses) or the handle of an incoming message's route. */
  async function sendReply(target: string, reply: Reply, sendOptions?: SendOptions): Promise<void> {
    const route = routes.get(target) ?? { chatId: target, kind: kindOfChat(target) };
    const parts = renderReply(reply, (button) => log.error({ data: button.data }, 'dingtalk: button data over 64 bytes left out'));
    for (const part of parts) {
      if (part.kind === 'card') {
        await sendCard(route.chatId, route.kind, part, sendOptions?.idempotencyKey);
      } else if (route.webhook && (route.expiresAt ?? 0) > Date.now() + 5_000) {
        try {
          await request(route.webhook, { msgtype: 'text', text: { content: part.text } });
        } catch (error) {
          if (!(error instanceof DingtalkApiError)) throw error;
          // The session was refused (expired early, revoked): the robot API reaches the same chat.
          log.debug({ err: error }, 'dingtalk: sessionWebhook refused, sending through the robot API');
          route.webhook = undefined;
          await robotSend(route.chatId, route.kind, 'sampleText', { content: part.text });
        }
      } else {
        await robotSend(route.chatId, route.kind, 'sampleText', { content: part.text });
      }
    }
    if (reply.attachment) await sendAttachment(route.chatId, route.kind, reply.attachment);
  }

  /**
   * `target` is the chat, or the handle of the incoming message's sessionWebhook route. The replies are merged first
   * (see mergeReplies): one message per quiz answer, not two.
   */
  const answer = (message: IncomingMessage, target: string) =>
    base.answer(message, { chatId: target, sendReply: (to, reply) => sendReply(to, reply) });

  // ---- incoming ----

  /** What we last heard about a user (in the database: the press may reach another process). */
  type Person = { name?: string; isAdmin: boolean };
  const personKey = (staffId: string) => `person:${staffId}`;

  /**
   * Who pressed a card: a card callback names only the staff id. What we heard in the user's last message, else the
   * address book (`topapi/v2/user/get`: name and the organisation-admin flag, as a message's isAdmin); without that
   * permission the press still works, shown without a name.
   */
  async function lookUp(staffId: string): Promise<Person | undefined> {
    const known = await base.recall<Person>(personKey(staffId));
    if (known) return known;
    try {
      const answer = await request(`${oapiUrl}/topapi/v2/user/get?access_token=${encodeURIComponent(await accessToken())}`, {
        userid: staffId,
        language: 'zh_CN',
      });
      const person = { name: answer.result?.name as string | undefined, isAdmin: Boolean(answer.result?.admin) };
      await base.remember(personKey(staffId), person, PERSON_MS);
      return person;
    } catch (error) {
      log.debug({ err: error, staffId }, 'dingtalk: user lookup failed');
      await base.remember(personKey(staffId), { isAdmin: false }, PERSON_MS);
      return undefined;
    }
  }

  function sender(staffId: string, group: boolean, person?: { name?: string; isAdmin?: boolean }): IncomingMessage['sender'] {
    return {
      id: staffId,
      name: person?.name,
      ...(group ? { isChatAdmin: async () => Boolean(person?.isAdmin) } : {}),
    };
  }

  function onRobotMessage(frame: DWClientDownStream): void {
    // Acknowledge at once, so that 钉钉 does not deliver the message again while the core works.
    client.socketCallBackResponse(frame.headers.messageId, {});
    let message: RobotMessage;
    try {
      message = JSON.parse(frame.data) as RobotMessage;
    } catch (error) {
      log.warn({ err: error }, 'dingtalk: unreadable robot message');
      return;
    }
    const group = message.conversationType === '2';
    if (group && message.isInAtList === false) return; // group talk not meant for the robot
    const staffId = message.senderStaffId || message.senderId;
    const chatId = group ? message.conversationId : staffId;
    const handle = `route:${++nextRoute}`;
    routes.set(handle, {
      chatId,
      kind: group ? 'group' : 'private',
      webhook: message.sessionWebhook,
      expiresAt: message.sessionWebhookExpiredTime,
    });
    const incoming: IncomingMessage = {
      platform: DINGTALK_PLATFORM,
      sender: sender(staffId, group, { name: message.senderNick, isAdmin: message.isAdmin }),
      chat: { id: chatId, kind: group ? 'group' : 'private', title: message.conversationTitle },
      text: textOf(message),
    };
    // A repeat (redelivery after a reconnect, maybe to another process) is dropped by the base.
    void base.receive(chatId, message.msgId || frame.headers.messageId, async () => {
      try {
        await base.remember(personKey(staffId), { name: message.senderNick, isAdmin: Boolean(message.isAdmin) }, PERSON_MS);
        await answer(incoming, handle);
      } finally {
        routes.delete(handle);
      }
    });
  }

  function onCardCallback(frame: DWClientDownStream): void {
    // 钉钉 waits at most 2 s for this answer; an empty response leaves the card as it is.
    client.socketCallBackResponse(frame.headers.messageId, {});
    let callback: CardCallback;
    let action: string | undefined;
    try {
      callback = JSON.parse(frame.data) as CardCallback;
      action = (JSON.parse(callback.content) as { cardPrivateData?: { actionIds?: string[] } }).cardPrivateData?.actionIds?.[0];
    } catch (error) {
      log.warn({ err: error }, 'dingtalk: unreadable card callback');
      return;
    }
    if (!action || !callback.userId) return;
    const space =
      chatOfTrackId(callback.outTrackId) ??
      (callback.spaceType === 'IM_GROUP' && callback.spaceId
        ? { kind: 'group' as const, chatId: callback.spaceId }
        : { kind: 'private' as const, chatId: callback.userId });
    const group = space.kind === 'group';
    const userId = callback.userId;
    void base.receive(space.chatId, frame.headers.messageId, async () => {
      const person = await lookUp(userId);
      const incoming: IncomingMessage = {
        platform: DINGTALK_PLATFORM,
        sender: sender(userId, group, person),
        chat: { id: space.chatId, kind: space.kind },
        action: action!,
      };
      await answer(incoming, space.chatId);
    });
  }

  const base = createMessengerAdapter({
    app,
    log,
    platform: DINGTALK_PLATFORM,
    sendReply,
    limits: (options.throttle ?? true) ? dingtalkLimits : undefined,
    isGroup: (chatId) => kindOfChat(chatId) === 'group',
    unavailable,
    arrange: mergeReplies,
  });

  client.registerCallbackListener(TOPIC_ROBOT, onRobotMessage);
  client.registerCallbackListener(TOPIC_CARD, onCardCallback);

  return {
    name: DINGTALK_PLATFORM,
    client,
    async start() {
      client.stopped = false;
      await base.start(
        async () => {
          try {
            await client.getEndpoint();
            await client._connect();
            await accessToken();
          } catch (error) {
            client.stopped = true;
            client.disconnect();
            throw error;
          }
          gatewayFailures = 0;
          running = true;
        },
        (error) => startError(error, apiUrl),
      );
    },
    async stop() {
      running = false;
      client.stopped = true;
      if (client.connected || client.reconnecting) client.disconnect();
      await base.drain();
    },
  };
}

/** How long a presser's name and admin flag are kept. */
const PERSON_MS = 24 * 3600_000;

function textOf(message: RobotMessage): string {
  if (message.msgtype === 'text') return (message.text?.content ?? '').trim();
  if (message.msgtype === 'richText')
    return (message.content?.richText ?? [])
      .map((part) => part.text ?? '')
      .join('')
      .trim();
  return '';
}

/** A start-up failure as a Chinese message naming the setting to check. */
function startError(error: unknown, apiUrl: string): DangwuError {
  if (error instanceof DingtalkApiError && (error.status === 400 || error.status === 401 || error.status === 403)) {
    return new DangwuError(
      'CONFIG_INVALID',
      `钉钉拒绝了应用凭证（${error.status} ${error.code}）。请核对 DINGTALK_CLIENT_ID 和 DINGTALK_CLIENT_SECRET（钉钉开放平台 → 应用 → 凭证与基础信息），并确认应用已开启 Stream 模式的机器人。`,
      { status: error.status, code: error.code },
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new DangwuError(
    'UPSTREAM_FAILED',
    `无法连接钉钉（${apiUrl}）：${reason}。请检查网络或代理；专属部署请确认 DINGTALK_API_URL 是否正确。`,
    { reason },
  );
}
