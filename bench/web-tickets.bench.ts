import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon, { type Result } from 'autocannon';
import { createRemindersStores, TICKET_CATEGORIES } from '../bot';
import { loadConfig } from '../bot/config';
import { silentLogger } from '../bot/logger';
import { createRuntime } from '../bot/runtime';
import { scratchDatabase } from '../tests/helpers/database';
import { seedTickets } from '../tests/helpers/tickets-seed';
import { webMigrations } from '../web';
import { createAccountStore } from '../web/accounts';
import { ms } from './measure';

/**
 * `npm run bench -- web` (or `-- web-tickets`): the console's 民情工单 page over 200,000 工单 in 500 branches (400
 * each over the year before now, seeded through the tickets store's bulk insert), on SQLite and on PostgreSQL side
 * by side. Under 20 concurrent logged-in sessions (autocannon on loopback): an organisation account's page, the same
 * with filters (period × category × status in turn), every branch in turn, and a query no cache holds; a branch
 * account's page and the same with a filter; the login page (same server, no database) as the peer. Target: p99 ≤
 * 100 ms. The page keeps its figures until a 工单 changes, so the queries are also timed uncached in the server
 * process before it serves (what the first request after a change pays). BENCH_WEB_SECONDS (per run, 6),
 * BENCH_WEB_ROUNDS (2) and BENCH_WEB_BACKENDS (sqlite,postgres) change the run.
 */

const BRANCHES = 500;
const TICKETS_PER_BRANCH = 400;
const SESSIONS = 20;
const DURATION_S = Number(process.env.BENCH_WEB_SECONDS ?? 6);
const ROUNDS = Number(process.env.BENCH_WEB_ROUNDS ?? 2);
const PASSWORD = 'bench-password-1';
const TARGET_MS = 100;

type Backend = 'sqlite' | 'postgres';
const BACKEND_NAMES: Record<Backend, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };
const PEER = '登录页（无数据库，对照）';
const PERIODS = ['year', 'quarter', 'month'];
const STATUSES = ['open', 'overdue', 'done', 'spot'];

interface Scenario {
  name: string;
  account: 'org' | 'branch';
  path: (turn: number) => string;
}

interface Uncached {
  org: { p50: number; p99: number };
  orgFiltered: { p50: number; p99: number };
  branch: { p50: number; p99: number };
  branchFiltered: { p50: number; p99: number };
}

export async function run(): Promise<void> {
  const backends = (process.env.BENCH_WEB_BACKENDS ?? 'sqlite,postgres').split(',') as Backend[];
  const results = new Map<Backend, { p99: Map<string, number>; uncached: Uncached } | string>();
  for (const backend of backends) {
    console.log(`\n--- ${BACKEND_NAMES[backend]} ---`);
    try {
      results.set(backend, await runOn(backend));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.log(`${BACKEND_NAMES[backend]}: 未能运行（${reason}）`);
      results.set(backend, reason);
    }
  }
  const cell = (backend: Backend, pick: (r: { p99: Map<string, number>; uncached: Uncached }) => number | undefined) => {
    const r = results.get(backend);
    const value = typeof r === 'string' || !r ? undefined : pick(r);
    return `${BACKEND_NAMES[backend]} ${value === undefined ? '—' : ms(value)}`;
  };
  // The machine is shared: the ratio to the login page served by the same process in the same run is what compares.
  const ratio = (backend: Backend, name: string) => {
    const r = results.get(backend);
    if (typeof r === 'string' || !r || name === PEER) return '';
    return ` (×${((r.p99.get(name) ?? 0) / Math.max(r.p99.get(PEER) ?? 1, 0.01)).toFixed(1)} 登录页)`;
  };
  console.log('\n民情工单 page, side by side (median p99 of the rounds; target ≤ 100 ms):');
  for (const { name } of scenarios([], 0))
    console.log(`  ${name}: ${backends.map((b) => `${cell(b, (r) => r.p99.get(name))}${ratio(b, name)}`).join(' · ')}`);
  console.log('uncached queries of one page view (figures + list, p99 of 15):');
  for (const [key, label] of [
    ['org', '组织部账号，全年全部支部'],
    ['orgFiltered', '组织部账号，筛选 基础设施·办理中'],
    ['branch', '支部账号，全年'],
    ['branchFiltered', '支部账号，筛选 基础设施·办理中'],
  ] as const)
    console.log(`  ${label}: ${backends.map((b) => cell(b, (r) => r.uncached[key].p99)).join(' · ')}`);
}

