/**
 * Two ways a hole's alignment reads words into a blank that the statement does not put there (see alignCloze):
 *
 * - One end of a range (三年至五年 for 任期为（ ）年): the words stop at the unit the stem writes after the hole,
 *   but the statement goes on to a second value, so what it says is the range, not its first value.
 * - A hole held on each side by one character only (必须有（ ）以上 against 有需要时可以随时召开): 有 and 以 are in
 *   the statement, but 须有 and 以上 are not; the words between are whatever stands between two common characters.
 *   Two characters matched right beside the hole on one side hold it, and so does a side with only one to match
 *   (（ ）年。, 年满（ ）).
 */

const RANGE_AFTER = /^[^\d，,。；;：:！!？?、\s]{0,2}(?:至|到|~|～|—|－|-)\d/;
const STEM_RANGE_AFTER = /^[^\d，,。；;：:！!？?、\s]{0,2}(?:至|到|~|～|—|－|-)/;
const STEM_RANGE_BEFORE = /(?:至|到|~|～|—|－|-)[^\d，,。；;：:！!？?、\s]{0,2}$/;
const RANGE_BEFORE = /\d[^\d，,。；;：:！!？?、\s]{0,2}(?:至|到|~|～|—|－|-)$/;

/**
 * Whether the words in [a, b) of the aligned statement are one end of a range of values the statement gives, where
 * the stem's own words around the hole (`before`, `after`) write no range of their own (（ ）元至1元 asks for one end).
 */
export function splitsRange(t: readonly string[], a: number, b: number, before: string, after: string): boolean {
  if (b <= a || STEM_RANGE_AFTER.test(after) || STEM_RANGE_BEFORE.test(before)) return false;
  const fill = t.slice(a, b).join('');
  if (/\d$/.test(fill) && RANGE_AFTER.test(t.slice(b, b + 6).join(''))) return true;
  return /^\d/.test(fill) && RANGE_BEFORE.test(t.slice(Math.max(0, a - 6), a).join(''));
}

/**
 * Whether a hole is held by one character at most on each side. `stem` is the stem's characters with holes as
 * undefined, `at` the hole's place in it, `matchedTo` for each stem place the statement place it was matched to
 * (-1 when not matched), [a, b) the hole's words in the statement, `separator` telling punctuation.
 */
export function weaklyHeld(
  stem: readonly (string | undefined)[],
  at: number,
  matchedTo: ArrayLike<number>,
  a: number,
  b: number,
  separator: (c: string) => boolean,
): boolean {
  const side = (step: -1 | 1) => {
    let room = 0;
    let held = 0;
    let open = true;
    for (let d = 1; d <= 2; d++) {
      const k = at + step * d;
      const c = stem[k];
      if (k < 0 || k >= stem.length || c === undefined || separator(c)) break;
      room++;
      const expected = step === 1 ? b + d - 1 : a - d;
      if (open && matchedTo[k] === expected) held++;
      else open = false;
    }
    return { room, held };
  };
  const left = side(-1);
  const right = side(1);
  const firm = (s: { room: number; held: number }) => s.held >= 2 || (s.room > 0 && s.held === s.room);
  // One character matched on each side and the next one not: two chance matches of common characters. A side with
  // nothing matched makes no claim (the words run on to where the stem's words come back), and the other side's one
  // character (每 of 每（ ）) is then what holds the hole.
  return left.held === 1 && right.held === 1 && !firm(left) && !firm(right);
}
