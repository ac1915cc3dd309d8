import { afterAll, beforeAll } from 'vitest';
import { answerQuestion, createAnswerers } from '../../bot/features/ask/answerers';
import { normalizeInput } from '../../knowledge';
import { createTestBot, type TestBot } from './runtime';

export type EverydayAsk = (question: string) => ReturnType<typeof answerQuestion>;

/**
 * Called inside a describe block: a test bot for the block's tests, and an ask through the everyday eval's own path
 * (scripts/eval/everyday.eval.ts: createAnswerers over a runtime, answerQuestion on the normalised question).
 */
export function everydayAsk(): EverydayAsk {
  let bot: TestBot;
  let ask: EverydayAsk;
  beforeAll(async () => {
    bot = await createTestBot();
    const answerers = createAnswerers(bot.runtime.app.services);
    ask = (q) => answerQuestion(answerers, normalizeInput(q), { userKey: 'test:user', chatKey: 'test:chat' });
  });
  afterAll(() => bot.close());
  return (question) => ask(question);
}
