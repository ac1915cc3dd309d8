// The reading of one recording message into a draft (readDraft): the frame, the labels, the holder and the promise, the
// date, who raised it, where and what, in that order; parse.ts cleans what it gives back.

import { escapeRegExp } from '../../../knowledge';
import { FORWARDED } from '../../core/message';
import { parseDeadline } from '../../scheduler/parse/deadline';
import { categoryNamed, readCategory } from './category';
import { clausesOf, plannedDay, roledClausesOf } from './clauses';
import { cleanContent } from './content';
import { HASTE_WORD, hasteIsNoDate, PROMISED_ACTION, readDeadline } from './due';
import { DAY, DEADLINE_SHAPE } from './due-shape';
import {
  AFTER_MATTER,
  BODY_POST_THEN,
  BY_DATE,
  CLAUSE_WORDS,
  DATE_ONLY,
  DATED,
  DAY_AFTER_HOLDER,
  DAY_SAID_BY_HOLDER,
  DAY_THEN_PERSON,
  ERRAND,
  firstUnshapedAtWork,
  gluedHolder,
  HANDED_OUTRIGHT,
  HANDING,
  HELD_DAY,
  HOLDER_IN_OFFICE,
  HOLDER_OF_TRADE,
  HOLDER_PATTERNS,
  HOLDER_ROLE,
  isBody,
  MATTER_BEFORE,
  NAME_THEN_HOLDS,
  NAME_THEN_HOLDS_ALONE,
  NOT_A_HOLDER,
  nameAfterPosts,
  PARTY_ORG,
  PARTY_SIDE,
  PERSON_ONLY,
  POST_AFTER_THEN_WORK,
  POST_BEFORE_UNSHAPED,
  POST_IN_BRACKETS,
  POST_WORD_BEFORE,
  POSTED_PROMISE,
  PROMISED_BY,
  RECORDER,
  SAID_BEFORE,
  SAID_BY_DATE,
  STAFF_AT_WORK,
  STAFF_LAST,
  TOLD,
  UNIT_ONLY,
  UNSHAPED_AT_WORK,
  UNSHAPED_HANDED,
  UNSHAPED_PROMISED,
  unshapedWithPosts,
} from './holder-patterns';
import { ANONYMOUS_SAID, bracketLabels, readLabels, readPhone } from './labels';
import {
  ASAP_THEN_DAY,
  CATEGORY,
  CATEGORY_ALONE,
  COMMAND,
  cut,
  FILLERS,
  FOLLOW_UP,
  GREETING,
  NET_SLANG,
  OFFICE_ENGLISH,
  SOFT,
  SPOT,
  SPOT_SAID,
  THANKS,
} from './message-frame';
import { nameAt, unshapedName } from './name-shape';
import { transliterated } from './names';
import { MEDIATED, outcomeSaidLast, SOLVED, SOLVED_THERE } from './on-spot';
import { solvedSaidOtherwise } from './on-spot-said';
import { memberTalksWith } from './own-errand';
import type { ParseContext, TicketDraft } from './parse';
import {
  ALIAS_IN_BRACKETS,
  BODY_OR_POST,
  DOTTED_THEN_KIN,
  FULL_NAME,
  KIN,
  KIN_NAME,
  NEIGHBOUR,
  POST_AFTER,
  POST_AFTER_NAME,
  ROLE,
  SURNAMES,
  UNIT_SUFFIX,
} from './people';
import { findPlace, isUnitAlone, readWhoAndWhat, WORKPLACE } from './place-reading';
import { DAY_ALONE, PLAN_SUBJECT, promiserName, promiserOfClause, reportedBody, staffPromiseUndated } from './promiser';
import { BARE_POST_READ, sentAfterPosts } from './sent-posted';
import { workerWhoSolvedIt } from './spot-worker';
import { toldAndSent } from './told-holder';

/** A form's label for the one who holds it (负责人：, 跟进：): see the brackets after a labelled name. */
const HOLDER_LABEL = /^(?:责任人|负责人|承办人|经办人|处理人|办理人|跟进人|包联人|包抓人|负责|跟进)/;
/** A person, named by a post or not, standing alone as the last clause of the matter (see readDraft). */
function holderSaidLast(content: string, raiser: string): { name: string; index: number } | undefined {
  const clauses = clausesOf(content);
  const last = clauses[clauses.length - 1];
  if (!last || clauses.length < 2) return undefined;
  const name = promiserName(last.words) ?? (PERSON_ONLY.test(last.words) && !KIN_NAME.test(last.words) ? last.words : undefined);
  if (!name || name === raiser || NOT_A_HOLDER.test(name) || content.slice(0, last.index).includes(name)) return undefined;
  // 镇民政办说这周五前查好: the words said after a verb of saying (查好, the date read out) are what was promised, no name.
  if (/(?:说|讲|答应|表示|承诺)了?$/.test(clauses[clauses.length - 2]!.words)) return undefined;
  return { name: name.replace(POST_AFTER_NAME, '$1'), index: last.index };
}

/**
 * 俺跟场部人社的高姐说了 高姐说月底前…: one called by kin (高姐, 李哥) whom the member told, named with the body they work
 * for and 的, is staff there, not a neighbour raising a matter; their promise after is the holder's.
 */
