import { chineseNumber } from '../../../scheduler/parse';
import { addDays, addYears, isoDate, parseDate, validDate, weekdayOf } from '../../../time';
import type { RecordInput } from './store';

const NUM = '(\\d{1,4}|[零〇一二两三四五六七八九十百]{1,4})';
const num = (s: string | undefined) => (s === undefined ? undefined : chineseNumber(s));
const WEEKDAYS = '一二三四五六日天';

/**
 * A date in the past as secretaries say it: 今天 / 昨天 / 前天 / 3天前 / 上周五 / 周五 (the latest one) /
 * 11月20日 (this year, or last year when that is still ahead) / 2026-03-10. Returns the date, an error, or
 * undefined when the text names no date; `match` is the words used.
 */
export function parsePastDate(text: string, today: string): { date: string; match: string } | { error: string } | undefined {
  const full = /\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*[日号]?/.exec(text);
  if (full) {
    const date = parseDate(full[0]);
    return date ? { date, match: full[0] } : { error: `日期“${full[0]}”不存在，请检查` };
  }
  const words: [RegExp, (m: RegExpExecArray) => string | undefined][] = [
    [/(今天|今日)/, () => today],
    [/(大前天)/, () => addDays(today, -3)],
    [/(昨天|昨日)/, () => addDays(today, -1)],
    [/(前天)/, () => addDays(today, -2)],
    [new RegExp(`${NUM}天(?:前|以前)`), (m) => addDays(today, -(num(m[1]) ?? 0))],
    [
      new RegExp(`(上上|上个?|这|本)?(?:周|星期|礼拜)([${WEEKDAYS}])`),
      (m) => {
        const [y, mo, d] = today.split('-').map(Number) as [number, number, number];
        const sinceMonday = (weekdayOf({ year: y, month: mo, day: d }) + 6) % 7;
        const target = (WEEKDAYS.indexOf(m[2]!) + 7) % 7 >= 6 ? 6 : WEEKDAYS.indexOf(m[2]!);
        const monday = addDays(today, -sinceMonday);
        if (m[1]?.startsWith('上上')) return addDays(monday, target - 14);
        if (m[1]?.startsWith('上')) return addDays(monday, target - 7);
        const thisWeek = addDays(monday, target);
        if (m[1]) return thisWeek;
        return thisWeek <= today ? thisWeek : addDays(thisWeek, -7);
      },
    ],
    [
      new RegExp(`(?:(今年|去年))?${NUM}月${NUM}(?:日|号)`),
      (m) => {
        const month = num(m[2]);
        const day = num(m[3]);
        if (!month || !day) return undefined;
        const year = Number(today.slice(0, 4)) - (m[1] === '去年' ? 1 : 0);
        const date = isoDate({ year, month, day });
        if (!validDate(date)) return undefined;
        return !m[1] && date > today ? addYears(date, -1) : date;
      },
    ],
  ];
  for (const [pattern, resolve] of words) {
    const m = pattern.exec(text);
    if (!m) continue;
    const date = resolve(m);
    return date && validDate(date) ? { date, match: m[0] } : { error: `日期“${m[0]}”不存在，请检查` };
  }
  return undefined;
}

/**
 * What secretaries type after 记录会议 <类型>: a date, attendance (出席 18/20, 应到20实到18, 到了8个人, or the
 * names: 参加 张三、李四), a place (地点 三楼会议室, 在党员活动室) and the topic (主题 … or whatever is left).
 */
