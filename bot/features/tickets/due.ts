// The promised date (承诺哪天前): read out of the message (readDeadline) or typed as the answer (readDue); haste is no date.

import { DEADLINE_EXAMPLES, type DeadlineResult, parseDeadline } from '../../scheduler/parse/deadline';
import { festivalAsDate } from '../../scheduler/parse/festival';
import { localDate } from '../../time';
import { BEFORE, DAY, DEADLINE_SHAPE, END_OF_DAY, NUM, WEEKDAY } from './due-shape';
import { NORTHERN_ERRAND } from './member-errand';
import { cut, PROMISE_WORD } from './message-frame';
import { MEMBER_GOES_TO_ASK } from './own-asking';
import type { ParseContext, TicketDraft } from './parse';
import { UNIT_SUFFIX } from './people';

/**
 * The promised date: after a promise word (承诺就是月底前把它弄好, 承诺明天给答复) whatever follows it, else the first
 * phrase shaped like a deadline anywhere (交给刘红办本周五前, 十天内回话). Returns the text without it.
 */
export function readDeadline(text: string, context: ParseContext, draft: TicketDraft): string {
  const today = localDate(context.from, context.zone);
  // A match whose first group is a day: when the day reads, it is the promise and the match leaves the text.
  const dayPromised = (match: RegExpExecArray | null): string | undefined => {
    const result = match ? parseDeadline(match[1]!, context) : undefined;
    if (!match || !result?.ok) return undefined;
    draft.due = result.date;
    return cut(text, match.index, match[0].length);
  };
  const promise = PROMISE_WORD.exec(text);
  if (promise) {
    const after = text.slice(promise.index + promise[0].length);
    const words = /^(?:[\s:：]|的|是|为|就|在|于|到|呢|吧|嘛|呀|啊)*/;
    let lead = words.exec(after)![0];
    let phrase = /^[^\s，,。；;！!]*/.exec(after.slice(lead.length))![0];
    const read = (said: string) => readDue(festivalAsDate(byHours(dayOfMonth(said.replace(/[吧呢]/g, ''))), today), context);
    // A pause after the word (deadline，3月10号, 承诺，月底前) as voice input writes it: taken only when a date
    // follows it.
    if (!phrase && /^[,，]/.test(after.slice(lead.length))) {
      const paused = /^(?:[\s:：,，]|的|是|为|就|在|于|到|呢|吧|嘛|呀|啊)*/.exec(after)![0];
      const next = /^[^\s，,。；;！!]*/.exec(after.slice(paused.length))![0];
      if (next && read(next).ok) {
        lead = paused;
        phrase = next;
      }
    }
    // 月底 前 房主 联系 清理 答应 了: the promise word said last, as a verb-last speaker does, with only its 了 after
    // it: no date follows it; the date said before it is read below.
    // 我答应去跟学校商量 月底前给她回话: what was promised said first, its date after it: the date is read below.
    const errandThenDate =
      phrase !== '' && !DEADLINE_SHAPE.test(phrase) && !read(phrase).ok && DEADLINE_SHAPE.test(after.slice(lead.length + phrase.length));
    if (phrase && !/^[了啦的过]+$/.test(phrase) && !errandThenDate) {
      const result = read(phrase);
      if (result.ok) draft.due = result.date;
      else draft.dueProblem = result.reason;
      return cut(text, promise.index, promise[0].length + lead.length + phrase.length);
    }
  }
  const shaped = DEADLINE_SHAPE.exec(text);
  if (shaped) {
    // The action promised (办结, 给答复) goes with the date.
    // Typed word by word (三天内 回复, 月底前 答复), the answer promised stands after a gap, alone as a word.
    const action =
      PROMISED_ACTION.exec(text.slice(shaped.index + shaped[0].length))![0] ||
      (GAP_ACTION.exec(text.slice(shaped.index + shaped[0].length))?.[0] ?? '');
    const after = text.slice(shaped.index + shaped[0].length + action.length);
    // 15日前 then a pause or the work promised is a day of the month (15号前), not fifteen days ago (3日前就坏了).
    const phrase = festivalAsDate(byHours(action || /^(?:$|[\s，,。；;])/.test(after) ? dayOfMonth(shaped[0]) : shaped[0]), today);
    const result = parseDeadline(phrase.replace(new RegExp(`(?<=.)(?:${END_OF_DAY})(?=${BEFORE}$)`), ''), context);
    if (result.ok) draft.due = result.date;
    else draft.dueProblem = result.reason;
    return cut(text, shaped.index, shaped[0].length + action.length);
  }
  // A day said alone at the very end (…帮她办 这周五, …月底, …3.10): the promise, said without 前.
  const last = dayPromised(LAST_DAY.exec(text));
  if (last !== undefined) return last;
  // The member's own follow-up on a day, when nothing else is promised (俺明天联系保洁公司, 明天我给他送过去,
  // 下周三到村委会调解, 明天回访): the day the member will act is the day promised; the plan is not the matter.
  const own = MEMBER_DAY.exec(text);
  if (own) {
    const result = parseDeadline(own[1]!, context);
    if (result.ok) {
      draft.due = result.date;
      // 约了明天再聊: the arranging goes with the day, it is no part of the matter.
      const arranged =
        /(?:约(?:了|好)?(?:双方|两家人?|两边|他|她|他们|她们)?|(?:我|俺|咱)?(?:们)?(?:准备|打算|计划)|(?:我|俺|咱)(?:们)?(?:就|也)?(?:跟(?:他|她)(?:们)?)?(?:说|讲))$/.exec(
          text.slice(0, own.index),
        )?.[0].length ?? 0;
      return cut(text, own.index - arranged, own[0].length + arranged);
    }
  }
  // 我 明天 去 镇上 问: the member going to ask for the person that day (see own-asking.ts).
  const asking = MEMBER_GOES_TO_ASK.exec(text);
  const asked = asking ? parseDeadline((asking[1] ?? asking[2])!, context) : undefined;
  if (asking && asked?.ok) {
    draft.due = asked.date;
    return cut(text, asking.index, asking[0].length);
  }
  // 物业明天派人上去看, 供电所后天来修: a body said sending someone on a day; the day is the promise.
  const body = dayPromised(BODY_DAY.exec(text)) ?? dayPromised(BODY_SAID_DAY.exec(text));
  if (body !== undefined) return body;
  // 尽快处理, 抓紧办, 过几天去看 as a phrase of its own: haste, no promised date (the dialogue asks for one), and not the
  // matter either.
  const haste = HASTE.exec(text);
  return haste ? cut(text, haste.index, haste[0].length) : text;
}

