import { alignable } from './cloze';
import { NEGATIVE_CHOICE, parsePasted } from './paste';
import type { PasteOutcome } from './suggest';

/**
 * An option that names an item of a list and adds that a step of it may be skipped (给予党员纪律处分，不用报上级批准;
 * 接收预备党员，无需支部大会讨论): the list vouches for the item, never for the exemption, which is how an exam makes an
 * item wrong. Several options picked from a list: such an option is left out when the sentence picking it says no
 * such thing; the others stand when at least two remain, otherwise the suggestion is withdrawn.
 */

/** A clause after the item's own that exempts it from a step: 不用/不必/无需/不需要/无须 + a procedural verb. */
const EXEMPTION =
  /[，,；;]\s*(?:也|就|都|可以|可)?(?:不用|不必|无需|无须|不需要?|用不着|不经|不经过|不要)[^，,；;。]{0,8}?(?:批准|审批|报批|备案|讨论|表决|同意|审查|请示|报告|公示|决定)/;

export function withoutExemptedItems(raw: string, outcome: PasteOutcome): PasteOutcome {
  if (outcome.kind !== 'hedged' || outcome.choice.length < 2) return outcome;
  const { stem, options } = parsePasted(raw);
  // Asked for what is not so (不符合规定的有), the exempted option is what is picked.
  if (NEGATIVE_CHOICE.test(stem) || /不符合|违反|违规|错误|不对|不妥/.test(stem)) return outcome;
  const LETTERS = 'ABCDEF';
  const sentence = alignable(outcome.sentence);
  const exempted = outcome.choice.filter((l) => {
    const option = options[LETTERS.indexOf(l)];
    if (!option) return false;
    const m = EXEMPTION.exec(alignable(option));
    return m !== null && !sentence.includes(alignable(m[0]).replace(/^[，,；;\s]+/, ''));
  });
  if (exempted.length === 0) return outcome;
  const kept = outcome.choice.flatMap((l, k) => (exempted.includes(l) ? [] : [{ l, text: outcome.answerTexts[k]! }]));
  if (kept.length < 2) return { kind: 'abstain', passage: outcome.passage };
  return { ...outcome, choice: kept.map((k) => k.l), answerTexts: kept.map((k) => k.text) };
}
