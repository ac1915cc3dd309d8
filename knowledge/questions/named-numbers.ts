/**
 * The handbook's own names written with numerals (三会一课, a domain word: knowledge/text/domain-words.ts), as digits
 * once a text is made alignable (3会1课): the numerals are part of the name, not a number the text states. A stem
 * asking what 3会1课的会议记录 include speaks of no 3 and no 1 that its evidence must keep. Names the handbook does
 * not speak of (两学一做) keep their numerals: evidence still has to say them.
 */
const NAMED = /3会1课/g;

/** An alignable text with the numerals of such names taken out of the way of a count of its numbers. */
export function withoutNamedNumbers(aligned: string): string {
  return aligned.replace(NAMED, (name) => name.replace(/\d/g, '名'));
}
