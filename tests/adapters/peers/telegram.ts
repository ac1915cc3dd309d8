import { Agent, createServer, type IncomingMessage as HttpRequest, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import TelegramServer from 'telegram-test-api';

type TelegramClient = ReturnType<TelegramServer['getClient']>;

/**
 * telegram-test-api (a Bot API emulator) behind the smallest shim, both on 127.0.0.1.
 * The shim answers what the emulator lacks — setMyCommands, getChatMember, sendDocument and sendPhoto (multipart), setWebhook
 * (recorded, not forwarded: the emulator would post without the secret header) — makes getUpdates a long poll
 * (the emulator answers at once, which would spin the runner), and can play a user who blocked the bot, a 429, a
 * revoked token (401) and another instance polling with the same token (409). A getUpdates without an offset (the
 * adapter's start-up probe) is answered empty: the emulator marks updates read on any getUpdates, while Telegram
 * confirms them only through a later offset. Everything else goes to the emulator untouched.
 */
export interface TelegramPeer {
  server: TelegramServer;
  /** The Bot API root the bot under test uses (the shim). */
  apiRoot: string;
  /** Every Bot API request the shim received, answered or not (a retried send appears once per attempt). */
  calls: { method: string; body: any }[];
  /**
   * The messages the emulator took (sendMessage answered ok), in the order it took them: what the chats received.
   * A send the shim could not hand on (it answered 500, the bot tried again) is in `calls` twice, here once.
   */
  messages: any[];
  /** `${chatId}:${userId}` pairs getChatMember reports as administrators. */
  admins: Set<string>;
  /** Chat ids whose sendMessage answers 403 "bot was blocked by the user". */
  blocked: Set<string>;
  /** The next N sendMessage calls answer 429 with retry_after `retryAfter` (default 1). */
  tooManyRequests: number;
  retryAfter: number;
  /** The next N getUpdates calls answer 409 Conflict, as when another instance polls with the same token. */
  conflicts: number;
  /** Every call answers 401 Unauthorized (a revoked token) while set. */
  unauthorized: boolean;
  documents: { chatId: string; filename: string; content: string }[];
  /** Photos sent with sendPhoto (multipart), bytes as sent. */
  photos: { chatId: string; filename: string; content: Buffer }[];
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const readBody = (req: HttpRequest) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

export async function startTelegramPeer(): Promise<TelegramPeer> {
  const server = new TelegramServer({ port: await freePort(), host: '127.0.0.1', storeTimeout: 600 });
  await server.start();
  const target = new URL(server.config.apiURL);
  const peer = {
    server,
    apiRoot: '',
    calls: [] as TelegramPeer['calls'],
    messages: [] as any[],
    admins: new Set<string>(),
    blocked: new Set<string>(),
    tooManyRequests: 0,
    retryAfter: 1,
    conflicts: 0,
    unauthorized: false,
    documents: [] as TelegramPeer['documents'],
    photos: [] as TelegramPeer['photos'],
    stop: async () => undefined,
  };
  const userUpdate = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        for (const e of events) server.off(e, done);
        resolve();
      };
      const events = ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery'];
      for (const e of events) server.on(e, done);
      setTimeout(done, 500).unref();
    });

  // A new connection to the emulator for each request: Node's global agent keeps sockets for 5 s, as long as the
  // emulator's server does, so a reused socket was now and then closed under a request (ECONNRESET, a 500 to the
  // bot, which sent again: one message in the chat, two sendMessage calls here).
  const agent = new Agent({ keepAlive: false });
  const forward = (method: string, path: string, headers: Record<string, any>, body: Buffer) =>
    new Promise<{ status: number; body: Buffer }>((resolve, reject) => {
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          method,
          path,
          headers: { ...headers, host: target.host, connection: 'close', 'content-length': body.length },
        },
        (res) => {
          readBody(res).then((b) => resolve({ status: res.statusCode ?? 500, body: b }), reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  const shim: Server = createServer(async (req, res) => {
    const send = (status: number, json: unknown) => {
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    };
    try {
      const raw = await readBody(req);
      const match = /^\/bot([^/]+)\/(\w+)/.exec(req.url ?? '');
      const method = match?.[2] ?? '';
      const isJson = String(req.headers['content-type'] ?? '').includes('json');
      const body = isJson && raw.length > 0 ? JSON.parse(raw.toString('utf8')) : {};
      if (match) peer.calls.push({ method, body });
      if (peer.unauthorized) return send(401, { ok: false, error_code: 401, description: 'Unauthorized' });
      switch (method) {
        case 'setMyCommands':
        case 'setWebhook':
          return send(200, { ok: true, result: true });
        case 'getChatMember': {
          const admin = peer.admins.has(`${body.chat_id}:${body.user_id}`);
          return send(200, {
            ok: true,
            result: { status: admin ? 'administrator' : 'member', user: { id: Number(body.user_id), is_bot: false, first_name: 'x' } },
          });
        }
        case 'sendDocument': {
          const text = raw.toString('utf8');
          // grammY's multipart: `content-disposition:form-data;name="…";filename=…` headers, CRLF-separated.
          const chatId = /name="chat_id"\r\n\r\n([^\r]*)/.exec(text)?.[1] ?? '';
          const file = /;filename="?([^"\r\n]*)"?\r\n(?:[^\r]*\r\n)*?\r\n([\s\S]*?)\r\n--/.exec(text);
          const filename = file?.[1] ?? '';
          const content = file?.[2] ?? '';
          peer.documents.push({ chatId, filename, content });
          return send(200, { ok: true, result: { message_id: 1, date: 0, chat: { id: Number(chatId), type: 'private' } } });
        }
        case 'sendPhoto': {
          // Binary-safe: latin1 keeps every byte of the PNG as one character.
          const text = raw.toString('latin1');
          const chatId = /name="chat_id"\r\n\r\n([^\r]*)/.exec(text)?.[1] ?? '';
          const file = /;filename="?([^"\r\n]*)"?\r\n(?:[^\r]*\r\n)*?\r\n([\s\S]*?)\r\n--/.exec(text);
          peer.photos.push({ chatId, filename: file?.[1] ?? '', content: Buffer.from(file?.[2] ?? '', 'latin1') });
          return send(200, { ok: true, result: { message_id: 1, date: 0, chat: { id: Number(chatId), type: 'private' }, photo: [] } });
        }
        case 'sendMessage':
          if (peer.blocked.has(String(body.chat_id)))
            return send(403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
          if (peer.tooManyRequests > 0) {
            peer.tooManyRequests--;
            return send(429, {
              ok: false,
              error_code: 429,
              description: `Too Many Requests: retry after ${peer.retryAfter}`,
              parameters: { retry_after: peer.retryAfter },
            });
          }
          break;
        case 'getUpdates': {
          if (peer.conflicts > 0) {
            peer.conflicts--;
            return send(409, {
              ok: false,
              error_code: 409,
              description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
            });
          }
          if (body.offset === undefined) return send(200, { ok: true, result: [] });
          const deadline = Date.now() + Math.min(Number(body.timeout ?? 0), 2) * 1000;
          for (;;) {
            const answer = await forward(req.method ?? 'POST', req.url ?? '', req.headers, raw);
            const parsed = JSON.parse(answer.body.toString('utf8'));
            if (parsed.result?.length > 0 || Date.now() >= deadline || req.destroyed) return send(answer.status, parsed);
            await userUpdate();
          }
        }
      }
      const answer = await forward(req.method ?? 'POST', req.url ?? '', req.headers, raw);
      if (method === 'sendMessage' && answer.status === 200) peer.messages.push(body);
      if (!res.destroyed) res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    } catch (error) {
      send(500, { ok: false, error_code: 500, description: String(error) });
    }
  });
  await new Promise<void>((resolve) => shim.listen(0, '127.0.0.1', resolve));
  peer.apiRoot = `http://127.0.0.1:${(shim.address() as AddressInfo).port}`;
  peer.stop = async () => {
    shim.closeAllConnections();
    await new Promise<void>((resolve) => shim.close(() => resolve()));
    await server.stop();
  };
  return peer;
}

