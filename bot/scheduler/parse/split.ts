import { normalizeInput } from '../../../knowledge';
import { parseDeadline } from './deadline';
import { type ParseOptions, parseSchedule, type Schedule } from './index';
import { standardTimeWords } from './wording';

/**
 * What became of a message that gives a time and then a matter (`明天下午两点 交党费`, `每月5号上午9点交党费`).
 * The one decision for every surface: the time is read whole, or the reply quotes the part that could not be read.
 */
export type TimeAndMatter =
  | { ok: true; schedule: Schedule; matter: string }
  /** The time was read, but nothing follows it. */
  | { ok: false; kind: 'no-matter' }
  /**
   * A time was read from the start, but more of the time follows it (2月30日 → 2月3 + "0日"), or the matter still
   * holds a time (`inMatter`: 明天 交材料 下午3点). `typed` quotes the time as typed; `understood` is what the part
   * that could be read would have meant, shown so the user sees why the reminder was not set.
   */
  | {
      ok: false;
      kind: 'half-read';
      typed: string;
      reason: string;
      understood?: { time: string; description: string };
      /** `together`: the time at the matter's end read with the one in front, offered as an example only. */
      inMatter?: { found: string; matter: string; together?: { time: string; description: string; matter: string } };
    }
  /** No leading part reads as a time; `reason` says why (empty when nothing in it looked like one). */
  | { ok: false; kind: 'unreadable'; reason: string; past?: boolean };

/**
 * Splits a message into the time and the matter: the most whole words that read as a time, else the longest
 * leading part that does. When what is left still goes on with the time (a weekday, a clock time, a date unit), the
 * time was only partly read and the result asks about it instead of reminding on a day the user never said.
 */
export function readTimeThenMatter(message: string, options: ParseOptions): TimeAndMatter {
  const read = readSpoken(withoutFillers(message.trim()), options);
  if (!read.ok) return read;
  const matter = read.matter.replace(MATTER_FILLER, '');
  return matter ? { ...read, matter } : read;
}

/** Sounds and words voice input keeps that say nothing (呃, 嗯, 那个, 就是). */
const FILLER = '(?:呃|嗯|额|唔|啊|就是|那啥|那个)';
const SEP = '[，,、\\s]*';
const LEADING_FILLER = new RegExp(`^(?:(?:呃|嗯|额|唔|啊|就是|那啥|那个(?=[今明后大下这本每]))${SEP})+`);
const DAY_END = '(?:天|日|号|(?:周|星期|礼拜)[一二三四五六日天]|上午|下午|晚上|早上|中午)';
const CLOCK_NEXT = '(?=上午|下午|晚上|早上|中午|傍晚|凌晨|夜里|[\\d零一二两三四五六七八九十]{1,3}(?:点|时|[:：]))';
const INNER_FILLER = new RegExp(`(?<=${DAY_END})(?:${SEP}${FILLER})+${SEP}${CLOCK_NEXT}`, 'g');
/** 明天下午三点吧开会, 七点嗯那个去开会: a filler between the time and the matter is neither. */
const MATTER_FILLER = /^(?:[，,、\s]*(?:吧(?!台)|啊|呀|嘛|哈|呢|嗯|呃|额|那个|就是))+[，,、\s]*/;

/**
 * Voice input run on: 呃明天下午三点, 就是明天下午三点, 明天那个下午三点 — the fillers before the time or between
 * its parts go, so the time is read whole instead of asked about.
 */
function withoutFillers(text: string): string {
  return text.replace(LEADING_FILLER, '').replace(INNER_FILLER, '');
}

