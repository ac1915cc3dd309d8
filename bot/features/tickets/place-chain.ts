// The recording parser's neighbour (place-reading.ts): a place written as a chain of units, each smaller than the one
// before it: a settlement (a 村, a 嘎查, a 社区, a 兵团's 连, a farm's 分场, an urban lane) then a part of it, numbered
// or named, glued or after a gap (巴彦嘎查3浩特, 石桥村 5号草场, 8连7号条田, 凤和村东约坊18号, 3连职工小区2栋, 乌兰嘎查冬营盘,
// 靠山屯3队, 福安里弄5号门). The part is where the person lives or works, below the settlement, as a 组 is below a 村:
// it belongs to the place, never to the matter. The search (PLACE_SEARCH) finds the settlement; the chain is read on
// from where it stopped, by the order of the units, not by the names of any region.

import { nameAt } from './name-shape';
import { ROLE_LEAD } from './people';
import { UNIT_NUMBER } from './unit-number';

/** A unit's number: 3, 12, 三, 十二, with 第 or 号 around it (shared: see unit-number.ts). */
const N = UNIT_NUMBER;

/**
 * What a settlement ends in, the level a part is counted below: a village or a herders' 嘎查, a community or its
 * committee, a hamlet (屯, 寨), a 兵团 company by its number (8连), a farm and its 分场 or 管理区, an urban lane or ward.
 */
const SETTLEMENT_END =
  /(?:村|嘎查|社区|社區|居委会?|居民区|屯|寨|(?<=[\d一二三四五六七八九十])连队?|分场|管理区|农场|牧场|林场|里弄|(?<=[\u4e00-\u9fa5]{2})弄|(?<=[\u4e00-\u9fa5]{2})坊)$/;

/**
 * A numbered part of a settlement: a herders' camp (3浩特), a pasture or a field by its number (5号草场, 7号条田, 2号地块,
 * 3号地), a team (3队, 2排, 4组), a grid (4网格), a numbered quarter (2片, 3片区), a farm's station, a gate (5号门). Not a
 * post of it (组长, 队长, 网格员, 排长).
 */
// A village's team by its older words (3小队, 2生产队), a forest farm's work area or post (2工区, 5号管护站, 12林班),
// a numbered plot (3号地) as well.
const NUMBERED_PART = `第?${N}号?(?:浩特|草场|牧场|条田|地块|作业站|作业区|工区|管护站|管护区|林班|网格|片区|片|小组|小队|生产队|组|队|排|门)(?![长员织伍])|${N}号地(?![方址点段图])`;
/**
 * A named part: a season's camp of a 嘎查 (冬营盘, 夏营地, 春季草场), a side's ward of a village (东约坊, 南坊, 西街, 北巷),
 * the staff's or the families' estate of a 连 or a works (职工小区, 家属院, 生活区).
 */
const NAMED_PART =
  '(?:[冬夏春秋]季?(?:营盘|营地|草场|牧场)|[东西南北中前后上下](?:约)?坊|[东西南北中前后](?:街|巷)(?![道上口边头])|(?:职工|家属|退休职工)(?:小区|院|区|楼)|生活区)';
/** The smallest unit after a part: a building, a yard, a door, a house number (职工小区2栋, 东约坊18号, 里弄5号门). */
// A house number alone (东约坊18号) is the address of one door, not a place: left to the matter.
const SMALLEST = `${N}(?:号楼|栋|幢|单元|号院|号门)(?![长员码])`;

