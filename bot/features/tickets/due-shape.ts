// The shapes of a promised date (三天内, 下周一前, 月底前, 下个月初), shared by the date, holder and promise readings.

import { MOVING_FESTIVAL } from '../../scheduler/parse/festival';

/**
 * Deadline phrases that stand without a promise word (交给张三 本周五前, 十天内回话): only shapes that end like a
 * deadline (…前, …内, 月底), so time gone by (三天前就坏了) and durations (坏了半个月) are never read as one.
 */
export const NUM = '(?:\\d{1,3}|[零〇一二两三四五六七八九十]{1,3})';
// 10号前后 is about then, no limit (asked: see the deadline grammar); its 前 is no 前.
export const BEFORE = '(?:之前|以前|前(?!后))';
/** 三天里向 (Wu), 两个礼拜里头: within, said with 里. */
const WITHIN = '(?:之内|以内|内|里向|里头)';
/** A day said by name: 今天…大后天, and 今晚/明早/今日/明日 (今日, 明日 also as Cantonese and written speech say it). */
// 明儿, 明儿个, 后儿 (northern speech): the same days.
export const DAY = '(?:今天|明天|后天|大后天|今晚|明晚|明早|今日|明日|明儿个?|后儿个?)';
/** The end of a working day (今天下班前, 明天天黑前): that day. */
export const END_OF_DAY = '下班|收工|放工|天黑|黑天';
/** A weekday, this week's, next week's or the one after (下下周一): never read as 下周一 from its second 下. */
export const WEEKDAY = '(?<!(?<!一)下|[这本上个])(?:本|这个?|(?<!一)下下个?|下个?)?(?:周|星期|礼拜)[一二三四五六日天]';
/**
 * What is promised right after a day (明天给回话, 明天必须清完, 后天给老汉回话, 明天弄): the answer or the work, with
 * a must before it and whom it is for; never 明天去看 (a plan) nor 明天修好了 (done).
 */
const PROMISED_AFTER_DAY =
  '(?:必须|一定|务必|保证|争取|尽量|要|得|就)?(?:(?:给|帮|向)[^\\s，,。；;给]{0,4}?)?(?:给个?)?' +
  // 明天上午拉走, 后天运走: the rubbish or the wreck taken away that day is the work itself.
  // 明天打电话给他, 后天给她打个电话: calling the person back that day is the answer, as 回电 is.
  '(?:回话|回复|答复|回信|回电|打个?电话(?:给(?:他|她)们?)?|回音|覆|给信|说法|解决|清理|清走|拉走|运走|拖走|修复|落实|完成|上门(?:帮|给)(?:他|她|他们)?(?:弄|办|搞|整|修)|' +
  // 明天去调解, 后天去处理: going to do the work itself that day (not 明天去看, a look).
  '(?:去|来|上门)(?:调解|协调|处理|解决|修理?|清理|疏通|通|拖走|拉走|运走|清走)|' +
  // The work with its result (修好, 清完, 办结), or the bare verb closing the phrase (明天弄): not 明天要调回来.
  '(?:办|弄|修|搞|整|清|填|调|处理)(?:好|完|掉|妥|结|定|到位)|(?:办|弄|修|搞|整|清|填|调|处理)(?:一下)?(?=$|[\\s，,。；;！!])|' +
  // 后天把药捎回来, 周五把路灯修好: a thing done or brought by that day, not any 把 (明天把孙子送到学校).
  '把[^\\s，,。；;]{1,6}?(?:[修弄办整搞换补填清]好|处理好|处理完|[送捎带拿]回来|[拉清运]走|清理干净))(?![好完掉妥结定]?[了过])';
/**
 * The member's follow-up said after a day typed as a word of its own (明天 联系 环卫 拉走, 10号 给她 回复, 礼拜五
 * 给我回音, 下礼拜一 上门): a writer who puts a gap between words puts one between the day and the work, with a few
 * words (whom, where) between; the clause must end in a follow-up, never a look (明天 去 看看) nor what the person
 * does (明天 要 去 医院).
 */
const GAP_FOLLOW_UP =
  '\\s(?:[^\\s，,。；;！!]{1,4}\\s){0,4}?(?:[^\\s，,。；;！!]{0,4}?)' +
  '(?:联系|回复|回覆|答复|回话|回音|回信|回电|给个?说法|上门|修(?:好|理|复)?|换(?:好|掉)?|调解|疏通|拉走|拖走|清走|运走|处理|落实|问好|问清楚|问清爽|推荐|报给|对接)' +
  '(?=$|[\\s，,。；;！!])';
