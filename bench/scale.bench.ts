import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { cardButtons, type FeishuPeer, p2pChat, type SentMessage, startFeishuPeer } from '../tests/adapters/peers/feishu';
import { scratchDatabase } from '../tests/helpers/database';
import { ms } from './measure';

const USERS = Number(process.env.BENCH_SCALE_USERS ?? 30);
const ANSWERS_PER_USER = Number(process.env.BENCH_SCALE_ANSWERS ?? 20);
/** Answers per user before the measuring starts (see drive). */
const WARM_UP = Number(process.env.BENCH_SCALE_WARM_UP ?? 10);
/** Which runs (BENCH_SCALE_RUNS, e.g. `postgres:1,postgres:2` while working on one; default all four). */
const RUNS = (process.env.BENCH_SCALE_RUNS ?? 'sqlite:1,postgres:1,postgres:2,postgres:3').split(',').map((run) => {
  const [backend, processes] = run.split(':');
  return [backend as 'sqlite' | 'postgres', Number(processes)] as const;
});
const repo = resolve(import.meta.dirname, '..');

/**
 * Quiz answers per second with 1, 2 and 3 bot processes on one PostgreSQL database, and 1 on SQLite, in one run:
 * each process a real child (its own runtime and 飞书 long connection), the fake 飞书 in cluster mode handing each
 * event to one connection at random, USERS members answering at once. CPU per answer is the bot processes' own
 * (user + system time from /proc), not the fake's or this driver's. On this 2-core machine the driver and the fake
 * share the cores with the bots, so the ratio 2 processes / 1 is what to compare across days. On PostgreSQL the
 * statements each answer sends are listed too (counted at pg's client in each bot, over the answering phase).
 */
