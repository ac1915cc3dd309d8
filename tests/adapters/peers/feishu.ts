import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage as HttpRequest, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import protobuf from 'protobufjs';
import { type WebSocket, WebSocketServer } from 'ws';
import { readBody } from './http';

/**
 * A fake 飞书 open platform on 127.0.0.1 that speaks what `@larksuiteoapi/node-sdk` really sends (read from the
 * SDK's source, v1.74):
 * - `POST /open-apis/auth/v3/tenant_access_token/internal` → a tenant token; every other API call must carry it;
 * - `POST /callback/ws/endpoint` ({AppID, AppSecret}) → `{code, data: {URL, ClientConfig}}`, then a WebSocket on
 *   that URL carrying protobuf `pbbp2.Frame`s: method 0 control (ping → pong with the client config), method 1
 *   data (headers type/message_id/sum/seq/trace_id, JSON payload, split into `sum` fragments when large). The
 *   client answers each event frame with the same frame whose payload is `{code, data?: base64(JSON)}`;
 * - the IM routes the adapter uses: send message (`uuid` honoured for an hour, like the real one), upload file,
 *   chat info (owner, managers), user info (name), bot info.
 * The schema below is written from the SDK's generated code, not imported from it, so the fake checks the wire.
 */

const schema = protobuf.Root.fromJSON({
  nested: {
    pbbp2: {
      nested: {
        Header: { fields: { key: { rule: 'required', type: 'string', id: 1 }, value: { rule: 'required', type: 'string', id: 2 } } },
        Frame: {
          fields: {
            SeqID: { rule: 'required', type: 'uint64', id: 1 },
            LogID: { rule: 'required', type: 'uint64', id: 2 },
            service: { rule: 'required', type: 'int32', id: 3 },
            method: { rule: 'required', type: 'int32', id: 4 },
            headers: { rule: 'repeated', type: 'Header', id: 5 },
            payloadEncoding: { type: 'string', id: 6 },
            payloadType: { type: 'string', id: 7 },
            payload: { type: 'bytes', id: 8 },
            LogIDNew: { type: 'string', id: 9 },
          },
        },
      },
    },
  },
});
const Frame = schema.lookupType('pbbp2.Frame');

interface WireFrame {
  SeqID: number;
  LogID: number;
  service: number;
  method: number;
  headers: { key: string; value: string }[];
  payload?: Uint8Array;
}

export const FEISHU_APP_ID = 'cli_a1b2c3d4e5f60718';
export const FEISHU_APP_SECRET = 'fake-app-secret-0123456789';
export const BOT_OPEN_ID = 'ou_bot0000000000000000000000000000';
const SERVICE_ID = 33554678;

export interface SentMessage {
  message_id: string;
  receive_id: string;
  receive_id_type: string;
  msg_type: string;
  /** The parsed `content`: `{text}` for text, the card JSON for interactive, `{file_key}` for a file. */
  content: any;
  uuid?: string;
}

export interface CardResponse {
  toast?: { type: string; content: string };
  card?: { type: string; data: any };
}

