import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { createWecomAdapter } from '../../../adapters/wecom';
import type { FeatureFactory } from '../../../bot/core/feature';
import { silentLogger } from '../../../bot/logger';
import { createTestBot } from '../../helpers/runtime';

/** The parts of `ws` (the SDK's own WebSocket library; no @types/ws is installed) this fake uses. */
interface Socket {
  send(data: string): void;
  terminate(): void;
  on(event: 'message', listener: (data: Buffer) => void): void;
  on(event: 'close', listener: () => void): void;
}
interface SocketServer {
  address(): AddressInfo | string;
  once(event: 'listening', listener: () => void): void;
  on(event: 'connection', listener: (socket: Socket) => void): void;
  close(callback: () => void): void;
}
const { WebSocketServer } = createRequire(import.meta.url)('ws') as {
  WebSocketServer: new (options: { host: string; port: number }) => SocketServer;
};

/**
 * A fake 企业微信 智能机器人 long-connection gateway on 127.0.0.1, speaking the JSON frames that
 * `@wecom/aibot-node-sdk` (1.0.x, WsConnectionManager) sends and expects:
 * - client → server `{ cmd, headers: { req_id }, body }` with cmd `aibot_subscribe` (body bot_id, secret), `ping`,
 *   `aibot_respond_msg`, `aibot_respond_update_msg`, `aibot_send_msg`, `aibot_upload_media_init|chunk|finish`;
 * - server → client acks `{ headers: { req_id }, errcode, errmsg, body? }` echoing the request's req_id (the SDK
 *   matches subscribe and ping acks by the req_id prefix, replies by the exact req_id), and callbacks
 *   `{ cmd: 'aibot_msg_callback' | 'aibot_event_callback', headers: { req_id }, body }`.
 * It is stricter than needed where the platform documents a rule: replies must name the req_id of a message
 * callback, card updates the req_id of a template-card event (within 5 s), button cards need a task_id, at most
 * six buttons with distinct keys, and markdown/stream text must stay within its byte limit.
 */
export interface WecomSent {
  cmd: string;
  /** The chat the frame went to: the group's chatid, or the user's userid in a private chat. */
  chat: string;
  body: any;
  reqId: string;
}

export interface WecomPeer {
  wsUrl: string;
  botId: string;
  secret: string;
  /** Everything the bot sent (replies, card updates, proactive messages), in order; pings and uploads excluded. */
  sent: WecomSent[];
  /** Protocol violations found (wrong req_id, bad card); a test expects this to stay empty. */
  violations: string[];
  /** Files the bot uploaded (after upload finish), by media_id. */
  files: Map<string, { filename: string; type: string; content: Buffer }>;
  /** Chats whose aibot_send_msg is refused as unknown (the bot was removed, the user left the company). */
  gone: Set<string>;
  /** Called with every frame recorded in `sent` (a benchmark waits on it instead of polling). */
  onSent?: (sent: WecomSent) => void;
  /** Subscribe frames seen (bot_id only). */
  subscriptions: string[];
  /** A user types in a private chat (no chatid) or, with `chatid`, @-mentions the bot in a group. */
  say(options: { userid: string; text: string; chatid?: string; msgtype?: 'text' | 'image' }): string;
  /** A user presses a button of a template card. */
  press(options: { userid: string; taskId: string; key: string; chatid?: string }): string;
  /** Resolves once `count` frames to `chat` are recorded (all of them). */
  waitFor(chat: string, count: number, seconds?: number): Promise<WecomSent[]>;
  /** The frames sent to a chat. */
  to(chat: string): WecomSent[];
  connections(): number;
  /** Drops every connection, as a network failure would. */
  dropAll(): void;
  /**
   * Pushes any frame to the bot (a string is sent as it is, e.g. broken JSON). With `chat`, replies on the frame's
   * req_id are accepted as answers to that chat (a message callback; an event callback with `event: true`).
   */
  raw(frame: object | string, chat?: { chat: string; event?: boolean }): void;
  stop(): Promise<void>;
}

/** Byte limits used by the fake: stream and markdown content (UTF-8). */
export const STREAM_CONTENT_BYTES = 20480;
export const MARKDOWN_CONTENT_BYTES = 20480;

