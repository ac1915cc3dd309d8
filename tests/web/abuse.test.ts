import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../bot/logger';
import { createAccountStore, FAILURE_MEMORY_HOURS, hashesInFlight, MAX_CONCURRENT_LOGINS } from '../../web/accounts';
import { ADDRESS_WINDOW_MINUTES, MAX_FAILURES_PER_ADDRESS } from '../../web/login-limits';
import { MAX_FORM_FIELDS } from '../../web/request-limits';
import { startWebConsole } from '../../web/server';
import { docxBomb, xlsxBomb } from '../helpers/zip-bombs';
import { type Client, type ConsoleHarness, csvFile, PASSWORD, QUESTION_HEADER, startHarness } from './harness';

/** Issue 24: the console under a login flood, huge bodies, form floods and sockets that never finish their headers. */

let h: ConsoleHarness;

beforeAll(async () => {
  h = await startHarness({ branches: 1, membersPerBranch: 2, days: 30, attemptsPerMember: 2, names: ['第一支部'] });
  await h.addAccount('zuzhibu', 'org');
});
afterAll(() => h.close());

const cookieOf = (client: Client) => [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/**
 * POSTs `body` (or `bytes` of filler) on a connection of its own, chunked (no Content-Length) or with one, and
 * resolves with the answer. The server may stop reading and close once it has answered, so write errors are ignored.
 */
function postBytes(
  base: string,
  path: string,
  options: { cookie: string; bytes?: number; body?: Buffer; chunked: boolean },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, base);
    const headers: Record<string, string> = { cookie: options.cookie, 'content-type': 'application/x-www-form-urlencoded' };
    const bytes = options.body?.length ?? options.bytes ?? 0;
    if (!options.chunked) headers['content-length'] = String(bytes);
    // A connection of its own (no keep-alive pool): the server drops one whose body it refused once it has answered.
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', reject);
    });
    req.on('error', () => {});
    if (options.body) return void req.end(options.body);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('logins under a flood', () => {
  it('checks a password off the event loop: a page is served while a hash is being computed', async () => {
    const client = h.client();
    await client.page('/login');
    let settled = false;
    const login = client.post('/login', { username: 'zuzhibu', password: PASSWORD }).finally(() => (settled = true));
    // With a blocking hash the event loop never turns while one runs, so none is ever seen in flight from here.
    while (!settled && hashesInFlight() === 0) await new Promise((resolve) => setImmediate(resolve));
    expect(hashesInFlight()).toBeGreaterThan(0);
    const page = await h.client().page('/login');
    expect(page.status).toBe(200);
    expect(settled).toBe(false);
    expect((await login).status).toBe(303);
  });

  it('refuses logins beyond the concurrent cap at once, in Chinese, and still lets the others in', async () => {
    const clients = Array.from({ length: MAX_CONCURRENT_LOGINS + 20 }, () => h.client());
    await Promise.all(clients.map((client) => client.page('/login')));
    const answers = await Promise.all(clients.map((client) => client.post('/login', { username: 'zuzhibu', password: PASSWORD })));
    const statuses = answers.map((a) => a.status);
    expect(statuses).toContain(303);
    expect(statuses).toContain(429);
    expect(statuses.every((s) => s === 303 || s === 429)).toBe(true);
    expect(answers.find((a) => a.status === 429)!.text).toContain('登录的人太多，请稍后再试');
  });

  it('forgets failures of names not tried for a day, and keeps at most the newest names', async () => {
    const accounts = createAccountStore(h.runtime.storage, () => h.clock.now(), { maxFailureRows: 3 });
    for (const name of ['ghost0', 'ghost1', 'ghost2', 'ghost3', 'ghost4'])
      expect((await accounts.login(name, 'whatever-pass')).ok).toBe(false);
    expect(await accounts.failureRows()).toBe(3);
    h.clock.advanceMinutes(FAILURE_MEMORY_HOURS * 60 + 1);
    expect((await accounts.login('ghost5', 'whatever-pass')).ok).toBe(false);
    expect(await accounts.failureRows()).toBe(1);
  });

  it('refuses an address after too many failed logins, whatever names it tries', async () => {
    h.clock.advanceMinutes(ADDRESS_WINDOW_MINUTES + 1);
    const client = h.client();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) expect((await client.login(`ghost${i}`, 'whatever-pass')).status).toBe(401);
    const refused = await client.login('zuzhibu', PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.text).toContain('这台电脑登录失败的次数太多');
    // Behind a reverse proxy on this machine, each user is the address the proxy forwards, not the proxy's own.
    const behindProxy = h.client();
    await behindProxy.page('/login');
    const form = new FormData();
    for (const [key, value] of Object.entries({ _csrf: behindProxy.csrf, username: 'zuzhibu', password: PASSWORD })) form.set(key, value);
    const proxied = await behindProxy.request('/login', { method: 'POST', body: form, headers: { 'x-forwarded-for': '10.1.2.3' } });
    expect(proxied.status).toBe(303);
    h.clock.advanceMinutes(ADDRESS_WINDOW_MINUTES + 1);
    expect((await client.login('zuzhibu', PASSWORD)).status).toBe(303);
  });
});

