// A member of staff or a body who promised something in a clause (物业说本周五前修好, 报给街道城建科了，他们说…): who
// holds the 工单 when no handing word names them.

import { clausesOf, roledClausesOf, stepTarget } from './clauses';
import { DAY, DEADLINE_SHAPE, WEEKDAY } from './due-shape';
import { isBody, MATTER_BEFORE, NOT_A_HOLDER, PARTY_ORG, PARTY_SIDE, PERSON_ONLY, RECORDER } from './holder-patterns';
import { BODY_OR_POST, KIN_NAME, PERSON, POST_AFTER_NAME, UNIT_SUFFIX } from './people';
import { unshapedStaff } from './unshaped-staff';

/** A date said in a clause: a deadline's shape, or a day alone (物业说明天给补上, 街道下周一上门). */
const CLAUSE_DATE = new RegExp(`(?:${DEADLINE_SHAPE.source})|${DAY}|${WEEKDAY}`);
/** The verb that makes the words after it a promise: 说, 讲, 答应, 承诺 (物业说本周五前修好, 老周答应这礼拜五之前). */
const PROMISING = /(?:已经)?(?:答应|承诺|表示|保证|说好|讲好|说|讲)(?:了)?(?:会|就)?$/;
/** Whom the member told or handed it to, ending the clause before a pronoun's promise (我报给街道城建科了，他们说…). */
const TOLD_IN_CLAUSE =
  /(?:报给|报到|报|转给|转到|交给|反映给|跟|给|联系了?|找了?|问了?|打给)(.+?)(?:说了?|讲了?|打(?:了个?)?电话了?|反映了?|了)?$/;
/** A pronoun for whom the member told, or a subject left out (…报镇交通办 讲三天内派人来清). */
// 俺跟村医老孙说了 叫他明天上门: the member sending the one just told (叫他, 让她) is the same pronoun.
const TOLD_PRONOUN = /^(?:(?:叫|让|请|喊)?(?:他们|她们|他|她)|人家|对方|那边)?$/;
/** Handing it over right after the date (…前叫社区李主任给个说法): the verb and whom, then their work. */
const HANDED_AFTER_DATE =
  /^((?:就|再)?(?:叫|让|请|喊)([\u4e00-\u9fa5]{2,10}?))(?=给|去|来|帮|把|回|答复|回复|跟|联系|上门|牵头|负责|处理|协调|调解|查)/;
/** The member and whom they go with (我跟调解员锁阿舅一块去, 俺和村医小杨一起): that person holds it too. */
const WITH_MEMBER = /((?:我|俺|咱)(?:们)?(?:跟|和|同)([\u4e00-\u9fa5]{2,10}?)(?:一块儿?|一起|一道|一同))/;
/** The body or post a person is named by, before the name (供热站老周, 物业经理张立军, 社区民政王姐). */
// A works' department or its trade said before the name (财务小郑, 宿管陈姐, 人事小吴, HR小林, IT徐磊): staff, as 物业 is.
// The member's own office said so (所里小林律师, 我们所钱律师, 站里老周): staff of that office.
const NAMED_BY_WORK = new RegExp(
  `(?:${UNIT_SUFFIX}|(?:(?:所|站|院|局|科|室)里|(?:我们|咱们|俺们|我|咱|俺)(?:所|站|院|局|科|室|中心|公司|单位))[小老]?|员|长|理|任|工|书记|支书|医生|老师|民警|社工|[^\\s]口|学校|联校|中心校|完校|村校|乡校|镇校|分校|总校|小学|中学|村小|医院|财务|人事|行政|后勤|保卫|安保|宿管|食堂|工会|(?<![A-Za-z])(?:HR|IT|hr))$`,
);

/**
 * Who promised, read as a body or a member of staff: the body itself (街道平安办), or the person after the body or post
 * they are named by (供热站老周 → 老周). Not a person called by kin alone (王大爷), the member, or a clause.
 */
export function promiserName(subject: string): string | undefined {
  // 学校的杨主任, 服务站的付医生: the body's 的 before its member of staff.
  const said = subject
    .replace(/(?:和|跟|同)(?:我|俺|咱)(?:们)?$/, '')
    .replace(/^(?:已经|已|就|也|还)/, '')
    // 车间唐主任: the works' part, a body the person works in, not a surname (车) and a name.
    .replace(/^(?:车间|厂里|厂部|班组|工段)的?(?=[\u4e00-\u9fa5]{2})/, '')
    .replace(new RegExp(`的(?=(?:${PERSON})$)`), '');
  // A body promising (物业说本周五前修好, 街道平安办答应月底前…) names no member: the recorder holds it and follows the
  // body up, as the tests and most writers read it (see readDraft's holder patterns).
  if (!said || RECORDER.test(said) || isBody(said)) return undefined;
  // Longest first: 社区韩卫东主任 is 韩卫东 the 主任 of the 社区, not 卫东主任 after a body read as 社区韩.
  for (let length = Math.min(said.length, 5); length >= 2; length--) {
    const person = said.slice(-length);
    const work = said.slice(0, -length);
    if (!PERSON_ONLY.test(person) && !KIN_NAME.test(person)) continue;
    if (NOT_A_HOLDER.test(person)) continue;
    // 施工方只说…: the 方 of a party read as a surname.
    if (/^方/.test(person) && PARTY_SIDE.test(work)) continue;
    if (work === '' && PERSON_ONLY.test(person) && !KIN_NAME.test(person)) return person.replace(POST_AFTER_NAME, '$1');
    if (work !== '' && (NAMED_BY_WORK.test(work) || isBody(work) || BODY_OR_POST.test(work))) return person.replace(POST_AFTER_NAME, '$1');
  }
  // 学校德吉老师, 交警中队扎西队长, 乡社保所拉姆: a name of no Han surname's shape, by its post or its body.
  return unshapedStaff(said, (work) => NAMED_BY_WORK.test(work) || isBody(work) || BODY_OR_POST.test(work));
}

