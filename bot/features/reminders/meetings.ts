import { isRecipientUnavailable } from '../../core/errors';
import type { Context, Services } from '../../core/feature';
import type { Address, Reply } from '../../core/message';
import { describeWithNext, nextOccurrences, parseSchedule, type Schedule } from '../../scheduler/parse';
import { parseScheduleSmart } from '../../scheduler/parse/llm';
import { formatLocal, wallOf } from '../../time';
import type { DueJob } from '../../scheduler/types';
import {
  addDays,
  at,
  daysBetween,
  monthOf,
  monthPeriod,
  monthsOfQuarter,
  parseDate,
  quarterOf,
  quarterPeriod,
  today,
  yearPeriod,
  type Period,
} from '../../time';
import type { BranchRow, RecordRow, ScheduleRow } from './storage';

export type Frequency = 'monthly' | 'quarterly' | 'yearly';

export interface MeetingType {
  type: string;
  full: string;
  aliases: string[];
  frequency: Frequency;
}

/** 三会一课 and their usual rhythm (支部工作条例: 党员大会 quarterly, 支委会 monthly, 党小组会 monthly; 党课 at least quarterly). */
export const MEETING_TYPES: MeetingType[] = [
  { type: '党员大会', full: '支部党员大会', aliases: ['支部党员大会', '党员大会', '大会'], frequency: 'quarterly' },
  { type: '支委会', full: '支部委员会会议', aliases: ['支部委员会会议', '支部委员会', '支委会议', '支委会'], frequency: 'monthly' },
  { type: '党小组会', full: '党小组会', aliases: ['党小组会议', '党小组会', '小组会'], frequency: 'monthly' },
  { type: '党课', full: '党课', aliases: ['党课'], frequency: 'quarterly' },
];

export const FREQUENCY_NAMES: Record<Frequency, string> = { monthly: '每月', quarterly: '每季度', yearly: '每年' };
const PERIOD_WORD: Record<Frequency, string> = { monthly: '本月', quarterly: '本季度', yearly: '本年' };
const PERIOD_END: Record<Frequency, string> = { monthly: '月底', quarterly: '季末', yearly: '年底' };

export const MEETING_REMINDER = 'meeting-reminder';
export const MEETING_FOLLOWUP = 'meeting-followup';
export const MEETING_NUDGE = 'meeting-nudge';

/** Finds the meeting type named at the start of `text`; returns it and the rest. */
export function matchType(text: string): { type: MeetingType; rest: string } | undefined {
  const candidates = MEETING_TYPES.flatMap((t) => t.aliases.map((alias) => ({ t, alias }))).sort((a, b) => b.alias.length - a.alias.length);
  for (const { t, alias } of candidates) if (text.startsWith(alias)) return { type: t, rest: text.slice(alias.length).trim() };
  return undefined;
}

export const typeNamed = (type: string) => MEETING_TYPES.find((t) => t.type === type)!;

export interface MeetingDeps {
  services: Services;
}

/** The branch of this chat: the group bound to it, or (in a private chat) the one this secretary runs. */
export function branchOf(ctx: Context): BranchRow | undefined {
  const db = ctx.services.storage.sqlite;
  const own = db.prepare('SELECT * FROM branches WHERE chat_key = ?').get(ctx.chatKey) as BranchRow | undefined;
  if (own || ctx.message.chat.kind === 'group') return own;
  return db.prepare('SELECT * FROM branches WHERE secretary_key = ? ORDER BY id DESC LIMIT 1').get(ctx.userKey) as BranchRow | undefined;
}

export function frequencyOf(services: Services, branchId: number, type: string): Frequency {
  const row = services.storage.sqlite.prepare('SELECT frequency FROM meeting_rules WHERE branch_id = ? AND type = ?').get(branchId, type) as
    | { frequency: Frequency }
    | undefined;
  return row?.frequency ?? typeNamed(type).frequency;
}

