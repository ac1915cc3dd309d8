import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { loadConfig } from '../bot/config';
import type { IncomingMessage, Reply } from '../bot/core/message';
import { createAskFeature } from '../bot/features/ask';
import { createHelpFeature } from '../bot/features/help';
import { quizFeature } from '../bot/features/quiz';
import { memorySource, type QuizQuestion } from '../bot/features/quiz/bank';
import { silentLogger } from '../bot/logger';
import { createRuntime } from '../bot/runtime';
import { openStorage } from '../bot/storage/database';
import { redactUrl } from '../bot/storage/postgres';
import { ms, rssMb, summarize } from './measure';

const ITERATIONS = Number(process.env.BENCH_CORE_ITERATIONS ?? 2000);

/**
 * The core's per-message cost with no adapter: App.handle on the full feature set (no LLM configured) for a help
 * command, a practice answer (button press) and a handbook question, one after another from one user. CPU ms per
 * message is process CPU time (user + system) over the run, so it includes SQLite and the garbage collector.
 * The quiz runs on a generated single-choice bank (as in the adapter benches) so every question has answer buttons.
 * The peer is the help command: the cheapest full round trip (participants, routing, one reply).
 * Measured on SQLite, then on a scratch PostgreSQL database (created and dropped on the local server).
 */
const bank = memorySource(
  Array.from(
    { length: 1000 },
    (_, i): QuizQuestion => ({
      id: `c${i}`,
      type: '单选',
      stem: `第 ${i} 道测试题的题干（）。`,
      options: ['甲', '乙', '丙', '丁'],
      answer: 'ABCD'[i % 4]!,
      explanation: '测试解析',
      level: '初级',
      topic: '党员',
      source: 'bench',
    }),
  ),
);

/** The server the PostgreSQL half uses (BENCH_PG to override): a scratch database is created on it and dropped. */
const PG_SERVER = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type Figures = Record<string, { cpuMs: number; perSecond: number }>;

export async function run(): Promise<void> {
  const sqlite = await onSqlite();
  const postgres = await onPostgres();
  const answer = 'practice answer (button)';
  if (sqlite && postgres) {
    console.log(
      `core: one member answering alone, PostgreSQL/SQLite ${(postgres[answer]!.perSecond / sqlite[answer]!.perSecond).toFixed(2)}× (latency-bound: each answer waits for its round trips)`,
    );
    console.log(
      `core: quiz-answer throughput, ${MEMBERS} members at once, PostgreSQL/SQLite ${(postgres[CONCURRENT]!.perSecond / sqlite[CONCURRENT]!.perSecond).toFixed(2)}× (target ≥ 0.5×)`,
    );
  }
}

/** Members answering at the same time, as in a branch's group practice: what "throughput" means for a server. */
const MEMBERS = 20;
const CONCURRENT = `practice answers (${MEMBERS} members at once)`;

