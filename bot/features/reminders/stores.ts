import type { Storage } from '../../storage/database';
import { createSqliteBranchStore, type BranchStore } from './branches/store';
import { createSqliteCertificateStore, type CertificateStore } from './certificates/store';
import { createSqliteDuesStore, type DuesStore } from './dues/store';
import { createSqliteMeetingStore, type MeetingStore } from './meetings/store';
import { createSqlitePersonalReminderStore, type PersonalReminderStore } from './personal/store';
import { remindersDb } from './tables';
import { warningSignals, type WarningSignal } from './warnings';

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
 *   const warnings = await stores.warnings(branch.id, '2026-03-31');
 * }
 */
export interface RemindersStores {
  branches: BranchStore;
  meetings: MeetingStore;
  certificates: CertificateStore;
  personal: PersonalReminderStore;
  dues: DuesStore;
  /** 五不 signals of a branch as of a date (`YYYY-MM-DD`). */
  warnings(branchId: number, todayDate: string): Promise<WarningSignal[]>;
}

export function createRemindersStores(storage: Storage): RemindersStores {
  const db = remindersDb(storage);
  const branches = createSqliteBranchStore(db);
  const meetings = createSqliteMeetingStore(db);
  const dues = createSqliteDuesStore(db);
  return {
    branches,
    meetings,
    certificates: createSqliteCertificateStore(db, storage.sqlite),
    personal: createSqlitePersonalReminderStore(db),
    dues,
    warnings: (branchId, todayDate) => warningSignals(branchId, todayDate, { branches, meetings, dues }),
  };
}
