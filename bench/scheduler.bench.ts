import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createRateLimitedSender, type RateLimits } from '../adapters/rate-limit';
import { systemClock } from '../bot/core/feature';
import { createScheduler, schedulerMigrations } from '../bot/scheduler';
import type { SchedulerTables } from '../bot/scheduler/storage';
import { openStorage, type Storage } from '../bot/storage/database';
import { migrate } from '../bot/storage/migrations';
import { measureAsync, ms, rssMb } from './measure';

/**
 * 1) 100,000 stored reminders: insert throughput, and the cost of finding due work per tick (partial index on
 *    pending due_at) against the same query forced to scan the table (peer, SQLite only).
 * 2) 10,000 messages due at the same minute sent through the scheduler and the rate-limited sender to a loopback
 *    fake that answers 429 when Telegram's limits are exceeded. Time runs 5× faster on both sides (limits scaled
 *    to 150/s overall, 1 per 200 ms per chat, 20 per 12 s per group), so the run takes ~70 s instead of ~6 min;
 *    the share of the limit achieved is the same figure.
 * Both on SQLite, then on PostgreSQL (BENCH_PG, default the machine's server at 127.0.0.1:5432) in a database of
 * its own, dropped afterwards; BENCH_PG=off skips PostgreSQL.
 */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-scheduler-'));
  try {
    console.log('--- SQLite');
    await storedReminders(join(dir, 'a.db'));
    await burst(join(dir, 'b.db'));
    const server = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    if (server !== 'off') {
      console.log('--- PostgreSQL');
      await withPostgresDatabase(server, (url) => storedReminders(url));
      await withPostgresDatabase(server, (url) => burst(url));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function withPostgresDatabase(server: string, work: (url: string) => Promise<void>): Promise<void> {
  const admin = openStorage(server);
  const name = `bench_scheduler_${process.pid}`;
  try {
    await sql.raw(`DROP DATABASE IF EXISTS ${name}`).execute(admin.db);
    await sql.raw(`CREATE DATABASE ${name}`).execute(admin.db);
    const url = new URL(server);
    url.pathname = `/${name}`;
    await work(url.toString());
  } finally {
    await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(admin.db);
    await admin.close();
  }
}

/** The scheduler's due-work query as it runs (Kysely), optionally with SQLite told to scan instead (the peer). */
function dueQuery(storage: Storage, at: number, scan: boolean) {
  const table = scan ? sql`scheduled_jobs NOT INDEXED` : sql`scheduled_jobs`;
  const kind = storage.dialect === 'postgres' ? sql`kind` : sql`+kind`;
  return sql`SELECT id, kind FROM ${table} WHERE status = 'pending' AND due_at <= ${at} AND (lease_until IS NULL OR lease_until <= ${at})
    AND ${kind} IN ('bench') ORDER BY due_at, id LIMIT 64`.execute(storage.db);
}

async function storedReminders(path: string) {
  const storage = openStorage(path);
  await migrate(storage, schedulerMigrations);
  let now = new Date('2026-03-02T00:00:00Z');
  const clock = { now: () => now };
  const scheduler = createScheduler({ storage, clock });
  scheduler.register('bench', async () => undefined);
  // schedule() one by one for the insert figure; the other 98,000 rows in chunks of 1,000 (one round trip each),
  // so PostgreSQL's run is not 100,000 round trips of setting up.
  const count = 100_000;
  const oneByOne = 2_000;
  const job = (i: number) => ({
    kind: 'bench',
    occurrenceKey: `r${i}`,
    dueAt: new Date(now.getTime() + 60_000 + (i % 50_000) * 60_000),
    address: { platform: 'x', chatId: `c${i % 5000}` },
    payload: { i },
  });
  const start = performance.now();
  await storage.transaction(async (tx) => {
    for (let i = 0; i < oneByOne; i++) await scheduler.schedule(job(i), tx);
  });
  const insertMs = performance.now() - start;
  console.log(`schedule(): ${Math.round(oneByOne / (insertMs / 1000)).toLocaleString()} jobs/s one by one in a transaction`);
  const rows = storage.db.withTables<SchedulerTables>();
  for (let from = oneByOne; from < count; from += 1000) {
    await rows
      .insertInto('scheduled_jobs')
      .values(
        Array.from({ length: Math.min(1000, count - from) }, (_, k) => {
          const j = job(from + k);
          return {
            kind: j.kind,
            occurrence_key: j.occurrenceKey,
            due_at: j.dueAt.getTime(),
            platform: 'x',
            chat_id: j.address.chatId,
            payload: JSON.stringify(j.payload),
            grace_ms: 24 * 3600_000,
            created_at: now.getTime(),
          };
        }),
      )
      .execute();
  }
  if (storage.dialect === 'postgres') await sql`ANALYZE scheduled_jobs`.execute(storage.db);

  const t = now.getTime();
  const idx = await measureAsync(2000, () => dueQuery(storage, t, false));
  if (storage.dialect === 'sqlite') {
    const full = await measureAsync(50, () => dueQuery(storage, t, true));
    console.log(
      `find due work (nothing due, 100k pending): p50 ${ms(idx.p50)} p99 ${ms(idx.p99)}; peer full scan p50 ${ms(full.p50)} → ${(full.p50 / idx.p50).toFixed(0)}× faster`,
    );
  } else console.log(`find due work (nothing due, 100k pending): p50 ${ms(idx.p50)} p99 ${ms(idx.p99)}`);
  const empty = await measureAsync(500, () => scheduler.tick());
  console.log(`whole tick with nothing due: p50 ${ms(empty.p50)} p99 ${ms(empty.p99)}`);
  // A tick that finds 100 due reminders (two per minute of the window) and runs them.
  now = new Date(t + 60_000 * 50);
  const busy = performance.now();
  const handled = await scheduler.tick();
  console.log(
    `tick with ${handled} due among 100k: ${ms(performance.now() - busy)} (${ms((performance.now() - busy) / Math.max(1, handled))} per job); RSS ${rssMb()}`,
  );
  await storage.close();
}

const SCALE = 5;
const limits: RateLimits = {
  overall: 30,
  windowMs: 1000 / SCALE,
  perChatIntervalMs: 1000 / SCALE,
  perGroupPerMinute: 20,
  groupWindowMs: 60_000 / SCALE,
};

async function burst(path: string) {
  // The fake platform: 429 when a limit is exceeded, judged on arrival times.
  const arrivals: number[] = [];
  const chatLast = new Map<string, number>();
  const groupLog = new Map<string, number[]>();
  let rejected = 0;
  const reasons: Record<string, number> = {};
  let accepted = 0;
  const server = createServer((req, res) => {
    const chat = decodeURIComponent((req.url ?? '').split('/').pop() ?? '');
    req.resume();
    req.on('end', () => {
      const t = performance.now();
      const recent = arrivals.filter((a) => a > t - limits.windowMs!);
      const group = chat.startsWith('-');
      const glog = (groupLog.get(chat) ?? []).filter((a) => a > t - limits.groupWindowMs!);
      const why =
        recent.length >= limits.overall!
          ? 'overall'
          : t - (chatLast.get(chat) ?? -Infinity) < limits.perChatIntervalMs!
            ? 'chat'
            : group && glog.length >= limits.perGroupPerMinute!
              ? 'group'
              : '';
      if (why) {
        rejected++;
        reasons[why] = (reasons[why] ?? 0) + 1;
        res.writeHead(429, { 'retry-after': '1' }).end();
        return;
      }
      accepted++;
      arrivals.push(t);
      if (arrivals.length > 200) arrivals.splice(0, 100);
      chatLast.set(chat, t);
      if (group) groupLog.set(chat, [...glog, t]);
      res.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const storage = openStorage(path);
  await migrate(storage, schedulerMigrations);
  const sender = createRateLimitedSender({
    limits: { telegram: limits },
    marginMs: 10,
  }) /* jitter is in real ms while the windows are 5× shorter */;
  // One tick sends the whole burst (40 per group): this measures the rate limiter, not the per-chat ceiling of a tick.
  const scheduler = createScheduler({ storage, clock: systemClock, concurrency: 128, perChatPerTick: 40 });
  const agent = { keepalive: true };
  scheduler.register<{ n: number }>('burst', async (job) => {
    const address = job.address!;
    for (let attempt = 0; attempt < 3; attempt++) {
      const status = await sender.send(
        address,
        async () => (await fetch(`${base}/send/${encodeURIComponent(address.chatId)}`, { method: 'POST', body: '{}', ...agent })).status,
      );
      if (status === 200) return;
    }
    throw new Error('rate limited three times');
  });
  const total = 10_000;
  const due = new Date();
  await storage.transaction(async (tx) => {
    for (let i = 0; i < total; i++) {
      // 8,000 messages to 1,000 private chats and 2,000 to 50 groups (40 each), interleaved as they would be.
      const chatId = i % 5 === 4 ? `-${Math.floor(i / 5) % 50}` : `${i % 1000}`;
      await scheduler.schedule(
        { kind: 'burst', occurrenceKey: `b${i}`, dueAt: due, address: { platform: 'telegram', chatId }, payload: { n: i } },
        tx,
      );
    }
  });
  const start = performance.now();
  const cpu = process.cpuUsage();
  const perSecond: number[] = [];
  const sampler = setInterval(() => perSecond.push(accepted), 1000);
  const handled = await scheduler.tick();
  clearInterval(sampler);
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - start) / 1000;
  const rate = accepted / seconds;
  const limit = limits.overall! * (1000 / limits.windowMs!);
  console.log(
    `burst: ${handled.toLocaleString()} due at the same minute sent in ${seconds.toFixed(1)} s at ${SCALE}× time (≈ ${((seconds * SCALE) / 60).toFixed(1)} min real): ` +
      `${rate.toFixed(1)} msg/s of ${limit}/s allowed = ${(rate / limit).toFixed(3)} of the limit (target ≥ 0.9); 429 answers: ${rejected} (target 0)${rejected ? ` ${JSON.stringify(reasons)}` : ''}; CPU ${((used.user + used.system) / 1e6).toFixed(1)} s; RSS ${rssMb()}`,
  );
  console.log(`accepted per second: ${perSecond.map((v, i) => v - (perSecond[i - 1] ?? 0)).join(' ')}`);
  await storage.close();
  server.close();
}