export const leadsOf = (branch: BranchRow) => JSON.parse(branch.lead_minutes) as number[];
export const branchAddress = (branch: BranchRow): Address => ({ platform: branch.platform, chatId: branch.chat_id });
export const secretaryAddress = (branch: BranchRow): Address =>
  branch.secretary_chat_id && branch.secretary_platform ? { platform: branch.secretary_platform, chatId: branch.secretary_chat_id } : branchAddress(branch);

export function describeLead(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440}天`;
  if (minutes % 60 === 0) return `${minutes / 60}小时`;
  return `${minutes}分钟`;
}

/** 1天 2小时 30分钟 / 提前一天 / 3天,1小时 → minutes. */
export function parseLeads(text: string): number[] | undefined {
  const re = /(\d+|[一二两三四五六七八九十]+)\s*(天|日|小时|个小时|钟头|分钟|分|周|星期)/g;
  const out: number[] = [];
  const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : ({ 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 } as Record<string, number>)[s]);
  for (const m of text.matchAll(re)) {
    const n = num(m[1]!);
    if (!n) return undefined;
    const unit = m[2]!;
    out.push(unit === '天' || unit === '日' ? n * 1440 : unit === '周' || unit === '星期' ? n * 10080 : unit.includes('小时') || unit === '钟头' ? n * 60 : n);
  }
  const unique = [...new Set(out)].sort((a, b) => b - a);
  return unique.length > 0 && unique.every((m) => m >= 5 && m <= 30 * 1440) ? unique : undefined;
}

const scheduleOf = (row: ScheduleRow) => JSON.parse(row.schedule) as Schedule;

/** Plans the reminders (one per lead time) and the follow-up question of the next meeting after `after`. */
export async function planMeeting(services: Services, branch: BranchRow, row: ScheduleRow, after: Date): Promise<Date | undefined> {
  const now = services.clock.now();
  const [next] = nextOccurrences(scheduleOf(row), after, 1, { zone: branch.zone, holidays: branch.holidays === 1 });
  if (!next) return undefined;
  const occurrence = next.toISOString();
  for (const lead of leadsOf(branch)) {
    const dueAt = new Date(next.getTime() - lead * 60_000);
    if (dueAt <= now) continue;
    await services.scheduler.schedule({
      kind: MEETING_REMINDER,
      occurrenceKey: `s${row.id}:${occurrence}:${lead}`,
      dueAt,
      address: branchAddress(branch),
      payload: { scheduleId: row.id, occurrence, lead },
      // A reminder is still useful until the meeting starts.
      graceMs: lead * 60_000,
    });
  }
  await services.scheduler.schedule({
    kind: MEETING_FOLLOWUP,
    occurrenceKey: `s${row.id}:${occurrence}`,
    dueAt: new Date(next.getTime() + 2 * 3600_000),
    address: secretaryAddress(branch),
    payload: { scheduleId: row.id, occurrence },
    graceMs: 14 * 86_400_000,
  });
  return next;
}

export async function replanMeeting(services: Services, branch: BranchRow, row: ScheduleRow): Promise<Date | undefined> {
  await services.scheduler.cancel(MEETING_REMINDER, `s${row.id}:`);
  await services.scheduler.cancel(MEETING_FOLLOWUP, `s${row.id}:`);
  return planMeeting(services, branch, row, services.clock.now());
}

function loadSchedule(services: Services, id: number): { row: ScheduleRow; branch: BranchRow } | undefined {
  const db = services.storage.sqlite;
  const row = db.prepare('SELECT * FROM meeting_schedules WHERE id = ? AND active = 1').get(id) as ScheduleRow | undefined;
  if (!row) return undefined;
  const branch = db.prepare('SELECT * FROM branches WHERE id = ?').get(row.branch_id) as BranchRow | undefined;
  return branch ? { row, branch } : undefined;
}

/**
 * Sends to every address even when some fail: a member who blocked the bot must not cost the others their
 * reminder (the app has already paused pushes to that member). Another failure is rethrown after the rest
 * were tried, so the job is retried.
 */
async function pushAll(services: Services, addresses: Address[], reply: Reply): Promise<void> {
  const seen = new Set<string>();
  let failure: unknown;
  for (const address of addresses) {
    const key = `${address.platform}:${address.chatId}`;
    if (seen.has(key) || !services.canPush(address.platform)) continue;
    seen.add(key);
    try {
      await services.push(address, reply);
    } catch (error) {
      if (!isRecipientUnavailable(error)) failure ??= error;
    }
  }
  if (failure) throw failure;
}

export const lateNote = '（迟到的提醒：助手刚恢复运行）';

export function reminderHandler(services: Services) {
  return async (job: DueJob<{ scheduleId: number; occurrence: string; lead: number }>) => {
    const found = loadSchedule(services, job.payload.scheduleId);
    if (!found) return;
    const { row, branch } = found;
    const when = formatLocal(new Date(job.payload.occurrence), branch.zone);
    const text = `${job.late ? `${lateNote}\n` : ''}会议提醒：${branch.name}${typeNamed(row.type).full}将于 ${when} 召开（提前 ${describeLead(job.payload.lead)}提醒）。`;
    const members = services.storage.sqlite
      .prepare('SELECT platform, private_chat_id FROM branch_members WHERE branch_id = ? AND opt_in = 1 AND private_chat_id IS NOT NULL')
      .all(branch.id) as { platform: string; private_chat_id: string }[];
    await pushAll(services, [branchAddress(branch), ...members.map((m) => ({ platform: m.platform, chatId: m.private_chat_id }))], { text });
  };
}

export function followupHandler(services: Services) {
  return async (job: DueJob<{ scheduleId: number; occurrence: string }>) => {
    const found = loadSchedule(services, job.payload.scheduleId);
    if (!found) return;
    const { row, branch } = found;
    // Plan the next meeting first, so a failed question does not end the series.
    await planMeeting(services, branch, row, new Date(job.payload.occurrence));
    const date = today(new Date(job.payload.occurrence), branch.zone);
    const text = `${job.late ? `${lateNote}\n` : ''}${branch.name}${typeNamed(row.type).full}原定 ${formatLocal(new Date(job.payload.occurrence), branch.zone)} 召开。请书记记录是否已召开：`;
    const address = secretaryAddress(branch);
    if (!services.canPush(address.platform)) throw new Error(`no messenger for ${address.platform}`);
    await services.push(address, {
      text,
      buttons: [[{ label: '已召开，去记录', data: `rm:held:${row.id}:${date}` }, { label: '未召开', data: `rm:skip:${row.id}:${date}` }]],
    });
  };
}

export interface ComplianceItem {
  type: string;
  period: Period;
  held: number;
  status: 'held' | 'missing' | 'upcoming';
  daysLeft: number;
}

/** Held / missing / upcoming per meeting type for the periods inside `view` (a month, a quarter or a year). */
export function compliance(services: Services, branch: BranchRow, view: Period, todayDate: string): ComplianceItem[] {
  const records = services.storage.sqlite
    .prepare('SELECT type, held_on FROM meeting_records WHERE branch_id = ? AND held_on BETWEEN ? AND ?')
    .all(branch.id, view.start, view.end) as { type: string; held_on: string }[];
  const items: ComplianceItem[] = [];
  for (const t of MEETING_TYPES) {
    const frequency = frequencyOf(services, branch.id, t.type);
    const [y, m] = view.start.split('-').map(Number) as [number, number];
    let periods: Period[];
    if (frequency === 'monthly') periods = view.key.includes('Q') ? monthsOfQuarter(view) : /^\d{4}$/.test(view.key) ? Array.from({ length: 12 }, (_, i) => monthPeriod(y, i + 1)) : [view];
    else if (frequency === 'quarterly') periods = /^\d{4}$/.test(view.key) ? [1, 2, 3, 4].map((q) => quarterPeriod(y, q)) : [view.key.includes('Q') ? view : quarterOf(view.start)];
    else periods = [yearPeriod(y)];
    void m;
    for (const period of periods) {
      const held = records.filter((r) => r.type === t.type && r.held_on >= period.start && r.held_on <= period.end).length;
      const status = held > 0 ? 'held' : todayDate <= period.end ? 'upcoming' : 'missing';
      items.push({ type: t.type, period, held, status, daysLeft: Math.max(0, daysBetween(todayDate, period.end)) });
    }
  }
  return items;
}

export function renderCompliance(branch: BranchRow, view: Period, items: ComplianceItem[]): string {
  const lines = [`${branch.name} ${view.label}三会一课情况：`];
  for (const t of MEETING_TYPES) {
    const own = items.filter((i) => i.type === t.type);
    if (own.length === 0) continue;
    const parts = own.map((i) => {
      const label = own.length > 1 || i.period.key !== view.key ? `${i.period.label.replace(/^\d+年/, '')} ` : '';
      if (i.status === 'held') return `${label}已召开${i.held > 1 ? ` ${i.held} 次` : ''} ✓`;
      if (i.status === 'missing') return `${label}未召开 ✗`;
      return `${label}待召开（还剩 ${i.daysLeft} 天）`;
    });
    lines.push(`· ${t.full}：${parts.join('；')}`);
  }
  const count = (s: ComplianceItem['status']) => items.filter((i) => i.status === s).length;
  lines.push(`合计：已召开 ${count('held')} 项，缺 ${count('missing')} 项，待召开 ${count('upcoming')} 项。`);
  return lines.join('\n');
}

/** 本季度 / 上季度 / 本月 / 上月 / 2026-Q1 / 2026年第一季度 / 2026-03 / 2026年3月 / 2026年 → a period. */
export function parsePeriod(text: string, todayDate: string): Period | undefined {
  const t = text.replace(/\s+/g, '');
  const q = quarterOf(todayDate);
  if (t === '' || t === '本季度' || t === '这个季度' || t === '季度') return q;
  if (t === '上季度' || t === '上个季度') return quarterOf(addDays(q.start, -1));
  if (t === '本月' || t === '这个月' || t === '月') return monthOf(todayDate);
  if (t === '上月' || t === '上个月') return monthOf(addDays(monthOf(todayDate).start, -1));
  if (t === '今年' || t === '本年' || t === '全年') return yearPeriod(Number(todayDate.slice(0, 4)));
  let m = /^(\d{4})(?:-?Q|年第?)([1-4一二三四])(?:季度)?$/i.exec(t);
  if (m) return quarterPeriod(Number(m[1]), '1234'.includes(m[2]!) ? Number(m[2]) : '一二三四'.indexOf(m[2]!) + 1);
  m = /^(\d{4})[-年](\d{1,2})月?$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return monthPeriod(Number(m[1]), Number(m[2]));
  m = /^(\d{4})年?$/.exec(t);
  if (m) return yearPeriod(Number(m[1]));
  return undefined;
}

/** The deadline nudges of the current and the next periods (idempotent by occurrence key). */
export async function planNudges(services: Services, branch: BranchRow): Promise<void> {
  const now = services.clock.now();
  const todayDate = today(now, branch.zone);
  const q = quarterOf(todayDate);
  const nextQ = quarterOf(addDays(q.end, 1));
  const mo = monthOf(todayDate);
  const nextMo = monthOf(addDays(mo.end, 1));
  const plans: { scope: Frequency; period: Period; days: number }[] = [
    ...[q, nextQ].flatMap((period) => [15, 7].map((days) => ({ scope: 'quarterly' as const, period, days }))),
    ...[mo, nextMo].map((period) => ({ scope: 'monthly' as const, period, days: 5 })),
  ];
  for (const plan of plans) {
    const dueAt = at(addDays(plan.period.end, -plan.days), 9, 0, branch.zone);
    if (dueAt <= now) continue;
    await services.scheduler.schedule({
      kind: MEETING_NUDGE,
      occurrenceKey: `b${branch.id}:${plan.period.key}:${plan.days}`,
      dueAt,
      address: secretaryAddress(branch),
      payload: { branchId: branch.id, scope: plan.scope, start: plan.period.start, end: plan.period.end, label: plan.period.label, key: plan.period.key },
      graceMs: 2 * 86_400_000,
    });
  }
}

/** Which meeting types of a frequency have no record in the period. */
export function missingTypes(services: Services, branch: BranchRow, scope: Frequency, start: string, end: string): MeetingType[] {
  const held = new Set(
    (services.storage.sqlite.prepare('SELECT DISTINCT type FROM meeting_records WHERE branch_id = ? AND held_on BETWEEN ? AND ?').all(branch.id, start, end) as {
      type: string;
    }[]).map((r) => r.type),
  );
  return MEETING_TYPES.filter((t) => frequencyOf(services, branch.id, t.type) === scope && !held.has(t.type));
}

export function nudgeText(scope: Frequency, missing: MeetingType[], daysLeft: number): string {
  return `${PERIOD_WORD[scope]}尚未召开${missing.map((t) => t.full).join('、')}，距${PERIOD_END[scope]}还有 ${daysLeft} 天。召开后请发送“记录会议 类型 日期 出席 人数/应到 主题 …”。`;
}

export function nudgeHandler(services: Services) {
  return async (job: DueJob<{ branchId: number; scope: Frequency; start: string; end: string }>) => {
    const branch = services.storage.sqlite.prepare('SELECT * FROM branches WHERE id = ?').get(job.payload.branchId) as BranchRow | undefined;
    if (!branch) return;
    await planNudges(services, branch);
    const missing = missingTypes(services, branch, job.payload.scope, job.payload.start, job.payload.end);
    if (missing.length === 0) return;
    const daysLeft = daysBetween(today(services.clock.now(), branch.zone), job.payload.end);
    await pushAll(services, [secretaryAddress(branch)], { text: `${job.late ? `${lateNote}\n` : ''}${nudgeText(job.payload.scope, missing, daysLeft)}` });
  };
}

export interface RecordInput {
  date?: string;
  attendance?: string;
  topic?: string;
}

/** 2026-03-10 出席 18/20 主题 学习…  (every part optional). */
export function parseRecord(text: string): RecordInput | string {
  const input: RecordInput = {};
  let rest = text;
  const date = parseDate(rest);
  if (/\d{4}\s*[年\-/.]/.test(rest) && !date) return '日期看不懂，请写成 2026-03-10 或 2026年3月10日';
  if (date) {
    input.date = date;
    rest = rest.replace(/\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*[日号]?/, ' ');
  }
  const att = /(?:出席|实到|到会)?\s*(\d{1,4})\s*[/／]\s*(\d{1,4})\s*人?|(?:出席|实到|到会)\s*(\d{1,4})\s*人?/.exec(rest);
  if (att) {
    if (att[1] && Number(att[1]) > Number(att[2])) return '出席人数不能多于应到人数，请写成“出席 18/20”';
    input.attendance = att[1] ? `${att[1]}/${att[2]}` : att[3];
    rest = rest.replace(att[0], ' ');
  }
  const topic = /(?:主题|议题|内容)\s*[:：]?\s*(.+)$/.exec(rest);
  if (topic) input.topic = topic[1]!.trim().slice(0, 200);
  else if (rest.trim()) input.topic = rest.trim().slice(0, 200);
  return input;
}

export function saveRecord(services: Services, branch: BranchRow, type: string, input: RecordInput, userKey: string): RecordRow {
  const now = services.clock.now();
  const date = input.date ?? today(now, branch.zone);
  const id = services.storage.sqlite
    .prepare('INSERT INTO meeting_records (branch_id, type, held_on, attendance, topic, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(branch.id, type, date, input.attendance ?? null, input.topic ?? null, userKey, now.toISOString()).lastInsertRowid;
  return services.storage.sqlite.prepare('SELECT * FROM meeting_records WHERE id = ?').get(id) as RecordRow;
}

/** Parses a phrase for a meeting type and renders the confirmation text. */
export async function previewSchedule(services: Services, branch: BranchRow, phrase: string): Promise<{ schedule: Schedule; text: string } | { error: string }> {
  const now = services.clock.now();
  const options = { from: now, zone: branch.zone, llm: services.llm };
  const parsed = await parseScheduleSmart(phrase, options);
  if (!parsed.ok) return { error: parsed.reason };
  return { schedule: parsed.schedule, text: describeWithNext(parsed.schedule, now, { zone: branch.zone, holidays: branch.holidays === 1 }) };
}

const icsEscape = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
const icsLocal = (d: Date, zone: string) => {
  const w = wallOf(d, zone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.year}${p(w.month)}${p(w.day)}T${p(w.hour)}${p(w.minute)}00`;
};