/**
 * A day then what the member does on it (see {@link readDeadline}), to the end of the phrase; not what the person
 * does (他明天去医院), a look (明天去看看) or work done (明天联系过了).
 */
const MEMBER_DAY = new RegExp(
  // Said by the member: at a phrase's start, after 我/俺/咱, or after arranging it with the parties (约双方下周三).
  // 我准备下礼拜一…, 打算周五…: the member's plan for that day.
  // 已约两家人本周日下午在社区调解: the parties as 两家人 or 两边, and where the talk is held (在社区).
  // 俺说下周一去…, 我跟她讲明天…: the member telling the person the day is the member's own plan for it.
  // 措施：明天…: a form's line of what will be done, its label before the day.
  `(?<=^|[\\s，,。；;:：]|我|俺|咱|们|准备|打算|计划|约(?:了|好)?(?:双方|两家人?|两边|他|她|他们|她们)?|(?:我|俺|咱)(?:们)?(?:就|也)?(?:跟(?:他|她)(?:们)?)?(?:说|讲))(${DAY}|${WEEKDAY})(?:上午|下午|中午|晚上|早上|一早|一大早)?(?:下班后|下班以后)?` +
    // 明天要安排人疏通, 明天一定要找人来修: what must be done that day, said by the member.
    '(?:我|俺|咱)?(?:们)?(?:一定|必须)?(?:要|会)?(?:再|就|先|亲自)?(?:给(?:他|她|他们|她们))?(?:(?:去|来|上|到|在)[^\\s，,。；;！!]{0,8}?)?' +
    // 明天安排, 明天再过去: the member arranging it, or going back, that day (not 明天去看看, a look).
    '(?:安排(?=$|[\\s，,。；;！!])|(?<=再|先)(?:过去|过来|去一趟|来一趟)(?=$|[\\s，,。；;！!])|' +
    // 明天找人去修, 明天安排人疏通, 明天让管水员过去看, 明天搵人嚟修: someone sent to do the work that day.
    '(?:找|搵|安排|让|请)[^\\s，,。；;！!]{0,8}?(?:人|员|师傅|工|队)(?:去|来|过去|过来|嚟)?(?![了过])[\\u4e00-\\u9fa5]|' +
    // 本周五约房东当面谈, 约了明天下班后再聊: a talk the member has arranged for that day is the follow-up too.
    // 明天带她去苏木办, 后天陪他去医院: the member taking the person there that day.
    // 明天带供热公司的人去看, 明天叫保洁队去清, 领着他去镇卫生院: the member taking the person there, or sending or
    // bringing someone to do it, that day; 说和 (northern: to mediate) is the talk.
    // 下周一把报名信息发给他: a thing passed to the person that day; 俺明天去给办: the work itself, the phrase's last word.
    // 明天我跟调解员老锁一块去调解: going with someone that day to do the work.
    '(?:跟|和|同)[^\\s，,。；;！!]{1,10}?(?:一块|一起|一道)儿?(?:去|来|过去)?(?:调解|处理|协调|对接|核实|修|看|办)|' +
    // 明天我去学校对接班主任, 明天去找物业沟通: the member meeting those who can solve it that day.
    '(?:对接|协调|沟通)|' +
    // 我明天去镇上给问, 后天去两家说合, 下周一叫人拉沙石: see NORTHERN_ERRAND.
    `${NORTHERN_ERRAND}|` +
    // 我明天找市政, 俺后天找物业: the member going to the body or the person who can solve it, said as the clause's end.
    // Not the person finding the member (找我来了), said of the past.
    '找(?![不到着过人我俺咱])[^\\s，,。；;！!了]{1,6}(?=$|[\\s，,。；;！!])|' +
    // 俺说后天回他, 俺后天帮他问: the member answering the person, or asking on their behalf, that day.
    '回(?:他|她)(?:们)?|回(?:话|复|电)|帮(?:他|她)(?:们)?(?:问|查|打听|联系|咨询|申请|找)|' +
    // 俺明天去医院看他, 后天去看望她: the member visiting the person that day (not 明天去看看, a look at the matter).
    '(?:看望?|探望|慰问)(?:他|她)(?:们)?(?=$|[\\s，,。；;！!])|' +
    // 帮她跟街道调解室约了下周一: a meeting booked for the person that day, the day said last in its clause (not
    // before a gap left where a holder was read out: 约了下周三 | 调解员一起做调解 goes on).
    '(?<=约(?:了|好)[^\\s，,。；;！!]{1,12})(?=\\s*(?:$|[，,。；;！!]))|' +
    // 明天把药送过来, 后天去: the thing brought to the person that day, or the member going, said last.
    '把[^\\s，,。；;！!]{1,10}?(?:发|转|交|递|送)(?:给|到)(?:他|她)(?:们)?|把[^\\s，,。；;！!]{1,8}?(?:送|拿|带)(?:过去|过来|上门)|(?<=[去来])(?=$|[\\s，,。；;！!])|(?:办|弄|修|搞|整)(?:好|完)?(?=$|[\\s，,。；;！!])|(?:带|陪|领)着?(?:他|她)(?:们)?(?:去|到)|(?:带|领|叫|喊|派)着?[^\\s，,。；;！!]{1,8}?(?:去|来|过去|过来)(?!过)|说和|劝和|组织[^\\s，,。；;！!]{0,10}?(?:协调|调解|开会|座谈|见面)|联系|回访|核查|调解|送过去|送去|送过来|送上门|(?:当面)?(?:聊|谈)(?!过)|约[^\\s，,。；;！!]{1,6}?(?:当面谈|面谈|谈|聊|见面))(?![了过])[^\\s，,。；;！!]*',
);

