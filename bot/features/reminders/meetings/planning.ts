import { isRecipientUnavailable } from '../../../core/errors';
import type { Services } from '../../../core/feature';
import type { Address, Reply } from '../../../core/message';
import { toCsv } from '../../../export/cells';
import { nextOccurrences, occurrencesAfter, type Schedule } from '../../../scheduler/parse';
import type { DueJob } from '../../../scheduler/types';
import {
  addDays,
  at,
  daysBetween,
  formatLocal,
  formatStamp,
  localDate,
  monthOf,
  monthPeriod,
  monthsOfQuarter,
  type Period,
  quarterOf,
  quarterPeriod,
  today,
  wallOf,
  yearPeriod,
  zoneLabel,
} from '../../../time';
import type { BranchStore } from '../branches/store';
import { lateNote } from '../shared';
import type { BranchRow, ScheduleRow } from '../tables';
import type { MeetingStore } from './store';
import {
  branchAddress,
  describeLead,
  type Frequency,
  isFrequency,
  leadsOf,
  MEETING_TYPES,
  type MeetingType,
  secretaryAddress,
  typeNamed,
} from './types';

export const MEETING_REMINDER = 'meeting-reminder';
export const MEETING_FOLLOWUP = 'meeting-followup';
export const MEETING_NUDGE = 'meeting-nudge';

const PERIOD_WORD: Record<Frequency, string> = { monthly: '本月', quarterly: '本季度', yearly: '本年' };
const PERIOD_END: Record<Frequency, string> = { monthly: '月底', quarterly: '季末', yearly: '年底' };

export const scheduleOf = (row: ScheduleRow): Schedule => JSON.parse(row.schedule) as Schedule;
export const occurrenceOptions = (branch: BranchRow) => ({ zone: branch.zone, holidays: branch.holidays === 1 });

export interface MeetingPlanner {
  frequencyOf(branchId: number, type: string): Promise<Frequency>;
  plan(branch: BranchRow, row: ScheduleRow, after: Date): Promise<Date | undefined>;
  replan(branch: BranchRow, row: ScheduleRow): Promise<Date | undefined>;
  planNudges(branch: BranchRow): Promise<void>;
  register(): void;
}

/**
 * Sends to every address even when some fail: a member who blocked the bot must not cost the others their
 * reminder (the app has already paused pushes to that member). Another failure is rethrown after the rest
 * were tried, so the job is retried.
 */
