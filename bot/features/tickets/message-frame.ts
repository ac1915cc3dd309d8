// The message's frame, no field of its own: the command word, greetings and thanks, 当场解决, phone numbers, fillers,
// slang and particles, a named category; and cut, which takes a part out of the text.

import { CATEGORIES } from './category';

/** The command word, also as a tag or a title (#民情工单, 【民情工单】). */
// 明情工单, 民情公单: the command as voice input may write it.
// 记个工单, 帮我记个民情哈, 帮我登一条民情: the same asked for in a sentence.
// 工单 alone as the first word (工单 员工黄某 …), as a terse writer shortens it: the command too.
// 记 工单, 登 一条 民情: the same typed word by word, as a second-language writer leaves gaps between words.
// 民情： as a message's label (民情：三组…): the command word said short, as a title before a colon.
// 记一哈 (西南官话 says 哈 for 一下): 记一下 as 重庆 and 四川 type it.
export const COMMAND =
  /^[/#【[]?(?:[民明](?:情|请)[工公]单|民情(?=\s*[:：])|(?:帮我|给我|请)?(?:记|登|登记|录|建|开|新建|提)(?:一?个|一?条|一?件|一下)?(?:民情工单|民情|工单)[哈啊呀吧]?|(?:记|登|登记)\s(?:一?个|一?条|一下)?\s?(?:民情工单|民情|工单)(?=[\s:：,，])|工单登记|新工单|ticket|(?:麻烦(?:您|你)(?=帮|给))?(?:帮我|给我|请|麻烦)?(?:记|登记|登|录)一?(?:下|哈)(?:这个|这条|这件)?(?=[\s:：,，~～!！])|(?:帮我|给我|麻烦)(?:记|登记|录)(?=[\s:：,，])|工单(?=[\s:：,，~～!！|｜】\]-]))[】\]]?(?:\s|[:：,，~～!！|｜-])*/i;
/** A greeting said first (书记好, 各位领导好, 您好, 收到): see readDraft. */
export const GREETING =
  /^(?:(?:[\u4e00-\u9fa5]{0,4}?(?:书记|主任|领导|老师|同志|同事|大家|各位)们?)?(?:好|您好|你好|早上好|下午好|晚上好)|您好|你好|收到|好的)[，,。！!~～\s]+/;
/** Thanks said last (谢谢, 麻烦了, 辛苦了): see readDraft. */
export const THANKS =
  /(?:^|[，,。！!\s]+)(?:谢谢(?:了|啦|您|你)?|多谢|麻烦(?:了|你了|您了)|辛苦(?:了|啦|大家)?)[。！!~～]*(?=$|[\s，,。；;！!])/g;
export const SPOT = /^[/#【[]?(?:当场解决|现场解决|当场办结|spot)[】\]]?(?:\s|[:：,，])*/i;
/** 已当场解决, 当场办结了, 现场处理好了 as a clause of its own (after a gap or a pause, up to the next): see SPOT. */
export const SPOT_SAID =
  /(?<=^|[\s，,。；;:：])(?:处理(?:结果|情况)?[:：]\s*)?(?:已经?|已)?(?:当场|现场|就地)就?(?:解决|办结|处理好|处理完|解决好|办好|处理)了?(?:了)?[。！!]?(?=$|[\s，,。；;])/;
/** A mobile number as people write it: 13812345678, 138 1234 5678, 138-1234-5678, with or without 电话是. */
export const PHONE =
  /(?:(?:他|她|其)?的?(?:联系)?(?:电话|手机|座机|固话|联系方式|tel|微信|vx|wx)(?:同号)?(?:号码|号)?(?:是|为)?[:：,，]?\s*)?(?<![\d-])(?:\+?86[\s-]?)?(1[3-9]\d(?:[\s-]?\d){8}|1[3-9]\d[，,]\s?\d{4}[，,]\s?\d{4}|\(?0\d{2,3}\)?[\s-]?(?:\d{7,8}|\d{3,4}[\s-]\d{4}))(?![\d-])/i;
/** A landline without its area code (电话 8123456, 座机 8888 1234): a number only when said to be one. */
/** The same with its label after it, as a register writes it: 22908877（座机）. */
export const LOCAL_PHONE_AFTER = /(?<![\d-])(\d{7,8})(?![\d-])\s?[(（]?(?:座机|固话)[)）]?/;
export const LOCAL_PHONE = /(?:联系)?(?:电话|座机|固话)(?:号码|号)?(?:是|为)?[:：]?\s*(?<![\d-])(\d{7,8}|\d{3,4}[\s-]\d{4})(?![\d-])/;
/** Words said while thinking, in spoken or dictated messages (呃, 那个, 就是说): a pause, never a field. */
export const FILLERS = /呃|嗯|那个|然后|就是说|就是|的话|这么说吧/g;
/** Net slang said for feeling, not fact (yyds, 绝绝子, 破防了, 家人们谁懂啊): a gap, never part of the matter. */
export const NET_SLANG =
  /(?<![a-z])(?:yyds|xswl|awsl|u1s1|emo了?|xdm|orz|hhh+)(?![a-z])|绝绝子|破防了|家人们谁懂啊?|蚌埠住了|栓[qQ]|无语子|真的会谢|冲冲冲|冲鸭|哈哈哈+|(?<=^|\s)(?:家人们|集美们|宝子们)(?=\s|$)/gi;
export const ASAP_THEN_DAY =
  /(?<![a-z])asap(?![a-z])[\s,，:：]*(?=今天|明天|后天|今晚|明早|本周|这周|下周|下个?(?:周|星期|礼拜)|(?:周|星期|礼拜)[一二三四五六日天]|月底|\d)/i;
export const OFFICE_ENGLISH = /(?<![a-z])(?:asap|fyi|pls|plz)(?![a-z])/gi;
/** 陈敏 follow up, 小周 跟 follow-up: office English for 跟进, read as the word it stands for. */
export const FOLLOW_UP = /(?<![a-z])follow[\s-]?up(?![a-z])/gi;
/** Particles said while speaking; not 酒吧/网吧 nor 呢子. */
export const SOFT = /[啊呀嘛]|(?<![酒网贴氧书水])吧|呢(?![子绒])/g;
// 讲好了 两家都签了字: the parties (两家, 两边, 两户) after the word that settled it are who, not a day.
export const PROMISE_WORD =
  /(承诺(?:办结|完成|回复|办理)?(?:时间|时限|期限)|(?:答应|承诺)(?:了|好)?(?:他|她|伊|他们|她们|居民|群众|人家)?(?=\s*(?:今天|明天|后天|大后天|本|这|下|月|年|[\d一二两三四五六七八九十]|(?:周|星期|礼拜)[一二三四五六日天]))|(?:讲好|说好|约好|讲定|说定|约定)(?:了)?(?=\s*(?:今天|明天|后天|大后天|本|这|下|月|[\d一二两三四五六七八九十](?![家边户])|(?:周|星期|礼拜)[一二三四五六日天]))|承诺|(?<!低)保证(?![金书人])|答应|限期|(?:完成|办结|办理|承诺|回复)?(?:期限|时限)|时间节点|截止(?:时间|日期)?|截至|(?:啥时候|什么时候|几时)(?=[:：])|最迟|最晚|不晚于|deadline|ddl|(?:完成|办结|回复)时间|(?:争取|力争|要求|限)(?=在|于|[\d一二两三四五六七八九十本下这今明后月年周])|(?<=^|[\s，,。；;])(?:约|定|安排)在(?=\s*(?:\d{1,2}[./月]\d{1,2}|[今明后本这下]|(?:周|星期|礼拜)[一二三四五六日天])))/i;
// 类别算其他吧, 分类就归矛盾纠纷: the verb that files it and the particle after are no part of the category's name.
export const CATEGORY =
  /(?:类别|分类|类型)[:：]?\s*(?:(?:就|应该|可以)?(?:算|归|属于|属|定为|划为|划归|放)(?=[\u4e00-\u9fa5]{2}))?([\u4e00-\u9fa5]{2,6}?)(?:吧|呗|啊)?(?=类|[\s，,。；;]|$)/;
export const CATEGORY_ALONE = new RegExp(`(?<=^|[\\s，,。；;])(${CATEGORIES.join('|')})类(?=$|[\\s，,。；;])`);

/** The text with one part taken out, a gap left where it was. */
export const cut = (text: string, at: number, length: number) => `${text.slice(0, at)} ${text.slice(at + length)}`;
