import type { BankSnapshot } from '../../../knowledge';
import { BUILTIN_BANK, BUILTIN_BANK_TITLE, normalizeInput, UNLEVELLED } from '../../../knowledge';
import type { Services } from '../../core/feature';
import { answerForm, blankMatches, namedUnits } from './fill-in';
import type { QuizStore } from './storage';

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
  /** The bank the question belongs to; the built-in bank when absent. */
  bank?: string;
}

export interface QuestionFilter {
  level?: string;
  topic?: string;
  types?: QuestionType[];
  /** Only these banks; every bank when absent. */
  banks?: string[];
}

export interface BankSummary {
  /** Short stable number for button data (0 is the built-in bank). */
  id: number;
  name: string;
  title: string;
  count: number;
}

/** The questions at one revision of the banks, read without waiting. */
export interface QuestionSet {
  /** Questions in bank order (stable across restarts), filtered; every bank unless `filter.banks`. */
  list(filter?: QuestionFilter): QuizQuestion[];
  get(id: string): QuizQuestion | undefined;
  /** Whether `given` (letters, 正确/错误, or typed text) answers the question. */
  isCorrect(question: QuizQuestion, given: string): boolean;
  /** The banks there are to practise, built-in first. */
  banks(): BankSummary[];
}

export interface QuestionSource {
  /**
   * The questions at the banks' current revision (an import from another process is seen on the next call). It
   * reads the revision through the storage, so call it before a transaction, never inside one.
   */
  current(): Promise<QuestionSet>;
  /** The banks the chat practises (chosen by a secretary), or undefined for every bank; read through `store`. */
  chosenBanks(chatKey: string, store: Pick<QuizStore, 'chatBanks'>): Promise<string[] | undefined>;
}

export function topicsOf(questions: QuizQuestion[]): string[] {
  return [...new Set(questions.map((q) => q.topic))];
}

/**
 * Answer checking as the import template defines it: letters in any order for choices, 正确/错误 (or 对/错,
 * √/×) for true/false, and for fill-in the blanks in order, split by `|` (or spaces, `；`, `，`), each matching
 * one of its `/`-separated variants after normalisation (case, spaces, punctuation, traditional characters, numerals
 * as digits, a unit the stem names: see fill-in.ts).
 */
export function defaultIsCorrect(question: QuizQuestion, given: string): boolean {
  const text = normalizeInput(given);
  if (question.type === '单选' || question.type === '多选') {
    const letters = [
      ...new Set(
        text
          .toUpperCase()
          .replace(/[^A-F]/g, '')
          .split(''),
      ),
    ]
      .sort()
      .join('');
    return letters.length > 0 && letters === [...question.answer.toUpperCase()].sort().join('');
  }
  if (question.type === '判断') {
    const truth = /^(正确|对|是|√|✓|T|TRUE|Y)$/i.test(text) ? '正确' : /^(错误|错|否|×|✗|F|FALSE|N)$/i.test(text) ? '错误' : '';
    return truth !== '' && truth === normalizeInput(question.answer).replace(/^对$/, '正确').replace(/^错$/, '错误');
  }
  const blanks = question.answer.split('|').map((b) => b.split('/'));
  const units = namedUnits(question.stem);
  if (blanks.length === 1) return blankMatches(text, blanks[0], units);
  const parts = text.split(/\s*[|｜;；,，、/]\s*|\s+/).filter(Boolean);
  if (parts.length !== blanks.length) return answerForm(text) === blanks.map((b) => answerForm(b[0])).join('');
  return parts.every((part, i) => blankMatches(part, blanks[i], units));
}

/**
 * The bank seen by the quiz: the built-in bank (knowledge/questions/*.csv) and every imported bank, limited to
 * the banks the chat practises. An import from another process (`dangwu questions import`) is picked up on
 * the next question, by the store's revision number.
 */
export function createQuestionSource(services: Services): QuestionSource {
  let seen: BankSnapshot | undefined;
  let set: QuestionSet = memorySet([]);
  return {
    async current() {
      const snapshot = await services.knowledge.banks();
      if (snapshot !== seen) {
        set = memorySet(snapshot.questions, snapshot.banks);
        seen = snapshot;
      }
      return set;
    },
    chosenBanks: (chatKey, store) => store.chatBanks(chatKey),
  };
}

/** An in-memory source over a list of questions (fixtures, small banks): every chat practises all of them. */
export function memorySource(questions: QuizQuestion[], known: Pick<BankSummary, 'id' | 'name' | 'title'>[] = []): QuestionSource {
  const set = memorySet(questions, known);
  return { current: async () => set, chosenBanks: async () => undefined };
}

/** The questions of a list, indexed by id; `known` names banks even when empty. */
export function memorySet(questions: QuizQuestion[], known: Pick<BankSummary, 'id' | 'name' | 'title'>[] = []): QuestionSet {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const bankOf = (q: QuizQuestion) => q.bank ?? BUILTIN_BANK;
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(bankOf(q), (counts.get(bankOf(q)) ?? 0) + 1);
  const summaries: BankSummary[] = known.map((b) => ({ id: b.id, name: b.name, title: b.title, count: counts.get(b.name) ?? 0 }));
  for (const [name, count] of counts)
    if (!summaries.some((b) => b.name === name))
      summaries.push({ id: summaries.length, name, title: name === BUILTIN_BANK ? BUILTIN_BANK_TITLE : name, count });
  return {
    list: (filter = {}) =>
      questions.filter(
        (q) =>
          (!filter.level || q.level === filter.level || q.level === UNLEVELLED) &&
          (!filter.topic || q.topic === filter.topic) &&
          (!filter.types || filter.types.includes(q.type)) &&
          (!filter.banks || filter.banks.includes(bankOf(q))),
      ),
    get: (id) => byId.get(id),
    isCorrect: defaultIsCorrect,
    banks: () => summaries,
  };
}
