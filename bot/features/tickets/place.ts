import { wordTags } from '../../../knowledge';

// The recording parser's neighbour (parse.ts) for the place: the issue's place is the 村/社区 (or 网格) the person
// belongs to, with a 组, an estate or a building below it. Members write the whole administrative chain above it as
// often as not (青石县白沙镇柳湾村, 南明区花果园街道湖滨社区): the levels above name no other place, they only say where
// the village is, so they are taken off. The eval's judge (scripts/eval/tickets.eval.ts) compares places at the same
// level with the same function.

/**
 * One level above a village or a community: a province, city, county, district, town, township or street office,
 * with its name. Not the 区 of 社区, 小区, 片区, 工业区, 安置区, 校区, 景区, 家属区, nor an estate's numbered part (翠苑一区,
 * 金桂园2区), nor a compound's part (东区宿舍, 二区公寓); not 市场, 市民, 镇上, 乡下.
 */
const ABOVE =
  '[\\u4e00-\\u9fa5]{1,6}?(?:省|自治区|自治州|(?<![城都超门菜股夜])市(?![场民政里内])|县(?![城里上])|(?<![红国彩锦军党团队五])旗|(?<![社小片业置校景营园宅舍活矿林牧山湖灾禁盲误专库病院社區属])(?<![苑园舍院区村属][一二三四五六七八九十\\d]{1,2})区(?![域里]|宿舍|家属|公寓)|镇(?![上里镇]|街道)|乡(?![下里亲])|苏木(?!嘎查)|街道(?:办事处)?|街办)';
// A banner's or a county's last character left before the levels (旗巴彦花苏木宝日嘎查, from 西乌旗…) goes with them.
const LEVELS_ABOVE = new RegExp(`^(?:[旗县市盟](?=[\\u4e00-\\u9fa5]{1,6}?(?:苏木|镇|乡|街道)))?(?:${ABOVE})+`);
/** A 兵团 division (第八师, 农八师, 兵团第七师) written before a 团 or a 总场. */
const DIVISION_ABOVE =
  /^(?:(?:新疆)?(?:生产建设)?兵团)?(?:第?(?:\d{1,2}|[一二三四五六七八九十]{1,3})|农[一二三四五六七八九十]{1,3})师(?=(?:\d{1,3}|[一二三四五六七八九十〇零]{2,4})团|[\u4e00-\u9fa5]{2,4}?总场)/;
/** What a place below the levels above ends in: a 村/社区/网格, a 组, an estate, a building, a lane. */
// A hamlet's regional word (屋场, 冲, 畈, 垸, 厝…) and a village's numbered 社 (三社) as well.
const LOWER =
  /(?:村|社区|社區|居委会?|居民区|网格|網格|嘎查|农场|林场|牧场|屯|组|組|队|(?<=[\d一二三四五六七八九十])社|小区|小區|苑|花园|家园|公寓|新村|号楼|栋|幢|单元|座|弄|庄|营|寨|堡|铺|湾|坪|屋场|塆|坳|坞|冲|垄|垅|坝|岗|沟|洼|峪|畈|垸|圩|厝|埔|峁|塬)/;

/**
 * A hamlet or a part of a village named by the regional word for it, as members write it across China: 屋场 (湘赣),
 * 自然村/自然屯, 寨 and 屯 (西南, 东北), 庄 and 营/堡/铺 (华北, 西北), 湾/塆 and 冲/垄/畈/垸 (湖广, 江淮), 坳/坪/坝/岗/
 * 沟/洼/峪 (山区), 坞 (浙皖 hill hamlets: 茶园坞), 圩 (江南, 岭南), 厝 and 埔 (闽南, 潮汕), 疃/埠 (山东), 垭/哨 (贵州): one to four characters of a
 * name, then the word. Not the words that end in those characters or start with them and are no place: a common noun
 * of the matter (水库坝, 河沟, 店铺, 军营, 草坪, 台湾: see {@link NOT_HAMLET}), nor a word the character starts
 * (冲突, 坪效, 沟通, 营业, 堡垒, 庄稼, 屯粮: see {@link HAMLET_WORD_AFTER}).
 */
