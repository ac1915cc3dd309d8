// The shapes of a place: 村/社区/网格 names and the units below them (groups, buildings, hamlets, quarters), 兵团 and
// farm parts, works sites and teams (PLACE_SEARCH).

import { HARBOUR_PLACE } from './harbour-place';
import { NAMED_UNIT } from './named-unit';
import { SURNAMES } from './people';
import { HAMLET_END, HAMLET_WORD_AFTER } from './place';
import { UNIT_NUMBER } from './unit-number';
import { WORK_UNIT } from './works-unit';

/**
 * A part of a place: 2组, 五队, 3号楼, 6栋, 2单元. A 组 or 队 belongs to the village even after a gap (东山村 2组); a
 * building only when glued to the place or standing alone (新华小区 3号楼 李阿姨): in 第2网格 8号楼电梯坏了 the
 * building goes with the matter.
 */
export const N_ = UNIT_NUMBER;
export const UNIT = `(?:\\s?第?${N_}(?:村民小?)?(?:组(?![织长员])|队(?![长员伍])|社(?![区區会會员保]))|${N_}号院|${N_}(?:号楼|栋|幢|单元|座)(?=[\\s，,。；;（(的]|$|业主|居民|住户|租户|${N_}(?:单元|层|楼|室))|\\s(?:${N_}(?:号楼|栋|幢|单元|座))+(?=[\\s，,。；;]|$))`;
/**
 * A group of a village said without the village (3组, 第五村民小组, 五队, 三社: 社 is the 组 in the northwest and
 * Sichuan). Where it stands as the place, first before the person (三社 杨大妈, 5组孔家反映), it is read as the place:
 * a member whose branch is one village names only the group, and asking back for what was said is friction. Standing
 * before the matter with no person (第五村民小组 有人烧秸秆) it stays in the matter (see placeFirst). Never 社保, 排队.
 */
export const GROUP_ONLY = new RegExp(`^第?${N_}(?:村民小?)?(?:组|队|社)$`);
/** The same at the start of a run, glued to what follows (三社杨大妈, 5组孔家): not 一组织, 三社区, 五队长. */
export const GROUP_GLUED = new RegExp(`^第?${N_}(?:村民小?)?(?:组(?![织长员])|队(?![长员伍])|社(?![区區会會员保工团交长]))`);
/** Where a group alone stands as the place: after 住/家住/走访 or an opening bracket (see placeAt); not 到了五队 (the way). */
// 在三组走访, 到五队: where the member was or went.
const GROUP_AT_SOURCE =
  '(?:家住|住在|家在|住|走访|走访了|入户|地点|地址|住址|[（(]|(?<=^|[\\s，,。；;]|刚才|刚刚|今天|上午|下午)(?:在|到|去))';
export const GROUP_AT = new RegExp(`${GROUP_AT_SOURCE}$`);
/**
 * The grassroots units of the 兵团 and of state farms (农垦): a 团 (团场, 141团, 一四一团, 石河子总场) is the level of a
 * 镇, its 连 (连队: 2连, 十二连) is what a 村 is elsewhere, an 排 is the 连's 组; on a state farm the 农场, its 分场 or
 * 管理区, and its 作业站 or 生产队. The place is kept as written below the 师 (141团2连, 友谊农场三分场二队): a 连's or a
 * 队's name is its number, which says nothing without its 团 or farm, as 3组 says nothing without its 村 (石桥村3组 is
 * kept whole). Not 连 of words (连续, 连夜, 连忙, 连着, 连锁, 接连, 牵连, 连长) nor 一连 before a count (一连三天).
 */
