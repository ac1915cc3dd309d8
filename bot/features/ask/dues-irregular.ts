/**
 * Members not paid a fixed monthly wage — by the piece or the order (众包骑手, 跑单, 计件), self-employed, or with
 * months that differ ("单多单少每个月都不一样") — pay on the previous quarter's monthly average net income, at the
 * in-work members' rates (knowledge/handbook/05-dues.md, 计算基数: 不按月取得收入的党员).
 */

/** Income said to vary month by month, or not paid as a monthly wage. */
export const IRREGULAR_INCOME =
  /不是按月(?:发|拿|领|结)|不按月(?:发|拿|领|结|取得)|(?:收入|工资|钱)[^，,。？?\s]{0,2}不(?:固定|稳定)|每个?月(?:都)?不一样|一个月一个样|单多单少|时多时少|有多有少|忽多忽少|多一个月少|计件|按件(?:算|拿|结)|按单(?:算|拿|结)|跑单|众包|个体(?:户|经营|工商户)?|做生意|做买卖|摆摊|开(?:了个|个|家)?(?:小)?(?:店|饭馆|饭店|餐馆|小卖部|超市|网店)|上(?:一|个)?季度[^，,。？?\s\d]{0,4}(?:平均|月均)/;

/** The rule the reply states for such members. */
export const IRREGULAR_RULE = '收入不固定、不按月取得收入的党员，每月以本人上一季度的月平均纯收入为计算基数，参照在职党员的比例交纳。';

/** The previous quarter's whole income told ("上个季度一共挣了13500"): the base is a third of it. */
const QUARTER_TOTAL = /上(?:一|个)?季度[^，,。？?\s\d]{0,8}(?:一共|总共|共|合计|总计|加起来)/;

/** Whether the text tells the previous quarter's total rather than its monthly average (平均, 月均 say the average). */
export function quarterTotalSaid(text: string): boolean {
  return QUARTER_TOTAL.test(text) && !/平均|月均/.test(text);
}
