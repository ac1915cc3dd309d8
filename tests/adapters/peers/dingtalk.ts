import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage as HttpRequest, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { readBody } from './http';

/**
 * A fake of the 钉钉 open platform on 127.0.0.1, speaking what `dingtalk-stream` (and the robot APIs) really send:
 *
 * - `POST /v1.0/gateway/connections/open` {clientId, clientSecret, subscriptions, ua} → {endpoint, ticket}; the
 *   endpoint is a WebSocket on this server (`/connect?ticket=…`), where JSON frames go down
 *   ({specVersion, type: SYSTEM|EVENT|CALLBACK, headers: {messageId, topic, …}, data: "<json>"}) and acks come up
 *   ({code: 200, headers: {messageId, contentType}, message: 'OK', data: "<json>"}).
 * - `POST /v1.0/oauth2/accessToken` {appKey, appSecret} → {accessToken, expireIn}.
 * - the robot send routes (`/v1.0/robot/oToMessages/batchSend`, `/v1.0/robot/groupMessages/send`), interactive
 *   cards (`/v1.0/card/instances/createAndDeliver`), media upload (oapi `/media/upload`), and each incoming
 *   message's `sessionWebhook` (`/robot/sendBySession?session=…`).
 *
 * A test plays users ({@link DingtalkPeer.say}, {@link DingtalkPeer.press}) and reads what the bot sent to a chat
 * ({@link DingtalkPeer.waitFor}). Chats are named as the bot sees them: a private chat by the user's staff id, a
 * group by its conversation id (`cid…`).
 */
export interface DingtalkPeer {
  /** Base of api.dingtalk.com and of oapi.dingtalk.com (both served here). */
  apiUrl: string;
  clientId: string;
  clientSecret: string;
  /** Every HTTP call, in order. */
  calls: { path: string; body: any; headers: HttpRequest['headers'] }[];
  /** What the bot sent, normalised, in order. */
  sent: SentMessage[];
  /** Acks the bot sent for downstream frames, by messageId. */
  acks: Map<string, any>;
  /** Staff ids whose private messages answer `invalidStaffIdList` (left the organisation). */
  goneUsers: Set<string>;
  /** The address book (`topapi/v2/user/get`): staff id → name and organisation-admin flag. */
  directory: Map<string, { name: string; admin: boolean }>;
  /** Groups whose sends answer 400 (the robot was removed from the group). */
  goneGroups: Set<string>;
  /** How many WebSocket connections are open. */
  connections(): number;
  /** How many WebSocket connections were opened so far. */
  opened(): number;
  /** A user sends text. In a group `atBot` (default true) says whether the bot was @-mentioned. */
  say(user: PeerUser, text: string, options?: { group?: PeerGroup; atBot?: boolean }): Promise<string>;
  /** A user presses a card's button, chosen by its label or by a test of the button. */
  press(user: PeerUser, card: SentMessage, button: string | ((button: { label: string; id: string }) => boolean)): Promise<string>;
  /** Sends a SYSTEM ping and resolves with the bot's answer frame. */
  ping(): Promise<any>;
  /** Resolves once `count` messages were sent to `chat` after `from` (default 0). */
  waitFor(chat: string, count: number, options?: { from?: number; seconds?: number }): Promise<SentMessage[]>;
  /** Calls `listener` with every message the bot sends from now on; returns the unsubscribe. */
  onSent(listener: (message: SentMessage) => void): () => void;
  /** Messages sent to a chat so far. */
  to(chat: string): SentMessage[];
  /** From now on every sessionWebhook answers "session expired" (errcode 300001), or again accepts (false). */
  expireSessions(expired?: boolean): void;
  /** Closes every connection from the server side (the SDK reconnects). */
  dropConnections(): void;
  /** Sends any CALLBACK frame on a topic: `data` as given (a string is sent unparsed, e.g. broken JSON). Returns its messageId. */
  send(topic: string, data: object | string): string;
  /** Sends a frame sent before again, byte for byte (钉钉 redelivers a frame it got no answer for). */
  replay(messageId: string): void;
  stop(): Promise<void>;
}

export interface PeerUser {
  staffId: string;
  nick: string;
  /** The message's `isAdmin` flag. */
  isAdmin?: boolean;
}

export interface PeerGroup {
  conversationId: string;
  title: string;
}

export interface SentMessage {
  /** Staff id (private) or conversation id (group). */
  chat: string;
  via: 'session' | 'robot' | 'card' | 'file' | 'image';
  text: string;
  buttons: { label: string; id: string }[];
  outTrackId?: string;
  file?: { fileName: string; content: string };
  /** A `sampleImageMsg` whose photoURL is a media id uploaded as `type=image`: that upload's bytes. */
  image?: { fileName: string; bytes: Buffer };
  raw: any;
}

