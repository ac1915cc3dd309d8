import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRemindersStores, TICKET_CATEGORIES } from '../bot';
import { loadConfig } from '../bot/config';
import { createTicketStore } from '../bot/features/tickets';
import { silentLogger } from '../bot/logger';
import { createRuntime } from '../bot/runtime';
import { openStorage } from '../bot/storage/database';
import { scratchDatabase } from '../tests/helpers/database';
import { openTicket, seedTickets } from '../tests/helpers/tickets-seed';
import { webMigrations } from '../web';
import { createAccountStore } from '../web/accounts';
import { ms, summarize } from './measure';
import { firstLine, type LoadScenario, load, loadRounds, quietRequests, rssOf, sessions, verdict } from './web-load';

/**
 * `npm run bench -- web` (or `-- web-tickets`): the console's 民情工单 page over 200,000 工单 in 500 branches (400
 * each over the year before now, seeded through the tickets store's bulk insert), on SQLite and on PostgreSQL side
 * by side. Target: p99 ≤ 100 ms.
 *
 * Measured two ways, as 总览 is in web.bench.ts:
 * - quietly, one request at a time from one session (each request's own latency, nothing queued before it), over
 *   a mix of what the page is used for, in turn: an organisation account's page, its filters (period × category ×
 *   status), every branch in turn, a branch account's page and filters, and older pages of the list (更早的工单);
 *   and every BENCH_WEB_TICKETS_WRITE_EVERY (30) requests a new 工单 recorded by this process (another process
 *   than the console, as the bot is), after which the next page must show it (counted, or the bench fails): so the
 *   figure includes the views drawn again after every change, not only kept ones. BENCH_WEB_TICKETS_QUIET (600)
 *   requests, after the same number of login-page requests as the peer;
 * - under 20 concurrent logged-in sessions (autocannon on loopback), each scenario for BENCH_WEB_SECONDS (6) and
 *   BENCH_WEB_ROUNDS (2) rounds in turn, the login page (same server, no database) as the peer; one scenario mixes
 *   the views while a 工单 is recorded every second.
 * The page keeps its figures until a 工单 changes, so the queries are also timed uncached in the server process
 * before it serves. BENCH_WEB_BACKENDS (sqlite,postgres) chooses the backends.
 */

const BRANCHES = 500;
const TICKETS_PER_BRANCH = 400;
const SESSIONS = 20;
const DURATION_S = Number(process.env.BENCH_WEB_SECONDS ?? 6);
const ROUNDS = Number(process.env.BENCH_WEB_ROUNDS ?? 2);
const PASSWORD = 'bench-password-1';
const QUIET_REQUESTS = Number(process.env.BENCH_WEB_TICKETS_QUIET ?? 600);
const WRITE_EVERY = Number(process.env.BENCH_WEB_TICKETS_WRITE_EVERY ?? 30);

type Backend = 'sqlite' | 'postgres';
const BACKEND_NAMES: Record<Backend, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };
const PEER = '登录页（无数据库，对照）';
const PERIODS = ['year', 'quarter', 'month'];
const STATUSES = ['open', 'overdue', 'done', 'spot'];

interface Scenario {
  name: string;
  account: 'org' | 'branch';
  path: (turn: number) => string;
  /** Records a 工单 every second while it runs. */
  writes?: boolean;
}

interface Uncached {
  org: { p50: number; p99: number };
  orgFiltered: { p50: number; p99: number };
  branch: { p50: number; p99: number };
  branchFiltered: { p50: number; p99: number };
}

/** One quiet run: every request's latency by kind, and the login page's (the peer) in the same run. */
interface Quiet {
  all: { p50: number; p99: number; count: number };
  kinds: Map<string, { p50: number; p99: number; count: number }>;
  peer: { p50: number; p99: number };
  writes: number;
  load: string;
}

interface BackendResult {
  p99: Map<string, number>;
  uncached: Uncached;
  quiet: Quiet;
}

