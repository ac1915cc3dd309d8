import { alignable } from './cloze';
import { falseBy, handbookSentences, statementOf } from './false-statement';
import type { HandbookSuggestion, PassageHit } from './suggest';

/**
 * A statement claiming what a source sentence names only to deny it: "预备党员从上级党委批准之日起交纳党费" where the
 * handbook says "……从党支部党员大会通过接收他为预备党员之日起交纳党费，不是从上级党委批准之日起". The handbook says
 * "不是 X" where strangers often say X; such a statement is false, with that sentence as 依据. Only an affirmative
 * statement (one that denies nothing itself), holding nearly all of X, and about the sentence's matter.
 */

const DENIAL = /(?:而不是|也不是|不是|并非|而非)([^，,。；;：:]{3,24})/g;
const DENIES = /不是|并非|而非|不属于|不算|不等于|不意味着/;
/**
 * A denied equivalence (通过考试并不等于取得证书): what strangers say as one thing being the other (通过考试即取得证书).
 * Both sides are the denied words; the matter is the passage's.
 */
const DENIED_EQUAL = /([^，,。；;：:]{2,24}?)(?:并|也)?(?:不等于|不意味着)([^，,。；;：:]{2,24})/g;
const HAN = /[^\p{Script=Han}\d%]/gu;
const gramsOf = (text: string) => {
  const t = alignable(text).replace(HAN, '');
  return new Set(Array.from({ length: Math.max(0, t.length - 1) }, (_, k) => t.slice(k, k + 2)));
};
const share = (part: Set<string>, whole: Set<string>) => (part.size ? [...part].filter((g) => whole.has(g)).length / part.size : 0);

/** Of the denied words, how much the statement holds; of the statement's other words, how much the sentence holds. */
const DENIED_HELD = 0.6;
const MATTER_SHARED = 0.3;
/** Of each side of a denied equivalence, how much the statement holds; and words that add a step between them. */
const SIDE_HELD = 0.8;
const FURTHER_STEP = /还要|还需|还得|才能|才可|才算|方可|须经|需经|经过[^，,。]{0,10}(?:后|才)/;

export function suggestByDeniedClaim(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const read = statementOf(raw);
  if (!read) return undefined;
  const { statement, truth } = read;
  if (DENIES.test(statement)) return undefined;
  const own = gramsOf(statement);
  const numbers = (t: string): string[] => alignable(t).match(/\d+(?:\.\d+)?/g) ?? [];
  for (const { hit, sentence } of handbookSentences(hits))
    for (const m of sentence.matchAll(DENIAL)) {
      const denied = gramsOf(m[1]!);
      if (denied.size < 3 || share(denied, own) < DENIED_HELD) continue;
      if (numbers(m[1]!).some((n) => !numbers(statement).includes(n))) continue;
      const rest = new Set([...own].filter((g) => !denied.has(g)));
      // A short sentence of denial (期限是15个工作日，不是15个自然日) leaves its matter to its passage: a statement
      // saying the denied words whole may share the matter with what the passage says before them, or with all of
      // it where they hold a number (the passage tells whom the 15个工作日 are for after the denial).
      const before = sentence.slice(0, m.index);
      const whole = share(denied, own) === 1;
      const told = !whole
        ? before
        : numbers(m[1]!).length > 0
          ? hit.text
          : `${hit.text.slice(0, Math.max(0, hit.text.indexOf(sentence)))}${before}`;
      // Its numbers are the denied words' (在10个…日内), not the matter's.
      const matter = told === before ? rest : new Set([...rest].filter((g) => !/\d/.test(g)));
      if (share(matter, gramsOf(told)) < MATTER_SHARED) continue;
      return falseBy(truth, sentence, hit);
    }
  for (const { hit, sentence } of handbookSentences(hits))
    for (const m of sentence.matchAll(DENIED_EQUAL)) {
      const denied = gramsOf(`${m[1]}${m[2]}`);
      if (gramsOf(m[1]!).size < 2 || gramsOf(m[2]!).size < 2 || share(denied, own) < DENIED_HELD) continue;
      // Each side nearly whole in the statement, with no further condition of its own (还要…才能取得证书 says what
      // the sentence says): the one is said to be the other.
      if (share(gramsOf(m[1]!), own) < SIDE_HELD || share(gramsOf(m[2]!), own) < SIDE_HELD || FURTHER_STEP.test(statement)) continue;
      if (numbers(`${m[1]}${m[2]}`).some((n) => !numbers(statement).includes(n))) continue;
      const rest = new Set([...own].filter((g) => !denied.has(g)));
      if (share(rest, gramsOf(hit.text)) < MATTER_SHARED) continue;
      return falseBy(truth, sentence, hit);
    }
  return undefined;
}
