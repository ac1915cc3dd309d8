import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler, type DurableScheduler, schedulerMigrations } from '../../bot/scheduler';
import type { SchedulerTables } from '../../bot/scheduler/storage';
import type { DueJob } from '../../bot/scheduler/types';
import { openStorage, type Storage } from '../../bot/storage/database';
import { coreMigrations, migrate } from '../../bot/storage/migrations';
import { ManualClock } from '../helpers/clock';
import { freshDatabase } from '../helpers/database';
import { tempDir } from '../helpers/temp';

const root = resolve(__dirname, '../..');

/**
 * The scheduler over its own tables on a fresh database of the backend under test, as the runtime builds it; a
 * handler reads the message keys its pushes would carry from `scheduler.deliveryKey()`, as App's push does.
 */
interface Bench {
  url: string;
  storage: Storage;
  clock: ManualClock;
  scheduler: DurableScheduler;
  /** A second scheduler on the same database through its own connection, as another process would have. */
  anotherProcess(options?: { leaseMs?: number }): DurableScheduler;
}

let opened: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of opened.reverse()) await close();
  opened = [];
});

async function createBench(clock = new ManualClock()): Promise<Bench> {
  const database = await freshDatabase(tempDir('dangwu-scheduler-'));
  const storage = openStorage(database.url);
  await migrate(storage, { ...coreMigrations, ...schedulerMigrations });
  const scheduler = createScheduler({ storage, clock });
  const others: Storage[] = [];
  opened.push(async () => {
    await scheduler.stop();
    for (const other of others) await other.close();
    await storage.close();
    await database.drop();
  });
  return {
    url: database.url,
    storage,
    clock,
    scheduler,
    anotherProcess(options = {}) {
      const other = openStorage(database.url);
      others.push(other);
      const second = createScheduler({ storage: other, clock, ...options });
      opened.push(() => second.stop());
      return second;
    },
  };
}

let bot: Bench;
const at = (iso: string) => new Date(iso);
const jobs = () => bot.storage.db.withTables<SchedulerTables>().selectFrom('scheduled_jobs');

