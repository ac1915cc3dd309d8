import { alignable, orderedCoverage } from './cloze';

/**
 * Blanks that are a list (分为____、____、____三个等级): filled with the items of the one list a sentence about the
 * stem gives with as many items (分为三个等级：初级、中级、高级), in its order. Character alignment would take the
 * count the stem writes after the blanks (三个等级) for the first item.
 */

const BLANK = /（\s*）|\(\s*\)|_+/g;
/** Holes parted only by 、: a list asked item by item. */
const LISTED = /(?:（\s*）|\(\s*\)|_+)(?:\s*、\s*(?:（\s*）|\(\s*\)|_+))+/;
/** A list in a sentence: after a colon or 为/是/有/包括, items of 2–8 characters parted by 、, up to the clause's end. */
const LIST = /(?:[：:]|分为|包括|是|有)((?:[^、，,。；;：:（）()\s]{2,8}、)+[^、，,。；;：:（）()\s]{2,8})(?=[。；;，,]|$)/g;
/** How much of the stem (without its blanks) a sentence must say, in order, to speak of it. */
const ABOUT = 0.6;

export function listFills<E extends { text: string; truth: boolean }>(stem: string, evidence: E[]): { fills: string[]; e: E } | undefined {
  const run = LISTED.exec(stem);
  if (!run) return undefined;
  const holes = run[0].match(BLANK)?.length ?? 0;
  // Only when the list is every blank of the stem.
  if (holes < 2 || (stem.match(BLANK)?.length ?? 0) !== holes) return undefined;
  const rest = stem.replace(BLANK, '');
  const found: { fills: string[]; e: E }[] = [];
  for (const e of evidence) {
    if (!e.truth || orderedCoverage(rest, e.text).share < ABOUT) continue;
    // The list stands where the stem's does: the stem's words right before its blanks (分为) just before it.
    const lead = alignable(stem.slice(0, run.index)).slice(-2);
    const lists = [...e.text.matchAll(LIST)]
      .filter(
        (m) => lead.length === 2 && alignable(e.text.slice(Math.max(0, m.index - 12), m.index + m[0].length - m[1]!.length)).includes(lead),
      )
      .map((m) => m[1]!.split('、'))
      .filter((items) => items.length === holes);
    if (lists.length !== 1) continue;
    found.push({ fills: lists[0]!, e });
  }
  const [first] = found;
  if (!first || found.some((f) => f.fills.join('、') !== first.fills.join('、'))) return undefined;
  // The items must not be words the stem already has (a list of what it says, not of what it asks).
  if (first.fills.some((f) => alignable(rest).includes(alignable(f)))) return undefined;
  return first;
}
