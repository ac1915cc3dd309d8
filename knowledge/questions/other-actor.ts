import { alignable } from './cloze';
import { NEGATIVE_CHOICE, parsePasted } from './paste';
import { leadingSubject, subjectTermsOf } from './subject-swap';
import type { PasteOutcome } from './suggest';

/**
 * Options picked as items of one handbook sentence (a body's powers, a list of duties) are that sentence's items only
 * as the sentence says them. An option that hands the act to someone by 由 (由党小组长决定…, 由支委会批准…) whom
 * neither the sentence nor the stem names says another thing: who does it is the point, and the sentence gives the act
 * to its own subject. Such an option is no item; the others picked stand. A stem asking for what is not so, or a
 * suggestion from anything but the handbook's words, is left as it is.
 */

const LETTERS = 'ABCDEF';

/** The subjects an option gives its act to with 由 (由党小组长决定 → 党小组组长). */
function actorsByYou(option: string): string[] {
  return [...alignable(option).matchAll(/由([^，,。；;]{2,12})/g)].flatMap((m) => leadingSubject(m[1]!) ?? []);
}

/** Whether the option gives its act to a subject neither the sentence nor the stem names. */
export function namesOtherActor(option: string, sentence: string, stem: string): boolean {
  const actors = actorsByYou(option);
  if (actors.length === 0) return false;
  const known = new Set([...subjectTermsOf(sentence), ...subjectTermsOf(stem)]);
  return actors.some((a) => !known.has(a));
}

export function withoutOtherActors(raw: string, outcome: PasteOutcome): PasteOutcome {
  if (outcome.kind !== 'hedged' || outcome.basis !== 'handbook' || outcome.choice.length < 2) return outcome;
  const { stem, options } = parsePasted(raw);
  if (NEGATIVE_CHOICE.test(stem)) return outcome;
  const kept = outcome.choice.filter((l) => !namesOtherActor(options[LETTERS.indexOf(l)] ?? '', outcome.sentence, stem));
  if (kept.length === outcome.choice.length) return outcome;
  // Fewer than two left: the list's reading is not sure enough to stand on one item.
  if (kept.length < 2) return { kind: 'abstain', passage: outcome.passage };
  return { ...outcome, choice: kept, answerTexts: kept.map((l) => options[LETTERS.indexOf(l)]!) };
}
