// Places named by what stands there rather than by 村/社区 (银泰商圈, 鼓楼步行街, 人民广场, 城南快递驿站, 桥头路口),
// a village's group or quarter named by its hamlet rather than its number (罗湾组, 竹山湾组, 竹林片), a works glued to its
// village (白沙村砖厂), and a spot pointed at with 那边 (果园那边刘老汉说): each said first, where the usual order
// (place, person, matter) puts the place (see readWhoAndWhat).

import { nameAt } from './name-shape';
import { BODY_OR_POST, KIN_NAME, ROLE_LEAD, SURNAMES } from './people';
import { HAMLET_END, NOT_HAMLET, readsAsHamlet } from './place';
import { PLACE_LEAD_WORD } from './place-patterns';

/**
 * A spot of a town named by its kind: a business district, a walking street, a square, a riders' post, a pier, a
 * junction (X商圈, X步行街, X广场, X驿站, X码头, X路口), and a 浙东 hamlet's 岙. Not one pointed at (这个路口, 十字路口) nor
 * 广场舞 (the 舞 goes on: see {@link PERSON_OR_GAP}).
 */
const SPOT = /^([\u4e00-\u9fa5]{1,6}?(?:商圈|步行街|商业街|美食街|广场|驿站|码头|路口|岙))/;
const NOT_SPOT = /^(?:这|那|哪|本|该|每|各|村|门|家|楼|十字|丁字|三岔|岔|前面|后面|路|街|小区|社区|跑腿)/;
/** A village's or a community's word inside the spot's name: the spot is in that place (see spotFirst). */
const IN_VILLAGE = /村|社区|社區|小区|网格|镇|乡|街道|嘎查/;
/** A quarter, an estate or a works' compound inside the spot's name (宿舍三区…驿站): the place is that, not the spot. */
const OWN_PLACE_IN = /苑|花园|家园|公寓|新村|片区|宿舍|[一二三四五六七八九十\d]区|号楼|栋|幢|园区|工业园|产业园|厂区/;
/** What an estate's, a lane's or a quarter's name ends in (金桂苑, 幸福里, 阳光花园): a place of its own. */
const OWN_PLACE_END = /(?:苑|花园|家园|公寓|新村|里|坊|弄|巷|片区|院|栋|幢|号|(?:工业|产业|科技|物流|创业|公)园|区|宿舍|工地|厂|矿|场|港)$/;
/** A village's group or quarter named by its hamlet (罗湾组, 竹山湾组, 王庄片), or a quarter by any name (竹林片). */
const NAMED_GROUP = new RegExp(`^([\\u4e00-\\u9fa5]{1,3}?${HAMLET_END})(组|片)(?![织长员区])`);
const NAMED_PIECE = /^([\u4e00-\u9fa5]{2,3}?)片(?![区子儿刻段面])/;
/** Words ending in 片 that are no quarter (照片, 药片, 这片): see {@link NAMED_PIECE}. */
const NOT_PIECE = /^(?:照|图|名|药|刀|瓦|卡|芯|影|唱|碎|大|一|这|那|整|成|切|肉|薯|鱼|菜|相|底|明信|纸|铁|玻璃|叶|花|雪|动画)$/;
/** A works, a mine or a farm glued after its village or community, a word of its own (白沙村砖厂, 石桥村砖厂). */
const VILLAGE_WORKS = /^([\u4e00-\u9fa5]{1,4}?(?:村|社区)[\u4e00-\u9fa5]{1,3}?(?:厂|矿|场))(?=\s)/;
/** A spot pointed at, then the person (果园那边刘老汉说, 河口那边的周婶): the spot is where the person is. */
const POINTED = /^([\u4e00-\u9fa5]{2,4}?)(?:那边|这边|那头|那块|那一片|一带)(?:的)?/;
/** What a pointed spot is not: a body or an office (学校那边, 镇上那边), home (家里那边), a person (老李那边). */
const NOT_POINTED = /(?:校|院|所|站|局|委|办|部|队|会|司|厂|里|上|家|方|面)$|^(?:单位|公司|医院|政府|领导|上级|他们|我们|人家)$/;
/** A shop, a stall or a works before its keeper (面馆赵老板, 烧烤店陈老板): who the person is, before the name. */
const SHOP_LEAD = /^[\u4e00-\u9fa5]{1,5}?(?:店|馆|铺|摊|超市|小卖部)的?(?=老|小|[\u4e00-\u9fa5]{1,2}(?:老板|师傅|大姐|大哥|姐|哥|嫂|婶))/;