function readSpoken(args: string, options: ParseOptions): TimeAndMatter {
  const deadline = readDeadlineThenMatter(args, options);
  if (deadline) return deadline;
  const words = args.split(/\s+/);
  let past: { reason: string } | undefined;
  const attempt = (time: string, matter: string, joiner: string): TimeAndMatter | undefined => {
    // The parser lets a schedule end in 开会/召开/举行 (每周五下午3点开会); here they are the matter's words.
    if (MATTER_ENDING.test(normalizeInput(time))) return undefined;
    const parsed = parseSchedule(time, options);
    if (parsed.ok) {
      // 3点整理材料: 整 begins the matter's word (整理, 整改), not the time's 整 (3点整 is 3点 anyway).
      if (joiner === '' && /整$/.test(time) && /^[理改顿治合体个洁]/.test(matter)) return undefined;
      const understood = { time, description: parsed.schedule.description };
      if (continuesTime(matter, time) || numberGoesOn(time, matter, joiner)) {
        const run = continuedRun(matter);
        // The whole message is the time (明天下午3点 read as 明天下午 + 3点): nothing is left for the matter.
        if (run === matter.trim() && parseSchedule(time + joiner + run, options).ok) return { ok: false, kind: 'no-matter' };
        return halfRead(time + joiner + run, understood, options);
      }
      return matter ? checkedMatter(time, parsed.schedule, matter, options) : { ok: false, kind: 'no-matter' };
    }
    // A past time counts as the reason only when it was read whole (2026年4月3 of 2026年4月31日 is not a date said).
    if (parsed.past && !past && !continuesTime(matter, time)) past = parsed;
    return undefined;
  };
  // Whole words first, the most that still read as a time: 每周五 下午三点 学习强国 → 每周五下午三点 + 学习强国.
  // A time that more of the time follows inside the next word (明天下午 3点前交材料) is left to the next pass.
  let halfReadWords: TimeAndMatter | undefined;
  for (let k = Math.min(words.length - 1, 12); k >= 1 && !halfReadWords; k--) {
    const found = attempt(words.slice(0, k).join(''), words.slice(k).join(' ').trim(), ' ');
    if (found?.ok === false && found.kind === 'half-read') halfReadWords = found;
    else if (found) return found;
  }
  // The longest leading part that reads as a time and leaves a matter (开会 is the matter, not part of the time).
  for (let cut = Math.min(args.length - 1, 40); cut >= 2; cut--) {
    const rest = args.slice(cut);
    const found = attempt(args.slice(0, cut), rest.trim(), rest.startsWith(' ') ? ' ' : '');
    if (found?.ok === true) return found;
    if (found?.kind === 'half-read') return halfReadWords ?? found;
  }
  if (halfReadWords) return halfReadWords;
  const trailing = readMatterThenTime(args, options);
  if (trailing) return trailing;
  if (parseSchedule(args, options).ok) return { ok: false, kind: 'no-matter' };
  if (past) return { ok: false, kind: 'unreadable', reason: past.reason, past: true };
  const whole = parseSchedule(words[0] ?? args, options);
  return { ok: false, kind: 'unreadable', reason: whole.ok ? '' : whole.reason };
}

/**
 * The matter as the parser would see its time words: simplified, typos and regional words made standard (聽日 →
 * 明天, 后晌 → 下午), so every word the parser reads as a time is also recognised when it is left in the matter.
 */
const asTimeWords = (matter: string) =>
  // Spaces inside a time (3 点, 12 月 9 日, pasted from a PDF) are read as the parser reads them: gone, except
  // between two numbers.
  standardTimeWords(
    normalizeInput(matter).replace(/(?<=[\d零〇一二两三四五六七八九十])\s+(?=[\d零〇一二两三四五六七八九十]?[年月日号点时分:：])/g, ''),
  );

const PERIODS = '上午|下午|晚上|早上|早晨|清晨|中午|午后|凌晨|傍晚|夜里|半夜';
const DAYS = '今天|明天|后天|大后天|今日|明日|后日|今晚|明晚|今早|明早|今夜';
const NUMBER = '[\\d零〇一二两三四五六七八九十百]+';
const WEEKDAY = '(?:周|星期|礼拜)[一二三四五六日天1-7]';
/** Things counted with 点 (三点意见), not hours. */
const COUNTED_POINTS = '意见|建议|要求|内容|原因|问题|做法|体会|措施|事项|注意|看法|想法|理由|收获|感受|希望|共识|经验|任务|不足';

/**
 * A time anywhere in the matter: a day (明天, not 明天的会), a part of the day, a weekday, a clock time (15:00, 3点,
 * 三点半, 3pm), a day of the month (25号, not 3号楼 or 3号文件), a month with its day (11月5, 月底), or a span from
 * now (3天后, 两个小时内). A month alone (交11月党费) and a year (2025年度) are the matter's business.
 */
