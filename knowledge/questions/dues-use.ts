import { alignable } from './cloze';
import { NEGATIVE_CHOICE, parsePasted, truthOptions } from './paste';
import { hedgedChoice, pickSide, sectionLine } from './sorted-options';
import type { HandbookSuggestion } from './suggest';

/**
 * What 党费 may be spent on (党费可以用于下列哪些方面, 下列开支中可以从党费里列支的有): each option placed by the
 * handbook's rule on its use — training members, education materials and equipment, honouring the exemplary, help
 * for members in hardship or struck by disaster and repairs of education facilities the disaster damaged; never
 * wages, bonuses or welfare, nor anything else. An option the rule speaks of neither way (a way of keeping the
 * accounts, not a spending), or one it speaks of both ways (过节费 for members in hardship), leaves the question.
 */

type Hedged = Extract<HandbookSuggestion, { kind: 'hedged' }>;

/** The uses the rule allows, each as the words an option names it by. */
const ALLOWED: RegExp[] = [
  /培训|轮训/,
  /(?:党员)?教育.{0,8}(?:报刊|资料|书|读本|音像|设备|设施|教材)|党刊|学习资料|学习读本|书刊|报刊/,
  /表彰/,
  /(?:补助|帮扶|救助|慰问).{0,14}(?:困难|受灾|灾害|遭灾|洪水|地震|火灾|冲垮|倒塌)|(?:困难|受灾|灾害|遭灾)[^，,。；;]{0,14}(?:补助|救助)/,
  // Members in hardship are whom it may help, whatever the option calls the help (给困难党员发过节费 is then both).
  /(?:困难|受灾|遭灾)的?老?党员/,
  /修缮.{0,12}(?:教育|活动|阵地|设施)/,
];
/** What it forbids: wages, bonuses and welfare, and any other use (a meal, a trip, an office's things). */
const FORBIDDEN =
  /工资|薪酬|奖金|年终奖|加班费|津贴|补贴|劳务费|报酬|福利|过节费|发钱|红包|购物卡|聚餐|吃饭|吃顿|请客|宴请|旅游|办公|空调|招待|行政经费|还债|借给|私人/;

const ASKS_USE = /党费/;
const MAY_NOT = /不得|不能|不可以|不可|不允许|不符合|违反|错误|不正确|不属于/;

/** Whether the rule allows the spending: true, false, or undefined when it speaks of it neither way or both. */
function allowed(option: string): boolean | undefined {
  const t = alignable(option);
  const yes = ALLOWED.some((p) => p.test(t));
  const no = FORBIDDEN.test(t);
  return yes === no ? undefined : yes;
}

export function suggestByDuesUse(raw: string): Hedged | undefined {
  const pasted = parsePasted(raw);
  const { options } = pasted;
  const stem = alignable(pasted.stem);
  // The options say it is about spending when the stem does not (党费还有结余，哪些打算是可以的): all placed, both ways.
  if (options.length < 3 || truthOptions(options) || !ASKS_USE.test(stem)) return undefined;
  const negative = MAY_NOT.test(stem) || NEGATIVE_CHOICE.test(pasted.stem);
  const placed = options.map(allowed);
  if (placed.some((p) => p === undefined)) return undefined;
  const picked = pickSide(placed as boolean[], negative, pasted.declaredType);
  if (!picked) return undefined;
  const rule = sectionLine('dues.management', (line) => line.startsWith('党费使用'));
  return rule && hedgedChoice(options, picked, rule);
}

/**
 * Who pays a fixed sum (每月按0.2元固定数额交纳党费的有): 学生, 下岗失业, those living on 抚恤 or 救济 and those on 低保 pay
 * 0.2元; 农民党员 pay a fixed sum too, but from 0.2元 to 1元, so not "0.2元" when the stem names that sum; members paid a
 * wage, a pension or a salary by the year pay by rate. A person none of these names leaves the question.
 */
function fixedSum(option: string): { fixed: boolean; exact?: true } | undefined {
  const t = alignable(option);
  const rate = /离退休|退休|离休|年薪|在职|工资|薪酬|个体|经营|不按月/.test(t);
  const exact = /学生|下岗|失业|抚恤|救济|低保|最低生活保障/.test(t);
  const farmer = /农民/.test(t);
  if (Number(rate) + Number(exact) + Number(farmer) !== 1) return undefined;
  return rate ? { fixed: false } : exact ? { fixed: true, exact: true } : { fixed: true };
}

export function suggestByFixedDues(raw: string): Hedged | undefined {
  const pasted = parsePasted(raw);
  const { options } = pasted;
  const stem = alignable(pasted.stem);
  if (options.length < 3 || truthOptions(options) || !/党费/.test(stem) || !/固定数额|定额|0\.2元/.test(stem)) return undefined;
  const sum = /0\.2元/.test(stem);
  const placed = options.map(fixedSum);
  if (placed.some((p) => p === undefined)) return undefined;
  // 不按收入比例 beside 固定数额 says the same of them (固定数额交纳、不按收入比例计算的有): asked for, not denied (paste31).
  const sameSaid = (text: string) =>
    /固定数额|定额/.test(text) ? text.replace(/[，,、]?不按(?:收入|工资)?的?比例(?:计算|交纳)?/g, '') : text;
  const negative = NEGATIVE_CHOICE.test(sameSaid(pasted.stem)) || /不属于|不是|不按/.test(sameSaid(stem));
  const picked = pickSide(
    placed.map((p) => (sum ? p!.exact === true : p!.fixed)),
    negative,
    pasted.declaredType,
  );
  if (!picked) return undefined;
  const rule = sectionLine('dues.rates', (line) => line.startsWith('按固定数额交纳的党员'));
  return rule && hedgedChoice(options, picked, rule);
}
