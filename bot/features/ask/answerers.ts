import { type Answerer, type AnswerResult, lateAnswerer } from '../../answering';
import type { Services } from '../../core/feature';
import { chitchatReply } from './chitchat';
import { computeDues, DUES_SOURCE, describeDues, parseDuesRequest } from './dues';
import { citationLabel } from './extract';
import { createFactsAnswerer } from './facts-answerer';
import { createGapStore } from './gap-store';
import { createHandbookAnswerer } from './handbook-answerer';
import { isNoise, isOutOfScope } from './scope';
import { strings } from './strings';

/** The 党费 calculator: a stated income (or a fixed-amount category) gets the amount, band and basis. */
export function createDuesAnswerer(services: Services): Answerer {
  return {
    name: 'dues',
    async answer(text) {
      const request = parseDuesRequest(text);
      if (!request) return undefined;
      const result = computeDues(request);
      const rates = (await services.knowledge.index.search('党费交纳比例', 5)).find((h) => h.source === DUES_SOURCE);
      const lines = [describeDues(result)];
      if (rates) lines.push(`${strings.source}：${citationLabel(rates)}`);
      return {
        kind: 'dues',
        answer: lines.join('\n'),
        confidence: 1,
        citations: rates ? [{ source: rates.source, title: citationLabel(rates), text: rates.text, score: 1 }] : [],
      };
    },
  };
}

/**
 * The answerers tried in order: a pasted exam question from the question banks (the quiz feature provides that
 * answerer, when it is registered), the 党费 calculator, the fact layer, then the handbook (recording gaps in this feature's store).
 */
export function createAnswerers(
  services: Services,
  handbook: Answerer = services.need('handbookAnswerer') ?? createHandbookAnswerer(services, createGapStore(services.storage)),
): Answerer[] {
  // A pasted exam question goes to the banks first, even when it is about 党费 and holds a number.
  // The fact layer before the passages: a question a fact answers gets that fact, not the nearest paragraph.
  return [
    lateAnswerer('exam', () => services.need('pastedQuestions')),
    createDuesAnswerer(services),
    // A value the facts leave to local rules, asked for the asker's own place or year, is a knowledge gap too.
    createFactsAnswerer(services, undefined, createGapStore(services.storage)),
    handbook,
  ];
}

/**
 * Greetings and noise (quiz letters, emoji) get a short reply and questions about other things a polite
 * refusal, all without retrieval and never as a knowledge gap; anything else goes to the first answerer that applies.
 */
export async function answerQuestion(
  answerers: Answerer[],
  text: string,
  asker?: { userKey: string; chatKey: string },
): Promise<AnswerResult> {
  const small = chitchatReply(text);
  if (small) return { kind: 'chitchat', answer: small, citations: [] };
  if (isNoise(text)) return { kind: 'chitchat', answer: strings.noise, citations: [] };
  if (isOutOfScope(text)) return { kind: 'declined', answer: strings.outOfScope, citations: [] };
  for (const answerer of answerers) {
    const result = await answerer.answer(text, asker);
    if (result) return result;
  }
  return { kind: 'unknown', answer: '', citations: [] };
}
