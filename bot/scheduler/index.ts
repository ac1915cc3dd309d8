import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { type Kysely, sql } from 'kysely';
import { isRecipientUnavailable } from '../core/errors';
import type { Clock } from '../core/feature';
import type { Logger } from '../logger';
import { isDiskFull, type Storage } from '../storage/database';
import { prepareQuery } from '../storage/prepared';
import type { ScheduledJobRow, SchedulerTables } from './storage';
import type { DueJob, JobHandler, JobSpec, Scheduler } from './types';

export { schedulerMigrations } from './storage';
export type { DueJob, JobHandler, JobSpec, Scheduler } from './types';

export interface SchedulerOptions {
  storage: Storage;
  clock: Clock;
  log?: Logger;
  /** How often the timer looks for due work (default 15 s). */
  intervalMs?: number;
  /**
   * How long a claim holds without renewal (default 20 s). The holder renews its claims every third of this while
   * it runs them, so only the claims of a process that died (or stalled this long) expire and are taken over.
   */
  leaseMs?: number;
  /** A job handled more than this long after its time is `late` (default 2 min). */
  lateAfterMs?: number;
  /** Handlers running at once (default 64); jobs for one chat never run side by side. */
  concurrency?: number;
  /** Attempts before a failing job is recorded as failed (default 3). */
  maxAttempts?: number;
  /** Due rows claimed per transaction (default: the concurrency). */
  batchSize?: number;
  /**
   * Jobs run for one chat in one tick (default 20). The rest of that chat's due jobs wait for the next tick, still
   * pending: one chat with hundreds of reminders due at once must not get them all in one burst.
   */
  perChatPerTick?: number;
}

/** Chats that reached their ceiling in one tick; past this many, the tick stops claiming (the exclusion list is a query parameter list). */
const MAX_CAPPED_CHATS = 500;

