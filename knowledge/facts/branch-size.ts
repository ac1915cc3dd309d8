import type { RuleConditions } from './conditions';
import { headCounts } from './head-counts';

/**
 * A branch's size told as its 正式党员 ("车间支部正式党员53个了，还能一个支部吗，还是得拆"), asked whether one branch will
 * still do: the rule of a branch's size (一般不超过50人), with the count worked against it. The members counted as a
 * whole ("党员到了66人") are conditions.ts' own rule; 正式党员 told there were left to the rules on a committee or a
 * new branch, which count only 正式党员 and ask how few, never how many.
 */

/** The rule of a branch's size, as the fact says it. */
const SIZE_RULE = /党支部党员人数一般不超过50人/;

export const BRANCH_SIZE: readonly RuleConditions[] = [
  {
    fact: 'branch.setup.max',
    told: [/正式党员/],
    not: /表决|选举|投票|赞成|到会|实到/,
    quantity: { read: (question) => headCounts(question).entitled, min: 51, max: 500 },
    asks: /支部|拆|分|总支|改成|批|整|够|行|办|处理|超/,
  },
];

/**
 * The verdict on the count told: over 50 exceeds the usual size; 50 or fewer is within it, said only where no 预备党员 are told beside them (the size counts every member).
 */
export const BRANCH_SIZE_THRESHOLD = {
  rule: SIZE_RULE,
  counted: /^(?!.*预备).*党员/s,
  verdict: (n: number) =>
    n > 50
      ? `按你说的${n}名党员，已超过一般不超过50人的规模，党员较多的，可以报上级党组织批准设立总支部委员会或基层委员会。`
      : `按你说的${n}名党员，没有超过50人，一个党支部的规模是可以的。`,
};
