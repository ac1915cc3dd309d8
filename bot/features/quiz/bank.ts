import { loadBuiltinQuestions } from '../../../knowledge/questions/builtin';
import { normalizeInput } from '../../../knowledge/text/normalize';
import type { Services } from '../../core/feature';

/**
 * What the quiz features need from the question bank (knowledge/questions), in one narrow view:
 * questions in a stable order, filtered by the banks a chat practises, by level and by topic.
 */
export type QuestionType = '单选' | '多选' | '判断' | '填空';

export interface QuizQuestion {
  id: string;
  type: QuestionType;
  stem: string;
  /** Options in bank order; option i is letter `ABCDEF`[i]. Empty for 判断 and 填空. */
  options: string[];
  /** As in the import template: `B`, `ACD`, `正确`/`错误`, or fill-in text (`|` between blanks, `/` between variants). */
  answer: string;
  explanation: string;
  level: string;
  topic: string;
  source: string;
}

export interface QuestionFilter {
  level?: string;
  topic?: string;
  types?: QuestionType[];
}

export interface QuestionSource {
  /** Questions the chat practises, in bank order (stable across restarts). */
  list(chatKey: string, filter?: QuestionFilter): QuizQuestion[];
  get(id: string): QuizQuestion | undefined;
  /** Whether `given` (letters, 正确/错误, or typed text) answers the question. */
  isCorrect(question: QuizQuestion, given: string): boolean;
}

export function topicsOf(questions: QuizQuestion[]): string[] {
  return [...new Set(questions.map((q) => q.topic))];
}

/**
 * Answer checking as the import template defines it: letters in any order for choices, 正确/错误 (or 对/错,
 * √/×) for true/false, and for fill-in the blanks in order, split by `|` (or spaces, `；`, `，`), each matching
 * one of its `/`-separated variants after normalisation (case, spaces, punctuation, traditional characters).
 */
export function defaultIsCorrect(question: QuizQuestion, given: string): boolean {
  const text = normalizeInput(given);
  if (question.type === '单选' || question.type === '多选') {
    const letters = [...new Set(text.toUpperCase().replace(/[^A-F]/g, '').split(''))].sort().join('');
    return letters.length > 0 && letters === [...question.answer.toUpperCase()].sort().join('');
  }
  if (question.type === '判断') {
    const truth = /^(正确|对|是|√|✓|T|TRUE|Y)$/i.test(text) ? '正确' : /^(错误|错|否|×|✗|F|FALSE|N)$/i.test(text) ? '错误' : '';
    return truth !== '' && truth === normalizeInput(question.answer).replace(/^对$/, '正确').replace(/^错$/, '错误');
  }
  const blanks = question.answer.split('|').map((b) => b.split('/').map(squash));
  const parts = blanks.length === 1 ? [text] : text.split(/\s*[|｜;；,，、]\s*|\s+/).filter(Boolean);
  if (parts.length !== blanks.length) return blanks.length === 1 ? false : squash(text) === blanks.map((b) => b[0]).join('');
  return parts.every((part, i) => blanks[i].includes(squash(part)));
}

const squash = (text: string) =>
  normalizeInput(text)
    .toLowerCase()
    .replace(/[\s\p{P}]/gu, '');

/**
 * The bank seen by the quiz: the built-in bank (knowledge/questions/*.csv). Imported banks and per-chat bank
 * choice are not wired yet (see issue 5's note).
 */
export function createQuestionSource(services: Services): QuestionSource {
  void services;
  return memorySource(loadBuiltinQuestions());
}

/** An in-memory source over a list of questions (fixtures, small banks). */
export function memorySource(questions: QuizQuestion[]): QuestionSource {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return {
    list: (_chatKey, filter = {}) =>
      questions.filter(
        (q) => (!filter.level || q.level === filter.level) && (!filter.topic || q.topic === filter.topic) && (!filter.types || filter.types.includes(q.type)),
      ),
    get: (id) => byId.get(id),
    isCorrect: defaultIsCorrect,
  };
}