function scenarios(branchIds: number[], branchId: number): Scenario[] {
  const filters = PERIODS.flatMap((period) =>
    TICKET_CATEGORIES.flatMap((category) =>
      STATUSES.map((status) => `period=${period}&category=${encodeURIComponent(category)}&status=${status}`),
    ),
  );
  return [
    { name: PEER, account: 'org', path: () => '/login' },
    { name: '组织部：民情工单（20 万件）', account: 'org', path: () => '/tickets' },
    // 84 filter combinations in turn: each computed once, then kept until a 工单 changes.
    { name: '组织部：筛选（时间×类别×状态轮换）', account: 'org', path: (turn) => `/tickets?${filters[turn % filters.length]}` },
    {
      name: '组织部：500 个支部轮流',
      account: 'org',
      path: (turn) => `/tickets?branch=${branchIds[(turn * 7919) % branchIds.length] ?? 0}`,
    },
    // A query string the console has never seen: the list and the page are drawn again (the figures are kept).
    { name: '组织部：筛选，每次新的查询串', account: 'org', path: (turn) => `/tickets?status=open&n=${turn}` },
    { name: '支部账号：民情工单', account: 'branch', path: () => '/tickets' },
    {
      name: '支部账号：筛选',
      account: 'branch',
      path: (turn) => `/tickets?branch=${branchId}&${filters[turn % filters.length]}`,
    },
  ];
}

