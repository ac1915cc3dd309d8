import type { FactMatch } from './facts';

/**
 * A part that opens on its asking words, with no subject before them ("多长时间换一回", "要贴多久"): one that opens on a
 * subject of its own ("党龄是不是从写申请书那天算") is asked of it, whatever an earlier part named.
 */
const OPENS_ASKING =
  /^(?:多长时间|多长|多久|多少|几|怎么|咋|啥时候|什么时候|哪天|要不要|用不用|能不能|可不可以|是不是|还要|还得|还用|又|那)/;

/**
 * "村上的党务公开栏都要公开些甚，多长时间换一回": the second ask has no subject of its own and is asked of the thing
 * the first one names (公开栏). Read alone it finds the term of a 支部委员会 (换一回); that fact's record sets the
 * thing aside (none: 栏). Where no earlier part found a fact, so that no answered subject stands between, a part whose
 * fact sets aside a word an earlier part says, and that opens on its asking words, is asked of that thing, not of the fact's: left open, not answered.
 */
export function setAsideBefore(match: FactMatch, clause: string, before: readonly string[], answeredBefore: boolean): boolean {
  if (answeredBefore || before.length === 0 || !OPENS_ASKING.test(clause.trim())) return false;
  const none = match.fact.none ?? [];
  return before.some((clause) => none.some((w) => clause.includes(w)));
}
