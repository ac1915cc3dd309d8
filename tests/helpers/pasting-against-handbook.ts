import { afterAll, beforeAll } from 'vitest';
import { passageSearch } from '../../bot/features/quiz/exam-answerer';
import { loadBuiltinQuestions } from '../../knowledge/questions/builtin';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, resolvePaste } from '../../knowledge/questions/suggest';
import { createTestBot, type TestBot } from './runtime';

/**
 * A pasted question resolved against the built-in bank and the real handbook index, as the quiz answerer does: the
 * bot is made once for the describe block (beforeAll) and closed after it. `answer` gives the suggested answer text.
 */
export function pastingAgainstHandbook(): { answer: (raw: string) => Promise<string | undefined> } {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await createTestBot();
  });
  afterAll(() => bot?.close());
  const search = (stem: string) => passageSearch(bot.runtime.app.services.knowledge.index)(stem);
  const index = createPasteIndex(loadBuiltinQuestions());
  return { answer: async (raw: string) => outcomeAnswer(await resolvePaste(index, raw, search)) };
}
