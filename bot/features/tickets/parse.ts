import { wordTags } from '../../../knowledge';
import { FORWARDED } from '../../core/message';
import { DEADLINE_EXAMPLES, type DeadlineResult, parseDeadline } from '../../scheduler/parse/deadline';
import { festivalAsDate, MOVING_FESTIVAL } from '../../scheduler/parse/festival';
import { localDate } from '../../time';
import { CATEGORIES, type Category, categoryNamed, guessCategory, readCategory } from './category';
import { clausesOf, plannedDay, roledClausesOf, stepTarget, withoutClauses, withoutRoles } from './clauses';
import { readsAsName, transliterated } from './names';
import { HAMLET_END, HAMLET_WORD_AFTER, NOT_HAMLET, placeLevel, readsAsHamlet, readsAsPlaceName } from './place';
import { asTyped, withoutOfficialFrame, withoutSpokenFor, workingText } from './spoken';

export { CATEGORIES, type Category, categoryNamed, guessCategory };

/** What one recording message said; every field may be missing (the dialogue asks for it). */
export interface TicketDraft {
  raiser?: string;
  /**
   * A name read where where it ends is unsure (郑福|来说: 郑福 or 郑福来): never stored as who raised it; the dialogue
   * offers it in its question (反映人是郑福来吗？), and a yes takes it.
   */
  raiserGuess?: string;
  place?: string;
  phone?: string;
  content?: string;
  category?: Category;
  /** True when the category was named, not guessed. */
  categoryGiven?: boolean;
  /** True when the guess rests on thin or split evidence: the dialogue asks the member to confirm it. */
  categoryUnsure?: boolean;
  /** A member or branch named as responsible (责任人 张三, 由第二党支部负责). */
  holder?: string;
  /** The promised date, or why the phrase could not be read. */
  due?: string;
  dueProblem?: string;
  /** 当场解决: solved while there, with what was done. */
  onSpot?: boolean;
  /** The recorder was asked where and said they do not know (跳过): the 工单 is recorded without a place. */
  placeUnknown?: boolean;
}

export interface ParseContext {
  from: Date;
  zone: string;
}