async function runOn(backend: Backend): Promise<{ p99: Map<string, number>; uncached: Uncached }> {
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-web-tickets-'));
  const database = await scratchDatabase(backend, dir, 'dangwu.db', 'bench_web_tickets');
  try {
    const runtime = await createRuntime({
      config: loadConfig({ DANGWU_DB: database.url }),
      log: silentLogger(),
      extraMigrations: webMigrations,
    });
    const branchIds: number[] = [];
    let branchName: string;
    try {
      const start = Date.now();
      const branches = createRemindersStores(runtime.storage).branches;
      for (let b = 1; b <= BRANCHES; b++) {
        const row = await branches.bind({
          chatKey: `bench:branch-${b}`,
          platform: 'bench',
          chatId: `branch-${b}`,
          name: `第${b}支部`,
          zone: 'Asia/Shanghai',
          secretaryKey: `bench:secretary-${b}`,
          secretaryPlatform: 'bench',
          secretaryChatId: `secretary-${b}`,
          createdAt: new Date().toISOString(),
        });
        branchIds.push(row.id);
      }
      const branchesAt = Date.now();
      await seedTickets(runtime.storage, { branchIds, perBranch: TICKETS_PER_BRANCH, now: new Date() });
      const seeded = Date.now();
      branchName = `第${Math.floor(BRANCHES / 2)}支部`;
      const accounts = createAccountStore(runtime.storage);
      await accounts.add({ username: 'bench-org', password: PASSWORD, role: 'org', branches: [] }, 'bench');
      await accounts.add(
        {
          username: 'bench-branch',
          password: PASSWORD,
          role: 'branch',
          branches: [{ id: branchIds[Math.floor(BRANCHES / 2) - 1]!, name: branchName }],
        },
        'bench',
      );
      const total = BRANCHES * TICKETS_PER_BRANCH;
      console.log(
        `seeded ${BRANCHES} branches in ${((branchesAt - start) / 1000).toFixed(1)} s, ${total} 工单 with their events in ${((seeded - branchesAt) / 1000).toFixed(1)} s (${Math.round(total / ((seeded - branchesAt) / 1000))} a second, the store's bulk insert)`,
      );
    } finally {
      await runtime.close();
    }

    const branchId = branchIds[Math.floor(BRANCHES / 2) - 1]!;
    const child = spawn(process.execPath, [resolve('bin/run-ts.js'), 'bench/web-tickets-server-child.ts'], {
      env: { ...process.env, DANGWU_DB: database.url, BENCH_BRANCH_ID: String(branchId), LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const ready = JSON.parse(await firstLine(child.stdout!)) as { url: string; uncached: Uncached };
      const u = ready.uncached;
      console.log(
        `uncached (figures + list of one view, p50 / p99 of 15): org year ${ms(u.org.p50)} / ${ms(u.org.p99)}, org filtered ${ms(u.orgFiltered.p50)} / ${ms(u.orgFiltered.p99)}, branch year ${ms(u.branch.p50)} / ${ms(u.branch.p99)}, branch filtered ${ms(u.branchFiltered.p50)} / ${ms(u.branchFiltered.p99)}`,
      );
      const cookies = {
        org: await Promise.all(Array.from({ length: SESSIONS }, () => login(ready.url, 'bench-org'))),
        branch: await Promise.all(Array.from({ length: SESSIONS }, () => login(ready.url, 'bench-branch'))),
      };
      const list = scenarios(branchIds, branchId);
      const results = new Map<string, Result[]>(list.map((s) => [s.name, []]));
      let turn = 0;
      for (let round = 1; round <= ROUNDS; round++) {
        for (const scenario of list) {
          let next = 0;
          const result = await autocannon({
            url: ready.url,
            connections: SESSIONS,
            duration: DURATION_S,
            requests: [
              {
                method: 'GET',
                setupRequest: (req, context) => {
                  context.cookie ??= cookies[scenario.account][next++ % SESSIONS];
                  return { ...req, path: scenario.path(turn++), headers: { ...req.headers, cookie: String(context.cookie) } };
                },
              },
            ],
          });
          results.get(scenario.name)!.push(result);
          const bad = result.non2xx + result.errors + result.timeouts;
          console.log(
            `round ${round} ${scenario.name}: p50 ${ms(result.latency.p50)}, p99 ${ms(result.latency.p99)}, max ${ms(result.latency.max)}, ${result.requests.average.toFixed(0)} req/s${bad ? `, ${bad} failed` : ''}`,
          );
        }
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      const p99 = new Map<string, number>();
      console.log(`median of ${ROUNDS} rounds:`);
      for (const { name } of list) {
        const rounds = results.get(name)!;
        const p99s = rounds.map((r) => r.latency.p99);
        p99.set(name, median(p99s));
        console.log(
          `  ${name}: p50 ${ms(median(rounds.map((r) => r.latency.p50)))}, p99 ${ms(median(p99s))}, ${median(rounds.map((r) => r.requests.average)).toFixed(0)} req/s` +
            (name === PEER ? '' : median(p99s) <= TARGET_MS ? '（p99 达标 ≤ 100 ms）' : '（p99 超过 100 ms 目标）'),
        );
      }
      console.log(`server RSS after load: ${rssOf(child.pid!)}`);
      return { p99, uncached: ready.uncached };
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  } finally {
    await database.drop();
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

async function login(url: string, username: string): Promise<string> {
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
    body: new URLSearchParams({ _csrf: token, username, password: PASSWORD }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('dangwu_session='));
  if (!session) throw new Error(`login failed: ${response.status}`);
  return session.split(';')[0]!;
}

function rssOf(pid: number): string {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return `${(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024).toFixed(1)} MB`;
}
