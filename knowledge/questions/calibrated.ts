import { contentWordsOf, numbersWithUnits, scoreOptions, statedShare } from './option-score';

/**
 * Calibrated judging: when the strict rules find no answer, the option (or the truth of a statement) the source
 * sentences state best, with a score and a margin (option-score.ts), answered only where the precision measured on
 * the built-in bank answered as if absent (≈1,000 questions not written to any writer's style) is high enough:
 *   - at or above PLAIN: a suggestion like any other (the bank's wrong count as if absent did not rise);
 *   - at or above HEDGED (below PLAIN): a suggestion marked uncertain (measured precision ≥ 85%);
 *   - below: no answer.
 * A 判断 is only ever found 正确 here, when one sentence states every clause of it with the same numbers and
 * negations; a false statement is left to the clause-by-clause rule (falseByClauses).
 */

/** A sentence of a source (a reached fact's answer, a handbook passage) and what it came from. */
export interface SourceSentence<H> {
  text: string;
  hit: H;
}

export interface Candidate<H> {
  /** Indices of the options picked, or for a statement [] with `truth`. */
  choice: number[];
  truth?: boolean;
  score: number;
  margin: number;
  sentence: SourceSentence<H>;
}

/** How the question asks (下列说法正确的是), its case and blanks: no content for relevance. */
const ASKING_WORDS = new Set(
  '下列 以下 说法 表述 选项 叙述 做法 正确 错误 不正确 属于 关于 哪项 哪一项 一项 哪些 符合 包括 主要 规定 根据 按照 依据 党章 条例'.split(
    ' ',
  ),
);

export function stemWords(stem: string): string[] {
  return contentWordsOf(stem.replace(/（\s*）|\(\s*\)|_+/g, ' ')).filter((w) => !ASKING_WORDS.has(w));
}

/** The one option the sentences state best, its score and its margin over the next option. */
export function singleCandidate<H>(stem: string, options: string[], sentences: SourceSentence<H>[]): Candidate<H> | undefined {
  const words = stemWords(stem);
  if (words.length === 0 || options.length < 2) return undefined;
  // The stem's numbers, but not the dates of its case (2025年6月).
  const numbers = numbersWithUnits(stem.replace(/(?:\d{4}\s*年)?\d{1,2}\s*月(?:\d{1,2}\s*[日号])?|\d{4}\s*年/g, ''));
  const { scores, best, top, margin } = scoreOptions(words, numbers, options, sentences);
  const at = scores[best]?.at;
  if (!at || top <= 0) return undefined;
  return { choice: [best], score: top, margin, sentence: at };
}

/** A statement stated whole by one sentence: its share (the least-covered clause's). */
export function trueCandidate<H>(statement: string, sentences: SourceSentence<H>[]): Candidate<H> | undefined {
  let best: { share: number; s?: SourceSentence<H> } = { share: 0 };
  for (const s of sentences) {
    const share = statedShare(statement, s.text);
    if (share > best.share) best = { share, s };
  }
  if (!best.s) return undefined;
  return { choice: [], truth: true, score: best.share, margin: best.share, sentence: best.s };
}

/**
 * Thresholds chosen from the curve measured on the built-in bank answered as if absent (paste5's report): 单选
 * plain at score ≥ 0.4 with margin ≥ 0.4 (28 right, 0 wrong), marked uncertain at score ≥ 0.5 with margin ≥ 0.1
 * (that band alone: 18 right, 1 wrong); a 判断 正确 only when one sentence says every word of every clause (3 right,
 * 0 wrong; at 0.8 the band was 73% right, under 85%, so there is no uncertain band).
 */
export const THRESHOLDS = {
  单选: { plain: { score: 0.4, margin: 0.4 }, hedged: { score: 0.5, margin: 0.1 } },
  判断: { plain: { score: 0.9, margin: 0.9 }, hedged: { score: 0.9, margin: 0.9 } },
} as const;

export type Certainty = 'plain' | 'uncertain';

/** Whether a candidate is answered, and how: plainly, marked uncertain, or not at all. */
export function certaintyOf(type: keyof typeof THRESHOLDS, c: Candidate<unknown>): Certainty | undefined {
  const t = THRESHOLDS[type];
  if (c.score >= t.plain.score - 1e-9 && c.margin >= t.plain.margin - 1e-9) return 'plain';
  if (c.score >= t.hedged.score - 1e-9 && c.margin >= t.hedged.margin - 1e-9) return 'uncertain';
  return undefined;
}