interface Callback {
  chat: string;
  kind: 'message' | 'event';
  at: number;
  taskId?: string;
}

export async function startWecomPeer(options: { botId?: string; secret?: string } = {}): Promise<WecomPeer> {
  const botId = options.botId ?? 'aib-test-bot';
  const secret = options.secret ?? 'test-secret-0123456789';
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const sockets = new Set<Socket>();
  const authed = new Set<Socket>();
  const callbacks = new Map<string, Callback>();
  const uploads = new Map<string, { filename: string; type: string; chunks: Buffer[]; md5: string }>();
  const knownTasks = new Set<string>();
  let seq = 0;

  const record = (sent: WecomSent) => {
    peer.sent.push(sent);
    peer.onSent?.(sent);
  };
  const peer: WecomPeer = {
    wsUrl: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
    botId,
    secret,
    sent: [],
    violations: [],
    files: new Map(),
    gone: new Set(),
    subscriptions: [],
    say({ userid, text, chatid, msgtype = 'text' }) {
      const reqId = `cb_${++seq}_${randomBytes(4).toString('hex')}`;
      callbacks.set(reqId, { chat: chatid ?? userid, kind: 'message', at: Date.now() });
      push({
        cmd: 'aibot_msg_callback',
        headers: { req_id: reqId },
        body: {
          msgid: `msg${seq}`,
          aibotid: botId,
          ...(chatid ? { chatid } : {}),
          chattype: chatid ? 'group' : 'single',
          from: { userid },
          create_time: Math.floor(Date.now() / 1000),
          response_url: `http://127.0.0.1:9/unused/${seq}`,
          msgtype,
          // In groups the platform delivers the mention with the text, as the user typed it.
          ...(msgtype === 'text'
            ? { text: { content: chatid ? `@党务助手 ${text}` : text } }
            : { image: { url: 'http://127.0.0.1:9/unused.png', aeskey: 'unused' } }),
        },
      });
      return reqId;
    },
    press({ userid, taskId, key, chatid }) {
      const reqId = `ev_${++seq}_${randomBytes(4).toString('hex')}`;
      callbacks.set(reqId, { chat: chatid ?? userid, kind: 'event', at: Date.now(), taskId });
      if (!knownTasks.has(taskId)) peer.violations.push(`press on unknown task ${taskId}`);
      push({
        cmd: 'aibot_event_callback',
        headers: { req_id: reqId },
        body: {
          msgid: `ev${seq}`,
          create_time: Math.floor(Date.now() / 1000),
          aibotid: botId,
          ...(chatid ? { chatid } : {}),
          chattype: chatid ? 'group' : 'single',
          from: { userid },
          msgtype: 'event',
          event: {
            eventtype: 'template_card_event',
            template_card_event: { card_type: 'button_interaction', event_key: key, task_id: taskId },
            event_key: key,
            task_id: taskId,
          },
        },
      });
      return reqId;
    },
    async waitFor(chat, count, seconds = 5) {
      const deadline = Date.now() + seconds * 1000;
      for (;;) {
        const found = peer.to(chat);
        if (found.length >= count) return found;
        if (Date.now() > deadline)
          throw new Error(
            `expected ${count} frames to ${chat}, got ${found.length}: ${JSON.stringify(found.map((f) => visibleText(f.body)))}`,
          );
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    to: (chat) => peer.sent.filter((s) => s.chat === chat),
    connections: () => authed.size,
    dropAll() {
      for (const socket of sockets) socket.terminate();
    },
    raw(frame, chat) {
      const reqId = typeof frame === 'object' ? (frame as { headers?: { req_id?: string } }).headers?.req_id : undefined;
      if (reqId && chat) callbacks.set(reqId, { chat: chat.chat, kind: chat.event ? 'event' : 'message', at: Date.now() });
      const target = [...authed].at(-1);
      if (!target) throw new Error('wecom peer: no authenticated connection');
      target.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
    },
    async stop() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  /** Callbacks go to the newest authenticated connection (one connection per bot, as the platform keeps). */
  function push(frame: object) {
    const target = [...authed].at(-1);
    if (!target) throw new Error('wecom peer: no authenticated connection');
    target.send(JSON.stringify(frame));
  }

  function checkCard(card: any, where: string) {
    if (!card || typeof card !== 'object') return peer.violations.push(`${where}: template_card missing`);
    if (card.card_type === 'button_interaction') {
      if (!card.task_id || !/^[A-Za-z0-9_\-@]{1,128}$/.test(card.task_id)) peer.violations.push(`${where}: bad task_id ${card.task_id}`);
      const keys = (card.button_list ?? []).map((b: any) => b.key);
      if (keys.length === 0 || keys.length > 6) peer.violations.push(`${where}: ${keys.length} buttons`);
      if (new Set(keys).size !== keys.length) peer.violations.push(`${where}: duplicate button keys`);
      if (keys.some((k: string) => Buffer.byteLength(k) > 1024)) peer.violations.push(`${where}: key over 1024 bytes`);
      if (!card.main_title?.title) peer.violations.push(`${where}: main_title.title missing`);
      if (card.task_id) knownTasks.add(card.task_id);
    }
  }

  function checkContent(body: any, where: string) {
    if (body.msgtype === 'stream' && Buffer.byteLength(body.stream?.content ?? '') > STREAM_CONTENT_BYTES)
      peer.violations.push(`${where}: stream content too long`);
    if (body.msgtype === 'markdown' && Buffer.byteLength(body.markdown?.content ?? '') > MARKDOWN_CONTENT_BYTES)
      peer.violations.push(`${where}: markdown too long`);
    if (body.msgtype === 'template_card') checkCard(body.template_card, where);
  }

  /** A media message must name an upload of its own type (an image message, a media id uploaded as image). */
  function checkMedia(body: any, where: string) {
    if (!['file', 'image', 'voice', 'video'].includes(body.msgtype)) return;
    const upload = peer.files.get(body[body.msgtype]?.media_id);
    if (!upload) peer.violations.push(`${where}: unknown media_id`);
    else if (upload.type !== body.msgtype) peer.violations.push(`${where}: ${body.msgtype} message with a ${upload.type} upload`);
  }

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      authed.delete(socket);
    });
    socket.on('message', (data) => {
      let frame: any;
      try {
        frame = JSON.parse(String(data));
      } catch {
        peer.violations.push('non-JSON frame');
        return;
      }
      const reqId: string = frame.headers?.req_id ?? '';
      const ack = (errcode = 0, errmsg = 'ok', body?: object) =>
        socket.send(JSON.stringify({ headers: { req_id: reqId }, errcode, errmsg, ...(body ? { body } : {}) }));
      if (frame.cmd === 'aibot_subscribe') {
        peer.subscriptions.push(String(frame.body?.bot_id));
        if (frame.body?.bot_id !== botId || frame.body?.secret !== secret) return ack(40001, 'invalid secret or bot_id');
        authed.add(socket);
        return ack();
      }
      if (!authed.has(socket)) return ack(40014, 'not subscribed');
      switch (frame.cmd) {
        case 'ping':
          return ack();
        case 'aibot_respond_msg': {
          const callback = callbacks.get(reqId);
          if (callback?.kind !== 'message') {
            peer.violations.push(`aibot_respond_msg for ${callback ? 'an event' : 'an unknown req_id'} ${reqId}`);
            return ack(40058, 'invalid req_id');
          }
          checkContent(frame.body, 'respond');
          checkMedia(frame.body, 'respond');
          record({ cmd: frame.cmd, chat: callback.chat, body: frame.body, reqId });
          return ack();
        }
        case 'aibot_respond_update_msg': {
          const callback = callbacks.get(reqId);
          if (callback?.kind !== 'event') {
            peer.violations.push(`card update for a non-event req_id ${reqId}`);
            return ack(40058, 'invalid req_id');
          }
          if (Date.now() - callback.at > 5000) return ack(40058, 'card update after 5 s');
          if (frame.body?.response_type !== 'update_template_card') peer.violations.push('card update without response_type');
          if (frame.body?.template_card?.task_id !== callback.taskId) peer.violations.push('card update with another task_id');
          record({ cmd: frame.cmd, chat: callback.chat, body: frame.body, reqId });
          return ack();
        }
        case 'aibot_send_msg': {
          const chat = String(frame.body?.chatid ?? '');
          if (peer.gone.has(chat)) return ack(86003, 'chatid not exist');
          checkContent(frame.body, 'send');
          checkMedia(frame.body, 'send');
          record({ cmd: frame.cmd, chat, body: frame.body, reqId });
          return ack();
        }
        case 'aibot_upload_media_init': {
          const uploadId = `up${++seq}`;
          if (!['file', 'image', 'voice', 'video'].includes(frame.body?.type)) return ack(40004, 'invalid media type');
          uploads.set(uploadId, { filename: frame.body.filename, type: frame.body.type, chunks: [], md5: frame.body.md5 });
          return ack(0, 'ok', { upload_id: uploadId });
        }
        case 'aibot_upload_media_chunk': {
          const upload = uploads.get(frame.body?.upload_id);
          if (!upload) return ack(40058, 'unknown upload_id');
          upload.chunks[frame.body.chunk_index] = Buffer.from(frame.body.base64_data, 'base64');
          return ack();
        }
        case 'aibot_upload_media_finish': {
          const upload = uploads.get(frame.body?.upload_id);
          if (!upload) return ack(40058, 'unknown upload_id');
          const content = Buffer.concat(upload.chunks);
          if (createHash('md5').update(content).digest('hex') !== upload.md5) peer.violations.push('upload md5 mismatch');
          const mediaId = `media${++seq}`;
          peer.files.set(mediaId, { filename: upload.filename, type: upload.type, content });
          return ack(0, 'ok', { type: upload.type, media_id: mediaId, created_at: String(Math.floor(Date.now() / 1000)) });
        }
        default:
          peer.violations.push(`unknown cmd ${frame.cmd}`);
          return ack(40058, 'unknown cmd');
      }
    });
  });
  return peer;
}

