import type { Services } from './core/feature';

/**
 * Answering free questions is shared by the chat (free text) and `dangwu ask`. Several answerers are tried
 * in order: a pasted exam question is answered from the question bank first, anything else from the handbook.
 */

export interface Citation {
  /** Stable locator, e.g. `handbook:life.general-meeting` or `《中国共产党章程》第七条`. */
  source: string;
  title: string;
  text: string;
  score: number;
}

/** `dues`: the 党费 calculator; `declined`: outside Party work (weather, films, prices), never a knowledge gap. */
export type AnswerKind = 'exam' | 'handbook' | 'dues' | 'unknown' | 'declined' | 'chitchat';

export interface AnswerResult {
  kind: AnswerKind;
  /** The reply text in Chinese, ready to show. */
  answer: string;
  /** For `exam`: the correct option letters in the user's own lettering. */
  choice?: string[];
  /** For `exam`: whether the answer comes from a question bank (false: a handbook-based suggestion). */
  fromBank?: boolean;
  /** 0..1; below the answerer's threshold the answer says it is unsure. */
  confidence?: number;
  citations: Citation[];
}

export interface AnswerOptions {
  /** What a language model is asked, when it differs from the text searched (a pasted question with its options). */
  modelQuestion?: string;
}

export interface Answerer {
  name: string;
  /** Returns undefined when this answerer does not apply to the text (the next one is tried). */
  answer(text: string, asker?: { userKey: string; chatKey: string }, options?: AnswerOptions): Promise<AnswerResult | undefined>;
}

export type AnswererFactory = (services: Services) => Answerer;

/** The option letters an answer opens with (`答案：B`, `答案：A、C`), as a model is asked to write them; [] if none. */
export function leadingChoice(answer: string): string[] {
  const letters = /^\s*答案[:：]\s*([A-F](?:\s*[、,，]?\s*[A-F])*)(?![A-Za-z])/.exec(answer)?.[1];
  return letters ? [...new Set(letters.replace(/[^A-F]/g, ''))].sort() : [];
}

/**
 * The answerers features offer each other (see ProvidedServices): the quiz answers pasted exam questions from
 * the banks, the ask feature answers from the handbook; each falls back on the other without importing it.
 */
declare module './core/feature' {
  interface ProvidedServices {
    /** Pasted exam questions, answered from the question banks (provided by the quiz feature). */
    pastedQuestions: Answerer;
    /** Questions answered from the handbook and ingested documents (provided by the ask feature). */
    handbookAnswerer: Answerer;
    /** Where a question nobody could answer is recorded for the chat's secretary (provided by the ask feature). */
    knowledgeGaps: KnowledgeGaps;
    /** The 党费 calculator for a text stating one income: amount per month, rate, rule (provided by the ask feature). */
    duesCalculator: (text: string) => { monthly: number; rate?: number; rule: string } | undefined;
  }
}

export interface KnowledgeGaps {
  record(gap: { question: string; chatKey: string; userKey: string; nearest?: string }): Promise<void>;
}

/** An answerer that asks whichever one `find` returns at the time of the question (undefined: does not apply). */
export function lateAnswerer(name: string, find: () => Answerer | undefined): Answerer {
  return {
    name,
    answer: async (text, asker, options) => find()?.answer(text, asker, options),
  };
}