export async function run(): Promise<void> {
  const peer = await startFeishuPeer();
  peer.cluster = true;
  // The driver waits on `onSent`; kept calls and messages would only grow the fake's heap (harness cost).
  peer.record = false;
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-scale-'));
  const results: {
    label: string;
    perSecond: number;
    cpuMs: number;
    /** Of cpuMs, the kernel's (system time): sockets, wake-ups. */
    systemMs: number;
    perBot: number[];
    driverMs: number;
    /** Of driverMs, the kernel's. */
    driverSystemMs: number;
    pgMs: number | undefined;
    /** WAL bytes the server wrote per answer (the whole server's: other databases' writes count too). */
    walBytes: number | undefined;
    /** Rows the server read per answer, by table (this database's own counters: what other helpers run adds nothing). */
    rowsRead: Map<string, number> | undefined;
    p50: number;
    p99: number;
    statements: Map<string, number> | undefined;
    answers: number;
  }[] = [];
  let firstUser = 1_000_000;
  const driverProfile = process.env.BENCH_SCALE_PROFILE ? profiler(process.env.BENCH_SCALE_PROFILE) : undefined;
  try {
    for (const [backend, processes] of RUNS) {
      const database = await scratchDatabase(backend, dir, `scale-${processes}.db`, 'bench_scale');
      const children: ChildProcess[] = [];
      try {
        // One after the other: the first creates the schema, the others find it there.
        for (let i = 0; i < processes; i++) children.push(await startChild(database.url, peer.domain));
        let before: number[] = [];
        let systemBefore: number[] = [];
        let pgBefore: Map<number, number> | undefined;
        let walBefore: string | undefined;
        let rowsBefore: Map<string, number> | undefined;
        let driverBefore = process.cpuUsage();
        const round = await drive(peer, firstUser, async () => {
          before = children.map(cpuTicks);
          systemBefore = children.map(systemTicks);
          pgBefore = backend === 'postgres' ? await backendTicks(database.url) : undefined;
          walBefore = backend === 'postgres' ? await walPosition(database.url) : undefined;
          rowsBefore = backend === 'postgres' ? await rowsReadByTable(database.url) : undefined;
          driverBefore = process.cpuUsage();
          for (const child of children) child.stdin!.write('count\n');
          await driverProfile?.start();
        });
        await driverProfile?.stop(`driver-${backend}-${processes}`);
        const statements = backend === 'postgres' ? await statementCounts(children) : undefined;
        const driver = process.cpuUsage(driverBefore);
        const pgAfter = backend === 'postgres' ? await backendTicks(database.url) : undefined;
        const walBytes = walBefore === undefined ? undefined : (await walSince(database.url, walBefore)) / round.answers;
        let rowsRead: Map<string, number> | undefined;
        if (rowsBefore) {
          // A backend reports its counters once idle for a moment (at most every second).
          await new Promise((resolve) => setTimeout(resolve, 1500));
          const after = await rowsReadByTable(database.url);
          const start = rowsBefore;
          rowsRead = new Map([...after].map(([table, n]) => [table, (n - (start.get(table) ?? 0)) / round.answers]));
        }
        firstUser += 10_000;
        const perBot = children.map((child, i) => ((cpuTicks(child) - before[i]!) * 10) / round.answers); // 100 ticks/s
        const botsSystem = children.reduce((sum, child, i) => sum + systemTicks(child) - systemBefore[i]!, 0) * 10;
        const pgStart = pgBefore as Map<number, number> | undefined;
        const pgUsed =
          pgAfter && pgStart ? [...pgAfter].reduce((sum, [pid, ticks]) => sum + ticks - (pgStart.get(pid) ?? 0), 0) * 10 : undefined;
        results.push({
          ...round,
          label: `${processes} × ${backend}`,
          cpuMs: perBot.reduce((a, b) => a + b, 0),
          systemMs: botsSystem / round.answers,
          perBot,
          driverMs: (driver.user + driver.system) / 1000 / round.answers,
          driverSystemMs: driver.system / 1000 / round.answers,
          pgMs: pgUsed === undefined ? undefined : pgUsed / round.answers,
          walBytes,
          rowsRead,
          statements,
        });
      } finally {
        for (const child of children) child.kill('SIGTERM');
        await Promise.all(children.map((c) => new Promise((ok) => (c.exitCode !== null ? ok(null) : c.once('exit', ok)))));
        while (peer.connections() > 0) await new Promise((r) => setTimeout(r, 20));
        await database.drop();
      }
    }
    for (const r of results)
      console.log(
        `scale: ${r.label.padEnd(13)} ${r.perSecond.toFixed(0).padStart(4)} answers/s   p50 ${ms(r.p50)}   p99 ${ms(r.p99)}   CPU per answer: ` +
          `bots ${ms(r.cpuMs)} (${r.perBot.map(ms).join(' + ')}; kernel ${ms(r.systemMs)}), driver+fake ${ms(r.driverMs)} (kernel ${ms(r.driverSystemMs)})` +
          (r.pgMs === undefined ? '' : `, PostgreSQL ${ms(r.pgMs)}`) +
          (r.walBytes === undefined ? '' : ` (WAL ${(r.walBytes / 1024).toFixed(2)} kB)`) +
          `; machine busy ${(((r.cpuMs + r.driverMs + (r.pgMs ?? 0)) * r.perSecond) / 10).toFixed(0)}% of 2 cores by these`,
      );
    for (const r of results) {
      if (!r.statements) continue;
      const total = [...r.statements.values()].reduce((a, b) => a + b, 0);
      const read = [...(r.rowsRead ?? [])].filter(([, n]) => n >= 0.05).sort((a, b) => b[1] - a[1]);
      console.log(
        `scale: ${r.label} rows read per answer (heap rows fetched or scanned): ${read.map(([t, n]) => `${t} ${n.toFixed(1)}`).join(', ')}`,
      );
      console.log(`scale: ${r.label} statements per answer ${(total / r.answers).toFixed(2)}:`);
      for (const [text, n] of [...r.statements].sort((a, b) => b[1] - a[1]))
        console.log(`  ${(n / r.answers).toFixed(2).padStart(5)}  ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
    const one = results.find((r) => r.label === '1 × postgres');
    const two = results.find((r) => r.label === '2 × postgres');
    const three = results.find((r) => r.label === '3 × postgres');
    const sqlite = results.find((r) => r.label === '1 × sqlite');
    const ratio = (a: { perSecond: number } | undefined, b: { perSecond: number } | undefined) =>
      a && b ? (a.perSecond / b.perSecond).toFixed(2) : '–';
    console.log(
      `scale: ratio 2/1 processes on PostgreSQL = ${ratio(two, one)} (target ≥ 1.3), 3/1 = ${ratio(three, one)}; ` +
        `PostgreSQL 1 / SQLite 1 = ${ratio(one, sqlite)}; users ${USERS} × ${ANSWERS_PER_USER} answers after ${WARM_UP} each to warm up`,
    );
  } finally {
    await peer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The driver's (and the fake's) own V8 CPU profile over the measured answers, written to `dir`. */
function profiler(dir: string) {
  const session = new Session();
  session.connect();
  const post = (method: string) =>
    new Promise<unknown>((ok, fail) => session.post(method, (error, result) => (error ? fail(error) : ok(result))));
  return {
    start: () => post('Profiler.enable').then(() => post('Profiler.start')),
    async stop(name: string) {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    },
  };
}

function startChild(db: string, domain: string): Promise<ChildProcess> {
  // BENCH_SCALE_PROFILE=<dir>: each bot writes a V8 CPU profile there when it stops (where a bot's time goes), and
  // the driver one of its own over the measured answers.
  const profile = process.env.BENCH_SCALE_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SCALE_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, join(repo, 'bin/run-ts.js'), join(repo, 'bench/scale-child.ts')], {
    cwd: repo,
    env: { ...process.env, DANGWU_DB: db, FEISHU_DOMAIN: domain, LOG_LEVEL: 'silent' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((ok, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && ok(child));
    child.once('exit', (code) => fail(new Error(`bench child exited (${code}) before it was ready`)));
  });
}

/** The statements each child sent to PostgreSQL while counting (see scale-child.ts), summed over the children. */
async function statementCounts(children: ChildProcess[]): Promise<Map<string, number>> {
  const sums = new Map<string, number>();
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((ok) => {
          let text = '';
          const listener = (chunk: Buffer) => {
            text += chunk.toString();
            const line = /statements (\{.*\})\n/.exec(text);
            if (!line) return;
            child.stdout!.off('data', listener);
            for (const [statement, n] of Object.entries(JSON.parse(line[1]!) as Record<string, number>))
              sums.set(statement, (sums.get(statement) ?? 0) + n);
            ok();
          };
          child.stdout!.on('data', listener);
          child.stdin!.write('report\n');
        }),
    ),
  );
  return sums;
}

/** Heap rows read so far in the database, by table: fetched through an index or read by a sequential scan. */
async function rowsReadByTable(url: string): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ relname: string; n: string }>(
      'SELECT relname, (coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0))::text AS n FROM pg_stat_user_tables',
    );
    return new Map(rows.map((row) => [row.relname, Number(row.n)]));
  } finally {
    await client.end();
  }
}

/** The server's WAL position now. */
async function walPosition(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0]!.lsn;
  } finally {
    await client.end();
  }
}

/** WAL bytes written by the whole server since `from` (other databases on it count too: read on a quiet server). */
async function walSince(url: string, from: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ bytes: string }>('SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn)::text AS bytes', [
      from,
    ]);
    return Number(rows[0]!.bytes);
  } finally {
    await client.end();
  }
}

/** stime of a process (its time in the kernel), in clock ticks. */
function systemTicks(child: ChildProcess): number {
  return Number(readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[12]);
}

/** utime + stime of a process, in clock ticks (1/100 s). */
function cpuTicks(child: ChildProcess | number): number {
  const pid = typeof child === 'number' ? child : child.pid;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * CPU ticks of each PostgreSQL backend serving the bench database (the server runs on this machine): the server's
 * share of the work, apart from other databases on the same server.
 */
async function backendTicks(url: string): Promise<Map<number, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    const ticks = new Map<number, number>();
    for (const { pid } of rows) {
      try {
        ticks.set(pid, cpuTicks(pid));
      } catch {
        // The backend ended between the query and the read.
      }
    }
    return ticks;
  } finally {
    await client.end();
  }
}

/**
 * Each of USERS members starts a practice and answers WARM_UP questions (each process's code compiled by V8 for
 * the path: in a short run, compiling showed as CPU per answer that grows with the number of processes), then, once
 * all have (`measuring` is awaited then: CPU readings and statement counts start), answers ANSWERS_PER_USER
 * questions by button as fast as the bot replies. Figures are over those.
 */
async function drive(peer: FeishuPeer, firstUser: number, measuring: () => Promise<void>) {
  const waiting = new Map<string, (message: SentMessage) => void>();
  const listener = (message: SentMessage) => waiting.get(message.receive_id)?.(message);
  peer.onSent.add(listener);
  const answerable = (m: SentMessage) => cardButtons(m).some((b) => /^q:a:/.test(b.value.d));
  const next = (chat: string) =>
    new Promise<SentMessage>((ok) =>
      waiting.set(chat, (m) => {
        if (!answerable(m)) return;
        waiting.delete(chat);
        ok(m);
      }),
    );
  const latencies: number[] = [];
  let started = 0;
  let everyoneStarted!: () => void;
  let begun = 0;
  const allStarted = new Promise<void>((ok) => (everyoneStarted = ok)).then(measuring).then(() => {
    begun = performance.now();
  });
  try {
    await Promise.all(
      Array.from({ length: USERS }, async (_, i) => {
        const user = `ou_scale${firstUser + i}`;
        const chat = p2pChat(user);
        const first = next(chat);
        await peer.sendText({ user, text: '练习 初级 全部' });
        let last = await first;
        const answer = async () => {
          const reply = next(chat);
          await peer.press({ user, message: last, label: cardButtons(last).find((b) => /^q:a:/.test(b.value.d))!.label });
          last = await reply;
        };
        for (let n = 0; n < WARM_UP; n++) await answer();
        if (++started === USERS) everyoneStarted();
        await allStarted;
        for (let n = 0; n < ANSWERS_PER_USER; n++) {
          const t = performance.now();
          await answer();
          latencies.push(performance.now() - t);
        }
      }),
    );
  } finally {
    peer.onSent.delete(listener);
  }
  const seconds = (performance.now() - begun) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    answers: latencies.length,
    perSecond: latencies.length / seconds,
    p50: sorted[Math.floor(sorted.length / 2)]!,
    p99: sorted[Math.floor(sorted.length * 0.99)]!,
  };
}