/** The text a user sees of a frame the bot sent: stream/markdown content, or a card's title and text. */
export function visibleText(body: any): string {
  if (body.msgtype === 'stream') return body.stream.content;
  if (body.msgtype === 'markdown') return body.markdown.content;
  const card = body.template_card;
  if (card) return [card.main_title?.title, card.sub_title_text].filter(Boolean).join('\n');
  if (body.msgtype === 'file') return `[文件 ${body.file.media_id}]`;
  if (body.msgtype === 'image') return `[图片 ${body.image.media_id}]`;
  return '';
}

/** The buttons of a frame's card, with the task id a press must name. */
export function cardButtons(body: any): { taskId: string; text: string; key: string }[] {
  const card = body.template_card;
  if (!card?.button_list) return [];
  return card.button_list.map((b: any) => ({ taskId: card.task_id, text: b.text, key: b.key }));
}

/**
 * Plays a script (typed lines, `press:<label>` for a button of the last card) in a private chat through the 企业微信
 * adapter, on its own fake gateway, and returns what the user saw after each step: the texts of the step's messages
 * (card updates and the bare “请选择：” prompt left out), blank lines removed (a card's text does not keep them).
 */
export async function viaWecom(script: string[], features: FeatureFactory[]): Promise<string[]> {
  const peer = await startWecomPeer();
  const bot = await createTestBot({ features });
  const adapter = createWecomAdapter({
    app: bot.runtime.app,
    log: silentLogger(),
    botId: peer.botId,
    secret: peer.secret,
    wsUrl: peer.wsUrl,
  });
  await adapter.start();
  const user = 'parity';
  const shown = () => peer.to(user).filter((f) => f.cmd !== 'aibot_respond_update_msg');
  const texts: string[] = [];
  try {
    for (const step of script) {
      const before = shown().length;
      if (step.startsWith('press:')) {
        const button = shown()
          .flatMap((f) => cardButtons(f.body))
          .findLast((b) => b.text === step.slice(6));
        if (!button) throw new Error(`no button ${step.slice(6)}`);
        peer.press({ userid: user, taskId: button.taskId, key: button.key });
      } else peer.say({ userid: user, text: step });
      const deadline = Date.now() + 5000;
      while (shown().length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 150)); // a reply may be a text and then its card
      const frames = shown()
        .slice(before)
        .map((f) => visibleText(f.body))
        .filter((t) => t !== '请选择：');
      texts.push(frames.join('\n').replace(/\n{2,}/g, '\n'));
    }
  } finally {
    await adapter.stop();
    await bot.close();
    await peer.stop();
  }
  return texts;
}