export function parseRecord(text: string, today: string): RecordInput | string {
  const input: RecordInput = {};
  let rest = ` ${text} `;
  const date = parsePastDate(rest, today);
  if (date && 'error' in date) return date.error;
  if (!date && /(明天|后天|下周|下个?月)/.test(rest)) return '召开日期不能晚于今天。还没开的会请用“设置会议”安排。';
  if (date) {
    if (date.date > today) return '召开日期不能晚于今天。还没开的会请用“设置会议”安排。';
    input.date = date.date;
    rest = rest.replace(date.match, ' ');
  }

  // Name lists come before the topic: 主题 学习到会精神 names nobody.
  const head = () => rest.slice(0, /(?:主题|议题|内容)\s*[:：]?/.exec(rest)?.index ?? rest.length);
  for (let absent = nameList(head(), ABSENT_MARKER); absent; absent = nameList(head(), ABSENT_MARKER)) {
    input.absentees = [...new Set([...(input.absentees ?? []), ...absent.names])];
    rest = rest.replace(absent.match, ' ');
  }
  const names = nameList(head(), PRESENT_MARKER);
  if (names) {
    input.names = names.names;
    input.present = names.names.length;
    rest = rest.replace(names.match, ' ');
  }

  const patterns: [RegExp, (m: RegExpExecArray) => string | undefined][] = [
    [new RegExp(`应到\\s*${NUM}\\s*人?[，,\\s]*实到\\s*${NUM}\\s*人?`), (m) => setCounts(input, num(m[2]), num(m[1]))],
    [new RegExp(`实到\\s*${NUM}\\s*人?[，,\\s]*应到\\s*${NUM}\\s*人?`), (m) => setCounts(input, num(m[1]), num(m[2]))],
    [new RegExp(`(?:出席|实到|到会|参会|参加)?\\s*${NUM}\\s*[/／]\\s*${NUM}\\s*人?`), (m) => setCounts(input, num(m[1]), num(m[2]))],
    [new RegExp(`(?:出席|实到|到会|参会|参加|来了|到了)\\s*${NUM}\\s*(?:个人|个|人|名)?`), (m) => setCounts(input, num(m[1]), undefined)],
    [new RegExp(`${NUM}\\s*(?:个人|人|名同志|名党员|名)(?:出席|参加|参会|到会|到场)`), (m) => setCounts(input, num(m[1]), undefined)],
  ];
  if (input.present === undefined) {
    for (const [pattern, apply] of patterns) {
      const m = pattern.exec(rest);
      if (!m) continue;
      const problem = apply(m);
      if (problem) return problem;
      rest = rest.replace(m[0], ' ');
      break;
    }
  } else {
    // Names were listed: a count typed beside them (应到5实到4, 应到5) still lands in its field.
    for (const [pattern, apply] of patterns.slice(0, 3)) {
      const m = pattern.exec(rest);
      if (!m) continue;
      const problem = apply(m);
      if (problem) return problem;
      rest = rest.replace(m[0], ' ');
      break;
    }
    const expected = new RegExp(`应到\\s*${NUM}\\s*人?`).exec(rest);
    if (expected) {
      input.expected = num(expected[1]);
      rest = rest.replace(expected[0], ' ');
    }
    if (input.expected !== undefined && input.present! > input.expected) return '出席人数不能多于应到人数';
  }

  const place =
    /(?:地点|会场)\s*[:：]?\s*([^\s，,。；;]+)|(?:^|\s)在([^\s，,。；;]{2,20}?(?:室|厅|楼|馆|中心|礼堂|会场|基地|村委会|社区))/.exec(rest);
  if (place) {
    input.place = (place[1] ?? place[2])!.slice(0, 100);
    rest = rest.replace(place[0], ' ');
  }
  const topic = /(?:主题|议题|内容)\s*[:：]?\s*(.+)$/.exec(rest.trim());
  const leftover = (topic ? topic[1]! : rest).replace(/^[\s，,。；;：:]+|[\s，,。；;]+$/g, '').replace(/\s+/g, ' ');
  // Words about attendance that were not read would otherwise sit in the topic unnoticed: quote them back. 参加 only
  // with a colon (参加：张三、@SUM(1+1)): 参加2024年培训 is a topic.
  const beforeTopic = topic ? rest.trim().slice(0, topic.index) : leftover;
  const unread =
    /(应到|实到|出席|缺席|请假|缺勤|未到|到会|参会)(?:\s*[:：][^\s，,。；;]*|\s*[\d零一二两三四五六七八九十][^\s，,。；;]*)|参加\s*[:：][^\s，,。；;]*/.exec(
      beforeTopic,
    );
  if (unread) return `“${unread[0]}”没看懂，会议没有记录。人数请写成“出席 18/20”或“应到20实到18”，名单写成“参加：张三、李四”“缺席：王五”。`;
  if (leftover) input.topic = leftover.slice(0, 200);
  return input;
}

