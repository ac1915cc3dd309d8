import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it, onTestFailed, onTestFinished } from 'vitest';
import { loadConfig } from '../../bot/config';
import { PERSONAL_REMINDER } from '../../bot/features/reminders';
import { lateNote } from '../../bot/features/reminders/shared';
import { silentLogger } from '../../bot/logger';
import { createRuntime } from '../../bot/runtime';
import { openStorage } from '../../bot/storage/database';
import { freshDatabase, testBackend } from '../helpers/database';

const repo = resolve(__dirname, '../..');
const REMINDERS = 200;

/** A loopback recorder: answers the first few pushes at once and holds the rest, so a kill finds some in flight. */
function startRecorder() {
  const received: { key: string; chatId: string; text: string }[] = [];
  const listeners: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const { chatId, text } = JSON.parse(body) as { chatId: string; text: string };
      received.push({ key: String(req.headers['idempotency-key'] ?? ''), chatId, text });
      for (const l of listeners) l();
      const hold = received.length <= 10 ? 0 : 400;
      setTimeout(() => res.writeHead(200).end('{}'), hold).unref();
    });
  });
  /** Resolves once `done()` holds; no timer of its own: the test's timeout is the hang detector (see below). */
  const until = (done: () => boolean) =>
    new Promise<void>((ok) => {
      const check = () => {
        if (done()) ok();
      };
      listeners.push(check);
      check();
    });
  const unique = () => new Set(received.map((r) => r.key));
  return {
    received,
    server,
    unique,
    /** Resolves once `n` pushes have arrived. */
    waitFor: (n: number) => until(() => received.length >= n),
    /** Resolves once `n` different reminders have arrived. */
    waitForUnique: (n: number) => until(() => unique().size >= n),
  };
}

function startBot(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [join(repo, 'bin/dangwu.js'), 'start'], {
    cwd: repo,
    env: { ...process.env, ...env, LOG_LEVEL: 'silent', TELEGRAM_BOT_TOKEN: '', SLACK_BOT_TOKEN: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((ok) => (child.exitCode !== null || child.signalCode !== null ? ok() : child.once('exit', () => ok())));

describe(`scheduler crash safety (real process, SIGKILL mid-burst, ${testBackend})`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-crash-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('delivers every reminder, none twice, after a SIGKILL in the middle of a burst', async () => {
    const recorder = startRecorder();
    await new Promise<void>((ok) => recorder.server.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(recorder.server.address() as AddressInfo).port}/push`;
    const database = await freshDatabase(dir);
    onTestFinished(() => database.drop());
    const db = database.url;

    // Seed: 200 personal reminders due a minute ago, each to its own chat.
    const seed = await createRuntime({ config: loadConfig({ DANGWU_DB: db }), log: silentLogger() });
    const due = new Date(Date.now() - 60_000);
    for (let i = 0; i < REMINDERS; i++) {
      await seed.app.services.scheduler.schedule({
        kind: PERSONAL_REMINDER,
        occurrenceKey: `p${i}`,
        dueAt: due,
        address: { platform: 'loopback', chatId: `c${i}` },
        payload: { id: 100_000 + i, text: `第 ${i} 条提醒` },
      });
    }
    await seed.close();

    // The waits below have no deadline of their own: a loaded machine may take tens of seconds to start each bot,
    // and the second one must also wait out the dead one's leases (20 s). The test's timeout ends a real hang; the
    // bots are stopped and the progress printed however the test ends.
    const bots: ChildProcess[] = [];
    onTestFinished(async () => {
      for (const bot of bots) bot.kill('SIGKILL');
      await Promise.all(bots.map(exited));
      recorder.server.close();
    });
    onTestFailed(() => {
      console.error(`crash test: ${recorder.received.length} pushes, ${recorder.unique().size} of ${REMINDERS} reminders arrived`);
    });
    const env = { DANGWU_DB: db, DANGWU_LOOPBACK_URL: url };
    const first = startBot(env);
    bots.push(first);
    await recorder.waitFor(25);
    first.kill('SIGKILL');
    await exited(first);
    const beforeRestart = recorder.received.length;

    const second = startBot(env);
    bots.push(second);
    await recorder.waitForUnique(REMINDERS);
    second.kill('SIGTERM');
    await exited(second);

    // Every reminder arrived; the repeats after the crash carry the same key, so the receiver keeps one of each.
    const keys = recorder.unique();
    expect([...keys].sort()).toEqual(Array.from({ length: REMINDERS }, (_, i) => `${PERSONAL_REMINDER}/p${i}/0`).sort());
    // Every copy is this reminder to its chat. A delivery over two minutes after its time says it is late, and on a
    // loaded machine the retry after the crash can come that late while the first attempt did not: same key, the
    // receiver keeps one, but the text may carry the note.
    for (let i = 0; i < REMINDERS; i++) {
      const copies = recorder.received.filter((r) => r.key === `${PERSONAL_REMINDER}/p${i}/0`);
      for (const copy of copies) {
        expect(copy.chatId).toBe(`c${i}`);
        expect([`提醒：第 ${i} 条提醒`, `${lateNote}\n提醒：第 ${i} 条提醒`]).toContain(copy.text);
      }
    }
    // The kill really happened mid-burst: some pushes had arrived but were not yet acknowledged, and were retried.
    expect(beforeRestart).toBeLessThan(REMINDERS);
    expect(recorder.received.length).toBeGreaterThan(REMINDERS);
    // Nothing was sent twice that was already recorded as sent: every retried key was in flight at the kill.
    const storage = openStorage(db);
    try {
      const { rows } = await sql<{ status: string; n: number }>`
        SELECT status, count(*) AS n FROM scheduled_jobs WHERE kind = ${PERSONAL_REMINDER} GROUP BY status`.execute(storage.db);
      expect(rows.map((r) => ({ status: r.status, n: Number(r.n) }))).toEqual([{ status: 'sent', n: REMINDERS }]);
    } finally {
      await storage.close();
    }
  }, 180_000);
});