/**
 * Collects the bot's messages to the client's chat until `count` arrived (or fails after `seconds`: generous by
 * default, as a reply on PostgreSQL on a loaded machine can take several seconds; a wait meant to see nothing says
 * how long it waits).
 *
 * Each look is one request to the emulator's getUpdates, awaited to its end. The emulator's own
 * `client.getUpdates()` is not used: after an empty look it polls again under a 1 s timeout that rejects without
 * stopping the polling, so every look that timed out (any wait of a second or more: a 429's retry_after, a busy
 * machine) left a poller behind, and the emulator marks a message read for whichever poller asks first; one of
 * those nobody awaits any more took the bot's message, and the test saw it missing.
 */
export async function botMessages(client: TelegramClient, count: number, seconds = 30): Promise<any[]> {
  // The emulator's client keeps these private; they are what its own getUpdates posts.
  const { url, botToken, chatId } = client as unknown as { url: string; botToken: string; chatId: number };
  const out: any[] = [];
  const deadline = Date.now() + seconds * 1000;
  while (out.length < count) {
    if (Date.now() > deadline)
      throw new Error(`expected ${count} bot messages, got ${out.length}: ${JSON.stringify(out.map((m) => m.text))}`);
    const response = await fetch(`${url}/getUpdates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: botToken, chatId }),
    });
    const updates = (await response.json()) as { result?: { message: any }[] };
    const fresh = updates.result ?? [];
    out.push(...fresh.map((u) => u.message));
    if (fresh.length === 0) await new Promise((r) => setTimeout(r, 50));
  }
  return out;
}