const TIME_INSIDE = new RegExp(
  [
    `(?:${DAYS})(?!的)`,
    PERIODS,
    WEEKDAY,
    '\\d{1,2}[:：]\\d{2}',
    '\\d{1,2}\\s*[ap]\\.?m(?![a-z])',
    `\\d{1,2}(?:点|时)(?![楼栋层]|${COUNTED_POINTS})`,
    `(?:[二两三四五六七八九]|十[一二]?)点(?!${COUNTED_POINTS})`,
    `${NUMBER}点(?:钟|半|整|过|一刻|三刻|${NUMBER}分)`,
    `${NUMBER}(?:号|日)(?![楼栋层室院门座线文件报常记志])`,
    `${NUMBER}月(?:${NUMBER}|[初中底末])`,
    `${NUMBER}个?半?(?:小时|钟头|分钟|天|周|星期|礼拜|月)(?:以|之)?[后内]`,
  ].join('|'),
);

/**
 * A time said by what happens then (下班前, 上班后, 会后, 饭后, 睡前): the time of the reminder when no clock time
 * was said (明天 会后整理材料), the matter's own words after one (中午12点 吃饭后开会).
 */
const EVENT_TIME =
  /(?:上班|下班|开会|散会|会议|放学|起床|睡觉|睡|早饭|午饭|晚饭|吃饭|饭|天亮|天黑|午休|会)(?:之|以)?[前后](?!往|来|去|进|面|天|期)/;
const EVENT_START = new RegExp(`^(?:${EVENT_TIME.source})`);
const hasClock = (time: string) => /[点时:：]|\d\s*[ap]\.?m/i.test(asTimeWords(time));

/**
 * Text that goes on with a date or a time from its first character: any time of {@link TIME_INSIDE}, or a date or
 * clock unit (0日, 日上午), a number with a unit (27点, 5月, 3个小时), a repeat (每周), a week or month to come
 * (下周, 下个月), or the start of a time word cut short (上, 下 — 下个礼拜三上). A number alone (3楼会议室), a
 * building (2号楼) or a month's business (5月份党费) is the matter's.
 */
const TIME_CONTINUES = new RegExp(
  `^(?:${TIME_INSIDE.source}|[年月日号点时分秒半刻:：]|个?(?:小时|钟头|分钟|刻钟)|个钟|钟(?![楼表声])|左右|前后(?=$|[\\s,，。])|许(?=$|[\\s,，。])|多钟|头一?个月|首月|末月|月[初中底末]|年[初底末]|周末|每(?:天|日|周|星期|礼拜|月|季|年|个|隔|逢)|(?:下下|下个?|这个?|本|上个?)(?:周|星期|礼拜)|下下?个?月|[上下中晚早凌傍夜](?=$|[\\s,，。!！?？])|[上下前后中晚早傍夜黑清凌半头][晚午晌昼黑亮早夜天]|天[黑亮]|${NUMBER}(?:[年日号点时分:：](?![楼栋层室院门座])|月(?!份)|个?(?:小时|钟头|分钟)))`,
);

