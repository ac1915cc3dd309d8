import type { RuleConditions } from './conditions';

/**
 * A decision told as made by a 党小组 ("小组会上大家都同意了，就算接收了", "党小组表决通过给他处分"): a 党小组 is no level
 * of the Party's organisation and decides nothing of a member's admission, 转正 or 处分; only the 支部党员大会 does. Asked
 * whether that will do, the rule on what a 党小组 may decide answers it (life.group.power), not the vote of the
 * 支部大会 the wording shares words with. Where the story tells the 支部大会 (or the 支委会) deciding too, the 党小组 was
 * only a step before it, and this rule is not the case.
 */
export const GROUP_DECIDES: readonly RuleConditions[] = [
  {
    fact: 'life.group.power',
    told: [/党小组|小组会|党小组会/],
    named: [
      /同意|通过|表决|决定|定了|定下|举手|拍板|说了算|认可|没意见/,
      /接收|吸收|入党|预备党员|发展对象|积极分子|转正|处分|开除|除名|劝退|警告/,
    ],
    not: /(?:支部大会|党员大会|支委会|支部委员会)[^，,。？?\s]{0,8}(?:通过|同意|表决|决定|讨论)/,
    // Whether it will do or stands, however put ("这就算成了吧", "算数不").
    asks: /行不行|行吗|行不|可以吗|可以不|可不可以|能不能|能否|中不中|算不算|算数|作数|有效|就算|算是|算了|成了|对吗|对不对|合规|怎么办|咋办/,
  },
];