export interface FeishuPeer {
  domain: string;
  /** Every API call (not the token or the gateway), in order. */
  calls: { method: string; path: string; query: Record<string, string>; body: any }[];
  /** Messages the bot sent, in order (a repeated `uuid` is not sent twice). */
  sent: SentMessage[];
  /** Files uploaded: name, type and content as text. */
  files: { file_name: string; file_type: string; content: string; file_key: string }[];
  /** Images uploaded (`im/v1/images`): their type (`message` or `avatar`), bytes and key. */
  images: { image_type: string; content: Buffer; image_key: string }[];
  /** Chat id → owner and managers (open ids) answered by the chat info route. */
  chats: Map<string, { name: string; owner: string; managers: string[] }>;
  /** open_id → display name answered by the contact route. */
  users: Map<string, string>;
  /** Receive ids whose sends answer this 飞书 error code (230002 bot not in chat, 230013 user out of range …). */
  refuse: Map<string, number>;
  /** The long-connection endpoint answers this code instead of a URL (514: the app may not use long connections). */
  refuseGateway?: number;
  /** The next N sends answer HTTP 429 with `x-ogw-ratelimit-reset: 1`. */
  tooManyRequests: number;
  /**
   * The next N sends that arrive on a reused keep-alive connection find it closed (the socket destroyed unread), as
   * when a server closes an idle connection just as the client reuses it. `hungUp` counts them.
   */
  hangUpReused: number;
  hungUp: number;
  /**
   * Keep the send limits like the real platform: a send beyond `limits` in any sliding minute or second of the app,
   * or any second of one chat, answers 429 (counted in `rejectedForRate`), as it arrives here.
   */
  enforceLimits: boolean;
  /** The limits kept when `enforceLimits` (default 飞书's documented 1000 a minute, 50 a second, 5 a second to one chat). */
  limits: { perMinute: number; perSecond: number; perChatPerSecond: number };
  rejectedForRate: number;
  /** Which limit each 429 of `rejectedForRate` was for: the app's minute or second, or one chat's second. */
  rejectedBy: { minute: number; second: number; chat: number };
  /** How long the send-message route takes to answer after taking a message (ms; default 0), the user seeing it at once. */
  sendAnswerDelayMs: number;
  /** Event payloads longer than this many bytes are split into several frames (default: never). */
  fragmentBytes: number;
  /**
   * Keep every call in `calls` and every message in `sent` (default true). A benchmark turns it off: its thousands
   * of cards, kept, cost the fake's process more in garbage collection than serving them.
   */
  record: boolean;
  /**
   * Called with each message the bot sends, after the send was answered (benchmarks wait on it without scanning
   * `sent`).
   */
  onSent: Set<(message: SentMessage) => void>;
  /** The answer to every event delivered: its code and how long it took (ms). */
  acks: { type: string; code: number; ms: number }[];
  connections(): number;
  /**
   * Cluster mode, as 飞书 runs an app with several long connections: each event goes to one of them at random
   * (default: the first open one). `via` on an event picks a connection by its index among the open ones.
   */
  cluster: boolean;
  /** A user sends text in a private chat (`chat` defaults to the user's p2p chat) or a group (mentioning the bot or not). */
  sendText(options: {
    user: string;
    text: string;
    chat?: string;
    group?: boolean;
    mention?: boolean;
    eventId?: string;
    via?: number;
  }): Promise<void>;
  /** A user presses the button with this label on a card the bot sent; resolves with the callback's answer. */
  press(options: {
    user: string;
    message: SentMessage;
    label: string;
    chat?: string;
    via?: number;
    eventId?: string;
  }): Promise<CardResponse>;
  /** Resolves with the sent messages once there are at least `count` matching ones. */
  waitForSent(count: number, filter?: (m: SentMessage) => boolean, seconds?: number): Promise<SentMessage[]>;
  /**
   * Delivers any event: `event` is the event object of a schema 2.0 envelope, or a string sent as the whole payload
   * (broken JSON, another schema). Resolves with the client's answer.
   */
  deliver(eventType: string, event: object | string, eventId?: string): Promise<{ code: number; data?: string }>;
  stop(): Promise<void>;
}

/** The p2p chat id the fake gives a user's private chat with the bot. */
export const p2pChat = (user: string) => `oc_p2p_${user}`;

/** What a user sees of a sent message: its text, or the card's text parts joined. */
export function visibleText(message: SentMessage): string {
  if (message.msg_type === 'text') return message.content.text;
  if (message.msg_type === 'interactive') {
    return (message.content.elements ?? [])
      .filter((e: any) => e.tag === 'div')
      .map((e: any) => e.text.content)
      .join('\n');
  }
  return `[${message.msg_type}]`;
}

/** The buttons of a card: label and value. */
export function cardButtons(message: SentMessage): { label: string; value: any }[] {
  if (message.msg_type !== 'interactive') return [];
  return (message.content.elements ?? [])
    .filter((e: any) => e.tag === 'action')
    .flatMap((e: any) => e.actions)
    .map((b: any) => ({ label: b.text.content, value: b.value }));
}

