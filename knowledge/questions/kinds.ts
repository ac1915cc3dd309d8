/**
 * Closed sets of kinds a question asks about one of (六项纪律): a sentence about another kind of the set says
 * nothing of the asked one, however many words the two share ("属于违反廉洁纪律的有……公款旅游" is no evidence for
 * "属于违反群众纪律的有").
 */

import { escapeRegExp } from '../text/regexp';
import { alignable } from './cloze';

const KIND_SETS: RegExp[] = [/政治纪律|组织纪律|廉洁纪律|群众纪律|工作纪律|生活纪律/g];
/**
 * Members in work and retired ones pay dues by rates of their own: a sentence on one says nothing of the other's
 * value. Kept apart from KIND_SETS: dropping such sentences from every reader's evidence left one reader a sentence
 * pair on the other kind to pick a rate from (bank as absent: one 单选 more wrong).
 */
const MEMBER_KINDS = /在职|离退休|离休|退休/g;
/** One kind written several ways (退休党员 and 离退休党员 are the same rates' members). */
const SAME_KIND: Record<string, string> = { 离休: '离退休', 退休: '离退休', 离休党员: '离退休党员', 退休党员: '离退休党员' };
/**
 * The kinds of 处分, 严重警告 read before the 警告 inside it: a question about one is not one about another ("受警告处分
 * 的，一年内不得提升职务" says nothing of 严重警告).
 */
const PUNISHMENTS = /严重警告|警告|撤销党内职务|留党察看|开除党籍/g;

/**
 * The certificate's levels: 初级满一年可以申请中级 is another rule than 初级满一年可以申请高级. Only for telling two
 * stems apart; a passage naming 中级 still speaks of a question on 初级 (the steps are read together).
 */
const LEVELS = /初级|中级|高级/g;

/**
 * The members whose dues are set apart (a fixed sum or rates of their own): a bank question on 学生党员 is not the
 * paste's on 农民党员. Only for telling two stems apart, as LEVELS.
 */
const DUES_MEMBERS = /农民党员|学生党员|在职党员|离退休党员|离休党员|退休党员|下岗失业/g;

const kindsIn = (text: string, set: RegExp) => new Set((alignable(text).match(set) ?? []).map((k) => SAME_KIND[k] ?? k));

/**
 * Whether a text names kinds of a set the stem names one of, but none of the stem's. Not of a set the options name
 * kinds of (应当（）A.开除党籍 B.延长留党察看): then a sentence about another kind may speak of an option.
 */
export function namesOtherKind(stem: string, text: string, options: string[] = []): boolean {
  return [...KIND_SETS, PUNISHMENTS].some((set) => {
    if (options.some((o) => kindsIn(o, set).size > 0)) return false;
    const asked = kindsIn(stem, set);
    const named = kindsIn(text, set);
    return asked.size > 0 && named.size > 0 && ![...asked].some((k) => named.has(k));
  });
}

/** Whether a text speaks of members in work or retired ones, the stem of the others only (see MEMBER_KINDS). */
export function namesOtherMemberKind(stem: string, text: string): boolean {
  const asked = kindsIn(stem, MEMBER_KINDS);
  const named = kindsIn(text, MEMBER_KINDS);
  return asked.size > 0 && named.size > 0 && ![...asked].some((k) => named.has(k));
}

/**
 * Whether a bank question's statement is about another kind of member than the stem (学生党员 for 农民党员): a bank
 * question answers for its own kind. Bank statements only: a handbook sentence on rates may list several kinds.
 */
export function namesOtherDuesMember(stem: string, text: string): boolean {
  const asked = kindsIn(stem, DUES_MEMBERS);
  const named = kindsIn(text, DUES_MEMBERS);
  return asked.size > 0 && named.size > 0 && ![...asked].some((k) => named.has(k));
}

/**
 * Whether two stems both name kinds of a set (六项纪律, the kinds of 处分) and not the same ones: a bank question on
 * 警告 is not the paste's question on 严重警告, however close their words, and its answer does not carry over.
 */
export function differentKinds(a: string, b: string): boolean {
  return [...KIND_SETS, PUNISHMENTS, LEVELS, DUES_MEMBERS].some((set) => {
    const one = [...kindsIn(a, set)].sort().join();
    const other = [...kindsIn(b, set)].sort().join();
    return one !== '' && other !== '' && one !== other;
  });
}

/**
 * Whether every place a text says the words (a fill for the stem's hole) is under another 处分 than the stem names:
 * the last kind named before them in their sentence ("受警告处分的，一年内不得……；受严重警告处分的，影响期为一年半":
 * 一年 is said of 警告, not of the 严重警告 the stem asks about). False when the stem names no kind, or a place has none.
 */
export function saidOfOtherKind(stem: string, text: string, words: string): boolean {
  const asked = kindsIn(stem, PUNISHMENTS);
  const t = alignable(text);
  const w = alignable(words);
  if (asked.size === 0 || !w) return false;
  // Only where the words are whole: 1年 inside 1年半 is another value.
  const places = [...t.matchAll(new RegExp(escapeRegExp(w), 'g'))].filter((m) => !/^[半\d.]/.test(t.slice(m.index + m[0].length)));
  if (places.length === 0) return false;
  return places.every((m) => {
    const sentence =
      t
        .slice(0, m.index)
        .split(/[。；;\n]/)
        .at(-1) ?? '';
    const kind = sentence.match(PUNISHMENTS)?.at(-1);
    return kind !== undefined && !asked.has(kind);
  });
}
