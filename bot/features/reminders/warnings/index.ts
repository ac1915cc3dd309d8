import type { Context } from '../../../core/feature';
import { today } from '../../../time';
import { requireSecretaryBranch } from '../branches/scope';
import type { DuesStore } from '../dues/store';
import type { MeetingStore } from '../meetings/store';
import { typeNamed } from '../meetings/types';
import { branchRoster, type RosterEntry } from '../roster';
import type { Subject, SubjectDeps } from '../shared';

/** 关注 after 3 months; 6 months is the 党章's threshold for 自行脱党 (without good reason). */
export const WATCH_MONTHS = 3;
export const LAPSE_MONTHS = 6;

export interface WarningSignal {
  name: string;
  level: 'watch' | 'lapse';
  /** The facts behind the signal, in words. */
  facts: string[];
}

const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

/**
 * 五不 early warning: for each person of the branch, the months since they last attended 组织生活 and since the
 * last month of 党费 on record. A person the branch has known for less time than the threshold is not flagged
 * for what could not yet have happened.
 */
export async function warningSignals(
  branchId: number,
  todayDate: string,
  stores: Parameters<typeof branchRoster>[1],
): Promise<WarningSignal[]> {
  const roster = await branchRoster(branchId, stores);
  const attendance = await stores.meetings.lastAttendance(branchId);
  const paid = await stores.dues.lastPaid(branchId);
  const records = await stores.meetings.records(branchId);
  const duesRows = await stores.dues.ofBranch(branchId);
  return signalsOf({ roster, attendance, paid, firstRecord: records[0]?.held_on, firstDues: duesRows[0]?.month }, todayDate);
}

/** What the signals of one branch are computed from (read per branch above, or for many branches at once by the console). */
export interface WarningFacts {
  roster: RosterEntry[];
  /** The latest meeting each name attended. */
  attendance: { name: string; heldOn: string; type: string }[];
  /** The latest month each name paid. */
  paid: { name: string; month: string }[];
  /** The branch's first meeting record (`YYYY-MM-DD`) and first 党费 month (`YYYY-MM`), where tracking starts. */
  firstRecord?: string;
  firstDues?: string;
}

export function signalsOf(input: WarningFacts, todayDate: string): WarningSignal[] {
  const attendance = new Map(input.attendance.map((a) => [a.name, a]));
  const paid = new Map(input.paid.map((d) => [d.name, d.month]));
  // Tracking starts with the branch's first record of either kind (or when the person joined, if later).
  const firstKnown = [input.firstRecord, input.firstDues ? `${input.firstDues}-01` : undefined].filter((d): d is string => !!d).sort()[0];
  const thisMonth = todayDate.slice(0, 7);
  const signals: WarningSignal[] = [];
  for (const person of input.roster) {
    const since = [firstKnown, person.since?.slice(0, 10)]
      .filter((d): d is string => !!d)
      .sort()
      .at(-1);
    if (!since) continue;
    const facts: string[] = [];
    let worst = 0;
    const last = attendance.get(person.name);
    const lifeMonths = monthsBetween((last?.heldOn ?? since).slice(0, 7), thisMonth);
    if (lifeMonths >= WATCH_MONTHS) {
      facts.push(
        last
          ? `最近一次参加组织生活是 ${last.heldOn}（${typeNamed(last.type).full}），已 ${lifeMonths} 个月`
          : `自 ${since} 起没有参加组织生活的记录（${lifeMonths} 个月）`,
      );
      worst = Math.max(worst, lifeMonths);
    }
    const month = paid.get(person.name);
    // Dues are for a month: paid through March means April is the first month owed.
    const owed = month ? monthsBetween(month, thisMonth) : monthsBetween(since.slice(0, 7), thisMonth);
    if (owed >= WATCH_MONTHS) {
      facts.push(month ? `党费登记到 ${month}，已 ${owed} 个月未登记` : `自 ${since} 起没有党费登记（${owed} 个月）`);
      worst = Math.max(worst, owed);
    }
    if (facts.length > 0) signals.push({ name: person.name, level: worst >= LAPSE_MONTHS ? 'lapse' : 'watch', facts });
  }
  return signals.sort((a, b) => (a.level === b.level ? a.name.localeCompare(b.name, 'zh') : a.level === 'lapse' ? -1 : 1));
}

export function createWarningsSubject(deps: SubjectDeps & { meetings: MeetingStore; dues: DuesStore }): Subject {
  const { services, branches, meetings, dues } = deps;

  async function show(ctx: Context) {
    const branch = await requireSecretaryBranch(ctx, branches, '查看五不预警');
    if (!branch) return;
    const todayDate = today(services.clock.now(), branch.zone);
    const signals = await warningSignals(branch.id, todayDate, { branches, meetings, dues });
    if (signals.length === 0)
      return ctx.reply(
        `${branch.name}：按现有记录，没有连续 ${WATCH_MONTHS} 个月以上未参加组织生活或未交党费的党员。（预警只依据本助手里的会议出席和党费登记，请以支部台账为准。）`,
      );
    const lines = [`${branch.name}五不预警（截至 ${todayDate}，依据本助手里的会议出席和党费登记）：`];
    for (const s of signals) lines.push(`${s.level === 'lapse' ? '【满6个月】' : '【关注】'}${s.name}：${s.facts.join('；')}`);
    lines.push(
      '',
      `说明：连续 ${WATCH_MONTHS} 个月列为关注。按党章，没有正当理由、连续六个月不参加组织生活、不交党费或不做分配的工作，视为自行脱党，由支部党员大会决定除名并报上级批准。请先核实（请假、外出、代交等情况），再谈心谈话。`,
    );
    ctx.reply(lines.join('\n'));
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
