// The dialogue's answer to 反映人是谁 / 在哪里 (城关村 王大爷, 王大爷(城关村), 村民孙二柱): name and place (readWho).

import { HOLDER_ROLE } from './holder-patterns';
import { cut } from './message-frame';
import { nameAt } from './name-shape';
import { ROLE, SURNAMES } from './people';
import { findPlace, isUnitAlone, placeFirst } from './place-reading';

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