function continuesTime(matter: string, time: string): boolean {
  const lead = asTimeWords(matter).replace(/^[\s(（【[]+/, '');
  return TIME_CONTINUES.test(lead) || (!hasClock(time) && EVENT_START.test(lead));
}

/**
 * The part of the matter that goes on with the time, as typed: the run of characters times are written with, or,
 * when a word is longer than that (上班后, 会后), as much as the time word that was recognised.
 */
function continuedRun(matter: string): string {
  const lead = /^[\s(（【[]*/.exec(matter)![0];
  const words = asTimeWords(matter).slice(lead.length);
  const recognised = Math.max(
    TIME_CONTINUES.exec(words)?.[0].length ?? 0,
    EVENT_START.exec(words)?.[0].length ?? 0,
    ABOUT.exec(words)?.[0].length ?? 0,
    COUNT.exec(words)?.[0].length ?? 0,
  );
  const run = timeRun(matter);
  return run.length >= lead.length + recognised ? run : matter.slice(0, lead.length + recognised).trimEnd();
}

const MATTER_ENDING = /(?:开会|召开|举行)$/;

/**
 * A number straight after a time, inside the same word (两点|三, 2月3|0日, 每月1|5号): the number is the time's,
 * cut short. After a space (明天9点 2号楼开会) the number begins the matter.
 */
const numberGoesOn = (time: string, matter: string, joiner: string) =>
  joiner === '' &&
  /[\d零〇一二两三四五六七八九十点时號号日月:：]$/.test(time.trim()) &&
  // 两点|三, 2月3|0日; 三点|多, 三点|来钟 (about three: not a time to remind at).
  (/^[\d零〇一二两三四五六七八九十]/.test(matter) ||
    ABOUT.test(matter) ||
    // 每月一|次: the number was a count (how many times), not a day.
    (/[\d零〇一二两三四五六七八九十]$/.test(time.trim()) && COUNT.test(matter)));
/** 次, 回, 遍, 趟 after a number: how many times, so 每月一|次 was no day. */
const COUNT = /^[次回遍趟]/;
/** 三点多, 三点来钟, 十点余: about that time. */
const ABOUT = /^(?:多|来钟|余)/;

/** A matter put in quotes is the user's words whatever times it holds (提醒我 明天上午9点 “通知周五下午3点开会”). */
const QUOTED = /^(?:“([^“”]*)”|"([^"]*)"|「([^「」]*)」|『([^『』]*)』|‘([^‘’]*)’)$/;
/** A repeat said after the matter (交党费 每月): the reminder was meant to repeat. */
const TRAILING_REPEAT = /每(?:天|日|周|星期|礼拜|月|季度?|年)(?:一次)?[\s,，。.!！]*$/;
const CLOCKISH = /[点时:：]|午|晚|早|夜|凌晨|傍晚/;
/** The time words from where a time was found in the matter on (下午3点 of 交材料 下午3点). */
const TIME_RUN = /^[\d零〇一二两三四五六七八九十百年月日号点时分半刻上下午晚早中凌傍夜里今明后天周星期礼拜每个初底末:：ap.m]+/i;

/**
 * The time read, and the matter left: offered only when the matter holds no time of its own. A time in the matter
 * (明天 交材料 下午3点, 下午3点 交材料 明天) may be the rest of the reminder's time or part of the matter; only the
 * user knows, so it is asked about, with the quoted form that keeps it in the matter.
 */
function checkedMatter(time: string, schedule: Schedule, matter: string, options: ParseOptions): TimeAndMatter {
  const quoted = QUOTED.exec(matter.trim());
  if (quoted)
    return {
      ok: true,
      schedule,
      matter:
        quoted
          .slice(1)
          .find((g) => g !== undefined)!
          .trim() || matter,
    };
  const words = asTimeWords(matter);
  const found = TIME_INSIDE.exec(words) ?? (hasClock(time) ? null : EVENT_TIME.exec(words)) ?? TRAILING_REPEAT.exec(words);
  if (!found) return { ok: true, schedule, matter };
  const run = (TIME_RUN.exec(words.slice(found.index))?.[0] ?? found[0]).replace(/[.]+$/, '');
  // The time at the very end (明天 交材料 下午3点) was likely meant with the one in front: offered as an example.
  const rest = words.slice(0, found.index).trim();
  const atEnd = words.slice(found.index + run.length).replace(/[\s,，。.!！]/g, '') === '' && rest !== '';
  // The clock goes last, as people say it: 明天 + 下午3点, 明天 + 下午3点 for 下午3点 … 明天.
  const together = CLOCKISH.test(asTimeWords(time)) && !CLOCKISH.test(run) ? `${run}${time}` : `${time}${run}`;
  const joined = atEnd ? parseSchedule(together, options) : undefined;
  return {
    ok: false,
    kind: 'half-read',
    typed: time,
    reason: '',
    understood: { time, description: schedule.description },
    inMatter: {
      found: run.length >= found[0].length ? run : found[0],
      matter,
      ...(joined?.ok ? { together: { time: together, description: joined.schedule.description, matter: rest } } : {}),
    },
  };
}

/** The leading run of text written with what times and dates are written with, brackets included ((星期四)15:00). */
const TIME_LIKE =
  /^[\s(（）)]*[\d零〇一二两三四五六七八九十百年月日号点時时分秒半刻上下午晚早中凌傍夜里今明后後天周週星期礼禮拜其吾每个個第最后初底末旬隔逢单双工作听聽朝昼晝晏晌黑嘅本这這apmAPM:：./\-()（）]+/;
const timeRun = (matter: string) => matter.match(TIME_LIKE)?.[0].trimEnd() ?? '';

function halfRead(typed: string, understood: { time: string; description: string }, options: ParseOptions): TimeAndMatter {
  const parsed = parseSchedule(typed, options);
  return { ok: false, kind: 'half-read', typed, reason: parsed.ok || parsed.unknown ? '' : parsed.reason, understood };
}

/**
 * What to say about a half-read time, the same in the chat and on the command line: the time as typed and why it
 * cannot be read, or what was read of it and the time left in the matter.
 */
export function halfReadText(read: Extract<TimeAndMatter, { kind: 'half-read' }>): string {
  const { typed, reason, understood, inMatter } = read;
  if (inMatter)
    return `提醒的时间我读作“${typed}”（${understood?.description ?? ''}），但事情“${inMatter.matter}”里还有时间“${inMatter.found}”，不知道该按哪个时间提醒`;
  const readPart =
    understood && understood.time.trim() !== typed.trim() ? `只读懂了前面的“${understood.time}”（${understood.description}）` : '';
  return `“${typed}”这个时间我没法完整读懂${reason ? `：${reason}` : readPart ? `：${readPart}` : ''}`;
}

/** The form to type instead: the time before the matter, or the matter in quotes when its time is the matter's. */
export function halfReadExample(read: Extract<TimeAndMatter, { kind: 'half-read' }>): string {
  if (read.inMatter) {
    const { found, matter, together } = read.inMatter;
    const quoted = `如果“${found}”是事情本身的一部分，请把事情放进引号，例如：提醒我 ${read.typed} “${matter}”`;
    if (together) return `如果要在 ${together.description} 提醒，请发：提醒我 ${together.time} ${together.matter}\n${quoted}`;
    return `请把提醒的时间都写在最前面再发；${quoted}`;
  }
  return '请改正后再发，例如：提醒我 明天下午两点 交党费';
}

/**
 * The time said last, apart from the matter (交党费 明天下午3点, 给老王回电话，后天上午): the most whole words at
 * the end that read as a time, the matter checked as when the time comes first. Only whole words: a time run into
 * the matter's last word (参加七一) is not split off.
 */
function readMatterThenTime(args: string, options: ParseOptions): TimeAndMatter | undefined {
  const parts = args.split(/[\s,，;；。]+/).filter(Boolean);
  let asked: TimeAndMatter | undefined;
  for (let k = Math.min(parts.length - 1, 4); k >= 1; k--) {
    const time = parts.slice(-k).join('');
    const matter = parts.slice(0, -k).join(' ');
    const parsed = parseSchedule(time, options);
    if (!parsed.ok) {
      // The last word alone is a time that cannot be (交党费 2月30日): its reason, not "没能看懂“交党费”".
      if ((parsed.past || (k === 1 && !parsed.unknown)) && !asked)
        asked = { ok: false, kind: 'unreadable', reason: parsed.reason, ...(parsed.past ? { past: true } : {}) };
      continue;
    }
    const checked = checkedMatter(time, parsed.schedule, matter, options);
    if (checked.ok) return checked;
    if (!asked || !('typed' in asked)) asked = checked;
  }
  return asked;
}

/** 前, 之前, 内, 以内 … after a time: by then (a deadline), unless they begin a word of the matter (前往, 内容). */
const DEADLINE_WORD = /(?:之前|以前|之内|以内|前|内)$/;
/** 前往, 前期, 内容 …; 前一天 / 前两天 is a day before the date (七一前一天), not a deadline. */
const NOT_DEADLINE_NEXT = /^(?:[往去来进夕期面容部务]|[一两二三四五六七八九十\d]+天)/;
const CLOCK_MARK = new RegExp(`[点时:：]|${PERIODS}|早上|晚上`);

/**
 * `下周五前 交材料`, `3天内 交思想汇报`, `月底前交党费`, `每月5号前交党费`: a deadline (read as 民情工单 reads promised
 * dates), reminded at 9 on its last day, the matter saying by when. A deadline with a clock time (明天下午3点前,
 * 每周五下午三点前) says when it is too late, not when to remind, so it is asked about.
 */
function readDeadlineThenMatter(args: string, options: ParseOptions): TimeAndMatter | undefined {
  for (let cut = Math.min(args.length - 1, 30); cut >= 2; cut--) {
    const head = args.slice(0, cut).trim();
    const matter = args.slice(cut).trim();
    const word = DEADLINE_WORD.exec(head);
    if (!word || !matter || NOT_DEADLINE_NEXT.test(args.slice(cut))) continue;
    const time = head.slice(0, word.index).trim();
    const clock = CLOCK_MARK.test(asTimeWords(time));
    const due = parseDeadline(head, options);
    if (!clock && due.ok && !due.rest) {
      const [year, month, day] = due.date.split('-').map(Number);
      const parsed = parseSchedule(`${year}年${month}月${day}日`, options);
      if (!parsed.ok)
        return { ok: false, kind: 'unreadable', reason: `“${head}”就是今天，请说什么时候提醒你，例如：提醒我 1小时后 ${matter}` };
      return withDeadline(checkedMatter(head, parsed.schedule, matter, options), `（期限：${due.description}）`);
    }
    if (!clock && !due.ok && due.past) return { ok: false, kind: 'unreadable', reason: due.reason, past: true };
    const asTime = time ? parseSchedule(time, options) : undefined;
    // 每月5号前交党费: each time on its last day, at 9 like a one-off deadline.
    if (!clock && asTime?.ok && asTime.schedule.type === 'recurring')
      return withDeadline(checkedMatter(head, asTime.schedule, matter, options), `（期限：${head}）`);
    if (asTime?.ok)
      return {
        ok: false,
        kind: 'unreadable',
        reason: `“${head}”是截止的时间，没有说什么时候提醒你。${askForTime(time, asTime.schedule, matter, options)}`,
      };
  }
  return undefined;
}

const withDeadline = (read: TimeAndMatter, by: string): TimeAndMatter => (read.ok ? { ...read, matter: read.matter + by } : read);

/**
 * Asks for a reminder time, offering one before the deadline: for a repeating one the same day at 9; for a one-off an
 * hour before it (today or tomorrow said as such), or 10 minutes from now when it is nearer than that — never a
 * time after the deadline (今天下午五点之前 once offered 明天上午10点).
 */
function askForTime(time: string, deadline: Schedule, matter: string, options: ParseOptions): string {
  const ask = '请说提醒的时间';
  if (deadline.type === 'recurring' || time.startsWith('每'))
    return `${ask}，例如：提醒我 ${time.replace(CLOCK_TAIL, '')}上午9点 ${matter}`;
  const now = wallClock(options.from, options.zone);
  const dueMs = Date.parse(`${deadline.at}:00Z`);
  const hourBefore = dueMs - 3_600_000;
  if (hourBefore >= now + 15 * 60_000) return `${ask}，例如：提醒我 ${spokenTime(new Date(hourBefore), new Date(now))} ${matter}`;
  if (dueMs >= now + 20 * 60_000) return `${ask}，例如：提醒我 10分钟后 ${matter}`;
  return `${ask}。`;
}

/** Now as a wall-clock instant in `zone`, on the same UTC-based scale as OnceSchedule.at read with a Z. */
function wallClock(from: Date, zone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(from)
      .map((p) => [p.type, p.value]),
  );
  return Date.parse(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:00Z`);
}

/** 今天下午4点, 明天上午9点半, 12月8日下午2点 — a wall time as a member would type it (both are wall-clock instants). */
function spokenTime(at: Date, now: Date): string {
  const dayDiff = Math.round(
    (Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()) -
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())) /
      86_400_000,
  );
  const day = dayDiff === 0 ? '今天' : dayDiff === 1 ? '明天' : `${at.getUTCMonth() + 1}月${at.getUTCDate()}日`;
  const hour = at.getUTCHours();
  const period = hour < 6 ? '凌晨' : hour < 12 ? '上午' : hour < 13 ? '中午' : hour < 18 ? '下午' : '晚上';
  const clock = hour > 12 ? hour - 12 : hour;
  const minutes = at.getUTCMinutes();
  return `${day}${period}${clock}点${minutes === 0 ? '' : minutes === 30 ? '半' : `${minutes}分`}`;
}
const CLOCK_TAIL = /(?:上午|下午|晚上|早上|中午)?[\d零一二两三四五六七八九十]+(?:点|时|:\d+).*$/;
