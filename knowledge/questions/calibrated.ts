import { contentWordsOf, deniedShare, numbersWithUnits, scoreOptions, statedShare } from './option-score';

/**
 * Calibrated judging: when the strict rules find no answer, the option (or the truth of a statement) the source
 * sentences state best, with a score and a margin (option-score.ts), answered only where the precision measured on
 * the built-in bank answered as if absent (≈1,000 questions not written to any writer's style) is high enough:
 *   - at or above PLAIN: a suggestion like any other (the bank's wrong count as if absent did not rise);
 *   - at or above HEDGED (below PLAIN): a suggestion marked uncertain (measured precision ≥ 85%);
 *   - below: no answer.
 * A 判断 is found 正确 when one sentence states every clause of it with the same numbers and negations, 错误 when
 * one sentence says the rest of it but one clause otherwise (another value, term or polarity).
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
export const ASKING_WORDS = new Set(
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

/**
 * A statement's truth: stated whole by one sentence (its share: the least-covered clause's), or denied by one
 * (deniedShare: one of its clauses said otherwise, the rest of it said), whichever the sentences say more fully;
 * the margin is the lead over the best sentence for the other truth.
 */
export function truthCandidate<H>(statement: string, sentences: SourceSentence<H>[]): Candidate<H> | undefined {
  let stated: { share: number; s?: SourceSentence<H> } = { share: 0 };
  let denied: { share: number; s?: SourceSentence<H> } = { share: 0 };
  for (const s of sentences) {
    const share = statedShare(statement, s.text);
    if (share > stated.share) stated = { share, s };
    const no = deniedShare(statement, s.text).share;
    if (no > denied.share) denied = { share: no, s };
  }
  const truth = stated.share >= denied.share;
  const best = truth ? stated : denied;
  if (!best.s) return undefined;
  return { choice: [], truth, score: best.share, margin: Math.abs(stated.share - denied.share), sentence: best.s };
}

/** 下列说法正确的有, 关于…的表述正确的是: each option is a statement of its own, not the stem's completion. */
const SAYING_ASK = /(?:说法|表述|叙述|理解|观点)[^，,。；;]{0,6}(?:正确|对)/;

/** An option as a statement: the stem with the option in its blank (or after it), or the option itself. */
export function optionStatement(stem: string, option: string): string {
  if (SAYING_ASK.test(stem)) return option;
  const blank = /（\s*）|\(\s*\)|_+/;
  const filled = blank.test(stem) ? stem.replace(blank, option) : `${stem.replace(/[。？?：:\s]+$/, '')}${option}`;
  return filled.replace(/（\s*）|\(\s*\)|_+/g, '');
}

/**
 * Several options: each option judged as a statement (optionStatement) by how fully one sentence states it
 * (statedShare) and how fully one denies it (deniedShare), the stem's asking words not counted. An option is in
 * when stated at ≥ MANY.in and more than it is denied; out when denied at ≥ MANY.in more than it is stated, or (an
 * item, not a 说法) stated at no more than MANY.out (the sentences that state the others do not say it); the answer only when every
 * option is in or out, at least two are in, and not every option unless each is stated outright (a list wider than
 * what is asked states them all). The score is the least stated share of an option put in.
 */
