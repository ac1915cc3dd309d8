import { AsyncLocalStorage } from 'node:async_hooks';
import { isRecipientUnavailable } from '../core/errors';
import type { Clock } from '../core/feature';
import type { Logger } from '../logger';
import type { SqliteHandle } from '../storage/database';
import type { ScheduledJobRow } from './storage';
import type { DueJob, JobHandler, JobSpec, Scheduler } from './types';

export { schedulerMigrations } from './storage';
export type { DueJob, JobHandler, JobSpec, Scheduler } from './types';

export interface SchedulerOptions {
  sqlite: SqliteHandle;
  clock: Clock;
  log?: Logger;
  /** How often the timer looks for due work (default 15 s). */
  intervalMs?: number;
  /** A claimed job whose handler has not finished after this long is tried again (default 10 min). */
  leaseMs?: number;
  /** A job handled more than this long after its time is `late` (default 2 min). */
  lateAfterMs?: number;
  /** Handlers running at once (default 64); jobs for one chat never run side by side. */
  concurrency?: number;
  /** Attempts before a failing job is recorded as failed (default 3). */
  maxAttempts?: number;
  /** Rows fetched per query (default 1000). */
  batchSize?: number;
}

export interface DurableScheduler extends Scheduler {
  /** Statistics for tests and the bench. */
  counts(): Record<string, number>;
  /** Claims left by a process that died while sending go back to pending (start() does this). */
  recover(): number;
}

export const DEFAULT_GRACE_MS = 24 * 3600_000;

interface Delivery {
  key: string;
  sequence: number;
}
const deliveryContext = new AsyncLocalStorage<Delivery>();

/**
 * The idempotency key of a message pushed while a scheduled job runs: `<kind>/<occurrence>/<n>` for the n-th
 * push of that job. It is the same when a job is retried after a crash, so a messenger that honours it
 * (the loopback messenger does; a platform API that takes a client message id could) drops the repeat.
 */
export function nextDeliveryKey(): string | undefined {
  const delivery = deliveryContext.getStore();
  if (!delivery) return undefined;
  return `${delivery.key}/${delivery.sequence++}`;
}

/**
 * The durable scheduler: every future job is a row of `scheduled_jobs`, unique by (kind, occurrence_key).
 *
 * Delivery: a due row is claimed in a transaction (pending → sending, with a lease) before its handler runs,
 * and marked sent right after; two ticks or two processes never run the same row. If the process dies while
 * a row is `sending`, the next start puts it back to pending and it runs again, with the same idempotency
 * key for each message it pushes (see {@link nextDeliveryKey}): at-least-once inside, once as seen by a
 * receiver that honours the key. A job found more than `graceMs` after its time is recorded as missed.
 *
 * @example
 * scheduler.register<{ text: string }>('personal-reminder', async (job) => push(job.address!, { text: job.payload.text }));
 * await scheduler.schedule({ kind: 'personal-reminder', occurrenceKey: 'u1:2026-03-03T06:00', dueAt, payload: { text: '交党费' } });
 */
