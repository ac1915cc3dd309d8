// Who is made responsible (责任人 李四, 交给老周调解, 物业的王师傅跟进): the patterns readDraft tries for the holder, and
// the names with or without a post they take.

import { DAY, DEADLINE_SHAPE, NUM, WEEKDAY } from './due-shape';
import { nameAt, UNSHAPED_NOT, unshapedName } from './name-shape';
import { transliterated } from './names';
import { KIN_NAME, NOT_NAMES, PERSON, POST_AFTER, POST_AFTER_NAME, POST_BEFORE, SURNAMES, UNIT_SUFFIX } from './people';
import { LABEL_TEAM_THEN_WORK, POSTED_THEN_PRONOUN_PROMISES } from './works-holder';

/**
 * A person's name right next to the promised date, then what they do (月底前何美玲去协调, 刘志强下周一前带他去,
 * 3月20号前何美玲回复): whoever is given a date to act by holds it; a raiser is never given one. Only after some of the
 * matter (see {@link MATTER_BEFORE}): 城关村 王建国 周五前给回复 … names the person first, as who raised it. Not 和, 跟,
 * 同 (surnames too) starting what follows the date (本周五前和学校联系): the member doing it with someone.
 */
const NEXT_TO_DATE = new RegExp(
  `(?:(?<=${DEADLINE_SHAPE.source})\\s*|(?:^|[\\s，,。；;])(?=${PERSON}(?:同志)?\\s*(?:${DEADLINE_SHAPE.source})))(?![和同与跟向对](?![\\u4e00-\\u9fa5]?(?:同志|\\s*(?:${DEADLINE_SHAPE.source}))))(${PERSON})(?:同志)?\\s*(?=(?:${DEADLINE_SHAPE.source})?\\s*(?:就|会|要)?(?:先)?(?:带|陪|领|去|上门|回复|回话|答复|回他|回她|给|帮|把|牵头|跟进|负责|处理|协调|协助|调解|联系|落实|核实|办|解决|修|清理|对接|沟通|反馈|督促|了解|约谈|走访|整改|上报))`,
);
export const MATTER_BEFORE = /(?:[\u4e00-\u9fa5][^\u4e00-\u9fa5]*){8}/;

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
const STAFF_POST = `(?![^\\s，,。；;]{0,2}(?:投诉|举报|反映|说|讲|找|骂|打|告|被))(?:${POST_BEFORE}|[\\u4e00-\\u9fa5]{0,4}?主管|[\\u4e00-\\u9fa5]{0,6}?(?:卫生站|卫生室|卫生院|服务站|服务中心|派出所|供电所|司法所|医保局|社保所)|(?<![A-Za-z])[A-Za-z]{2,4}(?=(?:老|小)?[${SURNAMES}])|(?:村|社区|镇|街道)?(?:行政|人事|财务|法务|后勤|保卫|安保|综治|信访|妇联|团委|社康|设备|调委会|保洁|市政|城管|环卫|园林|水务|供水|供电|燃气)(?:部|科|处|办|组)?)`;
/**
 * A member of staff named by post and name after some of the matter, then what they do, a date or a day between
 * (行政周建国后天前清掉, 社康林晓梅医生 明天回复, 我跟工会李红梅明天下午去调解, 已联系社区医保专干陈晓燕帮他查政策,
 * 由网格员马小军陪同): whoever is named by their post and given the work holds it. A post is what makes them staff,
 * not the person who raised it (居民, 退休教师 are roles); the matter before keeps the first person named out.
 */
