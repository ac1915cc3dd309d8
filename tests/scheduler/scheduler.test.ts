import { afterEach, describe, expect, it } from 'vitest';
import type { DueJob } from '../../bot/scheduler/types';
import { createTestBot, type TestBot } from '../helpers/runtime';

let bot: TestBot;
afterEach(async () => bot?.close());

const at = (iso: string) => new Date(iso);

describe('durable scheduler', () => {
  it('delivers a due job once, at its time, and not before', async () => {
    bot = await createTestBot();
    const { scheduler } = bot.runtime.app.services;
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
    bot = await createTestBot();
    const { scheduler } = bot.runtime.app.services;
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
    const rows = bot.runtime.storage.sqlite
      .prepare('SELECT occurrence_key, status, late FROM scheduled_jobs ORDER BY occurrence_key')
      .all();
    expect(rows).toEqual([
      { occurrence_key: 'long', status: 'sent', late: 1 },
      { occurrence_key: 'short', status: 'missed', late: 0 },
    ]);
  });

  it('cancels pending jobs by prefix and leaves other kinds alone', async () => {
    bot = await createTestBot();
    const { scheduler } = bot.runtime.app.services;
    for (const key of ['m:1:a', 'm:1:b', 'm:2:a'])
      await scheduler.schedule({ kind: 'x', occurrenceKey: key, dueAt: at('2026-04-01T00:00:00Z'), payload: {} });
    await scheduler.schedule({ kind: 'y', occurrenceKey: 'm:1:a', dueAt: at('2026-04-01T00:00:00Z'), payload: {} });
    expect(await scheduler.cancel('x', 'm:1:')).toBe(2);
    expect(bot.runtime.storage.sqlite.prepare('SELECT count(*) AS n FROM scheduled_jobs').get()).toEqual({ n: 2 });
  });

  it('retries a failing handler later and records failure after the last attempt', async () => {
    bot = await createTestBot();
    const { scheduler } = bot.runtime.app.services;
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
    expect(bot.runtime.storage.sqlite.prepare('SELECT status, error FROM scheduled_jobs').get()).toEqual({
      status: 'failed',
      error: 'boom',
    });
  });

  it('a row left "sending" by a dead process is retried with the same message keys', async () => {
    bot = await createTestBot();
    const { scheduler } = bot.runtime.app.services;
    const keys: (string | undefined)[] = [];
    bot.runtime.app.registerMessenger('rec', {
      async send(_chat, _reply, options) {
        keys.push(options?.idempotencyKey);
      },
    });
    scheduler.register('p', async (job) => {
      await bot.runtime.app.services.push(job.address!, { text: 'one' });
      await bot.runtime.app.services.push(job.address!, { text: 'two' });
    });
    await scheduler.schedule({
      kind: 'p',
      occurrenceKey: 'k1',
      dueAt: bot.clock.now(),
      payload: {},
      address: { platform: 'rec', chatId: 'c' },
    });
    await scheduler.tick();
    // Simulate a crash after sending: the row is still claimed.
    bot.runtime.storage.sqlite.prepare("UPDATE scheduled_jobs SET status = 'sending', lease_until = 0").run();
    await scheduler.tick(); // the expired lease is taken back and the job runs again
    expect(keys).toEqual(['p/k1/0', 'p/k1/1', 'p/k1/0', 'p/k1/1']);
    await expect(scheduler.tick()).resolves.toBe(0);
  });

  it('reschedules a pending occurrence but never resurrects a delivered one', async () => {
    bot = await createTestBot();
    const { scheduler } = bot.runtime.app.services;
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
});
