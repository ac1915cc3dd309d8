import type { FactMatch } from '../../../knowledge';

/**
 * Asked what a rule rests on ("依据为何", "根据的是哪个文件", "有什么规定吗"): the document the fact's section cites is
 * the answer to that ask, said in the reply's own text, not only in the citation lines below it.
 */
const ASKS_BASIS =
  /依据(?:为何|是什么|是啥|何在|在哪|呢|何)|(?:有|出自)?(?:什么|啥|哪个|哪条|哪些)(?:依据|根据|文件|规定|条例|条文)|根据(?:是什么|是啥|什么|啥|哪个|哪条)|出处(?:是|在)|哪里规定|哪儿规定|在哪规定/;

/** Whether a clause asks only for the rule's basis (依据为何): the basis said answers it. */
export function asksBasis(text: string): boolean {
  return ASKS_BASIS.test(text);
}

/** The sentence naming the basis of the fact's rule when the question asks what it rests on, else undefined. */
export function basisSaid(text: string, match: FactMatch): string | undefined {
  const basis = match.section?.basis;
  if (!basis || !asksBasis(text)) return undefined;
  return `依据是${basis}。`;
}