export async function startFeishuPeer(options: { appId?: string; appSecret?: string } = {}): Promise<FeishuPeer> {
  const appId = options.appId ?? FEISHU_APP_ID;
  const appSecret = options.appSecret ?? FEISHU_APP_SECRET;
  const tokens = new Set<string>();
  const devices = new Set<string>();
  const sockets = new Set<WebSocket>();
  const pending = new Map<string, { resolve: (payload: any) => void; type: string; started: number }>();
  const byUuid = new Map<string, SentMessage>();
  let nextMessage = 1;
  /** Event times in ms, as 飞书 stamps them, strictly increasing: two events sent in one millisecond keep their order. */
  let lastTime = 0;
  const tick = () => (lastTime = Math.max(Date.now(), lastTime + 1));
  /** Arrival times of the app's sends within the last minute (from `appFrom` on), and each chat's latest ones. */
  let appTimes: number[] = [];
  let appFrom = 0;
  const sendTimes = new Map<string, number[]>();
  /** How many of `times` (ascending, from index `from`) are later than `since`. */
  const countSince = (times: number[], since: number, from = 0) => {
    let lo = from;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid]! > since) hi = mid;
      else lo = mid + 1;
    }
    return times.length - lo;
  };
  let nextEvent = 1;
  let waiters: (() => void)[] = [];

  const peer: FeishuPeer = {
    domain: '',
    calls: [],
    sent: [],
    files: [],
    images: [],
    chats: new Map(),
    users: new Map(),
    refuse: new Map(),
    tooManyRequests: 0,
    hangUpReused: 0,
    hungUp: 0,
    enforceLimits: false,
    limits: { perMinute: 1000, perSecond: 50, perChatPerSecond: 5 },
    rejectedForRate: 0,
    rejectedBy: { minute: 0, second: 0, chat: 0 },
    fragmentBytes: Number.POSITIVE_INFINITY,
    sendAnswerDelayMs: 0,
    record: true,
    acks: [],
    onSent: new Set(),
    connections: () => [...sockets].filter((s) => s.readyState === s.OPEN).length,
    cluster: false,
    async sendText({ user, text, chat, group = false, mention = group, eventId, via }) {
      const chatId = chat ?? (group ? 'oc_group_default' : p2pChat(user));
      const mentions = mention
        ? [{ key: '@_user_1', id: { open_id: BOT_OPEN_ID, union_id: 'on_bot', user_id: '' }, name: '党务助手', tenant_key: 'tenant1' }]
        : [];
      const time = tick();
      const message = {
        message_id: eventId ? `om_in_${eventId}` : `om_in_${nextEvent}`,
        root_id: '',
        parent_id: '',
        create_time: String(time),
        update_time: String(time),
        chat_id: chatId,
        chat_type: group ? 'group' : 'p2p',
        message_type: 'text',
        content: JSON.stringify({ text: mention ? `@_user_1 ${text}` : text }),
        mentions,
      };
      const sender = { sender_id: { open_id: user, union_id: `on_${user}`, user_id: '' }, sender_type: 'user', tenant_key: 'tenant1' };
      const answer = await deliver('im.message.receive_v1', { sender, message }, eventId, via, time);
      if (answer.code !== 200) throw new Error(`event answered ${answer.code}`);
    },
    async press({ user, message, label, chat, via, eventId }) {
      const button = cardButtons(message).find((b) => b.label === label);
      if (!button)
        throw new Error(
          `no button “${label}” on ${message.message_id}: ${cardButtons(message)
            .map((b) => b.label)
            .join(', ')}`,
        );
      const answer = await deliver(
        'card.action.trigger',
        {
          operator: { tenant_key: 'tenant1', open_id: user, union_id: `on_${user}`, user_id: '' },
          token: `c-${randomUUID()}`,
          action: { value: button.value, tag: 'button' },
          host: 'im_message',
          context: { open_message_id: message.message_id, open_chat_id: chat ?? message.receive_id },
        },
        eventId,
        via,
      );
      if (answer.code !== 200) throw new Error(`card callback answered ${answer.code}`);
      const response: CardResponse = answer.data ? JSON.parse(Buffer.from(answer.data, 'base64').toString('utf8')) : {};
      // The platform applies a returned card to the message in place.
      if (response.card?.type === 'raw') message.content = response.card.data;
      return response;
    },
    async waitForSent(count, filter = () => true, seconds = 20) {
      const deadline = Date.now() + seconds * 1000;
      for (;;) {
        const found = peer.sent.filter(filter);
        if (found.length >= count) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`expected ${count} sent messages, got ${found.length}: ${JSON.stringify(found.map(visibleText))}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(left, 200));
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    deliver: (eventType, event, eventId) => deliver(eventType, event, eventId),
    stop: async () => undefined,
  };

  const notify = () => {
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };

  /** Sends one event (schema 2.0) to a connected client and resolves with its answer payload. */
  function deliver(
    eventType: string,
    event: object | string,
    eventId?: string,
    via?: number,
    eventTime?: number,
  ): Promise<{ code: number; data?: string }> {
    const open = [...sockets].filter((s) => s.readyState === s.OPEN);
    const socket = open[via ?? (peer.cluster ? Math.floor(Math.random() * open.length) : 0)];
    if (!socket) return Promise.reject(new Error('no long connection open'));
    const id = nextEvent++;
    const body = Buffer.from(
      typeof event === 'string'
        ? event
        : JSON.stringify({
            schema: '2.0',
            header: {
              event_id: eventId ?? `ev_${id}_${randomUUID().slice(0, 8)}`,
              event_type: eventType,
              create_time: String(eventTime ?? tick()),
              token: '',
              app_id: appId,
              tenant_key: 'tenant1',
            },
            event,
          }),
    );
    const messageId = `msg_${id}`;
    const parts: Buffer[] = [];
    for (let at = 0; at < body.length; at += Math.min(peer.fragmentBytes, body.length))
      parts.push(body.subarray(at, at + Math.min(peer.fragmentBytes, body.length)));
    const answered = new Promise<any>((resolve) => pending.set(messageId, { resolve, type: eventType, started: Date.now() }));
    parts.forEach((part, seq) => {
      const frame = Frame.create({
        SeqID: 0,
        LogID: 0,
        service: SERVICE_ID,
        method: 1,
        headers: [
          { key: 'type', value: 'event' },
          { key: 'message_id', value: messageId },
          { key: 'sum', value: String(parts.length) },
          { key: 'seq', value: String(seq) },
          { key: 'trace_id', value: `trace_${id}` },
        ],
        payload: part,
      });
      socket.send(Frame.encode(frame).finish());
    });
    return answered;
  }

  const clientConfig = { PingInterval: 120, ReconnectCount: 1, ReconnectInterval: 1, ReconnectNonce: 0 };

  function onFrame(socket: WebSocket, data: Buffer) {
    const frame = Frame.toObject(Frame.decode(data), { longs: Number, defaults: true }) as WireFrame;
    const header = (key: string) => frame.headers.find((h) => h.key === key)?.value;
    if (frame.method === 0 && header('type') === 'ping') {
      const pong = Frame.create({
        ...frame,
        headers: [{ key: 'type', value: 'pong' }],
        payload: Buffer.from(JSON.stringify(clientConfig)),
      });
      socket.send(Frame.encode(pong).finish());
      return;
    }
    if (frame.method === 1) {
      const waiting = pending.get(header('message_id') ?? '');
      if (!waiting) return;
      pending.delete(header('message_id')!);
      const payload = JSON.parse(Buffer.from(frame.payload ?? []).toString('utf8'));
      if (peer.record) peer.acks.push({ type: waiting.type, code: payload.code, ms: Date.now() - waiting.started });
      waiting.resolve(payload);
    }
  }

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));

  async function route(req: HttpRequest, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const type = String(req.headers['content-type'] ?? '');
    const body = type.includes('json') && raw.length > 0 ? JSON.parse(raw.toString('utf8')) : {};
    const path = url.pathname;

    if (path === '/open-apis/auth/v3/tenant_access_token/internal') {
      if (body.app_id !== appId || body.app_secret !== appSecret) return json(res, 400, { code: 10014, msg: 'app secret invalid' });
      const token = `t-${randomUUID().replace(/-/g, '')}`;
      tokens.add(token);
      return json(res, 200, { code: 0, msg: 'ok', tenant_access_token: token, expire: 7200 });
    }
    if (path === '/callback/ws/endpoint') {
      if (peer.refuseGateway) return json(res, 200, { code: peer.refuseGateway, msg: 'long connection refused', data: {} });
      if (body.AppID !== appId || body.AppSecret !== appSecret) return json(res, 200, { code: 514, msg: 'auth failed', data: {} });
      const device = randomUUID();
      devices.add(device);
      const port = (server.address() as AddressInfo).port;
      return json(res, 200, {
        code: 0,
        msg: 'ok',
        data: { URL: `ws://127.0.0.1:${port}/ws?device_id=${device}&service_id=${SERVICE_ID}`, ClientConfig: clientConfig },
      });
    }

    const auth = String(req.headers.authorization ?? '');
    if (!tokens.has(auth.replace(/^Bearer /, '')))
      return json(res, 400, { code: 99991663, msg: 'Invalid access token for authorization. Please make a request with token attached.' });
    const query = Object.fromEntries(url.searchParams);
    if (peer.record)
      peer.calls.push({ method: req.method ?? 'GET', path, query, body: type.includes('multipart') ? { multipart: true } : body });

    if (path === '/open-apis/bot/v3/info') {
      return json(res, 200, {
        code: 0,
        msg: 'ok',
        bot: { activate_status: 2, app_name: '党务助手', avatar_url: '', ip_white_list: [], open_id: BOT_OPEN_ID },
      });
    }
    if (path === '/open-apis/im/v1/messages' && req.method === 'POST') {
      const now = performance.timeOrigin + performance.now();
      const chatTimes = sendTimes.get(body.receive_id) ?? [];
      const { perMinute, perSecond, perChatPerSecond } = peer.limits;
      const over = peer.enforceLimits
        ? countSince(appTimes, now - 60_000, appFrom) >= perMinute
          ? 'minute'
          : countSince(appTimes, now - 1000, appFrom) >= perSecond
            ? 'second'
            : countSince(chatTimes, now - 1000) >= perChatPerSecond
              ? 'chat'
              : undefined
        : undefined;
      const tooFast = over !== undefined;
      if (over) peer.rejectedBy[over]++;
      if (peer.enforceLimits) {
        // Every send counts, a refused one too (the platform counts requests).
        appTimes.push(now);
        while (appFrom < appTimes.length && appTimes[appFrom]! <= now - 60_000) appFrom++;
        if (appFrom > 10_000) {
          appTimes = appTimes.slice(appFrom);
          appFrom = 0;
        }
        chatTimes.push(now);
        sendTimes.set(body.receive_id, chatTimes.slice(-perChatPerSecond));
      }
      if (tooFast) peer.rejectedForRate++;
      if (peer.tooManyRequests > 0 || tooFast) {
        if (!tooFast) peer.tooManyRequests--;
        return json(
          res,
          429,
          { code: 99991400, msg: 'request trigger frequency limit' },
          { 'x-ogw-ratelimit-limit': '50', 'x-ogw-ratelimit-reset': '1' },
        );
      }
      const refused = peer.refuse.get(body.receive_id);
      if (refused)
        return json(res, 400, {
          code: refused,
          msg: refused === 230002 ? 'Bot/User can NOT be out of the chat.' : 'Bot has NO availability to this user.',
        });
      if (!['chat_id', 'open_id', 'user_id', 'union_id', 'email'].includes(query.receive_id_type ?? ''))
        return json(res, 400, { code: 230001, msg: 'invalid receive_id_type' });
      if (typeof body.content !== 'string') return json(res, 400, { code: 230001, msg: 'content must be a JSON string' });
      // Like the real one, an image message must name an image uploaded for messages.
      if (body.msg_type === 'image') {
        const key = JSON.parse(body.content).image_key;
        if (!peer.images.some((i) => i.image_key === key && i.image_type === 'message'))
          return json(res, 400, { code: 230055, msg: 'The image_key is invalid.' });
      }
      const limit = body.msg_type === 'text' ? 150 * 1024 : 30 * 1024;
      if (raw.length > limit) return json(res, 400, { code: 230025, msg: 'The length of the message content reaches its limit.' });
      const repeat = body.uuid ? byUuid.get(body.uuid) : undefined;
      const message: SentMessage = repeat ?? {
        message_id: `om_${nextMessage++}`,
        receive_id: body.receive_id,
        receive_id_type: query.receive_id_type!,
        msg_type: body.msg_type,
        content: JSON.parse(body.content),
        uuid: body.uuid,
      };
      if (!repeat) {
        if (body.uuid) byUuid.set(body.uuid, message);
        if (peer.record) peer.sent.push(message);
        notify();
      }
      if (peer.sendAnswerDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, peer.sendAnswerDelayMs));
      json(res, 200, {
        code: 0,
        msg: 'success',
        data: {
          message_id: message.message_id,
          chat_id: message.receive_id,
          msg_type: message.msg_type,
          body: { content: body.content },
          sender: { id: appId, id_type: 'app_id', sender_type: 'app' },
        },
      });
      // Seen once the send was answered, as a user sees a message the platform accepted: a driver pressing at once
      // then does not press a card whose sender has not even heard back yet.
      if (!repeat) for (const listener of peer.onSent) listener(message);
      return;
    }
    if (path === '/open-apis/im/v1/files' && req.method === 'POST') {
      const form = await new Request('http://127.0.0.1/', { method: 'POST', headers: { 'content-type': type }, body: raw }).formData();
      const file = form.get('file');
      const content = file === null ? '' : typeof file === 'string' ? file : await file.text();
      if (content === '') return json(res, 400, { code: 234001, msg: 'Invalid request param.' });
      const file_key = `file_v3_${peer.files.length + 1}`;
      peer.files.push({
        file_name: String(form.get('file_name') ?? ''),
        file_type: String(form.get('file_type') ?? ''),
        content,
        file_key,
      });
      return json(res, 200, { code: 0, msg: 'success', data: { file_key } });
    }
    if (path === '/open-apis/im/v1/images' && req.method === 'POST') {
      const form = await new Request('http://127.0.0.1/', { method: 'POST', headers: { 'content-type': type }, body: raw }).formData();
      // The SDK sends the Buffer as a part without a file name, which FormData would decode as text: cut its bytes.
      const content = multipartBytes(raw, type, 'image');
      const image_type = String(form.get('image_type') ?? '');
      if (content.length === 0 || !['message', 'avatar'].includes(image_type))
        return json(res, 400, { code: 234001, msg: 'Invalid request param.' });
      const image_key = `img_v3_${peer.images.length + 1}`;
      peer.images.push({ image_type, content, image_key });
      return json(res, 200, { code: 0, msg: 'success', data: { image_key } });
    }
    const chat = /^\/open-apis\/im\/v1\/chats\/([^/]+)$/.exec(path);
    if (chat && req.method === 'GET') {
      const id = decodeURIComponent(chat[1]!);
      if (id.startsWith('oc_p2p_'))
        return json(res, 200, { code: 0, msg: 'success', data: { name: '', chat_mode: 'p2p', chat_type: 'private' } });
      const info = peer.chats.get(id);
      if (!info) return json(res, 400, { code: 232011, msg: 'the operator is not in the chat' });
      return json(res, 200, {
        code: 0,
        msg: 'success',
        data: {
          name: info.name,
          owner_id: info.owner,
          owner_id_type: query.user_id_type ?? 'open_id',
          user_manager_id_list: info.managers,
          chat_mode: 'group',
          chat_type: 'private',
        },
      });
    }
    const user = /^\/open-apis\/contact\/v3\/users\/([^/]+)$/.exec(path);
    if (user && req.method === 'GET') {
      const name = peer.users.get(decodeURIComponent(user[1]!));
      if (!name) return json(res, 400, { code: 41050, msg: 'no user authority error' });
      return json(res, 200, { code: 0, msg: 'success', data: { user: { open_id: user[1], name } } });
    }
    return json(res, 404, { code: 404, msg: `no route ${req.method} ${path}` });
  }

  const requestsOn = new WeakMap<object, number>();
  const server: Server = createServer((req, res) => {
    const nth = (requestsOn.get(req.socket) ?? 0) + 1;
    requestsOn.set(req.socket, nth);
    if (nth > 1 && peer.hangUpReused > 0 && req.method === 'POST' && req.url?.startsWith('/open-apis/im/v1/messages')) {
      peer.hangUpReused--;
      peer.hungUp++;
      req.socket.destroy();
      return;
    }
    route(req, res).catch((error) => {
      if (!res.headersSent) json(res, 500, { code: 500, msg: String(error) });
    });
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (
      url.pathname !== '/ws' ||
      !devices.has(url.searchParams.get('device_id') ?? '') ||
      url.searchParams.get('service_id') !== String(SERVICE_ID)
    ) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('message', (data: Buffer) => onFrame(ws, data));
      ws.on('close', () => sockets.delete(ws));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  peer.domain = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  peer.stop = async () => {
    for (const s of sockets) s.terminate();
    wss.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return peer;
}

/** The raw bytes of the multipart part named `name` (empty when it is missing). */
function multipartBytes(raw: Buffer, contentType: string, name: string): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) return Buffer.alloc(0);
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  for (let start = raw.indexOf(delimiter); start !== -1; ) {
    const next = raw.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = raw.subarray(start + delimiter.length + 2, next - 2); // drop the CRLF after the delimiter and before the next
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1 && part.subarray(0, headerEnd).toString('utf8').includes(`name="${name}"`))
      return Buffer.from(part.subarray(headerEnd + 4));
    start = next;
  }
  return Buffer.alloc(0);
}
