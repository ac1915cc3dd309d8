import { alignable } from './cloze';
import { falseBy, handbookSentences, statementOf } from './false-statement';
import type { HandbookSuggestion, PassageHit } from './suggest';

/**
 * A statement letting together what a handbook sentence requires one at a time: "讨论三个发展对象可以合并起来一次表决"
 * where the handbook says "……应当逐个讨论、逐个表决". Strangers name the rule's matter in their own words and only
 * swap 逐个 for 一并/集中/一次/同时/打包; neither the statement's order nor its words align with the sentence, and
 * 一并 shares no character with 逐个. False, with that sentence as 依据, when the statement does the same act
 * (表决, 讨论, 审批…) together, denies nothing itself, and shares the sentence's matter.
 */

/** Doing it together: the act may follow after a few words (一并表决, 一次集中表决, 放在一起举手表决). */
const TOGETHER = /(?:一并|集中|一次性?|同时|一起|合并|打包|统一)[^，,。；;]{0,6}?(表决|讨论|通过|审批|审查|投票|审议)/g;
/** One at a time: the rule's words (逐个表决, 逐一讨论, 一个一个地审查). */
const ONE_AT_A_TIME = /(?:逐个|逐一|逐人|一个一个地?)(表决|讨论|通过|审批|审查|投票|审议)/g;
/** A vote passes by being voted: 集中通过 does what 逐个表决 forbids. */
const ACT: Record<string, string> = { 通过: '表决', 投票: '表决', 审议: '讨论' };
const actOf = (verb: string) => ACT[verb] ?? verb;
/** The statement's own denial of doing it together (不能一并表决, 不得集中通过): the rule, not its opposite. */
const DENIED = /不能|不得|不可|不准|不应|不允许|禁止|严禁|不是|并非|没有/;

const HAN = /[^\p{Script=Han}\d]/gu;
const gramsOf = (text: string) => {
  const t = alignable(text).replace(HAN, '');
  return new Set(Array.from({ length: Math.max(0, t.length - 1) }, (_, k) => t.slice(k, k + 2)));
};
const share = (part: Set<string>, whole: Set<string>) => (part.size ? [...part].filter((g) => whole.has(g)).length / part.size : 0);
/** Of the statement's words outside the act, how many the sentence's passage holds: the same matter. */
const MATTER_SHARED = 0.4;
/** Of the clause the rule is said of, how much the statement holds. */
const CLAUSE_HELD = 0.3;

export function suggestByOneByOne(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const read = statementOf(raw);
  if (!read) return undefined;
  const { statement, truth } = read;
  const together = [...statement.matchAll(TOGETHER)];
  if (together.length === 0 || DENIED.test(statement) || /逐个|逐一|逐人|分别/.test(statement)) return undefined;
  const acts = new Set(together.map((m) => actOf(m[1]!)));
  const actWords = new Set(together.flatMap((m) => [...gramsOf(m[0])]));
  const matter = new Set([...gramsOf(statement)].filter((g) => !actWords.has(g)));
  for (const { hit, sentence } of handbookSentences(hits))
    for (const m of sentence.matchAll(ONE_AT_A_TIME)) {
      if (!acts.has(actOf(m[1]!))) continue;
      // The rule's matter: the statement's words are the passage's, or (a case told with names and reasons) the
      // statement holds the clause the rule is said of (同一次会议讨论两个以上发展对象的).
      const clause = sentence
        .slice(0, m.index)
        .split(/[，,；;：:]/)
        .reduce((a, b) => (b.length > a.length ? b : a), '');
      if (share(matter, gramsOf(hit.text)) < MATTER_SHARED && share(gramsOf(clause), gramsOf(statement)) < CLAUSE_HELD) continue;
      return falseBy(truth, sentence, hit);
    }
  return undefined;
}
