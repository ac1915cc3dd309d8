// Who raised it, named after what they are where the usual readings take the description for the name or for a role
// (面馆赵老板: a shop, then its keeper; 顾客何女士: 顾 is a surname too; 快递员大王: 大 and a surname, as 老刘 is; 反映人
// 是我们站点快递员小孙: the member's own unit and the role before the name).

import { nameAt } from './name-shape';
import { ROLE, SURNAMES } from './people';

/** A shop, a stall or an eatery before its keeper or its customer (火锅店, 臭豆腐店, 小卖部): who the person is. */
const SHOP = '[\\u4e00-\\u9fa5]{1,5}?(?:店|馆|铺|摊|超市|小卖部|档口|饭庄|酒楼)的?';
/** People of a shop or a street who are no role of a village (顾客: 顾 is a surname, and 顾客刘 is read as a name). */
const PATRON = '顾客|客人|食客|游客|乘客|路人|商户|店员|老顾客';
/** A member's own unit said before the person (我们驿站, 咱店里): whose the person is. */
const OURS = '(?:我们|咱们|俺们|我|咱|俺)的?(?:[\\u4e00-\\u9fa5]{0,4}?(?:驿站|站点|店|公司|车队|网点))?';
const LEAD = new RegExp(`^(?:${OURS}|${SHOP}|${PATRON}|${ROLE})+$`);
const STRANGE_LEAD = new RegExp(`(?:${SHOP}|${PATRON})`);
/** 大刘, 大张: 大 and a surname, as 老刘 and 小刘 are, where a name's end follows. */
const BIG_SURNAME = new RegExp(`^大[${SURNAMES}](?=$|[\\s，,。；;]|\\d|电话|手机|说|讲|反映|反应)`);
/** Where a name said after its description ends: a gap, a verb of saying, a phone. */
const NAME_END = /^(?:$|[\s，,。；;]|\d|电话|手机|(?:也|就|又|来)?(?:说|讲|反映|反应|投诉))/;

function nameOrBig(text: string): string | undefined {
  return BIG_SURNAME.exec(text)?.[0] ?? nameAt(text);
}

/**
 * The person said first (at `from`, after the place), after a shop, a customer's word or a role, where a plain reading
 * errs: the lead holds a shop or a customer's word, or the name is 大 and a surname. Otherwise nothing (the usual
 * reading stands).
 */
export function describedRaiserAt(text: string, from: number): { name: string; index: number; length: number } | undefined {
  const start = from + /^[\s，,]*/.exec(text.slice(Math.max(from, 0)))![0].length;
  const said = text.slice(start);
  for (let i = 2; i <= Math.min(10, said.length - 2); i++) {
    const lead = said.slice(0, i);
    if (!LEAD.test(lead)) continue;
    const name = nameOrBig(said.slice(i));
    if (!name || !NAME_END.test(said.slice(i + name.length))) continue;
    if (!STRANGE_LEAD.test(lead) && !BIG_SURNAME.test(name)) return undefined;
    return { name, index: start, length: i + name.length };
  }
  return undefined;
}

/** A role word closing the description before the name (我们站点快递员|小孙). */
const ROLE_END = new RegExp(`(?:${ROLE})$`);
/**
 * A raiser read from a form's field or after 反映人是 with the member's own unit and the person's role before the name
 * (我们站点快递员小孙): the name alone.
 */
export function nameAfterOwnUnit(raiser: string): string {
  if (!new RegExp(`^${OURS}`).test(raiser) || raiser.length < 5) return raiser;
  for (let i = 2; i <= raiser.length - 2; i++) {
    const name = raiser.slice(i);
    if (ROLE_END.test(raiser.slice(0, i)) && nameAt(name) === name) return name;
  }
  return raiser;
}
