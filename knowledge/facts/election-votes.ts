import { headCounts } from './head-counts';

/**
 * Whether a candidate is elected on the votes the asker tells ("实到38人，老陈拿了19票，他算当选吗"): the rule says
 * more than half, exactly half is not enough; the verdict on the figures is said first, so the asker does not do the
 * arithmetic. The half is of the count the asker gives (those present, or those entitled when only they are told).
 */

/** The election rule of the facts: more than half the votes to be elected. */
export const ELECTED_RULE = /当选须赞成票超过半数/;
/** Asked whether someone is elected (算当选吗, 能不能选上, 够不够当选). */
const ASKS_ELECTED = /当选|选上|选得上|够票/;

/** Asked whether one may be elected (能当选吗, 能不能选上): the answer opens 能 or 不能, as the verdict layer reads it. */
const ASKS_MAY = /能|可以/;
/** Asked whether it counts (算当选吗, 算不算选上): 算 or 不算. */
const ASKS_COUNTS = /算(?:不算)?(?:当选|选上)/;

export function electedOnVotes(question: string): string | undefined {
  if (!ASKS_ELECTED.test(question)) return undefined;
  const { present, entitled, inFavour } = headCounts(question);
  const voters = present ?? entitled;
  if (!voters || !inFavour || inFavour > voters || voters > 1000) return undefined;
  const needed = Math.floor(voters / 2) + 1;
  const elected = inFavour >= needed;
  const verdict = ASKS_COUNTS.test(question)
    ? elected
      ? '算'
      : '不算'
    : ASKS_MAY.test(question)
      ? elected
        ? '能'
        : '不能'
      : elected
        ? '能当选'
        : '不能当选';
  const why = elected
    ? `${inFavour}票超过${voters}人的半数（至少要${needed}票），按票数能当选`
    : `${inFavour}票${inFavour * 2 === voters ? `正好是${voters}人的一半` : `不到${voters}人的一半`}，没有超过半数（至少要${needed}票），不能当选`;
  return `${verdict}。${why}。`;
}
