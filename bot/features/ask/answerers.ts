import type { Answerer, AnswerResult } from '../../answering';
import type { Services } from '../../core/feature';
import { chitchatReply } from './chitchat';
import { createHandbookAnswerer } from './handbook-answerer';

/** The answerers tried in order: a pasted exam question from the question bank first, then the handbook. */
export function createAnswerers(services: Services): Answerer[] {
  const handbook = createHandbookAnswerer(services);
  // Pasted exam questions are the quiz feature's: it offers an answerer for them when it is registered.
  const pasted = services.need('pastedQuestions')?.answerer(handbook);
  return pasted ? [pasted, handbook] : [handbook];
}

/** Chit-chat gets a short reply without retrieval; anything else goes to the first answerer that applies. */
export async function answerQuestion(answerers: Answerer[], text: string, asker?: { userKey: string; chatKey: string }): Promise<AnswerResult> {
  const small = chitchatReply(text);
  if (small) return { kind: 'chitchat', answer: small, citations: [] };
  for (const answerer of answerers) {
    const result = await answerer.answer(text, asker);
    if (result) return result;
  }
  return { kind: 'unknown', answer: '', citations: [] };
}