export function manyCandidate<H>(stem: string, options: string[], sentences: SourceSentence<H>[]): Candidate<H> | undefined {
  if (options.length < 3) return undefined;
  const saying = SAYING_ASK.test(stem);
  const judged = options.map((o) => {
    const statement = optionStatement(stem, o);
    let stated: { share: number; s?: SourceSentence<H> } = { share: 0 };
    let denied = 0;
    for (const s of sentences) {
      const share = statedShare(statement, s.text, ASKING_WORDS);
      if (share > stated.share) stated = { share, s };
      denied = Math.max(denied, deniedShare(statement, s.text, ASKING_WORDS).share);
    }
    // The stem's words are in every option's statement: a sentence saying them states an option only when it also
    // says most of the option's own words (给予留党察看 is not said by 给予通报批评 however much of the stem it says).
    const own = contentWordsOf(o).filter((w) => !ASKING_WORDS.has(w)).length > 0 && !SAYING_ASK.test(stem);
    const ownSaid = !own || (stated.s !== undefined && statedShare(o, stated.s.text, ASKING_WORDS) >= MANY.in - 1e-9);
    const inside = stated.share >= MANY.in - 1e-9 && stated.share > denied && ownSaid;
    // A 说法 is false only when a sentence says otherwise: a short claim (弃权的不能另选他人) is often said in other
    // words, so not finding it is no verdict. An item left out of a list (具有大学以上学历) is simply not there.
    const outside = (denied >= MANY.in - 1e-9 && denied > stated.share) || (!saying && stated.share <= MANY.out + 1e-9);
    return { ...stated, inside, outside, denied };
  });
  if (judged.some((j) => j.inside === j.outside)) return undefined;
  const picked = judged.flatMap((j, i) => (j.inside ? [i] : []));
  if (picked.length < 2) return undefined;
  if (picked.length === options.length && judged.some((j) => j.share < 1 - 1e-9)) return undefined;
  const first = judged[picked.reduce((a, i) => (judged[i]!.share > judged[a]!.share ? i : a), picked[0]!)]!;
  const score = Math.min(...picked.map((i) => judged[i]!.share));
  return { choice: picked, score, margin: score - Math.max(0, ...judged.filter((j) => !j.inside).map((j) => j.share)), sentence: first.s! };
}

/**
 * 多选 thresholds from the bank-as-absent curve (scripts/eval/paste-curves.ts, 116 多选 the strict rules leave):
 * in ≥ 0.7 with out ≤ 0.3: 3 right, 0 wrong; out ≤ 0.4: 5 right, 1 wrong; in ≥ 0.6: 4 right, 2 wrong (under 85%,
 * so no uncertain band). Out only by denial: 2 right, 0 wrong — the bank's distractors are rarely denied by a
 * sentence, they are absent. A 说法 put out for being unstated answered two tuning pastes wrongly (short claims said
 * in other words), so a 说法 is out only by denial (bank set then 2 right, 0 wrong).
 */
export const MANY = { in: 0.7, out: 0.3 } as const;

/**
 * Thresholds chosen from the curves measured on the built-in bank answered as if absent (paste5's and paste6's
 * reports): 单选 plain at score ≥ 0.4 with margin ≥ 0.4 (28 right, 0 wrong), marked uncertain at score ≥ 0.5 with
 * margin ≥ 0.1 (that band alone: 18 right, 1 wrong); a 判断 正确 only when one sentence says every word of every
 * clause and leads any denying sentence by 0.5 (4 right, 0 wrong; at 0.8 the band was 9 right, 3 wrong, under
 * 85%, so there is no uncertain band); a 判断 错误 when one sentence denies it with ≥ 0.6 of the rest said, more
 * fully than any sentence states it (17 right, 0 wrong; the 0.5–0.6 band was 2 right, 2 wrong, so again none).
 * The curves: scripts/eval/paste-curves.ts.
 */
export const THRESHOLDS = {
  单选: { plain: { score: 0.4, margin: 0.4 }, hedged: { score: 0.5, margin: 0.1 } },
  判断: { plain: { score: 0.9, margin: 0.5 }, hedged: { score: 0.9, margin: 0.5 } },
  判断错误: { plain: { score: 0.6, margin: 0.01 }, hedged: { score: 0.6, margin: 0.01 } },
  多选: { plain: { score: MANY.in, margin: 0 }, hedged: { score: MANY.in, margin: 0 } },
} as const;

export type Certainty = 'plain' | 'uncertain';

/** Whether a candidate is answered, and how: plainly, marked uncertain, or not at all. */
export function certaintyOf(type: keyof typeof THRESHOLDS, c: Candidate<unknown>): Certainty | undefined {
  const t = THRESHOLDS[type];
  if (c.score >= t.plain.score - 1e-9 && c.margin >= t.plain.margin - 1e-9) return 'plain';
  if (c.score >= t.hedged.score - 1e-9 && c.margin >= t.hedged.margin - 1e-9) return 'uncertain';
  return undefined;
}