/** The command word, also as a tag or a title (#民情工单, 【民情工单】). */
// 明情工单, 民情公单: the command as voice input may write it.
// 记个工单, 帮我记个民情哈, 帮我登一条民情: the same asked for in a sentence.
// 工单 alone as the first word (工单 员工黄某 …), as a terse writer shortens it: the command too.
// 记 工单, 登 一条 民情: the same typed word by word, as a second-language writer leaves gaps between words.
// 民情： as a message's label (民情：三组…): the command word said short, as a title before a colon.
const COMMAND =
  /^[/#【[]?(?:[民明](?:情|请)[工公]单|民情(?=\s*[:：])|(?:帮我|给我|请)?(?:记|登|登记|录|建|开|新建|提)(?:一?个|一?条|一?件|一下)?(?:民情工单|民情|工单)[哈啊呀吧]?|(?:记|登|登记)\s(?:一?个|一?条|一下)?\s?(?:民情工单|民情|工单)(?=[\s:：,，])|工单登记|新工单|ticket|(?:麻烦(?:您|你)(?=帮|给))?(?:帮我|给我|请|麻烦)?(?:记|登记|登|录)一?下(?:这个|这条|这件)?(?=[\s:：,，~～!！])|(?:帮我|给我|麻烦)(?:记|登记|录)(?=[\s:：,，])|工单(?=[\s:：,，~～!！|｜】\]-]))[】\]]?(?:\s|[:：,，~～!！|｜-])*/i;
/** A greeting said first (书记好, 各位领导好, 您好, 收到): see readDraft. */
const GREETING =
  /^(?:(?:[\u4e00-\u9fa5]{0,4}?(?:书记|主任|领导|老师|同志|同事|大家|各位)们?)?(?:好|您好|你好|早上好|下午好|晚上好)|您好|你好|收到|好的)[，,。！!~～\s]+/;
/** Thanks said last (谢谢, 麻烦了, 辛苦了): see readDraft. */
const THANKS = /(?:^|[，,。！!\s]+)(?:谢谢(?:了|啦|您|你)?|多谢|麻烦(?:了|你了|您了)|辛苦(?:了|啦|大家)?)[。！!~～]*(?=$|[\s，,。；;！!])/g;
const SPOT = /^[/#【[]?(?:当场解决|现场解决|当场办结|spot)[】\]]?(?:\s|[:：,，])*/i;
/** 已当场解决, 当场办结了, 现场处理好了 as a clause of its own (after a gap or a pause, up to the next): see SPOT. */
const SPOT_SAID =
  /(?<=^|[\s，,。；;:：])(?:处理(?:结果|情况)?[:：]\s*)?(?:已经?|已)?(?:当场|现场|就地)就?(?:解决|办结|处理好|处理完|解决好|办好|处理)了?(?:了)?[。！!]?(?=$|[\s，,。；;])/;
/** A mobile number as people write it: 13812345678, 138 1234 5678, 138-1234-5678, with or without 电话是. */
const PHONE =
  /(?:(?:他|她|其)?的?(?:联系)?(?:电话|手机|座机|固话|联系方式|tel|微信|vx|wx)(?:同号)?(?:号码|号)?(?:是|为)?[:：,，]?\s*)?(?<![\d-])(?:\+?86[\s-]?)?(1[3-9]\d(?:[\s-]?\d){8}|1[3-9]\d[，,]\s?\d{4}[，,]\s?\d{4}|\(?0\d{2,3}\)?[\s-]?(?:\d{7,8}|\d{3,4}[\s-]\d{4}))(?![\d-])/i;
/** A landline without its area code (电话 8123456, 座机 8888 1234): a number only when said to be one. */
/** The same with its label after it, as a register writes it: 22908877（座机）. */
const LOCAL_PHONE_AFTER = /(?<![\d-])(\d{7,8})(?![\d-])\s?[(（]?(?:座机|固话)[)）]?/;
const LOCAL_PHONE = /(?:联系)?(?:电话|座机|固话)(?:号码|号)?(?:是|为)?[:：]?\s*(?<![\d-])(\d{7,8}|\d{3,4}[\s-]\d{4})(?![\d-])/;
/** Words said while thinking, in spoken or dictated messages (呃, 那个, 就是说): a pause, never a field. */
const FILLERS = /呃|嗯|那个|然后|就是说|就是|的话|这么说吧/g;
/** Net slang said for feeling, not fact (yyds, 绝绝子, 破防了, 家人们谁懂啊): a gap, never part of the matter. */
const NET_SLANG =
  /(?<![a-z])(?:yyds|xswl|awsl|u1s1|emo了?|xdm|orz|hhh+)(?![a-z])|绝绝子|破防了|家人们谁懂啊?|蚌埠住了|栓[qQ]|无语子|真的会谢|冲冲冲|冲鸭|哈哈哈+|(?<=^|\s)(?:家人们|集美们|宝子们)(?=\s|$)/gi;
const ASAP_THEN_DAY =
  /(?<![a-z])asap(?![a-z])[\s,，:：]*(?=今天|明天|后天|今晚|明早|本周|这周|下周|下个?(?:周|星期|礼拜)|(?:周|星期|礼拜)[一二三四五六日天]|月底|\d)/i;
const OFFICE_ENGLISH = /(?<![a-z])(?:asap|fyi|pls|plz)(?![a-z])/gi;
/** 陈敏 follow up, 小周 跟 follow-up: office English for 跟进, read as the word it stands for. */
const FOLLOW_UP = /(?<![a-z])follow[\s-]?up(?![a-z])/gi;
/** Particles said while speaking; not 酒吧/网吧 nor 呢子. */
const SOFT = /[啊呀嘛]|(?<![酒网贴氧书水])吧|呢(?![子绒])/g;
const PROMISE_WORD =
  /(承诺(?:办结|完成|回复|办理)?(?:时间|时限|期限)|(?:答应|承诺)(?:了|好)?(?:他|她|伊|他们|她们|居民|群众|人家)?(?=\s*(?:今天|明天|后天|大后天|本|这|下|月|年|[\d一二两三四五六七八九十]|(?:周|星期|礼拜)[一二三四五六日天]))|(?:讲好|说好|约好|讲定|说定|约定)(?:了)?(?=\s*(?:今天|明天|后天|大后天|本|这|下|月|[\d一二两三四五六七八九十]|(?:周|星期|礼拜)[一二三四五六日天]))|承诺|(?<!低)保证(?![金书人])|答应|限期|(?:完成|办结|办理|承诺|回复)?(?:期限|时限)|时间节点|截止(?:时间|日期)?|截至|(?:啥时候|什么时候|几时)(?=[:：])|最迟|最晚|不晚于|deadline|ddl|(?:完成|办结|回复)时间|(?:争取|力争|要求|限)(?=在|于|[\d一二两三四五六七八九十本下这今明后月年周])|(?<=^|[\s，,。；;])(?:约|定|安排)在(?=\s*(?:\d{1,2}[./月]\d{1,2}|[今明后本这下]|(?:周|星期|礼拜)[一二三四五六日天])))/i;
const CATEGORY = /(?:类别|分类|类型)[:：]?\s*([\u4e00-\u9fa5]{2,6}?)(?=类|[\s，,。；;]|$)/;
const CATEGORY_ALONE = new RegExp(`(?<=^|[\\s，,。；;])(${CATEGORIES.join('|')})类(?=$|[\\s，,。；;])`);

/**
 * Deadline phrases that stand without a promise word (交给张三 本周五前, 十天内回话): only shapes that end like a
 * deadline (…前, …内, 月底), so time gone by (三天前就坏了) and durations (坏了半个月) are never read as one.
 */
const NUM = '(?:\\d{1,3}|[零〇一二两三四五六七八九十]{1,3})';
// 10号前后 is about then, no limit (asked: see the deadline grammar); its 前 is no 前.
const BEFORE = '(?:之前|以前|前(?!后))';
/** 三天里向 (Wu), 两个礼拜里头: within, said with 里. */
const WITHIN = '(?:之内|以内|内|里向|里头)';
/** A day said by name: 今天…大后天, and 今晚/明早/今日/明日 (今日, 明日 also as Cantonese and written speech say it). */
// 明儿, 明儿个, 后儿 (northern speech): the same days.
const DAY = '(?:今天|明天|后天|大后天|今晚|明晚|明早|今日|明日|明儿个?|后儿个?)';
/** The end of a working day (今天下班前, 明天天黑前): that day. */
const END_OF_DAY = '下班|收工|放工|天黑|黑天';
/** A weekday, this week's, next week's or the one after (下下周一): never read as 下周一 from its second 下. */
const WEEKDAY = '(?<!(?<!一)下|[这本上个])(?:本|这个?|(?<!一)下下个?|下个?)?(?:周|星期|礼拜)[一二三四五六日天]';
/**
 * What is promised right after a day (明天给回话, 明天必须清完, 后天给老汉回话, 明天弄): the answer or the work, with
 * a must before it and whom it is for; never 明天去看 (a plan) nor 明天修好了 (done).
 */
const PROMISED_AFTER_DAY =
  '(?:必须|一定|务必|保证|争取|尽量|要|得|就)?(?:(?:给|帮|向)[^\\s，,。；;给]{0,4}?)?(?:给个?)?' +
  // 明天上午拉走, 后天运走: the rubbish or the wreck taken away that day is the work itself.
  '(?:回话|回复|答复|回信|回电|回音|覆|给信|说法|解决|清理|清走|拉走|运走|拖走|修复|落实|完成|上门(?:帮|给)(?:他|她|他们)?(?:弄|办|搞|整|修)|' +
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
const DEADLINE_SHAPE = new RegExp(
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

/**
 * The clan names of the Yi (彝族) of 凉山 and 乌蒙山 most often met (吉克, 曲比, 阿苏, 沙马, 海来…): a name is the clan
 * then a given name of two characters (吉克阿牛, 海来木呷), and no Han surname's rule reads it whole.
 */
const YI_CLANS =
  '吉克|吉伍|吉木|吉尔|吉史|吉狄|吉列|曲比|曲木|曲莫|阿苏|阿西|阿约|阿尔|阿克|阿侯|阿鲁|阿力|阿说|沙马|海来|马海|俄底|俄木|勒格|日火|瓦扎|巴莫|罗洪|果基|苏呷|莫色|井曲|加拉|比曲|金古|马黑|木乃|八且|拉马|克其';
/** What follows a clan's name and is no given name: the clan's household (吉克家), a word of the clause (吉克当场调解). */
const YI_NOT_GIVEN =
  '当场|现场|当即|马上|立即|尽快|今天|明天|后天|负责|跟进|处理|调解|协调|一起|[家的他她们在是也就都又还要想去来说讲话和跟与同找反]';
/** Common surnames: a person's name starts with one (王大爷, 孙二柱, 老刘). */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝' +
  // Surnames common in the north and in Shandong (于, 闫, 侯, 邱, 亓, 逄, 鞠, 蔺), missed before.
  '于闫侯邱蔺芮冀郦訾逯扈晁鄢禹荆仝帅綦尉亓逄鞠钮贝郗郜鄂睢' +
  // Guizhou (班, 粟) and Cantonese (冼) surnames.
  '班粟冼' +
  // Common in Fujian, Guangdong and Taiwan (洪, 赖, 萧) and everywhere (傅), missed before: 请洪建华组织调解 read no one.
  '傅洪赖萧' +
  // Hui surnames of Ningxia and Gansu (海, 锁, 纳, 撒), missed before: 海秀英反映 read no one.
  '海锁纳撒' +
  // Korean surnames of 延边 (朴, 玄), missed before: 朴美玉 反映 read no one.
  '朴玄' +
  // Hui surnames of 青海 and 甘肃 (冶, 妥, 喇) and the Yao surname 盘 (湘桂粤 hills), missed before: 冶福林反映 read 福林.
  '冶妥喇盘';

/**
 * Words that start with a surname's character and are not a name (明天去看, 马上去, 高压线): never a person, so
 * neither the raiser nor the holder.
 */
const NOT_NAMES =
  '(?:今|明|后|昨|前)(?:天|日|早|晚|年|个|儿)|马上|立即|立刻|尽快|赶紧|抓紧|及时|一起|同时|上门|上面|下面|上午|下午|中午|晚上|早上|全部|全体|全村|相关|有关|关于|时候|高压|方便|安全|路灯|水管|龙头|黄色|白天|任何|管理|万一|和谐|幸福' +
  // Words a member writes after 让/请/叫 or before 负责 that start with a surname's character (让安装自来水, 请师傅来修).
  '|安装|安置|安排|申请|申报|师傅|施工|房东|房主|车主|车辆|司机|司法|全员|周边|周围|周末|高龄|农户|农民|单位|商户|商家|明白|平安|包工|路人|路过|常住|连夜|严格|花钱|金额|钱款|石头|边上|卫生|应该|时间|和好|温度|康复|简单|程序|党员|成员|解决|游客|毛病|池塘|沙子|余款|江边|田地|商量|洪水|范围|都是|易燃|文明|水电' +
  // Places around a house or a road that start with a surname's character (路口那个井盖, 房顶漏了), and words of 于/帅;
  // 车子 and 全面 (安排车子接送, 3月10号前全面检修): a thing and a manner, never whom the work is given to.
  // Words starting with the Hui surnames' characters (海边, 锁门, 纳入, 撒农药).
  '|朴素|朴实|玄关|玄机|冶炼|冶金|盘子|盘点|盘查|盘问|盘山|盘活|盘算|盘路|盘下|盘了|盘扣|喇叭|海边|海里|海鲜|海水|海上|海关|海外|海岸|海产|海带|海拔|海报|海绵|海运|锁门|锁头|锁住|锁上|锁了|锁坏|锁芯|锁着|纳入|纳税|纳凉|纳闷|撒了|撒农药|撒药|撒种|撒谎|撒网' +
  // 走访3组时有群众讲: 时 closing a time said after a place (时有, 时常) starts no name.
  '|时有|时常|时不时' +
  // 十号左右处理完: about then, said after a day (左 is a surname's character).
  '|左右' +
  // An illness or a height said after the person (潘阿婆 住7号宿舍 高血压, 高烧不退, 高空抛物): 高 starts no name there.
  '|高血|高烧|高热|高空|高温|高处' +
  '|车子|全面|全力|全程|纪检|纪委|查清|查看|查询|查明|查实|查找|查一|孙子|孙女|孙儿|孙媳|路口|路边|路上|路旁|路段|路面|河边|河里|池边|田边|田里|车库|车棚|车位|房顶|房子|房间|于是|于今|帅哥|帅气|班主任|班长|班级|班车|班子';

/** A person's name, with or without a post after it: 韩立新, 小周, 梁振华主任. */
// 黄校长, 蒙社长 (a cooperative's head), 刘院长, 张园长, 刘厂长: heads of a school, a cooperative, a clinic, a
// kindergarten, a works, who take on a matter too.
// 连长, 指导员, 排长, 场长: the posts of a 兵团 连 or a state farm (刘指导员, 马场长), as 村长 is a village's.
const POST_AFTER =
  '副?(?:主任|书记|支书|委员|组长|会计|专干|护士长|站长|所长|科长|队长|经理|民警|社工|校长|社长|院长|园长|厂长|馆长|局长|镇长|乡长|村长|连长|排长|指导员|场长)';
/**
 * Tibetan given names most often met (扎西, 次仁, 卓玛, 格桑…), one or two of them together (次仁拉姆, 扎西多吉): no Han
 * surname's rule reads them, and 格 (格桑阿妈) or 白 (白玛) would be read as a surname, cutting the name.
 */
const TIBETAN_NAMES =
  '扎西|次仁|卓玛|卓嘎|拉姆|多吉|格桑|央金|尼玛|达瓦|平措|顿珠|旦增|索朗|德吉|白玛|普布|强巴|洛桑|曲珍|益西|仁增|边巴|巴桑|米玛|琼达|群培|罗布|次旦|拉巴|贡布|扎巴|泽仁|卓嘎|措姆|德央|央宗|曲扎';
/** Words that start as a Tibetan name does and name no one: the greeting 扎西德勒, the flower 格桑花, 多吉利 (多 吉利). */
const NOT_TIBETAN_NAME = '扎西德勒|格桑花|多吉利';
const TIBETAN_NAME = `(?!${NOT_TIBETAN_NAME})(?:${TIBETAN_NAMES}){1,2}`;
// 曲比拉则, 吉克阿牛: a Yi name (see YI_CLANS) is read whole, before its clan's first character reads as a surname.
const PERSON = `(?:(?:${YI_CLANS})(?!${YI_NOT_GIVEN})[\\u4e00-\\u9fa5]{2}|(?:(?:老|小)[${SURNAMES}]|[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}?|阿(?![姨婆伯叔公嫂妈爸])[\\u4e00-\\u9fa5])(?:${POST_AFTER})?|[${SURNAMES}]${POST_AFTER})`;
/** A post after the name (黄志强副主任, 梁振华主任) is not part of it; 王主任 keeps its post, the name being the surname alone. */
// 蓝副主任 is 蓝 the deputy: 副 belongs to the post, never to the name.
const POST_AFTER_NAME = new RegExp(`^([${SURNAMES}][\\u4e00-\\u9fa5]{1,2})(?<!副)${POST_AFTER}$`);

/** A post or a body said before a person's name (网格长老周, 村委会主任李强, 社区小张); taken off by HOLDER_ROLE. */
const POST_BEFORE =
  '社区|村里|村上|村委会?|居委会?|后勤|工会|物业|[\\u4e00-\\u9fa5]{0,4}?(?:联系人|负责人|对接人)|[\\u4e00-\\u9fa5]{1,4}?(?:部|科|处|办)|[\\u4e00-\\u9fa5]{0,6}?(?:员|长|主任|主席|干部|会计|书记|支书|专干|干事|文书|电工|民警|社工|经理|管家|主管|领班|宿管)|' +
  // A cooperative (村合作社蒙社长) and a line of government work (教育口的刘老师, 民政口小李) the member belongs to.
  '[\\u4e00-\\u9fa5]{0,4}?合作社|(?:教育|民政|卫健|卫生|社保|人社|住建|城建|农业|水利|司法|政法|宣传|组织)口|' +
  // A unit or a trade before the name (驻村工作队张队长, 卫生站小杨, 村医郭晓燕).
  '[\\u4e00-\\u9fa5]{1,6}?(?:队|站|所|中心|委会|公司|厂(?!方))|[\\u4e00-\\u9fa5]{0,4}?(?:村医|医生|大夫|护士|老师|律师)|' +
  // A school or a clinic the head or the doctor works at (镇中心校李校长, 乡卫生院刘院长).
  '[\\u4e00-\\u9fa5]{0,4}?(?:中心校|学校|小学|中学|幼儿园|卫生院|医院)';
/** How the name of a unit that can hold a 工单 ends: 城管中队, 交通站, 第二党支部, 社区物业. */
const UNIT_SUFFIX = '支部|党委|委员会|村委|居委|中队|大队|站|所|办|科|局|中心|院|部|工会|公司|物业|服务队';

/**
 * A person's name right next to the promised date, then what they do (月底前何美玲去协调, 刘志强下周一前带他去,
 * 3月20号前何美玲回复): whoever is given a date to act by holds it; a raiser is never given one. Only after some of the
 * matter (see {@link MATTER_BEFORE}): 城关村 王建国 周五前给回复 … names the person first, as who raised it. Not 和, 跟,
 * 同 (surnames too) starting what follows the date (本周五前和学校联系): the member doing it with someone.
 */
const NEXT_TO_DATE = new RegExp(
  `(?:(?<=${DEADLINE_SHAPE.source})\\s*|(?:^|[\\s，,。；;])(?=${PERSON}(?:同志)?\\s*(?:${DEADLINE_SHAPE.source})))(?![和同与跟向对](?![\\u4e00-\\u9fa5]?(?:同志|\\s*(?:${DEADLINE_SHAPE.source}))))(${PERSON})(?:同志)?\\s*(?=(?:${DEADLINE_SHAPE.source})?\\s*(?:就|会|要)?(?:先)?(?:带|陪|领|去|上门|回复|回话|答复|回他|回她|给|帮|把|牵头|跟进|负责|处理|协调|协助|调解|联系|落实|核实|办|解决|修|清理|对接|沟通|反馈|督促|了解|约谈|走访|整改|上报))`,
);
const MATTER_BEFORE = /(?:[\u4e00-\u9fa5][^\u4e00-\u9fa5]*){8}/;

/**
 * The work a member of staff is named doing (HR何静对接劳务公司, 设备部梁永健 下周一前加隔音罩, 行政周建国跟): a verb
 * that starts an errand or a piece of work, with a date or a day (今天, 明天下午) allowed before it.
 */
// A single character of work never runs into 说 or 讲 (马文清说…: 清 ends the name, the verb of saying follows).
const STAFF_WORK = `(?![带把帮给装换修清查发送约][说讲])(?:跟进|组织|跟(?=\\s*(?:$|[，,。；;]|${DEADLINE_SHAPE.source}))|对接|核实|核查|联系|陪同|牵头|上门|带|把|帮|给|去(?!年|世|过)|加装?|装|换|修|清|查|整改|处理|落实|协调|调解|回复|答复|回话|安排|发|送|约|做工作|和[^\\s，,。；;]{1,6}?一起)`;
/**
 * A body or a post a workplace or a village names its staff by, before the name: those the holder patterns know
 * (POST_BEFORE), a 主管, an English abbreviation (HR, IT), or a department said without 部 (行政, 法务, 社康, 村妇联).
 */
// Never a clause that only ends in a post (投诉了物业经理, 被保安): the person's words about staff, not staff named.
const STAFF_POST = `(?![^\\s，,。；;]{0,2}(?:投诉|举报|反映|说|讲|找|骂|打|告|被))(?:${POST_BEFORE}|[\\u4e00-\\u9fa5]{0,4}?主管|[\\u4e00-\\u9fa5]{1,6}?(?:卫生站|卫生室|卫生院|服务站|服务中心|派出所|供电所|司法所|医保局|社保所)|(?<![A-Za-z])[A-Za-z]{2,4}(?=(?:老|小)?[${SURNAMES}])|(?:村|社区|镇|街道)?(?:行政|人事|财务|法务|后勤|保卫|安保|综治|信访|妇联|团委|社康|设备|调委会|保洁|市政|城管|环卫|园林|水务|供水|供电|燃气)(?:部|科|处|办|组)?)`;
/**
 * A member of staff named by post and name after some of the matter, then what they do, a date or a day between
 * (行政周建国后天前清掉, 社康林晓梅医生 明天回复, 我跟工会李红梅明天下午去调解, 已联系社区医保专干陈晓燕帮他查政策,
 * 由网格员马小军陪同): whoever is named by their post and given the work holds it. A post is what makes them staff,
 * not the person who raised it (居民, 退休教师 are roles); the matter before keeps the first person named out.
 */
const STAFF_AT_WORK = new RegExp(
  `(?:^|[\\s，,。；;]|已|已经|我|俺|咱|们|(?<=${DEADLINE_SHAPE.source}|${DAY}|${WEEKDAY}))(?:跟|和|同|联系了?|对接了?|安排了?|由|请)?\\s*(?:${STAFF_POST}的?\\s?){1,3}(?!${NOT_NAMES})(${PERSON})(?:医生|大夫|老师|护士|师傅)?` +
    // 已对接服务站孙医生，两周内上门: a pause may stand before the date the work is promised by.
    `(?=\\s*(?:[，,]\\s*(?=${DEADLINE_SHAPE.source}))?(?:(?:${DEADLINE_SHAPE.source}|${DAY}|${WEEKDAY})(?:上午|下午|中午|晚上|早上)?)?\\s*(?:就|会|要|先|再|也)?${STAFF_WORK})`,
);
/**
 * A name typed as a word of its own after the matter, then the one word that hands it over (葛某落实, 葛某跟, 葛某盯着,
 * 葛某来弄, 葛某 owner), ending the phrase or followed by the date: the terse way of naming who holds it. Not with more
 * words after it (王某 跟 他 吵架, typed word by word, is a quarrel).
 */
const NAME_THEN_HOLDS = new RegExp(
  `(?:^|[\\s，,。；;])(?:(?:这个?|此|那个?)事(?:情|儿)?(?:就|由)?)?(?:${STAFF_POST}的?\\s?){0,2}(?!${NOT_NAMES})(${PERSON})(?:同志)?\\s*(?:去|来)?(?:落实|管|跟(?:一下)?|盯(?:着|住|紧|牢)?|(?:来|去)(?:弄|办|修|搞|整)|接手|包干|认领|对接|[oO][wW][nN][eE][rR])(?=\\s*(?:$|[，,。；;]|${DEADLINE_SHAPE.source}))`,
);
/**
 * A day, then the work the one named will do on it (下周三组织两家量地, 明天带人去清, 下周一找两边家长谈, 下周一拿个方案):
 * said by a member of staff, the day is the promise (read by DAY_AFTER_HOLDER once the holder is out).
 */
const DAY_THEN_WORK = `(?:${DAY}|${WEEKDAY}|${NUM}月${NUM}[日号])(?:上午|下午|中午|晚上|早上|一早|一大早)?\\s?(?:就|会|要|再|先)?(?:过来|过去|去|来|上门|带|陪|领|找|约|组织|拿|处理|核实|对接|调解|协调)`;
/**
 * A member named by a post after the surname (黄校长, 蒙社长) or by a post before the name (保洁员老蒙), then a day
 * and the work (see {@link DAY_THEN_WORK}), after the matter: the one who will act that day holds it.
 */
const POSTED_ON_DAY = new RegExp(
  // 村完小黄校长, 学校王校长: where the head works, said before, whatever it is.
  `(?:^|[\\s，,。；;])(?:(?:${STAFF_POST})的?\\s?|[\\u4e00-\\u9fa5]{1,5}?(?=[${SURNAMES}]${POST_AFTER}))?(?!${NOT_NAMES})((?<=(?:${STAFF_POST})的?\\s?)${PERSON}|[${SURNAMES}]${POST_AFTER})(?=\\s*${DAY_THEN_WORK})`,
);
/**
 * A post said alone as the one who acts, a date or a day and the work after it (村文书本月20号前把材料报上去, 村防疫员后天
 * 上门补打, 村会计月底前核实), after the matter: the member holding that post holds it, as 交给村会计 says.
 */
const POST_ON_DATE = new RegExp(
  // Not a post asked (请书记…: no one named, as the writers judge it), nor a look said tentatively (明天去看看).
  `(?:^|[\\s，,。；;])(?![请让叫喊派由]|麻烦)((?:村|社区|镇|乡|街道)?[\\u4e00-\\u9fa5]{0,3}?(?:员|会计|文书|专干|干事|支书|主任|书记|村医))(?=\\s*(?:${DEADLINE_SHAPE.source}|(?:${DAY}|${WEEKDAY})(?:上午|下午|中午|晚上|早上)?)\\s*(?:就|会|要|先|再)?${STAFF_WORK}(?![^\\s，,。；;]{0,6}?(?:看看|瞅瞅|瞧瞧|问问|望望|看一看|问一问)))`,
);
/**
 * A name, then 说 or 表示 and a date right after it, after the matter (…楼道灯坏了 葛某说周五前修好, 社区书记魏某说下周二前
 * 安排人去): the one who gave the promise holds it; 说 goes with the name, the date stays to be read.
 */
const SAID_BY_DATE = new RegExp(
  `(?:^|[\\s，,。；;])(?:${STAFF_POST}的?\\s?){0,2}(?!${NOT_NAMES})(${PERSON})\\s*(?:说|讲|表示)(?:了)?(?:他|她)?(?:会)?\\s*(?=(?:在|于)?(?:${DEADLINE_SHAPE.source})|${DAY_THEN_WORK})`,
);
/** A post or a body typed as a word of its own, right before a holder's name (后勤 葛某): see readDraft. */
const POST_WORD_BEFORE = new RegExp(`(?<=^|[\\s，,。；;])(?:${STAFF_POST})\\s$`);
/**
 * A post and a name making up the message's last phrase, after the matter (…报修3次没人来 ddl周五 行政葛某): a terse
 * writer's way of saying who holds it, with nothing after it to be the person's words.
 */
const STAFF_LAST = new RegExp(
  `(?:^|[\\s，,。；;])(?:${STAFF_POST})\\s?(?!${NOT_NAMES})(${PERSON})(?:同志)?(?=\\s*(?:(?:${DEADLINE_SHAPE.source})\\S*)?\\s*[。！!]?\\s*$)`,
);
/** The holder after an English label (owner 葛某, PIC：葛某, assignee 葛某), as office chats write it. */
const ENGLISH_HOLDER = new RegExp(
  `(?:^|[\\s，,。；;])(?<![A-Za-z])(?:[oO][wW][nN][eE][rR]|PIC|pic|[aA]ssignee)\\s*[:：]?\\s*((?:${STAFF_POST})?(?!${NOT_NAMES})${PERSON})(?=$|[\\s，,。；;]|${DEADLINE_SHAPE.source})`,
);
/**
 * A day said first, then a person's name and the work (明天上午杨光荣去调解, 后天杨昌文带人去清): the person does the
 * work that day, so they hold it and the day is the promise. Only after some of the matter, like NEXT_TO_DATE.
 */
const HELD_DAY_SHAPE = `(?:^|[\\s，,。；;])(?:${DAY}|${WEEKDAY}|${NUM}月${NUM}[日号]|${NUM}[日号])(?:上午|下午|中午|晚上|早上)?`;
/** The day before the holder's name, found again once the name is read (see DAY_THEN_PERSON). */
const HELD_DAY = new RegExp(`(${HELD_DAY_SHAPE.replace('(?:^|[\\s，,。；;])', '')})$`);
const DAY_THEN_PERSON = new RegExp(
  `(?<=${HELD_DAY_SHAPE})(${PERSON})(?=\\s*(?:就|会|要|先)?(?:去|来|带|把|牵头|上门|回复|答复|回话|联系|调解|协调|处理|核实|落实|跟进|和[^\\s，,。；;]{1,6}?一起))`,
);

/**
 * 孙建平答应月底前修好, 孙建平答应了 月底前给回话: a person who promised a date holds it. The raiser's own promise is
 * passed over by the caller (a name said before in the message), and so are kin names (王大爷答应…), who raise matters.
 */
const PROMISED_BY = new RegExp(
  `(?:^|[\\s，,。；;])(${PERSON})\\s*(?:已经?|也|都)?(?=(?:答应|承诺)(?:了)?[\\s，,]*(?:在|于)?(?:${DEADLINE_SHAPE.source}))`,
);
/**
 * 物业经理 许立新 已经答应 月底以前…, 物业保洁主管孟丽答应这周每天加扫一遍, 教育口的刘老师答应15号前回复: a person named
 * with a post who has promised the work holds it, whatever follows (a body alone, 物业 答应, names no one). Called by
 * kin words (刘老师, 王医生), they are still staff: the post before says so.
 */
const POSTED_PROMISE = new RegExp(
  `(?:^|[\\s，,。；;])(?:${STAFF_POST})的?\\s?(?!${NOT_NAMES})(${PERSON})\\s*(?:已经?|也|都)?(?=(?:答应|同意|承诺)(?:了)?\\s*(?:${DEADLINE_SHAPE.source}|[\\s，,]|(?:这|本|下|每|今|明|后|\\d)))`,
);
/** Who is made responsible: 责任人 李四, 交给老周调解, 由第二党支部负责, 让王芳同志负责一下, 张三负责. */
const HOLDER_END =
  // 交给王芳了: the 了 closing the handing over.
  `(?=同志|了(?=$|[\\s，,。；;！!])|负责|给(?![你我])|问|找|办(?![小老]?[${SURNAMES}]|阿)|整|弄|搞|(?<!城)管(?!理|员|家|道|子|护)|盯|跟(?!进)|督促|催|处理|跟进|落实|去|来|调解|对接|协调|联系|帮|核实|解决|吧|嘛|呢|承诺|时限|期限|时间|电话|手机|地点|地址|反映|(?<=[\\u4e00-\\u9fa5])(?![sS][iI][rR])[a-zA-Z]|[\\s，,。；;！!）)]|$|[\\d一二两三四五六七八九十月年]|` +
  // A day starting right after the name (交给韩春明天去, 让小李下周一前): not a name's last character (韩春明去问).
  '[本这下](?=周|个|月|星期|礼拜|年|两|几|午|下|[一二三四五六七八九十\\d])|明(?=天|早|晚|日|儿|个)|今(?=天|晚|日|儿|个|年)|后(?=天|日|儿|个))';
/** What goes with the name and is not the matter: 同志, 负责, 办. */
// 去跟 ending the phrase (交给孟和去跟): the holder following it up.
const HOLDER_TAIL = '(?:同志)?(?:(?:去|来)?(?:负责办理|负责|办理|办|处理|跟进|落实|跟(?=$|[\\s，,。；;！!])))?(?:一下)?';
/**
 * 俺跟组织委员于秀梅说了由她负责, 已经跟保洁队长吴师傅讲了 三天内清掉: a person the member has told, then given the
 * work or a date, holds it (a body told, 跟物业说了, names no one).
 */
const TOLD = new RegExp(
  `(?:^|[\\s，,。；;]|已|已经|我|俺|咱)(?:回[\\u4e00-\\u9fa5]{1,3}?)?(?:跟|和|同)((?:(?:${POST_BEFORE})的?){1,2}(?!${NOT_NAMES})${PERSON}|[${SURNAMES}]${POST_AFTER})(?:说|讲|交代|打了招呼)(?:了|好了|过了)(?=\\s*(?:由(?:他|她)负责|(?:(?:他|她)(?:说|讲|答应)(?:了)?\\s*)?(?:${DEADLINE_SHAPE.source})))`,
);
/**
 * 打了社区网格员小林电话 他说下周三前报修好, 给物业王经理打了电话 她答应月底前: a member the member phoned, who then
 * promised a date, holds it, as one told in person does (see {@link TOLD}).
 */
const CALLED = new RegExp(
  `(?:^|[\\s，,。；;]|已|已经|我|俺|咱)(?:打了|打过|给)((?:(?:${POST_BEFORE})的?){1,2}(?!${NOT_NAMES})${PERSON}|[${SURNAMES}]${POST_AFTER})(?:的)?(?:打了|打过)?(?:个)?电话\\s*(?:(?:他|她)(?:说|讲|答应)(?:了)?\\s*)?(?=${DEADLINE_SHAPE.source})`,
);
/** A word, then 负责/跟进 ending the clause (张三负责, 斯琴 跟进): the word holds it if it reads as a person or a post. */
const NAME_THEN_HOLDS_ALONE =
  // 王芳那边跟进: the member's side (那边) is no part of the name.
  /(?:^|[\s，,。；;])(?:请|让|由|叫|喊|安排|派|麻烦|拜托)?([^\s，,。；;：:]{2,10}?)(?:同志)?\s*(?:那边|这边)?(?:负责跟进|负责办理|负责|跟进)(?=$|[\s，,。；;])/;
/**
 * A name with no Han surname's shape at a phrase start, then the work, a day allowed between (额尔敦负责调解, 苏和后天去看,
 * 其木格去旗医保局问): last of all, and only when jieba reads the word as a name ({@link unshapedName}) and some of the
 * matter came before it.
 */
/** The office a member of staff works at, with 的, before the name (市场管理所的, 社保所的). */
const OFFICE_OF = '[\\u4e00-\\u9fa5]{1,8}?(?:所|站|局|中心|办|科|队)的';
const UNSHAPED_AT_WORK = new RegExp(
  // 环境卫生这个事情其其格管: what the work is about and 这个事情 may come first in the phrase.
  // 市场管理所的帕尔哈提负责, (3月20日前)社保所的迪丽努尔给他回复: the office they work at, with 的, before the name.
  `(?:(?:^|[\\s，,。；;])(?:[\\u4e00-\\u9fa5]{0,6}?(?:这个?|此|那个?)件?事(?:情|儿)?(?:就|由)?)?(?:${OFFICE_OF})?|(?<=(?:${DEADLINE_SHAPE.source})\\s?)${OFFICE_OF})([\\u4e00-\\u9fa5]{2,6}?)\\s*(?:(?:负责(?!人|的|不|没|任)(?:调解|处理|协调|落实|办理)?|跟进|跟(?:一下)?(?=\\s*(?:$|[，,。；;]|${DEADLINE_SHAPE.source})))(?=[\\s，,。；;]|$|报|上报|去|联系|对接|核实|问|找)|(?=(?:今天|明天|后天|马上|尽快|${DEADLINE_SHAPE.source})?\\s?(?:管(?=[\\s，,。；;]|$)|去(?!年|世|过)|来(?=办|弄|修|看|处理)|联系|带|调解|协调|核实|对接|落实|修|给(?:他|她)(?:们)?(?:回复|答复|回话|回电))))`,
);
/**
 * A name with no Han surname's shape, posts allowed before it, handed the work (已安排党员志愿者其木格陪同…, 让阿依古丽去
 * 核实): read only when, the posts off, the word reads as such a name.
 */
const UNSHAPED_HANDED =
  /(?:请|让|安排了?|派|指派|委托|由(?!于)|交给)\s*([\u4e00-\u9fa5]{2,14}?)(?:同志)?\s*(?=(?:今天|明天|后天|马上|尽快|先|再)*(?:陪同|陪|去|负责|跟进|联系|上门|带|核实|协调|调解|对接|处理|办理))/;
/**
 * A name with no Han surname's shape at a phrase start (乌云, 阿卜杜·热合曼), then a promise of a date or a day to come
 * (乌云答应周五前修好, 热合曼说明天来): held as PROMISED_BY and SAID_BY_DATE hold a Han name, when the word reads as a name.
 */
const UNSHAPED_PROMISED = new RegExp(
  `(?:^|[\\s，,。；;])([\\u4e00-\\u9fa5]{2,6}?(?:·[\\u4e00-\\u9fa5]{2,8}?)?)\\s*(?:已经?|也|都)?(?:(?:说|讲)(?:了)?(?:他|她)?(?:会)?\\s*(?=(?:在|于)?(?:${DEADLINE_SHAPE.source}))|(?=(?:答应|承诺)(?:了)?[\\s，,]*(?:在|于)?(?:${DEADLINE_SHAPE.source})))`,
);
/** An office, then a full name and a post (物业管理处林德胜经理): the name holds it, see readDraft. */
const HOLDER_IN_OFFICE = new RegExp(
  `^[\\u4e00-\\u9fa5]{1,8}?(?:处|${UNIT_SUFFIX})([${SURNAMES}][\\u4e00-\\u9fa5]{1,2}?)(?:经理|主任|站长|所长|科长|队长|主管)$`,
);
/** A trade or an office, then 的, before the one who holds it (环卫的老陈, 物业的王师傅): see readDraft. */
const HOLDER_OF_TRADE = new RegExp(`^[\\u4e00-\\u9fa5]{1,6}?的(?=(?:${PERSON})$)`);
const HOLDER_PATTERNS = [
  // 由党员郭文斌负责跟进: a person made responsible outright, whatever body it was passed to before (已转村两委处理).
  // 由党员刘明结对帮扶: paired with the household to help it, as the poverty work says.
  new RegExp(`由\\s*((?:(?:${POST_BEFORE})的?){0,2}(?!${NOT_NAMES})${PERSON})(?:同志)?\\s*(?:负责|跟进|牵头|承办|结对(?:帮扶)?|帮扶|包保)`),
  TOLD,
  CALLED,
  // 报给社区周主任: a person it is reported to, by post and name (报给城建, a body, names no one).
  new RegExp(`(?:报给|上报给|反映给)\\s*((?:(?:${POST_BEFORE})的?){0,2}(?!${NOT_NAMES})${PERSON})${HOLDER_END}`),
  // 已拉社区调解员张姐介入, 请物业王经理出面: a member of staff brought in to act, by post and name.
  new RegExp(`(?:拉|请|找)\\s*((?:(?:${POST_BEFORE})的?){1,2}(?!${NOT_NAMES})${PERSON})(?:同志)?\\s*(?:介入|参与|出面)`),
  // 已经跟城管中队刘队拉通, 跟环境专管员小冯对齐了 (office words for agreed with): the staff the work was settled with.
  new RegExp(
    `(?:跟|和|与|同)\\s*((?:(?:${POST_BEFORE})的?){1,2}(?!${NOT_NAMES})${PERSON})(?:同志)?\\s*(?:拉通|对齐|对好|说好|讲好|商量好|沟通好)了?(?=$|[\\s，,。；;])`,
  ),
  // 已报镇环保办林主任: reported to a member of staff by post and name, who answers it.
  new RegExp(`(?:已经?|并)(?:上)?报(?:给)?\\s*((?:(?:${POST_BEFORE})的?){1,2}(?!${NOT_NAMES})${PERSON})${HOLDER_END}`),
  // A form's label for who follows it up (跟进：蒋红, 包抓人：王建军), the name as written, after the body they work in
  // (跟进：工会何姐).
  new RegExp(
    `(?:^|[\\s，,。；;])(?:跟进人?|包抓人?|包联人|包保人|包户(?:干部|人)?|承办|经办|负责|责任|处理|办理|落实人?|对接人|谁跟进?|谁负责|谁来跟|谁办)\\s*[:：]\\s*(?:[\\u4e00-\\u9fa5]{0,4}?(?:员|长|主任|书记|委员|干部|专干|干事|社工)\\s|[\\u4e00-\\u9fa5]{0,4}?(?:员|主任|书记|委员|干部|专干|干事|社工|部|科|办|站|所|工会|妇联|团委|工委)(?=(?:老|小)[${SURNAMES}]|[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}(?:$|[\\s，,。；;])))?((?:老|小)[${SURNAMES}]|[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}?)(?=$|[\\s，,。；;])`,
  ),
  // A post, then the name: 责任人 驻村第一书记 刘洋, 责任人村委副主任郑军.
  new RegExp(
    `(?:责任人|负责人|承办人|经办人|处理人|办理人)[\\s:：]*[^\\s，,。；;：:]{1,8}?(?:书记|主任|委员|干部|会计|员|长)\\s*((?:老|小)?[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}?)${HOLDER_END}${HOLDER_TAIL}`,
  ),
  new RegExp(
    `(?:责任人|负责人|承办人|经办人|处理人|办理人|落实人|督办人|跟进人|包抓人|包抓干部|包联干部|包联人|包联|包保人|包村干部|包片干部|包户干部|包户人|包户|包村|包片|谁负责|(?<=^|[\\s，,。；;\\-])负责(?=\\s*[:：]))[\\s:：,，]*(?:的?就定|的?就是|就|定为|定|的?是|为|由)?[\\s:：]*([^\\s，,。；;：:]{2,10}?)${HOLDER_END}${HOLDER_TAIL}`,
  ),
  // An @-mention with the word that hands it over: @冯国栋 跟, @何婉婷 跟进.
  /@\s*([^\s@，,。；;：:]{2,10}?)\s*(?:同志)?\s*[，,]?\s*(?:你|您|侬)?(?:先|再|就|去)?(?:跟进|跟|负责|处理|办理|落实|核实|对接|协调|去办|办|了解|看看|问问|联系)/,
  new RegExp(
    // 转交通警大队 is 转 to the traffic police, not 转交 to 通警大队.
    `(?:交给|交由|转给|转交(?!通)|转至|已经?转(?!交通|给|交|至|到)|交办给?|指派给?|指定给?|派给|分给|分派给)\\s*([^\\s，,。；;：:]{2,10}?)${HOLDER_END}${HOLDER_TAIL}`,
  ),
  /交\s*([^\s，,。；;：:给由]{2,10}?)(?:同志)?\s*(?:负责办理|负责|办理|办|处理|跟进|跟|落实)/,
  // 交 standing alone as a word: 交 李老师 下周三前.
  /(?:^|[\s，,])交\s+([^\s，,。；;：:]{2,10})(?=$|[\s，,。；;])/,
  // 交 at the start of a phrase, to a person (with or without a post before) or a unit, and nothing after it:
  // 交村委会主任李强, 交城管中队. Other words starting with 交 (交通, 交费) are not a holder.
  new RegExp(
    `(?:^|[\\s，,。；;])(?:转交(?!通)|转(?:给|到|至)?|交)(?:给|由)?\\s*((?:${POST_BEFORE})?${PERSON}|(?=[\\u4e00-\\u9fa5]{2})[\\u4e00-\\u9fa5]{0,8}?(?:${UNIT_SUFFIX}))(?=$|[\\s，,。；;])`,
  ),
  // 转 at the start of a phrase, to whoever handles it: 转第三党支部处理, 转 城管 跟进.
  /(?:^|[\s，,。；;])(?:转到|转给|转交(?!通)|转)\s*([^\s，,。；;：:]{2,10}?)(?:同志)?\s*(?:处理|办理|负责|跟进|落实|调解|协调|核实|对接(?!人))/,
  // A day between the name and the work (让刘芳明天去协调) is left to be read as the promised date.
  /(?:由|让)\s*([^\s，,。；;：:]{2,10}?)(?:同志)?\s*(?:尽快|马上|立即|立刻|赶紧|抓紧|及时|就)*(?:去|来)?(?:负责|办理|处理|跟进|落实|牵头|承办|督办|对接(?!人)|协调(?!员)|核实)/,
  NAME_THEN_HOLDS_ALONE,
  // A person asked or sent to do it (请张卫东去做工作, 安排小李上门), or a person's name then 负责/跟进/牵头 and the task
  // (韩立新负责调解, 何婉婷跟进): only a name shaped like a person's, as these words also run inside the matter.
  new RegExp(
    // 叫/喊 glued to the name only: 狗天天叫 李四… is a dog barking, then a name.
    // 已交支部委员张海军联系物业: 交 after 已, to a post and a name, then the work.
    `(?:(?:请|让|安排|派|指派|委托|拜托|麻烦|由(?!于)|(?<=已|已经)交)\\s*|喊|叫)((?:(?:${POST_BEFORE})的?){0,2}(?!${NOT_NAMES})${PERSON})(?:同志)?\\s*(?=(?:今天|明天|后天|今晚|${WEEKDAY}|马上|立即|尽快|赶紧|上午|下午|中午|晚上|早上|一早|一大早|每天|天天|每周)*就?给?(?:过去|过来|去|来|带|拿|帮忙|帮|问|负责|跟进|处理|协调|协助|调解|落实|核实|对接|上门|会同|牵头|陪同|做|作|盯|督促|催|管|看|瞅|瞧|望|联系|通知|找|查|和|跟|同|与|一起|一块|办|补办|弄|修|整|搞|换|送|填|清|解释|讲解|说明|回复|回覆|答复|回话|回电)|(?:在|于)?(?:${DEADLINE_SHAPE.source}))`,
  ),
  new RegExp(
    // 去倾 (Cantonese: go and talk it over), 去做工作, 去沟通: going to talk the parties round is the work too.
    `(?:^|[\\s，,。；;])(${PERSON})(?:同志)?\\s*(?:负责(?!人|的|不|没|任)|跟进|牵头|包联|承办|督办|(?:来|去)(?:办|处理|跟进|落实|核实|调解|协调|对接|倾|沟通|做工作|谈))`,
  ),
  NEXT_TO_DATE,
  POSTED_PROMISE,
  PROMISED_BY,
  // A post then a name at a phrase start, then the work (村会计张红核实): a member named by post and name.
  new RegExp(
    `(?:^|[\\s，,。；;])((?:${POST_BEFORE})的?${PERSON})(?:同志)?\\s*(?:今天|明天|马上|尽快)*(?:去|来)?(?:负责(?!人|的|不|没|任)|跟进|处理|核实|调解|协调|对接|落实|办理)`,
  ),
  STAFF_AT_WORK,
  DAY_THEN_PERSON,
  POSTED_ON_DAY,
  NAME_THEN_HOLDS,
  ENGLISH_HOLDER,
  SAID_BY_DATE,
  STAFF_LAST,
  POST_ON_DATE,
  UNSHAPED_HANDED,
  UNSHAPED_AT_WORK,
  UNSHAPED_PROMISED,
];
/** The verb of saying right before a phrase: what follows is the person's words. */
const SAID_BEFORE = /(?:反映|投诉|举报|说|讲|称)[\s，,:：]*$/;
const UNSHAPED_AT_WORK_ALL = new RegExp(UNSHAPED_AT_WORK.source, 'g');
/** The first match of {@link UNSHAPED_AT_WORK} whose word reads as a name with no Han surname's shape. */
function firstUnshapedAtWork(text: string): RegExpExecArray | null {
  for (const found of text.matchAll(UNSHAPED_AT_WORK_ALL)) {
    const name = found[1]!.replace(/^(?:这个?|此|那个?)(?:件)?事(?:情|儿)?(?:就|由)?(?=.)/, '');
    if (
      unshapedName(name) &&
      (!CLAUSE_WORDS.test(name) || transliterated(name)) &&
      !/^(?:俺|我|咱|他|她|你|领|帮|给|把|带)|[过回上下出进]$/.test(name) &&
      MATTER_BEFORE.test(text.slice(0, found.index))
    )
      return found as RegExpExecArray;
  }
  return null;
}
/** Patterns that read a holder only after some of the matter: before it, the first name is who raised it. */
const AFTER_MATTER: RegExp[] = [
  NEXT_TO_DATE,
  STAFF_AT_WORK,
  DAY_THEN_PERSON,
  POSTED_ON_DAY,
  NAME_THEN_HOLDS,
  SAID_BY_DATE,
  STAFF_LAST,
  POST_ON_DATE,
];
/**
 * An errand that says only how the holder goes about it, whatever the matter (去看一下, 上门了解情况, 去他家里问清楚,
 * 盯到): taken out with the holder. One that names the work (去修路灯, 去清理垃圾) stays: it may be all the matter said.
 */
const ERRAND = new RegExp(
  // 让小王跟进一下: the 一下 left after the verb taken out with the holder.
  `^\\s*一下(?=$|[\\s，,。；;]|${DEADLINE_SHAPE.source})|^\\s*(?:今天|明天|后天|马上|立即|尽快|赶紧)?就?(?:去|来|上门|到)?(?:帮忙|帮着)?(?:他|她|他们|她们)?(?:家里?|屋头|屋里|那里|那儿|那边|现场)?` +
    '(?:盯到|盯着|盯紧|盯住|盯牢|盯|跟到|跟着|看一?看|看|瞅一?瞅|瞅一眼|瞧一?瞧|望一?望|问一?问|问清楚|问|查一?查|查清楚|了解(?:清楚|情况)?|协调|沟通|倾|解释|对接|跟进|核实(?:情况)?|处理|调解(?:调解)?|跟)(?:一?下)?' +
    // …去瞅瞅明天之前, run on as voice input writes it: the errand ends where the date begins.
    `(?=$|[\\s，,。；;]|${DEADLINE_SHAPE.source})` +
    // 给解释解释政策, 回复, 回他: the answer the holder gives; 带他去人社局问清楚: the person taken along to ask. Never
    // with a day before it (明天回话 is the promise, read as the date).
    '|^\\s*(?:给?解释(?:解释)?(?:政策|清楚)?|给?(?:回复|回覆|答复|回话)(?:他|她|他们)?|回(?:他|她)(?:们)?|' +
    '(?:带|陪|领)(?:他|她)(?:们)?(?:去|到)?(?:[^\\s，,。；;]{1,6}?(?:问清楚|问一?问|办|了解(?:清楚|情况)?))?)' +
    `(?=$|[\\s，,。；;]|${DEADLINE_SHAPE.source})`,
);
/**
 * A day right after the holder's name (or its 负责), then what they will do on it (后天去看, 明天去看看, 明天带她去苏木办,
 * 明天上门, 下周一组织两家调解): see readDraft. A look, tentative or not, is the day they follow it up (see plannedDay).
 */
const DAY_AFTER_HOLDER = new RegExp(
  // 交给调解员孙秀兰，下周一把两边叫一块: after a pause too.
  `^[\\s，,]*(?:负责|跟进)?\\s*(${DAY}|${WEEKDAY}|${NUM}月${NUM}[日号])(?:上午|下午|中午|晚上|早上|一早|一大早)?(?=\\s?(?:就|会|要|再|先)?(?:去|来|上门|带|陪|领|派|到|给|帮|把|联系|过去|过来|送|找|约|组织|拿|处理|办|修|看|核实|对接|调解|协调))`,
);
/**
 * The day the holder said, right after the name (派出所赵警官说明天调监控, 刘主任讲下周一过来): whatever they said they
 * would do that day, the day is their promise.
 */
const DAY_SAID_BY_HOLDER = new RegExp(
  `^\\s*(?:说|讲|答应|回话说)了?\\s?(${DAY}|${WEEKDAY})(?:上午|下午|中午|晚上|早上|一早|一大早)?(?=\\s?[\\u4e00-\\u9fa5])`,
);
/** 在 or 于 before the promised date, right after the holder's name (请孙建平在月底前回复). */
const BY_DATE = new RegExp(`^\\s*(?:在|于)(?=(?:${DEADLINE_SHAPE.source}))`);
/** A post glued after a body handed the 工单, before the person's name (村委调解员李芳): see readDraft. */
const BODY_POST_THEN =
  /^[\u4e00-\u9fa5]{0,4}?(?:调解员|网格员|专干|干事|干部|主任|书记|会计|民警|社工|医生|大夫|老师|队长|组长|站长|所长|科长)(?=[\u4e00-\u9fa5])/;
/** A promised date said first in what follows a holder's name (林建华下周二前带她去). */
const DATED = new RegExp(`^\\s*(?:${DEADLINE_SHAPE.source})`);
/** A post before a person's name (社区安全员王亮, 村委副主任郑军): the name is what finds the member. */
const HOLDER_ROLE = new RegExp(
  // 石门村村委李主任, 东街社区王书记: the named village's committee or the community before the post and name.
  `^(?:(?:[\\u4e00-\\u9fa5]{1,6}?(?:村村委会?|村委会?|社区居委会?|社区)|社区|村里|村上|村委会?|居委会?|后勤|工会|物业|[\\u4e00-\\u9fa5]{0,4}?(?:联系人|负责人|对接人)|[\\u4e00-\\u9fa5]{1,4}?(?:部|科|处|办|站|所|局|中心|院|室|队|委会|公司)|[\\u4e00-\\u9fa5]{0,4}?(?:学校|小学|中学|幼儿园|医院)|[\\u4e00-\\u9fa5]{0,6}?(?:员|长|主任|委员|干部|会计|书记|支书|主席|专干|干事|文书|电工|民警|社工|经理|管家|主管|领班|宿管|村医|医生|大夫|护士|老师|律师)|党员)的?)+(?=(?:老|小)?[${SURNAMES}](?:[\\u4e00-\\u9fa5]{0,2}|sir|${POST_AFTER})$|阿[\\u4e00-\\u9fa5]$)`,
);
const UNIT_ONLY = new RegExp(`^[\\u4e00-\\u9fa5\\d]{0,8}(?:${UNIT_SUFFIX})$`);
/** A holder named by a post or a body, not a person (村会计, 物业经理, 城管, 民政办). */
const BODY_OR_POST = new RegExp(
  `(?:员|长|主任|书记|支书|会计|干部|专干|干事|文书|电工|民警|社工|经理|管家|委员|医生|村医|老师|律师|师傅|志愿者|者|组|团|队|班子|[sS][iI][rR]|${UNIT_SUFFIX}|委|会)$|^(?:物业|城管|民政|社区|村里|村委|居委|街道|派出所|司法所|供电|水务|燃气|住建|交警|环卫|卫健|医保|社保|人社|教育|妇联|团委|残联|工会|调委会|两委|村两委|网格)[\\u4e00-\\u9fa5]{0,2}$`,
);
/** A party organisation, which may hold a 工单 as a member does (第二党支部, 村党委). */
const PARTY_ORG = /(?:支部|党委|党总支|党小组|党组)$/;
/** A body, not a person (物业, 社区, 村委, 城管中队, 民政办): see {@link BODY_OR_POST}, without the posts. */
const isBody = (name: string) =>
  UNIT_ONLY.test(name) ||
  (/^(?:物业|城管|民政|社区|村里|村委|居委|街道|派出所|司法所|供电|水务|燃气|住建|交警|环卫|卫健|医保|社保|人社|教育|妇联|团委|残联|工会|调委会|两委|村两委|网格|业委会|居委会|村委会|物业公司)[\u4e00-\u9fa5]{0,2}$/.test(
    name,
  ) &&
    !/(?:员|长|主任|书记|经理|会计|干部|师傅)$/.test(name));
/** A post in brackets right after a person's name, before the work (王芳(网格员)跟进). */
const POST_IN_BRACKETS = new RegExp(
  `(${PERSON})\\s*\\((?:[\\u4e00-\\u9fa5]{0,6}?(?:员|长|主任|书记|支书|委员|干部|会计|专干|干事|社工|民警)|党员)\\)(?=\\s*(?:同志)?\\s*(?:负责|跟进|处理|办理|落实|牵头|包联|对接|协调|调解|核实|$|[\\s，,。；;]))`,
  'g',
);
/** The same said without brackets, glued or typed apart (葛某 网格员 跟进, 葛某网格员负责): the name is who holds it. */
const POST_AFTER_THEN_WORK = new RegExp(
  `(?<=^|[\\s，,。；;])(${PERSON})\\s?(?:网格员|网格长|专干|干事|社工|民警|委员|志愿者|老?党员)(?=\\s?(?:同志)?\\s*(?:负责|跟进|处理|办理|落实|牵头|对接|协调|调解|核实|跟(?=\\s|$))(?![了过]))`,
  'g',
);
/** A post or a body typed as a word of its own (调解员, 副主任, 党员) between the handing word and the name. */
const SPACED_POST = new RegExp(
  `^(?:[\\u4e00-\\u9fa5]{0,6}?(?:员|长|主任|书记|委员|干部|会计|专干|干事|经理|社工)|老?党员|${UNIT_SUFFIX})$`,
);
/**
 * The name after a post or a body a holder pattern took (交给 调解员 党员 马玉兰 处理): more posts may come between,
 * each a word of its own; the name is a person's (马玉兰) or one with no Han surname's shape (古丽米拉, 阿娜尔), and
 * ends at a gap, a pause or the work (落实, 跟进). Returns the name and how far it runs.
 */
function nameAfterPosts(after: string): { name: string; length: number } | undefined {
  let at = 0;
  for (let posts = 0; posts <= 3; posts++) {
    // Each word after a gap; the name's may be glued to the work (马玉兰处理) or to 去 with an errand after it.
    const word = /^\s([^\s，,。；;：:]+?)(?=$|[\s，,。；;！!]|(?:负责|处理|跟进|落实)|去(?![\s，,。；;！!]|$))/.exec(after.slice(at));
    if (!word) return undefined;
    const token = word[1]!;
    if (SPACED_POST.test(token)) {
      at += word[0].length;
      continue;
    }
    if (!PERSON_ONLY.test(token) && nameAt(token) !== token && !unshapedName(token)) return undefined;
    if (NOT_A_HOLDER.test(token) || KIN_NAME.test(token) || UNSHAPED_NOT.test(token) || DEADLINE_SHAPE.test(token)) return undefined;
    const tail = new RegExp(`^\\s?${HOLDER_TAIL}`).exec(after.slice(at + word[0].length))?.[0] ?? '';
    return { name: token, length: at + word[0].length + tail.length };
  }
  return undefined;
}
/** Words that hand the 工单 to whoever follows them: see readDraft. */
const HANDED_OUTRIGHT = /交给|交由|转给|转交|指派|指定|委托|包联|包抓|责任人|负责人|跟进人/;
/** A post said before a name with no Han surname's shape (嘎查达, 嘎查长, 网格员, 支部委员): see readDraft. */
const POST_BEFORE_UNSHAPED =
  /^(?:嘎查达|嘎查长|苏木达|志愿者|[\u4e00-\u9fa5]{0,4}?(?:员|长|主任|委员|干部|书记|支书|会计|专干|干事))+(?=[\u4e00-\u9fa5]{2,})/;
/** Where a member of staff works, said with 的 before the post and name (乡上的, 乡卫生院的): see unshapedWithPosts. */
const WORKS_AT = /^[\u4e00-\u9fa5]{1,8}?的(?=[\u4e00-\u9fa5]{2})/;
/** Posts said before a name with no Han surname's shape beyond POST_BEFORE_UNSHAPED's (电工, 村医, 护士, 老师). */
const TRADE_BEFORE_UNSHAPED =
  /^(?:[\u4e00-\u9fa5]{0,4}?(?:电工|村医|医生|大夫|护士|老师|干部|社长|组长|站长|院长|所长))+(?=[\u4e00-\u9fa5]{2,})/;
/**
 * A holder read with the office or the post around a name of no Han surname's shape (乡上的电工索南, 乡农牧站的扎西站长,
 * 村医才让): the name, when what is left reads as one ({@link unshapedName}); else undefined, and the reading stands.
 */
function unshapedWithPosts(name: string): string | undefined {
  let rest = name.replace(WORKS_AT, '');
  rest = rest.replace(POST_BEFORE_UNSHAPED, '').replace(TRADE_BEFORE_UNSHAPED, '');
  rest = rest.replace(new RegExp(`(?<=[\\u4e00-\\u9fa5]{2})${POST_AFTER}$`), '');
  return rest !== name && rest.length >= 2 && unshapedName(rest) ? rest : undefined;
}
const CLAUSE_WORDS = /[了吗说讲坏吵差动打没很都也还就是\d]/;
const RECORDER = /^(?:我|俺|咱|本人|自己)(?:们)?(?:自己|这边|这里|这头)?(?:来)?$/;
const PERSON_ONLY = new RegExp(`^(?:${PERSON})$`);
/**
 * A name run on from the matter before 负责/跟进 (…差点动手韩立新负责调解, …臭得很小周负责), as dictation writes it
 * without a pause: the name is where a surname starts after a character that is not one. When that cannot be told
 * (修路周强: 路周强 or 周强? 张卫东: 卫 is a surname too) no holder is read.
 */
function gluedHolder(text: string): { name: string; index: number; length: number } | undefined {
  const isSurname = (c: string | undefined) => c !== undefined && SURNAMES.includes(c);
  // Not 负责的那片果园, 负责不到位, 负责修的: what someone is in charge of, told in the matter.
  for (const verb of text.matchAll(/(?:负责|跟进)(?!人|的|不|没|任|[^\s，,。；;]{1,2}的(?=$|[\s，,。；;]))/g)) {
    const before = text.slice(0, verb.index);
    const shapes = [
      new RegExp(`[${SURNAMES}]${POST_AFTER}$`),
      new RegExp(`(?:老|小)[${SURNAMES}]$`),
      new RegExp(`[${SURNAMES}][\\u4e00-\\u9fa5]{2}$`),
      new RegExp(`[${SURNAMES}][\\u4e00-\\u9fa5]$`),
    ];
    for (const shape of shapes) {
      const found = shape.exec(before);
      if (!found) continue;
      const name = found[0];
      const prev = before[found.index - 1];
      // Glued means glued: a gap before it is the ordinary case, read by the patterns above.
      if (prev === undefined || !/[\u4e00-\u9fa5]/.test(prev)) break;
      if (isSurname(prev) || prev === '是' || NOT_A_HOLDER.test(name) || KIN_NAME.test(name)) continue;
      if (name.length === 3 && !/^[老小]/.test(name) && !POST_AFTER_NAME.test(name) && isSurname(name[1])) return undefined;
      return { name, index: found.index, length: name.length + verb[0].length };
    }
  }
  return undefined;
}

/** What is left before a holder's words when the member names themself: 俺让, 我们就交给, 额叫. */
const HANDING =
  /(?:我们|俺们|咱们|我|俺|咱)(?:就|也|已经|已)?(?:让|叫|喊|请|交给|交由|安排)?\s*$|(?<=^|[\s，,。；;])(?:让|叫|喊|请|由)\s*$/;
/** A date read where a name was looked for (乡人社所周五前…: 周 is a surname): never a holder. */
const DATE_ONLY = new RegExp(`^(?:${DEADLINE_SHAPE.source})$`);
const NOT_A_HOLDER = new RegExp(
  `^(?:已|了|不|没|过|完|的|无|暂|需|免|别)|^(?:我们|咱们|俺们|他们|她们|本人|自己|我自己|俺自己|村里|社区|支部|大家|上级|有关部门|相关部门)$|^(?:${NOT_NAMES})(?!.*(?:${UNIT_SUFFIX})$)`,
);

/** When the person came, said between the name and coming to the member (张铁柱上午找俺, 今儿个又来找我). */
const VISIT_TIME = '今天|今儿个?|今早|上午|下午|早上|晚上|中午|刚才|刚刚|昨天';
/** Kin and polite words after a surname: 王大爷, 刘婶, 陈先生, 张老汉. Longer first. */
const KIN =
  // Cantonese sir after a surname (梁sir, 陈Sir).
  '[sS][iI][rR]|' +
  // Korean words for an old mother and father after the full name (朴顺子阿妈妮, 金哲洙阿爸吉), as 延边 speaks.
  '阿妈妮|阿爸吉|阿妈尼|阿巴吉|阿妈|阿爸|' +
  // An old woman or man said with 老 after the full name (王改莲老婆婆): how the member calls her, not the matter.
  '老婆婆|老奶奶|老爷爷|老大爷|老大娘|大伯|' +
  // 老倌 (Jiangxi, Hunan: an old man), after the name (贺春生老倌).
  '老倌|' +
  // A 兵团 连's political instructor, called by the surname and the post as a teacher is (刘指导员).
  '指导员|' +
  // Shanghai and Wu (爷叔, 老伯伯, 好婆, 姆妈), the northeast (大兄弟, 老妹儿, 老姨).
  '爷叔|老伯伯|老伯|老阿姨|好婆|姆妈|阿爷|阿奶|阿叔|阿舅|大兄弟|老妹儿|老妹|老嫂子|老姨|老叔|老舅|老婶|大爷|大娘|大妈|大婶|大嫂|大哥|大姐|大叔|阿姨|阿婆|奶奶|爷爷|婆婆|老汉|老头儿?|老太太?|老爷子|婶子|婶儿|婶|嫂子|嫂|叔叔|叔|伯伯|伯母|伯娘|伯|舅舅|舅妈|舅|姑姑|姑父|姑娘|姑|姨夫|姐夫|先生|女士|小姐|老师|师傅|医生|大夫|同学|姐|哥|嬢嬢|孃孃|娘娘|嬢|孃|幺妹|幺爸|幺叔|姨妈|姨|婆(?!家)|太太|太(?![多大远少高低久贵吵脏臭差难])|生(?![病活产日意气])';
/** Kin counted by birth order (马二婶, 孙二嫂, 杨三叔) or said of a child or a house (小磊奶奶, 老张家媳妇, 王家老大). */
// 满 is the youngest in Hunan, Jiangxi and Hakka speech (满妹, 满崽, 满叔), as 幺 is in Sichuan.
const ORDER = '[大二三四五六七八九幺小满]';
/** What follows a birth order in a nickname: 二娃, 幺妹, 三毛, 二丫头, 大柱子. */
const NICK = '娃子|娃儿|娃|妹儿|妹子|妹|毛|狗娃|狗|丫头|丫|妞|柱子|柱|蛋|宝';
const KIN_OF = '姆妈|媳妇儿?|儿媳妇?|闺女|婆娘|老伴|奶奶|爷爷|姥姥|姥爷|外婆|外公|妈妈|爸爸|妈|爸|娘|婆|爷|奶|爹';
/** What a person is called before or instead of the name: 村民孙二柱, 独居老人周奶奶, 退伍老兵周德福. */
const ROLE =
  '来访群众|来电群众|来访|来电|留守(?:儿童|娃儿|娃子|娃|孩子?|妇女)的?|矿嫂|军嫂|退休职工|' +
  // What the person is said to be before the role (退休老职工, 流动党员, 下岗工人): part of the description.
  '(?:退休|离休|下岗|失业|流动|返乡)(?=[\\u4e00-\\u9fa5]{0,2}(?:职工|工人|党员|教师|干部|人员|军人|老人|医生|护士|工程师|会计|老师))|' +
  // The post one retired from, after 退休 (退休干部史某, 退休医生韩某): what the person was, not a post they hold now.
  '(?<=退休|离休)老?(?:干部|医生|护士|工程师|会计|老师)|离退休人员|职工|' +
  // A post of a 兵团 连 before a full name (指导员刘芳, 副连长马军): who the person is there, the name is who raised it.
  `(?:副)?(?:连长|指导员|排长|班长)(?=[${SURNAMES}][\\u4e00-\\u9fa5])|` +
  // A village's or a community's post before a full name (村支书刘芳说…, 会计刘芳, 村医刘芳): who the person is there,
  // the name is who raised it (as a holder, the holder patterns read the post off first).
  `(?:村|社区)?(?:党支部)?(?:副)?(?:支书|书记|主任|会计|文书|村医|委员|妇女主任|治保主任|监委会主任)(?=[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}(?:说|讲|反映|反应|问|提|[\\s，,]))|` +
  // A workplace's department before a worker's full name (质检部杨建国, 注塑车间覃海波): where they work, not who.
  `[\\u4e00-\\u9fa5]{1,3}?(?:部|车间)(?=[${SURNAMES}][\\u4e00-\\u9fa5])|` +
  // What the household does or went through (砂糖橘种植户, 易地搬迁户, 生猪养殖户), longer than the 户 words below.
  '[\\u4e00-\\u9fa5]{0,4}?(?:种植|养殖|搬迁|承包|经营|专业|移民|脱贫|监测)户|[\\u4e00-\\u9fa5]{0,2}员工|工友|老两口|两口子|老夫妻|夫妻|夫妇|[\\u4e00-\\u9fa5]{0,2}(?:户|教师|职工|工人|军人|司机)|村民|居民|群众|业主|租户|住户|' +
  // A job at the gate or the door, said instead of a name (保安师傅, 门卫大爷): not 安师傅.
  // A trade said with 师傅 before a full name (装修师傅陈某): what the person does, the name after it.
  `[\\u4e00-\\u9fa5]{0,4}?师傅(?=[${SURNAMES}][\\u4e00-\\u9fa5])|` +
  '保安|门卫|快递员|快递小哥|外卖员|清洁工|' +
  // Riders and tenants (骑手老孙, 租客小何), a boat's master (船老大阿福), and the head of a delivery or express station
  // (外卖站长老吴): what the person does or is, said before the name.
  `骑手|租客|房客|船老大|[\\u4e00-\\u9fa5]{0,3}?(?:站长|店长)(?=(?:老|小|阿)[\\u4e00-\\u9fa5])|` +
  // A trade said before the name (渔民林阿伯, 码头装卸工小吴, 菜农老张).
  '(?:老)?(?:渔民|农民|牧民|牧户)|船民|菜农|果农|茶农|渔户|摊主|摊贩|店主|[\\u4e00-\\u9fa5]{0,6}?(?:老板娘|老板)|[\\u4e00-\\u9fa5]{0,3}(?:装卸|搬运|环卫|保洁|临时|农民|钟点|建筑|零|散)工|' +
  // Someone speaking for others (员工代表, 居民代表) and delivery riders (外卖小哥).
  '[\\u4e00-\\u9fa5]{0,2}代表|[\\u4e00-\\u9fa5]{0,2}小哥|' +
  // A trade ending in 工 (退休矿工, 下岗女工, 老纺织工), and the widow or family of one (矿工遗孀, 老职工遗属, 烈属):
  // what the person is, said before the name.
  '(?:退休|离休|下岗|失业|老)?(?:矿|女|纺织|钢铁?|煤矿|油田|铁路|电|焊|钳|木|瓦|泥瓦|车|化)工(?![作资厂程地具人会友])|' +
  '[\\u4e00-\\u9fa5]{0,4}?(?:遗孀|遗属|烈属|军属|家属)|' +
  // A kin word said before a full name (奶奶沈桂香, 大爷周长顺): how the member calls the person, then the name.
  // 阿公符亚光, 阿婆黄玉兰 (Hainan, Guangdong, Fujian): grandfather, grandmother said before the name.
  `(?:老)?(?:奶奶|爷爷|大爷|大妈|大娘|阿姨|婆婆|大姐|大哥|大叔|大婶|阿公|阿婆|阿伯|阿嬷|阿爷|阿奶)(?=[${SURNAMES}][\\u4e00-\\u9fa5])|` +
  // A cousin or an uncle (表叔王德发, 堂哥孙国富): the member's or the person's kin, then the name.
  `(?:表|堂)(?:叔|伯|哥|姐|弟|妹|舅|姑|姨|嫂)(?=[${SURNAMES}][\\u4e00-\\u9fa5])|` +
  // A post once held or held in the building (老支书, 老队长, 楼长, 单元长): a resident's standing, then the name.
  '老(?:支书|村长|队长|组长)|(?:楼|单元|栋)长|' +
  // An old mother or father as herders and Tibetans address them, before a name of two or more characters (老阿妈拉毛吉,
  // 阿爸多杰): how the member calls the person, the name after it; 阿妈妮 (Korean) is said after the name instead.
  '老?阿(?:妈|爸)(?![妮吉尼])(?=[\\u4e00-\\u9fa5]{2})|年轻人|小年轻|' +
  // An old man or woman described before the name (独居老汉薛宝, 孤寡老太周氏): northern speech's 老人.
  `(?:独居|孤寡|空巢|留守|五保|低保|高龄)?(?:老汉|老头|老太|老婆婆)(?=[${SURNAMES}][\u4e00-\u9fa5])|` +
  '(?:五保|低保|特困|困难|残疾|高龄|失能)(?:户)?老人|独居老人|空巢老人|孤寡老人|留守老人|老人家|老人|退伍老兵|退役军人|老兵|老党员|党员|小伙子|小伙|姑娘|大学生|学生家长|家长|五保户|低保户|贫困户|残疾人|妇女|老乡|村里的|社区的|一位|一个|有位|有个';
const KIN_NAME = new RegExp(
  [
    `^(?:老|小)?[${SURNAMES}]${ORDER}?(?:${KIN})`,
    // Not the 儿 of 儿子 (老白头儿子: his son).
    `^老[${SURNAMES}]头(?:儿(?![子媳女]))?`,
    // A name by birth order and a nickname, as villages call people (韩二娃, 李幺妹, 王三毛, 张二丫头).
    `^[${SURNAMES}]${ORDER}(?:${NICK})`,
    `^(?:老|小)?[${SURNAMES}]家的?(?:${KIN_OF}|老[大二三四五]|[大二三四五]?(?:小子|丫头|闺女|儿子)|${KIN})`,
    // A child of a house called by birth order and a nickname (田家满妹, 王家二娃, 李家幺妹).
    `^[${SURNAMES}]家${ORDER}(?:${NICK})`,
    // A man called by birth order (韦老大, 张老三), and his kin (韦老大媳妇).
    // Not the 家 of 魏老三家门口: where the matter is, his house (the name is 魏老三).
    `^[${SURNAMES}]老[大二三四五六七八九幺](?:家(?!门口|门前|院|里|屋|房|旁|后|附近|楼)的?)?(?:${KIN_OF}|${KIN})?`,
    // A child's kin said through the child (小明他婆, 小磊奶奶, 阿强的妈妈).
    // Not 老大爷, 老太婆, 老大娘: kin words said of anyone old, no child's name in them.
    // Nor 老阿妈, 老阿爸 (an old mother, as herders and Tibetans say): no child named.
    `^(?:老|小|阿)(?![大太阿])[\\u4e00-\\u9fa5](?:家的?|的|他|她)?(?:${KIN_OF})`,
  ].join('|'),
);
// 老党员 is who the person is, not a man called 党 (the name comes after it).
const SHORT_NAME = new RegExp(`^(?:老|小)[${SURNAMES}](?![\\u4e00-\\u9fa5]{0,1}(?:${KIN}))(?!(?<=党)员)`);
/**
 * A given name's second character after 家 (罗家辉, 陈家豪, 王家珍): 家 right after a surname is the household (王家
 * 媳妇, 李家老三, 张家庄) unless a character that names people follows it, one that starts few words after 家 (not
 * 家里, 家门, 家人, 家的, nor 家和, 家长).
 */
const FAMILY_GIVEN =
  '[辉明豪乐伟俊华兴强栋荣祥富贵树斌军驹骏琪慧欣怡颖敏玲英珍凤秀芳成顺庆旺福禄耀鸣良春麟铭恒康银权亮祺瑞琳杰彬峰涛勇刚洪宏骥璇茵蓉莉]';
/** The second character of a full name: not 里, 们, nor 家 unless a given name's character follows (see FAMILY_GIVEN). */
const GIVEN_FIRST = `(?:(?![家里们])[\\u4e00-\\u9fa5]|家(?=${FAMILY_GIVEN}))`;
/** A full name, two or three characters; the third is not a word that follows names (他, 说, 家, 反映). */
const FULL_NAME = new RegExp(
  `^[${SURNAMES}]${GIVEN_FIRST}(?:(?![他她它的说话讲问和跟与同在是也就都又还要想去找因反称提来向家老啊呀嘛吧呢今电手承责交让这那被把给到从对打住个了过着])[\\u4e00-\\u9fa5])?`,
);
// 阿玲四十多岁想…: the age glued after the name.
const NAME_ENDS = new RegExp(
  // 许光明刚刚打电话来, 黃淑儀啱啱…: just now, after the name, as the person is said to have come or called.
  // 魏春生四十多了: the age said with 了 instead of 岁.
  // 于秀娟找我, 张铁柱上午找俺: coming to the member, right after the name (see CAME_TO_MEMBER).
  // A bracket closing an aside (…牵头的是陈冬梅）) ends the name as its opening does.
  // 刘建设找的俺 村调委会…: the member's 俺 may have gone with the clause after it (read as the holder's), 找的 is left.
  // 周大爹上午给我打电话: calling the member, after the name and when.
  `^(?:$|(?:${VISIT_TIME})?(?:又|也)?(?:过来|跑来|来)?找(?:的)?(?:我|俺|咱)|(?:${VISIT_TIME})?给(?:我|俺)们?打(?:了个?)?电话|(?:过来|跑来|来)?找的(?=$|[\\s，,。；;])|刚刚|刚才|啱啱|(?:\\d{1,3}|[一二三四五六七八九十]{1,3})多?(?:岁|了)|[\\s,，。、:：;；(（)）]|他|她|家|屋头|屋里|屋企|那边|那儿|跟|和|与|同|的|也|就|又|还|在|是|来|去|从|说|话(?!费)|讲|想|要|问|今|个|老人|反映|反应|称|提|咨询|求助|投诉|希望|电话|来电|打电话|(?:${ROLE})|(?:${KIN})|` +
    // 刘志强外出务工返乡: going away for work or coming home, said right after the name, is the person's own story
    // (not 一直, 已经, 被: 毕业证一直没发 is a thing, not a person).
    '外出|返乡|回乡)',
);
const KIN_AFTER = new RegExp(`^(?:${KIN})`);
const KIN_ONLY = new RegExp(`^(?:${KIN})$`);
/** A full name, then the same person's alias in brackets (覃月娥（覃婶）): see readDraft and parseTicket. */
const ALIAS_IN_BRACKETS = new RegExp(
  `(([${SURNAMES}])[\\u4e00-\\u9fa5]{1,2})\\s*[（(]\\s*((?:老|阿|小)?\\2[\\u4e00-\\u9fa5]{1,3})\\s*[)）]`,
  'g',
);
/** A full name of three characters, then a kin word (锁有财阿舅, 王桂兰大姐): see readLabels. */
const FULL_THEN_KIN = new RegExp(`^([${SURNAMES}]${GIVEN_FIRST}[\\u4e00-\\u9fa5])(?:${KIN})$`);
const NOT_NAME_START = new RegExp(`^(?:${NOT_NAMES})`);
const ANONYMOUS = /^(?:有人|群众|大家|别人|某人|他们|她们|我们|村里)/;
/**
 * A post or a short description before the person's name, glued or not (居民代表潘先生, 楼组长王阿姨, 独居的孙老太,
 * 502的黄先生): used only where a name must follow.
 */
/** A village group said before a name (5组刘家, 第三村民小组王大爷). */
const GROUP_LEAD = '第?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:村民小?)?组(?![织长员])的?\\s?';
const GROUP_FIRST = new RegExp(`^\\s*(${GROUP_LEAD})`);
const POST_LEAD =
  '[\\u4e00-\\u9fa5]{0,3}(?:代表|组长|楼长|栋长|队长)|[\\u4e00-\\u9fa5\\d]{1,6}?的|' +
  // The same typed word by word, as handwriting input leaves it (外地来 打工的 小吴).
  // Not a name's own 家的 (小吴 家的娃娃: 小吴 is who).
  '(?:[\\u4e00-\\u9fa5]{1,4} ){1,2}(?!家)[\\u4e00-\\u9fa5]{1,4}?的|' +
  // A floor, a building or a room before the name (4楼老吴, 3栋502王姐, 502室的黄先生).
  // 安置房5栋302，曲比拉则家…: the housing's kind said before the building.
  // 棚改回迁楼8号楼, 3号楼顶楼: the housing's kind ending in 楼, and the top or ground floor said by name.
  '(?:[\\u4e00-\\u9fa5]{1,4}?(?:房|点|区|楼)(?=[\\d一二三四五六七八九十]))?(?:[\\d一二三四五六七八九十]{1,4}(?:号楼|单元|楼|层|栋|幢|号|室|户|房)|\\d{3,4}|\\d{1,3}(?:-\\d{1,4}){1,2})+(?:顶楼|顶层|底楼|楼顶)?的?|' +
  // 回迁房许宝成, 安置楼的刘大姐: the kind of housing the person lives in, said before the name.
  `(?:回迁|安置|棚改|公租|廉租|拆迁|保障)(?:房|楼|户)的?(?=[${SURNAMES}])|` +
  // A village group with no village said (5组刘家): kept with the name, for it is not a place alone.
  `${GROUP_LEAD}`;
/** A household said before a given name with 阿 (林家阿坤, 陈家的阿英): whose house, the name after it. */
// 李家老三李国庆, 何家大儿子何勇: the household and the place in it by birth, then the full name, which is who.
const HOUSE_OF_AH = `[${SURNAMES}]家的?(?:(?=阿(?![姨婆伯叔公嫂妈爸])[\\u4e00-\\u9fa5])|(?:老[大二三四五六七八九幺]|[大二三四小]儿子|[大二三小]闺女|[大二三小]女儿)\\s?(?=[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}(?:$|[\\s，,。；;（(]|反映|反应|说|讲)))`;
/** Kin said through a pronoun (她侄子, 他的儿子): whose kin the matter has named already. */
const KIN_THROUGH = '(?:他|她)(?:的|家)?(?:侄子|侄女|外甥女?|儿子|女儿|闺女|孙子|孙女|媳妇|儿媳妇?|女婿|老伴)';
/** What runs between the place and the person met there: 第9网格，遇到退休职工苏大爷. */
// 走访时葛某说: the visit, then the person met on it.
// 上寨侯某, 寨脚的杨某: the part of the village the person lives in, said between the village and the name.
const LEAD_WORDS =
  // 林家阿坤: the household, then the name the person is called by in it.
  `${HOUSE_OF_AH}|` +
  // An aside in brackets after the role (村民（矿区家属）易冬生): what the person is, the name after it.
  '[（(][^()（）\\d]{1,10}[)）]|的|[\\s,，、:：]|' +
  // The age before the name (78岁的刘婶, 八十多岁的周奶奶, 年过八旬的): who they are, not the matter.
  '(?:\\d{1,3}|[一二三四五六七八九十]{1,3})多?岁(?:了)?的?|年(?:过|近)[五六七八九]旬的?|' +
  // A neighbour before the name (隔壁刘婶 说…, 对门的老郑，): the one who came to say it, when a gap or a verb of
  // saying follows the name; not 隔壁老王家养狗 (the neighbour's household is what the matter is about).
  '(?:隔壁|邻居|对门|邻家)的?(?=[^\\s，,。；;家]{1,6}?(?:[\\s，,。；;]|反映|反应|说|讲|来说))|' +
  // 2网格出租屋 刘桂香, 3网格工业区走访 钟建华讲: the kind of spot in the grid (rented rooms, a 城中村, a works' area)
  // and the visit to it, said between the place and the person; where in the place, not who.
  '(?:出租屋|出租房|城中村|工业区|工业园|厂区|宿舍区|工地)(?:那边|这边|里)?的?(?:走访(?:了|时|中)?)?|' +
  // 我的老同事罗老师, 俺战友老孙: whom the person is to the member, said before the name.
  '(?:我|俺|咱)们?的?老?(?:同事|同学|朋友|战友|老乡|亲戚|老领导|学生)|' +
  '走访(?:时|中|的时候)|入户(?:时|的时候)|[上下中](?:寨|屯)|寨(?:头|脚|尾)|里的|那边的|这边的|遇到了?|碰到了?|碰见了?|遇见了?|见到了?|碰着了?|碰上了?|遇着了?';
const ROLE_LEAD = new RegExp(`^(?:${LEAD_WORDS}|(?:${ROLE}))+`);
/** The same with a post or a description (居民代表, 独居的), tried when no name follows the plain lead. */
const POST_ROLE_LEAD = new RegExp(`^(?:${LEAD_WORDS}|(?:${ROLE})|${POST_LEAD})+`);

/** A kin word after one person's name, before another's: 的儿子 (小刘), 家闺女 (王芳). */
const KIN_THEN_NAME = /^\s?(?:的|家的?|他|她)?(?:儿子|女儿|闺女|儿媳妇?|女婿|孙子|孙女|外孙女?|老伴|媳妇|丈夫|爱人|侄子|侄女)\s?/;

/** Words that run between who and what: 王大爷 反映 路灯坏了. Kept verbs (要求, 希望) stay in the content. */
const SAYS =
  // 张某提的: who brought it, said after the matter.
  /(反映|反应|来电反映|来访反映|提出|提到|提(?=的)|说|(?<![电回说讲对打通])话(?!费)|讲(?![座课解])|问|称|诉求|求助|投诉|咨询|希望|要求|建议|想|需要|来找|找到|找过|(?:好|很)?担心|(?<=[\u4e00-\u9fa5])(?:call|打(?:了个?)?电话(?:过来|来)?(?:叫|找|给))(?=我))/g;
const DROPPED_VERBS =
  /^(?:他|她)?(?:也|就|还)?(?:来电|来访|打(?:了个?)?电话(?:来|过来)?)?(?:反映|反应|提出|提到|诉求|说|话(?!费|筒|题)|讲(?![座课解]))+(?:说|的)?[:：]?/;

/**
 * A part of a place: 2组, 五队, 3号楼, 6栋, 2单元. A 组 or 队 belongs to the village even after a gap (东山村 2组); a
 * building only when glued to the place or standing alone (新华小区 3号楼 李阿姨): in 第2网格 8号楼电梯坏了 the
 * building goes with the matter.
 */
const N_ = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const UNIT = `(?:\\s?第?${N_}(?:村民小?)?(?:组(?![织长员])|队|社(?![区區会會员保]))|${N_}号院|${N_}(?:号楼|栋|幢|单元|座)(?=[\\s，,。；;（(的]|$|业主|居民|住户|租户|${N_}(?:单元|层|楼|室))|\\s(?:${N_}(?:号楼|栋|幢|单元|座))+(?=[\\s，,。；;]|$))`;
/**
 * A group of a village said without the village (3组, 第五村民小组, 五队, 三社: 社 is the 组 in the northwest and
 * Sichuan). Where it stands as the place, first before the person (三社 杨大妈, 5组孔家反映), it is read as the place:
 * a member whose branch is one village names only the group, and asking back for what was said is friction. Standing
 * before the matter with no person (第五村民小组 有人烧秸秆) it stays in the matter (see placeFirst). Never 社保, 排队.
 */
const GROUP_ONLY = new RegExp(`^第?${N_}(?:村民小?)?(?:组|队|社)$`);
/** The same at the start of a run, glued to what follows (三社杨大妈, 5组孔家): not 一组织, 三社区, 五队长. */
const GROUP_GLUED = new RegExp(`^第?${N_}(?:村民小?)?(?:组(?![织长员])|队(?![长员伍])|社(?![区區会會员保工团交长]))`);
/** Where a group alone stands as the place: after 住/家住/走访 or an opening bracket (see placeAt); not 到了五队 (the way). */
// 在三组走访, 到五队: where the member was or went.
const GROUP_AT_SOURCE =
  '(?:家住|住在|家在|住|走访|走访了|入户|地点|地址|住址|[（(]|(?<=^|[\\s，,。；;]|刚才|刚刚|今天|上午|下午)(?:在|到|去))';
const GROUP_AT = new RegExp(`${GROUP_AT_SOURCE}$`);
/**
 * The grassroots units of the 兵团 and of state farms (农垦): a 团 (团场, 141团, 一四一团, 石河子总场) is the level of a
 * 镇, its 连 (连队: 2连, 十二连) is what a 村 is elsewhere, an 排 is the 连's 组; on a state farm the 农场, its 分场 or
 * 管理区, and its 作业站 or 生产队. The place is kept as written below the 师 (141团2连, 友谊农场三分场二队): a 连's or a
 * 队's name is its number, which says nothing without its 团 or farm, as 3组 says nothing without its 村 (石桥村3组 is
 * kept whole). Not 连 of words (连续, 连夜, 连忙, 连着, 连锁, 接连, 牵连, 连长) nor 一连 before a count (一连三天).
 */
const TROOP_N = '(?:\\d{1,3}|[一二三四五六七八九十]{1,3})';
const DIVISION = `(?:(?:新疆)?(?:生产建设)?兵团)?(?:第?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})|农[一二三四五六七八九十]{1,3})师`;
const REGIMENT = '(?:(?:\\d{1,3}|[一二三四五六七八九十〇零]{2,4})团(?:场)?(?![结队员伙购体聚圆委建])|[\\u4e00-\\u9fa5]{2,4}?总场)';
// After 连 no word goes on (连续, 连长, 连串), and no count unless it is the 排's (3连2排, not 一连三天, 一连好几天).
const COMPANY = `${TROOP_N}连(?:队)?(?![续夜忙着锁接同带长胜冠败跪击号发拍环襟载贯通衣心串两几数好]|${TROOP_N}(?!排))`;
const PLATOON = `${TROOP_N}排(?![长队查水练])`;
// 一连 alone is also the adverb (，一连下了三天雨): the unit only with what follows a place (的, 队, 职工, a gap, a name).
const COMPANY_ALONE = `(?!一连(?!队|的|职工|[\\s，,。；;]|$|[老小${SURNAMES}]|${TROOP_N}排))${COMPANY}`;
// 二分场作业站, 第三管理区第二作业站: a 作业站 under the 分场 or 管理区, with its number, its name or neither.
const FARM_PART = `(?:第?${TROOP_N}分场|第?${TROOP_N}管理区)(?:(?:第?${TROOP_N})?作业站)?|(?:第?${TROOP_N}|[\\u4e00-\\u9fa5]{2,3}?)作业站`;
const FARM_TEAM = `第?${TROOP_N}(?:生产)?队`;
/** Where a 连 or a farm's part stands as a word of its own (8连的刘婶, 住十二连): not glued after other words. */
const TROOP_START = '(?<=^|[\\s，,。；;:：、】(（]|工单|在|是|住|到|去|咱|俺|我们|他们|的)';
const TROOP_PLACE = [
  `(?:${DIVISION})?${REGIMENT}(?:${COMPANY}(?:${PLATOON})?)?`,
  `${TROOP_START}${COMPANY_ALONE}(?:${PLATOON})?`,
  `[\\u4e00-\\u9fa5]{1,6}?农场(?:${FARM_PART})?(?:${FARM_TEAM})?`,
  `${TROOP_START}(?:${FARM_PART})(?:${FARM_TEAM})?`,
];
/**
 * The places of an enterprise or an industrial park, where workers live and work as villagers do in a 村: a numbered
 * dormitory (5号宿舍, 3号宿舍楼, B2宿舍, with its room: 6号宿舍302), a numbered 厂房 or 食堂, a park's or a works' gate
 * (园区东门, 厂区北门, 园区门岗), each with the park before it or not (园区5号宿舍, 工业园区B区2号宿舍); and a line or a team
 * of the works named first (针车二组, 包装一组, 成型车间, 质检部 before the person: see placeAt). A dormitory with no
 * number (员工宿舍就在边上), a canteen (食堂晚饭不够吃) or a park with nothing after it (跟园区申请) is no place: which
 * one is not said. Not 宿舍楼道, 宿舍楼下 (the building's stairway and the ground below it: the dormitory, then the
 * matter).
 */
const PARK =
  '(?:[\\u4e00-\\u9fa5]{0,4}?(?:工业园区|工业园|产业园|科技园|园区|厂区|工业区|开发区)(?:[A-Za-z\\d一二三四五六七八九十]{1,2}区)?)';
const SITE_NO = '(?:[A-Za-z]?\\d{1,2}|[一二三四五六七八九十]{1,3}|[A-Za-z])号?';
const SITE = `${SITE_NO}(?:员工|职工)?(?:宿舍楼(?![道梯顶上下前后里内门口])|宿舍|公寓楼?|厂房|食堂)(?:\\s?\\d{3,4}(?:室|房|寝室)?(?![\\d楼层号栋单]))?`;
const GATE = '(?:(?:[东西南北正后侧]门|大门)(?:岗|口)?|门岗)(?![卫诊票牌市店面禁])';
export const WORK_SITE = `${PARK}?${SITE}|${PARK}${GATE}`;
/** A line or a team of a works, named first in the message (针车二组, 包装一组): see PLACE_SEARCH. */
// Not a time or a pointer said before a village's group (刚才5组, 上午3组, 我们三组): that 组 is the village's.
const WORK_TEAM = `(?<=^|\\n|[：:】]|工单\\s?)(?:(?![今昨明前后刚上下早晚中午最近这那哪我他她你俺咱有在到去是反说记第])[\\u4e00-\\u9fa5]{2,3}?[一二三四五六七八九十\\d]{1,2}(?:组|线|班)(?![织长员])|[\\u4e00-\\u9fa5]{2,3}?工段)`;

/** 村/社区/网格 names: 柳树村, 幸福社区, 第三网格, 5号网格, 东山村2组, 新华小区3号楼. */
const PLACE_SEARCH = new RegExp(
  [
    ...TROOP_PLACE,
    WORK_SITE,
    WORK_TEAM,
    '第[一二三四五六七八九十\\d]{1,3}网格',
    // A village named without 村, as a word of its own (张家庄 张老汉, 李家湾 王婶).
    // Also 疃/埠/峪 (Shandong) and 坪/垭/哨 (Guizhou).
    // And every regional word of a hamlet (李家冲, 枫树屋场, 陈厝, 罗家畈: HAMLET_END), a common noun excepted (水库坝,
    // 店铺: NOT_HAMLET, in placeAt).
    // And one glued to its group or grid (王庄三组, 李家湾第2网格), or said with 那边 (赵庄那边有人说): where the hamlet ends
    // is told by what follows it.
    `(?<=^|\\s)[\\u4e00-\\u9fa5]{1,4}${HAMLET_END}(?=\\s|那边|这边|那头|那块)`,
    `(?<=^|[\\s，,。；;:：]|走访|走访了|家住|住在|家在)[\\u4e00-\\u9fa5]{1,4}?${HAMLET_END}${HAMLET_WORD_AFTER}(?=第?[一二三四五六七八九十\\d]{1,2}(?:村民小?)?组(?![织长员])|第?[一二三四五六七八九十\\d]{1,3}号?网格)`,
    // The same in brackets after the name (刘婶（李家冲）) or where the person lives (家住罗家畈的, 住在枫树屋场，).
    `(?<=[（(])[\\u4e00-\\u9fa5]{1,4}${HAMLET_END}(?=[)）])`,
    `(?<=家住|住在|家在)[\\u4e00-\\u9fa5]{1,4}?${HAMLET_END}${HAMLET_WORD_AFTER}(?=的|[\\s，,。；;]|$)`,
    // A family's village (张家庄, 马家营, 李家湾) as a word's start, glued to who or what follows (张家庄赵桂花, 张家庄的王守义,
    // 张家庄煎饼作坊): a surname, 家, then the village word is a village's shape and nothing else.
    // The same with the hamlet words of the south (李家冲, 罗家畈, 刘家垸, 王家塆, 陈家屋场), and 厝 after a surname
    // alone (林厝, 陈厝: 闽南's 家).
    `(?<=^|[\\s，,。；;:：])(?:[${SURNAMES}]家(?:庄|营|寨|堡|屯|铺|岗|洼|湾|塆|疃|埠|峪|坪|垭|坳|沟|岭|坡|冲|垄|垅|坝|畈|垸|圩|屋场)|[${SURNAMES}]厝)(?!村(?!民)|[社屯组子里上下头边口])${HAMLET_WORD_AFTER}`,
    // 翠苑一区, 金都苑二区 as a word of its own: a part of the estate numbered after it, not a district.
    '(?<=^|[\\s，,。；;:：(（])[\\u4e00-\\u9fa5]{1,4}?苑[一二三四五六七八九十\\d]{1,2}区',
    // A city, county or district: a place only with a village or community after it (see placeAt).
    // Never one that runs over a village or a community (桥头村通往矿区 is the village, then the way to the mine).
    '(?:(?!村(?!居民区|居委)|社区)[\\u4e00-\\u9fa5]){1,6}?(?:市|县|(?<!工业)区)(?=\\s?[\\u4e00-\\u9fa5])',
    '第?[一二三四五六七八九十\\d]{1,2}(?:村民)?组(?![织长员])',
    // A group alone where the person lives or the member went (住三社的, 走访五队, （三社）): see placeAt.
    // And a numbered 社 or 队 opening the message (8社村道烂了): the first clause says where, as 8组 would.
    `(?:(?<=${GROUP_AT_SOURCE})|^\\s*)第?[一二三四五六七八九十\\d]{1,2}(?:村民小?)?(?:队(?![长员伍])|社(?![区區会會员保工团交长]))`,
    '[一二三四五六七八九十\\d]{1,3}号?网格(?!员)',
    // Housing estates named without 小区 (金都苑, 金汇花园, 阳光家园): 苑 anywhere; the other words only as a word of
    // their own (not 小区花园里, 幼儿园).
    '[\\u4e00-\\u9fa5]{1,6}?苑(?![里内])',
    '(?<=^|[\\s，,。；;:：(（])[\\u4e00-\\u9fa5]{1,6}?(?:花园|家园|公寓|新村)(?=[\\s，,。；;)）的]|$|\\d)',
    // A lane, a quarter or an old ward named as a word of its own (槐树巷, 康乐弄, 桂花里, 文昌坊): where the person
    // lives, below the city; not 家里, 村里, 巷子, 作坊, 街坊, nor 弄 as a verb (咋弄).
    // Only where a place is written first (after the command word or a line's start), never inside the matter (冰柜里).
    `(?<=^|\\n|[：:】]|工单\\s|一下[\\s，,])[\\u4e00-\\u9fa5]{1,3}(?:(?<![区村楼家院屋城镇组寨社厂店这那哪夜心手地田山河县市乡沟子道校房场园柜箱车])里|(?<![作街磨油染])坊|(?<![小深窄])巷|(?<![么样咋去来会要])弄)(?=[\\s，,。；;的]|$|村民|居民|老支书|楼长|单元长|[${SURNAMES}阿])`,
    // Shanghai lanes (长乐路88弄): the lane is where the person lives.
    '[\\u4e00-\\u9fa5]{1,6}?路\\d{1,4}弄(?:\\d{1,4}号)?',
    // A name hidden as XX or ×× (XX社区, ××村) is still a place's name. 镇上, 乡上 (拿药要跑镇上) are the town, no name.
    '(?:[\\u4e00-\\u9fa5\\d]|[Xx×＊*](?=[Xx×＊*\\u4e00-\\u9fa5]))(?:[\\u4e00-\\u9fa5\\d]|[Xx×＊*]){0,7}?(?:社区|小区|居委会?|居民区|村委会|牧委会|嘎查|农场|林场|牧场|街道|片区|网格(?![员长])|院落|家属院|家属区|车间|分厂|安置点|安置区|安置小区|搬迁点|移民点|新区(?![小中大学医院里内外])|工业区|工业园|产业园|(?:村|屯|镇|(?<![返回下老家故城异他思同])乡)(?![口里民委部卫道级干子务集镇]|(?<=村)医(?!\\s?(?:也|又|就)?(?:来)?(?:反映|反应|说|讲|称|提出))|(?<![村屯])医|支(?!书)|两委|小(?:学|的|老师|孩)|(?<=[镇乡])上(?!个|次|周|星期|礼拜|月|年|午)))',
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .concat(`${UNIT}{0,2}`),
  'g',
);
/**
 * An estate named after the 社区 or 村 it is in (金桂小区, 幸福家园, 翠湖苑), glued or after a gap, ending a word or
 * followed by its building: not 老旧小区改造 (a matter), checked by the caller for lead words (反映小区).
 */
const ESTATE_BELOW = new RegExp(
  `^\\s?((?![老新旧整附周这那该本我他她各每])[\\u4e00-\\u9fa5]{2,5}?(?:小区|花园|家园|公寓|苑))(?=[\\s，,。；;的(（]|$|${UNIT})${UNIT}{0,2}`,
);
/** A resettlement area named after its 社区 or 村 (棚改安置区, 移民安置点, 搬迁安置小区): see placeAt. */
const RESETTLED_BELOW = new RegExp(
  `^\\s?((?![这那该本我他她各每])[\\u4e00-\\u9fa5]{0,4}?(?:安置区|安置區|安置小区|安置小區|安置点|安置點))${UNIT}{0,2}`,
);
/**
 * A hamlet (自然屯, 自然村, 寨) named right after its village (see placeAt): one to three characters of a name, then the
 * word; not 有个屯, 隔壁屯, 这个寨 (a hamlet pointed at, no name) nor the village's own 村里, 村口.
 */
// 那 starts many hamlets' names in the south (那豆屯, 那坡屯), so only 那个/那边 are pointing.
// A herders' settlement or a resettlement site of the village (多哇村定居点, 石桥村新寺安置点): where the person lives now,
// below the village, as a hamlet is.
const HAMLET_BELOW = new RegExp(
  `^\\s?((?:(?![有这哪隔邻每各本该全整个一两几里口民委部务医道级干子]|那[个边些里])[\\u4e00-\\u9fa5]{1,3}?(?:自然屯|自然村|屯|寨))(?![子里上头口])|(?![有这那哪隔邻])[\\u4e00-\\u9fa5]{0,3}?(?:定居点|安置点|搬迁点|移民点))${UNIT}{0,2}`,
);
/**
 * A numbered or a directional quarter (二片区, 东片区, 3片) or a street named by its side (后街, 西街) right after its
 * village or community (see placeAt), with its yard or building: not 街道 (a level), 街上, 街口 (the way), nor 村东头.
 */
const QUARTER_BELOW = new RegExp(`^\\s?(?:(?:${N_}|[东西南北中前后上下])片区|[东西南北前后中](?:大)?街(?![道上口边头坊里]))${UNIT}{0,2}`);
/**
 * The hamlet said right after a village or its group (see placeAt), or nothing: by 屋场 or 自然村, words of nothing else,
 * whatever follows it (6组老屋场山塘坝漏水); by another regional word only where it closes a word or the person follows.
 */
function hamletAfter(after: string): string {
  const sure = HAMLET_SURE_AFTER.exec(after);
  if (sure && !PLACE_LEAD_WORD.test(sure[1]!)) return sure[0];
  const word = HAMLET_AFTER_VILLAGE.exec(after);
  const next = word ? after.slice(word[0].length) : '';
  if (word && readsAsHamlet(word[1]!) && !PLACE_LEAD_WORD.test(word[1]!) && (/^(?:$|[\s，,。；;、的])/.test(next) || nameAt(next)))
    return word[0];
  return '';
}
/** A hamlet by 屋场 or 自然村 right after its village or group (see hamletAfter). */
const HAMLET_SURE_AFTER =
  /^\s?((?![村有这那哪隔邻每各本该全整个一两几里口民委部务医道级干子东西南北左右])[\u4e00-\u9fa5]{1,3}?(?:屋场|自然村))/;
/** A hamlet by any regional word right after its village (see placeAt): not the village's own 村口, 村南, 村里. */
const HAMLET_AFTER_VILLAGE = new RegExp(
  `^\\s?((?![村有这那哪隔邻每各本该全整个一两几里口民委部务医道级干子东西南北左右]|那[个边些里])[\\u4e00-\\u9fa5]{1,3}?${HAMLET_END})${HAMLET_WORD_AFTER}(?![子里上头口边])`,
);
/** A word that starts a sentence before a place, never a place's own first character. */
const PLACE_LEAD_WORD =
  /^(?:到|在|去|是|的|了|叫|住|从|们|咱|俺|我|他|她|时候|今天|昨天|上午|下午|早上|晚上|最近|近来|走访|入户|反映|反应|说|想|要|有|这|那|该|本)/;
/** What may precede a place in a sentence and is not part of its name: 我们到东湖村, 走访的时候东湖村. */
// 通往, 前往 (通往桥头村的村道): the way to a place, not part of its name.
// 最近, 近来 (最近4网格的垃圾桶站又乱了): when it happened, said before the place.
// 地点安居园社区2网格9栋, 地址10社: a form's label typed glued to the place, no colon between.
// 关于石桥村六组路灯的问题 (a 公文's title): what the matter is about, said before the place.
const PLACE_LEAD =
  /^.*(?:到|在|去|往|是|的|了|叫|住|从|们|咱|俺|我|他|她|时候|今天|昨天|上午|下午|早上|晚上|最近|近来|走访|入户|反映|反应|说|想|要|有|比|地点|地址|住址|关于)/;

/** Solved while there, said inside the message: 已解决, 当场解答了, 已经搞掂 (rewritten 解决); never 没有当场解决. */
const SOLVED_WORK =
  // 劝好, 劝开, 说通: a quarrel talked round there.
  '(?:解决|办结|解答|处理好|处理完|办好|办完|办妥|答复|解释清楚|讲清楚|说清楚|教会|调解好|协调好|劝好|劝开|说通|弄好|搞好|整好|修好|换好|搞定|修复|(?:弄|整|搞)利索|拾掇好|闭环)';
/**
 * Solved there, told as what the member did on the spot (当场跟他讲明白了, 当场都签了字) or closed (已闭环): said so,
 * it is 当场解决 even with someone named to hold it (the holder is who solved it there), as 已当场解决 is.
 */
const SOLVED_THERE = new RegExp(
  // 当场我帮他在手机上交好了, 当场送过去了, 当场给补打上了, 当场教她在手机上提交了申请, 当场带他在网上预约了: a clause
  // from 当场 to the work done (好了, 过去了, 上了, 提交了); never what was promised or arranged there (当场答应把东西
  // 搬走, 当场约了下周调解), though booking it for the person (预约了) is done.
  // Typed word by word (当场 合上 了, 当场 给她 讲清楚 表 也 填好 了), as a second-language writer leaves gaps: the same
  // clause with its gaps; and handed over or sent up there (当场借给他了, 当场给她弄好交上去了).
  '(?<!没有?|未|不能|没能|还没)(?:当场|现场|当即)(?![^\\s，,。；;]{0,12}?(?:答应|同意|承诺|表示|说|定|(?<!预)约|商量|讲好))(?:[^\\s，,。；;]|\\s(?=[^\\s，,。；;])){0,16}?(?:[好完会妥掉通上](?:名|号|卡|证)?|明白|清楚|过去|上去|回来|提交|预约|申请|登记|报名|办理|激活|绑定|开通|填|缴|交|给(?:他|她)们?|(?<=[搬挪移拉运清拆])[走开]|(?<=[搬挪移拉运送](?:到|进|回)[^\\s，,。；;]{1,8})去)\\s?了' +
    // 俺过去劝开了, 我上前把他俩拉开了: the member went to the quarrel and ended it there.
    '|(?<!没有?|未|不能|没能|还没)(?:我|俺|咱)们?(?:赶紧|马上)?(?:过去|上前|赶过去|去)(?:把(?:他|她)(?:们|俩)?)?(?:劝开|劝好|拉开|说通|劝住)了' +
    // 我领着他去信用社当场重置了密码, 我 当场 合上 了: the member, then what the member did there and 了; not looking or
    // asking there (我当场看了, 当场问了问), which solves nothing.
    '|(?<!没有?|未|不能|没能|还没)(?:我|俺|咱)们?[^，,。；;\\n]{0,10}?(?:当场|现场)\\s?(?:就\\s?)?(?!看|问|了解|查看|拍|记|核|发现|答应|同意|承诺|表示|说|定|约|商量|讲好|吵|打|骂)[^\\s，,。；;了]{2,4}?\\s?了' +
    // 当场给她讲了流程, 当场跟他讲明白了: told to the person there, the question is answered; 当场都按了手印, 当场签了
    // 字: the parties agreed there, the quarrel is settled.
    '|(?<!没有?|未|不能|没能|还没)(?:当场|现场|当即)[^\\s，,。；;]{0,4}?(?:(?:给|跟|帮|为|向)(?:他|她)(?:们)?(?:讲|教|解释|演示)了|(?:按|摁)了?手印|签了?(?:字|协议|调解书))' +
    // 已闭环 (office words for closed): the matter done and its loop closed.
    '|(?<!没有?|未|还没)已经?闭环' +
    // …开关跳了 给推上了 亮了: the thing working again, said as the message's last words after what the member did.
    '|(?<=[\\s，,。；;])(?:又|就|都|灯)?(?:亮|通|来电|来水|有水|能用)了[\\s。！!]*$' +
    // …喊楼栋长拿起子紧了一哈就亮了: the same glued to what was done, with 就 (done, then working).
    '|(?<=了[^\\s，,。；;]{0,3})就(?:亮|通|来电|来水|有水|能用)了[\\s。！!]*$',
);
const SOLVED = new RegExp(
  `(?<!没有?|未|不能|没能|还没)(?:已经?|当场|现场|当即|当时)(?:当场|现场)?就?(?:帮|给)?(?:他|她|他们)?(?:手把手|耐心|上门)?${SOLVED_WORK}` +
    // 即刻搵咗师傅整好咗, 马上叫了电工修好了: at once, with someone called, and done (了), not 马上修好 (a promise).
    `|(?:即刻|立刻|立马|马上)就?(?:(?:找|叫|喊)了?[^\\s，,。；;]{1,3}?)?${SOLVED_WORK}了` +
    // …天花渗水 搞掂咗: done, said as the message's last words.
    `|(?<=^|[\\s，,。；;])${SOLVED_WORK}了[\\s。！!]*$` +
    // …没大事 已处理: handled, said as the message's last words.
    '|(?<=^|[\\s，,。；;])已经?处理(?:了|完毕)?[\\s。！!]*$' +
    `|${SOLVED_THERE.source}`,
);

/**
 * The state the matter was left in, said as a clause of its own at the end (…换了个灯泡 现在亮了, …跟她讲清楚了, 两家都没意见
 * 了, 完事儿, 提示认证成功, 她说中): what the member did there worked. Read on the last clause, after the member's asides
 * (hhh, emoji, a remark in brackets), so a state said inside the matter (灯不亮了, 修好了又坏了) is not it.
 */
const OUTCOME_CLAUSE = new RegExp(
  [
    '(?:现在|这下|已经|都|也|就|又)?(?:灯|水|电)?(?<!不|没)(?:亮|通|来电|来水|有水|能用|好|妥|行)了',
    `(?:已经?|都|也|就)?(?:(?:跟|给|帮|和|同)(?:他|她)(?:们)?)?${SOLVED_WORK}了?`,
    `[^\\s]{0,12}?(?:就|都|已经?)${SOLVED_WORK}了`,
    '完事儿?了?|搞掂了?|[\\u4e00-\\u9fa5]{0,4}?成功了?',
    '(?:两家|双方|俩家|他们|她们)?(?:也|都)?(?:没(?:有)?意见了|说开了|和好了|握手言和了?)',
    '(?:他|她)(?:们)?(?:说|讲)(?:中|行|好|可以|满意|明白了|懂了)(?:了)?',
    // The fault gone (不漏了, 不堵了, 不冒了) and the parties' agreement signed (已签字, 两家都签了字).
    '(?:现在|这下|已经|都|也|就)?不(?:漏|堵|响|冒|渗|滴|返水|跳闸)了',
    '(?:两家|双方|他们|她们)?(?:已经?|都|也)签了?字了?',
    // The matter settled or the person well again (没事了, 都没事了), the person gone back to rest after the member
    // took them (已经回宿舍休息了), the thing moved by whom the member talked to (他自己搬走了).
    '(?:现在|这下|已经|都|也|就)?没(?:啥|什么|大)?事(?:儿)?了',
    // 认证已经通过了, 审核通过了: what the member did for the person went through.
    '(?:现在|这下|已经|都|也|就)?(?:审核|认证|审批)?(?:已经)?通过了',
    // 教会她在手机上办了: taught there, and the person did it.
    '(?:已经?|都|也|就)?教会(?:他|她)(?:们)?[^\\s，,。；;]{0,12}?(?:办|弄|交|报|填|申请|提交|认证|缴)(?:好|完)?了',
    '(?:(?:他|她)(?:们)?)?(?:已经?|都|也|就)?回(?:家|宿舍|去|屋)(?:休息|歇着?)?了',
    '(?:他|她)(?:们)?(?:自己)?(?:已经?|都|也|就|当场)?(?:搬|挪|清|拆|移|拉|运|收)(?:走|掉|开)了',
  ]
    .map((said) => `(?:${said})`)
    .join('|'),
);
const OUTCOME_LAST = new RegExp(`^(?:${OUTCOME_CLAUSE.source})[。！!~～]*$`);
function outcomeSaidLast(text: string): boolean {
  const clauses = clausesOf(text.replace(/[（(][^（）()]{0,20}[)）][\s。！!]*$/, ''));
  // Laughter and letters after it (嘿嘿, yyds) are the member's mood, not the matter's state.
  while (clauses.length && /^(?:[^\u4e00-\u9fa5]+|[嘿哈呵嘻耶]+)$/.test(clauses[clauses.length - 1]!.words)) clauses.pop();
  return clauses.length > 1 && OUTCOME_LAST.test(clauses[clauses.length - 1]!.words);
}

/** Mediation as the member's step (调解员, 组织两家调解, 约双方调解), not a word of the person's. */
const MEDIATED = /调解员|调解委员会|调委会|(?:约|组织|安排)[^\s，,。；;]{0,8}?调解/;

/** Reads a recording message (with or without its command word) into a draft. */
export function parseTicket(message: string, context: ParseContext): TicketDraft {
  // Circled numbers of a work-group template (①反映人 ②诉求) are a gap: NFKC would make them digits of the text.
  const typed = message
    .replace(/[\u2460-\u2473\u2776-\u2793\u3251-\u325f]/g, ' ')
    // Keycap digits (3️⃣天内) are the digit.
    .replace(/(\d)\ufe0f?\u20e3/g, '$1')
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim();
  const plain = withoutSpokenFor(withoutOfficialFrame(unspaced(typed)));
  const work = workingText(plain);
  const draft = readDraft(work, context);
  // 陈国栋（陈伯）…陈伯电话139…: the alias in brackets, read again elsewhere as who raised it, is the full name's person.
  for (const alias of work.matchAll(ALIAS_IN_BRACKETS)) if (draft.raiser === alias[3] && !findPlace(alias[3]!)) draft.raiser = alias[1];
  // The levels above the 村/社区 (县, 镇, 街道), however the place was read (a label, the search, the dialogue).
  // 县城幸福家园社区, 城区某社区: the county town or the town centre said before a community is where it is, not its name.
  if (draft.place) draft.place = placeLevel(draft.place).replace(/^(?:县城|城区|市区|城里|镇上|乡上|乡里)(?=[\u4e00-\u9fa5]{2,})/, '');
  // A wrong raiser or place on a 工单 is worse than a question back: a reading without the shape of one is left for
  // the dialogue to ask (see unsureRaiser, unsurePlace), whatever rule read it.
  // Judged on the working text (simplified, 繁体 read as 简体), before the fields are given back as typed.
  if (draft.raiser !== undefined && unsureNameEnd(draft.raiser, work)) {
    // The name with the character it may end in, as the person more likely is (郑福来): offered, not stored.
    draft.raiserGuess = asTyped(`${draft.raiser}来`, work, plain);
    delete draft.raiser;
    // 郑福|来说…: the saying verb the name was cut from is no part of the matter.
    if (draft.content) draft.content = draft.content.replace(/^来(?:说|讲|反映|反应)[，,:：\s]*/, '');
  }
  // 雷家阿伯来讲: after a kin word the 来 is coming to say it, never a character of the name.
  const cameToSay = draft.raiser === undefined ? -1 : work.indexOf(draft.raiser);
  if (
    draft.raiser !== undefined &&
    /[伯婶叔姨婆公爷奶哥姐嫂妹娘伢仔]来$/.test(draft.raiser) &&
    cameToSay >= 0 &&
    /^(?:讲|说|反映|反应)/.test(work.slice(cameToSay + draft.raiser.length))
  )
    draft.raiser = draft.raiser.slice(0, -1);
  if (draft.raiser !== undefined && unsureRaiser(draft.raiser)) delete draft.raiser;
  // 团部农业科, 场部社保科: an office of a 团 or a farm, named with its seat as 镇民政办 is with its 镇; the seat read as a
  // post before a person (农 is a surname) would leave 农业科 alone.
  if (draft.holder !== undefined && /^[\u4e00-\u9fa5]{2,5}(?:科|股|办|站|所|室)$/.test(draft.holder)) {
    const at = work.indexOf(draft.holder);
    const seat = at >= 2 ? /(?:团部|师部|场部|连部)$/.exec(work.slice(0, at))?.[0] : undefined;
    if (seat) draft.holder = seat + draft.holder;
  }
  if (draft.place !== undefined && (unsurePlace(draft.place) || unsurePlaceEnd(draft.place, work))) delete draft.place;
  for (const field of ['raiser', 'place', 'holder', 'content'] as const) {
    const value = draft[field];
    if (value !== undefined) draft[field] = typedAcrossGaps(asTyped(value, work, plain), work, plain);
  }
  return draft;
}

/**
 * Who raised it, as read, when it has not the shape of one person's name, kin name or household, whatever words are in
 * it: a description before the name (在外打工回来的韩国庆, 78岁的韩国庆同志; 的 only as 李师傅家的 or 小林的奶奶),
 * a verb of saying glued after it (…反映的), a neighbour's position before it (楼上赵国强: often the one complained
 * about), a negation or an aspect word inside (人不认; not the 不 of 阿不都), a place's end in it or glued before it
 * (桂花里, 岩脚寨陈秀兰, 单元门), or a description ending in 人 (跑船人). The dialogue asks rather than record it.
 */
/** 李师傅家的, 小林的奶奶: the only readings with 的 that are one household or person (see unsureRaiser). */
const HOUSEHOLD_OR_KIN_OF = new RegExp(
  `^[^的]{1,4}(?:家的|的(?:${KIN_OF}|${KIN}|儿子|女儿|儿媳妇?|女婿|孙子|孙女|外孙女?|丈夫|爱人|侄子|侄女))$`,
);
/** A surname and one character (郑福): a name whose end may be the next character typed (see unsureNameEnd). */
const SURNAME_AND_ONE = new RegExp(`^[${SURNAMES}][\\u4e00-\\u9fa5]$`);

export function unsureRaiser(raiser: string): boolean {
  if (/的/.test(raiser) && !HOUSEHOLD_OR_KIN_OF.test(raiser)) return true;
  if (/^(?:楼上|楼下|隔壁|对门|对面|邻居|邻家)/.test(raiser)) return true;
  // 组织人撒沙子, 安排人清运: people sent to do the work, then the work; no one named.
  if (/^(?:组织|安排|派|找|叫|喊|请|雇)了?(?:个|些|几个)?人/.test(raiser)) return true;
  if (/[没了过着被把]|(?<!阿)不/.test(raiser)) return true;
  // A place's name (two characters or more) and its word, then more: not a post named by the place (村医, 老村长).
  if (
    /[\u4e00-\u9fa5]{2}(?:村|社区|社區|寨|屯|弄|坊|巷|小区|小區|网格)(?=.)|(?:单元|号楼|栋)(?!长)(?=.)|[里坊弄巷寨屯村庄堡院]$/.test(raiser)
  )
    return true;
  return /人$/.test(raiser);
}

/**
 * A two-character name (surname and one character) read where the next character typed both ends names and starts the
 * words after them (王福|来说, 曹福|来反映: 李福来, 刘长来 are names too): where the name stops is unsure, so the
 * dialogue asks rather than cut or keep the character.
 */
function unsureNameEnd(raiser: string, typed: string): boolean {
  // A surname and a kin word (刘婶来村委说的) is whole: only a given name may go on.
  if (!SURNAME_AND_ONE.test(raiser) || KIN_NAME.exec(raiser)?.[0] === raiser) return false;
  const at = typed.indexOf(raiser);
  return at >= 0 && /^来/.test(typed.slice(at + raiser.length));
}

/**
 * A place read where the words typed right after it, glued, name a smaller place of their own (柳湾村|下坝组,
 * a village then a hamlet or a lane the reading left in the matter): where the place stops is unsure, so the
 * dialogue asks rather than record the larger place alone.
 */
function unsurePlaceEnd(place: string, typed: string): boolean {
  const at = typed.indexOf(place);
  if (at < 0) return false;
  // Not a pointer (那边三组) nor a word ending in the same character (住院, 医院): a name, then its place word.
  return /^(?![那这哪][边个里])[^\s\d，,。；;:：、的了在有是说没不和跟住医学法]{1,4}?(?:自然屯|自然村|屯|寨|坡|湾|沟|岭|峪|洼|坪|垭|坳|庄|号院|巷|弄|坊)(?=$|[\s，,。；;:：、的])/.test(
    typed.slice(at + place.length),
  );
}

/** What a place as read ends in: a level below the town, a numbered courtyard or part, a lane. */
// Every end the place search knows (PLACE_SEARCH, UNIT, HAMLET_BELOW, ESTATE_BELOW), a digit, or a hidden name (XX村).
const PLACE_SHAPE =
  /(?:村|社区|社區|居委会?|村委会|居民区|网格|網格|嘎查|农场|林场|牧场|屯|组|組|队|小区|小區|苑|花园|家园|公寓|新村|号楼|栋|幢|单元|座|弄|庄|营|寨|堡|铺|湾|坪|岗|洼|疃|埠|垭|哨|坳|坡|屋场|塆|冲|垄|垅|畈|垸|圩|厝|埔|街道|镇|乡|苏木|片区|院|区|社|巷|里|坊|峪|沟|岭|坝|街|路|市|县|旗|车间|分厂|点|园|号|室|层|楼|户|院落|连|连队|排|团|团场|总场|分场|作业站|宿舍|宿舍楼|公寓楼|厂房|食堂|门|门岗|线|班|工段|(?<=[\u4e00-\u9fa5]{2})部|\d|[Xx×＊*])$/;
/**
 * The 村/社区 as read, when it has not a place's shape: it neither ends in a place's word nor is a place name alone, or it has swallowed words of
 * the matter (的, 了, 门口, 旁边…). The dialogue asks for it rather than record it.
 */
export function unsurePlace(place: string): boolean {
  // A village or neighbourhood named without 村 or 社区 (城关, 东关, 柳湾), as its people write it: a place name jieba knows.
  if (!PLACE_SHAPE.test(place.replace(/\s/g, '')) && !readsAsPlaceName(place)) return true;
  return /的|了|门口|门前|旁边|附近|对面|后面|前面|里面/.test(place);
}

/**
 * A field read with the gaps inside it closed (華阳社区 5号楼 → 华阳社区5号楼) is not found as a run of the working text
 * by asTyped: it is found here with a gap allowed between its characters, and given back as typed, gaps closed.
 */
function typedAcrossGaps(value: string, work: string, typed: string): string {
  if (work === typed || work.length !== typed.length || /\s/.test(value) || work.includes(value)) return value;
  const spread = new RegExp([...value].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s?'));
  const found = spread.exec(work);
  return found ? typed.slice(found.index, found.index + found[0].length).replace(/\s/g, '') : value;
}

/**
 * A message typed with a gap after every character (东 湖 社 区 王 大 爷 …, as some handwriting and voice input
 * leave it, digits too): the gaps say nothing of where words end, so they are closed. Only when nearly every run is
 * one character; word-by-word gaps (西站社区 张姨 反映) are kept, they do part words.
 */
function unspaced(typed: string): string {
  const runs = typed.split(' ');
  const single = runs.filter((r) => [...r].length === 1).length;
  if (runs.length < 8 || single / runs.length < 0.7) return typed;
  return typed.replace(/ /g, '');
}

/** A person, named by a post or not, standing alone as the last clause of the matter (see readDraft). */
function holderSaidLast(content: string, raiser: string): { name: string; index: number } | undefined {
  const clauses = clausesOf(content);
  const last = clauses[clauses.length - 1];
  if (!last || clauses.length < 2) return undefined;
  const name = promiserName(last.words) ?? (PERSON_ONLY.test(last.words) && !KIN_NAME.test(last.words) ? last.words : undefined);
  if (!name || name === raiser || NOT_A_HOLDER.test(name) || content.slice(0, last.index).includes(name)) return undefined;
  return { name: name.replace(POST_AFTER_NAME, '$1'), index: last.index };
}

/** A date said in a clause: a deadline's shape, or a day alone (物业说明天给补上, 街道下周一上门). */
const CLAUSE_DATE = new RegExp(`(?:${DEADLINE_SHAPE.source})|${DAY}|${WEEKDAY}`);
/** The verb that makes the words after it a promise: 说, 讲, 答应, 承诺 (物业说本周五前修好, 老周答应这礼拜五之前). */
const PROMISING = /(?:已经)?(?:答应|承诺|表示|保证|说好|讲好|说|讲)(?:了)?(?:会|就)?$/;
/** Whom the member told or handed it to, ending the clause before a pronoun's promise (我报给街道城建科了，他们说…). */
const TOLD_IN_CLAUSE =
  /(?:报给|报到|报|转给|转到|交给|反映给|跟|给|联系了?|找了?|问了?|打给)(.+?)(?:说了?|讲了?|打(?:了个?)?电话了?|反映了?|了)?$/;
/** A pronoun for whom the member told, or a subject left out (…报镇交通办 讲三天内派人来清). */
// 俺跟村医老孙说了 叫他明天上门: the member sending the one just told (叫他, 让她) is the same pronoun.
const TOLD_PRONOUN = /^(?:(?:叫|让|请|喊)?(?:他们|她们|他|她)|人家|对方|那边)?$/;
/** Handing it over right after the date (…前叫社区李主任给个说法): the verb and whom, then their work. */
const HANDED_AFTER_DATE =
  /^((?:就|再)?(?:叫|让|请|喊)([\u4e00-\u9fa5]{2,10}?))(?=给|去|来|帮|把|回|答复|回复|跟|联系|上门|牵头|负责|处理|协调|调解|查)/;
/** The member and whom they go with (我跟调解员锁阿舅一块去, 俺和村医小杨一起): that person holds it too. */
const WITH_MEMBER = /((?:我|俺|咱)(?:们)?(?:跟|和|同)([\u4e00-\u9fa5]{2,10}?)(?:一块儿?|一起|一道|一同))/;
/** The body or post a person is named by, before the name (供热站老周, 物业经理张立军, 社区民政王姐). */
// A works' department or its trade said before the name (财务小郑, 宿管陈姐, 人事小吴, HR小林, IT徐磊): staff, as 物业 is.
const NAMED_BY_WORK = new RegExp(
  `(?:${UNIT_SUFFIX}|员|长|理|任|工|书记|支书|医生|老师|民警|社工|[^\\s]口|学校|小学|中学|村小|医院|财务|人事|行政|后勤|保卫|安保|宿管|食堂|工会|(?<![A-Za-z])(?:HR|IT|hr))$`,
);

/**
 * Who promised, read as a body or a member of staff: the body itself (街道平安办), or the person after the body or post
 * they are named by (供热站老周 → 老周). Not a person called by kin alone (王大爷), the member, or a clause.
 */
function promiserName(subject: string): string | undefined {
  // 学校的杨主任, 服务站的付医生: the body's 的 before its member of staff.
  const said = subject
    .replace(/(?:和|跟|同)(?:我|俺|咱)(?:们)?$/, '')
    .replace(/^(?:已经|已|就|也|还)/, '')
    // 车间唐主任: the works' part, a body the person works in, not a surname (车) and a name.
    .replace(/^(?:车间|厂里|厂部|班组|工段)的?(?=[\u4e00-\u9fa5]{2})/, '')
    .replace(new RegExp(`的(?=(?:${PERSON})$)`), '');
  // A body promising (物业说本周五前修好, 街道平安办答应月底前…) names no member: the recorder holds it and follows the
  // body up, as the tests and most writers read it (see readDraft's holder patterns).
  if (!said || RECORDER.test(said) || isBody(said)) return undefined;
  // Longest first: 社区韩卫东主任 is 韩卫东 the 主任 of the 社区, not 卫东主任 after a body read as 社区韩.
  for (let length = Math.min(said.length, 5); length >= 2; length--) {
    const person = said.slice(-length);
    const work = said.slice(0, -length);
    if (!PERSON_ONLY.test(person) && !KIN_NAME.test(person)) continue;
    if (NOT_A_HOLDER.test(person)) continue;
    if (work === '' && PERSON_ONLY.test(person) && !KIN_NAME.test(person)) return person.replace(POST_AFTER_NAME, '$1');
    if (work !== '' && (NAMED_BY_WORK.test(work) || isBody(work) || BODY_OR_POST.test(work))) return person.replace(POST_AFTER_NAME, '$1');
  }
  return undefined;
}

/**
 * The promise read by its clause, when no holder pattern read one (…物业说明天给补上, 社区卫生站说3.20前给他重新办下来,
 * 水利站3.12前来看, 已经转给市场监管所 他们说3.13之前去查): the clause holding the promised date starts with who
 * promised it, a body or a member of staff, with a verb of saying or promising or none before the date. A pronoun, or
 * no subject before the verb, stands for whom the member told or handed it to in the clause before. A person named
 * earlier as the one speaking (孙建平说… 孙建平答应…) raised it; their own promise is the matter.
 */
function promiserOfClause(text: string): { name: string; index: number; length: number; day?: string } | undefined {
  const clauses = clausesOf(text);
  for (const [at, clause] of clauses.entries()) {
    const date = CLAUSE_DATE.exec(clause.words);
    if (!date) continue;
    const before = clause.words.slice(0, date.index);
    const day = DEADLINE_SHAPE.exec(clause.words)?.index === date.index ? undefined : date[0];
    // 下礼拜三前叫社区李主任给个说法: the member, by the date, hands it to the person they name after it (a body asked
    // after the date, 本周五前请供电所来检查, is asked to do the work, as the writers read it: no holder).
    const handed = /^(?:我|俺|咱)?(?:们)?$/.test(before) ? HANDED_AFTER_DATE.exec(clause.words.slice(date.index + date[0].length)) : null;
    const handedTo = handed ? promiserName(handed[2]!) : undefined;
    if (handed && handedTo) return { name: handedTo, index: clause.index + date.index + date[0].length, length: handed[1]!.length, day };
    // 明天我跟调解员锁阿舅一块去调解: the one the member goes with holds it with them.
    const together = WITH_MEMBER.exec(clause.words);
    const partner = together ? promiserName(together[2]!) : undefined;
    if (together && partner) return { name: partner, index: clause.index + together.index, length: together[1]!.length, day };
    const verb = PROMISING.exec(before)?.[0] ?? '';
    const subject = before.slice(0, before.length - verb.length);
    const shaped = DEADLINE_SHAPE.exec(clause.words)?.index === date.index;
    let name: string | undefined;
    // 班主任符老师和我 下礼拜一一起去家访: the one named with the member, a clause before a date that starts its own.
    const withMember = at > 0 && !subject && !verb ? clauses[at - 1]! : undefined;
    if (withMember && /(?:和|跟|同)(?:我|俺|咱)(?:们)?$/.test(withMember.words)) {
      const named = promiserName(withMember.words);
      if (named) return { name: named, index: withMember.index, length: withMember.words.length, day: shaped ? undefined : date[0] };
    }
    if (TOLD_PRONOUN.test(subject)) {
      // Told in the clause before: 我跟供热站说了 他们说…; a subject left out needs its verb (讲三天内…).
      if ((!subject && !verb) || at === 0) continue;
      const told = TOLD_IN_CLAUSE.exec(clauses[at - 1]!.words);
      name = told ? promiserName(told[1]!) : undefined;
    } else {
      name = promiserName(subject);
      // A body with no verb before the date must be given the date outright (水利站3.12前来看), or a day then its work.
      if (name && !verb && !shaped && !/[长任师生警]$/.test(name)) name = undefined;
      // A person named by no work must come after some of the matter: named first, they raised it.
      if (name && name === subject && !MATTER_BEFORE.test(text.slice(0, clause.index))) name = undefined;
      // The person who raised it, named earlier not by their work, promising: their words (孙建平说…孙建平答应…).
      if (name) {
        const earlier = text.slice(0, clause.index).lastIndexOf(name);
        // Named earlier by the body's 的 or as whom the member reached (联系了服务站的付医生): staff too.
        const named = text.slice(Math.max(0, earlier - 4), earlier).replace(/的$/, '');
        if (earlier >= 0 && !NAMED_BY_WORK.test(named) && !/(?:联系|找|问|打给|跟|叫|请)了?$/.test(named)) name = undefined;
      }
      // Kin words alone (王大爷说明天…) are the person's, unless the body they work for is said before them.
      if (name && KIN_NAME.test(name) && !/(?:姐|哥|医生|老师|大夫)$/.test(name)) name = undefined;
      if (name && KIN_NAME.test(name) && subject === name) name = undefined;
    }
    if (!name) continue;
    return { name, index: clause.index, length: before.length, day: shaped ? undefined : date[0] };
  }
  return undefined;
}

/** A verb of promising, then what will be done with no date yet (说过几天去谈, 答应帮他办, 说要列进计划, 说尽快研究). */
const PROMISED_UNDATED =
  /^(.{2,14}?)((?:已经)?(?:答应|承诺|表示|说|讲)(?:了)?)(?=要|会|去(?!年|世)|来(?!年|的)|帮|给|尽快|抓紧|过几天|过两天|马上|争取|研究|考虑)/;

/**
 * A member of staff named by their body or post (社区付主任, 卫生服务站的何医生, 改造办的陈工) promising something with no
 * date (说过几天去谈, 答应帮他办): they hold it, and the dialogue asks for the date. Not a person named by no work
 * (王大爷说要去…): that is the person's own word, the matter.
 */
function staffPromiseUndated(text: string): { name: string; index: number; length: number; day?: string } | undefined {
  for (const clause of clausesOf(text)) {
    const promise = PROMISED_UNDATED.exec(clause.words);
    // Said after some of the matter: one saying it first (社员杨成福说…) raised it.
    if (!promise || !MATTER_BEFORE.test(text.slice(0, clause.index))) continue;
    const subject = promise[1]!;
    const name = promiserName(subject);
    if (!name || subject.replace(/的/g, '') === name) continue;
    if (KIN_NAME.test(name) && !/(?:姐|哥|医生|老师|大夫)$/.test(name)) continue;
    return { name, index: clause.index, length: subject.length + promise[2]!.length };
  }
  return undefined;
}

/**
 * A body the member reported the matter to, in a step clause of its own, with the promise said right after it and no
 * one else's (已报镇水利站，月底前处理; 报了镇应急办 今天下午就来看; 已经报给城管中队了，让他们3天内来处理): the body
 * holds it. Not a body told, then their own words (…城建科了 他们说…: see promiserOfClause), nor a promise word
 * between (已报街道城建办，承诺…: the member's own promise).
 */
function reportedBody(text: string): { name: string; index: number; length: number; day?: string } | undefined {
  const clauses = roledClausesOf(text);
  for (const [at, clause] of clauses.entries()) {
    const next = clauses[at + 1];
    const promise = next ? PROMISE_FOLLOWS.exec(next.words) : null;
    if (clause.role !== 'step' || !promise || !REPORTED.test(clause.words)) continue;
    const body = stepTarget(clause.words)?.replace(/^(?:镇上|镇里|县上|县里|区里|市里)的?(?=[\u4e00-\u9fa5]{2})/, '');
    // 后天来看, 今天下午就来看: a day alone after the body is the day promised, as after a holder's name.
    const day = promise.groups!.shaped === undefined ? promise.groups!.day : undefined;
    // A team of the town or county (镇综合执法队, 县防汛工作组) is a body there too.
    if (body && (isBody(body) || TOWN_TEAM.test(body)) && !PARTY_ORG.test(body))
      return { name: body, index: clause.index, length: clause.words.length, day };
  }
  return undefined;
}
/**
 * Reporting it up (已报, 报了, 报给, 上报, 已对接): the body then acts (passing it on, 转给, 交给, is read by the holder
 * patterns). The member's own errand to a
 * body (我去问镇海洋渔业站, 我跟镇海洋渔业站对接, 我对接县人社局) keeps it with the member.
 */
const REPORTED = /^(?:已经?|(?:我|俺|咱)(?:们)?(?:已经?)?)?(?:上报|报(?![名销案警价道告纸表废])(?:了|给|到)?)|^已经?对接/;
const TOWN_TEAM = /^(?:镇|乡|县|区|街道|市)[\u4e00-\u9fa5]{2,10}(?:队|组)$/;
/** A day said by name, ahead or not (明天, 下周一): the day of a plan (see plannedDay). */
const DAY_ALONE = new RegExp(`${DAY}|${WEEKDAY}`);
/**
 * Who will do the planned work, said before its day (物业说, 热力公司的人, 我约了物业公司和业委会, 支部): it goes out of
 * the matter with the plan; anything else before the day (路灯坏了明天去看) is the matter and stays.
 */
const PLAN_SUBJECT = new RegExp(
  `^(?:.{0,12}(?:说|讲|答应|表示)|.*约(?:了|好)?.*|(?:我|俺|咱)(?:们)?|[\\u4e00-\\u9fa5]{0,8}?(?:${UNIT_SUFFIX}|社区|村里|镇上|镇里|乡里|县里|街道|物业|他们|她们|的人|员|长|主任|书记|师傅))$`,
);
/** A clause that opens with the date promised, or hands the work back to them first (让他们3天内来处理). */
const PROMISE_FOLLOWS = new RegExp(
  `^(?:(?:让|叫|请)(?:他们|她们|他|她))?(?:(?<shaped>${DEADLINE_SHAPE.source})|(?<day>${DAY}|${WEEKDAY}))`,
);

function readDraft(working: string, context: ParseContext): TicketDraft {
  const draft: TicketDraft = {};
  let text = working.trim();
  // A message passed on from a work group (转发：民情工单 …, 【转发】, Fwd:): the mark of forwarding is no field.
  // A greeting before the command (书记好，民情工单…, 收到，…) and thanks after the message (…，谢谢 / 麻烦了) are said
  // to the reader, no field: without them the command is read at the start and a day at the end.
  text = text.replace(GREETING, '').replace(THANKS, ' ');
  text = text.replace(FORWARDED, '').replace(COMMAND, '');
  // The command said last (…俺说下周一去现场看看 民情工单), as a member who starts with the matter adds it: no matter.
  text = text.replace(/[\s，,。；;]+[#【[]?(?:[民明](?:情|请)[工公]单|记一下|登记一下|记个工单)[】\]]?[\s。！!]*$/, '');
  if (SPOT.test(text)) {
    draft.onSpot = true;
    text = text.replace(SPOT, '');
  }
  // …交给网格员小吕，已当场解决 / …现场处理好了: the same said as a clause of its own after the rest, whoever was named
  // to hold it (the holder is who solved it there).
  const spotSaid = SPOT_SAID.exec(text);
  if (spotSaid) {
    draft.onSpot = true;
    text = cut(text, spotSaid.index, spotSaid[0].length);
  }
  // The command word typed glued to a colon (民情工单：城关村…) leaves the colon in the arguments.
  text = text.replace(/^[:：,，\s]+/, '');
  // A record's own title before a colon (求助记录：, 走访记录：, 入户走访情况：): what the note is, no field.
  text = text.replace(/^[\u4e00-\u9fa5]{0,4}(?:记录|日志|纪要|情况登记|走访情况)\s*[:：]\s*/, '');
  // The day of the visit written first, as a register does (3.4 东岗村…, 12月8日 …): when it was heard, not a field.
  text = text.replace(/^(?:\d{4}[.\-/年])?\d{1,2}[.\-/月]\d{1,2}[日号]?(?=[\s，,])/, ' ');
  // A pause word becomes a gap, so it separates what it stood between (村里的赵永福他就反映 / 那个居民黄建军).
  text = text.replace(FILLERS, ' ').replace(NET_SLANG, ' ').replace(SOFT, ' ');
  // Office English (FYI, pls) is a gap; ASAP before a day (ASAP 明天先去登记) makes that day the promise, and alone
  // it names no date, so the dialogue asks for one.
  text = text.replace(ASAP_THEN_DAY, '承诺').replace(OFFICE_ENGLISH, ' ').replace(FOLLOW_UP, '跟进');
  // by 周五, due 3/10, before 月底: English words before a date are the promise word, not the matter.
  text = text.replace(/(?<![a-z])(?:by|due|before)(?![a-z])\s*(?=[今明后本这下周星礼月\d])/gi, ' ');
  // Who passed it on (转自网格员：, 转发自业主群：) is where the message came from, not a field.
  text = text.replace(/(?<=^|[\s，,。；;])(?:转自|转发自|摘自)\s*[^\s，,。；;:：]{0,10}[:：]/, ' ');
  // 3月10号（下周二）前: the weekday in brackets only names the date's day; the date and 前 are one deadline.
  text = text.replace(/(?<=\d{1,2}[日号])\s*[（(]\s*(?:下|本|这)?(?:周|星期|礼拜)[一二三四五六日天]\s*[)）](?=\s*(?:之|以)?前)/g, '');
  // 周五 前, 3天 内: a deadline with a gap inside it, as dictation or a word-by-word typist leaves it.
  text = text.replace(/(?<=[天日号周一二三四五六七底末])\s+(?=(?:之|以)?[前内](?![\u4e00-\u9fa5]))/g, '');

  text = bracketLabels(text);
  // A form's asides that are no field: the sex and age in brackets after a name (张某某（女，58岁）), the serial number
  // after the title (（第21号）), and a category left open (问题类别：（待定）), which is guessed instead.
  text = text
    .replace(/[（(]\s*(?:(?:男|女)(?:[，,、\s]*\d{1,3}(?:多)?岁)?|\d{1,3}(?:多)?岁)\s*[)）]/g, ' ')
    .replace(/^\s*[（(]\s*第?\s*\d{1,6}\s*号\s*[)）]/, ' ')
    .replace(/(?:问题)?(?:类别|分类|类型)\s*[:：]\s*[（(]?(?:待定|未定|待确定|不详|暂无|待分类)[)）]?/, ' ')
    // 责任人：社区卫生服务站张医生（张丽）: the full name in brackets after the post is who holds it.
    .replace(
      new RegExp(
        `((?:责任人|负责人|承办人|经办人|处理人|办理人|跟进人)\\s*[:：])\\s*[^\\s，,。；;（(]{1,16}?[（(]\\s*([${SURNAMES}][\\u4e00-\\u9fa5]{1,2})\\s*[)）]`,
      ),
      '$1$2',
    );
  // 姓名：王桂兰（留守老人，78岁）, 负责人：林子萱（本人）, 负责：王建国（村会计）: on a form, what is in brackets after a labelled name says who
  // the person is, not their name, and is no part of the matter either.
  text = text.replace(
    /((?:姓名|反映人|提出人|来访人|来电人|诉求人|求助人|投诉人|当事人|报事人|群众姓名|走访对象|责任人|负责人|承办人|经办人|处理人|办理人|跟进人|包联人|包抓人|负责|跟进)\s*[:：]\s*[^\s，,。；;:：（(]{2,8})\s*[（(]([^()（）]{1,30})[)）]/g,
    // Not a place in the brackets (张阿婆（莘松三村）): that is where the person lives, read with the name.
    // With more than the place (韦德荣（弄怀屯村民，电话139…）), only the place is kept there; the phone is read apart.
    (whole, labelled: string, inside: string) => {
      const place = findPlace(inside);
      if (!place) return `${labelled} `;
      return place.name === inside.trim() ? whole : `${labelled}（${place.name}） ${inside.replace(place.name, ' ')}`;
    },
  );
  // 小陈（陈思远）, 老黄(黄建军): a short name with the full name after it in brackets; the full name finds the member.
  text = text.replace(new RegExp(`(?:老|小)[${SURNAMES}]\\s*[（(]\\s*([${SURNAMES}][\\u4e00-\\u9fa5]{1,2})\\s*[)）]`, 'g'), '$1');
  // 覃月娥（覃婶）, 陆永昌（陆伯）, 韦福生（韦老三）: a full name with what the village calls the same person in brackets
  // after it (the surname again, with kin or birth order); the full name is who raised it, the other is no matter.
  text = text.replace(
    ALIAS_IN_BRACKETS,
    // Not a place of the same first character (王大娘（王家庄村）): where the person lives, read with the name.
    (whole: string, name: string, _surname: string, inside: string) => (findPlace(inside) ? whole : name),
  );
  // 李德明李大爷, 冯大爷冯德才: a full name beside the surname and a kin word (the same person twice, as a member calls
  // and writes them); the full name is who raised it.
  text = text
    // 老马头 马振江, 于长海老于头 (northeast: 老X头, an old man by his surname): the same, called as the street calls him.
    .replace(
      new RegExp(`(?:老(?=[${SURNAMES}]头))?([${SURNAMES}])(?:${KIN}|(?<=老.)头儿?)\\s?(?=\\1[\\u4e00-\\u9fa5]{1,2})`, 'g'),
      (kin: string, surname: string, at: number) => (FULL_NAME.exec(text.slice(at + kin.length))?.[0]?.startsWith(surname) ? '' : kin),
    )
    .replace(
      new RegExp(`(([${SURNAMES}])[\\u4e00-\\u9fa5]{1,2}?)(?:\\2(?:${KIN})|老\\2头儿?)(?!家)`, 'g'),
      (whole: string, full: string) => (FULL_NAME.exec(full)?.[0] === full && !/[家村屯镇乡]$/.test(full) ? full : whole),
    );
  // Brackets left without a label (【东湖社区】【王大爷】【路灯坏了】, a notice's 【台风灾后】) only set words apart.
  text = text.replace(/[【】〔〕]/g, ' ');
  const phone = readPhone(text);
  if (phone) {
    draft.phone = phone.number;
    text = phone.rest;
  }
  // Haste said anywhere (尽快处理, 让邹丽尽快跟进), read before the holder and the date are taken out with it.
  const haste = HASTE_WORD.exec(text)?.[0];
  text = readLabels(text, draft);
  // The clauses that promise a date, as written before the holder and the date are read out of them (see
  // readWhoAndWhat: a name left in them is who promised, not who raised it).
  const promises = roledClausesOf(text, { promised: DEADLINE_SHAPE })
    .filter((clause) => clause.role === 'promise')
    .map((clause) => clause.words);
  // A category named with 类 as a word of its own (基础设施类), as well as after a label (类别：医疗).
  const category = CATEGORY.exec(text) ?? CATEGORY_ALONE.exec(text);
  if (category && categoryNamed(category[1]!)) {
    draft.category = categoryNamed(category[1]!);
    draft.categoryGiven = true;
    text = cut(text, category.index, category[0].length);
  }
  // 本人负责, 我来跟进: the recorder, who holds it by default; not a name, and not the matter.
  text = text
    .replace(/(?<=^|[\s，,。；;])由?(?:本人|我自己|俺自己|自己|我|俺)来?(?:负责|跟进|办理|处理)(?=$|[\s，,。；;])/, ' ')
    // 责任人：我, 负责人 本人: the same, said on a form.
    .replace(/(?:责任人|负责人|跟进人|处理人|办理人|包抓人)\s*[:：]?\s*(?:本人|我自己|我|俺|自己)(?=$|[\s，,。；;])/, ' ');
  let heldDay: string | undefined;
  let dayAfterHolder: string | undefined;
  /** The words taken out with the holder (凤凰社区工作站李主任答应): see below, for the place. */
  let heldWords = '';
  // 王芳(网格员)跟进, 小王（村委委员）负责: the post in brackets after the name says who the member is, not their name.
  text = text.replace(POST_IN_BRACKETS, '$1 ').replace(POST_AFTER_THEN_WORK, '$1 ');
  const reported = reportedBody(text);
  if (reported) {
    draft.holder = reported.name;
    dayAfterHolder = reported.day;
    text = cut(text, reported.index, reported.length);
  }
  for (const pattern of HOLDER_PATTERNS) {
    if (draft.holder) break;
    // A word with no Han surname's shape at work may come after a clause of the matter read the same way (车过不去 …
    // 阿拉腾负责报…): the first that reads as a name is the one.
    const holder = pattern === UNSHAPED_AT_WORK ? firstUnshapedAtWork(text) : pattern.exec(text);
    // 调解员苏姐负责, 网格员张姐跟进: called by kin, but named by a post, they are staff.
    const postNamed = holder?.[1] !== undefined && HOLDER_ROLE.test(holder[1]);
    let name = holder?.[1]
      ?.replace(/同志$/, '')
      // 车间唐主任, 厂里赵厂长: the works' part the person is in, not a surname (车) and a name.
      .replace(/^(?:车间|厂里|厂部|班组|工段)的?(?=[\u4e00-\u9fa5]{2})/, '')
      .replace(HOLDER_ROLE, '')
      .replace(POST_AFTER_NAME, '$1')
      // 镇上住建办, 县里民政局: where the unit sits is not its name.
      .replace(/^(?:镇上|镇里|县上|县里|区里|市里|街道上|上面)的?(?=[\u4e00-\u9fa5]{2})/, '')
      // 这个事李主任负责: the matter pointed at before the holder is not part of the name.
      .replace(/^(?:这个?|此|那个?)(?:件)?事(?:情|儿)?(?:就|由)?(?=.)/, '')
      // 交给环卫的老陈: the trade or office before 的 says where the person works; the person holds it.
      .replace(HOLDER_OF_TRADE, '')
      // 交给物业管理处林德胜经理: the office before the name and the post after it say who the person is.
      .replace(HOLDER_IN_OFFICE, '$1');
    // 由嘎查达满都拉负责, 嘎查长孟和跟进: a post before a name with no Han surname's shape is who they are, not the name.
    const posted = name && !PERSON_ONLY.test(name) ? POST_BEFORE_UNSHAPED.exec(name) : null;
    if (posted && unshapedName(name!.slice(posted[0].length))) name = name!.slice(posted[0].length);
    // 乡上的电工索南, 乡农牧站的扎西站长, 村医才让: where they work and their post, before or after such a name.
    else if (name && !PERSON_ONLY.test(name)) name = unshapedWithPosts(name) ?? name;
    if (holder && name && RECORDER.test(name)) {
      // 这事俺负责, 我这边跟进: the member recording it, who holds it by default.
      text = cut(text, holder.index, holder[0].length);
      break;
    }
    if (!holder || !name || NOT_A_HOLDER.test(name) || DATE_ONLY.test(name)) continue;
    // 城管中队张队说3天内…, 社保所陈姐讲…: the verb of saying the name was read with is how they promised, not the name.
    const saidAfter = /(?:说|讲)$/.exec(name);
    if (saidAfter && (PERSON_ONLY.test(name.slice(0, -1)) || KIN_NAME.test(name.slice(0, -1)))) name = name.slice(0, -1);
    // Not 派人上去看: someone unnamed sent, or a clause.
    if (
      pattern === UNSHAPED_HANDED &&
      (!unshapedName(name) || (CLAUSE_WORDS.test(name) && !transliterated(name)) || /[了过着一伊他她你我应人]/.test(name))
    )
      continue;
    // Not 俺过(去), 领他(去): a pronoun or a verb with its direction (过去, 回去) is no name.
    if (
      (pattern === UNSHAPED_AT_WORK || pattern === UNSHAPED_PROMISED) &&
      (!unshapedName(name) ||
        // Nor 请村 (调解), 让组里 (协调): the word that hands the work over, with the body's first character.
        /^(?:俺|我|咱|他|她|你|领|帮|给|把|带|请|让|叫|喊|派|由|交|找|跟|和|同|与|向|对)|[过回上下出进]$/.test(name) ||
        // Characters of a clause, rare in a transliterated name (老人摔过一跤, 答应伊); 都 and 来 are in some (满都拉, 达来).
        (CLAUSE_WORDS.test(name) && !transliterated(name)) ||
        /[了过着一伊他她你我应人]/.test(name) ||
        !MATTER_BEFORE.test(text.slice(0, holder.index)))
    )
      continue;
    if (AFTER_MATTER.includes(pattern) && !MATTER_BEFORE.test(text.slice(0, holder.index))) continue;
    // 反映 网格员王某给他登记错了: staff named as what the person said (a complaint about them) hold nothing.
    if (
      (pattern === STAFF_AT_WORK || pattern === NAME_THEN_HOLDS || pattern === STAFF_LAST || pattern === UNSHAPED_AT_WORK) &&
      SAID_BEFORE.test(text.slice(0, holder.index + 1))
    )
      continue;
    // 负责人：镇民政办, 交给乡民政办: the office of a 镇 or 乡 reads as the office (民政办) does, judged with its 办.
    if (
      /^办(?![理好完结妥了])/.test(text.slice(holder.index + holder[0].indexOf(holder[1]!) + holder[1]!.length)) &&
      /^(?:镇|乡|街道|县|区)(?=[\u4e00-\u9fa5]{2})/.test(name) &&
      BODY_OR_POST.test(name.replace(/^(?:镇|乡|街道|县|区)/, ''))
    )
      name += '办';
    // What a free pattern took up to the verb must read as a person, a post or a unit, not a clause run on before it
    // (不可开交差点动手韩立新负责, 两周内落实李嘉欣负责): else the glued reading below, or none.
    // A name with no Han surname's shape (斯琴, 热合曼) standing whole before the work reads as a person too.
    if (
      !PERSON_ONLY.test(name) &&
      !UNIT_ONLY.test(name) &&
      !(
        (pattern === NAME_THEN_HOLDS_ALONE ||
          pattern === UNSHAPED_AT_WORK ||
          pattern === UNSHAPED_PROMISED ||
          pattern === UNSHAPED_HANDED ||
          // 交给阿拉腾, 交由包联干部阿拉腾: a word handed the 工单 outright reads as a name with no Han surname's shape too.
          HANDED_OUTRIGHT.test(holder[0].slice(0, holder[0].indexOf(holder[1]!)))) &&
        unshapedName(name)
      ) &&
      (CLAUSE_WORDS.test(name) || DEADLINE_SHAPE.test(name) || !BODY_OR_POST.test(name))
    )
      continue;
    // 物业负责, 社区跟进: a body said doing the work, with no word handing the 工单 to it, is how it will be done (the
    // member recording it holds it and follows the body up). Handed to a body (交物业处理, 转司法所调解, 让镇上劳动保障所
    // 对接, 由村两委班子负责: the tests' reading) or a party organisation, the body holds it.
    const handing = holder[0].slice(0, holder[0].indexOf(holder[1]!));
    if (
      !PERSON_ONLY.test(name) &&
      isBody(name) &&
      !PARTY_ORG.test(name) &&
      // 负责人：派出所, 负责：街道安全办: a form naming the body as who holds it hands it over as plainly as 交给.
      !/交|转|派|分给|让|请|由|叫|喊|安排|委托|给|(?:责任|负责|承办|经办|处理|办理|跟进)人|负责\s*[:：]/.test(handing)
    )
      continue;
    // 王大爷去办低保被拒了: a person called by kin (大爷, 婶) doing something, with no word handing it over, is the one
    // who raised it, not a member holding it.
    const before = holder[0].slice(0, holder[0].indexOf(holder[1]!));
    if (
      KIN_NAME.test(name) &&
      // 高指导员跟进: a post that calls a person as kin words do (see KIN), held as 王书记 is.
      !/指导员$/.test(name) &&
      pattern !== TOLD &&
      // 卫生站王医生明天上门: named by the body they work for, they are staff doing the work.
      pattern !== STAFF_AT_WORK &&
      pattern !== POSTED_PROMISE &&
      !postNamed &&
      !/交|转|让|请|由|叫|喊|安排|派|责任|负责|跟进|包|承办|经办|处理|办理|落实|督办|@/.test(before)
    )
      continue;
    // A person promising, named before in the message (孙建平 说… 孙建平答应…), is who raised it: their own promise is
    // part of the matter, not a member holding it.
    if ((pattern === PROMISED_BY || pattern === UNSHAPED_PROMISED) && text.slice(0, holder.index).includes(name)) continue;
    // 他让孙子帮忙: what the person did, told in the matter, not the member handing it over.
    if (/(?:他|她|人家)(?:们)?(?:就|也|还|想|要|已经)?$/.test(text.slice(0, holder.index))) continue;
    // 说有个事想让连队帮着弄弄, 希望请社区出面: whom the person wishes would help, not the member handing it over (我想让
    // 小王跟进 is the member's).
    if (
      /(?<![我俺咱]|我们|俺们|咱们)(?:想|希望|想要|盼着)(?:让|叫|请|找|麻烦)$/.test(
        text.slice(0, holder.index + holder[0].indexOf(holder[1]!)),
      )
    )
      continue;
    // 交给住建办, 交给民政办: an office, not a person told to 办 it.
    const after = text.slice(holder.index + holder[0].indexOf(holder[1]!) + holder[1]!.length);
    if (/^办(?![理好完结妥了])/.test(after) && !PERSON_ONLY.test(name) && !name.endsWith('办')) name += '办';
    // 交给王芳了 holds; 转给物业了 is the member passing it on to be followed up, as before: no holder.
    if (/^了/.test(after) && !PERSON_ONLY.test(name) && !unshapedName(name)) continue;
    // 交给 调解员 党员 马玉兰 处理, 交给居委会 陈敏 去问: posts typed as words of their own before the name; the member
    // named is who holds it.
    let span = holder[0].length;
    // The 了 closing the handing over (交给王芳了) goes with it.
    if (/^了(?=$|[\s，,。；;！!])/.test(text.slice(holder.index + span))) span += 1;
    const named = PERSON_ONLY.test(name) ? undefined : nameAfterPosts(after);
    if (named) {
      name = named.name;
      span = holder[0].indexOf(holder[1]!) + holder[1]!.length + named.length;
    }
    // 交给村委调解员李芳, 交给连队调解员孙秀兰: the body, then a post and a person glued after it: the person holds it.
    const postThen = !named && (isBody(name) || BODY_OR_POST.test(name)) ? BODY_POST_THEN.exec(after) : null;
    const person = postThen ? nameAt(after.slice(postThen[0].length)) : undefined;
    if (postThen && person) {
      name = person;
      span = holder[0].indexOf(holder[1]!) + holder[1]!.length + postThen[0].length + person.length;
    }
    // 让副连长韩新民跟团医院协调: the person, then whom they will work with; the person holds it.
    const withOther = PERSON_ONLY.test(name) ? null : /^(.{2,10}?)(?:跟|和|同|与)[\u4e00-\u9fa5]{2,8}$/.exec(name);
    const first = withOther?.[1]?.replace(HOLDER_ROLE, '');
    if (first && PERSON_ONLY.test(first) && !NOT_A_HOLDER.test(first)) name = first;
    // 请孙建平在月底前回复: the 在 between the name and the date goes with the holder, the date stays to be read.
    const by = named ? undefined : BY_DATE.exec(text.slice(holder.index + holder[0].length));
    if (by) span += by[0].length;
    // 镇农业服务中心陈站长, 镇环保办林主任: the unit before a person called by surname and post is where they work; the
    // person is who holds it.
    const atUnit = new RegExp(`^[\\u4e00-\\u9fa5]{2,12}?(?:${UNIT_SUFFIX})((?:老|小)?[${SURNAMES}](?:${POST_AFTER}|队|姐|哥))$`).exec(name);
    if (atUnit) name = atUnit[1]!;
    draft.holder = name;
    // 后天杨昌文带人去清: the day said before the holder is the day the work is promised for, when no other is said.
    if (pattern === DAY_THEN_PERSON) heldDay = HELD_DAY.exec(text.slice(0, holder.index))?.[1];
    // 这个事情巴图管: the 管 that ends the clause goes with the holder.
    const managed = /^管(?=$|[\s，,。；;])/.exec(text.slice(holder.index + span));
    if (managed) span += managed[0].length;
    // The errand the holder is sent on (去看一下, 去他屋头问清楚, 盯到) is how it is handled, not the matter.
    const end = holder.index + span;
    // 明天去调解 is the date the work is promised for, read as the date: not an errand.
    const dated = DATED.exec(text.slice(end));
    const errand = dated ? 0 : (ERRAND.exec(text.slice(end))?.[0].length ?? 0);
    // 苏和后天去看, 汪军负责 后天去现场看, 张医生明天上门看她: the day the holder will act, said right after the name (and
    // the errand), is the day promised when no other is said.
    dayAfterHolder = dated
      ? undefined
      : (DAY_AFTER_HOLDER.exec(text.slice(end))?.[1] ??
        DAY_AFTER_HOLDER.exec(text.slice(end + errand))?.[1] ??
        DAY_SAID_BY_HOLDER.exec(text.slice(end))?.[1] ??
        // 行政部小周明天处理: a day the pattern took with the name and the work is the day promised too.
        new RegExp(`^\\s*(?:同志)?\\s*(${DAY})`).exec(holder[0].slice(holder[0].indexOf(holder[1]!) + holder[1]!.length))?.[1]);
    // 林建华下周二前带她去…: the date between the name and the errand stays to be read, the errand goes.
    // Not the answer promised by that date (明天给回话): that goes with the date.
    const afterDate = dated ? text.slice(end + dated[0].length) : '';
    const later = dated && !PROMISED_ACTION.exec(afterDate)![0] ? (ERRAND.exec(afterDate)?.[0].length ?? 0) : 0;
    if (later) text = cut(text, end + dated![0].length, later);
    // The member and the word that hands it over, left before the holder (俺让…, 我们就交给…), go with it.
    // So does a post typed as a word of its own before a person's name (后勤 葛某 跟进): who they are, not the matter.
    const lead =
      HANDING.exec(text.slice(0, holder.index))?.[0].length ??
      (PERSON_ONLY.test(name) && holder[0].startsWith(holder[1]!, /^[\s，,。；;]?/.exec(holder[0])![0].length)
        ? (POST_WORD_BEFORE.exec(text.slice(0, holder.index + /^[\s，,。；;]?/.exec(holder[0])![0].length))?.[0].length ?? 0)
        : 0);
    heldWords = text.slice(holder.index - lead, holder.index + span);
    text = cut(text, holder.index - lead, lead + span + errand);
    break;
  }
  if (!draft.holder) {
    const glued = gluedHolder(text);
    if (glued) {
      draft.holder = glued.name;
      const errand = ERRAND.exec(text.slice(glued.index + glued.length))?.[0].length ?? 0;
      text = cut(text, glued.index, glued.length + errand);
    }
  }
  if (!draft.holder) {
    const promised = promiserOfClause(text) ?? staffPromiseUndated(text);
    if (promised) {
      draft.holder = promised.name;
      // 物业说明天给补上: a day alone after who promised it is the day promised, when no other is said.
      dayAfterHolder = promised.day;
      text = cut(text, promised.index, promised.length);
    }
  }
  if (!draft.onSpot) {
    const unread = text;
    text = readDeadline(text, context, draft);
    // …当场调解好了 楼上答应自己出钱修 … 当场解决了: a promise with no date in a message that says the matter was
    // solved there is part of what was done, not a date to ask for.
    if (!draft.due && draft.dueProblem && !haste && !draft.holder && SOLVED.test(unread)) {
      delete draft.dueProblem;
      text = unread;
    }
    // The same day said again (物业说月底前修好 我们月底前回访): the same promise, not part of the matter.
    const again = draft.due ? DEADLINE_SHAPE.exec(text) : null;
    const same = again ? parseDeadline(again[0], context) : undefined;
    if (again && same?.ok && same.date === draft.due) {
      const action = PROMISED_ACTION.exec(text.slice(again.index + again[0].length))![0];
      text = cut(text, again.index, again[0].length + action.length);
    }
    if (heldDay && !draft.due && !draft.dueProblem) {
      const held = parseDeadline(heldDay, context);
      const at = text.indexOf(heldDay);
      if (held.ok && at >= 0) {
        draft.due = held.date;
        text = cut(text, at, /^\S*/.exec(text.slice(at))![0].length);
      }
    }
    if (dayAfterHolder && !draft.due && !draft.dueProblem) {
      const held = parseDeadline(dayAfterHolder, context);
      if (held.ok) {
        draft.due = held.date;
        const at = text.indexOf(dayAfterHolder);
        // 赵警官说明天调监控 with the name read out: the 说 left before the day goes with it.
        const said = at >= 0 ? (/(?<=^|[\s，,])(?:说|讲|答应|回话说)了?\s?$/.exec(text.slice(0, at))?.[0].length ?? 0) : 0;
        if (at >= 0) text = cut(text, at - said, said + /^\S*/.exec(text.slice(at))![0].length);
      }
    }
    // 明天我去看一下, 物业说明天给补上, 我约了物业下周三坐下来谈: with nothing else promised, the day said for the work
    // ahead, whoever does it, is the day the member follows it up on (see plannedDay); the plan is not the matter.
    const plan = !draft.due && !draft.dueProblem ? plannedDay(text, DAY_ALONE) : undefined;
    const planned = plan ? parseDeadline(plan.day, context) : undefined;
    if (plan && planned?.ok) {
      draft.due = planned.date;
      const subject = text.slice(plan.start, plan.at);
      const from = PLAN_SUBJECT.test(subject) ? plan.start : plan.at;
      text = cut(text, from, plan.end - from);
    }
    // 尽快 alone: the dialogue asks for a date, and says why, so the member does not think they were not read.
    if (haste && !draft.due && !draft.dueProblem) draft.dueProblem = hasteIsNoDate(haste);
  }
  // A form's date label left bare once its date was read (- 时间：3月10日前): no part of the matter.
  text = text.replace(/(?<=^|[\s，,。；;-])(?:时间|时限|期限|办结时限|完成时间)\s*[:：]?\s*(?=$|[\s，,。；;])/g, ' ');
  readWhoAndWhat(text, draft, promises);
  // …三天内回复他 李强, …周五前回他 网格员小吴: a person standing alone as the last clause, after the promise, named by
  // no verb; with who raised it read elsewhere, it is who holds it, not the matter.
  const lastNamed = !draft.holder && draft.raiser && draft.due && draft.content ? holderSaidLast(draft.content, draft.raiser) : undefined;
  if (lastNamed) {
    draft.holder = lastNamed.name;
    const content = cleanContent(draft.content!.slice(0, lastNamed.index));
    if (content) draft.content = content;
    else delete draft.content;
  }
  // 凤凰社区工作站李主任答应两周内修好: a 村/社区 said only as the holder's workplace is the place too, when no other is.
  // 厂区大门口路面塌了… 凤凰社区工作站李主任答应…: a spot of the works read as the place gives way to the 村/社区 of the
  // office that holds it, as a workshop gives way to a 社区 said later (see findPlace).
  const workSpot = draft.place !== undefined && WORKPLACE.test(draft.place);
  if ((!draft.place || workSpot) && heldWords) {
    const office = findPlace(heldWords.replace(/^.*(?:交给|交由|转给|转交|让|请|由|叫|喊|安排|派|给)/, ''));
    // Not a post of the community's (派出所社区民警老陈, 卫生院社区医生): the body's staff, no place's name.
    const post = office ? heldWords.slice(heldWords.indexOf(office.name) + office.name.length) : '';
    if (office && /(?:村|社区|社區)$/.test(office.name) && !/^(?:民警|医生|护士|干部|网格员|工作人员|专干|志愿者)/.test(post))
      draft.place = office.name;
  }
  // 匿名反映, 不愿留姓名: the person chose not to be named, as the dialogue's answer 匿名 says.
  if (!draft.raiser && draft.content && ANONYMOUS_SAID.test(draft.content)) {
    draft.raiser = '匿名群众';
    const content = cleanContent(draft.content.replace(ANONYMOUS_SAID, ' '));
    if (content) draft.content = content;
    else delete draft.content;
  }
  if (!draft.raiser && phone?.owner) {
    draft.raiser = phone.owner;
    // The owner and a role glued before it (邻家屈老汉) are who, not what.
    const content = cleanContent((draft.content ?? '').replace(new RegExp(`(?:${ROLE}|${NEIGHBOUR})?的?${phone.owner}`), ' '));
    if (content) draft.content = content;
    else delete draft.content;
  }
  // 姓名：买买提·吾守尔大叔: a kin word glued after a dotted name, however it was read, is not part of it.
  const dottedKin = draft.raiser ? DOTTED_THEN_KIN.exec(draft.raiser) : null;
  if (dottedKin) draft.raiser = dottedKin[1]!;
  // 韩国庆同志: the form of address after the name is not part of it.
  if (draft.raiser && /^[\u4e00-\u9fa5·]{2,12}同志$/.test(draft.raiser)) draft.raiser = draft.raiser.slice(0, -2);
  // With no matter said, nothing points to a category: 其他, as the 工单 would be filed (the answer re-guesses it).
  // The member's own step, taken out of the matter, still says what kind of matter it is: mediation arranged or handed
  // to a mediator (约两家人周日调解, 调解员苏姐负责) makes it a dispute between the parties.
  if (!draft.category) {
    const read = draft.content ? readCategory(draft.content, { mediated: MEDIATED.test(working) }) : undefined;
    draft.category = read?.category ?? '其他';
    if (read && !read.sure) draft.categoryUnsure = true;
  }
  // 已解决 / 当场解答了 said in the message, with no promise nor holder: solved while there.
  // Said as done there (当场跟他讲明白了, 已闭环), it is solved there whoever holds it.
  if (!draft.onSpot && !draft.due && !draft.dueProblem && (draft.holder ? SOLVED_THERE : SOLVED).test(text)) draft.onSpot = true;
  if (!draft.onSpot && !draft.due && !draft.dueProblem && !draft.holder && outcomeSaidLast(text)) draft.onSpot = true;
  return draft;
}

/**
 * A message written as a form (反映人：张桂芳 地点：红旗村 反映内容：…): a labelled person or place is taken as
 * written, the content label is dropped, and whoever reports for someone else (网格员李娟 报 居民陈大妈…) is not
 * the one who raised it.
 */
function readLabels(text: string, draft: TicketDraft): string {
  // Who recorded it (走访人：沈佳怡, 记录人 李娟) is the member typing, not the person who raised it: dropped.
  let rest = text.replace(
    new RegExp(
      `(?:走访人|记录人|登记人|填报人|录入人|走访干部)\\s*[:：]?\\s*(?:(?:老|小)?[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}(?=$|[\\s，,。；;]))?`,
      'g',
    ),
    ' ',
  );
  // A label and its value, after a colon, or after a gap or glued for the labels that cannot be anything else
  // (反映人 李秀英, 反映人冯阿姨).
  // Glued only at the start of a phrase: in 让物业联系人冯刚盯到 the 联系人 is a post.
  const labelled = (labels: string, gap = false) =>
    new RegExp(
      `(?:${labels})\\s*${gap ? '(?:[:：]|\\s)' : '[:：]'}\\s*([^\\s，,。；;:：]{1,20})${gap ? `|(?<=^|[\\s，,。；;])(?:${labels})([^\\s，,。；;:：]{1,20})` : ''}`,
    ).exec(rest);
  const person =
    labelled('反映人|提出人|来访人|来电人|来信人|诉求人|求助人|投诉人|咨询人|当事人|联系人|报事人|群众姓名|姓名|走访对象', true) ??
    labelled('(?<=^|[\\s，,。；;])(?:对象|群众|居民|村民|住户|业主|人|谁|哪个)');
  if (person) {
    // 反映人是赵铁柱: the 是 between the label and the name is neither.
    let { name, place } = readWho((person[1] ?? person[2])!.replace(/^(?:是|为)(?=.{2})/, ''));
    let length = person[0].length;
    // A form's 对象：碧江苑 严老师 — the place first, then the name after a gap.
    if (!name && place) {
      const next = /^\s+(\S{1,8})/.exec(rest.slice(person.index + length));
      const after = next ? nameAt(next[1]!) : undefined;
      if (after) {
        name = after;
        length += next![0].indexOf(after) + after.length;
      }
    }
    // 姓名：隔壁孙阿姨, 姓名：在外打工回来的石永红: what the person is, written before the name in the field, is not the name.
    const described = name ? DESCRIBED_NAME.exec(name) : null;
    if (described && (nameAt(described[1]!) === described[1] || standsAsName(described[1]!))) name = described[1]!;
    // 反映人8幢楼长许阿姨: the building and the post before the name say who the person is, not their name.
    const posted = name && !described ? POST_ROLE_LEAD.exec(name)?.[0] : undefined;
    // Only a building or a post (8幢楼长, 居民代表): 吴家阿哥 is the household's name for him, kept whole.
    if (posted && /(?:\d|号楼|单元|层|栋|幢|室|长|代表)$/.test(posted) && nameAt(name!.slice(posted.length)) === name!.slice(posted.length))
      name = name!.slice(posted.length);
    // 姓名：独居长者韦福生, 姓名：街坊刘婶: a description in words of no list before the name (see describedName).
    const shown = name && !described ? describedName(name) : undefined;
    if (shown && shown.length === name!.length) name = shown.name;
    // 反映人是李家老三李国庆: the household and the birth order before the full name say whose son, not the name.
    const house = name ? new RegExp(`^${HOUSE_OF_AH}`).exec(name) : null;
    // Only before a full name: 吴家阿哥 is the household's name for him, kept whole.
    const afterHouse = house ? name!.slice(house[0].length) : '';
    if (house && new RegExp(`^[${SURNAMES}]`).test(afterHouse) && nameAt(afterHouse) === afterHouse) name = afterHouse;
    // 姓名：锁有财阿舅, 姓名：王桂兰大姐: a kin word after a full name is how the member calls them, as in free text.
    const fullThenKin = name ? FULL_THEN_KIN.exec(name) : null;
    if (fullThenKin) name = fullThenKin[1]!;
    if (name) draft.raiser = name;
    // 反映人8幢楼长许阿姨 with 石湖东社区8幢 said elsewhere: a unit alone in the person's field gives way to the fuller
    // place the message names (the search reads it); alone in the message, it is the place.
    const fuller = place !== undefined && isUnitAlone(place) && findPlace(cut(rest, person.index, length)) !== undefined;
    if (place && !fuller) draft.place = place;
    rest = cut(rest, person.index, length);
  }
  const place = labelled(
    '地点|地址|住址|家庭住址|居住地|(?:所在|所属)(?:村居|村|社区|小区|网格|村组)|村居|村组|村\\(社区\\)|村/社区|(?<=^|[\\s，,。；;])(?:网格|村|社区|小区|哪里|在哪)',
  );
  if (place) {
    // 地点：红星村反映：… typed run on: the next label is not part of the place.
    draft.place = place[1]!.replace(/(?:反映|问题|诉求|内容|情况|电话|手机|联系|姓名|负责|责任|时限|期限)+$/, '') || place[1]!;
    rest = cut(rest, place.index, place[0].length);
  }
  return rest
    .replace(
      /(?:反映内容|诉求内容|具体问题|问题描述|反映问题|问题|内容|情况|事项|事由|诉求|(?<=^|\s)(?:啥事|什么事|事情|事))\s*[:：]/g,
      ' ',
    )
    .replace(/(?<=^|\s)(?:反映内容|诉求内容|具体问题|问题描述|反映问题|问题|事由|诉求)(?=\s)/g, ' ')
    .replace(
      new RegExp(`(?:${STAFF})\\s*(?:(?:老|小)?[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}?)?\\s*(?:上报|报告|报|走访发现|发现|反映)`, 'g'),
      ' ',
    );
}

/**
 * Labels in brackets, as work-group templates write them (【反映人】张三 【地点】…, 【联系电话】139…): a label and a
 * colon, so the rules for `label：value` read them.
 */
function bracketLabels(text: string): string {
  return text.replace(
    /[【[]\s*((?:反映|提出|来访|来电|诉求|求助|投诉|联系|当事|报事|跟进|包抓|包联)人|走访对象|对象|姓名|地点|地址|住址|所在村|所在社区|网格|反映内容|诉求内容|具体问题|问题描述|反映问题|问题|内容|情况|事项|事由|诉求|责任人|负责人|承办人|经办人|处理人|办理人|跟进|包抓|时限|期限|办结时限|办理时限|承诺时限|联系电话|电话|手机|类别|分类)\s*[】\]]\s*[:：]?/g,
    ' $1：',
  );
}

/** A description before a name in a form's field (隔壁孙阿姨, 78岁的周桂芬, 开小卖部的石永红): see readLabels. */
const DESCRIBED_NAME = /^(?:[^的]{1,10}的|(?:隔壁|邻居|对门|邻家)|(?:\d{1,3}|[一二三四五六七八九十]{1,3})多?岁)(.{2,12})$/;

/** People who report for others: their name is not the raiser's. */
const STAFF = '网格员|网格长|楼栋长|楼长|信息员|村干部|社区干部|驻村干部|志愿者';

/** The mobile number in a text (spaces and dashes dropped) and the text without it (nor its 电话是). */
export function readPhone(text: string): { number: string; rest: string; owner?: string } | undefined {
  const phone = PHONE.exec(text) ?? LOCAL_PHONE.exec(text) ?? LOCAL_PHONE_AFTER.exec(text);
  if (!phone) return undefined;
  // A landline keeps its area code apart (0851-12345678); a mobile is eleven digits.
  const digits = phone[1]!.replace(/[\s()，,-]/g, '');
  const number = digits.startsWith('0') ? digits.replace(/^(0(?:10|2\d|\d{3}))(\d{7,8})$/, '$1-$2') : digits;
  // A number in brackets (刘建国（136…）说, 屈老汉(电话:189…)) goes with its brackets, so the name and what follows
  // it meet again.
  let at = phone.index;
  let length = phone[0].length;
  const open = /[(（]\s*$/.exec(text.slice(0, at));
  const close = /^\s*[)）]/.exec(text.slice(at + length));
  if (open && close) {
    at = open.index;
    length += open[0].length + close[0].length;
  }
  const owner = phoneOwner(text.slice(0, at));
  return { number, rest: cut(text, at, length).trim(), ...(owner ? { owner } : {}) };
}

const ANONYMOUS_SAID = /(?:有)?(?:一位|一个|位)?匿名(?:群众|居民|村民|人士)?|不愿(?:意)?(?:透露|留)(?:姓名|名字)的?(?:群众|居民|村民)?/;
/** A neighbour said before a name (邻家屈老汉, 隔壁的王姐). */
const NEIGHBOUR = '邻居|邻家|隔壁|对门';
const ROLE_END = new RegExp(`(?:${ROLE}|${NEIGHBOUR})的?$`);

/**
 * The person a number was written right after (邻家屈老汉(电话:…), 刘建国 136…): whose number it is, and so who raised
 * it when nothing else says so. Not someone the member was told to call (联系王主任 138…).
 */
function phoneOwner(before: string): string | undefined {
  // 古力巴哈尔 ，电话 180…: a name then a pause before the number's label is whose number it is, when it reads as a name.
  const paused = /(?:^|[\s，,。；;:：、])([^\s，,。；;:：、]+)\s*[，,]\s*$/.exec(before);
  if (paused && (nameAt(paused[1]!) === paused[1] || unshapedName(paused[1]!))) return paused[1];
  const chunk = /[^\s，,。；;:：、]*$/.exec(before.trimEnd())![0];
  if (!chunk || /联系|找|打|问|拨|咨询|转|交|让|请|由/.test(chunk)) return undefined;
  // 格日勒图 电话158…: a name of transliterating characters only, as a word of its own before the number.
  if (transliterated(chunk) && chunk.length >= 3 && unshapedName(chunk)) return chunk;
  for (let i = 0; i < chunk.length - 1; i++) {
    const tail = chunk.slice(i);
    if (nameAt(tail) === tail && (KIN_NAME.test(tail) || i === 0 || ROLE_END.test(chunk.slice(0, i)))) return tail;
  }
  return undefined;
}

/** The text with one part taken out, a gap left where it was. */
const cut = (text: string, at: number, length: number) => `${text.slice(0, at)} ${text.slice(at + length)}`;

/**
 * The promised date: after a promise word (承诺就是月底前把它弄好, 承诺明天给答复) whatever follows it, else the first
 * phrase shaped like a deadline anywhere (交给刘红办本周五前, 十天内回话). Returns the text without it.
 */
function readDeadline(text: string, context: ParseContext, draft: TicketDraft): string {
  const today = localDate(context.from, context.zone);
  // A match whose first group is a day: when the day reads, it is the promise and the match leaves the text.
  const dayPromised = (match: RegExpExecArray | null): string | undefined => {
    const result = match ? parseDeadline(match[1]!, context) : undefined;
    if (!match || !result?.ok) return undefined;
    draft.due = result.date;
    return cut(text, match.index, match[0].length);
  };
  const promise = PROMISE_WORD.exec(text);
  if (promise) {
    const after = text.slice(promise.index + promise[0].length);
    const words = /^(?:[\s:：]|的|是|为|就|在|于|到|呢|吧|嘛|呀|啊)*/;
    let lead = words.exec(after)![0];
    let phrase = /^[^\s，,。；;！!]*/.exec(after.slice(lead.length))![0];
    const read = (said: string) => readDue(festivalAsDate(byHours(dayOfMonth(said.replace(/[吧呢]/g, ''))), today), context);
    // A pause after the word (deadline，3月10号, 承诺，月底前) as voice input writes it: taken only when a date
    // follows it.
    if (!phrase && /^[,，]/.test(after.slice(lead.length))) {
      const paused = /^(?:[\s:：,，]|的|是|为|就|在|于|到|呢|吧|嘛|呀|啊)*/.exec(after)![0];
      const next = /^[^\s，,。；;！!]*/.exec(after.slice(paused.length))![0];
      if (next && read(next).ok) {
        lead = paused;
        phrase = next;
      }
    }
    // 月底 前 房主 联系 清理 答应 了: the promise word said last, as a verb-last speaker does, with only its 了 after
    // it: no date follows it; the date said before it is read below.
    if (phrase && !/^[了啦的过]+$/.test(phrase)) {
      const result = read(phrase);
      if (result.ok) draft.due = result.date;
      else draft.dueProblem = result.reason;
      return cut(text, promise.index, promise[0].length + lead.length + phrase.length);
    }
  }
  const shaped = DEADLINE_SHAPE.exec(text);
  if (shaped) {
    // The action promised (办结, 给答复) goes with the date.
    // Typed word by word (三天内 回复, 月底前 答复), the answer promised stands after a gap, alone as a word.
    const action =
      PROMISED_ACTION.exec(text.slice(shaped.index + shaped[0].length))![0] ||
      (GAP_ACTION.exec(text.slice(shaped.index + shaped[0].length))?.[0] ?? '');
    const after = text.slice(shaped.index + shaped[0].length + action.length);
    // 15日前 then a pause or the work promised is a day of the month (15号前), not fifteen days ago (3日前就坏了).
    const phrase = festivalAsDate(byHours(action || /^(?:$|[\s，,。；;])/.test(after) ? dayOfMonth(shaped[0]) : shaped[0]), today);
    const result = parseDeadline(phrase.replace(new RegExp(`(?<=.)(?:${END_OF_DAY})(?=${BEFORE}$)`), ''), context);
    if (result.ok) draft.due = result.date;
    else draft.dueProblem = result.reason;
    return cut(text, shaped.index, shaped[0].length + action.length);
  }
  // A day said alone at the very end (…帮她办 这周五, …月底, …3.10): the promise, said without 前.
  const last = dayPromised(LAST_DAY.exec(text));
  if (last !== undefined) return last;
  // The member's own follow-up on a day, when nothing else is promised (俺明天联系保洁公司, 明天我给他送过去,
  // 下周三到村委会调解, 明天回访): the day the member will act is the day promised; the plan is not the matter.
  const own = MEMBER_DAY.exec(text);
  if (own) {
    const result = parseDeadline(own[1]!, context);
    if (result.ok) {
      draft.due = result.date;
      // 约了明天再聊: the arranging goes with the day, it is no part of the matter.
      const arranged =
        /(?:约(?:了|好)?(?:双方|两家人?|两边|他|她|他们|她们)?|(?:我|俺|咱)?(?:们)?(?:准备|打算|计划)|(?:我|俺|咱)(?:们)?(?:就|也)?(?:跟(?:他|她)(?:们)?)?(?:说|讲))$/.exec(
          text.slice(0, own.index),
        )?.[0].length ?? 0;
      return cut(text, own.index - arranged, own[0].length + arranged);
    }
  }
  // 物业明天派人上去看, 供电所后天来修: a body said sending someone on a day; the day is the promise.
  const body = dayPromised(BODY_DAY.exec(text)) ?? dayPromised(BODY_SAID_DAY.exec(text));
  if (body !== undefined) return body;
  // 尽快处理, 抓紧办, 过几天去看 as a phrase of its own: haste, no promised date (the dialogue asks for one), and not the
  // matter either.
  const haste = HASTE.exec(text);
  return haste ? cut(text, haste.index, haste[0].length) : text;
}

/**
 * A day then what the member does on it (see {@link readDeadline}), to the end of the phrase; not what the person
 * does (他明天去医院), a look (明天去看看) or work done (明天联系过了).
 */
const MEMBER_DAY = new RegExp(
  // Said by the member: at a phrase's start, after 我/俺/咱, or after arranging it with the parties (约双方下周三).
  // 我准备下礼拜一…, 打算周五…: the member's plan for that day.
  // 已约两家人本周日下午在社区调解: the parties as 两家人 or 两边, and where the talk is held (在社区).
  // 俺说下周一去…, 我跟她讲明天…: the member telling the person the day is the member's own plan for it.
  // 措施：明天…: a form's line of what will be done, its label before the day.
  `(?<=^|[\\s，,。；;:：]|我|俺|咱|们|准备|打算|计划|约(?:了|好)?(?:双方|两家人?|两边|他|她|他们|她们)?|(?:我|俺|咱)(?:们)?(?:就|也)?(?:跟(?:他|她)(?:们)?)?(?:说|讲))(${DAY}|${WEEKDAY})(?:上午|下午|中午|晚上|早上|一早|一大早)?(?:下班后|下班以后)?` +
    // 明天要安排人疏通, 明天一定要找人来修: what must be done that day, said by the member.
    '(?:我|俺|咱)?(?:们)?(?:一定|必须)?(?:要|会)?(?:再|就|先|亲自)?(?:给(?:他|她|他们|她们))?(?:(?:去|来|上|到|在)[^\\s，,。；;！!]{0,8}?)?' +
    // 明天安排, 明天再过去: the member arranging it, or going back, that day (not 明天去看看, a look).
    '(?:安排(?=$|[\\s，,。；;！!])|(?<=再)(?:过去|过来|去一趟|来一趟)(?=$|[\\s，,。；;！!])|' +
    // 明天找人去修, 明天安排人疏通, 明天让管水员过去看, 明天搵人嚟修: someone sent to do the work that day.
    '(?:找|搵|安排|让|请)[^\\s，,。；;！!]{0,8}?(?:人|员|师傅|工|队)(?:去|来|过去|过来|嚟)?(?![了过])[\\u4e00-\\u9fa5]|' +
    // 本周五约房东当面谈, 约了明天下班后再聊: a talk the member has arranged for that day is the follow-up too.
    // 明天带她去苏木办, 后天陪他去医院: the member taking the person there that day.
    // 明天带供热公司的人去看, 明天叫保洁队去清, 领着他去镇卫生院: the member taking the person there, or sending or
    // bringing someone to do it, that day; 说和 (northern: to mediate) is the talk.
    // 下周一把报名信息发给他: a thing passed to the person that day; 俺明天去给办: the work itself, the phrase's last word.
    // 明天我跟调解员老锁一块去调解: going with someone that day to do the work.
    '(?:跟|和|同)[^\\s，,。；;！!]{1,10}?(?:一块|一起|一道)儿?(?:去|来|过去)?(?:调解|处理|协调|对接|核实|修|看|办)|' +
    // 明天我去学校对接班主任, 明天去找物业沟通: the member meeting those who can solve it that day.
    '(?:对接|协调|沟通)|' +
    // 俺说后天回他, 俺后天帮他问: the member answering the person, or asking on their behalf, that day.
    '回(?:他|她)(?:们)?|回(?:话|复|电)|帮(?:他|她)(?:们)?(?:问|查|打听|联系|咨询|申请|找)|' +
    // 明天把药送过来, 后天去: the thing brought to the person that day, or the member going, said last.
    '把[^\\s，,。；;！!]{1,10}?(?:发|转|交|递|送)(?:给|到)(?:他|她)(?:们)?|把[^\\s，,。；;！!]{1,8}?(?:送|拿|带)(?:过去|过来|上门)|(?<=[去来])(?=$|[\\s，,。；;！!])|(?:办|弄|修|搞|整)(?:好|完)?(?=$|[\\s，,。；;！!])|(?:带|陪|领)着?(?:他|她)(?:们)?(?:去|到)|(?:带|领|叫|喊|派)着?[^\\s，,。；;！!]{1,8}?(?:去|来|过去|过来)(?!过)|说和|劝和|组织[^\\s，,。；;！!]{0,10}?(?:协调|调解|开会|座谈|见面)|联系|回访|核查|调解|送过去|送去|送过来|送上门|(?:当面)?(?:聊|谈)(?!过)|约[^\\s，,。；;！!]{1,6}?(?:当面谈|面谈|谈|聊|见面))(?![了过])[^\\s，,。；;！!]*',
);

/** A body, then a day and someone sent or coming (物业明天派人, 供电所后天来修): see {@link readDeadline}. */
// The body, the day and what is done on it go together out of the matter: how it will be handled.
const BODY_DAY = new RegExp(
  // 燃气公司…他们说明天上午过来: the body's own word for the day, said through 他们.
  `(?<=^|[\\s，,。；;])[\\u4e00-\\u9fa5]{0,6}?(?:${UNIT_SUFFIX}|社区|村里|村委会|居委会|街道|镇上|他们)(?:说|讲|答应|回话说)?了?[\\s，,]?(${DAY}|${WEEKDAY})(?:上午|下午|中午|晚上|早上)?(?=\\s?(?:就|会|要|再)?(?:派人|安排人|来人|上门|过来|来修|来看|去修|来处理|去处理|来拉|来清|来收|来换))[^\\s，,。；;！!]*`,
);

/**
 * A body that said a day (施工队说下周一复工, 派出所说明天调监控): the day is its word, whatever the work; the clause
 * goes out of the matter with it.
 */
const BODY_SAID_DAY = new RegExp(
  `(?<=^|[\\s，,。；;])[\\u4e00-\\u9fa5]{0,6}?(?:${UNIT_SUFFIX}|队|社区|村里|村委会|居委会|街道|他们)(?:说|讲|答应|回话说)了?[\\s，,]?(${DAY}|${WEEKDAY})(?:上午|下午|中午|晚上|早上)?(?=[\\u4e00-\\u9fa5])[^\\s，,。；;！!]*`,
);

/** Haste said as a phrase of its own, with the work after it: see {@link readDeadline}. */
const HASTE =
  /(?<=^|[\s，,。；;])(?:要|请|需要?|争取)?(?:尽快|尽早|抓紧|赶紧|越快越好|马上|立即|及时|过几天|过两天|改天|回头|近期)(?:时间)?(?:去|来|给)?(?:处理|办理|解决|办|落实|答复|回复|修|修好|看看?|协调|跟进|上门)?(?:一下)?(?=$|[\s，,。；;！!])/;

/** Words of haste that promise no day (尽快, 抓紧, 越快越好): see {@link hasteIsNoDate}. */
// Not 赶紧/赶快, said as often in the matter (赶紧送医院) as of the promise.
const HASTE_WORD = /尽快|尽早|越快越好|抓紧/;

/** Why 尽快 is asked about: a friendly word that it is the right spirit, but reminders and the people need a day. */
export const hasteIsNoDate = (haste: string) =>
  `“${haste}”是好态度，不过还不是一个具体日期：到期提醒要按日子来，群众也好知道哪天能有回音。`;

/** 过两天, 过几天, 回头, 改天: "soon" in everyday words, not a date to promise; asked rather than read as two days. */
const VAGUE_SOON = /^(?:过|再过)(?:两|几|一两|三两|二)[天日]|^(?:回头|改天|过段时间|过阵子|这两[天日]|近两[天日])/;

/** A promised date typed as the answer to 承诺哪天前 or after a promise word; see {@link VAGUE_SOON}. */
export function readDue(phrase: string, context: ParseContext): DeadlineResult {
  const said = phrase.trim();
  if (VAGUE_SOON.test(said)) return { ok: false, reason: `“${said}”没有说到具体哪天，请写一个期限，例如：${DEADLINE_EXAMPLES}` };
  return parseDeadline(said, context);
}

const PROMISED_ACTION =
  /^\s?(?:ddl|DDL|deadline|截止|为限)|^(?:(?:必须|一定|务必|保证|争取|尽量|要|得|就|予以|给予)?(?:(?:给|帮|向)[^\s，,。；;给]{0,4}?)?(?:给|去|来)?个?(?:办结|办完|办好|办了|完成|解决|处理好?|修好|修复|修|更换|整改|落实|清理|清走|清运|拉走|运走|拖走|报修好?|调解|协调|核实|查清楚?|上门(?:(?:帮|给)(?:他|她|他们)?(?:弄|办|搞|整|修)|看看?|查看|核实)?|答复|回复|回个?话|回(?=他|她)|回信|回电话?|回访|覆|给信|准信|准话|回音|说法|(?:上)?报(?:到|给)?(?:镇上|镇里|乡里|街道|上级|县里|区里)|去一趟|跑一趟|(?:给|出|拿出?)个?(?:方案|办法)|(?:弄|搞|整|清(?!单)|填|调)(?:好|完|掉|妥|定)?)(?:好|完毕|完|到位|通)?(?:他|她|他们)?)?/;
/** The answer or the work promised, alone as a word after a gap (三天内 回复, 本周五前 落实). */
const GAP_ACTION =
  /^\s(?:给个?\s?(?:(?:他|她|伊|他们|她们)\s)?|去)?(?:回复|回覆|答复|回话|回信|回电话?|落实|处理|办理|办结|解决|完成|协调|核实)(?=$|[\s，,。；;！!])/;
const dayOfMonth = (phrase: string) =>
  phrase
    .replace(/^(\d{1,2})日(?=之前|以前|前(?!后))/, '$1号')
    .replace(/^这个(?=周|星期|礼拜)/, '这')
    // 下周内 / 下周末: by the end of next week.
    .replace(/^下个?(周|星期|礼拜)(?:之内|以内|内|末)(?:之前|以前|前)?$/, '下$1日');
/** 24小时内, 四十八小时内: by the day the hours run out (a day at least). */
const HOURS_WORDS: Record<string, number> = { 十二: 12, 二十四: 24, 四十八: 48, 七十二: 72 };
const byHours = (phrase: string) =>
  phrase.replace(/(?:里向|里头)$/, '内').replace(/^(\d{1,3}|十二|二十四|四十八|七十二)个?小时(?:之内|以内|内)$/, (_, hours: string) => {
    const count = HOURS_WORDS[hours] ?? Number(hours);
    return `${Math.max(1, Math.ceil(count / 24))}天内`;
  });
const LAST_DAY = new RegExp(
  // …修 后天上午, …回访 今天下午: a time of day after the day changes nothing of the date.
  `(?:^|[\\s，,。；;])((?:(?:本|这|下下个?|下个?)?(?:周|星期|礼拜)[一二三四五六日天]|明天|后天|大后天|今天)(?:上午|下午|中午|晚上|早上)?|${NUM}月${NUM}[日号]|(?:本月|这个?月|下个?月)?${NUM}号|(?:本|这个?|下个?)?月(?:底|末)|(?:0?[1-9]|1[0-2])[./](?:0?[1-9]|[12]\\d|3[01])[日号]?|${NUM}个?工作日)[\\s，,。；;！!]*$`,
);

/** The 医 of 村医 left after the village glued to it (孙庄村医反映), before the verb of saying: see readWhoAndWhat. */
const VILLAGE_DOCTOR_LEFT = /^医(?=\s?(?:也|又|就)?(?:来)?(?:反映|反应|说|讲|称|提出))/;
/** Who raised it, where, and what, from what is left: `城关村 王大爷 反映 村口路灯坏了`, run on or spaced. */
function readWhoAndWhat(text: string, draft: TicketDraft, promises: readonly string[] = []): void {
  let rest = text;
  // A place or a person a form's label gave (地点：…, 反映人：…) stands; another one in the matter is part of it
  // (每个月要去镇上卫生院, 麦地被占).
  // The search reads the person's clauses, not the member's step (已报镇水利站: the 镇 is whom it was reported to).
  const place =
    draft.place === undefined
      ? (placeFirst(rest) ?? placeAfterName(rest) ?? findPlace(withoutRoles(rest, ['step'])) ?? worksPlace(rest))
      : undefined;
  let afterPlace = -1;
  if (place) {
    // 去一片区走访，一片区1号院的杨光荣说…: the same place said again with its yard or building is the fuller place of
    // the person; the first was where the member went.
    const again = new RegExp(`${place.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:${UNIT}){1,2}`).exec(
      rest.slice(place.index + place.length),
    );
    if (again && !/\s/.test(place.name)) {
      place.index += place.length + again.index;
      place.name = again[0].replace(/\s+/g, '');
      place.length = again[0].length;
    }
    // 向阳社区5栋脱贫户格桑旺堆: a building glued after the community, then the person said with what they are, is
    // below the place, not who.
    const building = /(?:村|社区|社區|小区|小區|苑|屯|嘎查)$/.test(place.name)
      ? /^[\d一二三四五六七八九十]{1,3}(?:号楼|栋|幢|单元)(?=\S)/.exec(rest.slice(place.index + place.length))?.[0]
      : undefined;
    // Only with the person right after it: 12幢樓道燈壞了 is the building where the matter is, left to the matter.
    const next = building ? rest.slice(place.index + place.length + building.length) : '';
    const lead = ROLE_LEAD.exec(next)?.[0] ?? '';
    if (building && lead && (nameAt(next.slice(lead.length)) || unshapedAt(next.slice(lead.length)))) {
      place.name += building;
      place.length += building.length;
    }
    draft.place = place.name;
    // 三组刘润生反映 我们高家塔村口…: a group read alone, with the village named later as the speaker's own (我们/
    // 咱/俺 X村): the group is that village's, said as members write it (高家塔村三组). Another village named without
    // 我们 (去石桥村的路) may be anyone's and is not joined.
    if (GROUP_ONLY.test(place.name)) {
      const own = OUR_VILLAGE.exec(rest.slice(place.index + place.length));
      if (own && !BARE_PLACE.test(own[1]!)) draft.place = own[1]! + place.name;
    }
    // 家住红星村, 住在红星小区, 红星村人: the words saying the person lives there go with the place.
    // 住 alone as a word's start too (潘阿婆 住7号宿舍, 蔡明 住1号宿舍): the person said before it lives there.
    const home = /(?:家住|住在|家在|(?:他|她)住|(?<=^|[\s，,])住)\s?$/.exec(rest.slice(0, place.index))?.[0].length ?? 0;
    // 石桥村的，: the 的 closing the place said of the person (居民马老师，石桥村的) goes with it.
    const native = /^(?:人|的)(?=$|[\s，,。；;]|说|讲|反映)/.exec(rest.slice(place.index + place.length))?.[0].length ?? 0;
    rest = cut(rest, place.index - home, home + place.length + native);
    afterPlace = place.index - home + 1;
    // 老员工潘阿婆 住7号宿舍 高血压: where the person lives, said after the person (name, then 住 and the place) puts
    // the person before the place, not after it: the name is read from the start.
    const before = rest.slice(0, place.index - home);
    const who = before.trim();
    const role = POST_ROLE_LEAD.exec(who)?.[0] ?? '';
    if (home > 0 && who && /[\s，,]$/.test(before) && nameAt(who.slice(role.length)) !== undefined) afterPlace = -1;
  }
  // Who raised it is read outside what is left of a promise (教育服务中心的吴老师说15号之前给她答复: who promised).
  const promised = (clause: { words: string }) => clause.words.length > 1 && promises.some((promise) => promise.includes(clause.words));
  // 孙庄村医反映: the village's 村 is the first character of its doctor's post too; the place took it, 医 is left.
  const doctor = place && /村$/.test(place.name) ? VILLAGE_DOCTOR_LEFT.exec(rest.slice(afterPlace)) : null;
  if (doctor && draft.raiser === undefined) {
    draft.raiser = '村医';
    rest = cut(rest, afterPlace, doctor[0].length);
  }
  const person = draft.raiser === undefined ? findRaiser(withoutClauses(rest, promised), afterPlace) : undefined;
  if (person) {
    draft.raiser = person.name;
    rest = cut(rest, person.index, person.length);
  }
  // 8号楼2单元楼道灯坏了…, 7号楼4单元602的钱大姐说…, 是10栋的何大哥打电话来说的: with no 村/社区 named at all, a
  // building said first, or as where the person who raised it lives, is the place (the member's branch is one estate);
  // a building said later in the matter (…去3号楼看了) is not.
  if (draft.place === undefined && !place) {
    const building = BUILDING_AS_PLACE.exec(text);
    // Said first, only as an address with its unit (8号楼2单元): a building alone first (6栋电梯又坏了, 5号楼跟6号楼两家…)
    // may be the thing the matter is about, or one of its parties.
    if (building && ((building.index <= 2 && /单元$/.test(building[1]!)) || building[2] !== undefined)) draft.place = building[1];
  }
  const content = cleanContent(matterOf(rest, person?.index));
  if (content) draft.content = content;
}
/** A building and its unit at a clause's start, then 的 before the person or nothing (see readWhoAndWhat). */
const BUILDING_AS_PLACE = new RegExp(
  `(?<=^|[\\s，,。；;：:]|是|住)(${N_}(?:号楼|栋|幢|座)(?:${N_}单元)?)(?:\\d{3,4}|${N_}楼)?(的(?=\\s?(?:${ROLE})*(?:老|小)?[${SURNAMES}]))?`,
);

/**
 * What was said follows the verb of saying (今天上午我们到东湖村走访 村里的赵永福他就反映说 机耕路…): what came
 * before it is the visit, not the matter, unless nothing of substance follows (养猪场臭得很 周大爷反映的).
 */
function matterOf(rest: string, personAt: number | undefined): string {
  const says =
    /(?:来电|来访)?(?:反映|反应)(?:说|的)?[:：]?/.exec(rest) ??
    (personAt === undefined
      ? null
      : /^[\s，,、]*(?:他|她)?(?:就|也|还)?(?:(?:跟|对|和|同|向)(?:我们?|俺们?|咱们?|网格员))?(?:说|话(?!费)|讲(?![座课解])|称|提出|提到)[:：]?/.exec(
          rest.slice(personAt),
        ));
  if (!says) return rest;
  const at = says.input === rest ? says.index : personAt! + says.index;
  const after = rest.slice(at + says[0].length);
  const before = rest.slice(0, at);
  const said = cleanContent(after)?.length ?? 0;
  const told = cleanContent(before);
  // 来找我反映点事情: what follows the verb only announces a matter, so the whole is the announcement (asked for).
  if (said < 4 && told) return ANNOUNCED.test(after.trim()) ? `${before} ${after}` : before;
  // The matter said first and the person after it (装修噪音吵相骂，502的黄先生讲楼上天天敲): both halves are the
  // matter, unless what came first is only the visit (今天上午我们到东湖村走访).
  // A description left before the name (301的) goes.
  // Short but naming something the categories know (停车难) is matter too.
  const substantial = told !== undefined && (told.length >= 4 || guessCategory(told) !== '其他');
  if (told && substantial && !onlyVisit(told) && !BARE_PLACE_ALONE.test(told) && !UNNAMED.test(told))
    return `${before.replace(/[\s，,]*[^\s，,。；;]{1,4}的\s*$/, '')} ${after}`;
  return after;
}

/**
 * Words of the visit only (今天上午我们到 走访): a time word inside the matter (晚上下班回来没车位) does not make it
 * one; a part that names something the categories know is a matter, not the visit.
 */
const onlyVisit = (told: string) => VISIT.test(told) && guessCategory(told) === '其他';
/** Someone not named (一位群众, 有个居民, 一个大爷): who said it, not what. */
const UNNAMED = new RegExp(`^(?:有|一)?(?:位|个|名)?(?:${ROLE}|${KIN})+$`);

/** Words of the visit that found a matter, not the matter: 走访, 入户, 我们到…, 今天上午. */
const VISIT =
  /走访|入户|巡查|排查|(?:到|去)[^，,。；;\s]{0,6}(?:村|社区|小区|网格|家)|遇到|碰到|碰着|碰见|见到|今天|昨天|上午|下午|早上|晚上|我们|俺们|咱们/;

/** A place word with no name before it (小区, 居委), or only a pointer (这个小区, 附近小区): no place of a person. */
// Another village (邻村, 隔壁村, 别的村: 电价比邻村贵) is what the matter compares with, not the person's; a workshop or
// an industrial zone with no name (在车间, 工业区) says where it happened, not which 村/社区.
const BARE_PLACE =
  // 下社区, 进小区, 进村, 找社区: going there or to them (今天下社区义诊, 进村那段路, 要找社区帮忙), no place's name; 下村 is
  // a village's name often enough to stay one.
  // 北面小区, 对面小区, 城中村: a direction or a kind, no name.
  /^(?:这个?|那个?|该|本|附近|周边|周围|整个|邻|隔壁|外|别的?|其他|其它|各|每个?|[\u4e00-\u9fa5]{0,2}?(?:[东西南北前后](?:面|边)|对面|旁边)|城中|(?:老旧|新建|商品房|回迁)(?=小区)|(?:下|进|找|回)(?=社区|小区|网格)|(?:进|找|回|出)(?=村))?(?:村|屯|镇|乡|社区|小区|居委|居民区|网格|街道|片区)|^(?:易地)?(?:扶贫)?(?:搬迁|移民)?安置(?:点|区|小区)$|^(?:车间|分厂|工业区|工业园|产业园|家属院|家属区|院落)$/;

/** A community or village the works is paired with, named only so (结对社区, 共建的村). */
const PAIRED = /(?:结对|共建|联建)的?(?:社区|村)$/;
/** A verb of saying glued before the last place word of a run (阿姨讲社区, 师傅说小区): the run is no name. */
const SAYING_BEFORE_BARE = /(说|讲|话|反映|反应|提到|提起|问)[^说讲话映应到起问]{1,3}$/;

/** A bare place word and nothing more (这个小区, 本村); BARE_PLACE alone also matches the start of 村小冒得…. */
const BARE_PLACE_ALONE = new RegExp(`^(?:${BARE_PLACE.source})$`);

/** A building said alone (5号楼, 3栋, 3号楼2单元, 2单元): the place when it stands first, before the person. */
const BUILDING_ONLY = new RegExp(`^(?:${N_}(?:号楼|栋|幢|座)(?:${N_}单元)?|${N_}单元)$`);
/**
 * A hamlet by its regional word (李家冲, 枫树屋场, 陈厝, 沙坪) glued before the person at the start (李家冲刘婶反映):
 * the shortest name that ends in the word and not in a word the character starts (冲突, 营业).
 */
const HAMLET_GLUED = new RegExp(`^[\\u4e00-\\u9fa5]{1,4}?${HAMLET_END}${HAMLET_WORD_AFTER}`);
/** A place word typed apart from its name (湖滨 社区): the name, then the word, each a word of its own. */
const SPACED_SUFFIX = /^(?:社区|社區|村|小区|小區|居委会?|街道|网格|網格)$/;

/**
 * The message's first word as the place, in the slot the usual order gives it (place, person, matter), where the
 * search below finds no place's shape: a village or neighbourhood named without 村 (城关 王大爷, 东关 李婶), a group or a
 * building alone (三组 周大爷, 5号楼 钱阿姨), or a name typed apart from its 社区 (湖滨 社区 钱阿姨). Only with a
 * person right after it, so a word of the matter (第五村民小组 有人在沟边烧秸秆) is left to be read as matter.
 */
function placeFirst(text: string): { name: string; index: number; length: number } | undefined {
  const words = /^(\s*)([^\s，,。；;：:、]+)(?:\s([^\s，,。；;：:、]+))?(?=[\s，,]|$)/.exec(text);
  if (!words) return undefined;
  const [, gap, first, second] = words as unknown as [string, string, string, string | undefined];
  const spaced = second !== undefined && SPACED_SUFFIX.test(second) && /^[\u4e00-\u9fa5]{2,4}$/.test(first) && !PLACE_LEAD_WORD.test(first);
  const name = spaced ? first + second : first;
  const length = spaced ? words[0].length - gap.length : first.length;
  if (!spaced && !readsAsPlaceName(first) && !GROUP_ONLY.test(first) && !BUILDING_ONLY.test(first) && !readsAsHamlet(first))
    return gluedFirst(text.slice(gap.length), gap.length);
  // The person must follow: a name, a kin name, or a role and a name (居民 钱阿姨, 村民王五).
  const after = text.slice(gap.length + length).replace(/^[\s，,]+/, '');
  const lead = ROLE_LEAD.exec(after)?.[0] ?? '';
  if (!nameAt(after) && !nameAt(after.slice(lead.length))) return undefined;
  if (!spaced && (KIN_NAME.test(first) || nameAt(first) === first)) return undefined;
  return { name, index: gap.length, length };
}

/**
 * A group, a hamlet or a building glued before the person at the start (三社杨大妈, 5组孔家反映, 李家冲刘婶,
 * 3号楼2单元钱阿姨): the place, when a person's name follows it (with 的 or a role between) and the name is not
 * itself what was read (the place does not eat a surname).
 */
function gluedFirst(said: string, at: number): { name: string; index: number; length: number } | undefined {
  // 家住李家湾的刘婶: the words saying where the person lives are no part of the name (readWhoAndWhat takes them off).
  const home = /^(?:家住|住在|家在|住)/.exec(said)?.[0].length ?? 0;
  const text = said.slice(home);
  const index = at + home;
  const group = GROUP_GLUED.exec(text)?.[0];
  // 2组坳背屋场黄德明: a hamlet glued after the group is below it, and the person comes after both.
  // 质检部方丽娜 说…: a department of the works glued before the person who says it is where that person works, as a
  // group is in a village (only before a person who says it: 行政部小吴答应… is who holds it, see the holder).
  const department = DEPARTMENT_GLUED.exec(text);
  if (department && !PLACE_LEAD_WORD.test(department[0])) {
    const name = nameAt(text.slice(department[0].length));
    if (name && SAYS_NEXT.test(text.slice(department[0].length + name.length)))
      return { name: department[0], index, length: department[0].length };
  }
  // 东街王大娘说, 西街有人说: a street named by its side opens the message as a village's group does; someone not named
  // may follow it there (the dialogue asks who), as the first words still say where.
  const street = STREET_GLUED.exec(text)?.[0];
  if (street && ANONYMOUS_SAYS.test(text.slice(street.length))) return { name: street, index, length: street.length };
  const unit = group
    ? group + hamletAfter(text.slice(group.length))
    : (HAMLET_GLUED.exec(text)?.[0] ?? BUILDING_GLUED.exec(text)?.[0] ?? street);
  if (unit && PLACE_LEAD_WORD.test(unit)) return undefined;
  if (!unit || NOT_HAMLET.test(unit) || /^[\s，,。；;]/.test(text.slice(unit.length))) return undefined;
  // 大坪村, 三社区, 李家湾自然村: the word is inside a longer place's name, left to the search.
  if (PLACE_GOES_ON.test(text.slice(unit.length))) return undefined;
  const after = text.slice(unit.length).replace(/^的/, '');
  // Only a role (居民, 脱贫户) between it and the name: no words of the matter.
  const lead = GLUED_ROLE.exec(after)?.[0] ?? '';
  const name = nameAt(after) ?? nameAt(after.slice(lead.length));
  if (!name) return undefined;
  // 张庄王大爷 read as 张 + 庄王大爷 does not arise (the name is after the word); a hamlet whose name is a person's
  // (王大爷 is no 王大) is not read: the word must close a name of its own.
  // 张庄王大爷: a surname and 庄 reads as a name too, but two people glued is no way to write; a kin name (王婶) is not a
  // hamlet's.
  if (!GROUP_GLUED.test(unit) && !BUILDING_GLUED.test(unit) && KIN_NAME.test(unit)) return undefined;
  return { name: unit, index, length: unit.length };
}
/** A span of years or an age glued before a place word, or a town named by a clause (see placeAt). */
const STORY_BEFORE_PLACE = /^(?:\d{1,4}|[一二三四五六七八九十百两几]{1,4})(?:多)?(?:年|岁)|^[\u4e00-\u9fa5]{5,}(?:镇|乡)$/;
/** A street named by its side at the start of a run (东街, 后街): not 街道 (a level), 街上, 街口 (the way). */
const STREET_GLUED = /^[东西南北前后中]街(?![道上口边头坊里])/;
/** Someone not named who says it (有人说, 有群众反映): see gluedFirst. */
const ANONYMOUS_SAYS = /^\s?(?:有人|有群众|群众|有村民|有居民)(?:来)?(?:说|讲|反映|反应)/;
/** A department of a works at the start of a run (质检部, 品管部, 仓储部): not 部门, 部长, nor a village's 村部. */
const DEPARTMENT_GLUED = /^(?![村社镇乡党团支总])[\u4e00-\u9fa5]{2,3}?部(?![门长队分])/;
/** The person's verb of saying right after the name (方丽娜 说, 方丽娜反映). */
const SAYS_NEXT = /^\s?(?:也|就|来|又)?(?:说|讲|反映|反应|提出|问|投诉|求助|咨询)/;
/** What continues a place's name past a word that may end one (大坪|村, 三社|区, 李家湾|自然村, 张庄|镇). */
const PLACE_GOES_ON = /^(?:村|社|组|組|队|屯|寨|庄|镇|乡|街|片区|小区|网格|居委|嘎查|自然|苑|花园|家园|新村)/;
const GLUED_ROLE = new RegExp(`^(?:${ROLE})*`);
/** A village named as the speaker's own (我们高家塔村口, 咱柳树村里): see readWhoAndWhat. */
const OUR_VILLAGE = /(?:我们|咱们|俺们|我|咱|俺)的?([\u4e00-\u9fa5]{2,4}?村)(?!民|委|干|医|小|支)/;
/** A building and its unit at the start of a run (3号楼2单元, 5栋): see BUILDING_ONLY. */
const BUILDING_GLUED = new RegExp(`^(?:${N_}(?:号楼|栋|幢|座)(?:${N_}单元)?|${N_}单元)`);

/** A part of a community said as a word of its own (东风里, 康乐弄, 东风片区, 翠湖苑, 第3网格): see placeAfterName. */
const URBAN_PART =
  /^[\u4e00-\u9fa5\d]{1,5}(?:片区|小区|苑|网格|(?<![这那哪家村屋院城心手夜眼嘴肚店厂园田山河])里|(?<![咋怎么去来要会])弄)$/;
/**
 * The person's place said as a word of its own right after the name that opens the message, before the verb of saying
 * (王大爷 三组 反映…, 沈阿婆 东风里 说…, 刘婶 李家冲 讲…): a group, a hamlet, a building or a part of a community
 * there is where the person lives; a word of the matter is not (王大爷 说 三组的路…: the verb comes first).
 */
function placeAfterName(text: string): { name: string; index: number; length: number } | undefined {
  const words =
    /^(\s*)([^\s，,。；;：:、]+)\s([^\s，,。；;：:、]+)(?=\s?(?:来电|来访|打电话)?(?:反映|反应|说|讲|话|问|称|提出|求助|投诉|咨询))/.exec(
      text,
    );
  if (!words) return undefined;
  const [, gap, first, second] = words as unknown as [string, string, string, string];
  if (nameAt(first) !== first) return undefined;
  if (!GROUP_ONLY.test(second) && !readsAsHamlet(second) && !BUILDING_ONLY.test(second) && !URBAN_PART.test(second)) return undefined;
  if (NOT_HAMLET.test(second) || BARE_PLACE_ALONE.test(second)) return undefined;
  return { name: second, index: gap.length + first.length + 1, length: second.length };
}

/** A group, a hamlet, a building or a part of a community said alone (三社, 李家冲, 3号楼2单元, 东风里). */
function isUnitAlone(said: string): boolean {
  if (NOT_HAMLET.test(said) || BARE_PLACE_ALONE.test(said)) return false;
  return GROUP_ONLY.test(said) || readsAsHamlet(said) || BUILDING_ONLY.test(said) || URBAN_PART.test(said);
}

/** The first place named in the text; a bare suffix (想社区出面) is passed over for a real name further on. */
function findPlace(text: string): { name: string; index: number; length: number } | undefined {
  PLACE_SEARCH.lastIndex = 0;
  let workplace: { name: string; index: number; length: number } | undefined;
  for (let found = PLACE_SEARCH.exec(text); found; found = PLACE_SEARCH.exec(text)) {
    let place = PAIRED.test(found[0]) ? undefined : placeAt(text, found);
    // 吃水得去邻村挑: another village gone to (邻村, 外村), once the words before it are off, is no place of the person.
    // Only a qualifier and the bare word (邻村, 外村): a name that holds a lead word's character (托格拉克村) is the name.
    const other = place ? place.name.slice((PLACE_LEAD.exec(place.name)?.[0] ?? '').length) : '';
    if (place && /^(?:邻|外|别的?|其他|其它)/.test(other) && BARE_PLACE_ALONE.test(other)) place = undefined;
    // 注塑车间覃海波…他住新桥社区: a workshop or an industrial park is where the person works; the 村/社区 said later
    // is the place the 工单 belongs to, so the search goes on for one.
    if (place && WORKPLACE.test(place.name) && !workplace) {
      workplace = place;
      PLACE_SEARCH.lastIndex = place.index + place.length;
      continue;
    }
    if (place) return workplace && !/(?:村|社区|社區|网格|網格)/.test(place.name) ? workplace : place;
    // 反映小区后面…, 这个小区: once the words before it are off, a bare 小区 is no place, and neither is any tail of
    // the same run (映小区, 个小区); the search goes on after it.
    const lead = PLACE_LEAD.exec(found[0])?.[0] ?? '';
    // 结对社区, 共建村: the community the works is paired with, named by no name (the named one said after it wins).
    const bare = BARE_PLACE.test(found[0].slice(lead.length)) || PAIRED.test(found[0]);
    // Nor is any tail of a story's run (三十年村 of 当了三十年村小校长, 年挑土修镇 of 讲起当年挑土修镇雄…).
    const story = STORY_BEFORE_PLACE.test(found[0].slice(lead.length).replace(/\s+/g, ''));
    PLACE_SEARCH.lastIndex = bare || story ? found.index + found[0].length : found.index + 1;
  }
  return workplace;
}
/**
 * Where in a works the matter is, where no 村/社区 is named: a part of the works heading the message (职工食堂：…,
 * 二号仓库：…), or a team named by its trade before its leader (焊接班班长熊斌, 包装组组长): for a works' branch these
 * are what a 组 is in a village.
 */
function worksPlace(text: string): { name: string; index: number; length: number } | undefined {
  const heading = WORKS_HEADING.exec(text);
  if (heading) return { name: heading[2]!, index: heading[1]!.length, length: heading[2]!.length };
  const team = TEAM_BEFORE_LEAD.exec(text);
  return team ? { name: team[1]!, index: team.index, length: team[1]!.length } : undefined;
}
const WORKS_HEADING = /^(\s*)([\u4e00-\u9fa5\d]{0,4}?(?:食堂|车间|仓库|宿舍楼?|厂房|门岗|实验室|办公楼|锅炉房|配电房))\s*[:：]/;
const TEAM_BEFORE_LEAD = /(?<=^|[\s，,。；;:：])([\u4e00-\u9fa5]{2}(班|组))\2长(?=[\u4e00-\u9fa5])/;
/** A place a person works at, not one they belong to (注塑车间, 凤凰工业园). */
const WORKPLACE = new RegExp(
  `(?:车间|分厂|工业区|工业园|产业园|工段)$|^(?:${WORK_SITE})$|^(?![^村屯]*[村屯])[\\u4e00-\\u9fa5]{2,3}[一二三四五六七八九十\\d]{1,2}[组线班]$`,
);

function placeAt(text: string, found: RegExpExecArray): { name: string; index: number; length: number } | undefined {
  // The shortest name ends at the first suffix: 新村 of 新村社区, 张庄村 of 张庄村委会 are extended to the whole.
  // A grid is the smallest part: 第11网格小区后身 is the estate in that grid, not a place called 第11网格小区.
  const grid = /网格$/.test(found[0]);
  // Nor is a 社区 or 小区 one more estate word on (东湖社区小区里头): that is the estate inside it.
  const estate = /(?:社区|小区)$/.test(found[0]);
  const longer = new RegExp(
    `^${grid ? '' : `(?:${estate ? '村委会|居委会|委会|街道|片区|网格' : '社区|小区(?![里内])|村委会|居委会|委会|街道|片区|网格'})?(?:\\s?第?[一二三四五六七八九十\\d]{1,3}号?网格)?`}${UNIT}{0,2}`,
  ).exec(text.slice(found.index + found[0].length));
  let whole = found[0] + (longer?.[0] ?? '');
  // An estate in the community or village, said right after it (湖滨社区金桂小区5栋, 柳湾村 幸福家园): kept below it,
  // as a 组 or a building is, not left in the matter.
  if (/(?:社区|村)$/.test(whole.trim())) {
    const estate = ESTATE_BELOW.exec(text.slice(found.index + whole.length));
    if (estate && !PLACE_LEAD_WORD.test(estate[1]!) && !BARE_PLACE.test(estate[1]!)) whole += estate[0];
    // 南山社区棚改安置区曹满仓反映, 新桥村移民安置点: a resettlement area of the community or the village, whatever
    // follows it (the person glued, the matter): a word of nothing else, where the person lives now.
    else {
      const resettled = RESETTLED_BELOW.exec(text.slice(found.index + whole.length));
      if (resettled && !PLACE_LEAD_WORD.test(resettled[1]!)) whole += resettled[0];
    }
  }
  // A quarter or a street of the village or community said right after it (王楼村二片区, 李庄村后街, 东塘社区北片区):
  // where the person lives below it, as a group is, not the start of the matter; the person may follow glued.
  if (/(?:社区|村)$/.test(whole.trim())) {
    const quarter = QUARTER_BELOW.exec(text.slice(found.index + whole.length));
    if (quarter) whole += quarter[0];
  }
  // A hamlet of the village named after it (那禄村弄怀屯, 石桥村李家湾自然村), glued or after a gap, whatever follows it
  // (the person, the matter): the smallest place the person lives in, kept with the village, never left in the matter.
  if (/村$/.test(whole.trim())) {
    const hamlet = HAMLET_BELOW.exec(text.slice(found.index + whole.length));
    if (hamlet && !PLACE_LEAD_WORD.test(hamlet[1]!)) whole += hamlet[0];
    // The same by the other regional words (石桥村李家冲, 柳湾村 枫树屋场, 石桥村罗家畈), when the hamlet closes a word
    // (a gap, a pause, 的) or the person follows it: not 村口沟渠, 村南河沟 (the matter's ditch), 村下岗职工.
    else whole += hamletAfter(text.slice(found.index + whole.length));
  }
  // 5组下坝屋场钟桂英, 上坪村3组塘背屋场: a hamlet named after the village's group is below the group, as it is below
  // the village (the south names its 屋场 within a 组).
  else if (/(?:\d|[一二三四五六七八九十])(?:村民小?)?(?:组|社|队)$/.test(whole.trim()))
    whole += hamletAfter(text.slice(found.index + whole.length));
  let lead = PLACE_LEAD.exec(whole)?.[0] ?? '';
  // A name that holds a lead word's character (乐从镇, 在田村, 托格拉克村 read as 托格拉去村), standing as a word of its
  // own: the whole of it.
  const ownWord = found.index === 0 || /[\s，,。；;:：、(（]/.test(text[found.index - 1]!);
  // A lead word's character with one character left after it (托克逊村 read as 托去逊村) is inside the name too.
  const rest = whole.slice(lead.length).trim();
  // Not a pronoun's (他们屯, 我们村: their village, no name said).
  if (
    ownWord &&
    whole.length <= 7 &&
    (BARE_PLACE.test(rest) || (lead !== '' && rest.length <= 2)) &&
    !PLACE_LEAD_WORD.test(whole) &&
    !/(?:他|她|我|咱|俺)们?$/.test(lead)
  )
    lead = '';
  // 在田村, 到岭村 typed as a word of their own: a lead word's one character, then one more and the suffix, is a
  // village's whole name (a preposition before a place of one character is rare; before a word of its own, rarer).
  const alone = /^(?:$|[\s，,。；;:：、)）])/.test(text.slice(found.index + whole.length));
  if (ownWord && alone && lead.length === 1 && rest.length === 2 && /^[\u4e00-\u9fa5](?:村|屯|庄|寨)$/.test(rest)) lead = '';
  // Words glued before 第N网格 that are no place (苏伯第10网格, 低保第2网格) are not part of it; 南街社区第2网格 is.
  const numbered = /^(.+?)第[一二三四五六七八九十\d]{1,3}网格/.exec(whole.slice(lead.length));
  // A hamlet (王庄第2网格) is a place as well.
  if (
    numbered &&
    !/(?:社区|小区|村|屯|镇|乡|街道|片区|居委会?|居民区|苑|花园|家园|新村)$/.test(numbered[1]!.trim()) &&
    !readsAsHamlet(numbered[1]!.trim())
  )
    lead += numbered[1];
  // A kin name glued before it (李婶新民社区, 刘哥朝阳社区) is the person, not part of the place.
  const kin = KIN_NAME.exec(whole.slice(lead.length).trim());
  if (
    kin &&
    kin[0].length < whole.slice(lead.length).trim().length - 2 &&
    !BARE_PLACE.test(whole.slice(lead.length).trim().slice(kin[0].length))
  )
    lead = whole.slice(0, whole.indexOf(kin[0], lead.length) + kin[0].length);
  const name = whole.slice(lead.length).trim().replace(/\s+/g, '');
  // A verb of saying before a bare place word (孙师傅说小区门口…, 刘阿姨讲社区里…): what was said, no place's name.
  const said = SAYING_BEFORE_BARE.exec(name);
  if (said && BARE_PLACE_ALONE.test(name.slice(said.index + said[1]!.length))) return undefined;
  // A suffix with nothing before it (村, 网格) or only a number is not a place's name; nor is a group of a village
  // without the village (3组, 第五村民小组): which village is not said.
  // Nor a common noun that ends like a hamlet (水库坝, 店铺, 军营: see NOT_HAMLET).
  // A group alone is the place where it is said as where the person lives or the member went, or in brackets after the
  // name (住三社的杨大妈, 走访五队, 杨大妈（三社）): which village needs no saying in a one-village branch.
  // So is a group that opens the message (8社村道烂了, 2社那边路灯坏了): the first words say where, before the matter.
  const groupAt =
    GROUP_ONLY.test(name) && (GROUP_AT.test(text.slice(0, found.index + lead.length)) || !text.slice(0, found.index + lead.length).trim());
  if (!name || BARE_PLACE.test(name) || (GROUP_ONLY.test(name) && !groupAt) || NOT_HAMLET.test(name)) return undefined;
  // Words of a story run up to a place word (当了三十年村小校长, 讲起当年挑土修镇雄…): a span of years, or a town whose
  // "name" is a clause longer than any town's, names no place.
  if (STORY_BEFORE_PLACE.test(name)) return undefined;
  const index = found.index + lead.length;
  const end = found.index + whole.length;
  // A city, district, town or street, then the village or community in it (成华区 府青路街道 二仙桥社区): the place
  // is the 村/社区 (or 网格) the person belongs to; the levels above it are taken out with it, not left in the matter.
  const above =
    /(?:市|县|区|镇|乡|街道)$/.test(name) &&
    !/(?:社区|小区|片区|居民区|工业区|安置区|管理区|苑[一二三四五六七八九十\d]{1,2}区)$/.test(name);
  if (above) {
    const inside = new RegExp(PLACE_SEARCH.source, 'y');
    // 沂南县依汶镇，东辛庄村: a comma between the levels as dictation writes it.
    inside.lastIndex = end + (/^[\s，,、]?/.exec(text.slice(end))?.[0].length ?? 0);
    const next = inside.exec(text);
    const more = next ? placeAt(text, next) : undefined;
    if (more && more.index === next!.index) return { name: more.name, index, length: more.index + more.length - index };
    // A city or district alone (超市, 城区) is no place of a person; a town or a street alone is. So is a new quarter
    // named with what it is (城庄移民新区, 河东安置新区): a resettlement estate, where people live; a district's 新区
    // (浦东新区, 滨海新区) has a name of two characters and stays a level above.
    if (/(?:市|县|区)$/.test(name) && !/[\u4e00-\u9fa5]{3,}新区$/.test(name)) return undefined;
  }
  return { name, index, length: end - index };
}

/**
 * A post held by one person in the village or community, said instead of a name (老支书, 老村长, 村医, 村里的赤脚医生):
 * the member knows whom to call back, so it is who raised it. A description many share (退休教师, 一位群众, 几户村民,
 * 群众) names no one: the dialogue asks, as the tests decide for 一位居民说….
 */
const SOLE_TITLE =
  /^\s*((?:村里|社区|村上|俺村|我们村)的?\s?)?(老支书|老书记|老村长|老队长|老主任|老会计|老组长|村医|赤脚医生|乡村医生|村卫生室医生|村小校长)(?=\s?(?:也|就|又)?(?:来电|来访|来|打电话)?(?:反映|反应|说|讲|称|提出|找|问|想|要|希望|求助|咨询)|[\s，,]|$)/;

/**
 * 冯老四要在自家宅基地上盖房 后邻冯春生反映说他占了出路: the name read first, in the place's slot, does something in the
 * matter and says nothing; a neighbour named later with 反映 (or 投诉, 举报) is who raised it. Only with the first
 * person's own clause free of any saying, so 王大爷反映…他儿子王强也反映… keeps the first.
 */
function raisedLater(
  text: string,
  first: { name: string; index: number; length: number },
): { name: string; index: number; length: number } | undefined {
  const end = first.index + first.length;
  const own = /^[^，,。；;\s]*/.exec(text.slice(end))![0];
  if (/反映|反应|说|讲|问|投诉|举报|称|求助|咨询|提出|找/.test(text.slice(first.index, end) + own)) return undefined;
  for (const verb of text.slice(end).matchAll(/(?:反映|反应|投诉|举报)/g)) {
    const at = end + verb.index;
    const chunk = /[^\s，,。；;]{2,10}$/.exec(text.slice(end, at))?.[0];
    if (!chunk) continue;
    const lead = new RegExp(`^(?:(?:${NEIGHBOUR}|后邻|前邻|${SPOT_OF_HOUSE})的?)`).exec(chunk)?.[0] ?? '';
    const name = nameAt(chunk.slice(lead.length));
    if (lead && name && name.length === chunk.length - lead.length && name !== first.name)
      return { name, index: at - chunk.length, length: chunk.length };
  }
  return undefined;
}

/** The person who raised it: 叫刘桂兰, the name just after the place, or the name just before 反映/说. */
function findRaiser(text: string, afterPlace: number): { name: string; index: number; length: number } | undefined {
  // 反映的是4楼老吴, 提出人是王姐: the person is named after the verb.
  // 几户家长（牵头的是陈冬梅）, 十几户反映…代表是杨志高: households raising it together, through the one who leads them.
  const named = /(?:反映|反应|提出|来访|来电|求助|牵头|带头|领头|代表)(?:人|的)?(?:是|为)\s*/.exec(text);
  if (named) {
    const at = named.index + named[0].length;
    const lead = POST_ROLE_LEAD.exec(text.slice(at))?.[0] ?? '';
    const name = nameAt(text.slice(at + lead.length));
    if (name) return { name, index: named.index, length: named[0].length + lead.length + name.length };
  }
  // 王婆婆家水管爆了 是邻居李叔来说的: the one who came to say it is named after 是, whoever else the matter names.
  const cameToSay = new RegExp(`是\\s?(?:(?:${NEIGHBOUR}|${SPOT_OF_HOUSE})的?)?(?=\\S)`, 'g');
  for (const said of text.matchAll(cameToSay)) {
    let at = said.index + said[0].length;
    let name = nameAt(text.slice(at));
    // 是李老三媳妇刘玉梅来说的: the one named after the kin word came to say it; the first is whose kin.
    // The kin word may be read into the first name (李老三媳 | 妇刘玉梅): the name is cut where the kin word starts.
    const kinAt = /(?:的|家的?)?(?:儿子|女儿|闺女|儿媳妇?|女婿|孙子|孙女|外孙女?|老伴|媳妇|丈夫|爱人|侄子|侄女)/.exec(
      text.slice(at, at + 10),
    );
    const whose = kinAt ? text.slice(at, at + kinAt.index) : '';
    const through = whose && nameAt(whose) === whose ? KIN_THEN_NAME.exec(text.slice(at + whose.length)) : null;
    const kinNamed = through ? nameAt(text.slice(at + whose.length + through[0].length)) : undefined;
    if (through && kinNamed) {
      at += whose.length + through[0].length;
      name = kinNamed;
    }
    // 是罗国强来村部讲的: where the person came to say it (村部, 社区) goes with the coming.
    const verb = name
      ? /^\s?(?:(?:过来|来|去)(?:村部|村委会?|居委会?|社区|办公室|网格|党群服务中心)?)?(?:跟我们?|跟俺|对我们?)?(?:说|讲|反映|反应)的/.exec(
          text.slice(at + name.length),
        )
      : null;
    if (name && verb) return { name, index: said.index, length: at - said.index + name.length + verb[0].length };
  }
  // 有个叫刘桂兰的, 居民叫徐丽: a name given after 叫, glued to it (狗天天叫 李四… is barking).
  // Not 叫 as telling someone to act (当场叫老白头儿子把煤挪走, 我叫电工来修): the member's step, not a name given.
  const called = /(?<!当场|现场|马上|立马|赶紧|我|俺|咱|就|去|又|再)叫(?=\S)/.exec(text);
  if (called) {
    const at = called.index + called[0].length;
    const name = nameAt(text.slice(at));
    if (name) return { name, index: at, length: name.length };
  }
  // 今天在院坝头碰到王秀兰，她说…: the one the member met, named right after meeting them, then a pause or 她/他.
  // 去看望八十五岁的老党员邓明德，: one the member visited, described (…的) and named, is met the same way.
  const met = /(?:碰到|遇到|碰见|遇见|见到|(?:看望|探望|慰问)(?:了|一下)?(?:[^，,。；;\s]{1,8}的)?)(?=\S)/.exec(text);
  if (met) {
    const at = met.index + met[0].length;
    const lead = POST_ROLE_LEAD.exec(text.slice(at))?.[0] ?? '';
    const name = nameAt(text.slice(at + lead.length));
    if (name && /^\s?(?:[，,]|他|她)/.test(text.slice(at + lead.length + name.length)))
      return { name, index: at, length: lead.length + name.length };
  }
  const tryAt = (from: number) => {
    // A kin name standing first is the person, though it may read as a household too (梁婆户口本…: not 梁婆户).
    // 退休 党员 王秀兰, 困难 老党员 周永福: a description typed word by word before the role goes with it.
    const described = DESCRIBED_ROLE.exec(text.slice(from))?.[0] ?? '';
    const roleLead = () => described + (ROLE_LEAD.exec(text.slice(from + described.length))?.[0] ?? '');
    let lead = KIN_NAME.test(text.slice(from)) ? '' : roleLead();
    let name = nameAt(text.slice(from + lead.length));
    if (!name) {
      lead = POST_ROLE_LEAD.exec(text.slice(from))?.[0] ?? '';
      name = nameAt(text.slice(from + lead.length));
    }
    // 五保户老人马桂英腿疼, 退休职工郭玉琴不会…: after a role, a full name run on into the matter with no pause.
    if (!name) {
      const roled = roleLead();
      const glued = ROLE_SAID.test(roled) ? gluedFullName(text.slice(from + roled.length)) : undefined;
      if (glued) {
        lead = roled;
        name = glued;
      }
    }
    // A name with no Han surname's shape (居民 买买提·吐尔逊 反映, 帕提古丽 家 孩子…) standing where the person stands.
    let gapKin = 0;
    if (!name) {
      lead = roleLead();
      let slot = nameInSlot(text.slice(from + lead.length), ROLE_SAID.test(lead));
      // 5号楼才让卓玛: the building the person lives in, glued before such a name, is where, not who.
      const building = slot ? undefined : /^\s?(?:[\d一二三四五六七八九十]{1,4}(?:号楼|单元|栋|幢|层|室))+的?/.exec(text.slice(from))?.[0];
      if (building) {
        const role = ROLE_LEAD.exec(text.slice(from + building.length))?.[0] ?? '';
        slot = nameInSlot(text.slice(from + building.length + role.length), ROLE_SAID.test(role));
        if (slot) lead = building + role;
      }
      if (slot) {
        name = slot.name;
        gapKin = slot.kin;
      }
      // 开小卖部的朝鲁门, 在外打工回来的艾尔肯·托合提: what the person does, said with 的 before a name that needs no verb
      // after it to be one.
      const did = slot ? null : /^[\s，,]*[^\s，,。；;：:、的了]{2,10}的(?=\S)/.exec(text.slice(from));
      const after = did ? (nameAt(text.slice(from + did[0].length)) ?? unshapedAt(text.slice(from + did[0].length))) : undefined;
      // Not 有几户人家的路坏了: households not named, then the matter (路坏了 is no name).
      if (after && !/^[\s，,]*有/.test(did![0]) && !/[了过着吗呢]/.test(after)) {
        lead = did![0];
        name = after;
      }
    }
    // 街坊何伟明反映, 外来务工租客刘春花，…: what the person is, in words of no list, then a full name said or paused.
    if (!name) {
      const shown = describedName(text.slice(from));
      if (shown) {
        lead = shown.lead;
        name = shown.name;
      }
    }
    // 街坊覃月娥 read whole as a name of no Han surname's shape: the description before the full name is no part of it.
    const within = name ? describedName(`${name} `) : undefined;
    if (within && within.length === name!.length) {
      lead += within.lead;
      name = within.name;
    }
    // 老支书, 村医, 老村长: a post only one person holds in the place names that person, whom the member can call back.
    if (!name) {
      const title = SOLE_TITLE.exec(text.slice(from));
      if (title) return { name: title[2]!, index: from, length: title[0].length };
    }
    // 孙阿姨，柳树湾村的 反映想签个…: a verb of saying is where the words start, never a name's first characters.
    if (name && /^(?:反映|反应|提出|提到|投诉|咨询|希望|要求|建议|需要|说|讲|问)/.test(name)) name = undefined;
    const start = from + lead.length;
    // 5组刘家 with no village read: the group is how the household is known, so it stays with the name rather than
    // being lost (a group alone is no place, see GROUP_ONLY).
    const group = afterPlace < 0 && name ? GROUP_FIRST.exec(lead)?.[1]?.trim() : undefined;
    if (name && group && lead.trim() === group) return { name: group + name, index: from, length: start - from + name.length };
    // The role goes with the name (居民 刘建军), and so does a kin word after a full name (王桂兰大姐): neither is the
    // matter.
    const kin = name ? (KIN_AFTER.exec(text.slice(start + name.length))?.[0].length ?? 0) : 0;
    if (!name) return undefined;
    // 张大妈的儿子小刘反映, 李叔家闺女 王芳 说: the one named after the kin word raised it; the first is whose kin.
    const through = KIN_THEN_NAME.exec(text.slice(start + name.length));
    if (through) {
      const after = start + name.length + through[0].length;
      // A child called by a given name (小芸, 阿明) right before the verb is a name too.
      const second =
        nameAt(text.slice(after)) ?? /^(?:小|阿)[\u4e00-\u9fa5](?=\s?(?:反映|反应|说|讲|问))/.exec(text.slice(after))?.[0] ?? '';
      // With no name of their own (张大妈的儿子反映), the kin as said is who raised it, as 小磊奶奶 is.
      if (/^\s?(?:来|也|就)?(?:反映|反应|说|讲|问|称|提出)/.test(text.slice(after + second.length)))
        return second
          ? { name: second, index: from, length: after - from + second.length }
          : { name: name + through[0].trim(), index: from, length: after - from };
    }
    // 李师傅家的, 老王家的 standing as a word (northern speech): his wife, who raised it; the 家的 is no matter.
    const wife = kin === 0 && KIN_NAME.test(name) ? /^家的(?=$|[\s，,。；;]|反映|反应|说|讲)/.exec(text.slice(start + name.length)) : null;
    if (wife) return { name: name + wife[0], index: from, length: start - from + name.length + wife[0].length };
    const taken = start + name.length + Math.max(kin, gapKin);
    // What the person is, said after the name (葛某（居民）, 葛某 退休教师 说, 葛某，村民，, 葛某 女 66岁): who, not what.
    const roleAfter = ROLE_AFTER_NAME.exec(text.slice(taken))?.[0].length ?? 0;
    return { name, index: from, length: taken - from + roleAfter };
  };
  // The matter told first, then a clause of its own naming who brought it (…天天玩手机不写作业，龙爷爷反映，…;
  // …吵得一塌糊涂，隔壁符大娘来喊我，…; …楼下马先生找的我): said outright, it outweighs a name guessed from its
  // place after the 村/社区, which may be someone the matter is about (留守儿童小龙, 向家婆媳).
  const attributed = attribution(text);
  if (attributed) return attributed;
  // Right after the place (the usual order), or at the very start when no place was said.
  const first = tryAt(Math.max(afterPlace, 0));
  if (first) return raisedLater(text, first) ?? first;
  // 工业区宿舍 阿强同…, 菜市场 钟姐…: a spot said first that is no 村/社区 (a dormitory, a site, a market), then the
  // person, as the place would be.
  const spot = afterPlace < 0 ? SPOT_FIRST.exec(text) : null;
  const afterSpot = spot ? tryAt(spot[0].length) : undefined;
  if (afterSpot) return afterSpot;
  // Before the place: 居民张女士 1360… 失业了… 东风社区, 何姐（第4网格）个仔….
  const atStart = afterPlace > 0 ? tryAt(0) : undefined;
  // 桂城 东二社区: a word ending like a place (城, 镇, 街, 湾…) said just before the place is a level above it, not a
  // person, unless it reads as kin (苏伯 第10网格).
  const aboveIt =
    atStart &&
    !KIN_NAME.test(atStart.name) &&
    /[城镇乡县区市街路桥湾岗坪山河湖塘港洲沙坑围涌滘冲寨庄村屯堡营铺]$/.test(atStart.name) &&
    /^\s*$/.test(text.slice(atStart.index + atStart.length, afterPlace - 1));
  if (atStart && !aboveIt) return atStart;
  // Just before a verb of saying, with anything in between dropped: …没法开窗周大爷反映的, 杨家兄弟俩 杨大哥反映.
  for (const says of text.matchAll(SAYS)) {
    // The words of coming between the name and the verb (来村委, 打电话来) go out with the name, not into the matter.
    const through = (index: number, length: number) =>
      new RegExp(`^\\s*(?:${CAME_TO_SAY.source})$`).test(text.slice(index + length, says.index)) ? says.index - index : length;
    const before = text
      // Wide enough for a description, a name, a kin word and how they came (独居长者锁有财阿舅打电话来).
      .slice(Math.max(0, says.index - 16), says.index)
      // 刘阿姨跟我说, 王大爷对网格员说: who was told is not part of who said it.
      .replace(/(?:跟|和|对|给|同|向)(?:我们?|俺们?|咱们?|网格员|社区|村里)\s*$/, '')
      // 覃建新打电话来说的, 陆永昌来村委说的: how the person came to say it, after the name.
      .replace(CAME_TO_SAY, '')
      // 独居老汉薛宝，八十七了，反映…: the person's age said as an aside between the name and the verb.
      .replace(/[，,\s]+(?:今年)?(?:[一二三四五六七八九十]{1,3}|\d{1,3})多?(?:岁|了|岁了)[，,\s]*$/, '')
      // 苏大爷，他说: the pronoun and the pause before it.
      .replace(/(?:[\s，,、]*(?:他|她))?(?:就|也|还|又|都)?\s*$/, '')
      .trimEnd();
    const said = before.split(/[\s，,。；;的]/).at(-1)!;
    const chunk = said
      // A role just before the name, with whatever came before it (…时候居民刘秀英阿姨); a resident's post in the
      // building (楼栋长, 单元长); kin said through a pronoun (他个女陈丽, 她儿子王强: Cantonese 佢個女).
      .replace(
        // 楼下韩海说…, 对门钱嫂讲…: where the person lives beside the other party, said before the name.
        new RegExp(
          `^.*?(?:${ROLE}|${SPOT_OF_HOUSE}|楼栋长|楼长|栋长|单元长|(?:他|她)(?:的|个|家)?(?:女儿|女|仔|儿子|闺女|孙子|孙女|老婆|老公|媳妇))+(?=.)`,
        ),
        '',
      );
    const name = nameAt(chunk) ?? (standsAsName(chunk) ? chunk : undefined);
    // 李秀梅老人反映: 老人 after the name says who the person is, as kin does.
    if (name && (name.length === chunk.length || KIN_ONLY.test(chunk.slice(name.length)) || /^老人家?$/.test(chunk.slice(name.length)))) {
      const index = text.lastIndexOf(chunk, says.index);
      // The building's post or the kin word before the name (楼栋长, 他个女) says who they are: not the matter.
      const lead =
        new RegExp(
          `(?:${SPOT_OF_HOUSE}|楼栋长|楼长|栋长|单元长|(?:他|她)(?:的|个|家)?(?:女儿|女|仔|儿子|闺女|孙子|孙女|老婆|老公|媳妇))$`,
        ).exec(said.slice(0, said.length - chunk.length))?.[0].length ?? 0;
      return { name, index: index - lead, length: through(index - lead, chunk.length + lead) };
    }
    // …渠口塞了。街坊何伟明反映: a description and a full name just before the verb, the chunk being a clause's start.
    const shown = /(?:^|[\s，,。；;：:的])$/.test(text.slice(0, text.lastIndexOf(chunk, says.index)))
      ? describedName(`${chunk}${text.slice(says.index, says.index + 4)}`)
      : undefined;
    if (shown && shown.length === chunk.length)
      return {
        name: shown.name,
        index: text.lastIndexOf(chunk, says.index),
        length: through(text.lastIndexOf(chunk, says.index), chunk.length),
      };
    const tail = new RegExp(`(?:老|小)?[${SURNAMES}](?:${KIN})$`).exec(chunk);
    if (tail)
      return {
        name: tail[0],
        index: text.lastIndexOf(tail[0], says.index),
        length: through(text.lastIndexOf(tail[0], says.index), tail[0].length),
      };
    // Run on from the clause before (…闹得不可开交韦老大媳妇来找我): the longest kin name that ends the chunk.
    for (let i = 1; i < chunk.length - 1; i++) {
      const end = chunk.slice(i);
      if (KIN_NAME.exec(end)?.[0] === end) return { name: end, index: text.lastIndexOf(end, says.index), length: end.length };
    }
  }
  // The matter first, then the person as a clause of their own with what they are (…学费凑不齐，居民马老师，石桥村的):
  // a role and a name, and nothing else between the pauses.
  for (const clause of text.matchAll(ROLE_CLAUSE)) {
    const name = nameAt(clause[2]!) ?? unshapedAt(clause[2]!);
    // 有几户人家的路坏了: a clause's words (了, 过) are no name with no Han surname's shape.
    if (name === clause[2] && !/[了过着吗呢]/.test(name))
      return { name, index: clause.index + clause[0].indexOf(clause[1]!), length: clause[1]!.length + clause[2]!.length };
  }
  // …男的还动手，外来务工租客冯德才，石桥村的: a clause of its own made of a description and the name (see describedName).
  for (const clause of text.matchAll(/(?<=[，,。；;\n]\s?|\S\s)([^\s，,。；;：:、]{3,14})(?=$|\s?[\s，,。；;])/g)) {
    const shown = describedName(`${clause[1]!}，`);
    if (shown && shown.length === clause[1]!.length) return { name: shown.name, index: clause.index, length: clause[1]!.length };
  }
  return undefined;
}
/**
 * A description of the person in words of no list (街坊, 独居长者, 外来务工租客, 社员), then a full name, then a pause,
 * an age or a verb of saying (see findRaiser): the name is who raised it, the description says who they are. The
 * description names no other party (跟邻居王某, 反映房东王某: the one the matter is about) and holds no clause.
 */
function describedName(text: string): { lead: string; name: string; length: number } | undefined {
  // 的退休街坊周玉珍 after the place: the 的 joins the place to who.
  const of = /^[\s，,]*(?:的\s?)?/.exec(text)?.[0] ?? '';
  const shape = DESCRIPTION_THEN_NAME.exec(text.slice(of.length));
  if (!shape) return undefined;
  const at = of.length + shape[1]!.length;
  // 独居长者刘婶, 街坊王大爷: a kin name after the description is the person too.
  const kin = KIN_NAME.exec(text.slice(at))?.[0];
  if (kin && kin.length >= 2 && NAME_SAID_AFTER.test(text.slice(at + kin.length)))
    return { lead: of + shape[1]!, name: kin, length: at + kin.length };
  const name = FULL_NAME.exec(text.slice(at))?.[0];
  if (!name || name.length < 2 || NOT_NAME_START.test(name) || /[那这个上下里了来去太很都没不掉高低]/.test(name.slice(1))) return undefined;
  // 街坊锁有财阿舅: a kin word after the full name goes with it.
  const kinAfter = KIN_AFTER.exec(text.slice(at + name.length))?.[0] ?? '';
  const after = NAME_SAID_AFTER.exec(text.slice(at + name.length + kinAfter.length))?.[0];
  // A name of two characters only with the saying after it: before a pause it is as likely a word (食堂卫生 …).
  if (after === undefined || (name.length === 2 && !/[\u4e00-\u9fa5a-z]/i.test(after))) return undefined;
  return { lead: of + shape[1]!, name, length: at + name.length + kinAfter.length };
}
// The description ends as words for people end (街坊, 长者, 租客, 社员, 住户, 村民, 老工人, 亲家…): a person's suffix.
// Not the people sent or arranged to do the work (组织人撒沙子, 安排人清运, 派人去修): a verb and its object, then the work.
const DESCRIPTION_THEN_NAME = new RegExp(
  `^((?:(?![跟和同与对向给被把让叫找说讲话了是在我你他她们的有没不时织排派喊请雇带])[\\u4e00-\\u9fa5]){1,5}?[坊者客员户民工人友长生属婆伯叔姨姐哥嫂妹弟爷奶妈娘家])(?=[${SURNAMES}])`,
);
const NAME_SAID_AFTER =
  /^(?:[，,]\s?(?:\d{1,3}|[一二三四五六七八九十]{1,3})?|\s|$|说|话(?!费)|讲|反映|反应|提议|提出|提(?=的)|建议|问|投诉|求助|咨询|call|打(?:了个?)?电话|好?担心)/i;

/** How the person came to say it, between the name and the verb (打电话来说的, 来村委说的): see findRaiser. */
const CAME_TO_SAY = /(?:(?:打(?:了个?)?电话|call)(?:过)?来?|(?:过)?来(?:村委会?|村部|社区|居委会?|办公室)?)\s*$/;

/** A clause after a pause made only of a role and a name (see findRaiser). */
const ROLE_CLAUSE = new RegExp(
  `(?<=[，,。；;\\n]\\s?|\\S\\s)((?:${ROLE}|(?:\\d{1,3}|[一二三四五六七八九十]{1,3})多?岁的?|隔壁|邻居|对门|[^\\s，,。；;：:、的]{2,8}的)+)([^\\s，,。；;：:、]{2,12})(?=$|\\s?[\\s，,。；;])`,
  'g',
);

/**
 * A three-character name run on into the matter after a role (马桂英腿疼得厉害, 钱有福养老金认证): taken when the
 * words of the text break right after it (马桂英|腿疼), never where the third character starts a word with what
 * follows (王|大门口 is no 王大门).
 */
function gluedFullName(text: string): string | undefined {
  const full = FULL_NAME.exec(text)?.[0] ?? '';
  // 员工钟文居住证到期, 居民王芳医保卡丢了: a two-character name run on into the matter, when jieba reads those two as one
  // word it knows as a name or does not know, and the matter's next word as a word of two or more.
  const [first, next] = wordTags(text.slice(0, 10));
  if (
    first?.word.length === 2 &&
    full.startsWith(first.word) &&
    /^(?:nr\w*|nz|x)$/.test(first.tag) &&
    !NOT_NAME_START.test(first.word) &&
    !NOT_GIVEN.test(first.word[1]!) &&
    (next?.word.length ?? 0) >= 2
  )
    return first.word;
  // Not the first part of a transliterated name (艾尔肯·托合提): that is read whole elsewhere.
  if (full.length !== 3 || /^[·•.]/.test(text.slice(3)) || NOT_NAME_START.test(full) || NOT_GIVEN.test(full[1]!)) return undefined;
  let at = 0;
  for (const { word } of wordTags(text.slice(0, 10))) {
    at += word.length;
    if (at >= 3) return at === 3 ? full : undefined;
  }
  return undefined;
}

/**
 * A description typed word by word before a role (退休 党员, 困难 老党员, 下岗 职工): one or two short words, none of
 * them a clause (坏了, 没人), then the role and a gap.
 */
/** A Tibetan name (see TIBETAN_NAMES), a kin or address word allowed after it, before saying or the household. */
const TIBETAN_IN_SLOT = new RegExp(`^(${TIBETAN_NAME}(?:${KIN})?)(?=反映|反应|说|讲|家)`);
/** A dotted name with a kin word glued after it (买买提·吾守尔大叔): see nameInSlot. */
const DOTTED_THEN_KIN = new RegExp(`^([\\u4e00-\\u9fa5]{2,6}·[\\u4e00-\\u9fa5]{2,6}?)((?:${KIN}))$`);
/** How Uyghur and Kazakh speakers address an elder after the name (热依汗古丽 阿帕, 吐尔逊 阿卡): kin, not the matter. */
const ELDER_ADDRESS = '阿帕|阿卡|阿恰|阿娜|阿塔|阿吉';
const DESCRIBED_ROLE = new RegExp(`^\\s*(?:(?![^\\s]*[了吗说讲坏没很都也还就是的在])[\\u4e00-\\u9fa5]{2,3}\\s){1,2}(?=(?:${ROLE})\\s)`);
/** A lead that says the person's role (居民, 村民, 老党员): what follows it is who. */
const ROLE_SAID = new RegExp(`(?:${ROLE})\\s*$`);
/**
 * What may follow a name in the person's place: a kin word (大姐, 老人, 家), a verb of saying, asking or wanting, a
 * quarrel's other party, or a pause and 他/她 speaking of them (阿依先木 ，她 来 村委会 说…).
 */
const AFTER_SLOT_NAME = new RegExp(
  `^\\s?(?:((?:${KIN}|老人|家|${ELDER_ADDRESS})(?=[\\s，,]|(?:来电|来访)?(?:反映|反应|说|讲))\\s?)|(?:来电|来访)?(?:反映|反应|说|讲|问|称|想|要|提出|咨询|求助|投诉|和|跟|同|与|因为|电话|手机)|\\s?来(?:反映|反应)|\\s?[，,]\\s?(?:他|她)(?!们))`,
);

/**
 * A token typed on its own where the person who raised it stands (after the place, after 居民 or 村民), read as a
 * name when it has no Han surname's shape ({@link readsAsName}): only with a role said before it, or a kin word, a
 * verb of saying or a quarrel's other party after it, so that a word of the matter (井盖 坏了) is never taken for one.
 */
function nameInSlot(rest: string, roleBefore: boolean): { name: string; kin: number } | undefined {
  const run = /^[^\s，,。；;：:、()（）]+/.exec(rest)?.[0];
  // 格桑阿妈反映, 次仁大哥说, 多吉叔家…: a Tibetan name and the word the member calls the person by, kept as written;
  // read before the surname rules cut it (格 and 白 are surnames too).
  const tibetan = run && TIBETAN_IN_SLOT.exec(run)?.[1];
  if (tibetan) return { name: tibetan, kin: 0 };
  // The name glued to the verb of saying (朝鲁反映…, 吐尔洪说…), as dictation writes it: the words before the verb.
  // 阿不都热合曼·吐尔逊大叔反映: a dotted name, and a kin word between it and the verb, which is not part of it.
  const beforeSaying =
    run &&
    (/^([\u4e00-\u9fa5]{2,6}?)(?=反映|反应|说|讲)/.exec(run)?.[1] ??
      new RegExp(`^([\\u4e00-\\u9fa5]{2,6}·[\\u4e00-\\u9fa5]{2,6}?)(?=(?:${KIN})(?:反映|反应|说|讲))`).exec(run)?.[1] ??
      // 叶尔兰·哈森说连队门口…: a dotted name glued to the verb with no kin word between, cut there.
      /^([\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,6}?)(?=反映|反应|说|讲)/.exec(run)?.[1]);
  // The household's or the kin's name glued to 家 or to 的 and a kin word (其其格家的水井, 朝鲁家孩子, 乌日娜的婆婆): the
  // one the member will call back, who raised it; what is theirs stays the matter.
  const household = run && HOUSEHOLD_OF.exec(run)?.[1];
  if (household && !beforeSaying && unshapedName(household)) return { name: household, kin: 0 };
  // 买买提·吾守尔大叔: a kin word glued after a dotted name is how the member calls the person, not part of the name.
  const dottedKin = !beforeSaying && run ? DOTTED_THEN_KIN.exec(run) : null;
  if (dottedKin && standsAsName(dottedKin[1]!)) return { name: dottedKin[1]!, kin: dottedKin[2]!.length };
  const token = beforeSaying && unshapedName(beforeSaying) ? beforeSaying : run;
  // A description with 的 before the name (开小卖部的艾尔肯·托合提) is no name: the did-lead in findRaiser reads it.
  if (!token || /的/.test(token) || ROLE_ONLY.test(token) || KIN_ONLY.test(token) || NOT_NAME_START.test(token) || !unshapedName(token))
    return undefined;
  const after = rest.slice(token.length);
  const closer = AFTER_SLOT_NAME.exec(after);
  // A name of transliterating characters only (其其格玛, 格日勒图), three or more, stands alone there too: no word of a
  // matter is written so.
  // Two such characters too when jieba knows the pair as a name or as no word at all (哈斯, 巴图).
  const alone = standsAsName(token) && /^(?:$|\s?[\s，,。；;])/.test(after);
  // 尕藏，反映：…: a name of transliterating characters only, a pause, then the saying (two characters are too few for
  // standsAsName alone).
  const pausedSaying = transliterated(token) && /^\s?[，,]\s?(?:来电|来访|来)?(?:反映|反应|说|讲)(?![\u4e00-\u9fa5]?(?:的|了))/.test(after);
  if (!closer && !alone && !pausedSaying && !(roleBefore && /^(?:$|\s?[\s，,。；;])/.test(after))) return undefined;
  return { name: token, kin: closer?.[1] ? after.indexOf(closer[1]) + closer[1].length : 0 };
}
const ROLE_ONLY = new RegExp(`^(?:${ROLE})$`);

/**
 * A name with no Han surname's shape that needs no verb after it to be read as one: two parts joined by a middle dot
 * (艾尔肯·托合提) whatever their characters, a word of three or more that jieba reads whole as a name or as no word it
 * knows (朝鲁门), or transliterating characters only (其其格玛, 哈斯): no word of a matter is written so.
 */
function standsAsName(token: string): boolean {
  if (!unshapedName(token)) return false;
  // Each part of a dotted name is a name's length, with no 的 in it (开小卖部的艾尔肯·托合提 is a description, then the name).
  if (/·/.test(token)) return /^[^的了在是]{2,6}·[^的了在是]{2,8}$/.test(token);
  const whole = wordTags(token);
  const one = whole.length === 1 ? whole[0]!.tag : '';
  return (
    /·/.test(token) ||
    (token.length >= 3 && /^(?:nr|nrt|nrfg|x)$/.test(one)) ||
    (transliterated(token) && (token.length >= 3 || /^(?:nr|nrt|x)$/.test(one)))
  );
}

/** Such a name at the start of the text, typed alone or glued to a verb of saying (次仁卓玛反映的). */
function unshapedAt(text: string): string | undefined {
  const run = /^[^\s，,。；;：:、()（）]+/.exec(text)?.[0];
  if (!run) return undefined;
  const dottedKin = DOTTED_THEN_KIN.exec(run);
  if (dottedKin && standsAsName(dottedKin[1]!)) return dottedKin[1];
  const token = /^([\u4e00-\u9fa5·]{2,12}?)(?=来电|来访|反映|反应|说|讲)/.exec(run)?.[1] ?? run;
  return standsAsName(token) ? token : undefined;
}
/** A name glued to 家 or to 的 and kin, as a household's matter is told (see nameInSlot). */
const HOUSEHOLD_OF = new RegExp(
  `^([\\u4e00-\\u9fa5]{2,6}?)(?=家(?!长|属|门口|门前)|的(?:${KIN_OF}|小?(?:女儿|儿子|孩子|孙子|孙女)|老伴|婆婆|公公|丈夫|爱人))`,
);
/** A name with no Han surname's shape ({@link readsAsName}), and no word of a matter (养老金, 井盖): never a post. */
const unshapedName = (token: string) =>
  !UNSHAPED_NOT.test(token) &&
  !DEADLINE_SHAPE.test(token) &&
  readsAsName(token) &&
  guessCategory(token) === '其他' &&
  !BODY_OR_POST.test(token) &&
  !NOT_NAME_START.test(token);
/** A surname said alone (王姓), or a role or a kin word ending the word (王姓村民, 赵家大姐): a description, not a name. */
// 家里人, 老伴儿, 孩子他爸: words for kin jieba tags as names (nrt, nr), never the name of who raised it.
const UNSHAPED_NOT = new RegExp(
  // 额吉, 阿妈 (Mongolian and Tibetan for mother), said with 老: kin, no one named.
  // 扎西德勒, 格桑花: a greeting and a flower that start as Tibetan names do (see NOT_TIBETAN_NAME).
  `姓|^(?:${NOT_TIBETAN_NAME})|(?:${ROLE}|${KIN})$|^老?(?:额吉|阿妈|阿爸)$|^(?:家里|家人|老伴|孩子|儿子|女儿|闺女|媳妇|邻居|隔壁|对门|大家|有人|别人)|^(?:本|这|下个?)?(?:周|星期|礼拜)[一二三四五六日天]`,
);

/** Where a clause may start: the message's start, a gap or a pause. */
const CLAUSE_START = /(?<=^|[\s，,。；;：:！!])/g;
/** Where in the village or the building someone lives, said before their name (村东头王大爷, 楼下马先生). */
const SPOT_OF_HOUSE = '村[东西南北]头|村口|村尾|[东西南北]头|楼上|楼下|对面|前院|后院|前头|后头';
/** A role or a neighbour said before the person in such a clause (隔壁符大娘, 外卖小哥老胡, 楼下马先生). */
// 她侄子阿明来反应的: kin said through a pronoun, whose kin the matter told already; 林家阿坤: the household named first.
// 是韩淑华打电话来的: 是 before the name, saying it was they who brought it.
const ATTRIBUTION_LEAD = new RegExp(`^(?:是\\s?)?(?:(?:${ROLE}|${NEIGHBOUR}|${SPOT_OF_HOUSE}|${KIN_THROUGH}|${HOUSE_OF_AH})的?\\s?)*`);
/**
 * What closes a clause that names who brought the matter: a verb of saying with nothing after it (龙爷爷反映，, 老胡说的),
 * or coming to the member (马先生找的我, 符大娘来喊我, 张婶打电话给我).
 */
const ATTRIBUTION_VERB =
  // 朝鲁门，石桥村3组的说的: with the place taken out, a pause may stand between the name and 说的/反映的.
  // 张守义来镇上反映的: where the person came to say it (镇上, 村部, 社区里) goes with the coming.
  /^((?:\s?[，,]\s?(?=(?:反映|反应|说|讲)的))?\s?(?:也|就|又|专门)?(?:(?:(?:过来|跑来|来)(?:[镇乡村县区][上里]|村部|村委会?|居委会?|社区|网格|办公室)?|打电话|打了个?电话|找)(?:跟|对|给|同|向)?(?:我们?|俺们?|咱们?)?)?)(?:反映|反应|说|讲|话|提的|提出来?)(?:的)?(?=$|[\s，,。；;！!])/;
/** Coming to the member, the clause naming who brought it (马先生找的我, 符大娘来喊我, 张婶打电话给我). */
const CAME_TO_MEMBER = new RegExp(
  `^\\s?(?:${VISIT_TIME})?(?:也|就|又|专门)?` +
    // 刘德秀来喊我的, 老周喊我去看: the same with 的 after it, or with what the member was called to do (去看, 过去).
    // 冯德胜找我好几回了, 罗家辉打电话叫我上去: how often, or called by phone to go up.
    /(?:(?:过来|跑来|来)?(?:找的|喊的|叫的)(?:我们?|俺们?)?|(?:打(?:了个?)?电话)?(?:过来|跑来|来)?(?:找|喊|叫)(?:了|到|过)?(?:我们?|俺们?)(?:的|(?:上|过)?去(?:看|瞧|瞅|处理|帮忙)?(?:一下|一哈|哈)?|过来(?:看|瞧|瞅|处理|帮忙)?(?:一下|一哈|哈)?|(?:好几|几|两|三|多)(?:回|次|趟|遍)了?)?|打(?:了个?)?电话(?:给|跟)(?:我们?|俺们?)|打(?:了个?)?电话(?:过)?来的)(?=$|[\s，,。；;！!\d])/
      .source,
);

/** The first clause that is only a person and the verb that says they brought it (see {@link ATTRIBUTION_VERB}). */
function attribution(text: string): { name: string; index: number; length: number } | undefined {
  for (const start of text.matchAll(CLAUSE_START)) {
    const at = start.index;
    let lead = ATTRIBUTION_LEAD.exec(text.slice(at))![0];
    // 开小卖部的艾尔肯·托合提，反映…: what the person does, said with 的, before the name.
    const did = /^[^\s，,。；;：:、的]{2,10}的(?=\S)/.exec(text.slice(at + lead.length))?.[0] ?? '';
    if (
      did &&
      !nameAt(text.slice(at + lead.length)) &&
      (nameAt(text.slice(at + lead.length + did.length)) || unshapedAt(text.slice(at + lead.length + did.length)))
    )
      lead += did;
    // …辍学在家，次仁卓玛反映的: a name with no Han surname's shape says it as well.
    const name = nameAt(text.slice(at + lead.length)) ?? unshapedAt(text.slice(at + lead.length));
    if (!name) continue;
    const kin = KIN_AFTER.exec(text.slice(at + lead.length + name.length))?.[0].length ?? 0;
    // 郑爹爹是六楼的他来找的我: what the person is (是六楼的) and 他 between the name and the verb.
    const described =
      /^(?:是[^\s，,。；;]{1,6}?的)?(?:他|她)?(?=(?:也|就|又|专门)?(?:过来|跑来|来|打))/.exec(
        text.slice(at + lead.length + name.length + kin),
      )?.[0].length ?? 0;
    const after = text.slice(at + lead.length + name.length + kin + described);
    // The verb of saying stays (matterOf splits there); how they came (来, 打电话) and a visit to the member go.
    const said = ATTRIBUTION_VERB.exec(after);
    const came = said ? undefined : CAME_TO_MEMBER.exec(after);
    if (said || came)
      return { name, index: at, length: lead.length + name.length + kin + described + (said ? said[1]!.length : came![0].length) };
  }
  return undefined;
}

/** A spot where it happened, said as the message's first word (工业区宿舍, 菜市场, 3号工地), not a 村/社区. */
const SPOT_FIRST = /^\s*[\u4e00-\u9fa5\d]{0,6}(?:宿舍|工地|工棚|厂|市场|车间|工业区|工业园|园区|大院|商场|码头|车站)\s+/;

/** Second characters that make a word with a surname's character rather than a given name (高层, 许多, 余下, 钟楼). */
const NOT_GIVEN = /^[多下片层楼面边头上里外后部些点处种类批样]$/;

/** A household that brought it, no one person named (5组刘家反映, 刘家说): the family is who raised it. */
// 贾家那个事, 刘家的事情: a household's matter referred to, nothing of it said: the household raised it (the matter is
// asked for).
const HOUSEHOLD = new RegExp(
  `^[${SURNAMES}]家(?=\\s?(?:来电|来访|来)?(?:反映|反应|说|讲|称|提出|投诉|求助|咨询|找)|\\s?(?:的|那个?|那件)?\\s?(?:事情?|事儿)(?:$|[\\s，,。；;]))`,
);

/** Not a clan's household (吉克家) nor its words (阿苏说): the given name's characters start no word after a name. */
const YI_NAME = new RegExp(
  `^(?:${YI_CLANS})(?![家的他她说讲话反映和跟与同在是也就都又还要想去找来们])[\\u4e00-\\u9fa5](?![家的他她说讲话反映们])[\\u4e00-\\u9fa5]`,
);

/** A name with a surname of two characters (欧阳书记, 司马大姐, 诸葛明): see nameAt. */
const COMPOUND_NAME = new RegExp(
  `^(?:欧阳|司马|上官|诸葛|东方|皇甫|慕容|夏侯|公孙|司徒|尉迟|宇文|令狐|端木|南宫|西门|独孤|长孙|呼延|澹台)(?:${POST_AFTER}|${KIN}|[\\u4e00-\\u9fa5]{1,2}?(?=$|[\\s，,。；;]|说|讲|反映|反应|提出|问))`,
);
/** The person's name at the start of the text: 王大爷, 老刘, 孙二柱, 张某; never 有人, 群众. */
function nameAt(text: string): string | undefined {
  if (ANONYMOUS.test(text) || NOT_NAME_START.test(text)) return undefined;
  // 欧阳书记, 司马大姐, 上官秀英: a surname of two characters, then a post, a kin word or a given name.
  const compound = COMPOUND_NAME.exec(text);
  if (compound && NAME_ENDS.test(text.slice(compound[0].length))) return compound[0];
  const kin = KIN_NAME.exec(text) ?? SHORT_NAME.exec(text) ?? HOUSEHOLD.exec(text);
  if (kin) return kin[0];
  // 王某, 王某某, a name hidden as 王XX or 王**; 王姓 (a surname only) names nobody.
  if (new RegExp(`^[${SURNAMES}]姓`).test(text)) return undefined;
  const some = new RegExp(`^[${SURNAMES}](?:某某?|[Xx×＊*]{1,2})`).exec(text);
  if (some) return some[0];
  // 吉克阿牛, 曲比拉则, 阿苏阿呷: a Yi name, the clan's two characters then two given ones, before 阿X is read as a
  // Cantonese given name and the rest as matter.
  const yi = YI_NAME.exec(text);
  if (yi && NAME_ENDS.test(text.slice(yi[0].length))) return yi[0];
  // 阿珍, 阿强 (Cantonese given names); 阿姨 or 阿婆 alone names nobody.
  const ah = /^阿(?![姨婆伯叔公嫂妈爸])[\u4e00-\u9fa5]/.exec(text);
  // 阿土伯, 阿忠叔, 阿珠姐 (Minnan and Cantonese): the given name with the kin word is what people call the person.
  const ahKin =
    /^阿(?![姨婆伯叔公嫂妈爸])[\u4e00-\u9fa5](?:伯|叔|婶|嫂|姐|哥|公|婆|姨|妹|仔|姆)(?![\u4e00-\u9fa5]{0,1}(?:伯|叔|婶|嫂|姐|哥|公|婆|姨|妹))/.exec(
      text,
    );
  // 阿雪姆高血压…, 阿南伯腿…: an old person's kin word (Minnan 姆, 伯, 婆) closes the name, whatever is glued after it.
  if (ahKin && (NAME_ENDS.test(text.slice(ahKin[0].length)) || /[姆伯婆婶嫂]$/.test(ahKin[0]))) return ahKin[0];
  // 阿强被机器压伤: a given name is told by its 阿 even before 被 (a full name there may be 麦地被占).
  if (ah && (NAME_ENDS.test(text.slice(2)) || text[2] === '被')) return ah[0];
  // A plain name must end where a name ends (孙二柱跟邻居, 吴磊他说, 陈老栓五保户): 路灯坏了 and 高压线断了 start with a
  // surname too, and are the matter.
  // 沙吾提 说: a third character that bars a name only as the start of a word (提出, 因为, 反映, 电话, 承诺) does not bar
  // it when the name stands whole between gaps, as a word-by-word typist leaves it; so does one that ends a name as
  // often as it starts a word (李福来, 王德和, 刘志向).
  const whole = new RegExp(`^[${SURNAMES}]${GIVEN_FIRST}[提因反电手承责被从今对来向和](?=$|[\\s，,。；;])`).exec(text)?.[0];
  if (whole && !NOT_NAME_START.test(whole)) return whole;
  const full = FULL_NAME.exec(text)?.[0];
  if (!full) return undefined;
  for (const name of full.length === 3 ? [full, full.slice(0, 2)] : [full]) {
    // 高层住户, 许多老人, 余下的, 成片的, 钟楼的: a surname's character then a measure or a place word is a word of the
    // matter, not a two-character name; asked for rather than guessed.
    if (name.length === 2 && NOT_GIVEN.test(name[1]!)) continue;
    if (NAME_ENDS.test(text.slice(name.length))) return name;
  }
  return undefined;
}

/** A few words of what a person is (居民, 退休教师, 老党员), as said after their name: see findRaiser. */
const AFTER_NAME_ROLE =
  '(?:退休|离休|下岗)?(?:居民|村民|群众|业主|租户|住户|老?党员|教师|职工|员工|工人|干部|医生|老人家?|低保户|五保户|残疾人|退役军人)';
// Any short aside in brackets right after the name (刘桂芝（独居，82岁）说…): a place there was read before, a number too.
const ROLE_AFTER_NAME = new RegExp(
  `^(?:\\s?[（(][^()（）\\d]{0,12}?(?:${AFTER_NAME_ROLE}|男|女|独居|\\d{1,3}多?岁)?[^()（）]{0,12}[)）]|[\\s，,]\\s?(?:${AFTER_NAME_ROLE}|(?:男|女)(?:\\s?[，,]?\\s?\\d{1,3}多?岁)?|\\d{1,3}多?岁)(?=\\s?[\\s，,]|\\s?(?:说|讲|反映|反应))|老人家?(?=\\s?(?:说|讲|反映|反应|[\\s，,])))`,
);

/** See cleanContent: 经研究, 经走访了解, 现, 拟, 限, 于, 责成, 兹有 standing alone once the holder and the date are out. */
const OFFICIAL_LEFTOVER =
  /(?<=^|[\s，,。；;])(?:经研究(?:决定)?|经走访了解|经了解|经核实|现|拟|限|于|责成|兹有|已督促[^\s，,。；;]{0,6}?于)(?=$|[\s，,。；;])/g;

/** The matter in the person's words, without the verb of saying and the gaps left by what was taken out. */
function cleanContent(rest: string): string | undefined {
  const content = rest
    // The words of an official register left around what was taken out (经研究, 现由…, 拟由…, 于…前, 责成…): the
    // procedure, not the matter.
    .replace(OFFICIAL_LEFTOVER, ' ')
    .replace(/[（(]\s*[)）]/g, ' ')
    // A 的 left alone where the place and the person were taken out (…杨柳村的努尔买买提反映的): no word of the matter.
    .replace(/(?<=^|\s)的(?=\s|$)/g, ' ')
    .replace(/\s*([，,。；;])(?:\s*[，,。；;])+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s，,。；;:：、的]+/, '')
    // 同志 left where the name before it (韩国庆同志) was taken out as who raised it: a form of address, no matter.
    .replace(/^同志(?=[\s，,。；;]|$)[\s，,。；;]*/, '')
    .replace(DROPPED_VERBS, '')
    // 一位居民说…, 有个大爷反映…: someone not named and the verb; who said it is asked for, it is not the matter.
    .replace(UNNAMED_SAYS, '')
    // 一个送快递的小伙子 left alone once what they said was read as announced: no one named and no matter.
    .replace(UNNAMED_ALONE, '')
    // The visit that found it is not the matter: 今天在三组入户, 走访时发现.
    .replace(/^[^,，。；;\s]{0,12}(?:走访|入户|巡查|排查)[^,，。；;\s]{0,6}?(?:时|中|的时候)?(?:发现|了解到|得知)?(?:[\s,，。]+|$)/, '')
    .replace(/^[\s，,。；;:：、]+|[\s，,。；;:：、]+$/g, '')
    .replace(/\s*(?:反映的|说的)$/, '')
    // 已 left where the arranged day was taken out (…噪音大。已约两家人本周日调解): no matter.
    .replace(/[\s，,。；;]*(?:已经?|并已)$/, '')
    // 谢谢, 辛苦了 closing the message: said to the one reading it, not the matter.
    .replace(/[\s，,。；;！!]*(?:谢谢|多谢|感谢|辛苦了?|麻烦了)[\s。！!~～]*$/, '')
    // What was left around a holder or a promise taken out: 这个事情呢就 (交给…), 我们就 (…).
    .replace(/\s*(?:(?:这个?|此)事(?:情)?)?(?:呢)?(?:我们|俺们|咱们|我|俺|咱)?(?:就)?$/, '')
    // 这个事情 left standing alone where an instruction was taken out (这个事情 交给小张处理).
    .replace(/(?:^|\s)(?:这个?|那个?|此)事(?:情|儿)?(?=\s|$)/g, ' ')
    .replace(/^[\s，,。；;:：、]+|[\s，,。；;:：、]+$/g, '')
    .trim();
  const bare = content.replace(/[\s，,。；;、！!]/g, '');
  // One character left where the rest was read as fields (…回他话 → 话, 叫我…覆佢 → 叫): no matter told.
  if (/^[\u4e00-\u9fa5]$/.test(bare)) return undefined;
  // （电话信号不好没听清，待补充）: the member's note that the matter is to be filled in later, however it was missed.
  if (/^[（(][^()（）]*[)）]$/.test(bare) && /待补充|待补|待填|没听清|没听到|没记下|未记/.test(bare)) return undefined;
  if (!content || !/[\u4e00-\u9fa5a-z\d]/i.test(content) || VAGUE_MATTER.test(bare) || ONLY_DONE.test(bare)) return undefined;
  // The member says the matter was not caught (说的啥没记全, 没听清, 回头再问) and names nothing of one: asked for.
  if (UNCAUGHT.test(content) && guessCategory(content) === '其他') return undefined;
  if (onlyAnnounced(content)) return undefined;
  return content;
}

/**
 * A matter only announced (他有点事想叫社区帮忙, 反映了个事儿, 她那事), with nothing around it but the member's own
 * aside (我先记下来, 当时她着急出门没细说, 具体的回头再说, 找俺了): no problem was told, so the dialogue asks for it.
 * Every phrase must be one or the other, and the words must name no kind of problem (guessed 其他).
 */
const aside = (phrase: string) => MEMBER_ASIDE.test(phrase) || VISIT_ASIDE.test(phrase) || UNCAUGHT.test(phrase) || NO_DAY.test(phrase);
function onlyAnnounced(content: string): boolean {
  const phrases = content
    .replace(/(?<![a-z])(?:hhh+|haha+|233+)(?![a-z])/gi, ' ')
    // 他说的事情我先记在本子上了: the member's aside run on after the matter announced is a phrase of its own.
    .replace(/(?<=\S)(?=(?:我|俺)(?:先|当时|回头))/g, ' ')
    .split(/[\s，,。；;！!…~～]+/)
    // 歹势我先把名字记上, 不好意思…: the member's apology before their aside is part of the aside.
    .map((phrase) =>
      phrase
        .replace(VISIT_LEAD, '')
        .replace(NO_ONE_LEAD, '')
        .replace(/^(?:歹势|拍谢|不好意思|抱歉|对不起)/, ''),
    )
    // One character left where a field was taken out (…回他话 → 话): no phrase of its own.
    .filter((phrase) => phrase.length > 1);
  const announced = phrases.filter((phrase) => ANNOUNCED.test(phrase) || VAGUE_MATTER.test(phrase));
  return (
    // Only asides (人赶着接孙子走了 没讲) name no matter either.
    (announced.length > 0 || phrases.every(aside)) &&
    phrases.every((phrase) => announced.includes(phrase) || aside(phrase)) &&
    // The member's own circumstances (我这会在车间走不开) name no kind of the person's problem.
    guessCategory(phrases.filter((phrase) => !MEMBER_BUSY.test(phrase)).join(' ')) === '其他'
  );
}

/** The member busy where they are (我这会在车间走不开, 俺正忙着): their own circumstances, no kind of the person's problem. */
const MEMBER_BUSY = /^(?:我|俺|咱)(?:们)?(?:这会儿?|这阵子?|正忙|在忙)/;

/** People not named, then their saying (有居民来说, 几户村民反映, 一位老师傅来说): who brought it, not the matter. */
const NO_ONE_LEAD =
  /^(?:有|一|两|几)?(?:位|个|名|户|家)?(?:[^\s，,。；;]{1,6}?的)?(?:群众|村民|居民|住户|老人家?|业主|家长|人|小伙子?|师傅|大姐|大哥|阿姨|大爷)(?:来电|打电话|来|过来)?(?:反映|反应|说|讲)(?=.)/;

/**
 * A promise with no day left in the matter (年前解决, 过两天再去看看, 尽快处理): it is asked for as the day, and beside a
 * matter only announced it is no matter either.
 */
const NO_DAY =
  /^(?:(?:再?过)(?:两|几|一两)[天日]|回头|改天|年前|节前|尽快|尽早|抓紧|赶紧|近期)(?:再)?(?:去|来|给)?(?:处理|办理|解决|办好?|落实|答复|回复|修|看看?|协调|跟进|上门)?(?:一下)?$/;

/** The visit a matter was heard on, before it in the same phrase (俺走访的时候他说了个事). */
const VISIT_LEAD = /^(?:我|俺|咱)?(?:们)?(?:今天)?(?:走访|入户|上门)(?:的时候|时|中)?(?=.)/;
/**
 * Coming to the member or stopping them before announcing a matter (来找我说, 老人今天在活动室拉住我说了个事, 来村委找我):
 * how the matter was brought, not the matter.
 */
const CAME_LEAD =
  '(?:老人家?|老人)?(?:今天|刚才|刚刚|啱啱|上午|下午|早上|晚上)?(?:(?:在|到)[^\\s，,。；;]{1,6}?)?(?:打(?:了个?)?电话)?(?:(?:过来|跑来|来)[^\\s，,。；;]{0,4}?)?(?:(?:找|拉住|拉到|拦住|叫住|喊住|碰到|截住)(?:我|俺|咱)(?:们)?)?';
/** Whom the person wants help from, in an announced matter (社区, 厂里, 支部). */
const ASKED_BODY = '社区|村里|村委会?|居委会?|网格员?|厂里|单位|公司|支部|党支部|组织|连队|连里|团里|队里';
/** A matter said to exist and not told: 说了个事, 反映了点情况, 他有点事想叫社区帮忙, 有个事情要找社区帮忙, 她那事. */
const ANNOUNCED = new RegExp(
  [
    `^${CAME_LEAD}(?:他|她|人家)?(?:说|讲|反映|提)?了?(?:个|点|件|些|一个|一件|一点)(?:事情?|事儿|情况|问题)$`,
    // 找我说事, 来反映事情: the matter said to exist with no measure word, nothing of it told.
    `^${CAME_LEAD}(?:他|她|人家)?(?:说|讲|反映)(?:事情?|事儿)$`,
    `^${CAME_LEAD}(?:他|她|人家)?(?:家里|屋里|家中|老家)?(?:那边|这边)?(?:说)?(?:(?:有|还有)(?:个|件|点|些|一个|一件|一点)?(?:事情?|事儿|情况|困难))?(?:想|要|需要)?(?:让|叫|请|找|麻烦)?(?:我们?|俺们?|咱们?|${ASKED_BODY})?(?:帮帮?忙|帮个忙|帮一下|帮忙|帮助|关心一下|关心|关照一下|照顾一下|帮着?(?:弄弄|办办|弄一下|办一下|想想办法))$`,
    '^(?:他|她|人家)?的?(?:那|这)(?:个|件)?(?:事情?|事儿)$',
    // 说了一大堆: much said, nothing of it told.
    // 讲了一堆 with 讲 taken out as the saying (了一堆): the same.
    `^${CAME_LEAD}(?:他|她)?(?:说|讲)?了?(?:一大堆|一大通|一堆|一通|半天|好多|很多)(?:话)?$`,
    // 说有事要(反映), 说有个事情要: the verb after 要 was taken out as the saying; nothing told.
    // 话有件事好急 (Cantonese 话 = 说): one more way of saying, and the haste said after the matter announced.
    `^${CAME_LEAD}(?:他|她|人家)?(?:说|讲|话)?(?:有|还有)(?:个|件|点|些|一个|一件|一点|啲)?(?:急|要紧)?(?:事情?|事儿|情况|问题|嘢)(?:要|想)?(?:好|很|比较|十分)?(?:急|要紧)?$`,
  ].join('|'),
);
/**
 * What the member says of themself or of the visit, not the matter: 我先记下来, 俺再去他家一趟, 刚好我要赶去接夜班,
 * 当时她着急出门没细说, 具体的回头再说, 找俺了, and a word left where a promise was taken out (已).
 */
const MEMBER_ASIDE =
  // 我 only with what the member does (我先记下来, 俺再去一趟), never the person's own words (我儿子不孝顺).
  // 让我给记一下, 帮我先记个工单, 先开张单: the person asking to have it noted, or the member noting it; no matter.
  // 非叫我今天给他记上 (northern: he insisted I note it today): the same, insisted on.
  /^(?:非|硬|非要|一定要?)?(?:让|叫|请|帮|要)(?:我|俺)(?:们)?(?:今天|现在|马上)?(?:给(?:他|她)?|先|帮(?:他|她))*(?:记|登记|记录|开)|^先?(?:开|记|登)(?:个|张|一张|一个)(?:单|工单|名字?)|^(?:刚好|正好|当时|后来|具体的?|详细的?|再去|再来|先记)|^(?:我|俺|咱)(?:们)?(?:先|再|就|要|得|回头|答应|记|赶|去|跟|给|这边|刚|当时|这会儿?|这阵子?|正忙|在忙)|^(?:已|已经|我|俺)$|^(?:过来|跑来|来|到)?[^\s，,。；;]{0,4}?找(?:过)?(?:我|俺|咱)?(?:们)?(?:过|来)?了?$|^(?:今天|今日|今朝|今儿个?|刚才|刚刚|啱啱|上午|下午|早上|昨天)*(?:又|也|还)?(?:过来|跑来|来|到|在|上)[^\s，,。；;]{0,4}?(?:找(?:到)?|叫住|拉住|拦住|喊住)(?:我|俺|咱|人)?(?:们)?(?:来)?了?$|^(?:他|她)?(?:又|也|还)?(?:打(?:了个?)?电话|来电话?)(?:过)?来?了?$|^(?:一定|必须)?要?(?:搞掂|搞定|办好|解决|处理好)$|^(?:人|他|她)?(?:就)?(?:赶着|急着|着急|忙着)[^\s，,。；;]{0,6}?走了$|没(?:细|详细)?(?:说|讲)(?:完|清|清楚)?|回头再(?:说|问|聊|补|细说|细讲)|^先?把名字?(?:记|登记|写|录)(?:上|下|下来|进去)?(?:了)?$/;

/**
 * A visit that told nothing, phrase by phrase (下午来连部了, 上午来坐了一个钟头, 我在开会, 她讲下礼拜再来, 等她儿子回来再细说,
 * 俺说, 回头我去他家唠唠, 急得很): the person came, the member was busy, it will be told later. No matter.
 */
const VISIT_ASIDE = new RegExp(
  [
    '^(?:今天|今日|今朝|今儿个?|刚才|刚刚|上午|下午|早上|晚上|昨天)*(?:又|也|还)?(?:过来|跑来|来|上|到)[^\\s]{0,5}?(?:坐了[^\\s]{0,6}|了)$',
    '^(?:我|俺|咱)(?:们)?(?:正|正在|在)(?:开会|忙|外面|下乡|值班|出差)[^\\s]{0,4}$',
    '^(?:他|她)(?:们)?(?:讲|说)?(?:下礼拜|下周|下星期|明天|后天|改天|过两天|回头|等会儿?)?再(?:来|说|讲|细说|细讲|补)$',
    // 下午再问他, 回头再补, 明天再细问: the member will ask again later; nothing of the matter yet.
    '^(?:今天|明天|后天|下午|上午|晚上|晚点|等会儿?|回头|改天|过两天|下周|下礼拜)?(?:我|俺)?再(?:问|细问|了解|补|补上|细说|细讲)(?:一下|一哈)?(?:他|她|他们)?(?:一下|清楚)?$',
    '^等[^\\s]{1,8}?(?:回来|来了|有空|方便|下班)了?(?:再|后)(?:细说|细讲|说|讲|聊|谈|记|补)$',
    '^(?:我|俺|咱)(?:们)?(?:跟(?:他|她)(?:们)?)?(?:说|讲)$',
    '^(?:回头|改天|过两天)(?:我|俺|咱)(?:们)?再?(?:去|来|上)[^\\s]{0,6}?(?:唠唠|聊聊|看看|坐坐|问问|谈谈)$',
    '^(?:急得很|很急|挺急|急得不行|急死了|着急得很)$',
  ].join('|'),
);

/** An unnamed person (一位退休老教师来) and nothing else. */
const UNNAMED_ALONE =
  /^(?:有|一|两|几)(?:位|个|名)(?:[^\s，,。；;]{1,6}?的|低保户|五保户|脱贫户|困难户|残疾|退休|独居)?(?:老)?(?:村民|居民|群众|老人家?|大爷|大妈|大娘|阿姨|阿婆|大姐|大哥|老乡|业主|家长|住户|租户|小伙子?|师傅|教师|老师|姑娘|大叔)(?:来|过来)?$/;
// 一个送快递的小伙子, 一位低保户阿姨: who they are said before the person, still no one named.
const UNNAMED_SAYS =
  /^(?:有|一|两|几)(?:位|个|名)(?:[^\s，,。；;]{1,6}?的|低保户|五保户|脱贫户|困难户|残疾|退休|独居)?(?:村民|居民|群众|老人家?|老大爷|大爷|大妈|大娘|阿姨|阿婆|大姐|大哥|老乡|业主|家长|妇女|老太太?|老汉|住户|租户|小伙子?|师傅|老?教师|老师|姑娘|小姑娘|大叔|老师傅)\s?(?:也|就)?(?:来|过来)?(?:(?:来电|来访|打电话)[，,]?\s?(?:反映|反应|说|讲|问|称|提出|提到)?|(?:反映|反应|说|讲|问|称|提出|提到))(?:说)?[:：]?\s*/;
const UNCAUGHT =
  // 彝话我没太听懂, 没怎么听明白: the person's language or speech not followed, so nothing of the matter is known.
  // 我未记低系咩事 (Cantonese: I did not note what it was); 电话里没说清楚: not told clearly on the phone.
  /没顾上(?:记|问|细问|听)|未记(?:低|下|住)|没记(?:低|下)|唔记得|没(?:有)?(?:太|怎么|大)?(?:记|听|问|搞|弄)(?:全|清|住|到|明白|懂|清楚|完)|记不(?:清|住|全)|听不(?:清|懂|明白)|(?<=电话里|电话中)(?:没|未)(?:说|讲)(?:清|清楚|明白)|忘了(?:问|记)|回头再问|再问问/;

/**
 * Words that only point at a matter said elsewhere (他说的那个事, 这个问题) or only announce one (说有个事情要反映):
 * nothing to record, so the dialogue asks.
 */
// 上回那个事情, 事情上回说过的, 之前说过的那个事: a matter said before, named by nothing of it; 又来 (…反映) alone.
const VAGUE_MATTER = new RegExp(
  // 又来找了, 还是她家的(那个)事情, 上次也说过的: came again about the same matter, said before and named by nothing of
  // it; with 那个 taken out as a pause, each piece is a phrase of its own. 社区说 left bare once its date was read out
  // (社区说下周三前回复) is whose word the date was, nothing of the matter.
  /^(?:他|她)?(?:又|也|还)(?:来|过来)(?:找|寻)(?:我|俺)?(?:们)?了?$|^(?:还是|又是|就是)(?:他|她)(?:家)?的?$|^(?:社区|村里|村上|村委会?|居委会?|物业|街道|他们|她们)(?:说|讲|答应)了?$|^(?:今天|昨天|上午|下午|早上|晚上|中午|刚才|刚刚)?(?:给|跟)(?:我|俺)们?打(?:了个?)?电话$|^(?:事情?|事儿|问题|情况)$|^(?:上回|上次|之前|以前)(?:也|都)?(?:说过|讲过|反映过|提过|来过)的?$|/
    .source +
    // 讲他家那个问题还是没解决: his matter, still unsolved, named by nothing of it (讲他家 left where 那个 was a pause).
    // 还是上次那个事 (那个 a pause, so 还是上次 | 事), 来 or 说 left alone: nothing of a matter either.
    /^(?:还是|又是|就是)?(?:上回|上次|之前|以前|前几天|前两天|那天|上个月)(?:那个?|这个?|那件|这件)?(?:事情?|事儿|问题)?$|^(?:来|去|说|讲|找|问)$|^(?:说|讲)?(?:他|她)(?:家|的)?(?:那个?|这个?)?$|^(?:他|她)?(?:说|讲)?(?:他|她)?(?:家|的)?(?:那个?|这个?)?(?:事情?|事儿|问题)?(?:还是|还|一直|到现在|都)?(?:没有?|未)(?:解决|办好?|弄好?|搞好?|落实|处理|修)$|^(?:他|她)?(?:又|也|还)来了?$|^(?:又来?(?:反映|说|讲)?)?(?:上回|上次|之前|以前|前几天|前两天|那天|上个月)?(?:那个?|这个?|那件|这件)?(?:事情?|事儿|问题)(?:上回|上次|之前|以前)?(?:说过|讲过|反映过|提过)?的?$|^(?:上回|上次|之前|以前)?(?:说过|讲过|反映过|提过)的(?:那个?|这个?)?(?:事情?|事儿|问题)$|^[(（]?(?:待补充?|待定|待填|暂无|无|略|空|未知|不详|[?？]+)[)）]?$|^(?:他|她|他们)?(?:说的|讲的|反映的|提的|的)?(?:这|那)?个?(?:事情?|事儿|问题|情况)?$|^(?:他|她)?(?:说|讲)?(?:想|要)(?:找|跟|同|和)(?:我们?|俺们?|咱们?|社区|村里|网格员)(?:说|讲|谈|倾|聊|反映)?(?:一?下|说|讲)?$|^(?:他|她)?(?:家里|屋里|家中|老家)?(?:那边|这边)?(?:(?:来|到|去)(?:村委会?|居委会?|社区|村里|办公室|网格)?)?(?:打电话|打来电话|来电话?|电话里)?(?:说|讲)?(?:有|还有)(?:个|件|点|些|一个|一件|一点)?(?:急|要紧)?(?:事情?|事儿|事体|问题|情况|困难|东西|嘢)(?:要|想|需要)?(?:反映|说|讲|问|找|帮忙|帮助|办)?(?:(?:找|跟|和|同|对|向)?(?:我们?|俺们?|咱们?|社区|村里|网格员|厂里|单位|公司|支部|党支部)(?:说|讲|谈|倾|反映|聊)?)?$/
      .source,
);
/** What was done and nothing of what it was for (已经帮他解决了, 帮她弄好了): no matter, the dialogue asks. */
const ONLY_DONE = new RegExp(
  `^(?:${SOLVED.source})[了啦咯]?$|^(?:已经?|当场|现场|当即|马上|即刻)?就?(?:帮|给)(?:他|她|他们)?(?:手把手|耐心|上门)?${SOLVED_WORK}[了啦咯]?$`,
);

/** `城关村 王大爷`, `城关村王大爷`, `王大爷(城关村)`, `3网格 李阿姨`, `村民孙二柱` → place and name (the dialogue's answer). */
export function readWho(text: string): { name?: string; place?: string } {
  let rest = text.normalize('NFKC');
  // What is in brackets after the name (吴家阿哥（银都苑）, 冯阿姨（楼组长）) is its place when it reads as one, and
  // never part of the name.
  const aside = /^([^()]+)\(([^()]*)\)$/.exec(rest);
  if (aside && findPlace(aside[1]!) === undefined) {
    // 杨大妈（三社）, 刘婶（李家冲）: a group, a hamlet or a part of a community alone in the brackets is the place.
    const alone = aside[2]!.trim();
    const unit = isUnitAlone(alone) ? { name: alone } : undefined;
    const inside = findPlace(aside[2]!) ?? unit;
    const name = aside[1]!.trim().replace(new RegExp(`^(?:的|${ROLE})+(?=.)`), '');
    return { ...(name ? { name } : {}), ...(inside ? { place: inside.name } : {}) };
  }
  rest = rest.replace(/[()（）]/g, ' ');
  // 三社杨大妈, 三社 杨大妈, 3号楼2单元钱阿姨: a unit first, then the person (see placeFirst).
  const first = placeFirst(rest);
  const place = first && first.index === 0 ? first : findPlace(rest);
  if (place) rest = cut(rest, place.index, place.length);
  const name = withoutPost(rest.replace(/\s+/g, '').replace(new RegExp(`^(?:的|${ROLE})+(?=.)`), ''));
  return { ...(name ? { name } : {}), ...(place ? { place: place.name } : {}) };
}

/** A workplace and a post before the name (某科技公司HR孙琳, 物业公司客服小王): the name is who. */
const WORKPLACE_POST = new RegExp(
  `^(?:[\\u4e00-\\u9fa5]{1,8}?(?:公司|单位|集团|企业|工厂|厂|门店|店|超市|学校|医院|中心|物业|部门?))?(?:[\\u4e00-\\u9fa5]{0,4}?(?:员|长|主任|经理|主管|客服|老师|会计)|[A-Za-z]{2,4})?(?=(?:(?:老|小)?[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}|阿[\\u4e00-\\u9fa5])$)`,
);
/** The name left once a post or a workplace before it is off, when the whole is not a name itself. */
function withoutPost(said: string): string {
  if (!said || nameAt(said) === said) return said;
  const name = said.replace(HOLDER_ROLE, '').replace(WORKPLACE_POST, '');
  return name !== said && nameAt(name) === name ? name : said;
}

/** 138****1234: the middle of a phone number hidden. */
export const maskPhone = (phone: string) => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****');

/**
 * What the dialogue still needs before the 工单 can be recorded, in asking order: the matter, then who raised it, then
 * the promised date (none for one solved on the spot). Who raised it is missing when no one the member can call back
 * is named: a name, a kin name (王大爷), a household (李家) or a post one person holds there (老支书, 村医) is someone;
 * a description many share (一位群众, 几户村民, 退休教师) or a place alone is not, and 匿名 is an answer. The date is
 * missing when none was read: haste (尽快, 抓紧, 过几天), 年前 and 节前 are no date and are asked for; a festival
 * (清明前, 端午前, 五一前) is its day. A short matter (停水了, 没暖气) is a matter.
 */
export function missingOf(draft: TicketDraft): 'content' | 'raiser' | 'due' | 'place' | undefined {
  if (!draft.content) return 'content';
  // A place alone (东湖村有人反映) is not who raised it: ask, and 匿名 is an answer.
  if (!draft.raiser) return 'raiser';
  if (!draft.onSpot && !draft.due) return 'due';
  // The 村/社区 or 网格 is part of who raised it (the 回访 goes there, the statistics count by it); asked last, and
  // 跳过 records the 工单 without it.
  if (!draft.place && !draft.placeUnknown) return 'place';
  return undefined;
}
