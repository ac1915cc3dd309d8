/**
 * Two things the subject reader (subject.ts) would pass over, read here apart from it:
 *   - a post that jieba's dictionary tags as a verb (会计, 参谋, 保管, 翻译: named by the work done), standing where a
 *     post stands: right after the body it serves (支部会计, 村党组织保管), after the one spoken to (跟会计说), the one
 *     chosen (选完会计), before 委员 (会计委员), or opening a question on what it does or when it is away
 *     (会计不在…, 会计一年…). The handbook never saying it, the Party post's rule is no answer for it;
 *   - a document named by an act the handbook never speaks of (辞职报告, 审计报告): its kind's last word (报告) is
 *     said by the handbook as a word of its own, but of its own acts; a paper for another act is none of them, as
 *     乡党委 is a 党委 but 辞职报告 no 报告 of the Party's.
 */

import { createRequire } from 'node:module';

/**
 * How often jieba's dictionary counts a word (0 when it is not there). Its list keeps a few common misspellings at a
 * handful of counts (组识 for 组织): a word that rare is a slip of the keys, not a post.
 */
let dictionary: Buffer | undefined;
const counts = new Map<string, number>();
function dictionaryCount(word: string): number {
  let n = counts.get(word);
  if (n === undefined) {
    dictionary ??= (createRequire(import.meta.url)('@node-rs/jieba/dict.js') as { dict: Buffer }).dict;
    const key = Buffer.from(`\n${word} `);
    const at = dictionary.indexOf(key);
    n = at < 0 ? 0 : Number.parseInt(dictionary.subarray(at + key.length, at + key.length + 12).toString(), 10) || 0;
    counts.set(word, n);
  }
  return n;
}
/** Fewer counts than this: a misspelling the dictionary keeps. */
const RARE = 20;

/** The bodies a post serves, said right before it (支部会计, 支委会会计, 村党组织会计). */
const BODY_BEFORE = /(?:支部|支委会|党组织|党委|总支|党小组|委员会)$/;
/** The one spoken to or chosen (跟会计说, 找会计, 选完会计, 当会计). */
const PERSON_BEFORE = /(?:[跟找给问让由向请]|选完|选出|选了|当|担任|兼任)$/;
/** A post's own compound after it (会计委员). */
const POST_AFTER = /^委员/;
/**
 * A copula or modal jieba tags as a verb (算是, 就是, 应该, 需要): what is said of the subject, never a post. 得 opening
 * one is the modal must before the act (得来, 得去: "支委会得来几个人"), never a post either.
 */
const AUXILIARY = /[是要能该得以]$|^[算应需可能该就得]/;
/** A verb with its aspect or result (看着, 得到, 给定, 选完): an act done, never a post. */
const COMPLEMENT = /[着了过到定好完成住]$/;
/** The asker's openers (请问, 请教, 听说): how a question is put, not whose rule. */
const OPENER = /^(?:请问|请教|想问|问下|听说)$/;
/** What may follow a post that opens the question: a negation or time (不在, 一年), a modal (要, 能). */
const OPENING_NEXT = /^(?:d|m|p)$/;

/**
 * Whether a word jieba tags as a verb stands here as a post (see above). `left`, `right`: the question's text either
 * side of it; `opening`: it opens the asking words; `nextTag`: jieba's tag of the word after it.
 */
export function verbTaggedPost(
  word: string,
  tag: string,
  left: string,
  right: string,
  opening: boolean,
  nextTag: string | undefined,
): boolean {
  if (
    tag !== 'v' ||
    !/^\p{Script=Han}{2}$/u.test(word) ||
    AUXILIARY.test(word) ||
    COMPLEMENT.test(word) ||
    OPENER.test(word) ||
    dictionaryCount(word) < RARE
  )
    return false;
  if (BODY_BEFORE.test(left) || PERSON_BEFORE.test(left) || POST_AFTER.test(right)) return true;
  return opening && nextTag !== undefined && OPENING_NEXT.test(nextTag);
}

/** The last words of a document kind that the handbook says of its own acts (工作报告, 请示报告). */
const DOCUMENT_TAIL = /^(?:报告|申请书|证明)$/;

/**
 * Whether a word ending in a said word (`tail`) is a document for another act (辞职报告, 审计报告): its head is a verb
 * (`headTags`, jieba's tags of it) that the handbook and the facts (`said`) never say. A head they say is one of
 * their own acts (考察报告 of 考察, 检查报告 of 检查), its paper theirs to speak of.
 */
export const documentOfAnotherAct = (tail: string, head: string, headTags: readonly string[], said: string): boolean =>
  DOCUMENT_TAIL.test(tail) && headTags.length === 1 && headTags[0] === 'v' && !said.includes(head);
