import type { Context } from '../../../core/feature';
import { localDate, today } from '../../../time';
import { requireSecretaryBranch } from '../branches/scope';
import type { DuesStore } from '../dues/store';
import { recordsFrom } from '../meetings/planning';
import type { MeetingStore } from '../meetings/store';
import { typeNamed } from '../meetings/types';
import { branchRoster, type RosterEntry } from '../roster';
import type { Subject, SubjectDeps } from '../shared';
import type { BranchRow } from '../tables';

/** 关注 after 3 months; 6 months is the 党章's threshold for 自行脱党 (without good reason). */
export const WATCH_MONTHS = 3;
export const LAPSE_MONTHS = 6;

export interface WarningSignal {
  name: string;
  /** lapse: six whole months with nothing recorded, shown with the 党章's wording; watch: three or more. */
  level: 'watch' | 'lapse';
  /** The facts behind the signal, in words (the chat and the console show these same words). */
  facts: string[];
}

/** The label of a level, as the chat and the console show it. */
export const LEVEL_LABEL: Record<WarningSignal['level'], string> = { lapse: '满6个月', watch: '关注' };

/** Whole months from one date to another, as the rules count them: 06-10 → 12-05 is 5 months (and 25 days). */
export function wholeMonths(from: string, to: string): number {
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  return Number(to.slice(8, 10)) < Number(from.slice(8, 10)) ? months - 1 : months;
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/**
 * 五不 early warning: for each person of the branch, whole months since they last attended 组织生活 and since
 * the last month of 党费 on record. Where nothing is recorded, the count starts when the branch began keeping
 * records here (or when the person joined, if later), and is said as "no record since", never as absence; it
 * reaches the 党章's six months only once six whole months of records show nothing.
 */
export async function warningSignals(
  branchId: number,
  todayDate: string,
  stores: Parameters<typeof branchRoster>[1],
): Promise<WarningSignal[]> {
  const branch = await stores.branches.byId(branchId);
  if (!branch) return [];
  const roster = await branchRoster(branchId, stores);
  const attendance = await stores.meetings.lastAttendance(branchId);
  const paid = await stores.dues.lastPaid(branchId);
  const firstRecord = await stores.meetings.firstRecordDate(branchId);
  const duesRows = await stores.dues.ofBranch(branchId);
  return signalsOf({ branch, roster, attendance, paid, firstRecord, firstDues: duesRows[0]?.month }, todayDate);
}

/** What the signals of one branch are computed from (read per branch above, or for many branches at once by the console). */
export interface WarningFacts {
  /** When the branch began keeping records here: the start the secretary set, else the day it was bound. */
  branch: Pick<BranchRow, 'records_from' | 'created_at' | 'zone'>;
  roster: RosterEntry[];
  /** The latest meeting each name attended. */
  attendance: { name: string; heldOn: string; type: string }[];
  /** The latest month each name paid (a name may come more than once, once per account it was recorded under). */
  paid: { name: string; month: string }[];
  /** The branch's first meeting record (`YYYY-MM-DD`) and first 党费 month (`YYYY-MM`). */
  firstRecord?: string;
  firstDues?: string;
}

export function signalsOf(input: WarningFacts, todayDate: string): WarningSignal[] {
  const { branch } = input;
  const attendance = new Map(input.attendance.map((a) => [a.name, a]));
  const paid = new Map<string, string>();
  for (const d of input.paid) if ((paid.get(d.name) ?? '') < d.month) paid.set(d.name, d.month);
  // Each kind of record counts from the branch's start, or from its earliest record of that kind when the
  // secretary entered older ones (a June 党费 entry says nothing about when attendance began to be kept).
  const meetingsBegan = recordsFrom(branch, [input.firstRecord]);
  const duesBegan = recordsFrom(branch, [input.firstDues ? `${input.firstDues}-01` : undefined]);
  const signals: WarningSignal[] = [];
  for (const person of input.roster) {
    const joined = person.since ? localDate(new Date(person.since), branch.zone) : undefined;
    const sinceOf = (began: string) => {
      const since = joined && joined > began ? joined : began;
      return { since, words: since === began ? `本支部 ${since} 开始在助手里记录以来` : `${since} 加入本支部以来` };
    };
    const life = sinceOf(meetingsBegan);
    const fee = sinceOf(duesBegan);
    const facts: string[] = [];
    let worst = 0;
    const last = attendance.get(person.name);
    const lifeMonths = wholeMonths(last?.heldOn ?? life.since, todayDate);
    if (lifeMonths >= WATCH_MONTHS) {
      facts.push(
        last
          ? `最近一次参加组织生活是 ${last.heldOn}（${typeNamed(last.type).full}），已满 ${lifeMonths} 个月`
          : `${life.words}没有参加组织生活的记录（记录已满 ${lifeMonths} 个月）`,
      );
      worst = Math.max(worst, lifeMonths);
    }
    const month = paid.get(person.name);
    // Dues are for a month: paid through June on 12-05 leaves July to November unpaid (December is not over).
    const owed = month ? monthIndex(todayDate.slice(0, 7)) - monthIndex(month) - 1 : wholeMonths(fee.since, todayDate);
    if (owed >= WATCH_MONTHS) {
      facts.push(month ? `党费登记到 ${month}，其后 ${owed} 个整月没有登记` : `${fee.words}没有党费登记（记录已满 ${owed} 个月）`);
      worst = Math.max(worst, owed);
    }
    if (facts.length > 0) signals.push({ name: person.name, level: worst >= LAPSE_MONTHS ? 'lapse' : 'watch', facts });
  }
  return signals.sort((a, b) => (a.level === b.level ? a.name.localeCompare(b.name, 'zh') : a.level === 'lapse' ? -1 : 1));
}

/** The 五不 list as the chat shows it; the 党章's wording only beside those whose records show six whole months. */
export function renderWarnings(branchName: string, todayDate: string, signals: WarningSignal[]): string {
  if (signals.length === 0)
    return `${branchName}：按现有记录，没有满 ${WATCH_MONTHS} 个月未参加组织生活或未交党费的党员。（预警只依据本助手里的会议出席和党费登记，请以支部台账为准。）`;
  const lines = [`${branchName}五不预警（截至 ${todayDate}，依据本助手里的会议出席和党费登记）：`];
  for (const s of signals) lines.push(`【${LEVEL_LABEL[s.level]}】${s.name}：${s.facts.join('；')}`);
  lines.push('', `说明：满 ${WATCH_MONTHS} 个整月列为关注。“没有记录”只说明助手里没有登记，不等于缺席或未交。`);
  if (signals.some((s) => s.level === 'lapse'))
    lines.push(
      `对记录满 ${LAPSE_MONTHS} 个整月的：按党章，没有正当理由、连续六个月不参加组织生活、不交纳党费或不做分配的工作，视为自行脱党，由支部党员大会决定除名并报上级批准。请先核实（请假、外出、代交等情况），再谈心谈话。`,
    );
  else lines.push('请先核实（请假、外出、代交等情况），再谈心谈话。');
  return lines.join('\n');
}

/** 五不预警 for secretaries only (members never see others' signals). */
export function createWarningsSubject(deps: SubjectDeps & { meetings: MeetingStore; dues: DuesStore }): Subject {
  const { services, branches, meetings, dues } = deps;

  async function show(ctx: Context) {
    const branch = await requireSecretaryBranch(ctx, branches, '查看五不预警');
    if (!branch) return;
    const todayDate = today(services.clock.now(), branch.zone);
    const signals = await warningSignals(branch.id, todayDate, { branches, meetings, dues });
    ctx.reply(renderWarnings(branch.name, todayDate, signals));
  }

  return {
    commands: [
      {
        name: 'warnings',
        aliases: ['五不预警', '预警名单', '党员预警'],
        description: '长期未参加组织生活或未交党费的党员（书记）',
        group: '党费',
        secretary: true,
        run: show,
      },
    ],
  };
}