function setCounts(input: RecordInput, present: number | undefined, expected: number | undefined): string | undefined {
  if (present === undefined || present > 10_000 || (expected !== undefined && expected > 10_000))
    return '人数看不懂，请写成“出席 18/20”或“应到20实到18”';
  if (expected !== undefined && present > expected) return '出席人数不能多于应到人数，请写成“出席 18/20”或“应到20实到18”';
  input.present = present;
  if (expected !== undefined) input.expected = expected;
  return undefined;
}

/** 出席 18/20（张三、李四…），地点 …，议题 … for replies. */
export function describeRecord(record: {
  held_on: string;
  present: number | null;
  expected: number | null;
  attendance: string | null;
  topic: string | null;
  place: string | null;
  attendees?: string[];
  absentees?: string | null;
}): string {
  const parts = [record.held_on];
  const count =
    record.present !== null ? `${record.present}${record.expected !== null ? `/${record.expected}` : ' 人'}` : record.attendance;
  if (count) parts.push(`出席 ${count}${record.attendees?.length ? `（${record.attendees.join('、')}）` : ''}`);
  if (record.absentees) parts.push(`缺席：${record.absentees}`);
  if (record.place) parts.push(`地点：${record.place}`);
  if (record.topic) parts.push(`议题：${record.topic}`);
  return parts.join('，');
}

const NAME = /^[\u4e00-\u9fa5·]{2,4}$/;
const NOT_A_NAME = /^(在|于|学习|主题|议题|内容|地点|讨论|研究|传达|部署|开展|全体|同志|党员|应到|实到|出席|缺席|请假)/;

const PRESENT_MARKER = /(参会人员|参加人员|出席人员|到会人员|参会的?有|参加的?有|出席的?有|到会的?有|参会|参加|出席|到会)\s*[:：]?\s*/;
const ABSENT_MARKER = /(缺席人员|缺席的?有|请假人员|请假的?有|未到人员|缺席|请假|缺勤|未到)\s*[:：]?\s*/;

/**
 * 参加：张三、李四、王五 / 出席人员 张三 李四 / 缺席：孙七、周八: the names after the marker. With 、or commas the list ends at the
 * first space; with spaces only, at the first word that is not a 2–4 character name.
 */
function nameList(text: string, markerPattern: RegExp): { names: string[]; match: string } | undefined {
  const marker = markerPattern.exec(text);
  if (!marker) return undefined;
  const after = text.slice(marker.index + marker[0].length);
  let words: string[];
  let consumed: string;
  const listed = /^[^\s]+?(?=\s|$)/.exec(after)?.[0] ?? '';
  if (/[、，,和]/.test(listed)) {
    words = listed.split(/[、，,和]+/).filter(Boolean);
    consumed = listed;
  } else {
    words = [];
    consumed = '';
    for (const word of after.split(/(\s+)/)) {
      if (/^\s+$/.test(word)) {
        consumed += word;
        continue;
      }
      if (!NAME.test(word) || NOT_A_NAME.test(word)) break;
      words.push(word);
      consumed += word;
    }
  }
  if (words.length === 0 || !words.every((w) => NAME.test(w) && !NOT_A_NAME.test(w))) return undefined;
  return { names: [...new Set(words)], match: marker[0] + consumed.trimEnd() };
}