/**
 * The promise read by its clause, when no holder pattern read one (…物业说明天给补上, 社区卫生站说3.20前给他重新办下来,
 * 水利站3.12前来看, 已经转给市场监管所 他们说3.13之前去查): the clause holding the promised date starts with who
 * promised it, a body or a member of staff, with a verb of saying or promising or none before the date. A pronoun, or
 * no subject before the verb, stands for whom the member told or handed it to in the clause before. A person named
 * earlier as the one speaking (孙建平说… 孙建平答应…) raised it; their own promise is the matter.
 */
export function promiserOfClause(text: string): { name: string; index: number; length: number; day?: string } | undefined {
  const clauses = clausesOf(text);
  for (const [at, clause] of clauses.entries()) {
    const date = CLAUSE_DATE.exec(clause.words);
    if (!date) continue;
    const before = clause.words.slice(0, date.index);
    const day = DEADLINE_SHAPE.exec(clause.words)?.index === date.index ? undefined : date[0];
    // 下礼拜三前叫社区李主任给个说法: the member, by the date, hands it to the person they name after it (a body asked
    // after the date, 本周五前请供电所来检查, is asked to do the work, as the writers read it: no holder).
    const handed = /^(?:我|俺|咱)?(?:们)?$/.test(before) ? HANDED_AFTER_DATE.exec(clause.words.slice(date.index + date[0].length)) : null;
    const handedTo = handed ? promiserName(handed[2]!) : undefined;
    if (handed && handedTo) return { name: handedTo, index: clause.index + date.index + date[0].length, length: handed[1]!.length, day };
    // 明天我跟调解员锁阿舅一块去调解: the one the member goes with holds it with them.
    const together = WITH_MEMBER.exec(clause.words);
    const partner = together ? promiserName(together[2]!) : undefined;
    if (together && partner) return { name: partner, index: clause.index + together.index, length: together[1]!.length, day };
    const verb = PROMISING.exec(before)?.[0] ?? '';
    const subject = before.slice(0, before.length - verb.length);
    const shaped = DEADLINE_SHAPE.exec(clause.words)?.index === date.index;
    let name: string | undefined;
    // 班主任符老师和我 下礼拜一一起去家访: the one named with the member, a clause before a date that starts its own.
    const withMember = at > 0 && !subject && !verb ? clauses[at - 1]! : undefined;
    if (withMember && /(?:和|跟|同)(?:我|俺|咱)(?:们)?$/.test(withMember.words)) {
      const named = promiserName(withMember.words);
      if (named) return { name: named, index: withMember.index, length: withMember.words.length, day: shaped ? undefined : date[0] };
    }
    if (TOLD_PRONOUN.test(subject)) {
      // Told in the clause before: 我跟供热站说了 他们说…; a subject left out needs its verb (讲三天内…).
      if ((!subject && !verb) || at === 0) continue;
      const told = TOLD_IN_CLAUSE.exec(clauses[at - 1]!.words);
      name = told ? promiserName(told[1]!) : undefined;
    } else {
      name = promiserName(subject);
      // A body with no verb before the date must be given the date outright (水利站3.12前来看), or a day then its work.
      if (name && !verb && !shaped && !/[长任师生警]$/.test(name)) name = undefined;
      // A person named by no work must come after some of the matter: named first, they raised it.
      if (name && name === subject && !MATTER_BEFORE.test(text.slice(0, clause.index))) name = undefined;
      // The person who raised it, named earlier not by their work, promising: their words (孙建平说…孙建平答应…).
      if (name) {
        const earlier = text.slice(0, clause.index).lastIndexOf(name);
        // Named earlier by the body's 的 or as whom the member reached (联系了服务站的付医生): staff too.
        const named = text.slice(Math.max(0, earlier - 4), earlier).replace(/的$/, '');
        if (earlier >= 0 && !NAMED_BY_WORK.test(named) && !/(?:联系|找|问|打给|跟|叫|请)了?$/.test(named)) name = undefined;
      }
      // Kin words alone (王大爷说明天…) are the person's, unless the body they work for is said before them; a trade
      // called after the surname (工程部田师傅说明天来焊) is staff as a doctor is.
      if (name && KIN_NAME.test(name) && !/(?:姐|哥|医生|老师|大夫|师傅)$/.test(name)) name = undefined;
      if (name && KIN_NAME.test(name) && subject === name) name = undefined;
    }
    if (!name) continue;
    return { name, index: clause.index, length: before.length, day: shaped ? undefined : date[0] };
  }
  return undefined;
}