const GLUED_PART = new RegExp(`^(?:${NUMBERED_PART}|${NAMED_PART})(?:${SMALLEST})?`);
/** After a gap only the parts that name nothing else (浩特, 草场, 条田, 营盘, 坊), then a gap or a pause. */
const SPACED_PART = new RegExp(
  `^\\s(?:第?${N}号?(?:浩特|草场|条田|地块)|[冬夏春秋]季?(?:营盘|营地)|[东西南北中](?:约)?坊)(?:${SMALLEST})?(?=$|[\\s，,。；;:：、])`,
);
/** What may follow the chain: its end, a gap or a pause, 的, or the person (a name, a role then a name). */
// A side or a spot of it said glued (职工小区后头, 3浩特那边) or a house number (东约坊18号) close it too: the matter's.
const CLOSES = /^(?:$|[\s，,。；;:：、（(的]|(?:后头|后面|前头|前面|旁边|边上|门口|里头|里面|那边|这边|那头)|\d{1,4}号(?![楼院门]))/;

/**
 * The part (and its smallest unit) said right after a settlement, with the gap before it if any, or '' when none is:
 * `after` is the text right after the settlement as read.
 */
export function partAfterSettlement(settlement: string, after: string): string {
  if (!SETTLEMENT_END.test(settlement)) return '';
  const glued = GLUED_PART.exec(after);
  const part = glued?.[0] ?? SPACED_PART.exec(after)?.[0];
  if (!part) return '';
  // A part already read with the settlement (石桥村3组 read whole) leaves nothing after it to add.
  const next = after.slice(part.length);
  if (CLOSES.test(next)) return part;
  // Glued to the person (冬营盘其木格, 3浩特老孟头): the part closes where a name starts.
  const lead = ROLE_LEAD.exec(next)?.[0] ?? '';
  return nameAt(next) || nameAt(next.slice(lead.length)) ? part : '';
}

/** A place that ends in a part of a settlement (巴彦嘎查3浩特, 乌兰嘎查冬营盘, 凤和村东约坊): a place's shape. */
const CHAIN_WHOLE = new RegExp(`^[\\u4e00-\\u9fa5\\d]{2,12}?(?:${NUMBERED_PART}|${NAMED_PART})(?:${SMALLEST})?$`);
export function endsInPart(place: string): boolean {
  const match = CHAIN_WHOLE.exec(place);
  if (!match) return false;
  // The settlement before the part must be one (not 天天3队).
  for (let cut = 2; cut < place.length; cut++) {
    const settlement = place.slice(0, cut);
    if (SETTLEMENT_END.test(settlement) && partAfterSettlement(settlement, place.slice(cut)) === place.slice(cut)) return true;
  }
  return false;
}

/** A 连 by its number inside a place read with words before it (一圈1连职工小区): the company's name is its number. */
const COMPANY_INSIDE = /^(.*?[^\d一二三四五六七八九十])((?:\d{1,3}|[一二三四五六七八九十]{1,3})连(?!续|夜|忙|着|长).*)$/;
/** What may stand before a 连 as part of its place: its 团, its farm or its division. */
const ABOVE_COMPANY = /(?:团场?|场|师|部)$/;
/** The words read before a 连 that are no part of its place (一圈 of 走了一圈1连职工小区), or ''. */
export function wordsBeforeCompany(place: string): string {
  const inside = COMPANY_INSIDE.exec(place);
  if (!inside || ABOVE_COMPANY.test(inside[1]!) || /[村区镇乡社屯]$/.test(inside[1]!)) return '';
  return inside[1]!;
}

/**
 * A street and its numbered lane said first (大塘大街二巷, 新华路3弄, 解放街五里), or a lane and its numbered door or
 * yard (福安里弄5号门): the smaller unit is where the person lives, the street or the lane its settlement. Only at the start of the text, then a gap or the person.
 */
// An estate's phase (阳光花园二期, 金桂苑3期) with its building, said first, is the same chain in a city.
const STREET_LANE = new RegExp(
  `^(\\s*)((?![今昨明这那我他她你俺咱有在到去是])[\\u4e00-\\u9fa5]{1,4}?(?:(?:大街|街|大道|路|里弄|弄|坊)${N}(?:巷|弄|里|横巷|胡同|号门|号院)|(?:小区|花园|家园|苑|新村|公寓)${N}期(?:${N}(?:号楼|栋|幢|单元))?))(?=$|[\\s，,。；;:：、])`,
);
export function streetLaneFirst(text: string): { name: string; index: number; length: number } | undefined {
  const found = STREET_LANE.exec(text);
  if (!found) return undefined;
  return { name: found[2]!, index: found[1]!.length, length: found[2]!.length };
}