/** A handler that stays in flight until released. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  let entered!: () => void;
  const started = new Promise<void>((resolve) => (entered = resolve));
  return { opened, started, open, enter: () => entered() };
}

describe('durable scheduler', () => {
  it('delivers a due job once, at its time, and not before', async () => {
    bot = await createBench();
    const { scheduler } = bot;
    const seen: DueJob<{ n: number }>[] = [];
    scheduler.register<{ n: number }>('t', async (job) => void seen.push(job));
    await scheduler.schedule({ kind: 't', occurrenceKey: 'a', dueAt: at('2026-03-02T10:00:00+08:00'), payload: { n: 1 } });
    // Scheduling the same occurrence again is harmless.
    await scheduler.schedule({ kind: 't', occurrenceKey: 'a', dueAt: at('2026-03-02T10:00:00+08:00'), payload: { n: 1 } });
    expect(await scheduler.tick()).toBe(0);
    bot.clock.set('2026-03-02T10:00:05+08:00');
    expect(await scheduler.tick()).toBe(1);
    expect(await scheduler.tick()).toBe(0);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.late).toBe(false);
    expect(seen[0]!.payload).toEqual({ n: 1 });
  });

  it('after downtime: delivers late within grace, records missed beyond it', async () => {
    bot = await createBench();
    const { scheduler } = bot;
    const seen: DueJob[] = [];
    scheduler.register('t', async (job) => void seen.push(job));
    await scheduler.schedule({ kind: 't', occurrenceKey: 'short', dueAt: at('2026-03-02T10:00:00+08:00'), payload: {}, graceMs: 3600_000 });
    await scheduler.schedule({
      kind: 't',
      occurrenceKey: 'long',
      dueAt: at('2026-03-02T10:00:00+08:00'),
      payload: {},
      graceMs: 6 * 3600_000,
    });
    bot.clock.set('2026-03-02T13:00:00+08:00');
    await scheduler.tick();
    expect(seen.map((j) => j.occurrenceKey)).toEqual(['long']);
    expect(seen[0]!.late).toBe(true);
    const rows = await jobs().select(['occurrence_key', 'status', 'late']).orderBy('occurrence_key').execute();
    expect(rows).toEqual([
      { occurrence_key: 'long', status: 'sent', late: 1 },
      { occurrence_key: 'short', status: 'missed', late: 0 },
    ]);
  });

  it('cancels pending jobs by prefix and leaves other kinds alone', async () => {
    bot = await createBench();
    const { scheduler } = bot;
    for (const key of ['m:1:a', 'm:1:b', 'm:2:a'])
      await scheduler.schedule({ kind: 'x', occurrenceKey: key, dueAt: at('2026-04-01T00:00:00Z'), payload: {} });
    await scheduler.schedule({ kind: 'y', occurrenceKey: 'm:1:a', dueAt: at('2026-04-01T00:00:00Z'), payload: {} });
    expect(await scheduler.cancel('x', 'm:1:')).toBe(2);
    expect(await bot.scheduler.counts()).toEqual({ pending: 2 });
    expect((await jobs().select('kind').orderBy('kind').execute()).map((r) => r.kind)).toEqual(['x', 'y']);
  });

  it('retries a failing handler later and records failure after the last attempt', async () => {
    bot = await createBench();
    const { scheduler } = bot;
    let calls = 0;
    scheduler.register('f', async () => {
      calls++;
      throw new Error('boom');
    });
    await scheduler.schedule({ kind: 'f', occurrenceKey: 'k', dueAt: bot.clock.now(), payload: {} });
    await scheduler.tick();
    await scheduler.tick(); // backoff: not yet
    expect(calls).toBe(1);
    for (let i = 0; i < 5; i++) {
      bot.clock.advanceMinutes(5);
      await scheduler.tick();
    }
    expect(calls).toBe(3);
    expect(await jobs().select(['status', 'error']).executeTakeFirst()).toEqual({
      status: 'failed',
      error: 'boom',
    });
  });

  it('a row left "sending" by a dead process is retried with the same message keys', async () => {
    bot = await createBench();
    const { scheduler } = bot;
    const keys: (string | undefined)[] = [];
    scheduler.register('p', async () => {
      keys.push(scheduler.deliveryKey(), scheduler.deliveryKey());
    });
    await scheduler.schedule({
      kind: 'p',
      occurrenceKey: 'k1',
      dueAt: bot.clock.now(),
      payload: {},
      address: { platform: 'rec', chatId: 'c' },
    });
    await scheduler.tick();
    // Simulate a crash after sending: the row is still claimed, by a process whose lease has run out.
    await bot.storage.db
      .withTables<SchedulerTables>()
      .updateTable('scheduled_jobs')
      .set({ status: 'sending', lease_until: 0, claimed_by: 'gone:1:dead' })
      .execute();
    await scheduler.tick(); // the expired lease is taken back and the job runs again
    expect(keys).toEqual(['p/k1/0', 'p/k1/1', 'p/k1/0', 'p/k1/1']);
    await expect(scheduler.tick()).resolves.toBe(0);
  });

  it('schedules and cancels inside a transaction through its handle: kept on commit, gone on rollback', async () => {
    bot = await createBench();
    const { scheduler, storage } = bot;
    const job = (key: string) => ({ kind: 't', occurrenceKey: key, dueAt: at('2026-04-01T00:00:00Z'), payload: {} });
    await storage.transaction(async (tx) => {
      await scheduler.schedule(job('kept'), tx);
      await scheduler.schedule(job('cancelled'), tx);
      expect(await scheduler.cancel('t', 'cancelled', tx)).toBe(1);
    });
    await expect(
      storage.transaction(async (tx) => {
        await scheduler.schedule(job('rolled-back'), tx);
        throw new Error('the rest of the work failed');
      }),
    ).rejects.toThrow('the rest of the work failed');
    expect((await jobs().select('occurrence_key').execute()).map((r) => r.occurrence_key)).toEqual(['kept']);
  });

  it('reschedules a pending occurrence but never resurrects a delivered one', async () => {
    bot = await createBench();
    const { scheduler } = bot;
    let calls = 0;
    scheduler.register('r', async () => void calls++);
    await scheduler.schedule({ kind: 'r', occurrenceKey: 'k', dueAt: at('2026-03-02T12:00:00+08:00'), payload: {} });
    await scheduler.schedule({ kind: 'r', occurrenceKey: 'k', dueAt: at('2026-03-02T09:30:00+08:00'), payload: {} });
    bot.clock.set('2026-03-02T09:31:00+08:00');
    expect(await scheduler.tick()).toBe(1);
    await scheduler.schedule({ kind: 'r', occurrenceKey: 'k', dueAt: at('2026-03-02T09:00:00+08:00'), payload: {} });
    expect(await scheduler.tick()).toBe(0);
    expect(calls).toBe(1);
  });

  it("a second process starting never resets the first one's job in flight; it takes the job over only once the lease has run out", async () => {
    bot = await createBench();
    const first = bot.scheduler;
    const keys: (string | undefined)[] = [];
    const inFlight = gate();
    let firstRuns = 0;
    first.register('p', async () => {
      firstRuns++;
      keys.push(bot.scheduler.deliveryKey());
      inFlight.enter();
      await inFlight.opened;
    });
    await first.schedule({ kind: 'p', occurrenceKey: 'k', dueAt: bot.clock.now(), payload: {}, address: { platform: 'rec', chatId: 'c' } });
    const firstTick = first.tick();
    await inFlight.started;

    const second = bot.anotherProcess();
    let secondRuns = 0;
    second.register('p', async () => void secondRuns++);
    second.start();
    expect(await second.tick()).toBe(0);
    expect(await second.recover()).toBe(0);
    bot.clock.advance(15_000); // within the lease
    expect(await second.tick()).toBe(0);
    expect(secondRuns).toBe(0);
    expect(await jobs().select(['status', 'claimed_by']).executeTakeFirst()).toEqual({ status: 'sending', claimed_by: first.instance });

    inFlight.open();
    expect(await firstTick).toBe(1);
    expect(await second.counts()).toEqual({ sent: 1 });
    expect(firstRuns + secondRuns).toBe(1);
    expect(keys).toEqual(['p/k/0']);
  });

  it('renews the leases it holds while a job runs longer than the lease, so no other process takes it over', async () => {
    // Real time here: renewal runs on a timer, every third of the lease.
    const realClock = { now: () => new Date() } as unknown as ManualClock;
    bot = await createBench(realClock);
    const slow = bot.anotherProcess({ leaseMs: 300 });
    const job = gate();
    slow.register('long', async () => {
      job.enter();
      await job.opened;
    });
    await slow.schedule({ kind: 'long', occurrenceKey: 'k', dueAt: new Date(Date.now() - 1000), payload: {} });
    const running = slow.tick();
    await job.started;
    const other = bot.scheduler;
    let taken = 0;
    other.register('long', async () => void taken++);
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await other.recover()).toBe(0);
      expect(await other.tick()).toBe(0);
    }
    job.open();
    expect(await running).toBe(1);
    expect(taken).toBe(0);
    expect(await other.counts()).toEqual({ sent: 1 });
  });

  it('takes over the claim of a process that died once its lease ran out, with the same message keys, and the dead one cannot finish it', async () => {
    bot = await createBench();
    const keys: (string | undefined)[] = [];
    const dying = bot.anotherProcess({ leaseMs: 20_000 });
    const hung = gate();
    dying.register('p', async () => {
      keys.push(bot.scheduler.deliveryKey());
      hung.enter();
      await hung.opened;
    });
    await dying.schedule({ kind: 'p', occurrenceKey: 'k', dueAt: bot.clock.now(), payload: {}, address: { platform: 'rec', chatId: 'c' } });
    const dyingTick = dying.tick();
    await hung.started;

    const survivor = bot.scheduler;
    survivor.register('p', async () => {
      keys.push(bot.scheduler.deliveryKey());
    });
    bot.clock.advance(20_001);
    expect(await survivor.tick()).toBe(1);
    expect(keys).toEqual(['p/k/0', 'p/k/0']);
    expect(await jobs().select(['status', 'attempts', 'claimed_by']).executeTakeFirst()).toEqual({
      status: 'sent',
      attempts: 2,
      claimed_by: null,
    });
    // The stalled process wakes up and finishes: the row is no longer its claim, so nothing changes.
    hung.open();
    await dyingTick;
    expect(await survivor.counts()).toEqual({ sent: 1 });
  });

  it('three processes ticking at once split the due jobs: each job runs exactly once', { timeout: 120_000 }, async () => {
    // Real processes: on SQLite two connections in one thread would wait on each other's lock synchronously.
    bot = await createBench(new ManualClock(new Date()));
    const { scheduler } = bot;
    for (let i = 0; i < 300; i++)
      await scheduler.schedule({
        kind: 'b',
        occurrenceKey: `j${i}`,
        dueAt: bot.clock.now(),
        payload: {},
        address: { platform: 'x', chatId: `c${i % 40}` },
      });
    const children = Array.from({ length: 3 }, () =>
      spawn(process.execPath, [join(root, 'bin/run-ts.js'), join(__dirname, 'fixtures/tick-process.ts')], {
        cwd: root,
        env: { ...process.env, DANGWU_DB: bot.url },
        stdio: ['pipe', 'pipe', 'inherit'],
      }),
    );
    const outputs = children.map((child) => {
      let text = '';
      child.stdout!.on('data', (chunk) => (text += chunk));
      const ready = new Promise<void>((resolve) => child.stdout!.on('data', () => text.includes('ready') && resolve()));
      const exited = new Promise<string>((resolve) => child.on('exit', () => resolve(text)));
      return { ready, exited };
    });
    await Promise.all(outputs.map((o) => o.ready));
    for (const child of children) child.stdin!.end('go\n');
    const texts = await Promise.all(outputs.map((o) => o.exited));
    const ran = texts.flatMap((text) => [...text.matchAll(/^ran (\S+)$/gm)].map((m) => m[1]!));
    expect(texts.every((text) => /^done \d+$/m.test(text))).toBe(true);
    expect(ran).toHaveLength(300);
    expect(new Set(ran).size).toBe(300);
    // Each process took a share: they claimed side by side instead of one waiting for the other to finish.
    expect(texts.filter((text) => /^ran /m.test(text)).length).toBeGreaterThan(1);
    expect(await scheduler.counts()).toEqual({ sent: 300 });
  });

  it("runs one chat's jobs one after another, in the order they were due", async () => {
    bot = await createBench();
    const { scheduler } = bot;
    const order: string[] = [];
    let inChat = 0;
    let overlap = false;
    scheduler.register('o', async (job) => {
      if (inChat++ > 0) overlap = true;
      await new Promise((resolve) => setTimeout(resolve, 2));
      order.push(job.occurrenceKey);
      inChat--;
    });
    const base = bot.clock.now().getTime();
    for (let i = 0; i < 10; i++)
      await scheduler.schedule({
        kind: 'o',
        occurrenceKey: `m${i}`,
        dueAt: new Date(base - 10_000 + i),
        payload: {},
        address: { platform: 'x', chatId: 'same' },
      });
    expect(await scheduler.tick()).toBe(10);
    expect(overlap).toBe(false);
    expect(order).toEqual(Array.from({ length: 10 }, (_, i) => `m${i}`));
  });

  it('runs at most its ceiling of jobs for one chat per tick; the rest wait for the next tick, none lost (issue 24)', async () => {
    bot = await createBench();
    const { scheduler } = bot;
    const ran: string[] = [];
    scheduler.register('f', async (job) => void ran.push(job.occurrenceKey));
    const base = bot.clock.now().getTime();
    // 45 reminders of one chat due at once, interleaved with two other chats' jobs and one job without an address.
    for (let i = 0; i < 45; i++)
      await scheduler.schedule({
        kind: 'f',
        occurrenceKey: `flood${i}`,
        dueAt: new Date(base - 1000 + i),
        payload: {},
        address: { platform: 'x', chatId: 'flooded' },
      });
    for (const chat of ['quiet1', 'quiet2'])
      await scheduler.schedule({
        kind: 'f',
        occurrenceKey: chat,
        dueAt: new Date(base - 500),
        payload: {},
        address: { platform: 'x', chatId: chat },
      });
    await scheduler.schedule({ kind: 'f', occurrenceKey: 'nowhere', dueAt: new Date(base - 500), payload: {} });
    const flood = (keys: string[]) => keys.filter((key) => key.startsWith('flood'));

    expect(await scheduler.tick()).toBe(23);
    expect(flood(ran)).toEqual(Array.from({ length: 20 }, (_, i) => `flood${i}`));
    expect(ran).toEqual(expect.arrayContaining(['quiet1', 'quiet2', 'nowhere']));
    expect(await scheduler.counts()).toEqual({ sent: 23, pending: 25 });
    const waitingRows = await jobs().select(['attempts', 'claimed_by', 'lease_until']).where('status', '=', 'pending').execute();
    expect(new Set(waitingRows.map((row) => JSON.stringify(row)))).toEqual(
      new Set([JSON.stringify({ attempts: 0, claimed_by: null, lease_until: null })]),
    );

    expect(await scheduler.tick()).toBe(20);
    expect(await scheduler.tick()).toBe(5);
    expect(flood(ran)).toEqual(Array.from({ length: 45 }, (_, i) => `flood${i}`));
    expect(await scheduler.counts()).toEqual({ sent: 48 });
  });

  it('puts claimed jobs it has not started back to pending when stopped, as if never claimed', async () => {
    bot = await createBench();
    const scheduler = bot.scheduler;
    const first = gate();
    let runs = 0;
    scheduler.register('s', async () => {
      runs++;
      first.enter();
      await first.opened;
    });
    for (let i = 0; i < 5; i++)
      await scheduler.schedule({
        kind: 's',
        occurrenceKey: `s${i}`,
        dueAt: bot.clock.now(),
        payload: {},
        address: { platform: 'x', chatId: 'one-chat' },
      });
    const tick = scheduler.tick();
    await first.started;
    const stopping = scheduler.stop();
    first.open();
    await stopping;
    await tick;
    expect(runs).toBe(1);
    expect(await scheduler.counts()).toEqual({ sent: 1, pending: 4 });
    const left = await jobs().select(['attempts', 'claimed_by', 'lease_until']).where('status', '=', 'pending').execute();
    expect(left).toEqual(Array.from({ length: 4 }, () => ({ attempts: 0, claimed_by: null, lease_until: null })));
  });
});
