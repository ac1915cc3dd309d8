/**
 * The first step of a procedure asked whether it is enough ("支部研究同意就能免了嘛", "支部同意了就行吗") where the rule
 * goes on to a higher body's approval ("党支部研究同意，报上一级党委批准"): no, said first, with what is still needed.
 */

/** The body that takes the first step, as the asker names it, with the names the rules give it. */
const FIRST_BODIES: ReadonlyArray<readonly string[]> = [
  ['党支部', '支部'],
  ['支委会', '支部委员会'],
  ['支部大会', '党员大会', '支部党员大会'],
];
const BODY_NAMES = FIRST_BODIES.flat()
  .sort((a, b) => b.length - a.length)
  .join('|');
/** The body agreeing, then whether that alone will do: 同意就能, 研究同意了就可以, 通过了就行. */
const FIRST_STEP_ENOUGH = new RegExp(
  `(?:${BODY_NAMES})[^，,。？?]{0,6}(?:同意|通过|决定|研究)了?(?:就|便)(能|可以|行|算)(?=[^，,。？?]{0,12}(?:吗|嘛|么|不|没有?)[？?]?$)`,
);
/** The rule naming the step that still follows: 报上一级党委批准, 报上级党组织审批. */
const THEN_APPROVED = /报(上一级党委|上级党委|上级党组织|基层党委)(批准|审批)/;

const NO: Record<string, string> = { 能: '不能', 可以: '不可以', 行: '不行', 算: '不算' };

export function firstStepNotEnough(answer: string, question: string): string | undefined {
  const asked = FIRST_STEP_ENOUGH.exec(question);
  const then = THEN_APPROVED.exec(answer);
  if (!asked || !then) return undefined;
  return `${NO[asked[1]!]}。支部同意还不够，还要报${then[1]}${then[2]}。`;
}