describe('bodies and forms', () => {
  it('refuses a huge body to /logout and to resolving a gap before reading it, and stays up', async () => {
    const client = await h.login('zuzhibu');
    const cookie = cookieOf(client);
    for (const chunked of [true, false]) {
      for (const path of ['/logout', '/knowledge/gaps/1/resolve']) {
        const answer = await postBytes(h.web.url, path, { cookie, bytes: 16 * 1024 * 1024, chunked });
        expect(answer.status, `${path} chunked=${chunked}`).toBe(413);
        expect(answer.text).toContain('请求内容太大');
      }
    }
    expect((await client.page('/')).status).toBe(200);
  });

  it('answers a flood of form fields with a clear refusal, not a server error', async () => {
    const client = await h.login('zuzhibu');
    await client.page('/banks');
    const flood = new URLSearchParams([['_csrf', client.csrf]]);
    for (let i = 0; i < 150_000; i++) flood.append('banks', `b${i}`);
    const defaults = await postBytes(h.web.url, '/banks/default', {
      cookie: cookieOf(client),
      body: Buffer.from(flood.toString()),
      chunked: false,
    });
    expect(defaults.status).toBe(413);
    expect(defaults.text).toContain('请求内容太大');

    // Within an upload's size, but far more fields than any real form has.
    const fields: Record<string, string[]> = { note: Array.from({ length: MAX_FORM_FIELDS + 1 }, (_, i) => String(i)) };
    const upload = await client.post('/knowledge/upload', fields);
    expect(upload.status).toBe(413);
    expect(upload.text).toContain('表单字段太多');
    expect(h.logs.some((line) => line.includes('web console error'))).toBe(false);
  });
});

describe('uploads', () => {
  it('refuses a .docx and an .xlsx that unpack to far more than they weigh, saying the limit, and writes nothing', async () => {
    const client = await h.login('zuzhibu');
    await client.page('/knowledge');
    const documents = await h.documents();
    const docx = await client.post('/knowledge/upload', { files: new File([new Uint8Array(await docxBomb(60))], '通知.docx') });
    expect(docx.status).toBe(422);
    expect(docx.text).toContain('文件解压后超过 50 MB，已拒绝');
    expect(await h.documents()).toBe(documents);

    await client.page('/banks');
    const xlsx = await client.post('/banks/preview', {
      file: new File([new Uint8Array(await xlsxBomb(25, 'small'))], '题库.xlsx'),
      bank: '炸弹题库',
    });
    expect(xlsx.status).toBe(422);
    expect(xlsx.text).toContain('文件解压后超过 20 MB，已拒绝');
    expect(await h.questions('炸弹题库')).toBe(0);
  });

  it('keeps the extension of a very long file name, so it is not refused as 无扩展名', async () => {
    const client = await h.login('zuzhibu');
    await client.page('/knowledge');
    const long = `${'关于进一步加强流动党员管理工作的通知'.repeat(17)}.md`;
    expect(long.length).toBeGreaterThan(300);
    const doc = await client.post('/knowledge/upload', { files: new File(['# 流动党员\n\n流出地党组织负责教育管理。\n'], long) });
    expect(doc.text).not.toContain('无扩展名');
    expect(doc.status).toBe(200);
    expect(doc.text).toContain('已导入');

    await client.page('/banks');
    const bank = csvFile(`${'县委组织部题库'.repeat(45)}.csv`, [QUESTION_HEADER, '判断,党费按月交纳,,,,,,,正确,,初级,党费,']);
    const preview = await client.post('/banks/preview', { file: bank, bank: '长名题库' });
    expect(preview.text).not.toContain('无扩展名');
    expect(preview.status).toBe(200);
  });
});

describe('slow connections', () => {
  it('closes a connection that drips its headers and one that sends nothing', async () => {
    const web = await startWebConsole({
      storage: h.runtime.storage,
      now: () => h.clock.now(),
      zone: 'Asia/Shanghai',
      log: silentLogger(),
      uploadDir: join(h.dir, 'uploads'),
      port: 0,
      host: '127.0.0.1',
      serverLimits: { headersTimeoutMs: 300, checkIntervalMs: 100 },
    });
    try {
      const { port } = new URL(web.url);
      const closedByServer = (drip: boolean) =>
        new Promise<string>((resolve) => {
          const socket = connect(Number(port), '127.0.0.1');
          let answer = '';
          let timer: NodeJS.Timeout | undefined;
          socket.on('data', (chunk) => (answer += chunk));
          socket.on('error', () => {});
          socket.on('close', () => {
            clearInterval(timer);
            resolve(answer);
          });
          if (!drip) return;
          socket.write('GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\n');
          // One header line at a time, never the blank line that ends them: the connection lasts until the server ends it.
          let n = 0;
          timer = setInterval(() => socket.write(`X-Drip-${n++}: 1\r\n`), 50);
        });
      const [dripping, idle] = await Promise.all([closedByServer(true), closedByServer(false)]);
      expect(dripping).toContain('408 Request Timeout');
      expect(idle).toContain('408 Request Timeout');
    } finally {
      await web.close();
    }
  });
});
