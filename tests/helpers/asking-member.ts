import { afterAll, beforeAll } from 'vitest';
import { beforeCitations, createTestBot, type TestBot, textOf } from './runtime';

/**
 * One member asking the whole bot, for the rotation tests that ask dozens of questions: the bot is made once for the
 * file (beforeAll) and closed after it. `ask` gives every reply text; `answer` the reply before its citation lines,
 * which is what the asker reads as the answer.
 */
export function askingMember(userId: string): { ask: (q: string) => Promise<string>; answer: (q: string) => Promise<string> } {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await createTestBot();
  });
  afterAll(() => bot.close());
  const ask = async (q: string) => textOf(await bot.say(q, { userId }));
  const answer = async (q: string) => beforeCitations(await ask(q));
  return { ask, answer };
}
