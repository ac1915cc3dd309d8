import { alignable } from './cloze';
import { falseBy, handbookSentences, statementOf } from './false-statement';
import type { HandbookSuggestion, PassageHit } from './suggest';

/**
 * A statement letting one thing stand in for another that a handbook sentence says it cannot: "搞了一次集中学习就能
 * 顶替当月的支部委员会" or "开过主题党日就不必另开党员大会" where the handbook says "不能用一次主题党日顶替全部组织生活"
 * ("不能以工作汇报代替党性分析", "不能用任命代替选举"). The statement names the stand-in in the sentence's words, and
 * what it stands in for either in them or as one of the things the sentence names (党小组会 among 组织生活 listed
 * there): false, with that sentence as 依据.
 */

/** The handbook's denial: 不能（用/以）X 顶替/代替 Y. */
const DENIED_STAND_IN = /(?:不能|不得|不可以?|不应)(?:用|以|拿)?([^，,。；;]{2,12}?)(?:顶替|代替|替代|取代)([^，,。；;]{2,16})/g;
/** The statement's claim that X stands in for Y: X 就可以顶替 Y. */
const STANDS_IN = /([^，,。；;]{2,16}?)(?:就|便|也)?(?:可以|能够?|可)?(?:顶替|代替|替代|取代)(?:掉|了)?([^，,。；;]{2,16})/;
/** Or that, X done, Y need not be: 开展了X就不用再单独开Y. */
const MAKES_NEEDLESS =
  /(?:开展|开|召开|举行|搞|组织|参加|过)(?:了|过)?([^，,。；;]{2,12}?)(?:以后|之后|后)?(?:[，,][^，,。；;]{0,4}?)?(?:就|便|也)?(?:不用|不必|无需|不需要|用不着)再?(?:单独|另外|另行|专门)?(?:开展|召开|开|举行|搞|组织|参加)?([^，,。；;]{2,16})/;
/** The statement's own denial of the claim (不能顶替, 不可以代替): the rule, not its opposite. */
const DENIED_HERE = /(?:不能|不得|不可以?|不应|不准|禁止|严禁)[^，,。；;]{0,12}(?:顶替|代替|替代|取代)/;

const HAN = /[^\p{Script=Han}\d]/gu;
const gramsOf = (text: string) => {
  const t = alignable(text).replace(HAN, '');
  return new Set(Array.from({ length: Math.max(0, t.length - 1) }, (_, k) => t.slice(k, k + 2)));
};
const share = (part: Set<string>, whole: Set<string>) => (part.size ? [...part].filter((g) => whole.has(g)).length / part.size : 0);
/** A stand-in's words without its count (一次主题党日 is 主题党日). */
const core = (text: string) =>
  alignable(text)
    .replace(HAN, '')
    .replace(/^(?:一次|一个|一场|每次)/, '');
/** What is stood in for, without how much of it (当月全部三会一课 is 三会一课). */
const asked = (text: string) =>
  alignable(text)
    .replace(HAN, '')
    .replace(/^(?:当月|本月|当年|全年)?(?:的)?(?:全部|所有|各项|一切)?(?:的)?/, '')
    .replace(/[了的]+$/, '');
const SIDE_HELD = 0.6;

export function suggestByStandIn(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const read = statementOf(raw);
  if (!read) return undefined;
  const { statement, truth } = read;
  if (DENIED_HERE.test(statement)) return undefined;
  const claim = STANDS_IN.exec(statement) ?? MAKES_NEEDLESS.exec(statement);
  if (!claim) return undefined;
  const standIn = core(claim[1]!);
  const stoodFor = asked(claim[2]!);
  if (stoodFor.length < 2) return undefined;
  for (const { hit, sentence } of handbookSentences(hits))
    for (const m of sentence.matchAll(DENIED_STAND_IN)) {
      // The stand-in is the sentence's (its words whole in the statement's, or nearly all of them).
      const theirs = core(m[1]!);
      if (!standIn.includes(theirs) && share(gramsOf(theirs), gramsOf(standIn)) < SIDE_HELD) continue;
      // What it stands in for is the sentence's, or one of the things the sentence names.
      const named = alignable(sentence).replace(HAN, '');
      if (!named.includes(stoodFor) && share(gramsOf(stoodFor), gramsOf(m[2]!)) < SIDE_HELD) continue;
      return falseBy(truth, sentence, hit);
    }
  return undefined;
}
