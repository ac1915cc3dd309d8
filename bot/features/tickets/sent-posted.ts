// A person sent to do the work, named after the body and post they hold (让 乡 农机站 技术员 阿古拉 明天 过来, 叫团委小韦
// 每周去一趟, 请驻村干部扎西和校医一起上门): the body and the post say who the person is; the person, named last, holds it.

import { DAY, DEADLINE_SHAPE, WEEKDAY } from './due-shape';
import { SURNAMES } from './people';

/** A word of a body or a post, typed as a word of its own (苏木, 兽医站, 包户, 党员, 技术员). */
const POST_WORD =
  /^(?:[\u4e00-\u9fa5]{0,4}(?:兽医|医生|大夫|村医|校医|党员|干部|网格员|书记|主任|委员|会计|电工|技术员|水管员|护林员|组长|队长|站长|所长|老师|社工|专干|干事)|(?:[\u4e00-\u9fa5]{0,4}(?:苏木|嘎查|乡|镇|村|站|所|局|办|队|中心|委员会|村委|居委|妇联|团委))|包户|包村|包片|包联|驻村|结对)$/;
/** Never a person's name: a pronoun, someone unnamed, a post or a body, words of the work. */
const NOT_A_NAME = /^(?:他|她|他们|她们|人|大家|有人|群众|[^\s]*的[^\s]*)$|^(?:去|来|上|到|把|给|帮|再|先|马上|尽快|一起|赶紧|每)/;

/** 让, then words of a body or post each typed alone, then the name alone, then (a day and) the going. */
const SENT_SPACED = new RegExp(
  `(?:^|[\\s，,。；;])(?:让|叫|请|喊|派|安排)\\s((?:[^\\s，,。；;]{1,6}\\s){1,3}?)([\\u4e00-\\u9fa5]{2,4})\\s(?=(?:(?:${DAY}|${WEEKDAY}|\\d{1,2}号)\\s?(?:前\\s?)?)?(?:去|过来|来|过去|上门|带|把|到|帮))`,
);
/** Glued: a post or body, then 小X/老X, or a name joined to whoever goes along (和校医), then the going. */
const SENT_GLUED = new RegExp(
  `(?:让|叫|请|喊|派)[\\u4e00-\\u9fa5]{0,6}?(?:党员|干部|网格员|兽医|村医|妇联|团委|电工|技术员|水管员|护林员|社工|专干)((?:小|老)[${SURNAMES}](?=每|去|来|过来|上门|明天|后天|[和跟])|[\\u4e00-\\u9fa5]{2}(?=[和跟同][^\\s，,。；;]{1,8}?一起))`,
);

/**
 * A person sent by surname and post, or 小X/老X, with the day said between the name and the going (我让村里钱书记周五前去
 * 现场看看, 叫组上的老何明天过来): where they are (村里, 组上的) says who they are; the day stays to be read as the due.
 */
const SENT_DAY_BETWEEN = new RegExp(
  `(?:让|叫|请|喊|派|安排)(?:村里|村上|社区|镇上|乡里|乡上|组里|组上|队里|连里|团里|厂里)?的?((?:小|老)[${SURNAMES}]|[${SURNAMES}](?:书记|主任|队长|组长|站长|所长|会计|老师|医生|大夫|师傅|连长|村长|社长|经理|委员|科长|校长|院长))\\s?(?=(?:${DEADLINE_SHAPE.source}|${DAY}|${WEEKDAY})\\s?(?:就|再|先)?(?:去|来|过去|过来|上门|到))`,
);

/** The person sent, named after their body and post, when no other reading named a holder. */
export function sentAfterPosts(text: string): string | undefined {
  const spaced = SENT_SPACED.exec(text);
  if (spaced) {
    const posts = spaced[1]!.trim().split(/\s+/);
    const name = spaced[2]!;
    if (posts.every((word) => POST_WORD.test(word)) && !POST_WORD.test(name) && !NOT_A_NAME.test(name)) return name;
  }
  const glued = SENT_GLUED.exec(text);
  if (glued && !NOT_A_NAME.test(glued[1]!)) return glued[1];
  return SENT_DAY_BETWEEN.exec(text)?.[1];
}

/** A post alone read as the holder (老师, 主任): no person; a person named after their post, if any, holds it instead. */
export const BARE_POST_READ = /^(?:经理|主任|站长|所长|队长|组长|书记|科长|院长|校长|老师|医生|网格员|专干|干部|师傅)$/;
