import { normalizeInput } from '../text/normalize';
import type { TemplateQuestion } from './template';

/**
 * Matching a question pasted from a practice paper against a bank: the paste is split into stem and options
 * (numbering, type markers and inline or one-per-line options tolerated), candidates come from a character
 * bigram index over stems, and the score mixes stem similarity (Dice over bigrams, so a wrong or missing
 * character costs little) with how well the options agree.
 */

export interface PastedQuestion {
  stem: string;
  /** Options as the user lettered them: index 0 is the user's A. */
  options: string[];
}

export interface PasteMatch {
  question: TemplateQuestion;
  score: number;
  /** Correct options in the user's lettering (empty when the paste had no options). */
  choice: string[];
  /** Correct option texts (or 正确/错误, or the fill-in answer). */
  answerTexts: string[];
}

const OPTION_MARK = /(?:^|\s|(?<=[。？?！!）)」”]))([A-F])\s*[、.．:：)）]\s*/g;
const NUMBERING = /^\s*(?:第?\s*\d{1,4}\s*[.、．)）题:]\s*)?(?:[（(【\[]\s*(?:单选|多选|判断|填空|单项选择|多项选择)题?\s*[)）】\]]\s*)?/;

export function parsePasted(raw: string): PastedQuestion {
  const text = normalizeInput(raw).replace(NUMBERING, '');
  const marks = [...text.matchAll(OPTION_MARK)];
  // Options must run A, B, C… in order to count as options.
  const run: RegExpMatchArray[] = [];
  for (const mark of marks) if (mark[1] === 'ABCDEF'[run.length]) run.push(mark);
  if (run.length < 2) return { stem: text.trim(), options: [] };
  const options = run.map((mark, i) => text.slice(mark.index! + mark[0].length, i + 1 < run.length ? run[i + 1].index : undefined).trim());
  return { stem: text.slice(0, run[0].index).trim(), options };
}

/** Whether the text looks like an exam question rather than a plain question. */
export function looksLikeExamQuestion(raw: string): boolean {
  const parsed = parsePasted(raw);
  return parsed.options.length >= 2 || /（\s*）|\(\s*\)|_{2,}|（[单多]选|判断题|填空题/.test(normalizeInput(raw));
}

export const squash = (text: string) =>
  normalizeInput(text)
    .toLowerCase()
    .replace(/（\s*）|\(\s*\)|_+/g, '')
    .replace(/[\s\p{P}\p{S}]/gu, '');

function bigrams(text: string): string[] {
  const s = squash(text);
  if (s.length < 2) return s ? [s] : [];
  const out: string[] = [];
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Share of the text's character bigrams that occur in the passage (how much of an option a passage states). */
export function bigramCoverage(text: string, passage: string): number {
  const grams = bigrams(text);
  if (grams.length === 0) return 0;
  const squashed = squash(passage);
  return grams.filter((g) => squashed.includes(g)).length / grams.length;
}

function dice(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const g of a) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of b) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

export interface PasteIndex {
  match(raw: string): PasteMatch | undefined;
}

export const MATCH_THRESHOLD = 0.6;

export function createPasteIndex(questions: TemplateQuestion[]): PasteIndex {
  const stemGrams = questions.map((q) => bigrams(q.stem));
  // Candidates are looked up by stem and options together: many banks reuse one stem ("选择正确的词形") with other options.
  const postings = new Map<string, number[]>();
  questions.forEach((q, i) => {
    for (const g of new Set([...stemGrams[i], ...q.options.flatMap(bigrams)])) {
      const list = postings.get(g);
      if (list) list.push(i);
      else postings.set(g, [i]);
    }
  });

  return {
    match(raw) {
      const pasted = parsePasted(raw);
      const grams = bigrams(pasted.stem);
      if (grams.length === 0) return undefined;
      const hits = new Map<number, number>();
      for (const g of new Set([...grams, ...pasted.options.flatMap(bigrams)])) {
        const list = postings.get(g);
        // Bigrams in a large share of the bank say little and cost much.
        if (!list || list.length > questions.length / 4 + 50) continue;
        for (const i of list) hits.set(i, (hits.get(i) ?? 0) + 1);
      }
      const candidates = [...hits.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
      let best: PasteMatch | undefined;
      for (const [i] of candidates) {
        const question = questions[i];
        const stemScore = dice(grams, stemGrams[i]);
        const mapped = mapOptions(question, pasted.options);
        const score = pasted.options.length > 0 && question.options.length > 0 ? 0.7 * stemScore + 0.3 * mapped.agreement : stemScore;
        if (mapped.choice === undefined) continue;
        if (!best || score > best.score) best = { question, score, choice: mapped.choice, answerTexts: mapped.answerTexts };
      }
      return best && best.score >= MATCH_THRESHOLD ? best : undefined;
    },
  };
}

/** Maps the bank's correct options onto the user's options; undefined when a correct option is missing there. */
function mapOptions(question: TemplateQuestion, userOptions: string[]): { choice?: string[]; answerTexts: string[]; agreement: number } {
  if (question.type === '判断' || question.type === '填空') {
    return { choice: [], answerTexts: [question.answer], agreement: userOptions.length === 0 ? 1 : 0.5 };
  }
  const correct = [...question.answer].map((letter) => question.options['ABCDEF'.indexOf(letter)]).filter(Boolean);
  if (userOptions.length === 0) return { choice: [], answerTexts: correct, agreement: 1 };
  const userGrams = userOptions.map(bigrams);
  const bestFor = (text: string) => {
    const g = bigrams(text);
    let at = -1;
    let score = 0;
    userGrams.forEach((u, i) => {
      const s = squash(text) === squash(userOptions[i]) ? 1 : dice(g, u);
      if (s > score) [at, score] = [i, s];
    });
    return { at, score };
  };
  const agreements = question.options.map((o) => bestFor(o).score);
  const agreement = agreements.reduce((a, b) => a + b, 0) / Math.max(question.options.length, userOptions.length);
  const choice: string[] = [];
  for (const text of correct) {
    const { at, score } = bestFor(text);
    if (at < 0 || score < 0.5) return { answerTexts: correct, agreement };
    choice.push('ABCDEF'[at]);
  }
  return { choice: [...new Set(choice)].sort(), answerTexts: correct, agreement };
}