/** A body, then a day and someone sent or coming (物业明天派人, 供电所后天来修): see {@link readDeadline}. */
// The body, the day and what is done on it go together out of the matter: how it will be handled.
const BODY_DAY = new RegExp(
  // 燃气公司…他们说明天上午过来: the body's own word for the day, said through 他们.
  `(?<=^|[\\s，,。；;])[\\u4e00-\\u9fa5]{0,6}?(?:${UNIT_SUFFIX}|社区|村里|村委会|居委会|街道|镇上|他们)(?:说|讲|答应|回话说)?了?[\\s，,]?(${DAY}|${WEEKDAY})(?:上午|下午|中午|晚上|早上)?(?=\\s?(?:就|会|要|再)?(?:派人|安排人|来人|上门|过来|来修|来看|去修|来处理|去处理|来拉|来清|来收|来换))[^\\s，,。；;！!]*`,
);

/**
 * A body that said a day (施工队说下周一复工, 派出所说明天调监控): the day is its word, whatever the work; the clause
 * goes out of the matter with it.
 */
const BODY_SAID_DAY = new RegExp(
  `(?<=^|[\\s，,。；;])[\\u4e00-\\u9fa5]{0,6}?(?:${UNIT_SUFFIX}|队|社区|村里|村委会|居委会|街道|他们)(?:说|讲|答应|回话说)了?[\\s，,]?(${DAY}|${WEEKDAY})(?:上午|下午|中午|晚上|早上)?(?=[\\u4e00-\\u9fa5])[^\\s，,。；;！!]*`,
);

/** Haste said as a phrase of its own, with the work after it: see {@link readDeadline}. */
const HASTE =
  /(?<=^|[\s，,。；;])(?:要|请|需要?|争取)?(?:尽快|尽早|抓紧|赶紧|越快越好|马上|立即|及时|过几天|过两天|改天|回头|近期)(?:时间)?(?:去|来|给)?(?:处理|办理|解决|办|落实|答复|回复|修|修好|看看?|协调|跟进|上门)?(?:一下)?(?=$|[\s，,。；;！!])/;

