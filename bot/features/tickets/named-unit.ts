// The recording parser's neighbour (place-patterns.ts): a place named as a unit of a KIND, where the kind is told by
// the unit word and the name before it is a proper name (two to four characters) or a side or a number (东区, 二区, 3号).
// The words are open families, each read by what it is, not listed one place at a time:
//   a hall of trade (X市场, X商贸城, X商城): where the stallholders of a market branch are, as villagers are in a 村;
//   a part of it or of a compound by its side or number (二区, 东区), then its floor (3楼, 2层) or its building (5号楼);
//   a compound where people live together (东区宿舍, 二区家属院, 南区公寓), by its part;
//   a landmark of a settlement with the side of it (石桥村小学旁, 新河社区卫生站门口): the spot in the village;
//   a numbered block of an institution (二号住院部, 3号门诊楼) with its floor, and a named road by its number (港湾2路).
// A unit's chain is read smaller after larger (the hall, its part, its floor); what follows it (a stall's number, the
// side of the floor, the matter) is left where it is. A place never starts with a verb or a person word: the name is
// read where it stands as a word of its own, after a gap, a pause or a word that puts a place (在, 去, 到, 走访).

import { nameAt } from './name-shape';
import { ROLE_LEAD } from './people';
import { UNIT_NUMBER as N } from './unit-number';

/** Where a named unit stands as a word of its own (see the file's head). */
const AT_WORD = '(?<=^|\\n|[\\s，,。；;:：、(（】]|工单|在|住|到|去|是|走访了?|那个)';
/**
 * A hall of trade by its kind (市场, 商城, 商场, 购物中心) or by its trade and 城 (商贸城, 轻纺城, 数码城, 建材城): a 城
 * only after a trade, as 县城, 老城, 新城 are no hall. Not a market named by the goods sold in it or by its kind (菜市场,
 * 农贸市场, 建材市场, 夜市场): which market is not said.
 */
const HALL = '(?:市场|商城|商场|商厦|购物中心|(?:商贸|小商品|轻纺|数码|家居|家具|建材|汽配|五金|服装|电子|批发|食品|茶叶|花卉|灯饰)城)';
const GOODS_BEFORE_MARKET =
  '(?<!菜|农贸|集贸|批发|早|夜|水果|蔬菜|花鸟|旧货|二手|海鲜|建材|家具|服装|小商品|农产品|牲口|牛羊|露天|鱼|肉|这个|那个|附近|旁边|对面|隔壁)';
/** A proper name: two to four characters, not a pointer, a person word or a verb (这个, 群众, 跟, 讲). */
const PROPER_NAME = '(?![这那哪该本各每我你他她俺咱们群众居民村民有在到去是说讲跟和同给找帮让叫])[\\u4e00-\\u9fa5]{2,4}?';
/** A part of a hall or a compound by its side or its number (东区, 二区, 3区). */
const PART = `(?:[东西南北中]|${N})区`;
/** A floor of a hall (3楼, 2层): not 楼道, 楼梯, 楼顶, 楼下 (the matter's). */
const FLOOR = `${N}(?:楼|层)(?![道梯顶下上里内外房面])`;
/** A compound where people live together, by its part (东区宿舍, 二区家属院, 南区公寓). */
const COMPOUND = '(?:宿舍区|宿舍|家属院|家属区|公寓)(?!楼[道梯顶])';
/** A landmark a settlement is known by (its school, clinic, committee, hall, bridge) and the side of it. */
const LANDMARK = '(?:小学|中学|学校|幼儿园|卫生院|卫生室|卫生站|村部|村委会?|祠堂|礼堂|大桥|车站)';
const BESIDE = '(?:旁边|旁|边上|门口|对面|背后)';
/**
 * A numbered block of an institution (二号住院部, 3号门诊楼, 2号综合楼), with its floor: which block says which, where a
 * bare 住院部 says nothing.
 */
const BLOCK = `${N}号(?:住院部|住院楼|门诊部|门诊楼|医技楼|综合楼|办公楼|实验楼)`;
/**
 * A named road by its number (港湾2路, 滨江3路), as a word of its own, then a gap: where the person lives in a new
 * quarter whose roads are numbered. Not a bus's or a metro's line (公交2路, 坐12路).
 */
const NUMBERED_ROAD = `(?<=^|[\\s，,。；;:：、])${PROPER_NAME}(?<!公交|地铁|专线|班车|坐|乘|搭)${N}路(?=[\\s，,。；;]|$)`;
/** A settlement before its landmark (石桥村, 新河社区, 石桥村3组). */
const SETTLEMENT = `[\\u4e00-\\u9fa5]{1,5}?(?:村|社区)(?:第?${N}组)?`;

/** The named units as one pattern for PLACE_SEARCH: a hall and its parts, a compound by its part, a landmark. */
export const NAMED_UNIT = [
  `${AT_WORD}${PROPER_NAME}${GOODS_BEFORE_MARKET}${HALL}(?:${PART})?(?:${FLOOR})?`,
  `${AT_WORD}${PART}${COMPOUND}`,
  `${SETTLEMENT}${LANDMARK}${BESIDE}`,
  `${AT_WORD}${BLOCK}(?:${FLOOR})?`,
  NUMBERED_ROAD,
].join('|');

/**
 * A named unit read where it stands as a word (a hall, a compound, a block, a road): its name starts no lead word, so
 * a lead word's character inside it (住 of 住院部) is its own, not a word before the place (see placeAt).
 */
export const NAMED_UNIT_AS_WORD = new RegExp(
  `^(?:${PROPER_NAME}${HALL}(?:${PART})?(?:${FLOOR})?|${PART}${COMPOUND}|${BLOCK}(?:${FLOOR})?|${PROPER_NAME}${N}路)$`,
);
/** The whole of a named unit as read, so a part that ends in 区 (国际商贸城五区) is not taken for a district. */
export const NAMED_UNIT_WHOLE = new RegExp(`${NAMED_UNIT_AS_WORD.source}|^(?:${SETTLEMENT}${LANDMARK}${BESIDE})$`);

/** A compound's building (5号楼, 3栋) with its unit, glued after it. */
const BUILDING = new RegExp(`^${N}(?:号楼|栋|幢|座)(?:${N}单元)?`);
const CLOSES = /^(?:$|[\s，,。；;:：、（(的])/;
/**
 * The building said glued after a compound (东区宿舍5号楼), when the person or a pause follows it: where that person
 * lives. Before the matter (东区宿舍3号楼下水道堵了) it is the matter's: where the thing is, left with it.
 */
export function buildingAfterCompound(place: string, after: string): string {
  if (!new RegExp(`${COMPOUND}$`).test(place)) return '';
  const building = BUILDING.exec(after)?.[0];
  if (!building) return '';
  const next = after.slice(building.length);
  if (CLOSES.test(next)) return building;
  const lead = ROLE_LEAD.exec(next)?.[0] ?? '';
  return nameAt(next) || nameAt(next.slice(lead.length)) ? building : '';
}