export interface DurableScheduler extends Scheduler {
  /** Jobs per status, for tests and the bench. */
  counts(): Promise<Record<string, number>>;
  /**
   * Claims whose lease expired (their process died) go back to pending; returns how many. Each tick does this
   * first. A live claim is never touched, whichever process holds it.
   */
  recover(): Promise<number>;
  /** Who this scheduler is in `claimed_by`: host, process id and a random part. */
  readonly instance: string;
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
 * Delivery: due rows are claimed in a transaction (pending → sending, with a lease naming this instance) before
 * their handlers run, and marked sent right after; two ticks or two processes never run the same row. On
 * PostgreSQL the claim is `SELECT … FOR UPDATE SKIP LOCKED`, so processes claiming at once take different rows
 * instead of waiting for each other; on SQLite the transaction takes the write lock up front (BEGIN IMMEDIATE).
 * The holder renews its leases while it works; a process that dies leaves its claims to expire, and any
 * scheduler then puts them back to pending and they run again, with the same idempotency key for each message
 * pushed (see {@link nextDeliveryKey}): at-least-once inside, once as seen by a receiver that honours the key.
 * A live claim is never taken, so a process starting beside another never re-sends what the other is sending.
 * A job found more than `graceMs` after its time is recorded as missed.
 *
 * @example
 * scheduler.register<{ text: string }>('personal-reminder', async (job) => push(job.address!, { text: job.payload.text }));
 * await scheduler.schedule({ kind: 'personal-reminder', occurrenceKey: 'u1:2026-03-03T06:00', dueAt, payload: { text: '交党费' } });
 */
export function createScheduler(options: SchedulerOptions): DurableScheduler {
  const { storage, clock, log } = options;
  const db = storage.db.withTables<SchedulerTables>();
  const postgres = storage.dialect === 'postgres';
  const intervalMs = options.intervalMs ?? 15_000;
  const leaseMs = options.leaseMs ?? 20_000;
  const lateAfterMs = options.lateAfterMs ?? 2 * 60_000;
  const concurrency = options.concurrency ?? 64;
  const maxAttempts = options.maxAttempts ?? 3;
  const batchSize = options.batchSize ?? concurrency;
  const perChatPerTick = options.perChatPerTick ?? 20;
  const instance = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const handlers = new Map<string, JobHandler<any>>();
  let timer: NodeJS.Timeout | undefined;
  let wake: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;

  const jobs = (executor: Kysely<any> = db) => executor.withTables<SchedulerTables>();

  function toDueJob(row: ScheduledJobRow): DueJob {
    return {
      id: row.id,
      kind: row.kind,
      occurrenceKey: row.occurrence_key,
      dueAt: new Date(row.due_at),
      address: row.platform !== null && row.chat_id !== null ? { platform: row.platform, chatId: row.chat_id } : undefined,
      payload: JSON.parse(row.payload),
      graceMs: row.grace_ms,
      late: row.late === 1,
    };
  }

  /**
   * Pending rows of these kinds due by `now` and not waiting out a retry delay, oldest first, leaving out the chats
   * (`platform:chat_id`) that had their share of this tick.
   */
  const dueRows = (executor: Kysely<any>, now: number, kinds: string[], limit: number, skipChats: ReadonlySet<string>) => {
    // On SQLite `+kind` keeps the planner on the partial index of pending due times (the kind index would scan).
    const kind = postgres ? sql.ref('kind') : sql<string>`+kind`;
    return jobs(executor)
      .selectFrom('scheduled_jobs')
      .where('status', '=', 'pending')
      .where('due_at', '<=', now)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]))
      .where((eb) => eb(kind, 'in', kinds))
      .$if(skipChats.size > 0, (q) =>
        q.where((eb) => eb.or([eb('platform', 'is', null), eb(sql<string>`platform || ':' || chat_id`, 'not in', [...skipChats])])),
      )
      .orderBy('due_at')
      .orderBy('id')
      .limit(limit);
  };

  /**
   * Claims up to `limit` due rows in one transaction, oldest first; rows past their grace are recorded as missed
   * instead. Returns the claimed rows as they now are, and how many were missed. On PostgreSQL rows another
   * process is claiming at this moment are skipped (SKIP LOCKED), not waited for.
   */
  const claim = async (now: number, kinds: string[], limit: number, skipChats: ReadonlySet<string> = new Set()) => {
    // A tick with nothing due (most of them) reads one index entry and takes no write lock.
    const any = await dueRows(db, now, kinds, 1, skipChats).select('id').executeTakeFirst();
    if (!any) return { claimed: [], missed: 0 };
    return storage.transaction(async (tx) => {
      const t = jobs(tx);
      let due = dueRows(tx, now, kinds, limit, skipChats).selectAll();
      if (postgres) due = due.forUpdate().skipLocked();
      const rows = (await due.execute()) as ScheduledJobRow[];
      const missed = rows.filter((row) => now - row.due_at > row.grace_ms);
      const taken = rows.filter((row) => now - row.due_at <= row.grace_ms);
      if (missed.length > 0)
        await t
          .updateTable('scheduled_jobs')
          .set({ status: 'missed', done_at: now, late: 0, error: null, lease_until: null, claimed_by: null })
          .where(
            'id',
            'in',
            missed.map((row) => row.id),
          )
          .execute();
      if (taken.length > 0)
        await t
          .updateTable('scheduled_jobs')
          .set({
            status: 'sending',
            attempts: sql`attempts + 1`,
            lease_until: now + leaseMs,
            claimed_by: instance,
            late: sql`CASE WHEN ${now} - due_at > ${lateAfterMs} THEN 1 ELSE 0 END`,
          })
          .where(
            'id',
            'in',
            taken.map((row) => row.id),
          )
          .execute();
      const claimed = taken.map(
        (row): ScheduledJobRow => ({
          ...row,
          status: 'sending',
          attempts: row.attempts + 1,
          lease_until: now + leaseMs,
          claimed_by: instance,
          late: now - row.due_at > lateAfterMs ? 1 : 0,
        }),
      );
      return { claimed, missed: missed.length };
    });
  };

  /** Updates a row this instance still holds; a claim taken over after its lease expired is left to its new holder. */
  const mine = (id: number) =>
    db.updateTable('scheduled_jobs').where('id', '=', id).where('status', '=', 'sending').where('claimed_by', '=', instance);

  async function runOne(row: ScheduledJobRow): Promise<void> {
    const handler = handlers.get(row.kind);
    if (!handler) return;
    try {
      await deliveryContext.run({ key: `${row.kind}/${row.occurrence_key}`, sequence: 0 }, () => handler(toDueJob(row)));
      await mine(row.id)
        .set({ status: 'sent', done_at: clock.now().getTime(), error: null, lease_until: null, claimed_by: null })
        .execute();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (isDiskFull(error))
        log?.error(
          { err: error, kind: row.kind, occurrence: row.occurrence_key, diskFull: true },
          'disk full: a scheduled job cannot write (磁盘已满)',
        );
      else log?.warn({ err: error, kind: row.kind, occurrence: row.occurrence_key, attempt: row.attempts }, 'scheduled job failed');
      // A recipient who blocked the bot will not unblock it on a retry: record the job as failed at once.
      const now = clock.now().getTime();
      if (row.attempts >= maxAttempts || isRecipientUnavailable(error))
        await mine(row.id)
          .set({ status: 'failed', done_at: now, error: message.slice(0, 500), lease_until: null, claimed_by: null })
          .execute();
      else
        await mine(row.id)
          .set({ status: 'pending', lease_until: now + 60_000 * row.attempts, error: message.slice(0, 500), claimed_by: null })
          .execute();
    }
  }

  /** Claims left unstarted when the scheduler stops go back to pending at once, as if never claimed. */
  async function release(rows: ScheduledJobRow[]): Promise<void> {
    if (rows.length === 0) return;
    await db
      .updateTable('scheduled_jobs')
      .set({ status: 'pending', lease_until: null, claimed_by: null, attempts: sql`attempts - 1` })
      .where(
        'id',
        'in',
        rows.map((row) => row.id),
      )
      .where('status', '=', 'sending')
      .where('claimed_by', '=', instance)
      .execute();
  }

  /**
   * Runs due work with bounded concurrency, claiming a batch whenever fewer claimed jobs wait than workers run,
   * and never two jobs of one chat at once (so a slow chat never holds others, and a chat gets its jobs in order).
   * A chat that had `perChatPerTick` jobs run is left out of further claims; its other due jobs wait for the next tick.
   */
  async function tickOnce(): Promise<number> {
    const recovered = await scheduler.recover();
    if (recovered > 0) log?.warn({ recovered }, 'scheduler: retrying jobs whose process stopped while sending them');
    const kinds = [...handlers.keys()];
    if (kinds.length === 0) return 0;
    const waiting: ScheduledJobRow[] = [];
    const busyChats = new Set<string>();
    const runPerChat = new Map<string, number>();
    /** Chats that had their share of this tick, and their claimed jobs put back for the next one. */
    const cappedChats = new Set<string>();
    const deferred: ScheduledJobRow[] = [];
    let handled = 0;
    let exhausted = false;
    let claiming: Promise<void> | undefined;
    let finished: (() => void) | undefined;
    let somethingFinished = new Promise<void>((resolve) => (finished = resolve));
    const chatOf = (row: ScheduledJobRow) => (row.platform !== null ? `${row.platform}:${row.chat_id}` : `job:${row.id}`);
    const deferRest = (chat: string) => {
      cappedChats.add(chat);
      for (let i = waiting.length - 1; i >= 0; i--) if (chatOf(waiting[i]!) === chat) deferred.unshift(...waiting.splice(i, 1));
      if (cappedChats.size >= MAX_CAPPED_CHATS) exhausted = true;
    };

    const claimMore = () =>
      // The clock read at each claim: a lease counted from the start of a long burst would be over already.
      (claiming ??= claim(clock.now().getTime(), kinds, batchSize, cappedChats)
        .then(({ claimed, missed }) => {
          handled += missed;
          for (const row of claimed) (cappedChats.has(chatOf(row)) ? deferred : waiting).push(row);
          if (claimed.length + missed < batchSize) exhausted = true;
        })
        .finally(() => {
          claiming = undefined;
        }));

    // While this instance works, its claims stay leased; they expire only if it dies or stalls.
    const renewal = setInterval(() => {
      db.updateTable('scheduled_jobs')
        .set({ lease_until: clock.now().getTime() + leaseMs })
        .where('status', '=', 'sending')
        .where('claimed_by', '=', instance)
        .execute()
        .catch((error) => log?.warn({ err: error }, 'scheduler: could not renew leases'));
    }, leaseMs / 3);
    renewal.unref();

    let active = 0;
    const worker = async (): Promise<void> => {
      for (;;) {
        if (stopped) return;
        const index = waiting.findIndex((row) => !busyChats.has(chatOf(row)));
        if (index >= 0) {
          const [row] = waiting.splice(index, 1);
          const chat = chatOf(row!);
          busyChats.add(chat);
          const runs = (runPerChat.get(chat) ?? 0) + 1;
          runPerChat.set(chat, runs);
          if (runs >= perChatPerTick && row!.platform !== null) deferRest(chat);
          active++;
          if (!exhausted && waiting.length < concurrency)
            claimMore().catch((error) => log?.warn({ err: error }, 'scheduler: claiming due jobs failed'));
          try {
            await runOne(row!);
            handled++;
          } finally {
            active--;
            busyChats.delete(chat);
            finished?.();
            somethingFinished = new Promise<void>((resolve) => (finished = resolve));
          }
        } else if (!exhausted) {
          await claimMore();
        } else if (waiting.length > 0 && active > 0) {
          // Only jobs of chats busy right now are left: wait for one to finish.
          await somethingFinished;
        } else return;
      }
    };

    try {
      await Promise.all(Array.from({ length: concurrency }, worker));
    } finally {
      clearInterval(renewal);
      await claiming?.catch(() => undefined);
      await release([...waiting.splice(0), ...deferred.splice(0)]);
    }
    if (cappedChats.size > 0)
      log?.info({ chats: cappedChats.size, perChatPerTick }, 'scheduler: chats at their ceiling wait for the next tick');
    return handled;
  }

  /** After a tick: if another process's lease ends before the next tick, look again right then. */
  async function wakeForLeases(): Promise<void> {
    if (!timer || wake) return;
    const row = await db
      .selectFrom('scheduled_jobs')
      .select((eb) => eb.fn.min('lease_until').as('at'))
      .where('status', '=', 'sending')
      .executeTakeFirst();
    const at = row?.at === null || row?.at === undefined ? undefined : Number(row.at);
    if (at === undefined || !timer || wake) return;
    const delay = at - clock.now().getTime();
    if (delay >= intervalMs) return;
    wake = setTimeout(() => {
      wake = undefined;
      run();
    }, Math.max(0, delay) + 50);
    wake.unref();
  }

  const run = () => {
    scheduler
      .tick()
      .then(() => wakeForLeases())
      .catch((error) =>
        log?.error(
          { err: error, ...(isDiskFull(error) ? { diskFull: true } : {}) },
          isDiskFull(error) ? 'disk full: scheduler tick failed (磁盘已满)' : 'scheduler tick failed',
        ),
      );
  };

  const scheduler: DurableScheduler = {
    instance,

    register(kind, handler) {
      handlers.set(kind, handler as JobHandler<any>);
    },

    async schedule(job: JobSpec, executor?: Kysely<any>) {
      if (!job.kind || !job.occurrenceKey || Number.isNaN(job.dueAt.getTime()))
        throw new Error('schedule: kind, occurrenceKey and a valid dueAt are required');
      await upsert(executor ?? db, {
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

    async cancel(kind, prefix, executor?: Kysely<any>) {
      const result = await jobs(executor)
        .deleteFrom('scheduled_jobs')
        .where('kind', '=', kind)
        .where('status', '=', 'pending')
        .where(sql<string>`substr(occurrence_key, 1, ${prefix.length})`, '=', prefix)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    tick() {
      // One tick at a time: the timer skips while a long burst is still being sent.
      if (running) return running.then(() => 0);
      running = tickOnce().finally(() => {
        running = undefined;
      });
      return running;
    },

    async recover() {
      const now = clock.now().getTime();
      const expired = db.selectFrom('scheduled_jobs').where('status', '=', 'sending').where('lease_until', '<=', now);
      // Read first: usually there is nothing to take back, and a read takes no write lock.
      if (!(await expired.select('id').limit(1).executeTakeFirst())) return 0;
      const result = await db
        .updateTable('scheduled_jobs')
        .set({ status: 'pending', lease_until: null, claimed_by: null })
        .where('status', '=', 'sending')
        .where('lease_until', '<=', now)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    start() {
      if (timer) return;
      stopped = false;
      // Not unref'd: a started scheduler keeps the process alive until stop(), even with no messenger holding a
      // connection open (it may have to wait for another process's lease to run out before it can send).
      timer = setInterval(run, intervalMs);
      run();
    },

    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      if (wake) clearTimeout(wake);
      timer = undefined;
      wake = undefined;
      await running?.catch(() => undefined);
    },

    deliveryKey: nextDeliveryKey,

    async counts() {
      const rows = await db
        .selectFrom('scheduled_jobs')
        .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
        .groupBy('status')
        .execute();
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    },
  };
  return scheduler;
}

/** Scheduling again replaces a pending occurrence and leaves one already claimed or done alone. */
const upsert = prepareQuery<{
  kind: string;
  key: string;
  due: number;
  platform: string | null;
  chat: string | null;
  payload: string;
  grace: number;
  now: number;
}>((db, p) =>
  db
    .withTables<SchedulerTables>()
    .insertInto('scheduled_jobs')
    .values({
      kind: p('kind'),
      occurrence_key: p('key'),
      due_at: p('due'),
      platform: p('platform'),
      chat_id: p('chat'),
      payload: p('payload'),
      grace_ms: p('grace'),
      created_at: p('now'),
    })
    .onConflict((oc) =>
      oc
        .columns(['kind', 'occurrence_key'])
        .doUpdateSet((eb) => ({
          due_at: eb.ref('excluded.due_at'),
          platform: eb.ref('excluded.platform'),
          chat_id: eb.ref('excluded.chat_id'),
          payload: eb.ref('excluded.payload'),
          grace_ms: eb.ref('excluded.grace_ms'),
        }))
        .where('scheduled_jobs.status', '=', 'pending'),
    ),
);