export async function pushAll(services: Services, addresses: Address[], reply: Reply): Promise<void> {
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

/** The frequency a meeting type is required at in a branch: the secretary's setting, else the usual rhythm. */
export async function frequencyOf(meetings: MeetingStore, branchId: number, type: string): Promise<Frequency> {
  const stored = await meetings.frequency(branchId, type);
  return isFrequency(stored) ? stored : typeNamed(type).frequency;
}

export function createMeetingPlanner(services: Services, branches: BranchStore, meetings: MeetingStore): MeetingPlanner {
  const planner: MeetingPlanner = {
    frequencyOf: (branchId, type) => frequencyOf(meetings, branchId, type),

    /** Plans the reminders (one per lead time) and the follow-up question of the next meeting after `after`. */
    async plan(branch, row, after) {
      const now = services.clock.now();
      const [coming] = occurrencesAfter(scheduleOf(row), after, 1, occurrenceOptions(branch));
      if (!coming) return undefined;
      const next = coming.at;
      const occurrence = next.toISOString();
      const moved = coming.movedFrom;
      for (const lead of leadsOf(branch)) {
        const dueAt = new Date(next.getTime() - lead * 60_000);
        if (dueAt <= now) continue;
        await services.scheduler.schedule({
          kind: MEETING_REMINDER,
          occurrenceKey: `s${row.id}:${occurrence}:${lead}`,
          dueAt,
          address: branchAddress(branch),
          payload: { scheduleId: row.id, occurrence, lead, ...(moved ? { moved } : {}) },
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
    },

    async replan(branch, row) {
      await services.scheduler.cancel(MEETING_REMINDER, `s${row.id}:`);
      await services.scheduler.cancel(MEETING_FOLLOWUP, `s${row.id}:`);
      return planner.plan(branch, row, services.clock.now());
    },

    /** The deadline nudges of the current and the next periods (idempotent by occurrence key). */
    async planNudges(branch) {
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
          payload: {
            branchId: branch.id,
            scope: plan.scope,
            start: plan.period.start,
            end: plan.period.end,
            label: plan.period.label,
            key: plan.period.key,
          },
          graceMs: 2 * 86_400_000,
        });
      }
    },

    register() {
      services.scheduler.register(
        MEETING_REMINDER,
        async (job: DueJob<{ scheduleId: number; occurrence: string; lead: number; moved?: { date: string; reason: string } }>) => {
          const found = await load(job.payload.scheduleId);
          if (!found) return;
          const { row, branch } = found;
          const when = formatLocal(new Date(job.payload.occurrence), branch.zone);
          const text = `${job.late ? `${lateNote}\n` : ''}会议提醒：${branch.name}${typeNamed(row.type).full}将于 ${when} 召开（提前 ${describeLead(job.payload.lead)}提醒）。${job.payload.moved ? `原定 ${job.payload.moved.date} 是${job.payload.moved.reason}，已顺延。` : ''}`;
          // Every chat bound to the branch hears it (none once the console unbound its last one).
          const chats = (await branches.chats(branch.id)).map((c) => ({ platform: c.platform, chatId: c.chatId }));
          await pushAll(services, [...chats, ...(await branches.optedIn(branch.id))], { text });
        },
      );
      services.scheduler.register(MEETING_FOLLOWUP, async (job: DueJob<{ scheduleId: number; occurrence: string }>) => {
        const found = await load(job.payload.scheduleId);
        if (!found) return;
        const { row, branch } = found;
        // Plan the next meeting first, so a failed question does not end the series.
        await planner.plan(branch, row, new Date(job.payload.occurrence));
        const date = today(new Date(job.payload.occurrence), branch.zone);
        const text = `${job.late ? `${lateNote}\n` : ''}${branch.name}${typeNamed(row.type).full}原定 ${formatLocal(new Date(job.payload.occurrence), branch.zone)} 召开。请书记记录是否已召开：`;
        const address = secretaryAddress(branch);
        if (!services.canPush(address.platform)) throw new Error(`no messenger for ${address.platform}`);
        await services.push(address, {
          text,
          buttons: [
            [
              { label: '已召开，去记录', data: `rm:held:${row.id}:${date}` },
              { label: '未召开', data: `rm:skip:${row.id}:${date}` },
            ],
          ],
        });
      });
      services.scheduler.register(
        MEETING_NUDGE,
        async (job: DueJob<{ branchId: number; scope: Frequency; start: string; end: string }>) => {
          const branch = await branches.byId(job.payload.branchId);
          if (!branch) return;
          await planner.planNudges(branch);
          const missing = await missingTypes(job.payload.branchId, job.payload.scope, job.payload.start, job.payload.end);
          if (missing.length === 0) return;
          const daysLeft = daysBetween(today(services.clock.now(), branch.zone), job.payload.end);
          await pushAll(services, [secretaryAddress(branch)], {
            text: `${job.late ? `${lateNote}\n` : ''}${nudgeText(job.payload.scope, missing, daysLeft)}`,
          });
        },
      );
    },
  };

  async function load(id: number): Promise<{ row: ScheduleRow; branch: BranchRow } | undefined> {
    const row = await meetings.schedule(id);
    const branch = row ? await branches.byId(row.branch_id) : undefined;
    return row && branch ? { row, branch } : undefined;
  }

  async function missingTypes(branchId: number, scope: Frequency, start: string, end: string): Promise<MeetingType[]> {
    const held = new Set((await meetings.records(branchId, { from: start, to: end })).map((r) => r.type));
    const out: MeetingType[] = [];
    for (const t of MEETING_TYPES) if ((await planner.frequencyOf(branchId, t.type)) === scope && !held.has(t.type)) out.push(t);
    return out;
  }

  return planner;
}

export function nudgeText(scope: Frequency, missing: MeetingType[], daysLeft: number): string {
  return `${PERIOD_WORD[scope]}尚未召开${missing.map((t) => t.full).join('、')}，距${PERIOD_END[scope]}还有 ${daysLeft} 天。召开后请发送“记录会议 类型 日期 出席 人数/应到 主题 …”。`;
}

export interface ComplianceItem {
  type: string;
  period: Period;
  held: number;
  /** before: the period ended (with nothing recorded) before the branch's records start, so it is not counted. */
  status: 'held' | 'missing' | 'upcoming' | 'before';
  daysLeft: number;
}

/**
 * The date a branch's records count from: the start the secretary set, else the day the branch was bound or the
 * earliest record entered (a secretary who enters January's meetings in March has kept records since January).
 */
export function recordsFrom(
  branch: Pick<BranchRow, 'records_from' | 'created_at' | 'zone'>,
  earliestRecords: (string | undefined)[] = [],
): string {
  if (branch.records_from) return branch.records_from;
  return [localDate(new Date(branch.created_at), branch.zone), ...earliestRecords].filter((d): d is string => !!d).sort()[0]!;
}

/** The periods of one required frequency that a view (a month, a quarter or a year) shows. */
function periodsOf(frequency: Frequency, view: Period): Period[] {
  const year = Number(view.start.slice(0, 4));
  const isYear = /^\d{4}$/.test(view.key);
  const isQuarter = view.key.includes('Q');
  if (frequency === 'monthly')
    return isQuarter ? monthsOfQuarter(view) : isYear ? Array.from({ length: 12 }, (_, i) => monthPeriod(year, i + 1)) : [view];
  if (frequency === 'quarterly')
    return isYear ? [1, 2, 3, 4].map((q) => quarterPeriod(year, q)) : [isQuarter ? view : quarterOf(view.start)];
  return [yearPeriod(year)];
}

/**
 * Held / missing / upcoming per meeting type for the periods a view shows. The one computation behind every period
 * view (chat, chart, console): a period is judged on all of its records, whatever part of it the view names, so
 * 本月 and 上个月 agree about their quarter. A period that ended before the branch's records start, with nothing
 * recorded, is not counted; one still running is 待召开 as any other.
 */
export async function compliance(
  meetings: MeetingStore,
  frequencyOf: (branchId: number, type: string) => Promise<Frequency>,
  branch: BranchRow,
  view: Period,
  todayDate: string,
): Promise<ComplianceItem[]> {
  const start = recordsFrom(branch, [await meetings.firstRecordDate(branch.id)]);
  const plan: { type: string; period: Period }[] = [];
  for (const t of MEETING_TYPES)
    for (const period of periodsOf(await frequencyOf(branch.id, t.type), view)) plan.push({ type: t.type, period });
  const from = plan.map((p) => p.period.start).sort()[0] ?? view.start;
  const to =
    plan
      .map((p) => p.period.end)
      .sort()
      .at(-1) ?? view.end;
  const records = await meetings.records(branch.id, { from, to });
  return plan.map(({ type, period }) => {
    const held = records.filter((r) => r.type === type && r.held_on >= period.start && r.held_on <= period.end).length;
    const status = held > 0 ? 'held' : todayDate <= period.end ? 'upcoming' : period.start < start ? 'before' : 'missing';
    return { type, period, held, status, daysLeft: Math.max(0, daysBetween(todayDate, period.end)) };
  });
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
      if (i.status === 'before') return `${label}不计（在本支部开始记录之前）`;
      return `${label}待召开（还剩 ${i.daysLeft} 天）`;
    });
    lines.push(`· ${t.full}：${parts.join('；')}`);
  }
  const count = (s: ComplianceItem['status']) => items.filter((i) => i.status === s).length;
  lines.push(
    `合计：已召开 ${count('held')} 项，缺 ${count('missing')} 项，待召开 ${count('upcoming')} 项${count('before') ? `，开始记录前 ${count('before')} 项不计` : ''}。`,
  );
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

