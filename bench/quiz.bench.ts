import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureAsync, ms, rssMb } from './measure';
import { createQuizBenchRuntime } from './quiz-runtime';

/**
 * One practice answer (button press → transaction: attempt, session, wrong book, cursor → feedback and next
 * question) on a 10,000-question bank, against the cheapest round trip through the same app (帮助) as peer.
 */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-quiz-'));
  const runtime = await createQuizBenchRuntime(dir, 10_000);
  const app = runtime.app;
  const from = { platform: 'console', sender: { id: 'me' }, chat: { id: 'dm-me', kind: 'private' as const } };
  try {
    let replies = await app.handle({ ...from, text: '练习 初级 全部' });
    const iterations = 2000;
    const answer = await measureAsync(iterations, async (i) => {
      const data = replies.flatMap((r) => r.buttons?.flat() ?? []).find((b) => b.data.startsWith('q:a:'))!.data;
      replies = await app.handle({ ...from, action: data.replace(/:[A-D]$/, `:${i % 2 ? 'A' : 'B'}`) });
    });
    const help = await measureAsync(iterations, () => app.handle({ ...from, text: '帮助' }));
    console.log(
      `practice answer (10,000-question bank): p50 ${ms(answer.p50)}, p99 ${ms(answer.p99)}, ${Math.round(1000 / answer.mean)} answers/s`,
    );
    console.log(`peer 帮助 round trip: p50 ${ms(help.p50)}, p99 ${ms(help.p99)}`);
    console.log(
      `ratio answer/help: p50 ${(answer.p50 / help.p50).toFixed(2)}×, p99 ${(answer.p99 / help.p99).toFixed(2)}×; RSS ${rssMb()}`,
    );
  } finally {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
