import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../bot/config';
import type { IncomingMessage, Reply } from '../bot/core/message';
import { createAskFeature } from '../bot/features/ask';
import { createHelpFeature } from '../bot/features/help';
import { quizFeature } from '../bot/features/quiz';
import { memorySource, type QuizQuestion } from '../bot/features/quiz/bank';
import { silentLogger } from '../bot/logger';
import { createRuntime } from '../bot/runtime';
import { ms, rssMb, summarize } from './measure';

const ITERATIONS = Number(process.env.BENCH_CORE_ITERATIONS ?? 2000);

/**
 * The core's per-message cost with no adapter: App.handle on the full feature set (no LLM configured) for a help
 * command, a practice answer (button press) and a handbook question, one after another from one user. CPU ms per
 * message is process CPU time (user + system) over the run, so it includes SQLite and the garbage collector.
 * The quiz runs on a generated single-choice bank (as in the adapter benches) so every question has answer buttons.
 * The peer is the help command: the cheapest full round trip (participants, routing, one reply).
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

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-core-'));
  const runtime = await createRuntime({
    config: loadConfig({ DANGWU_DB: join(dir, 'core.db') }),
    log: silentLogger(),
    features: [createHelpFeature, quizFeature({ source: () => bank }), createAskFeature],
  });
  const app = runtime.app;
  const from = { platform: 'console', sender: { id: 'me', name: '张三' }, chat: { id: 'dm-me', kind: 'private' as const } };
  const say = (message: Partial<IncomingMessage>) => app.handle({ ...from, ...message } as IncomingMessage);
  const answerOf = (replies: Reply[]) => replies.flatMap((r) => r.buttons?.flat() ?? []).find((b) => b.data.startsWith('q:a:'))?.data;
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
    const figures: Record<string, number> = {};
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
      figures[name] = cpuMs;
      console.log(
        `core: ${name.padEnd(26)} p50 ${ms(t.p50)}   p99 ${ms(t.p99)}   ${(ITERATIONS / seconds).toFixed(0)} msg/s   CPU ${cpuMs.toFixed(3)} ms/msg`,
      );
    }
    const help = figures['帮助 (help command)']!;
    console.log(
      `core: CPU ratio vs 帮助: answer ${(figures['practice answer (button)']! / help).toFixed(2)}×, handbook ${(figures['handbook question']! / help).toFixed(2)}×   RSS ${rssMb()}`,
    );
  } finally {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