const TOPIC_ROBOT = '/v1.0/im/bot/messages/get';
const TOPIC_CARD = '/v1.0/card/instances/callback';

/** The card's markdown as the user reads it (the adapter escapes Markdown and breaks lines with two spaces). */
export const cardText = (markdown: string) => markdown.replace(/ {2}\n/g, '\n').replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1');

export async function startDingtalkPeer(
  options: { clientId?: string; clientSecret?: string; latencyMs?: number } = {},
): Promise<DingtalkPeer> {
  const clientId = options.clientId ?? 'dingtestclient01';
  const clientSecret = options.clientSecret ?? 'test-secret-0123456789';
  const tickets = new Set<string>();
  const tokens = new Set<string>();
  const sessions = new Map<string, string>(); // session id → chat
  let sessionsExpired = false;
  const sockets = new Set<WebSocket>();
  const waiting = new Map<string, (frame: any) => void>();
  let uploads = new Map<string, { fileName: string; type: string; bytes: Buffer }>();
  let base = '';
  let seq = 0;
  let opened = 0;
  const listeners = new Set<(message: SentMessage) => void>();

  const http: Server = createServer((req, res) => {
    handle(req, res).catch((error) => json(res, 500, { code: 'ServerError', message: String(error) }));
  });
  const wss = new WebSocketServer({ noServer: true });
  http.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '', base);
    const ticket = url.searchParams.get('ticket') ?? '';
    if (url.pathname !== '/connect' || !tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      opened++;
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (raw) => {
        const frame = JSON.parse(String(raw));
        const id = frame.headers?.messageId;
        if (!id) return;
        peer.acks.set(id, frame);
        waiting.get(id)?.(frame);
        waiting.delete(id);
      });
    });
  });

  function json(res: ServerResponse, status: number, body: unknown) {
    if (!res.headersSent) res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  function record(message: Omit<SentMessage, 'buttons'> & { buttons?: SentMessage['buttons'] }) {
    const sent = { buttons: [], ...message };
    peer.sent.push(sent);
    for (const listener of listeners) listener(sent);
  }

  function robotText(msgKey: string, msgParam: string): string {
    const param = JSON.parse(msgParam);
    if (msgKey === 'sampleText') return param.content;
    if (msgKey === 'sampleMarkdown') return param.text;
    return '';
  }

  /** Records a robot API message; false for an image whose media id was not uploaded as an image. */
  function recordRobotMessage(chat: string, body: any): boolean {
    const param = JSON.parse(body.msgParam);
    if (body.msgKey === 'sampleFile') {
      const upload = uploads.get(param.mediaId);
      const file = upload && { fileName: upload.fileName, content: upload.bytes.toString('utf8') };
      record({ chat, via: 'file', text: '', file, raw: body });
    } else if (body.msgKey === 'sampleImageMsg') {
      // photoURL takes a web address or the media id of an upload made with type=image.
      const upload = uploads.get(param.photoURL);
      if (String(param.photoURL).startsWith('@') && upload?.type !== 'image') return false;
      record({ chat, via: 'image', text: '', image: upload && { fileName: upload.fileName, bytes: upload.bytes }, raw: body });
    } else record({ chat, via: 'robot', text: robotText(body.msgKey, body.msgParam), raw: body });
    return true;
  }

  async function handle(req: HttpRequest, res: ServerResponse) {
    const url = new URL(req.url ?? '', base);
    const raw = await readBody(req);
    // A benchmark may add the round trip to the real open platform (both bots under test pay it alike).
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    const isJson = String(req.headers['content-type'] ?? '').includes('json');
    const body = isJson && raw.length > 0 ? JSON.parse(raw.toString('utf8')) : {};
    peer.calls.push({ path: url.pathname, body, headers: req.headers });
    const authorised = () => tokens.has(String(req.headers['x-acs-dingtalk-access-token'] ?? ''));

    switch (url.pathname) {
      case '/v1.0/gateway/connections/open': {
        if (body.clientId !== clientId || body.clientSecret !== clientSecret) {
          return json(res, 401, { code: 'InvalidAuthentication', message: 'clientId or clientSecret is invalid' });
        }
        const ticket = randomUUID();
        tickets.add(ticket);
        return json(res, 200, { endpoint: `${base.replace(/^http/, 'ws')}/connect`, ticket });
      }
      case '/v1.0/oauth2/accessToken': {
        if (body.appKey !== clientId || body.appSecret !== clientSecret)
          return json(res, 400, { code: 'invalidClientIdOrSecret', message: '无效的 appKey 或 appSecret' });
        const accessToken = `tok-${randomUUID()}`;
        tokens.add(accessToken);
        return json(res, 200, { accessToken, expireIn: 7200 });
      }
      case '/v1.0/robot/oToMessages/batchSend': {
        if (!authorised()) return json(res, 401, { code: 'InvalidAuthentication', message: '不合法的access_token' });
        const [user] = body.userIds as string[];
        if (peer.goneUsers.has(user!))
          return json(res, 200, { processQueryKey: `q${++seq}`, invalidStaffIdList: [user], flowControlledStaffIdList: [] });
        if (!recordRobotMessage(user!, body))
          return json(res, 400, { code: 'invalidParameter', message: 'photoURL 不是有效的图片 mediaId' });
        return json(res, 200, { processQueryKey: `q${++seq}`, invalidStaffIdList: [], flowControlledStaffIdList: [] });
      }
      case '/v1.0/robot/groupMessages/send': {
        if (!authorised()) return json(res, 401, { code: 'InvalidAuthentication', message: '不合法的access_token' });
        const chat = body.openConversationId as string;
        if (peer.goneGroups.has(chat)) return json(res, 400, { code: 'resource.not.found', message: '机器人不在该群中' });
        if (!recordRobotMessage(chat, body))
          return json(res, 400, { code: 'invalidParameter', message: 'photoURL 不是有效的图片 mediaId' });
        return json(res, 200, { processQueryKey: `q${++seq}` });
      }
      case '/v1.0/card/instances/createAndDeliver': {
        if (!authorised()) return json(res, 401, { code: 'InvalidAuthentication', message: '不合法的access_token' });
        const space = /^dtv1\.card\/\/(IM_GROUP|IM_ROBOT)\.(.+)$/.exec(body.openSpaceId ?? '');
        if (!space || body.callbackType !== 'STREAM' || !body.outTrackId)
          return json(res, 400, { code: 'invalidParameter', message: 'openSpaceId/outTrackId/callbackType' });
        const chat = space[2]!;
        if (space[1] === 'IM_GROUP' ? peer.goneGroups.has(chat) : peer.goneUsers.has(chat)) {
          return json(res, 400, { code: 'resource.not.found', message: '投放的场域不存在' });
        }
        const params = body.cardData?.cardParamMap ?? {};
        const buttons = (JSON.parse(params.sys_full_json_obj ?? '{}').msgButtons ?? []).map((b: any) => ({ label: b.text, id: b.id }));
        record({ chat, via: 'card', text: cardText(params.markdown ?? ''), buttons, outTrackId: body.outTrackId, raw: body });
        return json(res, 200, {
          success: true,
          result: { outTrackId: body.outTrackId, deliverResults: [{ spaceType: space[1], spaceId: chat, success: true }] },
        });
      }
      case '/media/upload': {
        if (!tokens.has(url.searchParams.get('access_token') ?? ''))
          return json(res, 200, { errcode: 40014, errmsg: '不合法的access_token' });
        const form = await new Response(raw, { headers: { 'content-type': String(req.headers['content-type']) } }).formData();
        const file = form.get('media') as File | null;
        if (!file) return json(res, 200, { errcode: 40004, errmsg: '缺少文件' });
        const mediaId = `@media${++seq}`;
        uploads.set(mediaId, {
          fileName: file.name,
          type: url.searchParams.get('type') ?? '',
          bytes: Buffer.from(await file.arrayBuffer()),
        });
        return json(res, 200, { errcode: 0, errmsg: 'ok', media_id: mediaId, type: url.searchParams.get('type'), created_at: Date.now() });
      }
      case '/topapi/v2/user/get': {
        if (!tokens.has(url.searchParams.get('access_token') ?? ''))
          return json(res, 200, { errcode: 40014, errmsg: '不合法的access_token' });
        const person = peer.directory.get(body.userid);
        if (!person) return json(res, 200, { errcode: 60121, errmsg: '找不到该用户' });
        return json(res, 200, { errcode: 0, errmsg: 'ok', result: { userid: body.userid, name: person.name, admin: person.admin } });
      }
      case '/robot/sendBySession': {
        const chat = sessionsExpired ? undefined : sessions.get(url.searchParams.get('session') ?? '');
        if (!chat) return json(res, 200, { errcode: 300001, errmsg: 'session 不存在或已过期' });
        const text = body.msgtype === 'text' ? body.text?.content : body.msgtype === 'markdown' ? body.markdown?.text : '';
        record({ chat, via: 'session', text: text ?? '', raw: body });
        return json(res, 200, { errcode: 0, errmsg: 'ok' });
      }
      default:
        return json(res, 404, { code: 'NotFound', message: url.pathname });
    }
  }

  const frames = new Map<string, string>();
  function downstream(topic: string, data: object | string, type = 'CALLBACK'): string {
    const messageId = `msg-${++seq}-${randomUUID().slice(0, 8)}`;
    const frame = {
      specVersion: '1.0',
      type,
      headers: { appId: 'app-1', connectionId: 'conn-1', contentType: 'application/json', messageId, time: String(Date.now()), topic },
      data: typeof data === 'string' ? data : JSON.stringify(data),
    };
    const [socket] = sockets;
    if (!socket) throw new Error('no stream connection: did the adapter start?');
    const text = JSON.stringify(frame);
    frames.set(messageId, text);
    if (frames.size > 1000) frames.delete(frames.keys().next().value!);
    socket.send(text);
    return messageId;
  }

  const peer: DingtalkPeer = {
    apiUrl: '',
    clientId,
    clientSecret,
    calls: [],
    sent: [],
    acks: new Map(),
    goneUsers: new Set(),
    goneGroups: new Set(),
    directory: new Map(),
    connections: () => sockets.size,
    opened: () => opened,
    async say(user, text, options = {}) {
      const group = options.group;
      const session = randomUUID();
      sessions.set(session, group ? group.conversationId : user.staffId);
      const atBot = options.atBot ?? true;
      return downstream(TOPIC_ROBOT, {
        conversationId: group?.conversationId ?? `cidP${user.staffId}`,
        ...(group ? { conversationTitle: group.title, isInAtList: atBot, atUsers: atBot ? [{ dingtalkId: '$:LWCP_v1:$bot' }] : [] } : {}),
        chatbotCorpId: 'ding-corp',
        chatbotUserId: '$:LWCP_v1:$bot',
        msgId: `msg${++seq}`,
        senderNick: user.nick,
        isAdmin: user.isAdmin ?? false,
        senderStaffId: user.staffId,
        sessionWebhookExpiredTime: Date.now() + 90 * 60_000,
        createAt: Date.now(),
        senderCorpId: 'ding-corp',
        conversationType: group ? '2' : '1',
        senderId: `$:LWCP_v1:$${user.staffId}`,
        sessionWebhook: `${base}/robot/sendBySession?session=${session}`,
        robotCode: clientId,
        msgtype: 'text',
        // 钉钉 strips the @mention of the robot from the text it delivers.
        text: { content: group && atBot ? ` ${text}` : text },
      });
    },
    async press(user, card, pick) {
      const button = card.buttons.find(typeof pick === 'string' ? (b) => b.label === pick : pick);
      if (!button) throw new Error(`no button ${String(pick)} on card: ${card.buttons.map((b) => `${b.label}=${b.id}`).join(', ')}`);
      const space = /^dtv1\.card\/\/(IM_GROUP|IM_ROBOT)\.(.+)$/.exec(card.raw.openSpaceId)!;
      return downstream(TOPIC_CARD, {
        extension: '{}',
        corpId: 'ding-corp',
        type: 'actionCallback',
        userId: user.staffId,
        userIdType: 1,
        spaceType: space[1] === 'IM_GROUP' ? 'IM_GROUP' : 'IM_ROBOT',
        spaceId: space[2],
        content: JSON.stringify({ cardPrivateData: { actionIds: [button.id], params: {} } }),
        outTrackId: card.outTrackId,
      });
    },
    ping() {
      return new Promise((resolve) => {
        const messageId = downstream('ping', { opaque: randomUUID() }, 'SYSTEM');
        waiting.set(messageId, resolve);
      });
    },
    to: (chat) => peer.sent.filter((m) => m.chat === chat),
    onSent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async waitFor(chat, count, options = {}) {
      const from = options.from ?? 0;
      const deadline = Date.now() + (options.seconds ?? 8) * 1000;
      for (;;) {
        const found = peer.to(chat).slice(from);
        if (found.length >= count) return found;
        if (Date.now() > deadline)
          throw new Error(`expected ${count} messages to ${chat}, got ${found.length}: ${JSON.stringify(found.map((m) => m.text))}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    expireSessions(expired = true) {
      sessionsExpired = expired;
    },
    send: (topic, data) => downstream(topic, data),
    replay(messageId) {
      const [socket] = sockets;
      const text = frames.get(messageId);
      if (!socket || !text) throw new Error(`cannot replay ${messageId}`);
      socket.send(text);
    },
    dropConnections() {
      for (const socket of sockets) {
        sockets.delete(socket);
        socket.terminate();
      }
    },
    stop: async () => undefined,
  };

  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  peer.apiUrl = base;
  peer.stop = async () => {
    for (const socket of sockets) socket.terminate();
    wss.close();
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
    uploads = new Map();
  };
  return peer;
}
