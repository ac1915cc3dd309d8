import { createFactIndex, loadFacts, matchParts } from '../../knowledge';

/** The built-in fact layer, built once per test file, as the answer path builds it. */
export const factIndex = createFactIndex(loadFacts());

/** The ids of the facts a question is answered from, in order (one per part it asks). */
export const matchedIds = (question: string) => matchParts(factIndex, question).map((m) => m.fact.id);

/** The answers of those facts, joined: what the asker reads. */
export const matchedAnswer = (question: string) =>
  matchParts(factIndex, question)
    .map((m) => m.answer)
    .join('');