/** Words of haste that promise no day (尽快, 抓紧, 越快越好): see {@link hasteIsNoDate}. */
// Not 赶紧/赶快, said as often in the matter (赶紧送医院) as of the promise.
export const HASTE_WORD = /尽快|尽早|越快越好|抓紧/;

/** Why 尽快 is asked about: a friendly word that it is the right spirit, but reminders and the people need a day. */
export const hasteIsNoDate = (haste: string) =>
  `“${haste}”是好态度，不过还不是一个具体日期：到期提醒要按日子来，群众也好知道哪天能有回音。`;

/** 过两天, 过几天, 回头, 改天: "soon" in everyday words, not a date to promise; asked rather than read as two days. */
const VAGUE_SOON = /^(?:过|再过)(?:两|几|一两|三两|二)[天日]|^(?:回头|改天|过段时间|过阵子|这两[天日]|近两[天日])/;

/** A promised date typed as the answer to 承诺哪天前 or after a promise word; see {@link VAGUE_SOON}. */
export function readDue(phrase: string, context: ParseContext): DeadlineResult {
  const said = phrase.trim();
  if (VAGUE_SOON.test(said)) return { ok: false, reason: `“${said}”没有说到具体哪天，请写一个期限，例如：${DEADLINE_EXAMPLES}` };
  return parseDeadline(said, context);
}

// 小李明天打电话给他: calling the person back that day is the answer promised, as 回电话 is.
export const PROMISED_ACTION =
  /^\s?(?:ddl|DDL|deadline|截止|为限)|^(?:(?:必须|一定|务必|保证|争取|尽量|要|得|就|予以|给予)?(?:(?:给|帮|向)[^\s，,。；;给]{0,4}?)?(?:给|去|来)?个?(?:办结|办完|办好|办了|完成|解决|处理好?|修好|修复|修|更换|整改|落实|清理|清走|清运|拉走|运走|拖走|报修好?|调解|协调|核实|查清楚?|上门(?:(?:帮|给)(?:他|她|他们)?(?:弄|办|搞|整|修)|看看?|查看|核实)?|答复|回复|回个?话|回(?=他|她)|回信|回电话?|打个?电话(?:给(?:他|她)们?)?|回访|覆|给信|准信|准话|回音|说法|(?:上)?报(?:到|给)?(?:镇上|镇里|乡里|街道|上级|县里|区里)|去一趟|跑一趟|(?:给|出|拿出?)个?(?:方案|办法)|(?:弄|搞|整|清(?!单)|填|调)(?:好|完|掉|妥|定)?)(?:好|完毕|完|到位|通)?(?:他|她|他们)?)?/;
/** The answer or the work promised, alone as a word after a gap (三天内 回复, 本周五前 落实). */
const GAP_ACTION =
  /^\s(?:给个?\s?(?:(?:他|她|伊|他们|她们)\s)?|去)?(?:回复|回覆|答复|回话|回信|回电话?|落实|处理|办理|办结|解决|完成|协调|核实)(?=$|[\s，,。；;！!])/;
const dayOfMonth = (phrase: string) =>
  phrase
    .replace(/^(\d{1,2})日(?=之前|以前|前(?!后))/, '$1号')
    .replace(/^这个(?=周|星期|礼拜)/, '这')
    // 下周内 / 下周末: by the end of next week.
    .replace(/^下个?(周|星期|礼拜)(?:之内|以内|内|末)(?:之前|以前|前)?$/, '下$1日');
/** 24小时内, 四十八小时内: by the day the hours run out (a day at least). */
const HOURS_WORDS: Record<string, number> = { 十二: 12, 二十四: 24, 四十八: 48, 七十二: 72 };
const byHours = (phrase: string) =>
  phrase.replace(/(?:里向|里头)$/, '内').replace(/^(\d{1,3}|十二|二十四|四十八|七十二)个?小时(?:之内|以内|内)$/, (_, hours: string) => {
    const count = HOURS_WORDS[hours] ?? Number(hours);
    return `${Math.max(1, Math.ceil(count / 24))}天内`;
  });
const LAST_DAY = new RegExp(
  // …修 后天上午, …回访 今天下午: a time of day after the day changes nothing of the date.
  `(?:^|[\\s，,。；;])((?:(?:本|这|下下个?|下个?)?(?:周|星期|礼拜)[一二三四五六日天]|明天|后天|大后天|今天)(?:上午|下午|中午|晚上|早上)?|${NUM}月${NUM}[日号]|(?:本月|这个?月|下个?月)?${NUM}号|(?:本|这个?|下个?)?月(?:底|末)|(?:0?[1-9]|1[0-2])[./](?:0?[1-9]|[12]\\d|3[01])[日号]?|${NUM}个?工作日)[\\s，,。；;！!]*$`,
);
