import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { docxBomb, xlsxBomb } from '../tests/helpers/zip-bombs';
import { ms, summarize } from './measure';

/**
 * `npm run bench -- abuse` (issue 24): the bot with its console in a child process (bench/abuse-server-child.ts),
 * attacked from this one; a fresh child for each of the three parts, so each part's memory figures are its own.
 * 1. Login flood: rounds of 60 concurrent `POST /login` with new names (ghost0…), each from its own loopback address
 *    (127.0.0.2…, as a botnet would), while a `GET /login` and a chat message through the runtime are timed one after
 *    another. Target: p99 ≤ 200 ms for both; the same without the flood is the peer.
 * 2. A 1 GB body to /logout, streamed from a 1 MB buffer (never held here), chunked and with a Content-Length.
 *    Target: refused, server RSS growth < 50 MB.
 * 3. Zip bombs uploaded by an org account: a ~200 KB .docx that unpacks to 200 MB (declared honestly, and lying),
 *    .xlsx question banks of ~600 KB and ~3.6 MB. Target: each refused, server peak RSS < 300 MB.
 * BENCH_ABUSE_ROUNDS (flood rounds, 10) changes the length.
 */

const PASSWORD = 'bench-password-1';
const FLOOD = 60;
const ROUNDS = Number(process.env.BENCH_ABUSE_ROUNDS ?? 10);
const LATENCY_TARGET_MS = 200;
const BODY_GROWTH_TARGET_MB = 50;
const PEAK_TARGET_MB = 300;
const CHAT_TEXT = '预备党员的预备期是多长时间？';
const LOGIN_TOKEN = 'bench-login-token-000000'; // the login form's double-submit token: any 24 characters will do