const icsEscape = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
const icsLocal = (d: Date, zone: string) => {
  const w = wallOf(d, zone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.year}${p(w.month)}${p(w.day)}T${p(w.hour)}${p(w.minute)}00`;
};

/** The zone's offset at an instant as iCalendar writes it: +0800. */
function icsOffset(zone: string, instant: Date): string {
  const w = wallOf(instant, zone);
  const minutes = Math.round(
    (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000,
  );
  const abs = Math.abs(minutes);
  return `${minutes >= 0 ? '+' : '-'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The branch's schedule as iCalendar: a VTIMEZONE for the branch's zone (China keeps one offset all year), one
 * VEVENT per meeting type with its RRULE, a VALARM per lead time, and the moves of the coming year off weekends
 * and holidays (as the bot will remind) as EXDATE/RDATE.
 */
export function scheduleIcs(branch: BranchRow, rows: ScheduleRow[], now: Date): string {
  const stamp = `${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '').slice(0, 15)}Z`;
  const offset = icsOffset(branch.zone, now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//dangwu//meetings//ZH',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${icsEscape(`${branch.name}三会一课`)}`,
    `X-WR-TIMEZONE:${branch.zone}`,
    'BEGIN:VTIMEZONE',
    `TZID:${branch.zone}`,
    `X-LIC-LOCATION:${branch.zone}`,
    'BEGIN:STANDARD',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    `TZNAME:${icsEscape(zoneLabel(branch.zone))}`,
    'DTSTART:19700101T000000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  const options = occurrenceOptions(branch);
  for (const row of rows) {
    const schedule = scheduleOf(row);
    const plainSchedule: Schedule =
      schedule.type === 'recurring'
        ? { ...schedule, adjust: schedule.adjust === 'workdays' ? 'none' : schedule.adjust, holidays: false }
        : schedule;
    const plain = nextOccurrences(plainSchedule, now, 24, { zone: branch.zone, holidays: false });
    const moved = occurrencesAfter(schedule, now, 24, options).map((o) => o.at);
    if (plain.length === 0 && moved.length === 0) continue;
    const first = plain[0] ?? moved[0]!;
    lines.push(
      'BEGIN:VEVENT',
      `UID:dangwu-${branch.id}-${row.id}@dangwu`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${branch.zone}:${icsLocal(first, branch.zone)}`,
      'DURATION:PT2H',
    );
    lines.push(`SUMMARY:${icsEscape(`${branch.name}${typeNamed(row.type).full}`)}`, `DESCRIPTION:${icsEscape(schedule.description)}`);
    if (schedule.type === 'recurring') {
      lines.push(`RRULE:${schedule.rrule.replace(/;BYHOUR=\d+;BYMINUTE=\d+/, '')}`);
      const plainSet = new Set(plain.map((d) => d.getTime()));
      const movedSet = new Set(moved.map((d) => d.getTime()));
      const last = Math.min(plain.at(-1)?.getTime() ?? Infinity, moved.at(-1)?.getTime() ?? Infinity);
      const exdates = plain.filter((d) => !movedSet.has(d.getTime()) && d.getTime() <= last);
      const rdates = moved.filter((d) => !plainSet.has(d.getTime()) && d.getTime() <= last);
      if (exdates.length) lines.push(`EXDATE;TZID=${branch.zone}:${exdates.map((d) => icsLocal(d, branch.zone)).join(',')}`);
      if (rdates.length) lines.push(`RDATE;TZID=${branch.zone}:${rdates.map((d) => icsLocal(d, branch.zone)).join(',')}`);
    }
    for (const lead of leadsOf(branch)) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:-PT${lead}M`,
        `DESCRIPTION:${icsEscape(`${typeNamed(row.type).full}（提前${describeLead(lead)}）`)}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

/** An old free-text attendance (18/20) worded so that no spreadsheet takes it for a date or a number. */
const asText = (attendance: string | null) => {
  const m = attendance ? /^(\d+)\s*\/\s*(\d+)$/.exec(attendance) : null;
  return m ? `实到${m[1]}/应到${m[2]}` : attendance && /^\d+$/.test(attendance) ? `实到${attendance}` : attendance;
};

/** Meeting records as CSV (UTF-8 with BOM so Excel reads the Chinese): names, not ids; local times. */
export function recordsCsv(
  branch: BranchRow,
  records: {
    type: string;
    held_on: string;
    attendance: string | null;
    present: number | null;
    expected: number | null;
    attendees: string[];
    absentees: string | null;
    place: string | null;
    topic: string | null;
    recorded_by: string;
    recorded_at: string;
  }[],
  names: Map<string, string>,
): string {
  const headers = [
    '会议类型',
    '召开日期',
    '出席情况',
    '出席人员',
    '缺席人员',
    '地点',
    '议题',
    '记录人',
    `记录时间（${zoneLabel(branch.zone)}）`,
  ];
  const rows = records.map((r) => {
    // 实到4/应到5, not 4/5: a spreadsheet reads 4/5 as the date April 5th.
    const attendance = r.present !== null ? `实到${r.present}${r.expected !== null ? `/应到${r.expected}` : ''}` : asText(r.attendance);
    return [
      typeNamed(r.type).full,
      r.held_on,
      attendance,
      r.attendees.join('、'),
      r.absentees,
      r.place,
      r.topic,
      names.get(r.recorded_by) ?? '书记',
      formatStamp(new Date(r.recorded_at), branch.zone),
    ];
  });
  return toCsv(headers, rows);
}
