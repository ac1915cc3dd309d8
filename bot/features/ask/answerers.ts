import { lateAnswerer, type Answerer, type AnswerResult } from '../../answering';
import type { Services } from '../../core/feature';
import { chitchatReply } from './chitchat';
import { createHandbookAnswerer } from './handbook-answerer';

/**
 * The answerers tried in order: a pasted exam question from the question banks first (the quiz feature provides
 * that answerer, when it is registered), then the handbook.
 */
export function createAnswerers(services: Services, handbook: Answerer = services.need('handbookAnswerer') ?? createHandbookAnswerer(services)): Answerer[] {
  return [lateAnswerer('exam', () => services.need('pastedQuestions')), handbook];
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
