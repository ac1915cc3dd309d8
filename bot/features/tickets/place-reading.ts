// Who raised it, where, and what, from what is left of the message (readWhoAndWhat), and finding the place in it
// (findPlace, placeFirst, placeAt).

import { escapeRegExp } from '../../../knowledge';
import { guessCategory } from './category';
import { withoutClauses, withoutRoles } from './clauses';
import { ANNOUNCED, cleanContent } from './content';
import { cut } from './message-frame';
import { nameAt, unshapedAt } from './name-shape';
import { buildingAfterCompound, NAMED_UNIT_AS_WORD, NAMED_UNIT_WHOLE } from './named-unit';
import type { TicketDraft } from './parse';
import { HOUSE_PAIR, KIN, KIN_NAME, POST_ROLE_LEAD, ROLE, ROLE_LEAD, SURNAMES } from './people';
import { HAMLET_END, HAMLET_WORD_AFTER, NOT_HAMLET, readsAsHamlet, readsAsPlaceName } from './place';
import { partAfterSettlement, streetLaneFirst, wordsBeforeCompany } from './place-chain';
import {
  ESTATE_BELOW,
  GROUP_AT,
  GROUP_GLUED,
  GROUP_ONLY,
  HAMLET_AFTER_VILLAGE,
  HAMLET_BELOW,
  HAMLET_SURE_AFTER,
  N_,
  PLACE_LEAD,
  PLACE_LEAD_WORD,
  PLACE_SEARCH,
  QUARTER_BELOW,
  RESETTLED_BELOW,
  UNIT,
  WORK_SITE,
} from './place-patterns';
import { findRaiser } from './raiser';
import { kinThroughPronounAfter, nameAfterHouseKin, raiserByPosition, withoutUnitTokens } from './raiser-after-chain';
import { describedRaiserAt } from './raiser-described';
import { scenicPlace } from './scenic-place';
import { spotFirst, wentToTownship } from './spot-place';
import { transitPlace } from './transit-place';
import { WORK_UNIT_WHOLE } from './works-unit';

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
  // 李家沟村前沟组 郝二…: a group named by its hamlet (前沟组, 王庄组), not numbered, after the village: below it.
  const named = word && readsAsHamlet(word[1]!) && !PLACE_LEAD_WORD.test(word[1]!) ? /^组(?![织长员])/.exec(next) : null;
  if (named && (/^(?:$|[\s，,。；;、的])/.test(next.slice(1)) || nameAt(next.slice(1)))) return word![0] + named[0];
  return '';
}
/** The 医 of 村医 left after the village glued to it (孙庄村医反映), before the verb of saying: see readWhoAndWhat. */
const VILLAGE_DOCTOR_LEFT = /^医(?=\s?(?:也|又|就)?(?:来)?(?:反映|反应|说|讲|称|提出))/;
/** Who raised it, where, and what, from what is left: `城关村 王大爷 反映 村口路灯坏了`, run on or spaced. */
export function readWhoAndWhat(text: string, draft: TicketDraft, promises: readonly string[] = []): void {
  let rest = text;
  // A place or a person a form's label gave (地点：…, 反映人：…) stands; another one in the matter is part of it
  // (每个月要去镇上卫生院, 麦地被占).
  // The search reads the person's clauses, not the member's step (已报镇水利站: the 镇 is whom it was reported to).
  const usual =
    draft.place === undefined
      ? (placeFirst(rest) ??
        spotFirst(rest) ??
        placeAfterName(rest) ??
        findPlace(withoutRoles(rest, ['step'])) ??
        worksPlace(rest) ??
        transitPlace(rest) ??
        streetLaneFirst(rest))
      : undefined;
  // A scenic area's or a forest farm's spot (see scenic-place.ts) said before any other place, unless a village or a
  // community is named: that is where the person belongs, the spot only a landmark (东沟营林区边上的林家坪村).
  const scenic = draft.place === undefined ? scenicPlace(rest) : undefined;
  const place = scenic && (!usual || (scenic.index <= usual.index && !VILLAGE_LEVEL.test(usual.name))) ? scenic : usual;
  let afterPlace = -1;
  if (place) {
    // 去一片区走访，一片区1号院的杨光荣说…: the same place said again with its yard or building is the fuller place of
    // the person; the first was where the member went.
    const again = new RegExp(`${escapeRegExp(place.name)}(?:${UNIT}){1,2}`).exec(rest.slice(place.index + place.length));
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
    // 走了一圈1连职工小区: the words before a 连 read into its place are the visit's.
    const beforeCompany = wordsBeforeCompany(place.name);
    if (beforeCompany) {
      place.name = place.name.slice(beforeCompany.length);
      place.index += beforeCompany.length;
      place.length -= beforeCompany.length;
    }
    // 巴彦嘎查3浩特, 8连7号条田, 凤和村东约坊18号: a part of the settlement said after it, glued or after a gap.
    const part = place.length > 0 ? partAfterSettlement(place.name, rest.slice(place.index + place.length)) : '';
    if (part) {
      place.name += part.replace(/\s+/g, '');
      place.length += part.length;
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
    // 东沟营林区边上林家坪村三社: a landmark the place is near, said glued before it as a word's start, goes with it.
    const home =
      /(?:家住|住在|家在|(?:他|她)住|(?<=^|[\s，,])住)\s?$/.exec(rest.slice(0, place.index))?.[0].length ??
      (place.length > 0 ? LANDMARK_BEFORE.exec(rest.slice(0, place.index))?.[0].length : undefined) ??
      0;
    // 石桥村的，: the 的 closing the place said of the person (居民马老师，石桥村的) goes with it.
    const native = /^(?:人|的)(?=$|[\s，,。；;]|说|讲|反映)/.exec(rest.slice(place.index + place.length))?.[0].length ?? 0;
    // A stop kept inside the sentence it is said in (see transitPlace) has nothing cut.
    if (home + place.length + native > 0) rest = cut(rest, place.index - home, home + place.length + native);
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
  // 电梯老停 烦死了 5栋2单元 有人说…: with no 村/社区 named, a building with its unit, a word of its own, is an address
  // wherever it stands; the matter does not name a stairway so (去5栋2单元看了 is glued to the way there).
  const address = draft.place === undefined && !place ? ADDRESS_WORD.exec(rest) : null;
  if (address) {
    draft.place = address[1];
    rest = cut(rest, address.index, address[0].length);
  }
  const person =
    draft.raiser === undefined
      ? (describedRaiserAt(rest, Math.max(afterPlace - 1, 0)) ??
        findRaiser(withoutUnitTokens(withoutClauses(rest, promised)), afterPlace) ??
        raiserByPosition(withoutClauses(rest, promised), place ? afterPlace : -1))
      : undefined;
  // 苏布达她额吉: kin called through a pronoun, glued after the name read, is who the member means.
  const through = person ? kinThroughPronounAfter(rest.slice(person.index + person.length)) : 0;
  if (person && through) {
    person.name += rest.slice(person.index + person.length, person.index + person.length + through);
    person.length += through;
  }
  // 老宋家小子宋浩大学毕业…: the household's son named after the kin word is who.
  const named = person ? nameAfterHouseKin(person.name, rest.slice(person.index + person.length)) : undefined;
  if (person && named) {
    person.name = named.name;
    person.length += named.length;
  }
  if (person) {
    draft.raiser = person.name;
    // A name kept in the matter (see wrongedHousehold) is not cut: nothing of it goes.
    if (person.length > 0) rest = cut(rest, person.index, person.length);
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
/** A landmark glued before the place, a word's start (东沟营林区边上, 水库跟前的): see readWhoAndWhat. */
const LANDMARK_BEFORE = /(?<=^|[\s，,。；;:：])[\u4e00-\u9fa5]{2,8}?(?:边上|旁边|附近|跟前|脚下)的?$/;
/** A place at the level of a village or a community, or below one (see readWhoAndWhat). */
const VILLAGE_LEVEL = /(?:村|社区|社區|居委会?|居民区|网格|網格|嘎查|屯|寨|组|組|社|队|小区|小區|苑|新村|栋|号楼|单元)/;
/** A building and its unit at a clause's start, then 的 before the person or nothing (see readWhoAndWhat). */
const BUILDING_AS_PLACE = new RegExp(
  `(?<=^|[\\s，,。；;：:]|是|住)(${N_}(?:号楼|栋|幢|座)(?:${N_}单元)?)(?:\\d{3,4}|${N_}楼)?(的(?=\\s?(?:${ROLE})*(?:老|小)?[${SURNAMES}]))?`,
);

/** A building and its unit standing as a word of its own (5栋2单元, 3号楼1单元): see readWhoAndWhat. */
const ADDRESS_WORD = new RegExp(`(?<=^|[\\s，,。；;：:])(${N_}(?:号楼|栋|幢|座)${N_}单元)(?=$|[\\s，,。；;])`);

/**
 * What was said follows the verb of saying (今天上午我们到东湖村走访 村里的赵永福他就反映说 机耕路…): what came
 * before it is the visit, not the matter, unless nothing of substance follows (养猪场臭得很 周大爷反映的).
 */
function matterOf(rest: string, personAt: number | undefined): string {
  // Not 反映给线路科, 反映到街道: the member passing it on to a body (我帮他反映给…), after the person's own words.
  const says =
    /(?:来电|来访)?(?:反映|反应)(?!给(?!我|俺|咱)|到)(?:说|的)?[:：]?/.exec(rest) ??
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
  // a village's name often enough to stay one. 下沉社区 (cadres sent down to serve there) is the same going.
  // 想申请社区助老, 联系社区, 让社区出面: the community as the body asked.
  // 已联系社区, 也找社区: the same with the member's adverb before the verb. 和居委, 跟社区: going along with it.
  // 北面小区, 对面小区, 城中村: a direction or a kind, no name.
  /^(?:这个?|那个?|该|本|附近|周边|周围|整个|邻|隔壁|外|别的?|其他|其它|各|每个?|[\u4e00-\u9fa5]{0,2}?(?:[东西南北前后](?:面|边)|对面|旁边)|城中|(?:老旧|新建|商品房|回迁)(?=小区)|(?:已经?|也|再|还|又|就|都|要|得|会|去)?(?:下沉|下|进|找|回|申请|联系|求助|麻烦|通知|告诉|报给|让|请)(?=社区|小区|网格)|[和跟同与](?=社区|居委|村委|网格)|(?:进|找|回|出)(?=村))?(?:村|屯|镇|乡|社区|小区|居委|居民区|网格|街道|片区)|^(?:易地)?(?:扶贫)?(?:搬迁|移民)?安置(?:点|区|小区)$|^(?:车间|分厂|工业区|工业园|产业园|家属院|家属区|院落)$/;

/** A community or village the works is paired with, named only so (结对社区, 共建的村). */
const PAIRED = /(?:结对|共建|联建)的?(?:社区|村)$/;
/** A verb of saying glued before the last place word of a run (阿姨讲社区, 师傅说小区): the run is no name. */
const SAYING_BEFORE_BARE = /(说|讲|话|反映|反应|提到|提起|问)[^说讲话映应到起问]{1,3}$/;

/** A bare place word and nothing more (这个小区, 本村); BARE_PLACE alone also matches the start of 村小冒得…. */
const BARE_PLACE_ALONE = new RegExp(`^(?:${BARE_PLACE.source})$`);
/**
 * A village whose name starts with a level's character (镇靖村, 乡宁村): a name, then 村 or 社区; not 镇上, 乡里 before
 * the village's people (镇上村民). See {@link bare}.
 */
const LEVEL_WORD_NAME = /^[镇乡](?![上里下内外])[\u4e00-\u9fa5]{1,2}?(?:村|社区)(?![民委里口部干医务])/;
/** BARE_PLACE, save a name that starts with 镇 or 乡 (see LEVEL_WORD_NAME). */
const bare = (name: string) => BARE_PLACE.test(name) && !LEVEL_WORD_NAME.test(name);

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
export function placeFirst(text: string): { name: string; index: number; length: number } | undefined {
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
  // 李屋场赖家两兄弟: a house's brothers or sisters after the hamlet are people as a name is.
  const name = nameAt(after) ?? nameAt(after.slice(lead.length)) ?? HOUSE_PAIR.exec(after)?.[0];
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
export function isUnitAlone(said: string): boolean {
  if (NOT_HAMLET.test(said) || BARE_PLACE_ALONE.test(said)) return false;
  return GROUP_ONLY.test(said) || readsAsHamlet(said) || BUILDING_ONLY.test(said) || URBAN_PART.test(said);
}

const HAMLET_OR_LANE_END = new RegExp(`(?:${HAMLET_END}|里|坊|巷|弄)$`);
const RUNS_INTO_COMMUNITY = /^[\u4e00-\u9fa5]{1,4}?(?:社区|社區)(?:第?(?:\d{1,2}|[一二三四五六七八九十]{1,3})号?网格)?/;
/** The first place named in the text; a bare suffix (想社区出面) is passed over for a real name further on. */
export function findPlace(text: string): { name: string; index: number; length: number } | undefined {
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
    // 六里屯北里社区, 八里庄北里社区, 马家堡东里社区: a hamlet's or a lane's word that runs on, glued, into a community's
    // name is part of that name (Beijing's 北里, 东里 estates), not a place of its own.
    const runOn = place && HAMLET_OR_LANE_END.test(place.name) ? RUNS_INTO_COMMUNITY.exec(text.slice(place.index + place.length)) : null;
    if (place && runOn) place = { ...place, name: place.name + runOn[0], length: place.length + runOn[0].length };
    if (place) return workplace && !/(?:村|社区|社區|网格|網格)/.test(place.name) ? workplace : place;
    // 反映小区后面…, 这个小区: once the words before it are off, a bare 小区 is no place, and neither is any tail of
    // the same run (映小区, 个小区); the search goes on after it.
    const lead = PLACE_LEAD.exec(found[0])?.[0] ?? '';
    // 结对社区, 共建村: the community the works is paired with, named by no name (the named one said after it wins).
    const isBare = bare(found[0].slice(lead.length)) || PAIRED.test(found[0]);
    // Nor is any tail of a story's run (三十年村 of 当了三十年村小校长, 年挑土修镇 of 讲起当年挑土修镇雄…).
    const story = STORY_BEFORE_PLACE.test(found[0].slice(lead.length).replace(/\s+/g, ''));
    PLACE_SEARCH.lastIndex = isBare || story ? found.index + found[0].length : found.index + 1;
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
export const WORKPLACE = new RegExp(
  `(?:车间|分厂|工业区|工业园|产业园|工段)$|^(?:${WORK_SITE})$|^(?![^村屯]*[村屯])[\\u4e00-\\u9fa5]{2,3}[一二三四五六七八九十\\d]{1,2}[组线班]$|${WORK_UNIT_WHOLE.source}`,
);

/** The group after its village (see placeAt): 小组 after 村, or a village and its 小组 after the 村委会. */
function villageGroupAfter(place: string): RegExp | undefined {
  if (/村$/.test(place)) return /^(?:民)?小组(?![长织员])/;
  if (/村委会$/.test(place)) return /^\s?[\u4e00-\u9fa5]{1,4}?村(?:民)?小组(?![长织员])/;
  return undefined;
}
function placeAt(text: string, found: RegExpExecArray): { name: string; index: number; length: number } | undefined {
  // The shortest name ends at the first suffix: 新村 of 新村社区, 张庄村 of 张庄村委会 are extended to the whole.
  // A grid is the smallest part: 第11网格小区后身 is the estate in that grid, not a place called 第11网格小区.
  const grid = /网格$/.test(found[0]);
  // Nor is a 社区 or 小区 one more estate word on (东湖社区小区里头): that is the estate inside it. A 居委 (Shanghai's
  // word for the community's committee) is the community itself: 清涧居委社区卫生站 is its clinic, not a place more.
  const estate = /(?:社区|小区|居委会?|居民区)$/.test(found[0]);
  // 曹杨一村居委, 梅陇三村居委: an estate named 某村 whose committee is the 居委, one name (居委 with or without 会).
  const longer = new RegExp(
    `^${grid ? '' : `(?:${estate ? '村委会|居委会|委会|街道|片区|网格' : '社区|小区(?![里内])|村委会|居委会?|委会|街道|片区|网格'})?(?:\\s?第?[一二三四五六七八九十\\d]{1,3}号?网格)?`}${UNIT}{0,2}`,
  ).exec(text.slice(found.index + found[0].length));
  let whole = found[0] + (longer?.[0] ?? '');
  // 红星村小组, 番道村委会什密村小组: a natural village's group (村小组, 村民小组) is a place of its own, below the 村委会
  // that names it when it is written: kept whole, not cut at 村 with 小组 left in the matter (not 村小组长, a post).
  whole += villageGroupAfter(whole.trim())?.exec(text.slice(found.index + whole.length))?.[0] ?? '';
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
    // 那 starts many hamlets' names in the south (那豆屯): a pointer only as 那个, 那边 (see HAMLET_BELOW).
    if (hamlet && (!PLACE_LEAD_WORD.test(hamlet[1]!) || /^那(?![个边些里])/.test(hamlet[1]!))) whole += hamlet[0];
    // The same by the other regional words (石桥村李家冲, 柳湾村 枫树屋场, 石桥村罗家畈), when the hamlet closes a word
    // (a gap, a pause, 的) or the person follows it: not 村口沟渠, 村南河沟 (the matter's ditch), 村下岗职工.
    else whole += hamletAfter(text.slice(found.index + whole.length));
  }
  // 5组下坝屋场钟桂英, 上坪村3组塘背屋场: a hamlet named after the village's group is below the group, as it is below
  // the village (the south names its 屋场 within a 组).
  else if (/(?:\d|[一二三四五六七八九十])(?:村民小?)?(?:组|社|队)$/.test(whole.trim()))
    whole += hamletAfter(text.slice(found.index + whole.length));
  // 东区宿舍5号楼 苗师傅: a compound's building before the person (see named-unit.ts).
  whole += buildingAfterCompound(whole, text.slice(found.index + whole.length));
  // 二号住院部3楼: a unit read as a word of its own keeps a lead word's character inside it (住 of 住院部).
  let lead = NAMED_UNIT_AS_WORD.test(whole.trim()) ? '' : (PLACE_LEAD.exec(whole)?.[0] ?? '');
  // A name that holds a lead word's character (乐从镇, 在田村, 托格拉克村 read as 托格拉去村), standing as a word of its
  // own: the whole of it.
  const ownWord = found.index === 0 || /[\s，,。；;:：、(（]/.test(text[found.index - 1]!);
  // A lead word's character with one character left after it (托克逊村 read as 托去逊村) is inside the name too.
  const rest = whole.slice(lead.length).trim();
  // Not a pronoun's (他们屯, 我们村: their village, no name said).
  if (
    ownWord &&
    whole.length <= 7 &&
    (bare(rest) || (lead !== '' && rest.length <= 2)) &&
    !PLACE_LEAD_WORD.test(whole) &&
    !/(?:他|她|我|咱|俺)们?$/.test(lead) &&
    !wentToTownship(whole)
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
  if (!name || bare(name) || (GROUP_ONLY.test(name) && !groupAt) || NOT_HAMLET.test(name)) return undefined;
  // Words of a story run up to a place word (当了三十年村小校长, 讲起当年挑土修镇雄…): a span of years, or a town whose
  // "name" is a clause longer than any town's, names no place.
  if (STORY_BEFORE_PLACE.test(name)) return undefined;
  const index = found.index + lead.length;
  const end = found.index + whole.length;
  // A city, district, town or street, then the village or community in it (成华区 府青路街道 二仙桥社区): the place
  // is the 村/社区 (or 网格) the person belongs to; the levels above it are taken out with it, not left in the matter.
  // A works' or a school's unit (B厂区, 东校区: see works-unit.ts) is no district.
  const above =
    /(?:市|县|区|镇|乡|街道)$/.test(name) &&
    !WORK_UNIT_WHOLE.test(name) &&
    !NAMED_UNIT_WHOLE.test(name) &&
    !/(?:社区|小区|片区|居民区|工业区|安置区|管理区|宿舍区|生活区|(?:苑|宿舍|家属院|家属区|小区|花园|家园|新村)[一二三四五六七八九十\d]{1,2}区)$/.test(
      name,
    );
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