export function createScheduler(options: SchedulerOptions): DurableScheduler {
  const { sqlite, clock, log } = options;
  const intervalMs = options.intervalMs ?? 15_000;
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const lateAfterMs = options.lateAfterMs ?? 2 * 60_000;
  const concurrency = options.concurrency ?? 64;
  const maxAttempts = options.maxAttempts ?? 3;
  const batchSize = options.batchSize ?? 1000;
  const handlers = new Map<string, JobHandler<any>>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;

  let statements: ReturnType<typeof prepare> | undefined;
  // Prepared lazily: the table is created by the migrations, which run after the scheduler is built.
  const st = () => (statements ??= prepare(sqlite));

  function toDueJob(row: ScheduledJobRow, now: number): DueJob {
    return {
      id: row.id,
      kind: row.kind,
      occurrenceKey: row.occurrence_key,
      dueAt: new Date(row.due_at),
      address: row.platform !== null && row.chat_id !== null ? { platform: row.platform, chatId: row.chat_id } : undefined,
      payload: JSON.parse(row.payload),
      graceMs: row.grace_ms,
      late: now - row.due_at > lateAfterMs,
    };
  }

  /** Claims a due row; returns undefined if someone else did or it is past its grace (then it is recorded as missed). */
  const claim = (id: number, now: number) =>
    sqlite
      .transaction((): ScheduledJobRow | 'missed' | undefined => {
        const row = st().byId.get(id) as ScheduledJobRow | undefined;
        if (row?.status !== 'pending' || row.due_at > now) return undefined;
        if (now - row.due_at > row.grace_ms) {
          st().finish.run('missed', now, 0, null, id);
          return 'missed';
        }
        const late = now - row.due_at > lateAfterMs ? 1 : 0;
        st().claim.run(now + leaseMs, late, id);
        return { ...row, status: 'sending', attempts: row.attempts + 1, late };
      })
      .immediate();

  async function runOne(row: ScheduledJobRow): Promise<void> {
    const handler = handlers.get(row.kind);
    if (!handler) return;
    const now = clock.now().getTime();
    const job = toDueJob(row, now);
    job.late = row.late === 1;
    try {
      await deliveryContext.run({ key: `${row.kind}/${row.occurrence_key}`, sequence: 0 }, () => handler(job));
      st().finish.run('sent', clock.now().getTime(), row.late, null, row.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log?.warn({ err: error, kind: row.kind, occurrence: row.occurrence_key, attempt: row.attempts }, 'scheduled job failed');
      // A recipient who blocked the bot will not unblock it on a retry: record the job as failed at once.
      if (row.attempts >= maxAttempts || isRecipientUnavailable(error))
        st().finish.run('failed', clock.now().getTime(), row.late, message.slice(0, 500), row.id);
      else st().retry.run(clock.now().getTime() + 60_000 * row.attempts, message.slice(0, 500), row.id);
    }
  }

  /** Runs the claimed rows with bounded concurrency, never two of one chat at once (so a slow chat never holds others). */
  async function dispatch(ids: number[], now: number): Promise<number> {
    const queues = new Map<string, number[]>();
    for (const id of ids) {
      const row = st().byId.get(id) as ScheduledJobRow;
      const key = row.platform !== null ? `${row.platform}:${row.chat_id}` : `job:${row.id}`;
      let queue = queues.get(key);
      if (!queue) queues.set(key, (queue = []));
      queue.push(id);
    }
    const ready = [...queues.keys()];
    let handled = 0;
    const worker = async () => {
      for (;;) {
        const key = ready.shift();
        if (key === undefined) return;
        const queue = queues.get(key)!;
        const id = queue.shift()!;
        const claimed = claim(id, now);
        if (claimed === 'missed') handled++;
        else if (claimed) {
          await runOne(claimed);
          handled++;
        }
        if (queue.length > 0) ready.push(key);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, ready.length) }, worker));
    return handled;
  }

  async function tickOnce(): Promise<number> {
    const now = clock.now().getTime();
    st().expireLeases.run(now);
    const kinds = [...handlers.keys()];
    if (kinds.length === 0) return 0;
    let handled = 0;
    const seen = new Set<number>();
    for (;;) {
      const rows = st().due.all(now, now, JSON.stringify(kinds), batchSize) as { id: number }[];
      const ids = rows.filter((r) => !seen.has(r.id)).map((r) => r.id);
      if (ids.length === 0) break;
      for (const id of ids) seen.add(id);
      handled += await dispatch(ids, now);
      if (stopped) break;
    }
    return handled;
  }

  const scheduler: DurableScheduler = {
    register(kind, handler) {
      handlers.set(kind, handler as JobHandler<any>);
    },

    async schedule(job: JobSpec) {
      if (!job.kind || !job.occurrenceKey || Number.isNaN(job.dueAt.getTime()))
        throw new Error('schedule: kind, occurrenceKey and a valid dueAt are required');
      st().upsert.run({
        kind: job.kind,
        key: job.occurrenceKey,
        due: job.dueAt.getTime(),
        platform: job.address?.platform ?? null,
        chat: job.address?.chatId ?? null,
        payload: JSON.stringify(job.payload ?? null),
        grace: job.graceMs ?? DEFAULT_GRACE_MS,
        now: clock.now().getTime(),
      });
    },

    async cancel(kind, prefix) {
      return st().cancel.run(kind, prefix.length, prefix).changes;
    },

    tick() {
      // One tick at a time: the timer skips while a long burst is still being sent.
      if (running) return running.then(() => 0);
      running = tickOnce().finally(() => {
        running = undefined;
      });
      return running;
    },

    recover() {
      return st().recoverAll.run().changes;
    },

    start() {
      if (timer) return;
      stopped = false;
      const recovered = scheduler.recover();
      if (recovered > 0) log?.warn({ recovered }, 'scheduler: retrying jobs interrupted while sending');
      const run = () => {
        scheduler.tick().catch((error) => log?.error({ err: error }, 'scheduler tick failed'));
      };
      timer = setInterval(run, intervalMs);
      timer.unref();
      run();
    },

    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },

    deliveryKey: nextDeliveryKey,

    counts() {
      const rows = sqlite.prepare('SELECT status, count(*) AS n FROM scheduled_jobs GROUP BY status').all() as {
        status: string;
        n: number;
      }[];
      return Object.fromEntries(rows.map((r) => [r.status, r.n]));
    },
  };
  return scheduler;
}

function prepare(sqlite: SqliteHandle) {
  return {
    byId: sqlite.prepare('SELECT * FROM scheduled_jobs WHERE id = ?'),
    due: sqlite.prepare(
      `SELECT id, kind FROM scheduled_jobs WHERE status = 'pending' AND due_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
         AND +kind IN (SELECT value FROM json_each(?)) ORDER BY due_at LIMIT ?`,
    ),
    claim: sqlite.prepare(`UPDATE scheduled_jobs SET status = 'sending', attempts = attempts + 1, lease_until = ?, late = ? WHERE id = ?`),
    finish: sqlite.prepare(`UPDATE scheduled_jobs SET status = ?, done_at = ?, late = ?, error = ?, lease_until = NULL WHERE id = ?`),
    retry: sqlite.prepare(`UPDATE scheduled_jobs SET status = 'pending', lease_until = ?, error = ? WHERE id = ?`),
    expireLeases: sqlite.prepare(
      `UPDATE scheduled_jobs SET status = 'pending', lease_until = NULL WHERE status = 'sending' AND lease_until <= ?`,
    ),
    recoverAll: sqlite.prepare(`UPDATE scheduled_jobs SET status = 'pending', lease_until = NULL WHERE status = 'sending'`),
    upsert: sqlite.prepare(
      `INSERT INTO scheduled_jobs (kind, occurrence_key, due_at, platform, chat_id, payload, grace_ms, created_at)
       VALUES (@kind, @key, @due, @platform, @chat, @payload, @grace, @now)
       ON CONFLICT (kind, occurrence_key) DO UPDATE SET due_at = excluded.due_at, platform = excluded.platform,
         chat_id = excluded.chat_id, payload = excluded.payload, grace_ms = excluded.grace_ms
       WHERE scheduled_jobs.status = 'pending'`,
    ),
    cancel: sqlite.prepare(`DELETE FROM scheduled_jobs WHERE kind = ? AND status = 'pending' AND substr(occurrence_key, 1, ?) = ?`),
  };
}