export const STAFF_AT_WORK = new RegExp(
  `(?:^|[\\s，,。；;]|已|已经|我|俺|咱|们|(?<=${DEADLINE_SHAPE.source}|${DAY}|${WEEKDAY}))(?:跟|和|同|联系了?|对接了?|安排了?|由|请)?\\s*(?:${STAFF_POST}的?\\s?){1,3}(?!${NOT_NAMES})(${PERSON})(?:医生|大夫|老师|护士|师傅)?` +
    // 已对接服务站孙医生，两周内上门: a pause may stand before the date the work is promised by.
    `(?=\\s*(?:[，,]\\s*(?=${DEADLINE_SHAPE.source}))?(?:(?:${DEADLINE_SHAPE.source}|${DAY}|${WEEKDAY})(?:上午|下午|中午|晚上|早上)?)?\\s*(?:就|会|要|先|再|也)?${STAFF_WORK})`,
);
/**
 * A name typed as a word of its own after the matter, then the one word that hands it over (葛某落实, 葛某跟, 葛某盯着,
 * 葛某来弄, 葛某 owner), ending the phrase or followed by the date: the terse way of naming who holds it. Not with more
 * words after it (王某 跟 他 吵架, typed word by word, is a quarrel).
 */
export const NAME_THEN_HOLDS = new RegExp(
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
export const SAID_BY_DATE = new RegExp(
  `(?:^|[\\s，,。；;])(?:${STAFF_POST}的?\\s?){0,2}(?!${NOT_NAMES})(${PERSON})\\s*(?:说|讲|表示)(?:了)?(?:他|她)?(?:会)?\\s*(?=(?:在|于)?(?:${DEADLINE_SHAPE.source})|${DAY_THEN_WORK})`,
);
/** A post or a body typed as a word of its own, right before a holder's name (后勤 葛某): see readDraft. */
export const POST_WORD_BEFORE = new RegExp(`(?<=^|[\\s，,。；;])(?:${STAFF_POST})\\s$`);
/**
 * A post and a name making up the message's last phrase, after the matter (…报修3次没人来 ddl周五 行政葛某): a terse
 * writer's way of saying who holds it, with nothing after it to be the person's words.
 */
export const STAFF_LAST = new RegExp(
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
export const HELD_DAY = new RegExp(`(${HELD_DAY_SHAPE.replace('(?:^|[\\s，,。；;])', '')})$`);
export const DAY_THEN_PERSON = new RegExp(
  `(?<=${HELD_DAY_SHAPE})(${PERSON})(?=\\s*(?:就|会|要|先)?(?:去|来|带|把|牵头|上门|回复|答复|回话|联系|调解|协调|处理|核实|落实|跟进|和[^\\s，,。；;]{1,6}?一起))`,
);

/**
 * 孙建平答应月底前修好, 孙建平答应了 月底前给回话: a person who promised a date holds it. The raiser's own promise is
 * passed over by the caller (a name said before in the message), and so are kin names (王大爷答应…), who raise matters.
 */
export const PROMISED_BY = new RegExp(
  `(?:^|[\\s，,。；;])(${PERSON})\\s*(?:已经?|也|都)?(?=(?:答应|承诺)(?:了)?[\\s，,]*(?:在|于)?(?:${DEADLINE_SHAPE.source}))`,
);
/**
 * 物业经理 许立新 已经答应 月底以前…, 物业保洁主管孟丽答应这周每天加扫一遍, 教育口的刘老师答应15号前回复: a person named
 * with a post who has promised the work holds it, whatever follows (a body alone, 物业 答应, names no one). Called by
 * kin words (刘老师, 王医生), they are still staff: the post before says so.
 */
export const POSTED_PROMISE = new RegExp(
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
 * work or a date, holds it (a body told, 跟物业说了, names no one). A promise of haste (我跟电工小刘讲了 他讲尽快来) is
 * theirs too, though it is no date: the dialogue asks for the day. Where they work may come before them with 的, and they
 * may be named again by their post when they promise (我跟学校的柳老师讲了 柳老师讲本周五前…).
 */
/**
 * 我跟社区教育委员小陈说了，4月1号前给她个答复 / 已经跟助餐点王经理说了，下周一起调整菜单: a pause after the telling, and
 * a day said with the work to do on it, promise as a date said right after does. Where the one told works may stand glued
 * before a surname and post (助餐点王经理, 食堂刘经理), as with 的 (学校的柳老师).
 */
const TOLD_DAY_THEN_WORK = `(?:${DAY}|${WEEKDAY}|下个?(?:周|星期|礼拜))(?:上午|下午|中午|晚上|早上)?\\s?(?:就|会|要|再|先)?(?:一起|一块儿?)?(?:调整|过来|过去|去|来|上门|处理|核实|对接|调解|协调|回复|答复|给)`;
/** A trade people are called by after the surname (柳老师, 王医生, 刘师傅): as the one told, staff (see TOLD). */
const TRADE_CALLED = '老师|医生|大夫|师傅';
export const TOLD = new RegExp(
  `(?:^|[\\s，,。；;]|已|已经|我|俺|咱)(?:回[\\u4e00-\\u9fa5]{1,3}?)?(?:跟|和|同)(?:(?![他她我俺你])[\\u4e00-\\u9fa5]{2,4}?(?:的|(?=[${SURNAMES}](?:${POST_AFTER}|${TRADE_CALLED})(?:说|讲|交代|打了招呼))))?((?:(?:${POST_BEFORE})的?){1,2}(?!${NOT_NAMES})${PERSON}|[${SURNAMES}](?:${POST_AFTER}|${TRADE_CALLED}))(?:说|讲|交代|打了招呼)(?:了|好了|过了)(?=\\s*[，,]?\\s*(?:由(?:他|她)负责|(?:(?:他|她|[${SURNAMES}](?:${POST_AFTER}|${TRADE_CALLED}))(?:说|讲|答应)(?:了)?\\s*)?(?:${DEADLINE_SHAPE.source}|${TOLD_DAY_THEN_WORK}|尽快|尽早|抓紧)))`,
);
/**
 * 打了社区网格员小林电话 他说下周三前报修好, 给物业王经理打了电话 她答应月底前: a member the member phoned, who then
 * promised a date, holds it, as one told in person does (see {@link TOLD}).
 */
const CALLED = new RegExp(
  `(?:^|[\\s，,。；;]|已|已经|我|俺|咱)(?:打了|打过|给)((?:(?:${POST_BEFORE})的?){1,2}(?!${NOT_NAMES})${PERSON}|[${SURNAMES}]${POST_AFTER})(?:的)?(?:打了|打过)?(?:个)?电话\\s*(?:(?:他|她)(?:说|讲|答应)(?:了)?\\s*)?(?=${DEADLINE_SHAPE.source})`,
);
/** A word, then 负责/跟进 ending the clause (张三负责, 斯琴 跟进): the word holds it if it reads as a person or a post. */
export const NAME_THEN_HOLDS_ALONE =
  // 王芳那边跟进: the member's side (那边) is no part of the name.
  /(?:^|[\s，,。；;])(?:请|让|由|叫|喊|安排|派|麻烦|拜托)?([^\s，,。；;：:]{2,10}?)(?:同志)?\s*(?:那边|这边)?(?:负责跟进|负责办理|负责|跟进)(?=$|[\s，,。；;])/;
/**
 * A name with no Han surname's shape at a phrase start, then the work, a day allowed between (额尔敦负责调解, 苏和后天去看,
 * 其木格去旗医保局问): last of all, and only when jieba reads the word as a name ({@link unshapedName}) and some of the
 * matter came before it.
 */
/** The office a member of staff works at, with 的, before the name (市场管理所的, 社保所的). */
const OFFICE_OF = '[\\u4e00-\\u9fa5]{1,8}?(?:所|站|局|中心|办|科|队)的';
export const UNSHAPED_AT_WORK = new RegExp(
  // 环境卫生这个事情其其格管: what the work is about and 这个事情 may come first in the phrase.
  // 市场管理所的帕尔哈提负责, (3月20日前)社保所的迪丽努尔给他回复: the office they work at, with 的, before the name.
  `(?:(?:^|[\\s，,。；;])(?:[\\u4e00-\\u9fa5]{0,6}?(?:这个?|此|那个?)件?事(?:情|儿)?(?:就|由)?)?(?:${OFFICE_OF})?|(?<=(?:${DEADLINE_SHAPE.source})\\s?)${OFFICE_OF})([\\u4e00-\\u9fa5]{2,6}?)\\s*(?:(?:负责(?!人|的|不|没|任)(?:调解|处理|协调|落实|办理)?|跟进|跟(?:一下)?(?=\\s*(?:$|[，,。；;]|${DEADLINE_SHAPE.source})))(?=[\\s，,。；;]|$|报|上报|去|联系|对接|核实|问|找)|(?=(?:今天|明天|后天|马上|尽快|${DEADLINE_SHAPE.source})?\\s?(?:管(?=[\\s，,。；;]|$)|去(?!年|世|过)|来(?=办|弄|修|看|处理)|联系|带|调解|协调|核实|对接|落实|修|给(?:他|她)(?:们)?(?:回复|答复|回话|回电))))`,
);
/**
 * A name with no Han surname's shape, posts allowed before it, handed the work (已安排党员志愿者其木格陪同…, 让阿依古丽去
 * 核实): read only when, the posts off, the word reads as such a name.
 */
export const UNSHAPED_HANDED =
  /(?:请|让|安排了?|派|指派|委托|由(?!于)|交给)\s*([\u4e00-\u9fa5]{2,14}?)(?:同志)?\s*(?=(?:今天|明天|后天|马上|尽快|先|再)*(?:陪同|陪|去|负责|跟进|联系|上门|带|核实|协调|调解|对接|处理|办理))/;
/**
 * A name with no Han surname's shape at a phrase start (乌云, 阿卜杜·热合曼), then a promise of a date or a day to come
 * (乌云答应周五前修好, 热合曼说明天来): held as PROMISED_BY and SAID_BY_DATE hold a Han name, when the word reads as a name.
 */
export const UNSHAPED_PROMISED = new RegExp(
  `(?:^|[\\s，,。；;])([\\u4e00-\\u9fa5]{2,6}?(?:·[\\u4e00-\\u9fa5]{2,8}?)?)\\s*(?:已经?|也|都)?(?:(?:说|讲)(?:了)?(?:他|她)?(?:会)?\\s*(?=(?:在|于)?(?:${DEADLINE_SHAPE.source}))|(?=(?:答应|承诺)(?:了)?[\\s，,]*(?:在|于)?(?:${DEADLINE_SHAPE.source})))`,
);
/** An office, then a full name and a post (物业管理处林德胜经理): the name holds it, see readDraft. */
export const HOLDER_IN_OFFICE = new RegExp(
  `^[\\u4e00-\\u9fa5]{1,8}?(?:处|${UNIT_SUFFIX})([${SURNAMES}][\\u4e00-\\u9fa5]{1,2}?)(?:经理|主任|站长|所长|科长|队长|主管)$`,
);
/** A trade or an office, then 的, before the one who holds it (环卫的老陈, 物业的王师傅): see readDraft. */
export const HOLDER_OF_TRADE = new RegExp(`^[\\u4e00-\\u9fa5]{1,6}?的(?=(?:${PERSON})$)`);
/**
 * Words that begin with 交 (交通局, 交警队, 交管站, 交易所): 交 is then no handing over, and a unit read after it would be
 * cut out of the longer word (交通局 read as 交 + 通局).
 */
const WORD_AFTER_JIAO = '[通警管易际界费流叉接替]';

export const HOLDER_PATTERNS = [
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
    `(?:^|[\\s，,。；;])(?:跟进人?|包抓人?|包联人|包保人|包户(?:干部|人)?|承办|经办|负责|责任|处理|办理|落实人?|对接人|谁跟进?|谁负责|谁来跟|谁办|谁管)\\s*[:：]\\s*(?:[\\u4e00-\\u9fa5]{0,4}?(?:员|长|主任|书记|委员|干部|专干|干事|社工)\\s|[\\u4e00-\\u9fa5]{0,4}?(?:员|主任|书记|委员|干部|专干|干事|社工|部|科|办|站|所|工会|妇联|团委|工委)(?=(?:老|小)[${SURNAMES}]|[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}(?:$|[\\s，,。；;])))?((?:老|小)[${SURNAMES}]|[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}?)(?=$|[\\s，,。；;])`,
  ),
  // 处理：薪资组郑姐负责核对: a works' team, then the person and the work (see works-holder.ts).
  LABEL_TEAM_THEN_WORK,
  // A post, then the name: 责任人 驻村第一书记 刘洋, 责任人村委副主任郑军.
  new RegExp(
    `(?:责任人|负责人|承办人|经办人|处理人|办理人)[\\s:：]*[^\\s，,。；;：:]{1,8}?(?:书记|主任|委员|干部|会计|员|长)\\s*((?:老|小)?[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}?)${HOLDER_END}${HOLDER_TAIL}`,
  ),
  // 4 谁管 村委委员汪志强: a numbered form's line, its label then a gap, no colon.
  new RegExp(
    `(?:责任人|负责人|承办人|经办人|处理人|办理人|落实人|督办人|跟进人|包抓人|包抓干部|包联干部|包联人|包联|包保人|包村干部|包片干部|包户干部|包户人|包户|包村|包片|谁负责|谁管(?=\\s*[:：]|\\s(?:[\\u4e00-\\u9fa5]{0,6}?(?:员|长|主任|书记|委员|干部)\\s?)?(?:老|小)?[${SURNAMES}])|(?<=^|[\\s，,。；;\\-])负责(?=\\s*[:：])|(?<=(?:^|\\s)\\d{1,2}[.、]?\\s?)(?:谁管|谁来管|负责)(?=\\s))[\\s:：,，]*(?:的?就定|的?就是|就|定为|定|的?是|为|由)?[\\s:：]*([^\\s，,。；;：:]{2,10}?)${HOLDER_END}${HOLDER_TAIL}`,
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
    `(?:^|[\\s，,。；;])(?:转交(?!通)|转(?:给|到|至)?|交(?!${WORD_AFTER_JIAO}))(?:给|由)?\\s*((?:${POST_BEFORE})?${PERSON}|(?=[\\u4e00-\\u9fa5]{2})[\\u4e00-\\u9fa5]{0,8}?(?:${UNIT_SUFFIX}))(?=$|[\\s，,。；;])`,
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
  POSTED_THEN_PRONOUN_PROMISES,
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
export const SAID_BEFORE = /(?:反映|投诉|举报|说|讲|称)[\s，,:：]*$/;
const UNSHAPED_AT_WORK_ALL = new RegExp(UNSHAPED_AT_WORK.source, 'g');
/** The first match of {@link UNSHAPED_AT_WORK} whose word reads as a name with no Han surname's shape. */
export function firstUnshapedAtWork(text: string): RegExpExecArray | null {
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
export const AFTER_MATTER: RegExp[] = [
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
export const ERRAND = new RegExp(
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
export const DAY_AFTER_HOLDER = new RegExp(
  // 交给调解员孙秀兰，下周一把两边叫一块: after a pause too.
  `^[\\s，,]*(?:负责|跟进)?\\s*(${DAY}|${WEEKDAY}|${NUM}月${NUM}[日号])(?:上午|下午|中午|晚上|早上|一早|一大早)?(?=\\s?(?:就|会|要|再|先)?(?:去|来|上门|带|陪|领|派|到|给|帮|把|联系|过去|过来|送|找|约|组织|拿|处理|办|修|看|核实|对接|调解|协调))`,
);
/**
 * The day the holder said, right after the name (派出所赵警官说明天调监控, 刘主任讲下周一过来): whatever they said they
 * would do that day, the day is their promise.
 */
export const DAY_SAID_BY_HOLDER = new RegExp(
  `^\\s*(?:说|讲|答应|回话说)了?\\s?(${DAY}|${WEEKDAY})(?:上午|下午|中午|晚上|早上|一早|一大早)?(?=\\s?[\\u4e00-\\u9fa5])`,
);
/** 在 or 于 before the promised date, right after the holder's name (请孙建平在月底前回复). */
export const BY_DATE = new RegExp(`^\\s*(?:在|于)(?=(?:${DEADLINE_SHAPE.source}))`);
/** A post glued after a body handed the 工单, before the person's name (村委调解员李芳): see readDraft. */
export const BODY_POST_THEN =
  /^[\u4e00-\u9fa5]{0,4}?(?:调解员|网格员|专干|干事|干部|主任|书记|会计|民警|社工|医生|大夫|老师|队长|组长|站长|所长|科长)(?=[\u4e00-\u9fa5])/;
/** A promised date said first in what follows a holder's name (林建华下周二前带她去). */
export const DATED = new RegExp(`^\\s*(?:${DEADLINE_SHAPE.source})`);
/** A post before a person's name (社区安全员王亮, 村委副主任郑军): the name is what finds the member. */
export const HOLDER_ROLE = new RegExp(
  // 石门村村委李主任, 东街社区王书记: the named village's committee or the community before the post and name; 支委谢春生
  // (a member of the branch committee).
  `^(?:(?:[\\u4e00-\\u9fa5]{1,6}?(?:村村委会?|村委会?|社区居委会?|社区)|社区|村里|村上|村委会?|居委会?|后勤|工会|物业|[\\u4e00-\\u9fa5]{0,4}?(?:联系人|负责人|对接人)|[\\u4e00-\\u9fa5]{1,4}?(?:部|科|处|办|站|所|局|中心|院|室|队|委会|公司)|(?:[\\u4e00-\\u9fa5]{1,4}?)?(?:管理区|作业区|片区|园区)|[\\u4e00-\\u9fa5]{0,4}?(?:学校|小学|中学|幼儿园|医院)|[\\u4e00-\\u9fa5]{0,6}?(?:员|长|主任|委员|干部|会计|书记|支书|主席|专干|干事|文书|电工|民警|社工|经理|管家|主管|领班|宿管|村医|医生|大夫|护士|老师|律师|顾问)|党员|支委)的?)+(?=(?:老|小)?[${SURNAMES}](?:[\\u4e00-\\u9fa5]{0,2}|sir|${POST_AFTER})$|阿[\\u4e00-\\u9fa5]$)`,
);
export const UNIT_ONLY = new RegExp(`^[\\u4e00-\\u9fa5\\d]{0,8}(?:${UNIT_SUFFIX})$`);
/** A party's side before its 方 (施工方, 对方, 厂方, 校方, 甲方): 方 read as a surname after it names no one. */
export const PARTY_SIDE = /(?:施工|承建|建设|开发|对|厂|校|院|甲|乙|资|买|卖|租|出租|承包|物业|业主|运营|供货)$/;
/** A party organisation, which may hold a 工单 as a member does (第二党支部, 村党委). */
export const PARTY_ORG = /(?:支部|党委|党总支|党小组|党组)$/;
/** A body, not a person (物业, 社区, 村委, 城管中队, 民政办): see {@link BODY_OR_POST}, without the posts. */
export const isBody = (name: string) =>
  UNIT_ONLY.test(name) ||
  (/^(?:物业|城管|民政|社区|村里|村委|居委|街道|派出所|司法所|供电|水务|燃气|住建|交警|环卫|卫健|医保|社保|人社|教育|妇联|团委|残联|工会|调委会|两委|村两委|网格|业委会|居委会|村委会|物业公司)[\u4e00-\u9fa5]{0,2}$/.test(
    name,
  ) &&
    !/(?:员|长|主任|书记|经理|会计|干部|师傅)$/.test(name));
/** A post in brackets right after a person's name, before the work (王芳(网格员)跟进). */
export const POST_IN_BRACKETS = new RegExp(
  `(${PERSON})\\s*\\((?:[\\u4e00-\\u9fa5]{0,6}?(?:员|长|主任|书记|支书|委员|干部|会计|专干|干事|社工|民警)|党员)\\)(?=\\s*(?:同志)?\\s*(?:负责|跟进|处理|办理|落实|牵头|包联|对接|协调|调解|核实|$|[\\s，,。；;]))`,
  'g',
);
/** The same said without brackets, glued or typed apart (葛某 网格员 跟进, 葛某网格员负责): the name is who holds it. */
export const POST_AFTER_THEN_WORK = new RegExp(
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
export function nameAfterPosts(after: string): { name: string; length: number } | undefined {
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
export const HANDED_OUTRIGHT = /交给|交由|转给|转交|指派|指定|委托|包联|包抓|责任人|负责人|跟进人/;
/** A post said before a name with no Han surname's shape (嘎查达, 嘎查长, 网格员, 支部委员): see readDraft. */
export const POST_BEFORE_UNSHAPED =
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
export function unshapedWithPosts(name: string): string | undefined {
  let rest = name.replace(WORKS_AT, '');
  rest = rest.replace(POST_BEFORE_UNSHAPED, '').replace(TRADE_BEFORE_UNSHAPED, '');
  rest = rest.replace(new RegExp(`(?<=[\\u4e00-\\u9fa5]{2})${POST_AFTER}$`), '');
  return rest !== name && rest.length >= 2 && unshapedName(rest) ? rest : undefined;
}
export const CLAUSE_WORDS = /[了吗说讲坏吵差动打没很都也还就是场\d]/;
export const RECORDER = /^(?:我|俺|咱|本人|自己)(?:们)?(?:自己|这边|这里|这头)?(?:来)?$/;
export const PERSON_ONLY = new RegExp(`^(?:${PERSON})$`);
/**
 * A name run on from the matter before 负责/跟进 (…差点动手韩立新负责调解, …臭得很小周负责), as dictation writes it
 * without a pause: the name is where a surname starts after a character that is not one. When that cannot be told
 * (修路周强: 路周强 or 周强? 张卫东: 卫 is a surname too) no holder is read.
 */
export function gluedHolder(text: string): { name: string; index: number; length: number } | undefined {
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
export const HANDING =
  /(?:我们|俺们|咱们|我|俺|咱)(?:就|也|已经|已)?(?:让|叫|喊|请|交给|交由|安排)?\s*$|(?<=^|[\s，,。；;])(?:让|叫|喊|请|由)\s*$/;
/** A date read where a name was looked for (乡人社所周五前…: 周 is a surname): never a holder. */
export const DATE_ONLY = new RegExp(`^(?:${DEADLINE_SHAPE.source})$`);
// 和居委, 和社区, 跟物业: 和 (a surname too) joining a body to whom is named before it (钱律师和居委调解员一起), no name;
// nor a day glued before a name (下周三钱律师: the day, then who), nor a beast doing something (牛跑进林子里: 牛 and 马 are
// surnames too).
// Nor a form's label read where its value was looked for (5 时限 3天内: the label of the date line, no one).
export const NOT_A_HOLDER = new RegExp(
  `^(?:时限|期限|办结时限|完成时间|完成时限|时间|分类|类别|电话|地点|问题)$|^(?:已|了|不|没|过|完|的|无|暂|需|免|别)|^(?:(?:下下?个?|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|今天|明天|后天|大后天|月底|月初)(?=[\\u4e00-\\u9fa5])|^[牛马羊猪鸡鸭鹅狗猫](?:跑|吃|拱|啃|叫|咬|钻|进|出|丢|死|病|圈|群|粪|踩)|^[和跟同与](?:居委|社区|村委|村里|物业|街道|派出所|司法所|调委|调解|网格|他|她|我|俺|咱)|^(?:我们|咱们|俺们|他们|她们|本人|自己|我自己|俺自己|村里|社区|支部|大家|上级|有关部门|相关部门)$|^(?:${NOT_NAMES})(?!.*(?:${UNIT_SUFFIX})$)`,
);