/** A part of this month, the next or a named one (月中, 下个月初, 上旬, 4月上旬), never one gone by. */
const MONTH_PART = `(?:(?<!上个?|去年|月|\\d)(?:(?:本|这个?|下个?|次)月|${NUM}月份?)?(?:月初|月中|上旬|中旬|下旬)|(?<!上个?|去年)(?:(?:本|这个?|下个?|次)月|${NUM}月份?)初(?![一二三四五六七八九十\\d]))`;
export const DEADLINE_SHAPE = new RegExp(
  [
    `(?:\\d{4}[-年/.])?${NUM}[月\\-/.]${NUM}[日号]?${BEFORE}`,
    `(?:本月|这个?月|下个?月)?${NUM}[日号]${BEFORE}`,
    `${WEEKDAY}${BEFORE}`,
    `(?:本|这个?|下个?)(?:周|星期|礼拜)(?:之内|以内|内|末${BEFORE}?)`,
    `(?:\\d{4}年)?${NUM}月份?(?:底|末)${BEFORE}?`,
    `(?:${NUM}|半)个?(?:工作日|天|日|周|星期|礼拜|月)${WITHIN}`,
    // 三天办结, 5个工作日答复: a span with the work finished in it; never 三天解决不了 nor 修了三天修好了.
    `(?<![了过])(?:${NUM}|半)个?(?:工作日|天|日|周|星期|礼拜|月)(?=(?:办结|办完|办好|完成|解决|处理好|处理完|答复|回复|回话|给答复|给回复|修好|落实|到位)(?![不了过]))`,
    `(?:(?:本|这个?|下个?|当)月(?:底|末)|月底|月末|(?:本|这个?)月内)${BEFORE}?`,
    `(?:本|今)?年(?:底|末)${BEFORE}?|年内`,
    `(?:${DAY}|${WEEKDAY})(?:上午|下午|中午|晚上|早上|${END_OF_DAY})${BEFORE}`,
    `${DAY}(?:${BEFORE}|${WITHIN})`,
    // 两天后回复, 一周后给答复: the answer promised a span from today; never 三天后就坏了 (no answer) nor 修了三天后修好了.
    `(?<![了过])(?:${NUM}|半)个?(?:工作日|天|日|周|星期|礼拜)(?:之后|以后|后)(?=(?:再|就)?(?:给个?)?(?:办结|办完|办好|完成|答复|回复|回话|回访|落实|到位)(?![不了过]))`,
    // 24小时内, 48小时内 (hotline and work-group templates): by the day the hours run out.
    `${NUM}个?小时${WITHIN}`,
    // 周五ddl, 3.10截止: the day, then the word that makes it the limit.
    `(?:${DAY}|${WEEKDAY}|${NUM}月${NUM}[日号]?|${NUM}[日号]|\\d{1,2}[./]\\d{1,2})(?=\\s?(?:ddl|DDL|deadline|截止|为限))`,
    `(?:周|礼拜)末${BEFORE}|(?:本|这个?|下个?)?月(?:中旬?|下旬)${BEFORE}`,
    // 月中回复, 下个月初办好, 上旬前, 4月上旬: a part of a month, with a 前, the work promised, or closing its clause;
    // not a part gone by (上个月中旬, 去年4月初).
    `${MONTH_PART}(?:${BEFORE})?(?=${PROMISED_AFTER_DAY}|$|[\\s，,。；;！!])`,
    // EOD处理完, 下班前回复 (EOD is read as 下班前: see spoken.ts): today's working day's end, with the work promised.
    `(?<![天晚早日])(?:下班|收工)${BEFORE}(?=${PROMISED_AFTER_DAY}|$|[\\s，,。；;！!])`,
    // 农历二月初二前, 腊月二十三前: a lunar day (the grammar tells it from a solar one).
    `(?:农历|阴历)?(?:正|冬|腊|十[一二]|[一二三四五六七八九十])月(?:初[一二三四五六七八九十]|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]?|[一二三四五六七八九])${BEFORE}`,
    // 0310前: month and day as four digits.
    `(?<!\\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])${BEFORE}`,
    // 到20号为止, 本周五为止: the day said with 为止 (till then).
    `(?:截止到|截至|到)?(?:${WEEKDAY}|${NUM}月${NUM}[日号]?|(?:本月|这个?月|下个?月)?${NUM}[日号]|月底|月末)为止`,
    // 清明节后上班第一天: the first working day after a festival's days off.
    `(?:${MOVING_FESTIVAL}|元旦|五一|劳动节|国庆节?)(?:假期|长假|放假)?(?:之后|以后|后)(?:上班|开工|复工|收假)?的?(?:第一天|头一天|第一个工作日)`,
    // W11, 第11周内: an ISO week, with the work promised or closing its clause.
    `(?:(?<![A-Za-z\\d])[Ww]\\d{1,2}(?!\\d)|第${NUM}周)${WITHIN}?(?=${PROMISED_AFTER_DAY}|$|[\\s，,。；;！!])`,
    // 清明前, 端午节以前, 国庆前: a festival's day (see festival.ts).
    `(?:${MOVING_FESTIVAL}|元旦|五一|劳动节|国庆节?|七一|八一)${BEFORE}`,
    // A day with the answer or the work promised right after it (明天给回话, 周五下午回复他, 15号办好); never 明天去看
    // (a plan, not a promise) nor 今天解决了 (done).
    `(?:${DAY}|${WEEKDAY}|${NUM}月${NUM}[日号]|${NUM}[日号])(?:上午|下午|中午|晚上|早上)?(?=${PROMISED_AFTER_DAY})`,
    `(?<=^|[\\s，,。；;])(?:${DAY}|${WEEKDAY}|${NUM}月${NUM}[日号]|${NUM}[日号])(?:上午|下午|中午|晚上|早上)?(?=${GAP_FOLLOW_UP})`,
  ].join('|'),
);
