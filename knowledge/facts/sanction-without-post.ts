import type { RuleConditions } from './conditions';

/**
 * A 撤销党内职务 due to a member told as holding no post ("该撤职，可他就是个普通党员", "没当过啥干部"), asked what is
 * given then or how it is carried out: the rule that such a member gets a 严重警告 (discipline.posts). Told so, the story
 * holds the fact's question (没有党内职务的怎么办) while the asking words say only "给个啥处分", "咋落实".
 */
export const SANCTION_WITHOUT_POST: readonly RuleConditions[] = [
  {
    fact: 'discipline.posts',
    told: [/撤销[^，,。？?\s]{0,3}(?:党内)?职务|撤职|撤了?[^，,。？?\s]{0,2}职务/],
    named: [
      /(?:没|未|不)(?:有|曾)?(?:担任|担|当|任|干)?过?(?:什么|啥|任何)?(?:党内)?(?:职务|干部|职位|一官半职)(?:也|都)?(?:没|不)?|普通党员|(?:职务|干部)(?:也|都)(?:没|不)/,
    ],
    not: /察看|开除|两个以上|两个职务|几个职务/,
    asks: /处分|处理|怎么办|落实|执行|给什么|怎么给|撤什么|撤哪|怎么撤|怎么弄/,
    // The post the ask says the member never held ("没当过啥干部") is what the rule is about, though it never says 干部.
    settles: ['干部', '职位'],
  },
];
