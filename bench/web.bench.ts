import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon, { type Result } from 'autocannon';
import { loadConfig } from '../bot/config';
import { silentLogger } from '../bot/logger';
import { createRuntime } from '../bot/runtime';
import { seedConsole } from '../tests/helpers/console-seed';
import { webMigrations } from '../web';
import { createAccountStore } from '../web/accounts';
import { ms } from './measure';

/**
 * `npm run bench -- web`: the console for a county of 500 branches, 20,000 members and two years of records.
 * 总览 and one branch's page under 20 concurrent logged-in sessions (autocannon on loopback), against the login page
 * (same server, no database work) as the peer; p50/p99 and the server's RSS. Target: p99 ≤ 100 ms.
 */

const BRANCHES = 500;
const MEMBERS_PER_BRANCH = 40;
const SESSIONS = 20;
const DURATION_S = Number(process.env.BENCH_WEB_SECONDS ?? 10);
const PASSWORD = 'bench-password-1';

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-web-'));
  const dbPath = join(dir, 'dangwu.db');
  try {
    const runtime = await createRuntime({ config: loadConfig({ DANGWU_DB: dbPath }), log: silentLogger(), extraMigrations: webMigrations });
    const seedStart = Date.now();
    const { branchIds } = seedConsole(runtime.storage.sqlite, {
      branches: BRANCHES,
      membersPerBranch: MEMBERS_PER_BRANCH,
      days: 730,
      attemptsPerMember: 25,
      now: new Date(),
    });
    const counts = Object.fromEntries(
      ['branches', 'branch_members', 'meeting_records', 'certificates', 'quiz_attempts', 'quiz_sessions'].map((t) => [
        t,
        (runtime.storage.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
      ]),
    );
    console.log(
      `seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s: ${Object.entries(counts)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}`,
    );
    const accounts = createAccountStore(runtime.storage.sqlite);
    accounts.add({ username: 'bench', password: PASSWORD, role: 'org', branches: [] }, 'bench');
    await runtime.close();

    const branchId = branchIds[Math.floor(branchIds.length / 2)]!;
    const child = spawn(process.execPath, [resolve('bin/run-ts.js'), 'bench/web-server-child.ts'], {
      env: { ...process.env, DANGWU_DB: dbPath, BENCH_BRANCH_ID: String(branchId), LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const ready = JSON.parse(await firstLine(child.stdout!)) as {
        url: string;
        coldOverviewMs: number;
        coldBranchMs: number;
        coldLearningMs: number;
        coldWarningsMs: number;
      };
      console.log(
        `uncached, one request: 总览 figures ${ms(ready.coldOverviewMs)}, branch page figures ${ms(ready.coldBranchMs)}, 学习 figures ${ms(ready.coldLearningMs)}, 五不 warnings of every branch ${ms(ready.coldWarningsMs)}`,
      );
      const cookies = await Promise.all(Array.from({ length: SESSIONS }, () => login(ready.url)));
      const results: Record<string, Result> = {};
      for (const [name, path] of [
        ['登录页（同服务器，无数据库，对照）', '/login'],
        ['总览', '/'],
        ['支部详情', `/branches/${branchId}`],
      ] as const) {
        let next = 0;
        const result = await autocannon({
          url: ready.url,
          connections: SESSIONS,
          duration: DURATION_S,
          requests: [
            {
              method: 'GET',
              path,
              // One session per connection: 20 people looking at the console at once.
              setupRequest: (req, context) => {
                context.cookie ??= cookies[next++ % SESSIONS];
                return { ...req, headers: { ...req.headers, cookie: String(context.cookie) } };
              },
            },
          ],
        });
        results[name] = result;
        const bad = result.non2xx + result.errors + result.timeouts;
        console.log(
          `${name} ${path}: p50 ${ms(result.latency.p50)}, p99 ${ms(result.latency.p99)}, max ${ms(result.latency.max)}, ${result.requests.average.toFixed(0)} req/s${bad ? `, ${bad} failed` : ''}` +
            (path !== '/login' ? `${result.latency.p99 <= 100 ? '（p99 达标 ≤ 100 ms）' : '（p99 超过 100 ms 目标）'}` : ''),
        );
      }
      const peer = results['登录页（同服务器，无数据库，对照）']!;
      for (const name of ['总览', '支部详情'])
        console.log(
          `ratio ${name} / 登录页: p50 ×${(results[name]!.latency.p50 / Math.max(peer.latency.p50, 0.01)).toFixed(1)}, p99 ×${(results[name]!.latency.p99 / Math.max(peer.latency.p99, 0.01)).toFixed(1)}`,
        );
      console.log(`server RSS after load: ${rssOf(child.pid!)}`);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: stream });
    rl.once('line', (line) => {
      resolve(line);
      rl.close();
    });
    rl.once('close', () => reject(new Error('the console process ended before it was ready')));
  });
}

async function login(url: string): Promise<string> {
  const page = await fetch(`${url}/login`);
  const csrfCookie = page.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
  const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  const response = await fetch(`${url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: csrfCookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: token, username: 'bench', password: PASSWORD }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('dangwu_session='));
  if (!session) throw new Error(`login failed: ${response.status}`);
  return session.split(';')[0]!;
}

function rssOf(pid: number): string {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return `${(kb / 1024).toFixed(1)} MB`;
}