export async function run(): Promise<void> {
  const backends = (process.env.BENCH_WEB_BACKENDS ?? 'sqlite,postgres').split(',') as Backend[];
  const results = new Map<Backend, BackendResult | string>();
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
  const cell = (backend: Backend, pick: (r: BackendResult) => number | undefined) => {
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
  console.log('\n民情工单 page, one request at a time, a 工单 recorded every ' + WRITE_EVERY + ' requests (target p99 ≤ 100 ms):');
  for (const backend of backends) {
    const r = results.get(backend);
    if (typeof r === 'string' || !r) continue;
    const q = r.quiet;
    console.log(
      `  ${BACKEND_NAMES[backend]}: p50 ${ms(q.all.p50)}, p99 ${ms(q.all.p99)} over ${q.all.count} requests and ${q.writes} new 工单${verdict(q.all.p99)}; 登录页 p99 ${ms(q.peer.p99)} (×${(q.all.p99 / Math.max(q.peer.p99, 0.01)).toFixed(1)}); load ${q.load}`,
    );
  }
  console.log('\n民情工单 page under 20 sessions, side by side (median p99 of the rounds):');
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

const FILTERS = PERIODS.flatMap((period) =>
  TICKET_CATEGORIES.flatMap((category) =>
    STATUSES.map((status) => `period=${period}&category=${encodeURIComponent(category)}&status=${status}`),
  ),
);

/** What the page is used for, in turn: the mix of both measures. */
function mixed(branchIds: number[], branchId: number) {
  const kinds: { name: string; account: 'org' | 'branch'; path: (turn: number) => string }[] = [
    { name: '组织部：民情工单', account: 'org', path: () => '/tickets' },
    { name: '组织部：筛选', account: 'org', path: (turn) => `/tickets?${FILTERS[turn % FILTERS.length]}` },
    {
      name: '组织部：500 个支部轮流',
      account: 'org',
      path: (turn) => `/tickets?branch=${branchIds[(turn * 7919) % branchIds.length] ?? 0}`,
    },
    {
      name: '组织部：更早的工单（翻页）',
      account: 'org',
      path: (turn) => `/tickets?before=${1 + ((turn * 7919) % (BRANCHES * TICKETS_PER_BRANCH))}`,
    },
    { name: '支部账号：民情工单', account: 'branch', path: () => '/tickets' },
    { name: '支部账号：筛选', account: 'branch', path: (turn) => `/tickets?branch=${branchId}&${FILTERS[turn % FILTERS.length]}` },
  ];
  return { kinds, of: (turn: number) => kinds[turn % kinds.length]! };
}

function scenarios(branchIds: number[], branchId: number): Scenario[] {
  const mix = mixed(branchIds, branchId);
  return [
    { name: PEER, account: 'org', path: () => '/login' },
    { name: '组织部：民情工单（20 万件）', account: 'org', path: () => '/tickets' },
    // 84 filter combinations in turn: each computed once, then kept until a 工单 changes.
    { name: '组织部：筛选（时间×类别×状态轮换）', account: 'org', path: (turn) => `/tickets?${FILTERS[turn % FILTERS.length]}` },
    {
      name: '组织部：500 个支部轮流',
      account: 'org',
      path: (turn) => `/tickets?branch=${branchIds[(turn * 7919) % branchIds.length] ?? 0}`,
    },
    // Older pages of the list from anywhere in the 200,000: the list and the page drawn each time (figures kept).
    { name: '组织部：更早的工单（每次另一页）', account: 'org', path: (turn) => mix.kinds[3]!.path(turn) },
    { name: '支部账号：民情工单', account: 'branch', path: () => '/tickets' },
    {
      name: '支部账号：筛选',
      account: 'branch',
      path: (turn) => `/tickets?branch=${branchId}&${FILTERS[turn % FILTERS.length]}`,
    },
    // The organisation account's views in turn while a 工单 is recorded every second (each drops every kept view).
    { name: '组织部：各种视图，每秒登记一件工单', account: 'org', path: (turn) => mix.of(turn * 2 + 2).path(turn), writes: true },
  ];
}

/** A new 工单 in a branch, recorded now, through the store (as the bot records one). */
function recorder(storage: ReturnType<typeof openStorage>, branchIds: number[]) {
  const store = createTicketStore(storage);
  let n = 0;
  return async () => {
    const at = new Date().toISOString();
    const branch = branchIds[(n++ * 131) % branchIds.length]!;
    await store.add(
      openTicket({
        branch_id: branch,
        created_at: at,
        due_on: at.slice(0, 10),
        content: `村口路灯坏了（第 ${n} 件）`,
        category: TICKET_CATEGORIES[n % TICKET_CATEGORIES.length]!,
        holder_key: 'bench:张三',
        recorder_key: 'bench:张三',
      }),
      { key: 'bench:张三', name: '张三', at },
      { kind: 'record', note: '村口路灯坏了' },
    );
  };
}

const issuedOf = (body: string) => Number(/<b>(\d+)<\/b><span>\d+年[^<]*受理/.exec(body)?.[1] ?? Number.NaN);

async function runOn(backend: Backend): Promise<BackendResult> {
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
    // The bench's own connection to the database: the 工单 it records come from another process than the console.
    const writer = openStorage(database.url);
    const record = recorder(writer, branchIds);
    try {
      const ready = JSON.parse(await firstLine(child.stdout!)) as { url: string; uncached: Uncached };
      const u = ready.uncached;
      console.log(
        `uncached (figures + list of one view, p50 / p99 of 15): org year ${ms(u.org.p50)} / ${ms(u.org.p99)}, org filtered ${ms(u.orgFiltered.p50)} / ${ms(u.orgFiltered.p99)}, branch year ${ms(u.branch.p50)} / ${ms(u.branch.p99)}, branch filtered ${ms(u.branchFiltered.p50)} / ${ms(u.branchFiltered.p99)}`,
      );
      const cookies = {
        org: await sessions(ready.url, 'bench-org', PASSWORD, SESSIONS),
        branch: await sessions(ready.url, 'bench-branch', PASSWORD, SESSIONS),
      };
      const quiet = await quietRun(ready.url, cookies, branchIds, branchId, record);
      console.log(
        `quiet, one request at a time: p50 ${ms(quiet.all.p50)}, p99 ${ms(quiet.all.p99)} over ${quiet.all.count} requests, ${quiet.writes} new 工单 each shown on the next page${verdict(quiet.all.p99)}; login page p50 ${ms(quiet.peer.p50)} / p99 ${ms(quiet.peer.p99)}; load ${quiet.load}`,
      );
      for (const [name, k] of quiet.kinds) console.log(`  ${name}: p50 ${ms(k.p50)}, p99 ${ms(k.p99)} (${k.count})`);

      const list = scenarios(branchIds, branchId);
      const figures = await loadRounds({
        url: ready.url,
        scenarios: list.map(
          (s): LoadScenario => ({
            name: s.name,
            path: s.path,
            cookies: cookies[s.account],
            ...(s.writes ? { during: () => writesEverySecond(record) } : {}),
          }),
        ),
        rounds: ROUNDS,
        seconds: DURATION_S,
        connections: SESSIONS,
      });
      const p99 = new Map<string, number>();
      if (ROUNDS > 0) console.log(`median of ${ROUNDS} rounds (${SESSIONS} sessions):`);
      for (const [name, f] of figures) {
        p99.set(name, f.p99);
        console.log(
          `  ${name}: p50 ${ms(f.p50)}, p99 ${ms(f.p99)}, ${f.requestsPerSecond.toFixed(0)} req/s${name === PEER ? '' : verdict(f.p99)}`,
        );
      }
      console.log(`server RSS after load: ${rssOf(child.pid!)}`);
      return { p99, uncached: ready.uncached, quiet };
    } finally {
      await writer.close();
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  } finally {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Records a 工单 every second until stopped (the writes of the mixed scenario under load). */
function writesEverySecond(record: () => Promise<void>): () => Promise<void> {
  let writing = Promise.resolve();
  const timer = setInterval(() => {
    writing = writing.then(record);
  }, 1000);
  return async () => {
    clearInterval(timer);
    await writing;
  };
}

/**
 * The quiet measure: the mixed views one request at a time, a 工单 recorded every WRITE_EVERY requests; the request
 * right after each write is the organisation's page, which must count it (read just before the write, untimed).
 */
async function quietRun(
  url: string,
  cookies: { org: string[]; branch: string[] },
  branchIds: number[],
  branchId: number,
  record: () => Promise<void>,
): Promise<Quiet> {
  const mix = mixed(branchIds, branchId);
  const peer = await quietRequests({
    url,
    cookie: () => cookies.org[0]!,
    path: () => '/login',
    count: Math.min(QUIET_REQUESTS, 300),
    check: (_body, status) => {
      if (status !== 200) throw new Error(`login page answered ${status}`);
    },
  });
  // Every view drawn once before timing: the first sight of each is the uncached figure printed above.
  let expected: number | undefined;
  let writes = 0;
  const path = (i: number) => (i % WRITE_EVERY === 0 ? '/tickets' : mix.of(i).path(i));
  const kindOf = (i: number) => (i % WRITE_EVERY === 0 ? '组织部：民情工单，刚登记一件之后' : mix.of(i).name);
  const run = await quietRequests({
    url,
    cookie: (i) => cookies[i % WRITE_EVERY === 0 ? 'org' : mix.of(i).account][0]!,
    path,
    count: QUIET_REQUESTS,
    async between(i) {
      if (i % WRITE_EVERY !== 0) return;
      const before = await fetch(`${url}/tickets`, { headers: { cookie: cookies.org[0]! } });
      expected = issuedOf(await before.text()) + 1;
      await record();
      writes++;
    },
    check(body, status, p) {
      if (status !== 200) throw new Error(`${p} answered ${status}`);
      if (expected !== undefined) {
        const issued = issuedOf(body);
        if (issued !== expected) throw new Error(`the page after a new 工单 shows ${issued} recorded, not ${expected}: a stale view`);
        expected = undefined;
      }
    },
  });
  const kinds = new Map<string, number[]>();
  run.samples.forEach((sample, i) => {
    const list = kinds.get(kindOf(i)) ?? [];
    list.push(sample);
    kinds.set(kindOf(i), list);
  });
  return {
    all: { p50: run.p50, p99: run.p99, count: run.count },
    kinds: new Map([...kinds].map(([name, samples]) => [name, summarize(samples)])),
    peer: { p50: peer.p50, p99: peer.p99 },
    writes,
    load: load(),
  };
}
