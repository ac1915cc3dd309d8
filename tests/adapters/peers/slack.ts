import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A fake Slack Web API on 127.0.0.1 that records every call (real HTTP through Bolt's WebClient). */
export interface SlackPeer {
  apiUrl: string;
  calls: { method: string; body: any }[];
  /** Users reported as workspace admins by users.info. */
  admins: Set<string>;
  /** Channel → creator for conversations.info. */
  creators: Map<string, string>;
  /** Channels whose chat.postMessage answers `channel_not_found`. */
  gone: Set<string>;
  /** Resolves once `count` calls of `method` have been recorded. */
  waitFor(method: string, count: number, seconds?: number): Promise<{ method: string; body: any }[]>;
  stop(): Promise<void>;
}

export async function startSlackPeer(): Promise<SlackPeer> {
  const peer: SlackPeer = {
    apiUrl: '',
    calls: [],
    admins: new Set(),
    creators: new Map(),
    gone: new Set(),
    async waitFor(method, count, seconds = 5) {
      const deadline = Date.now() + seconds * 1000;
      for (;;) {
        const found = peer.calls.filter((c) => c.method === method);
        if (found.length >= count) return found;
        if (Date.now() > deadline) throw new Error(`expected ${count} ${method} calls, got ${found.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    stop: async () => undefined,
  };
  let ts = 1;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
      const type = String(req.headers['content-type'] ?? '');
      let body: any = {};
      if (type.includes('json')) body = raw ? JSON.parse(raw) : {};
      else if (type.includes('x-www-form-urlencoded')) {
        body = Object.fromEntries(new URLSearchParams(raw));
        for (const key of ['blocks', 'view']) if (typeof body[key] === 'string') body[key] = JSON.parse(body[key]);
      } else body = { raw };
      peer.calls.push({ method, body });
      const ok = (result: object = {}) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, ...result }));
      switch (method) {
        case 'auth.test':
          return ok({ user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'dangwu' });
        case 'chat.postMessage':
          if (peer.gone.has(body.channel))
            return res
              .writeHead(200, { 'content-type': 'application/json' })
              .end(JSON.stringify({ ok: false, error: 'channel_not_found' }));
          return ok({ channel: body.channel, ts: `${ts++}.000` });
        case 'users.info':
          return ok({
            user: { id: body.user, name: body.user.toLowerCase(), real_name: `用户${body.user}`, is_admin: peer.admins.has(body.user) },
          });
        case 'conversations.info':
          return ok({ channel: { id: body.channel, creator: peer.creators.get(body.channel) ?? 'UNOBODY' } });
        case 'conversations.open':
          return ok({ channel: { id: `D${body.users}` } });
        case 'files.getUploadURLExternal':
          return ok({ upload_url: `${peer.apiUrl}upload/F1`, file_id: 'F1' });
        case 'upload/F1':
          return res.writeHead(200).end('OK');
        case 'files.completeUploadExternal':
          return ok({ files: [{ id: 'F1' }] });
        default:
          return ok();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  peer.apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  peer.stop = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return peer;
}

/** Posts a request to Bolt's HTTP receiver signed like Slack does: HMAC-SHA256 of `v0:timestamp:body`. */
export async function postSigned(
  url: string,
  secret: string,
  body: string,
  options: { contentType?: string; timestamp?: number; signature?: string } = {},
) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = options.signature ?? `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
    body,
  });
}

export const eventBody = (event: object) =>
  JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: `Ev${Math.random().toString(36).slice(2)}`,
    event_time: 1,
    event,
  });
export const commandBody = (fields: Record<string, string>) =>
  new URLSearchParams({
    token: 'x',
    team_id: 'T1',
    command: '/dangwu',
    response_url: 'http://127.0.0.1:9/unused',
    trigger_id: 't1',
    api_app_id: 'A1',
    ...fields,
  }).toString();
export const payloadBody = (payload: object) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
export const FORM = 'application/x-www-form-urlencoded';