/** The branch's schedule as iCalendar: one VEVENT per meeting type; holiday moves of the next year as EXDATE/RDATE. */
export function scheduleIcs(services: Services, branch: BranchRow): string {
  const rows = services.storage.sqlite.prepare('SELECT * FROM meeting_schedules WHERE branch_id = ? AND active = 1 ORDER BY id').all(branch.id) as ScheduleRow[];
  const now = services.clock.now();
  const stamp = `${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//dangwu//meetings//ZH', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${icsEscape(`${branch.name}三会一课`)}`];
  for (const row of rows) {
    const schedule = scheduleOf(row);
    const plain = nextOccurrences(schedule, now, 24, { zone: branch.zone, holidays: false });
    const moved = nextOccurrences(schedule, now, 24, { zone: branch.zone, holidays: branch.holidays === 1 });
    if (plain.length === 0) continue;
    const first = plain[0]!;
    lines.push('BEGIN:VEVENT', `UID:dangwu-${branch.id}-${row.id}@dangwu`, `DTSTAMP:${stamp}`, `DTSTART;TZID=${branch.zone}:${icsLocal(first, branch.zone)}`, 'DURATION:PT2H');
    lines.push(`SUMMARY:${icsEscape(`${branch.name}${typeNamed(row.type).full}`)}`, `DESCRIPTION:${icsEscape(schedule.description)}`);
    if (schedule.type === 'recurring') {
      const rrule = schedule.rrule.replace(/;BYHOUR=\d+;BYMINUTE=\d+/, '');
      lines.push(`RRULE:${rrule}`);
      const plainSet = new Set(plain.map((d) => d.getTime()));
      const movedSet = new Set(moved.map((d) => d.getTime()));
      const last = Math.min(plain[plain.length - 1]!.getTime(), moved[moved.length - 1]?.getTime() ?? Infinity);
      const exdates = plain.filter((d) => !movedSet.has(d.getTime()) && d.getTime() <= last);
      const rdates = moved.filter((d) => !plainSet.has(d.getTime()) && d.getTime() <= last);
      if (exdates.length) lines.push(`EXDATE;TZID=${branch.zone}:${exdates.map((d) => icsLocal(d, branch.zone)).join(',')}`);
      if (rdates.length) lines.push(`RDATE;TZID=${branch.zone}:${rdates.map((d) => icsLocal(d, branch.zone)).join(',')}`);
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

const csvCell = (value: string | null) => {
  const s = value ?? '';
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Meeting records as CSV (UTF-8 with BOM so Excel reads the Chinese). */
export function recordsCsv(services: Services, branch: BranchRow): string {
  const rows = services.storage.sqlite.prepare('SELECT * FROM meeting_records WHERE branch_id = ? ORDER BY held_on, id').all(branch.id) as RecordRow[];
  const lines = ['会议类型,召开日期,出席情况,议题,记录人,记录时间'];
  for (const r of rows) lines.push([typeNamed(r.type).full, r.held_on, r.attendance, r.topic, r.recorded_by, r.recorded_at].map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const MEETING_HELP = [
  '三会一课用法（书记操作）：',
  '· 绑定支部 第一党支部 —— 把本群（或你的私聊）绑定到支部',
  '· 设置会议 党员大会 每季度第一个月10日上午9点',
  '· 会议频次 党课 每月 —— 修改要求的频次（每月/每季度/每年）',
  '· 提醒提前 1天 2小时 —— 会前提醒时间',
  '· 记录会议 支委会 2026-03-10 出席 5/5 主题 研究发展党员',
  '· 会议情况 [本季度/上季度/本月/2026-Q1]',
  '· 导出日程（.ics）、导出会议记录（CSV）',
  '党员可发送“订阅会议提醒”在私聊收到提醒。',
].join('\n');

export { formatLocal };
