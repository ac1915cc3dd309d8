import { parsePasted } from './paste';
import type { PassageHit, PasteOutcome, SuggestionBasis } from './suggest';

/**
 * A 填空 of several rules, one blank each, put in one paste (党支部党员人数一般不超过（ ）人；联合党支部覆盖单位一般
 * 不超过（ ）个): no one sentence holds both values, so the whole finds nothing. Each clause is then filled on its own,
 * as if pasted alone, and the blanks' words are given together only when every clause is filled — each with its own
 * 依据 — and only ever as a suggestion (a close bank question for one clause answers that clause, not the paste).
 */

/** A blank in a stem (（ ）, ( ), ____). */
const BLANK = /[（(]\s*[)）]|[_＿]{2,}/g;
const HAS_BLANK = /[（(]\s*[)）]|[_＿]{2,}/;

export interface ClauseBasis {
  sentence: string;
  passage: PassageHit;
  basis: SuggestionBasis;
}

/** The clauses of a 填空 stem with one blank each, when every blank is in a clause of its own; undefined otherwise. */
export function blankClauses(raw: string, commas = true): string[] | undefined {
  const { stem, options, declaredType } = parsePasted(raw);
  if (options.length > 0 || (declaredType && declaredType !== '填空')) return undefined;
  const holes = (stem.match(BLANK) ?? []).length;
  if (holes < 2) return undefined;
  // Rules parted by ； or 。, or, when that finds no such clauses, by a comma (支部委员会一般每届任期____年，村、社区
  // 党组织每届任期____年): each part still has to name its own matter and hold one blank.
  return (
    clausesAt(stem, holes, /(?<=[；;。])/) ??
    (commas ? (clausesAt(stem, holes, /(?<=[；;。，,])/) ?? conditionedClauses(stem, holes)) : undefined)
  );
}

/**
 * paste31: rules parted by ； or 。 where one of them puts its condition first and then two blanks (…为（ ）年；需要延长
 * 的，不能少于（ ），最长不超过（ ）): the condition (…的，) is said of each blank after it in its sentence, so each
 * blank's clause is read with it. A sentence with one blank stays whole; any other part without a blank, none.
 */
function conditionedClauses(stem: string, holes: number): string[] | undefined {
  const sentences = stem
    .split(/(?<=[；;。])/)
    .map((c) => c.trim())
    .filter((c) => c.replace(/[；;。，,\s]/g, '').length > 0);
  if (sentences.length < 2) return undefined;
  const clauses: string[] = [];
  for (const sentence of sentences) {
    const count = (sentence.match(BLANK) ?? []).length;
    if (count <= 1) {
      if (count === 1) clauses.push(sentence);
      continue;
    }
    let condition = '';
    for (const part of sentence.split(/(?<=[，,])/).map((c) => c.trim())) {
      if (HAS_BLANK.test(part)) clauses.push(`${condition}${part}`);
      else if (/的[，,]$/.test(part) && clauses.length > 0 && condition === '') condition = part;
      else if (part.replace(/[；;。，,\s]/g, '').length > 0) return undefined;
    }
    if (condition === '') return undefined;
  }
  if (clauses.length !== holes || clauses.some((c) => (c.match(BLANK) ?? []).length !== 1)) return undefined;
  if (clauses.some((c) => c.replace(BLANK, '').replace(/[；;。，,\s]/g, '').length < 6)) return undefined;
  return clauses;
}

function clausesAt(stem: string, holes: number, at: RegExp): string[] | undefined {
  const clauses = stem
    .split(at)
    .map((c) => c.trim())
    .filter((c) => c.replace(/[；;。，,\s]/g, '').length > 0);
  // What follows the last blank's clause (where the question was found, a remark) is not a rule's.
  while (clauses.length > holes && !HAS_BLANK.test(clauses.at(-1)!)) clauses.pop();
  // A clause without a blank before (a case told first) is what the others are about: not split.
  if (clauses.length !== holes || clauses.some((c) => (c.match(BLANK) ?? []).length !== 1)) return undefined;
  if (clauses.some((c) => c.replace(BLANK, '').replace(/[；;。，,\s]/g, '').length < 6)) return undefined;
  return clauses;
}

/** What one clause's outcome fills its blank with, and its 依据; undefined unless one word for one blank. */
function clauseFill(outcome: PasteOutcome): { answer: string; basis: ClauseBasis; uncertain: boolean } | undefined {
  if (outcome.kind === 'hedged') {
    if (outcome.choice.length > 0 || outcome.answerTexts.length !== 1) return undefined;
    return {
      answer: outcome.answerTexts[0]!,
      basis: { sentence: outcome.sentence, passage: outcome.passage, basis: outcome.basis },
      uncertain: outcome.uncertain === true,
    };
  }
  if (outcome.kind !== 'bank' && outcome.kind !== 'similar') return undefined;
  const { question } = outcome;
  if (outcome.choice.length > 0 || outcome.answerTexts.length !== 1) return undefined;
  // A 单选 the clause is close to (no options pasted for it) fills the blank with its one correct option (paste31).
  const single = question.type === '单选' && question.answer.length === 1;
  if (question.type !== '填空' && !single) return undefined;
  const blanks = question.stem.match(BLANK) ?? [];
  const words = single
    ? [question.options['ABCDEF'.indexOf(question.answer)] ?? '']
    : question.answer.split('|').map((b) => b.split('/')[0]!.trim());
  if (blanks.length !== 1 || words.length !== 1) return undefined;
  // The bank question's own statement, its answer in its blank: what the bank says, quoted.
  const sentence = question.stem.replace(BLANK, words[0]!);
  return {
    answer: outcome.answerTexts[0]!,
    basis: {
      sentence,
      passage: { text: sentence, coverage: outcome.score, source: `question:${question.id}`, title: `题库：${question.topic}` },
      basis: 'bank',
    },
    uncertain: false,
  };
}

/** The paste's blanks filled clause by clause (see above), or undefined when a clause is not filled. */
export async function byBlankClauses(
  raw: string,
  resolveOne: (clause: string) => Promise<PasteOutcome>,
  commas = true,
): Promise<PasteOutcome | undefined> {
  const clauses = blankClauses(raw, commas);
  if (!clauses) return undefined;
  const fills = [];
  for (const clause of clauses) {
    const fill = clauseFill(await resolveOne(clause));
    if (!fill) return undefined;
    fills.push(fill);
  }
  const [first, ...rest] = fills;
  return {
    kind: 'hedged',
    choice: [],
    answerTexts: fills.map((f) => f.answer),
    sentence: first!.basis.sentence,
    passage: first!.basis.passage,
    basis: first!.basis.basis,
    more: rest.map((f) => f.basis),
    ...(fills.some((f) => f.uncertain) ? { uncertain: true as const } : {}),
  };
}
