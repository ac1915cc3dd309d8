/**
 * Closed sets of kinds a question asks about one of (六项纪律): a sentence about another kind of the set says
 * nothing of the asked one, however many words the two share ("属于违反廉洁纪律的有……公款旅游" is no evidence for
 * "属于违反群众纪律的有").
 */
import { alignable } from './cloze';

const KIND_SETS: RegExp[] = [/政治纪律|组织纪律|廉洁纪律|群众纪律|工作纪律|生活纪律/g];

const kindsIn = (text: string, set: RegExp) => new Set(alignable(text).match(set) ?? []);

/** Whether a text names kinds of a set the stem names one of, but none of the stem's. */
export function namesOtherKind(stem: string, text: string): boolean {
  return KIND_SETS.some((set) => {
    const asked = kindsIn(stem, set);
    const named = kindsIn(text, set);
    return asked.size > 0 && named.size > 0 && ![...asked].some((k) => named.has(k));
  });
}