/** How the places read here end, for the check of a place's shape (see unsurePlace in parse.ts). */
export const SPOT_END = /(?:商圈|步行街|商业街|美食街|广场|驿站|码头|路口|岙|[组片]|(?:村|社区)[\u4e00-\u9fa5]{1,3}?(?:厂|矿|场))$/;

/** The person right after the place: a name, with a role, a shop or a pointer before it (顾客何女士, 面馆赵老板). */
function personAt(after: string): boolean {
  const text = after.replace(/^(?:那边|这边|那头|一带)?的?/, '');
  if (nameAt(text)) return true;
  const role = ROLE_LEAD.exec(text)?.[0] ?? '';
  if (role && nameAt(text.slice(role.length))) return true;
  const shop = SHOP_LEAD.exec(text)?.[0] ?? '';
  return shop !== '' && nameAt(text.slice(shop.length)) !== undefined;
}
/** What may follow a place said first: a gap, a pointer, 的 and the person, the person glued, or 有人. */
const PERSON_OR_GAP = (after: string) => /^(?:$|[\s，,。；;:：]|那边|这边|那头|一带|有人|有群众)/.test(after) || personAt(after);

/**
 * One of these places as the message's first word (see the module's head), when a gap or the person follows it; the
 * words of the matter (广场舞, 照片, 学校那边) are not read so.
 */
export function spotFirst(text: string): { name: string; index: number; length: number } | undefined {
  const gap = /^\s*/.exec(text)![0].length;
  const said = text.slice(gap);
  if (PLACE_LEAD_WORD.test(said)) return undefined;
  // 人民广场那边的刘阿姨: the pointer and its 的 go with the place, not with the person.
  const at = (name: string) => ({
    name,
    index: gap,
    length: name.length + (/^(?:那边|这边|那头|那块|一带)的?/.exec(said.slice(name.length))?.[0].length ?? 0),
  });
  const works = VILLAGE_WORKS.exec(said)?.[1];
  if (works && personAt(said.slice(works.length).trimStart())) return at(works);
  const group = NAMED_GROUP.exec(said);
  if (group && readsAsHamlet(group[1]!) && !NOT_HAMLET.test(group[1]!) && PERSON_OR_GAP(said.slice(group[0].length))) return at(group[0]);
  const piece = NAMED_PIECE.exec(said);
  if (piece && !NOT_PIECE.test(piece[1]!) && !KIN_NAME.test(piece[1]!) && /^\s/.test(said.slice(piece[0].length))) return at(piece[0]);
  const spot = SPOT.exec(said)?.[1];
  // 石门村码头那边, 滨江社区码头装卸工: a spot of a named village or community is where in it; the village is the place.
  // 金桂苑驿站, 李家湾码头: a spot named by a place of its own (an estate, a lane, a hamlet) is in that place, left to the
  // search as 金桂苑 is.
  const named = spot ? spot.replace(/(?:商圈|步行街|商业街|美食街|广场|驿站|码头|路口|岙)$/, '') : '';
  const ownPlace = OWN_PLACE_END.test(named) || OWN_PLACE_IN.test(named) || readsAsHamlet(named);
  if (spot && spot.length > 2 && !NOT_SPOT.test(spot) && !IN_VILLAGE.test(spot) && !ownPlace && PERSON_OR_GAP(said.slice(spot.length)))
    return at(spot);
  const pointed = POINTED.exec(said);
  if (
    pointed &&
    !NOT_POINTED.test(pointed[1]!) &&
    !BODY_OR_POST.test(pointed[1]!) &&
    nameAt(pointed[1]!) !== pointed[1] &&
    !new RegExp(`^(?:老|小)[${SURNAMES}]`).test(pointed[1]!) &&
    personAt(said.slice(pointed[0].length))
  )
    return at(pointed[1]!);
  return undefined;
}

/**
 * 孩子在乡中学, 老人去镇卫生院: a word of two or more, then being or going (在, 到, 去, 回, 从), then the bare 乡 or 镇
 * whose school or clinic is meant: no place's name, though the run stands as a word of its own (see placeAt, which
 * otherwise keeps a lead word's character inside a name: 在田村).
 */
export const wentToTownship = (whole: string) => /^[\u4e00-\u9fa5]{2,}(?:在|到|去|回|从)[乡镇]$/.test(whole.trim());
