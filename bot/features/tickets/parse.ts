import { escapeRegExp } from '../../../knowledge';
import { bodyPromisedItself } from './body-promise';
import { CATEGORIES, type Category, categoryNamed, guessCategory } from './category';
import { readDraft } from './draft';
import { HARBOUR_END } from './harbour-place';
import { NAMED_UNIT_WHOLE } from './named-unit';
import { claimantAgainst, ownerOfHarm } from './owner-harms';
import { ALIAS_IN_BRACKETS, KIN, KIN_NAME, KIN_OF, SURNAMES } from './people';
import { placeLevel, readsAsPlaceName } from './place';
import { endsInPart } from './place-chain';
import { findPlace } from './place-reading';
import { isUnitWord } from './raiser-after-chain';
import { nameAfterOwnUnit } from './raiser-described';
import { householdSaying, withoutHouseLeft } from './raiser-household';
import { SCENIC_END } from './scenic-place';
import { asTyped, withoutOfficialFrame, withoutSpokenFor, workingText } from './spoken';
import { SPOT_END } from './spot-place';
import { isTransitPlace } from './transit-place';
import { withoutBodyBeforePost } from './unshaped-staff';
import { WORK_UNIT_WHOLE } from './works-unit';

export { hasteIsNoDate, readDue } from './due';
export { readPhone } from './labels';
export { WORK_SITE } from './place-patterns';
export { readWho } from './who-reply';
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
  if (draft.raiser !== undefined) draft.raiser = nameAfterOwnUnit(draft.raiser);
  // 老马家反映, 李红梅家反映: the household said it.
  if (draft.raiser !== undefined && householdSaying(draft.raiser, work) !== draft.raiser) {
    draft.raiser = householdSaying(draft.raiser, work);
    if (draft.content) draft.content = withoutHouseLeft(draft.content);
  }
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
  // 雷家阿伯来讲: after a kin word the 来 is coming to say it, never a character of the name; so after an old
  // person's word (何家老婆子来讲, 老陈头来说, 张老汉来反映) and a master's (苏老师傅来讲).
  const cameToSay = draft.raiser === undefined ? -1 : work.indexOf(draft.raiser);
  if (
    draft.raiser !== undefined &&
    /(?:[伯婶叔姨婆公爷奶哥姐嫂妹娘伢仔]|婆子|老头子?|老汉|老倌|老太|师傅)来$/.test(draft.raiser) &&
    cameToSay >= 0 &&
    /^(?:讲|说|反映|反应)/.test(work.slice(cameToSay + draft.raiser.length))
  )
    draft.raiser = draft.raiser.slice(0, -1);
  if (draft.raiser !== undefined && unsureRaiser(draft.raiser)) delete draft.raiser;
  // 刘家来讲钟家…, 苏老师傅来说…: coming to say it, right after who raised it, is no word of the matter.
  if (draft.raiser !== undefined && draft.content && work.includes(`${draft.raiser}来`))
    draft.content = draft.content.replace(/^来(?:说|讲|反映|反应)[，,:：\s]*/, '');
  // 李建国家的狗咬人: the owner of the thing that did the harm is the other party, not who raised it; the dialogue asks.
  const harm = draft.raiser === undefined ? undefined : ownerOfHarm(draft.raiser, draft.content, work);
  if (harm !== undefined) {
    const claimant = claimantAgainst(draft.raiser!, work);
    draft.content = harm;
    // 沙马尔哈要海来家赔: the one who asks the owner to pay is the party harmed, who brought it.
    if (claimant !== undefined && !unsureRaiser(claimant)) draft.raiser = claimant;
    else delete draft.raiser;
  }
  // 团部农业科, 场部社保科: an office of a 团 or a farm, named with its seat as 镇民政办 is with its 镇; the seat read as a
  // post before a person (农 is a surname) would leave 农业科 alone.
  if (draft.holder !== undefined && /^[\u4e00-\u9fa5]{2,5}(?:科|股|办|站|所|室)$/.test(draft.holder)) {
    const at = work.indexOf(draft.holder);
    const seat = at >= 2 ? /(?:团部|师部|场部|连部)$/.exec(work.slice(0, at))?.[0] : undefined;
    if (seat) draft.holder = seat + draft.holder;
  }
  // 报 苏木, 苏木 说 三天内: a level's word alone (苏 is a surname) names no one who holds it.
  if (draft.holder !== undefined && isUnitWord(draft.holder)) delete draft.holder;
  // 乡综治办泽仁主任负责: the body read into a name of no Han surname's shape, its post glued after it.
  if (draft.holder !== undefined) draft.holder = withoutBodyBeforePost(draft.holder, work);
  // 路政所答应一周内修: a body promising the day itself holds nothing of the branch's (see body-promise.ts).
  if (draft.holder !== undefined && bodyPromisedItself(draft.holder, work)) delete draft.holder;
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
  // 346路车上, 街上: where something happened (on the bus, in the street), read as a surname (路) and more; no name.
  if (/[车路船街]上$/.test(raiser)) return true;
  // A place's name (two characters or more) and its word, then more: not a post named by the place (村医, 老村长); a
  // given name with 阿 (阿里, 阿庄) ends as a place may and is a name.
  if (
    /[\u4e00-\u9fa5]{2}(?:村|社区|社區|寨|屯|弄|坊|巷|小区|小區|网格)(?=.)|(?:单元|号楼|栋)(?!长)(?=.)|(?<!^阿)[里坊弄巷寨屯村庄堡院]$/.test(
      raiser,
    )
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
  // A household (罗家来反映, 刘家来找我): 家 after a surname is the family, come to say it or to find the member; a given
  // name in 家 then 来 is rare beside it.
  if (/家$/.test(raiser) && /^来(?:找|反映|反应|说|讲|问|投诉)/.test(typed.slice(at + raiser.length))) return false;
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
  /(?:村|社区|社區|居委会?|村委会|居民区|网格|網格|嘎查|农场|林场|牧场|屯|组|組|队|小区|小區|苑|花园|家园|公寓|新村|号楼|栋|幢|单元|座|弄|庄|营|寨|堡|铺|湾|坪|岗|洼|疃|埠|垭|哨|坳|坞|坡|峁|塬|围|屋场|塆|冲|垄|垅|畈|垸|圩|厝|埔|街道|镇|乡|苏木|片区|院|区|社|巷|里|坊|峪|沟|岭|坝|街|路|市|县|旗|车间|分厂|点|园|号|室|层|楼|户|院落|连|连队|排|团|团场|总场|分场|作业站|宿舍|宿舍楼|公寓楼|厂房|食堂|门|门岗|线|班|工段|(?<=[\u4e00-\u9fa5]{2})部|\d|[Xx×＊*])$/;
/**
 * The 村/社区 as read, when it has not a place's shape: it neither ends in a place's word nor is a place name alone, or it has swallowed words of
 * the matter (的, 了, 门口, 旁边…). The dialogue asks for it rather than record it.
 */
export function unsurePlace(place: string): boolean {
  // A unit named by its kind (篁园市场, 石桥村小学旁: see named-unit.ts) has its shape by its grammar, the side of a
  // landmark included.
  if (NAMED_UNIT_WHOLE.test(place)) return false;
  // A village or neighbourhood named without 村 or 社区 (城关, 东关, 柳湾), as its people write it: a place name jieba knows.
  if (
    !PLACE_SHAPE.test(place.replace(/\s/g, '')) &&
    !HARBOUR_END.test(place) &&
    !SPOT_END.test(place) &&
    !WORK_UNIT_WHOLE.test(place) &&
    !isTransitPlace(place) &&
    !SCENIC_END.test(place) &&
    !readsAsPlaceName(place) &&
    !endsInPart(place)
  )
    return true;
  return /的|了|门口|门前|旁边|附近|对面|后面|前面|里面/.test(place);
}

/**
 * A field read with the gaps inside it closed (華阳社区 5号楼 → 华阳社区5号楼) is not found as a run of the working text
 * by asTyped: it is found here with a gap allowed between its characters, and given back as typed, gaps closed.
 */
function typedAcrossGaps(value: string, work: string, typed: string): string {
  if (work === typed || work.length !== typed.length || /\s/.test(value) || work.includes(value)) return value;
  const spread = new RegExp([...value].map(escapeRegExp).join('\\s?'));
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