// And 峁 and 塬 (陕北, 陇东 loess hills: 王家峁, 侯家塬), 围 (客家 walled hamlets: 石下围, 罗屋围).
export const HAMLET_END =
  '(?:屋场|自然村|自然屯|寨|屯|庄|湾|塆|坳|坞|坪|冲|垄|垅|坝|岗|铺|营|堡|沟|洼|峪|畈|垸|圩|厝|埔|疃|埠|垭|哨|峁|塬|围)';
/** What starts a word with the hamlet's character and makes it no place: 冲突, 坪效, 沟通, 营业, 堡垒, 庄稼, 屯粮. */
export const HAMLET_WORD_AFTER =
  '(?!(?<=冲)(?:突|击|动|刷|洗|锋|凉|破|撞|过|进|出)|(?<=坪)效|(?<=沟)通|(?<=营)(?:业|养|销|运|造|救|收|利|商|地|长|区)|(?<=堡)垒|(?<=庄)(?:稼|重|严)|(?<=屯)(?:粮|兵|积|田)|(?<=铺)(?:设|开|路|垫|张|满|平|好)|(?<=岗)(?:位|亭|哨)|(?<=圩)(?:日|场)|(?<=坝)(?:子|坝)|(?<=围)(?:墙|栏|观|着|住|绕|巾|挡|堵|裙|攻|起|成|坐|网|护|剿|垦|湖|棋|脖|了|过|在|上))';
/**
 * A common noun that ends like a hamlet (水库坝, 河坝, 水沟, 店铺, 军营, 城堡, 村庄, 草坪, 田垄, 台湾, 山坳): the thing
 * of the matter or a word, not a place's name. 田坎 ends in no hamlet's word at all.
 */
/**
 * A common noun ending like a hamlet that stays one with words before it (南河沟, 东头排水沟, 临街商铺, 小区草坪, 下游
 * 水库坝, 村下岗): a thing of the matter whatever is said before it. Not 河坝, 河湾, 山庄 (大河坝, 柳河湾, 枫林山庄 are
 * names).
 */
const NOUN_TAIL =
  '(?:船坞|避风坞|河沟|水沟|阴沟|地沟|渠沟|水库坝|堤坝|水坝|店铺|商铺|床铺|军营|兵营|碉堡|草坪|田垄|地垄|下岗|上岗|站岗|转岗|待岗)';
export const NOT_HAMLET = new RegExp(
  `^(?:${[
    '(?:水库|拦河|拦水|河|堤|大|水|土)坝',
    '(?:排水|臭水|污水|水|河|阴|明|暗|地|山|渠|田)沟',
    '(?:店|商|床|当|饭|卧|地|通)铺',
    '(?:军|兵|阵|经|国|私|民|公|露|野|夏令|合|运)营',
    '(?:城|碉|地)堡',
    '(?:村|山|钱|饭|茶|布|农)庄',
    '(?:上|下|站|转|门|换|在|待|山|土)岗',
    '(?:草|停机|机)坪',
    '(?:田|地)(?:垄|垅)',
    '(?:台|海|港|河)湾',
    '(?:山|营|村)寨',
    // 周围, 范围, 包围 (words ending in 围) and 黄土塬 (the landform): no hamlet.
    '(?:周|范|包|外|四|氛|突|入|重|合|解|胸|腰|臀|头|铁|门|院|内)围',
    '(?:黄土|高|山|土)(?:塬|峁)',
    '(?:山|水)(?:坳|冲|洼|峪)',
    // 花坞, 山坞: a bed of flowers or a hollow, no hamlet (船坞, 避风坞, docks with any words before them, are in NOUN_TAIL).
    '(?:山|花|水|竹)坞',
    // A hamlet pointed at, no name (这个坝, 那条沟, 各屯).
    `(?:这|那|哪|某|每|各|本|该|全|整|两|几)(?:个|条|座|道)?${HAMLET_END}`,
  ].join('|')})$|^[\\u4e00-\\u9fa5]{0,4}?${NOUN_TAIL}$`,
);
/** A hamlet's name and word as a whole token (李家冲, 枫树屋场, 陈厝, 沙坪): see {@link HAMLET_END}. */
export function readsAsHamlet(token: string): boolean {
  return new RegExp(`^[\u4e00-\u9fa5]{1,4}?${HAMLET_END}$`).test(token) && !NOT_HAMLET.test(token);
}

