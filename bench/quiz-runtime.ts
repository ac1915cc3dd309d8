import { join } from 'node:path';
import { loadConfig } from '../bot/config';
import { createHelpFeature } from '../bot/features/help';
import { quizFeature } from '../bot/features/quiz';
import { memorySource, type QuizQuestion } from '../bot/features/quiz/bank';
import { silentLogger } from '../bot/logger';
import { createRuntime, type Runtime } from '../bot/runtime';

/** A bot with help and the quiz over a generated single-choice bank, on a database in `dir` (or at `database`). */
export async function createQuizBenchRuntime(
  dir: string,
  count: number,
  levels = ['初级', '中级', '高级'],
  database = join(dir, 'bench.db'),
): Promise<Runtime> {
  const questions: QuizQuestion[] = Array.from({ length: count }, (_, i) => ({
    id: `b${i}`,
    type: '单选',
    stem: `第 ${i} 道测试题的题干（）。`,
    options: ['甲', '乙', '丙', '丁'],
    answer: 'ABCD'[i % 4]!,
    explanation: '测试解析',
    level: levels[i % levels.length]!,
    topic: ['党员', '组织生活', '党费', '纪律'][i % 4]!,
    source: 'bench',
  }));
  const source = memorySource(questions);
  return createRuntime({
    config: loadConfig({ DANGWU_DB: database }),
    log: silentLogger(),
    features: [createHelpFeature, quizFeature({ source: () => source })],
  });
}