function toldAsStaff(before: string, name: string): boolean {
  return new RegExp(`(?:跟|和|同|给|找|问)[^\\s，,。；;]{1,8}?的${escapeRegExp(name)}(?:说|讲|反映|打了招呼)了?`).test(before);
}

/** The member and whom they went with (我同调解员…, 俺跟网格员…): see readDraft. */
const WENT_WITH_MEMBER = /(?:我|俺|咱)们?\s*(?:跟|和|同)/;
/** The rest of the clause after a holder pattern's match. */
const clauseAfter = (text: string, match: RegExpExecArray) => /^[^\s，,。；;]*/.exec(text.slice(match.index + match[0].length))![0];

export function readDraft(working: string, context: ParseContext): TicketDraft {
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
  // Not a class's number (高三(7)班学生家长…): the grade and class go on after it (see readLabels).
  // 姓名：王桂兰（留守老人，78岁）, 负责人：林子萱（本人）, 负责：王建国（村会计）: on a form, what is in brackets after a labelled name says who
  // the person is, not their name, and is no part of the matter either.
  text = text.replace(
    /((?:姓名|反映人|提出人|来访人|来电人|诉求人|求助人|投诉人|当事人|报事人|群众姓名|走访对象|责任人|负责人|承办人|经办人|处理人|办理人|跟进人|包联人|包抓人|负责|跟进)\s*[:：]\s*[^\s，,。；;:：（(]{2,8})\s*[（(]([^()（）]{1,30})[)）](?!班)/g,
    // Not a place in the brackets (张阿婆（莘松三村）): that is where the person lives, read with the name.
    // With more than the place (韦德荣（弄怀屯村民，电话139…）), only the place is kept there; the phone is read apart.
    // A building or a group alone after the person who raised it (王桂兰（7栋）, 杨大妈（三社）) is where they live as
    // well; after the one who holds it, it says nothing of the place.
    (whole, labelled: string, inside: string) => {
      if (isUnitAlone(inside.trim()) && !HOLDER_LABEL.test(labelled)) return whole;
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
      // 由钱律师和居委调解员一起: a body joined after the person with 和 (a surname too) is who goes along, not the name.
      .replace(/(?<=[\u4e00-\u9fa5]{2})[和跟同与](?:居委|社区|村委|物业|街道|派出所|司法所|调委|网格)[\u4e00-\u9fa5]{0,3}$/, '')
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
    // 俺答应月底前跟农业科刘科长对接好: whom the member will talk it over with holds nothing (see own-errand.ts).
    const namedAt = holder.index + holder[0].indexOf(holder[1]!);
    if (memberTalksWith(text, namedAt, namedAt + holder[1]!.length)) continue;
    // 施工方只说尽快来看, 对方就讲…: the 方 of a party (施工方, 对方, 厂方) read as a surname names no one.
    if (/^方/.test(name) && PARTY_SIDE.test(text.slice(0, text.indexOf(name, namedAt)))) continue;
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
    // 今天我同调解员钟建华去现场量了: staff who went with the member and did the work (了, the clause's end) helped the
    // member there; they hold nothing ahead (我跟调解员老锁明天一块去调解 does: the work is still to do, and so does
    // 我跟城建科老孙约好了: an arrangement, not work done).
    if (
      pattern === STAFF_AT_WORK &&
      WENT_WITH_MEMBER.test(holder[0]) &&
      /^(?:一起|一块儿?|一道)?(?:去|到|过去|上)[^\s，,。；;]{0,10}?了$/.test(clauseAfter(text, holder))
    )
      continue;
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
    // 场部卫健办说下周一前给补上: an office read as a surname and a name (卫健办) is a body promising, which names no
    // member (see promiserName): the member recording it holds it and follows the body up.
    if (pattern === SAID_BY_DATE && isBody(name)) continue;
    // 王大爷去办低保被拒了: a person called by kin (大爷, 婶) doing something, with no word handing it over, is the one
    // who raised it, not a member holding it.
    const before = holder[0].slice(0, holder[0].indexOf(holder[1]!));
    if (
      KIN_NAME.test(name) &&
      !toldAsStaff(text.slice(0, holder.index), name) &&
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
  // 让 苏木 兽医 阿木 后天 过来, 叫妇联小蓝每周去: the person sent, named after their body and post (see sent-posted.ts).
  if (!draft.holder) {
    const sent = sentAfterPosts(text);
    if (sent) draft.holder = sent;
  } else if (BARE_POST_READ.test(draft.holder)) {
    // 请包村干部多杰和学校老师一起上门: the post read alone (老师) is no one; the person named after their post is.
    const sent = sentAfterPosts(working);
    if (sent) draft.holder = sent;
  }
  if (!draft.holder) {
    const promised = promiserOfClause(text) ?? staffPromiseUndated(text) ?? toldAndSent(text);
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
  // 电工周师傅正好在村里 当场换了灯泡: the worker named by trade who solved it there holds it (see spot-worker.ts).
  if (draft.onSpot && !draft.holder) {
    const worker = workerWhoSolvedIt(working);
    if (worker) draft.holder = worker;
  }
  // 我 给 约上了, 当场打电话问了 已经告诉她了, 这个办结: solved there in words of the last clause (see on-spot-said.ts).
  if (!draft.onSpot && !draft.due && !draft.dueProblem && !draft.holder && solvedSaidOtherwise(text)) draft.onSpot = true;
  return draft;
}