/**
 * The place at its 村/社区 (or 网格) level: 青石县白沙镇柳湾村3组 → 柳湾村3组, 花果园街道湖滨社区 → 湖滨社区. A chain
 * that ends at a town or a street (东城区向阳街道) keeps its last level (向阳街道): that is the place then.
 */
export function placeLevel(place: string): string {
  // A 兵团 division before its 团 (第八师141团2连, 农七师一二三团): a level above, as a 县 is; the 团 stays with its 连,
  // whose number names nothing without it (see TROOP_PLACE in parse.ts).
  const division = DIVISION_ABOVE.exec(place);
  if (division) return place.slice(division[0].length);
  const above = LEVELS_ABOVE.exec(place);
  if (!above) return place;
  const below = place.slice(above[0].length);
  // A quarter read as a level (城庄移民新区) with only its buildings after it (3号楼): the quarter is the place.
  if (/新区$/.test(above[0]) && /^[\d一二三四五六七八九十]/.test(below)) return place;
  // Only when a real place is left: a name and what it is (柳湾村), not a bare suffix (新镇社区 is one name).
  if (LOWER.test(below) && !new RegExp(`^(?:${LOWER.source})$`).test(below)) return below;
  // The levels alone (安平市东城区向阳街道): the lowest of them is the place.
  const levels = [...place.matchAll(new RegExp(ABOVE, 'g'))];
  return levels.length > 1 && levels.map((l) => l[0]).join('') === place ? levels.at(-1)![0] : place;
}

/**
 * A village or a neighbourhood named without 村 or 社区 (城关, 东关, 南街, 柳湾), as members of that place write it
 * among themselves: a word jieba knows as a place name (ns) and nothing else. The caller says where the word stands
 * (first, before the person): a place name in the matter (去河口赶集) is no place of a person.
 */
export function readsAsPlaceName(token: string): boolean {
  if (!/^[\u4e00-\u9fa5]{2,4}$/.test(token)) return false;
  const words = wordTags(token);
  return words.length === 1 && words[0]!.tag === 'ns';
}

/** What a place named in an answer ends in: a level {@link LOWER} knows, or a town, a street, a 片区. */
// A 兵团 连 or 排 and a 团 by their number (12连, 3连2排, 141团), a state farm's 分场, 管理区, 作业站, a 总场: where a
// 村 is elsewhere (a bare 连 or 排 is a word of its own: 接连, 安排).
const PLACE_END = new RegExp(
  `(?:${LOWER.source}|街道|镇|乡|苏木|片区|(?<=[\\d一二三四五六七八九十])(?:连队?|排|团场?)|分场|管理区|作业站|总场)$`,
);

/**
 * A short answer to “哪个村/社区” that reads as a place: it ends in a place word (柳湾村, 幸福社区3网格, 金桂苑5栋) or is
 * a place name jieba knows (城关, 东关). A day (明天), a person (王大爷) or any other reply is not: the dialogue asks
 * again, and 跳过 records the 工单 without a place.
 */
export function looksLikePlace(said: string): boolean {
  if (!/^[\u4e00-\u9fa5A-Za-z0-9#-]{2,16}$/.test(said)) return false;
  // 队 is a production team only with its number (五队, 3队), never 排队; 社 a village's group the same (三社, not 合作社).
  if (/(?<![\d一二三四五六七八九十])(?:队|社)$/.test(said)) return false;
  // A common noun ending like a hamlet (水沟, 店铺, 草坪) is no answer to “哪个村”.
  if (NOT_HAMLET.test(said)) return false;
  return PLACE_END.test(said) || readsAsPlaceName(said);
}
