import { asksInOtherForm } from './asking-forms';
import { answersClause, type FactIndex, type FactMatch, type MatchOptions } from './facts';
import { saidIn } from './parts';
import { withoutToldReasons } from './told-state';

/**
 * The second ask of a message that asks two things, which a fact on the first was shown as answering too (the house
 * rule: never half-read a message). Its clause is found by asking-forms.ts; here the reply checks it:
 * - the other ask "said" by a fact only through its subject words ("书记副书记谁来选" beside a rule on the committee's
 *   size, which names 书记 and 副书记 and never says who elects them) is not answered by it (coversAsked);
 * - the clause each part's fact was found for (askedClause), so the reply can check that part on its own and name it
 *   when it cannot answer it, rather than drop it silently.
 */

/**
 * Whether the facts of a reply say what a part asks, not only the subject it asks of: the part is read without the
 * subject words of the facts (书记, 副书记), and what is left ("谁来选") must be said as saidIn reads it. A part that is
 * subject words and question words only ("党费呢") is read whole.
 */
export function coversAsked(said: readonly string[], part: string, subjects: readonly string[]): boolean {
  // A reason told with the ask ("人手少能不能不收") is no part of what is asked (told-state.ts).
  const asked = withoutToldReasons(part);
  if (!saidIn(said, asked)) return false;
  let rest = asked;
  for (const w of subjects) if (w.length >= 2) rest = rest.split(w).join('，');
  const pieces = rest.split('，').filter((p) => p.replace(ASKED_WITH, '').length >= 2);
  // Nothing asked but the subject ("党费呢", "党小组会又如何"): the part is read whole, as above.
  return pieces.length === 0 || saidIn(said, pieces.join('，'));
}

/** The question words that ask a second question of their own (whether, who, how; a tag question too): see asksOfItsOwn. */
const ASKS_APART = /能不能|可不可以|能否|可否|是否|要不要|谁|如何|怎么|怎样|咋/;

/**
 * A part that asks with a question word of its own about something besides the subject ("书记不在能不能叫副书记来
 * 主持", "书记副书记谁来选"): a second question, which a fact found for another part answers only where it says so.
 * Not "算不算" or "能收不" (the first question asked again), nor a clause read as asking by its content alone.
 */
export function asksOfItsOwn(part: string, subjects: readonly string[]): boolean {
  // "台风把几户党员家的房子刮倒了": a clause ending on 了 tells what happened (几 is "several"), it asks nothing.
  // Only whether, who and how ask so: 几 and 什么 also tell ("几个年轻人要入党", "刚调过来没多久") or ask what a
  // fact on the subject says by kind ("持证等级高低有什么区别" beside the pay rule that states it).
  if (!(ASKS_APART.test(part) || asksInOtherForm(part)) || /了$/.test(part)) return false;
  // The A-not-A verb is how it asks ("算不算", "交不交"), not what.
  let rest = part.replace(/([\u4e00-\u9fff])不\1/g, '');
  for (const w of subjects) if (w.length >= 2) rest = rest.split(w).join('，');
  return rest.split('，').some((p) => p.replace(ASKED_WITH, '').length >= 2);
}

/** Question words, particles and pronouns: what a part asks with, not what it asks (as saidIn leaves them out). */
const ASKED_WITH =
  /[的了吗呢吧么啊呀嘛哈是不没要会能可以还也都就我你他她它们俺咱这那个些什怎样如何哪谁几多少久长时候该应请问下得有呗啥咋\s，,。？?]/g;

/** How near (bigram Dice) a part left open must be to one of a fact's wordings to be read weakly (compound.ts's bar). */
const OWN_WORDING = 0.75;

/** The clause each match of a reply was found for (set by matchParts), for the reply to check and name that part. */
const clauses = new WeakMap<object, string>();

export function noteAskedClause<T extends object>(match: T, clause: string): T {
  clauses.set(match, clause);
  return match;
}

/** The clause a match was found for, when it was found for one part of several. */
export const askedClause = (match: object): string | undefined => clauses.get(match);

/**
 * The sure reading of a message with the parts it left open (open[from..]) read weakly, each on its own words
 * ("党费的基数如何核定？实行年薪制的党员又如何计算？": the 年薪制 rule is sure, the 基数 rule only weakly near): a weak
 * fact that answers the part and is no other part's is added, in the order asked, and the part is no longer open. The
 * reply trusts it only where retrieval on the part ranks its section first (bot/features/ask/part-trust.ts).
 */
export function withWeakParts(
  index: FactIndex,
  sure: readonly FactMatch[],
  open: string[],
  from: number,
  whole: string,
  options: MatchOptions,
): FactMatch[] {
  const out = [...sure];
  const still: string[] = [];
  for (const part of open.slice(from)) {
    const m = index.match(part, options);
    // Only a fact whose subject the part spells itself, and that the message does not set aside: "几个人到会才能开"
    // after a question on the 支委会 is the 支委会's, and read alone it finds the rule of any vote, which excludes it.
    // And only a part worded as the fact's own question: a far reading ("书记出差了能不能让组织委员召集" finds what the
    // 组织委员 is in charge of) is a guess, and the part is better named as not found.
    const spelt =
      !!m &&
      m.similarity >= OWN_WORDING &&
      m.fact.must.every((g) => g.some((w) => part.includes(w))) &&
      !m.fact.none?.some((w) => whole.includes(w));
    if (m && spelt && answersClause(m.fact, part) && !out.some((o) => o.fact.id === m.fact.id)) out.push(noteAskedClause(m, part));
    else still.push(part);
  }
  if (still.length === open.length - from) return [...sure];
  open.splice(from, open.length - from, ...still);
  return out;
}

/**
 * A part that opens by saying done, with 了, the one-character verb an earlier part ended its asking on ("上头能不能把
 * 支部给撤了，撤了里头的党员咋办"): done-again.ts reads 撤了 so only before 还, 就, 以后; here the earlier part's own
 * "撤了" says the verb is the one asked of, so what follows asks what holds once it is done.
 */
export function repeatsDone(part: string, earlier: readonly string[]): boolean {
  const m = /^(?:那|那么)?([\u4e00-\u9fff])了(?![吗么没呢])/.exec(part);
  return !!m && earlier.some((e) => e.includes(`${m[1]}了`));
}