interface Answer {
  status: number;
  text: string;
  cookies: string[];
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const verdict = (ok: boolean) => (ok ? '达标' : '未达标');

/** One HTTP request from `from` (a loopback address), with the body written by `write` (which may stop early). */
function send(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: Buffer; from?: string; agent?: Agent },
): Promise<Answer> {
  return new Promise((resolveAnswer, reject) => {
    const target = new URL(url);
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: init.method ?? 'GET',
        headers: init.headers,
        localAddress: init.from,
        agent: init.agent ?? false,
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () =>
          resolveAnswer({
            status: res.statusCode ?? 0,
            text: Buffer.concat(parts).toString('utf8'),
            cookies: res.headers['set-cookie'] ?? [],
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

const loginForm = (username: string, password: string) =>
  Buffer.from(new URLSearchParams({ _csrf: LOGIN_TOKEN, username, password }).toString());
const loginHeaders = {
  'content-type': 'application/x-www-form-urlencoded',
  cookie: `dangwu_login_csrf=${LOGIN_TOKEN}`,
};

class Server {
  private next = 0;
  private waiting = new Map<number, (reply: Record<string, number>) => void>();
  constructor(
    readonly child: ChildProcess,
    readonly url: string,
  ) {
    child.on('message', (reply: { id: number } & Record<string, number>) => {
      this.waiting.get(reply.id)?.(reply);
      this.waiting.delete(reply.id);
    });
  }

  static async start(dir: string): Promise<Server> {
    const child = spawn(process.execPath, [resolve('bin/run-ts.js'), 'bench/abuse-server-child.ts'], {
      env: { ...process.env, DANGWU_DB: join(dir, 'dangwu.db'), BENCH_PASSWORD: PASSWORD },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    const line = await new Promise<string>((resolveLine, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolveLine);
      child.once('exit', (code) => reject(new Error(`服务进程退出（${code}）`)));
    });
    return new Server(child, (JSON.parse(line) as { url: string }).url);
  }

  private ask(message: Record<string, unknown>): Promise<Record<string, number>> {
    const id = this.next++;
    return new Promise((resolveReply) => {
      this.waiting.set(id, resolveReply);
      this.child.send({ id, ...message });
    });
  }

  /** A chat message through the runtime, timed from here (so time spent waiting for a blocked event loop counts). */
  async chat(): Promise<number> {
    const start = process.hrtime.bigint();
    await this.ask({ cmd: 'chat', text: CHAT_TEXT });
    return Number(process.hrtime.bigint() - start) / 1e6;
  }

  /** RSS now, the highest sampled since the last call, and the lifetime peak, in MB; the event loop's delay (ms). */
  async memory(): Promise<{ rss: number; peak: number; maxRss: number; loopDelayP99: number; loopDelayMax: number }> {
    const reply = await this.ask({ cmd: 'memory' });
    return {
      rss: mb(reply.rss!),
      peak: mb(reply.peak!),
      maxRss: mb(reply.maxRss!),
      loopDelayP99: reply.loopDelayP99!,
      loopDelayMax: reply.loopDelayMax!,
    };
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolveExit) => this.child.once('exit', resolveExit));
    this.child.kill('SIGTERM');
    await exited;
  }
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function run(): Promise<void> {
  await withServer(loginFlood);
  await withServer(hugeBodies);
  console.log('\n3. 压缩炸弹（组织部账号上传；每个炸弹一个新的服务进程）');
  for (const bomb of BOMBS) await withServer((server) => uploadBomb(server, bomb));
}

/** Runs `part` against a fresh server process and prints that process's memory. */
async function withServer(part: (server: Server) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-abuse-'));
  const server = await Server.start(dir);
  try {
    const started = await server.memory();
    await part(server);
    const { maxRss } = await server.memory();
    console.log(`   服务进程：启动后 RSS ${started.rss.toFixed(0)} MB，一生中最高 ${maxRss.toFixed(0)} MB`);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function loginFlood(server: Server): Promise<void> {
  // The person opening the page keeps their connection, as a browser does; each attacker opens a new one.
  const browser = new Agent({ keepAlive: true, maxSockets: 1 });
  const page = () => timed(() => send(`${server.url}/login`, { agent: browser }));
  // Warm: the handbook index, the first scrypt, the page.
  for (let i = 0; i < 5; i++) await Promise.all([page(), server.chat()]);
  const quietPages: number[] = [];
  const quietChats: number[] = [];
  for (let i = 0; i < 30; i++) {
    quietPages.push(await page());
    quietChats.push(await server.chat());
  }

  const quietLoop = await server.memory();
  const pages: number[] = [];
  const chats: number[] = [];
  const statuses = new Map<number, number>();
  let name = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let flooding = true;
    const flood = Promise.all(
      Array.from({ length: FLOOD }, (_, i) =>
        send(`${server.url}/login`, {
          method: 'POST',
          headers: loginHeaders,
          body: loginForm(`ghost${name++}`, 'not-the-password'),
          from: `127.0.0.${2 + i}`,
        }).then((answer) => statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)),
      ),
    ).finally(() => (flooding = false));
    // One page and one chat message after another, for as long as the flood lasts (at least a few of each).
    const probe = async (samples: number[], work: () => Promise<number>) => {
      for (let i = 0; flooding || i < 3; i++) samples.push(await work());
    };
    await Promise.all([flood, probe(pages, page), probe(chats, () => server.chat())]);
  }
  const floodLoop = await server.memory();
  browser.destroy();
  const quiet = { page: summarize(quietPages), chat: summarize(quietChats) };
  const loaded = { page: summarize(pages), chat: summarize(chats) };
  console.log(`\n1. 登录洪水：${ROUNDS} 轮，每轮 ${FLOOD} 个新用户名同时登录（各自一个回环地址）`);
  console.log(`   登录结果：${[...statuses].map(([status, count]) => `${status} × ${count}`).join('，')}`);
  console.log(
    `   服务进程事件循环延迟：洪水中 p99 ${ms(floodLoop.loopDelayP99)}、最长 ${ms(floodLoop.loopDelayMax)}；` +
      `无洪水时 p99 ${ms(quietLoop.loopDelayP99)}、最长 ${ms(quietLoop.loopDelayMax)}（机器负载 ${loadavg()[0]!.toFixed(1)}，${cpus().length} 核）`,
  );
  for (const [label, key] of [
    ['GET /login', 'page'],
    ['聊天消息（同进程）', 'chat'],
  ] as const) {
    const p99 = loaded[key].p99;
    console.log(
      `   ${label}：p50 ${ms(loaded[key].p50)}，p99 ${ms(p99)}（${loaded[key].count} 次）；无洪水时 p99 ${ms(quiet[key].p99)}；` +
        `目标 p99 ≤ ${LATENCY_TARGET_MS} ms：${verdict(p99 <= LATENCY_TARGET_MS)}`,
    );
  }
}

/** A session of the org account (logged in from an address the flood did not use). */
async function orgSession(server: Server): Promise<{ cookie: string; csrf: string }> {
  const login = await send(`${server.url}/login`, {
    method: 'POST',
    headers: loginHeaders,
    body: loginForm('zuzhibu', PASSWORD),
    from: '127.0.1.1',
  });
  if (login.status !== 303) throw new Error(`组织部账号登录失败（${login.status}）`);
  const cookie = login.cookies.map((c) => c.split(';')[0]).join('; ');
  const knowledge = await send(`${server.url}/knowledge`, { headers: { cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(knowledge.text)?.[1];
  if (!csrf) throw new Error('知识库页面没有表单令牌');
  return { cookie, csrf };
}

/**
 * Streams `bytes` of body to `path` through a raw socket (chunked, or with a Content-Length), stopping when the server
 * answers or closes; resolves with the first line of the answer and how much was sent. A raw socket, because the
 * server answering early and closing makes Node's HTTP client report the write error instead of the answer.
 */
function streamBody(url: string, path: string, cookie: string, bytes: number, chunked: boolean): Promise<{ answer: string; sent: number }> {
  const target = new URL(url);
  const block = Buffer.alloc(1024 * 1024, 'a');
  const framed = chunked ? Buffer.concat([Buffer.from(`${block.length.toString(16)}\r\n`), block, Buffer.from('\r\n')]) : block;
  return new Promise((resolveSent) => {
    const socket = connect(Number(target.port), target.hostname);
    let answer = '';
    let sent = 0;
    let stopped = false;
    const finish = () => {
      stopped = true;
      socket.destroy();
      resolveSent({ answer, sent });
    };
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
      if (answer.includes('\r\n\r\n')) finish();
    });
    socket.on('error', finish);
    socket.on('close', finish);
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: ${target.host}\r\nCookie: ${cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
        `${chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${bytes}`}\r\n\r\n`,
    );
    const pump = () => {
      while (!stopped && sent < bytes) {
        sent += block.length;
        if (!socket.write(framed)) return void socket.once('drain', pump);
      }
      if (!stopped && chunked) socket.write('0\r\n\r\n');
    };
    pump();
  });
}

async function hugeBodies(server: Server): Promise<void> {
  const { cookie } = await orgSession(server);
  const GB = 1024 * 1024 * 1024;
  console.log('\n2. 1 GB 请求体发往 /logout（从 1 MB 缓冲区流式发送，本进程不持有）');
  for (const chunked of [true, false]) {
    const before = await server.memory();
    const { answer, sent } = await streamBody(server.url, '/logout', cookie, GB, chunked);
    await new Promise((resolveWait) => setTimeout(resolveWait, 1000));
    const after = await server.memory();
    const growth = Math.max(after.peak, after.rss) - before.rss;
    const status = answer.split('\r\n')[0] ?? '（无答复）';
    console.log(
      `   ${chunked ? '分块发送（无长度）' : `声明长度 ${GB} 字节`}：${status}；答复前已发出 ${mb(sent).toFixed(0)} MB；` +
        `RSS ${before.rss.toFixed(0)} → 最高 ${after.peak.toFixed(0)} → ${after.rss.toFixed(0)} MB，增长 ${growth.toFixed(1)} MB；` +
        `目标 拒绝且增长 < ${BODY_GROWTH_TARGET_MB} MB：${verdict(status.includes(' 413 ') && growth < BODY_GROWTH_TARGET_MB)}`,
    );
  }
}

interface Bomb {
  label: string;
  route: string;
  field: string;
  name: string;
  build: () => Promise<Buffer>;
}

const BOMBS: Bomb[] = [
  { label: '.docx 解压 200 MB', route: '/knowledge/upload', field: 'files', name: '通知.docx', build: () => docxBomb(200) },
  {
    label: '.docx 解压 200 MB（目录谎报大小）',
    route: '/knowledge/upload',
    field: 'files',
    name: '通知.docx',
    build: () => docxBomb(200, 'small'),
  },
  { label: '.xlsx 解压 600 MB', route: '/banks/preview', field: 'file', name: '题库.xlsx', build: () => xlsxBomb(600) },
  {
    label: '.xlsx 解压 3.5 GB（目录谎报大小）',
    route: '/banks/preview',
    field: 'file',
    name: '题库.xlsx',
    build: () => xlsxBomb(3500, 'small'),
  },
];

async function uploadBomb(server: Server, bomb: Bomb): Promise<void> {
  const bytes = await bomb.build();
  const { cookie, csrf } = await orgSession(server);
  const form = new FormData();
  form.set('_csrf', csrf);
  form.set(bomb.field, new File([new Uint8Array(bytes)], bomb.name));
  const encoded = new Request(`${server.url}${bomb.route}`, { method: 'POST', body: form });
  const body = Buffer.from(await encoded.arrayBuffer());
  const before = await server.memory();
  let answer: Answer | undefined;
  const took = await timed(async () => {
    answer = await send(`${server.url}${bomb.route}`, {
      method: 'POST',
      headers: { cookie, 'content-type': encoded.headers.get('content-type')!, 'content-length': String(body.length) },
      body,
    });
  });
  const after = await server.memory();
  const message = /class="notice error"[^>]*>([^<]+)/.exec(answer!.text)?.[1]?.trim() ?? answer!.text.slice(0, 60);
  const refused = answer!.status >= 400 && message.includes('解压后超过');
  console.log(
    `   ${bomb.label}（文件 ${(bytes.length / 1024).toFixed(0)} KB）：${answer!.status} ${message}；${ms(took)}；` +
      `RSS ${before.rss.toFixed(0)} → 最高 ${after.peak.toFixed(0)} MB（增长 ${(after.peak - before.rss).toFixed(1)} MB）；` +
      `目标 拒绝且最高 < ${PEAK_TARGET_MB} MB：${verdict(refused && after.peak < PEAK_TARGET_MB)}`,
  );
}