async function onSqlite(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-core-'));
  try {
    return await measureCore('sqlite', join(dir, 'core.db'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same cases on a scratch PostgreSQL database; says why when it cannot (no server, a layer not converted yet). */
async function onPostgres(): Promise<Figures | undefined> {
  const name = `bench_core_${randomBytes(4).toString('hex')}`;
  const admin = openStorage(PG_SERVER);
  try {
    await sql.raw(`CREATE DATABASE ${name}`).execute(admin.db);
  } catch (error) {
    console.log(`core (postgres): not measured — no PostgreSQL at ${redactUrl(PG_SERVER)} (${(error as Error).message})`);
    await admin.close();
    return undefined;
  }
  const url = new URL(PG_SERVER);
  url.pathname = `/${name}`;
  try {
    return await measureCore('postgres', url.toString());
  } catch (error) {
    console.log(`core (postgres): not measured — ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  } finally {
    await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(admin.db);
    await admin.close();
  }
}

async function measureCore(backend: 'sqlite' | 'postgres', database: string): Promise<Figures> {
  const runtime = await createRuntime({
    config: loadConfig({ DANGWU_DB: database }),
    log: silentLogger(),
    features: [createHelpFeature, quizFeature({ source: () => bank }), createAskFeature],
  });
  const app = runtime.app;
  const from = { platform: 'console', sender: { id: 'me', name: '张三' }, chat: { id: 'dm-me', kind: 'private' as const } };
  const say = (message: Partial<IncomingMessage>) => app.handle({ ...from, ...message } as IncomingMessage);
  const answerOf = (replies: Reply[]) => replies.flatMap((r) => r.buttons?.flat() ?? []).find((b) => b.data.startsWith('q:a:'))?.data;
  const label = backend === 'sqlite' ? 'core' : 'core (postgres)';
  try {
    let quiz = await say({ text: '练习 初级 全部' });
    if (!answerOf(quiz)) throw new Error(`练习没有出题：${quiz.map((r) => r.text).join(' / ')}`);
    const cases: Array<[string, (i: number) => Promise<Reply[]>]> = [
      ['帮助 (help command)', () => say({ text: '帮助' })],
      [
        'practice answer (button)',
        async (i) => {
          const data = answerOf(quiz);
          if (!data) quiz = await say({ text: '练习 初级 全部' });
          quiz = await say({ action: answerOf(quiz)!.replace(/:[A-D]$/, `:${i % 2 ? 'A' : 'B'}`) });
          return quiz;
        },
      ],
      ['handbook question', () => say({ text: '预备党员的预备期是多长时间' })],
    ];
    if (backend === 'postgres') await countStatements(label, cases[1]![1]);
    const figures: Figures = {};
    for (const [name, work] of cases) {
      for (let i = 0; i < 200; i++) await work(i); // warm-up
      const samples: number[] = [];
      const cpuStart = process.cpuUsage();
      const started = performance.now();
      for (let i = 0; i < ITERATIONS; i++) {
        const t = process.hrtime.bigint();
        await work(i);
        samples.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuStart);
      const cpuMs = (cpu.user + cpu.system) / 1000 / ITERATIONS;
      const t = summarize(samples);
      figures[name] = { cpuMs, perSecond: ITERATIONS / seconds };
      console.log(
        `${label}: ${name.padEnd(26)} p50 ${ms(t.p50)}   p99 ${ms(t.p99)}   ${(ITERATIONS / seconds).toFixed(0)} msg/s   CPU ${cpuMs.toFixed(3)} ms/msg`,
      );
    }
    figures[CONCURRENT] = await concurrentAnswers(
      say,
      answerOf,
      label,
      backend === 'postgres' ? () => backendCpu(runtime.storage.db) : undefined,
    );
    const help = figures['帮助 (help command)']!.cpuMs;
    console.log(
      `${label}: CPU ratio vs 帮助: answer ${(figures['practice answer (button)']!.cpuMs / help).toFixed(2)}×, handbook ${(figures['handbook question']!.cpuMs / help).toFixed(2)}×   RSS ${rssMb()}`,
    );
    return figures;
  } finally {
    await runtime.close();
  }
}

/**
 * What each answer costs in round trips: the statements pg sends for 20 answers (begin and commit count), counted at
 * pg's client, so every layer above (Kysely, the stores, the conversation state) is included; and how many of them
 * ran as named statements (bot/storage/named-statements.ts), which the server does not parse and plan again.
 */
async function countStatements(label: string, answer: (i: number) => Promise<Reply[]>): Promise<void> {
  const { Client } = (await import('pg')).default;
  const send = Client.prototype.query;
  const seen: string[] = [];
  let named = 0;
  Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    const query = args[0] as string | { text: string; name?: string };
    seen.push(typeof query === 'string' ? query : query.text);
    if (typeof query === 'object' && query.name) named++;
    return (send as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof send;
  try {
    for (let i = 0; i < 20; i++) await answer(i);
  } finally {
    Client.prototype.query = send;
  }
  const kinds = [...new Set(seen.map((text) => text.trim().split(/\s+/)[0]!.toLowerCase()))];
  console.log(
    `${label}: statements per answer ${(seen.length / 20).toFixed(1)} (${kinds.join(', ')}), of which named (prepared once per connection) ${(named / 20).toFixed(1)}`,
  );
}

/** {@link MEMBERS} members each in their own practice, all answering as fast as the bot replies, for a while. */
async function concurrentAnswers(
  say: (message: Partial<IncomingMessage>) => Promise<Reply[]>,
  answerOf: (replies: Reply[]) => string | undefined,
  label: string,
  serverCpu?: () => Promise<(() => number) | undefined>,
): Promise<{ cpuMs: number; perSecond: number }> {
  const members = Array.from({ length: MEMBERS }, (_, m) => ({
    sender: { id: `m${m}`, name: `成员${m}` },
    chat: { id: `dm-m${m}`, kind: 'private' as const },
  }));
  const rounds = Math.max(20, Math.floor(ITERATIONS / MEMBERS));
  const member = async (who: (typeof members)[number], count: number) => {
    let quiz = await say({ ...who, text: '练习 初级 全部' });
    for (let i = 0; i < count; i++) {
      if (!answerOf(quiz)) quiz = await say({ ...who, text: '练习 初级 全部' });
      quiz = await say({ ...who, action: answerOf(quiz)!.replace(/:[A-D]$/, `:${i % 2 ? 'A' : 'B'}`) });
    }
  };
  await Promise.all(members.map((who) => member(who, 10))); // warm-up (and the pool's connections opened)
  const server = await serverCpu?.();
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  await Promise.all(members.map((who) => member(who, rounds)));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const answers = MEMBERS * rounds;
  const figures = { cpuMs: (cpu.user + cpu.system) / 1000 / answers, perSecond: answers / seconds };
  const serverMs = server ? `   server CPU ${(server() / answers).toFixed(3)} ms/msg` : '';
  console.log(
    `${label}: ${CONCURRENT.padEnd(26)} ${figures.perSecond.toFixed(0)} msg/s   CPU ${figures.cpuMs.toFixed(3)} ms/msg${serverMs}`,
  );
  return figures;
}

/**
 * Where the other half of a PostgreSQL answer's time goes: CPU used by the server processes serving this database
 * (its backends, found in pg_stat_activity, read from /proc). Returns a function giving the milliseconds used
 * since the call; undefined when the server is not a local Linux process this user can read. WAL writing and
 * checkpoints run in the server's shared background processes and are not counted.
 */
async function backendCpu(db: Kysely<any>): Promise<(() => number) | undefined> {
  const { rows } = await sql<{ pid: number }>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`.execute(db);
  // utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux).
  const used = () =>
    rows.reduce((sum, { pid }) => {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return sum + (Number(fields[11]) + Number(fields[12])) * 10;
    }, 0);
  try {
    const start = used();
    return () => used() - start;
  } catch {
    return undefined;
  }
}
