// The member's own errand to a named person (俺答应月底前跟农业科刘科长对接好, 我去跟王主任商量): the person is whom the
// member will talk it over with, not one made responsible; the member recording it holds the 工单.

import { DEADLINE_SHAPE } from './due-shape';

/** Talking it over or passing it up to someone: what the member does with the person, not work the person takes on. */
const TALK_OVER = '(?:对接|商量|商议|沟通|协商|汇报|请示|碰头|碰个头|碰一下|通气|通个气|说一声|讲一声|打个招呼|反映)';
/**
 * The member as the clause's subject, promising or going (我答应, 俺去, 我明天, 咱们再), then 跟/和/同 before the person:
 * never a handing word (让, 叫, 请, 交, 由), nor the thing done already (已经跟…: then the person may have promised).
 */
const MEMBER_WITH =
  /(?:^|[\s，,。；;])(?:我|俺|咱)(?:们)?(?![^\s，,。；;]*?(?:已|让|叫|请|喊|交|由|派|安排))[^\s，,。；;]{0,14}?(?:跟|和|同|找)\s*[^\s，,。；;]{0,12}$/;
/** After the person: the talking over, still to do (对接好, 商量一下, 沟通沟通), ending the clause or before a date. */
const TALK_AFTER = new RegExp(
  `^(?:同志)?\\s*(?:好好|再|先)?${TALK_OVER}(?:${TALK_OVER.slice(3, -1)})?(?:好|一下|下|一哈|清楚)?(?!了|过)(?=$|[\\s，,。；;]|${DEADLINE_SHAPE.source}|再|后|看看)`,
);

/**
 * True when the person named at `at` (to `end`) is whom the member promises or sets out to talk the matter over with
 * (我答应跟团部刘科长对接, 俺明天去和王主任商量一下): the person is not made responsible by it. A person who promises
 * (刘科长答应周五前…) or is given it (让王主任负责), or the member and staff going to do the work together (我跟调解员
 * 老锁明天一块去调解), is read as before.
 */
export function memberTalksWith(text: string, at: number, end: number): boolean {
  return MEMBER_WITH.test(text.slice(0, at)) && TALK_AFTER.test(text.slice(end));
}