/** A verb of promising, then what will be done with no date yet (说过几天去谈, 答应帮他办, 说要列进计划, 说尽快研究). */
const PROMISED_UNDATED =
  /^(.{2,14}?)((?:已经)?(?:答应|承诺|表示|说|讲)(?:了)?)(?=要|会|去(?!年|世)|来(?!年|的)|帮|给|尽快|抓紧|过几天|过两天|马上|争取|研究|考虑)/;

/**
 * A member of staff named by their body or post (社区付主任, 卫生服务站的何医生, 改造办的陈工) promising something with no
 * date (说过几天去谈, 答应帮他办): they hold it, and the dialogue asks for the date. Not a person named by no work
 * (王大爷说要去…): that is the person's own word, the matter.
 */
export function staffPromiseUndated(text: string): { name: string; index: number; length: number; day?: string } | undefined {
  for (const clause of clausesOf(text)) {
    const promise = PROMISED_UNDATED.exec(clause.words);
    // Said after some of the matter: one saying it first (社员杨成福说…) raised it.
    if (!promise || !MATTER_BEFORE.test(text.slice(0, clause.index))) continue;
    const subject = promise[1]!;
    const name = promiserName(subject);
    if (!name || subject.replace(/的/g, '') === name) continue;
    if (KIN_NAME.test(name) && !/(?:姐|哥|医生|老师|大夫)$/.test(name)) continue;
    return { name, index: clause.index, length: subject.length + promise[2]!.length };
  }
  return undefined;
}

/**
 * A body the member reported the matter to, in a step clause of its own, with the promise said right after it and no
 * one else's (已报镇水利站，月底前处理; 报了镇应急办 今天下午就来看; 已经报给城管中队了，让他们3天内来处理): the body
 * holds it. Not a body told, then their own words (…城建科了 他们说…: see promiserOfClause), nor a promise word
 * between (已报街道城建办，承诺…: the member's own promise).
 */
export function reportedBody(text: string): { name: string; index: number; length: number; day?: string } | undefined {
  const clauses = roledClausesOf(text);
  for (const [at, clause] of clauses.entries()) {
    const next = clauses[at + 1];
    const promise = next ? PROMISE_FOLLOWS.exec(next.words) : null;
    if (clause.role !== 'step' || !promise || !REPORTED.test(clause.words)) continue;
    const body = stepTarget(clause.words)?.replace(/^(?:镇上|镇里|县上|县里|区里|市里)的?(?=[\u4e00-\u9fa5]{2})/, '');
    // 后天来看, 今天下午就来看: a day alone after the body is the day promised, as after a holder's name.
    const day = promise.groups!.shaped === undefined ? promise.groups!.day : undefined;
    // A team of the town or county (镇综合执法队, 县防汛工作组) is a body there too.
    if (body && (isBody(body) || TOWN_TEAM.test(body)) && !PARTY_ORG.test(body))
      return { name: body, index: clause.index, length: clause.words.length, day };
  }
  return undefined;
}
/**
 * Reporting it up (已报, 报了, 报给, 上报, 已对接): the body then acts (passing it on, 转给, 交给, is read by the holder
 * patterns). The member's own errand to a
 * body (我去问镇海洋渔业站, 我跟镇海洋渔业站对接, 我对接县人社局) keeps it with the member.
 */
const REPORTED = /^(?:已经?|(?:我|俺|咱)(?:们)?(?:已经?)?)?(?:上报|报(?![名销案警价道告纸表废])(?:了|给|到)?)|^已经?对接/;
const TOWN_TEAM = /^(?:镇|乡|县|区|街道|市)[\u4e00-\u9fa5]{2,10}(?:队|组)$/;
/** A day said by name, ahead or not (明天, 下周一): the day of a plan (see plannedDay). */
export const DAY_ALONE = new RegExp(`${DAY}|${WEEKDAY}`);
/**
 * Who will do the planned work, said before its day (物业说, 热力公司的人, 我约了物业公司和业委会, 支部): it goes out of
 * the matter with the plan; anything else before the day (路灯坏了明天去看) is the matter and stays.
 */
export const PLAN_SUBJECT = new RegExp(
  `^(?:.{0,12}(?:说|讲|答应|表示)|.*约(?:了|好)?.*|(?:我|俺|咱)(?:们)?|[\\u4e00-\\u9fa5]{0,8}?(?:${UNIT_SUFFIX}|社区|村里|镇上|镇里|乡里|县里|街道|物业|他们|她们|的人|员|长|主任|书记|师傅))$`,
);
/** A clause that opens with the date promised, or hands the work back to them first (让他们3天内来处理). */
const PROMISE_FOLLOWS = new RegExp(
  `^(?:(?:让|叫|请)(?:他们|她们|他|她))?(?:(?<shaped>${DEADLINE_SHAPE.source})|(?<day>${DAY}|${WEEKDAY}))`,
);