const TROOP_N = UNIT_NUMBER;
const DIVISION = `(?:(?:新疆)?(?:生产建设)?兵团)?(?:第?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})|农[一二三四五六七八九十]{1,3})师`;
const REGIMENT = '(?:(?:\\d{1,3}|[一二三四五六七八九十〇零]{2,4})团(?:场)?(?![结队员伙购体聚圆委建])|[\\u4e00-\\u9fa5]{2,4}?总场)';
// After 连 no word goes on (连续, 连长, 连串), and no count unless it is the 排's (3连2排, not 一连三天, 一连好几天).
// The count only after 一连 alone, the adverb: 10连四川籍老职工, 7连几户家长 are a company, then who is in it.
const COMPANY = `${TROOP_N}连(?:队)?(?![续夜忙着锁接同带长胜冠败跪击号发拍环襟载贯通衣心串]|(?<=(?:^|[^\\d一二三四五六七八九十])一连)(?:[两几数好]|${TROOP_N}(?!排)))`;
const PLATOON = `${TROOP_N}排(?![长队查水练])`;
// 一连 alone is also the adverb (，一连下了三天雨): the unit only with what follows a place (的, 队, 职工, a gap, a name).
const COMPANY_ALONE = `(?!一连(?!队|的|职工|[\\s，,。；;]|$|[老小${SURNAMES}]|${TROOP_N}排))${COMPANY}`;
// 二分场作业站, 第三管理区第二作业站: a 作业站 under the 分场 or 管理区, with its number, its name or neither.
const FARM_PART = `(?:第?${TROOP_N}分场|第?${TROOP_N}管理区)(?:(?:第?${TROOP_N})?作业站)?|(?:第?${TROOP_N}|[\\u4e00-\\u9fa5]{2,3}?)作业站`;
const FARM_TEAM = `第?${TROOP_N}(?:生产)?队`;
/** Where a 连 or a farm's part stands as a word of its own (8连的刘婶, 住十二连): not glued after other words. */
// 走访8连5号条田: where the member went on the visit, as 到 is.
const TROOP_START = '(?<=^|[\\s，,。；;:：、】(（]|工单|在|是|住|到|去|咱|俺|我们|他们|的|走访)';
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
/**
 * A numbered part of a dormitory compound, a staff compound or an estate (港区宿舍2区, 电厂家属院3区, 阳光小区二区),
 * with its building glued after it: which part is said by its number, as a 网格 is; the works or estate before it
 * (港区, 矿务局, 电厂) is its name. A works area (港区, 矿区) is read with it whole, as a 厂区 is.
 */
const NUMBERED_QUARTER = `(?:(?<=^|[\\s，,。；;:：(（、]|走访了?|在|住|到|去|是)[\\u4e00-\\u9fa5]{1,4}?)?(?:宿舍|家属院|家属区|小区|花园|家园|新村)${N_}区(?:${N_}(?:号楼|栋|幢))?`;
/**
 * A works' dormitory quarter or living quarter (宿舍区, 生活区, 职工宿舍区), with its numbered building glued after it
 * (宿舍区3号楼, 生活区2栋): where the workers live, as an estate is in a 社区; whatever follows the building (宿舍区6号楼楼顶,
 * 宿舍区2号楼304) is the matter or the room. And the works' own canteen named by the park (厂区食堂, 园区食堂): the one
 * of that works, where an unnumbered 食堂 alone says not which (an unnumbered 工业园宿舍 still says not which building).
 */
const QUARTER = `(?:${PARK}|职工|员工)?(?:宿舍区|生活区)(?:${N_}(?:号楼|栋|幢))?|${PARK}食堂|${NUMBERED_QUARTER}`;
export const WORK_SITE = `${PARK}?${SITE}|${PARK}${GATE}|${QUARTER}`;
/**
 * A school's or a works' staff compound by its building (家属区5幢, 家属院3栋), as a word of its own: where the
 * retired staff live, as an estate is in a 社区; the building says which, where a bare 家属区 says nothing (see
 * BARE_PLACE), so it is taken whatever follows it (家属区5幢退休教师沈德明).
 */
const STAFF_COMPOUND = `(?<=^|\\n|[\\s，,。；;:：、(（】]|工单|在|住|到|去|是|走访了?)(?:家属区|家属院)${N_}(?:号楼|栋|幢|座)`;
/** A line or a team of a works, named first in the message (针车二组, 包装一组): see PLACE_SEARCH. */
// Not a time or a pointer said before a village's group (刚才5组, 上午3组, 我们三组): that 组 is the village's.
const WORK_TEAM = `(?<=^|\\n|[：:】]|工单\\s?)(?:(?![今昨明前后刚上下早晚中午最近这那哪我他她你俺咱有在到去是反说记第])[\\u4e00-\\u9fa5]{2,3}?[一二三四五六七八九十\\d]{1,2}(?:组|线|班)(?![织长员])|[\\u4e00-\\u9fa5]{2,3}?工段)`;

