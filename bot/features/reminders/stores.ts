import { occurrencesAfter } from '../../scheduler/parse';
import type { Storage } from '../../storage/database';
import { formatLocal, type Period, zoneLabel } from '../../time';
import { type BranchStore, createSqliteBranchStore } from './branches/store';
import { type CertificateStore, createSqliteCertificateStore } from './certificates/store';
import { createSqliteDuesStore, type DuesStore } from './dues/store';
import { type ComplianceItem, compliance, frequencyOf, occurrenceOptions, scheduleOf } from './meetings/planning';
import { createSqliteMeetingStore, type MeetingStore } from './meetings/store';
import { typeNamed } from './meetings/types';
import { createSqlitePersonalReminderStore, type PersonalReminderStore } from './personal/store';
import { remindersDb } from './tables';
import { type WarningSignal, warningSignals } from './warnings';

/** A 三会一课 schedule as people read it: never the RRULE. */
export interface ScheduleView {
  id: number;
  /** 支委会 */
  type: string;
  /** 支部委员会会议 */
  typeName: string;
  /** 每月第一个周一 15:00 */
  description: string;
  /** 北京时间 */
  zone: string;
  /** The next meeting as `2026-04-07（周二）15:00`, and why it was moved when it was. */
  next?: string;
  movedFrom?: { date: string; reason: string };
}

/**
 * Read access to the reminders feature's records for the web console (and the CLI), through the same stores the
 * feature uses. Every read is scoped by branch id; the console decides who may see which branch.
 *
 * @example
 * const stores = createRemindersStores(runtime.storage);
 * for (const branch of await stores.branches.all()) {
 *   const records = await stores.meetings.records(branch.id, { from: '2026-01-01' }); // with attendees
 *   const certs = await stores.certificates.ofBranch(branch.id);
 *   const paid = await stores.dues.ofBranch(branch.id, { from: '2026-01', to: '2026-03' });
 *   const schedules = await stores.scheduleViews(branch.id, new Date()); // descriptions and next dates, no RRULE
 *   const warnings = await stores.warnings(branch.id, '2026-03-31');
 * }
 */
export interface RemindersStores {
  branches: BranchStore;
  meetings: MeetingStore;
  certificates: CertificateStore;
  personal: PersonalReminderStore;
  dues: DuesStore;
  /** The branch's 三会一课 schedules in words, with the next meeting after `now`. */
  scheduleViews(branchId: number, now: Date): Promise<ScheduleView[]>;
  /** 五不 signals of a branch as of a date (`YYYY-MM-DD`), in the words the chat uses. */
  warnings(branchId: number, todayDate: string): Promise<WarningSignal[]>;
  /**
   * 三会一课 compliance of a branch for a view (a month, quarter or year from bot/time's monthPeriod /
   * quarterPeriod / yearPeriod) as of a date: the same computation as `会议情况` in the chat.
   */
  compliance(branchId: number, view: Period, todayDate: string): Promise<ComplianceItem[]>;
}

export function createRemindersStores(storage: Storage): RemindersStores {
  const db = remindersDb(storage);
  const branches = createSqliteBranchStore(db);
  const meetings = createSqliteMeetingStore(db);
  const dues = createSqliteDuesStore(db);
  return {
    branches,
    meetings,
    certificates: createSqliteCertificateStore(db),
    personal: createSqlitePersonalReminderStore(db),
    dues,
    async scheduleViews(branchId, now) {
      const branch = await branches.byId(branchId);
      if (!branch) return [];
      return (await meetings.schedules(branchId)).map((row) => {
        const schedule = scheduleOf(row);
        const [next] = occurrencesAfter(schedule, now, 1, occurrenceOptions(branch));
        return {
          id: row.id,
          type: row.type,
          typeName: typeNamed(row.type).full,
          description: schedule.description,
          zone: zoneLabel(branch.zone),
          ...(next ? { next: formatLocal(next.at, branch.zone) } : {}),
          ...(next?.movedFrom ? { movedFrom: next.movedFrom } : {}),
        };
      });
    },
    warnings: (branchId, todayDate) => warningSignals(branchId, todayDate, { branches, meetings, dues }),
    async compliance(branchId, view, todayDate) {
      const branch = await branches.byId(branchId);
      if (!branch) return [];
      return compliance(meetings, (id, type) => frequencyOf(meetings, id, type), branch, view, todayDate);
    },
  };
}
