import { alignable } from './cloze';

/**
 * A rule may bound a length from both sides (延长不能少于半年，最长不超过一年). A statement that speaks of one side only
 * (延长时间最长不超过一年) does not say the other side's clause, and the negation in that clause (不能少于) denies
 * nothing it says: counting it would read the statement as said with one negation more, and so as false. The
 * other side's clause is left out only when the statement says no bound of that side and every bound it does say
 * is the rule's own, same side and same value: 最长不超过半年 against 最长不超过一年 still counts both clauses.
 */

type Side = 'least' | 'most';
const LEAST = /不少于|不能少于|不得少于|不低于|不短于|至少|最少|最短|以上/;
const MOST = /不超过|不能超过|不得超过|不多于|不长于|最长|最多|至多|以内/;
const CLAUSE = /[，,。；;：:]/;

function sideOf(clause: string): Side | undefined {
  const least = LEAST.test(clause);
  const most = MOST.test(clause);
  return least === most ? undefined : least ? 'least' : 'most';
}

/** The value a bound clause gives: what follows its last bound word, numerals as digits (一年 → 1年). */
function boundValue(clause: string, side: Side): string | undefined {
  // The last bound word: 最长不超过一年 gives 一年.
  const m = [...clause.matchAll(new RegExp((side === 'least' ? LEAST : MOST).source, 'g'))].at(-1);
  if (!m) return undefined;
  const value = alignable(clause.slice(m.index + m[0].length)).match(/^\d+(?:\.\d+)?(?:个)?[年月天日周名人次届个]|^半年/);
  return value?.[0];
}

/** Whether a clause of the evidence is the bound of the side the statement leaves unsaid (see above). */
export function otherBoundUnsaid(clause: string, statement: string, span: string): boolean {
  const side = sideOf(clause);
  if (!side || !boundValue(clause, side)) return false;
  const own = statement.split(CLAUSE).filter((c) => sideOf(c) !== undefined);
  if (own.length === 0 || own.some((c) => sideOf(c) === side || LEAST.test(c) === MOST.test(c))) return false;
  const rule = span.split(CLAUSE).filter((c) => sideOf(c) !== undefined && sideOf(c) !== side);
  return own.every((c) => {
    const other = sideOf(c)!;
    const value = boundValue(c, other);
    return value !== undefined && rule.some((r) => sideOf(r) === other && boundValue(r, other) === value);
  });
}

/**
 * A bound as one wording (不能少于, 不得少于 → 不少于; 不能超过, 不得超过 → 不超过) and no clause marks: an option saying
 * 不少于半年、最长不超过一年 is the rule's 不能少于半年，最长不超过一年 word for word.
 */
export function plainBoundWords(text: string): string {
  return text
    .replace(/(?:不能|不得|不应)少于/g, '不少于')
    .replace(/(?:不能|不得|不应)超过/g, '不超过')
    .replace(/[，,、；;。\s]/g, '');
}

/**
 * Whether the evidence speaks of the half year the stem says (半年 has no digit, so the numbers compared elsewhere
 * miss it): a stem's 最长不超过半年 is not stated by a sentence whose length is 一年.
 */
export function keepsHalfYear(stem: string, evidence: string): boolean {
  return !/半年/.test(stem) || /半年|6个月|六个月/.test(evidence);
}