/** 村/社区/网格 names: 柳树村, 幸福社区, 第三网格, 5号网格, 东山村2组, 新华小区3号楼. */
export const PLACE_SEARCH = new RegExp(
  [
    // A unit named by its kind (国际商贸城二区3楼, 东区宿舍, 石桥村小学旁): see named-unit.ts.
    NAMED_UNIT,
    // A works', a campus' or a depot's unit (2工段, 3号线, B厂区, 职工宿舍3栋): see works-unit.ts.
    WORK_UNIT,
    ...TROOP_PLACE,
    WORK_SITE,
    STAFF_COMPOUND,
    HARBOUR_PLACE,
    WORK_TEAM,
    '第[一二三四五六七八九十\\d]{1,3}网格',
    // A village named without 村, as a word of its own (张家庄 张老汉, 李家湾 王婶).
    // Also 疃/埠/峪 (Shandong) and 坪/垭/哨 (Guizhou).
    // And every regional word of a hamlet (李家冲, 枫树屋场, 陈厝, 罗家畈: HAMLET_END), a common noun excepted (水库坝,
    // 店铺: NOT_HAMLET, in placeAt).
    // And one glued to its group or grid (王庄三组, 李家湾第2网格), or said with 那边 (赵庄那边有人说): where the hamlet ends
    // is told by what follows it.
    `(?<=^|\\s)[\\u4e00-\\u9fa5]{1,4}${HAMLET_END}(?=\\s|那边|这边|那头|那块)`,
    // 在石下围三组走访, 到王家峁二组: where the member was or went, said before the hamlet and its group.
    `(?<=^|[\\s，,。；;:：]|走访|走访了|家住|住在|家在|(?:^|[\\s，,。；;]|刚才|刚刚|今天|今日|上午|下午)(?:在|到|去))[\\u4e00-\\u9fa5]{1,4}?${HAMLET_END}${HAMLET_WORD_AFTER}(?=第?[一二三四五六七八九十\\d]{1,2}(?:村民小?)?组(?![织长员])|第?[一二三四五六七八九十\\d]{1,3}号?网格)`,
    // A hamlet where the member went on the visit, glued after the going (今天走访到上屋场 温大娘讲…, 上午到枫树湾 …):
    // the visit says it is a place, as a gap before it does.
    `(?<=走访(?:到|了)?|入户到?|(?:^|[\\s，,。；;]|刚才|刚刚|今天|上午|下午)(?:到|去))[\\u4e00-\\u9fa5]{1,4}?${HAMLET_END}${HAMLET_WORD_AFTER}(?=[\\s，,。；;]|走访|入户)`,
    // The same in brackets after the name (刘婶（李家冲）) or where the person lives (家住罗家畈的, 住在枫树屋场，).
    `(?<=[（(])[\\u4e00-\\u9fa5]{1,4}${HAMLET_END}(?=[)）])`,
    `(?<=家住|住在|家在)[\\u4e00-\\u9fa5]{1,4}?${HAMLET_END}${HAMLET_WORD_AFTER}(?=的|[\\s，,。；;]|$)`,
    // A family's village (张家庄, 马家营, 李家湾) as a word's start, glued to who or what follows (张家庄赵桂花, 张家庄的王守义,
    // 张家庄煎饼作坊): a surname, 家, then the village word is a village's shape and nothing else.
    // The same with the hamlet words of the south (李家冲, 罗家畈, 刘家垸, 王家塆, 陈家屋场), and 厝 after a surname
    // alone (林厝, 陈厝: 闽南's 家). Not a stop named by the village (谢家湾站: see transit-place.ts).
    `(?<=^|[\\s，,。；;:：])(?:[${SURNAMES}]家(?:庄|营|寨|堡|屯|铺|岗|洼|湾|塆|疃|埠|峪|坪|垭|坳|坞|沟|岭|坡|冲|垄|垅|坝|畈|垸|圩|屋场|峁|塬|围)|[${SURNAMES}]厝)(?!村(?!民)|[社屯组子里上下头边口站])${HAMLET_WORD_AFTER}`,
    // 翠苑一区, 金都苑二区 as a word of its own: a part of the estate numbered after it, not a district.
    '(?<=^|[\\s，,。；;:：(（])[\\u4e00-\\u9fa5]{1,4}?苑[一二三四五六七八九十\\d]{1,2}区',
    // A city, county or district: a place only with a village or community after it (see placeAt).
    // Never one that runs over a village or a community (桥头村通往矿区 is the village, then the way to the mine).
    // A works area with its dormitories or staff compound after it (港区宿舍2区, 矿区家属院) is no district: the
    // compound is the place, named by the area.
    '(?:(?!村(?!居民区|居委)|社区)[\\u4e00-\\u9fa5]){1,6}?(?:市|县|(?<!工业)区(?!宿舍|家属|公寓))(?=\\s?[\\u4e00-\\u9fa5])',
    '第?[一二三四五六七八九十\\d]{1,2}(?:村民)?组(?![织长员])',
    // A group alone where the person lives or the member went (住三社的, 走访五队, （三社）): see placeAt.
    // And a numbered 社 or 队 opening the message (8社村道烂了): the first clause says where, as 8组 would.
    `(?:(?<=${GROUP_AT_SOURCE})|^\\s*)第?[一二三四五六七八九十\\d]{1,2}(?:村民小?)?(?:队(?![长员伍])|社(?![区區会會员保工团交长]))`,
    '[一二三四五六七八九十\\d]{1,3}号?网格(?!员)',
    // Housing estates named without 小区 (金都苑, 金汇花园, 阳光家园): 苑 anywhere; the other words only as a word of
    // their own (not 小区花园里, 幼儿园).
    // An apartment block of the estate glued after it (学清苑公寓) is its name's whole.
    '[\\u4e00-\\u9fa5]{1,6}?苑(?:公寓)?(?![里内])',
    '(?<=^|[\\s，,。；;:：(（])[\\u4e00-\\u9fa5]{1,6}?(?:花园|家园|公寓|新村)(?=[\\s，,。；;)）的]|$|\\d)',
    // A lane, a quarter or an old ward named as a word of its own (槐树巷, 康乐弄, 桂花里, 文昌坊): where the person
    // lives, below the city; not 家里, 村里, 巷子, 作坊, 街坊, nor 弄 as a verb (咋弄).
    // Only where a place is written first (after the command word or a line's start), never inside the matter (冰柜里).
    `(?<=^|\\n|[：:】]|工单\\s|一下[\\s，,])[\\u4e00-\\u9fa5]{1,3}(?:(?<![区村楼家院屋城镇组寨社厂店这那哪夜心手地田山河县市乡沟子道校房场园柜箱车])里|(?<![作街磨油染])坊|(?<![小深窄])巷|(?<![么样咋去来会要])弄)(?=[\\s，,。；;的]|$|村民|居民|老支书|楼长|单元长|[${SURNAMES}阿])`,
    // Shanghai lanes (长乐路88弄): the lane is where the person lives.
    '[\\u4e00-\\u9fa5]{1,6}?路\\d{1,4}弄(?:\\d{1,4}号)?',
    // A name hidden as XX or ×× (XX社区, ××村) is still a place's name. 柳湾村民宿: the village, then a guesthouse in it
    // (民宿); 村民 alone is a villager, no place. 镇上, 乡上 (拿药要跑镇上) are the town, no name.
    '(?:[\\u4e00-\\u9fa5\\d]|[Xx×＊*](?=[Xx×＊*\\u4e00-\\u9fa5]))(?:[\\u4e00-\\u9fa5\\d]|[Xx×＊*]){0,7}?(?:社区|小区(?:\\d{1,2}区|[一二三四五六七八九十]{1,3}区)?|居委会?|居民区|村委会|牧委会|嘎查|农场|林场|牧场|街道|片区|网格(?![员长])|院落|家属院(?:\\d{1,2}区|[一二三四五六七八九十]{1,3}区)?|家属区(?:\\d{1,2}区|[一二三四五六七八九十]{1,3}区)?|车间|分厂|安置点|安置区|安置小区|搬迁点|移民点|新区(?![小中大学医院里内外])|工业区|工业园|产业园|(?:村|屯|镇|(?<![返回下老家故城异他思同])乡)(?![口里委部卫道级干子务集镇]|民(?!宿)|(?<=村)医(?!\\s?(?:也|又|就)?(?:来)?(?:反映|反应|说|讲|称|提出))|(?<![村屯])医|支(?!书)|两委|小(?:学|的|老师|孩)|(?<=[镇乡])上(?!个|次|周|星期|礼拜|月|年|午)|(?<=[镇乡])村(?![民委里口部干医务子道级集]|两委|小)))',
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
export const ESTATE_BELOW = new RegExp(
  `^\\s?((?![老新旧整附周这那该本我他她各每])[\\u4e00-\\u9fa5]{2,5}?(?:小区|花园|家园|公寓|苑))(?=[\\s，,。；;的(（]|$|${UNIT})${UNIT}{0,2}`,
);
/** A resettlement area named after its 社区 or 村 (棚改安置区, 移民安置点, 搬迁安置小区): see placeAt. */
export const RESETTLED_BELOW = new RegExp(
  `^\\s?((?![这那该本我他她各每])[\\u4e00-\\u9fa5]{0,4}?(?:安置区|安置區|安置小区|安置小區|安置点|安置點))${UNIT}{0,2}`,
);
/**
 * A hamlet (自然屯, 自然村, 寨) named right after its village (see placeAt): one to three characters of a name, then the
 * word; not 有个屯, 隔壁屯, 这个寨 (a hamlet pointed at, no name) nor the village's own 村里, 村口.
 */
// 那 starts many hamlets' names in the south (那豆屯, 那坡屯), so only 那个/那边 are pointing.
// A herders' settlement or a resettlement site of the village (多哇村定居点, 石桥村新寺安置点): where the person lives now,
// below the village, as a hamlet is.
export const HAMLET_BELOW = new RegExp(
  `^\\s?((?:(?![有这哪隔邻每各本该全整个一两几里口民委部务医道级干子]|那[个边些里])[\\u4e00-\\u9fa5]{1,3}?(?:自然屯|自然村|屯|寨))(?![子里上头口])|(?![有这那哪隔邻])[\\u4e00-\\u9fa5]{0,3}?(?:定居点|安置点|搬迁点|移民点))${UNIT}{0,2}`,
);
/**
 * A numbered or a directional quarter (二片区, 东片区, 3片) or a street named by its side (后街, 西街) right after its
 * village or community (see placeAt), with its yard or building: not 街道 (a level), 街上, 街口 (the way), nor 村东头.
 */
export const QUARTER_BELOW = new RegExp(
  `^\\s?(?:(?:${N_}|[东西南北中前后上下])片区|[东西南北前后中](?:大)?街(?![道上口边头坊里]))${UNIT}{0,2}`,
);
/** A hamlet by 屋场 or 自然村 right after its village or group (see hamletAfter). */
export const HAMLET_SURE_AFTER =
  /^\s?((?![村有这那哪隔邻每各本该全整个一两几里口民委部务医道级干子东西南北左右])[\u4e00-\u9fa5]{1,3}?(?:屋场|自然村))/;
/** A hamlet by any regional word right after its village (see placeAt): not the village's own 村口, 村南, 村里. */
export const HAMLET_AFTER_VILLAGE = new RegExp(
  `^\\s?((?![村有这那哪隔邻每各本该全整个一两几里口民委部务医道级干子东西南北左右]|那[个边些里])[\\u4e00-\\u9fa5]{1,3}?${HAMLET_END})${HAMLET_WORD_AFTER}(?![子里上头口边])`,
);
/** A word that starts a sentence before a place, never a place's own first character. */
// 讲 (the south's 说), 跟 (我帮她跟街道…: whom the member went along with) and 群众 (有群众讲…: who said it): a verb or a
// person word starts no place's name.
export const PLACE_LEAD_WORD =
  /^(?:到|在|去|是|的|了|叫|住|从|们|咱|俺|我|他|她|时候|今天|昨天|上午|下午|早上|晚上|最近|近来|走访|入户|反映|反应|说|讲|跟|群众|想|要|有|这|那|该|本)/;
/** What may precede a place in a sentence and is not part of its name: 我们到东湖村, 走访的时候东湖村. */
// 通往, 前往 (通往桥头村的村道): the way to a place, not part of its name.
// 最近, 近来 (最近4网格的垃圾桶站又乱了): when it happened, said before the place.
// 地点安居园社区2网格9栋, 地址10社: a form's label typed glued to the place, no colon between.
// 关于石桥村六组路灯的问题 (a 公文's title): what the matter is about, said before the place.
// 弹子石站旁边国际社区, 大学城站附近熙街小区: a landmark the place is near, said before it, is no part of its name;
// 东沟营林区边上林家坪村, 水库跟前的李家湾: the same said with 边上, 跟前, 脚下.
// 有群众讲下肖村4组, 帮她跟街道: a verb of saying or going along (讲, 跟) or a person word (群众) before it.
export const PLACE_LEAD =
  /^.*(?:到|在|去|往|是|的|了|叫|住|从|们|咱|俺|我|他|她|时候|今天|昨天|上午|下午|早上|晚上|最近|近来|走访|入户|反映|反应|说|想|要|有|比|讲|跟|群众|地点|地址|住址|关于|旁边|附近|边上|跟前|脚下)/;
