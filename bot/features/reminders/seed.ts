import type { Insertable } from 'kysely';
import type { Storage } from '../../storage/database';
import { branchNameKey } from './branches/names';
import type {
  BranchesTable,
  BranchMembersTable,
  CertificatesTable,
  MeetingRecordsTable,
  MeetingSchedulesTable,
  remindersDb,
} from './tables';

/**
 * Bulk loading of a made-up deployment for tests, benches and screenshots (a county of 500 branches has
 * 20,000 members and two years of records: one message per row would take minutes). The rows are the feature's
 * own types, so a reshaped table breaks the seed where it is kept, not in the console.
 */
export interface RemindersSeed {
  /** The name's key and the chat binding are derived as 绑定支部 makes them. */
  branch: Omit<Insertable<BranchesTable>, 'name_key'>;
  members: Omit<Insertable<BranchMembersTable>, 'branch_id'>[];
  schedules: Omit<Insertable<MeetingSchedulesTable>, 'branch_id'>[];
  records: Omit<Insertable<MeetingRecordsTable>, 'branch_id'>[];
  certificates: Omit<Insertable<CertificatesTable>, 'branch_id'>[];
}

/** Rows per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const BATCH = 500;

/** Inserts the branches with everything they hold, in one transaction; returns the new branch ids in order. */
export async function seedBranches(storage: Storage, seeds: RemindersSeed[]): Promise<number[]> {
  return storage.transaction(async (tx) => {
    const db = tx as ReturnType<typeof remindersDb>;
    const ids: number[] = [];
    const members: Insertable<BranchMembersTable>[] = [];
    const schedules: Insertable<MeetingSchedulesTable>[] = [];
    const records: Insertable<MeetingRecordsTable>[] = [];
    const certificates: Insertable<CertificatesTable>[] = [];
    for (const seed of seeds) {
      const { id } = await db
        .insertInto('branches')
        .values({ ...seed.branch, name_key: branchNameKey(seed.branch.name) })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(id);
      await db
        .insertInto('branch_chats')
        .values({
          chat_key: seed.branch.chat_key,
          branch_id: id,
          platform: seed.branch.platform,
          chat_id: seed.branch.chat_id,
          bound_at: seed.branch.created_at,
          bound_by: seed.branch.secretary_key,
        })
        .execute();
      members.push(...seed.members.map((m) => ({ ...m, branch_id: id })));
      schedules.push(...seed.schedules.map((s) => ({ ...s, branch_id: id })));
      records.push(...seed.records.map((r) => ({ ...r, branch_id: id })));
      certificates.push(...seed.certificates.map((c) => ({ ...c, branch_id: id })));
    }
    for (let i = 0; i < members.length; i += BATCH)
      await db
        .insertInto('branch_members')
        .values(members.slice(i, i + BATCH))
        .execute();
    for (let i = 0; i < schedules.length; i += BATCH)
      await db
        .insertInto('meeting_schedules')
        .values(schedules.slice(i, i + BATCH))
        .execute();
    for (let i = 0; i < records.length; i += BATCH)
      await db
        .insertInto('meeting_records')
        .values(records.slice(i, i + BATCH))
        .execute();
    for (let i = 0; i < certificates.length; i += BATCH)
      await db
        .insertInto('certificates')
        .values(certificates.slice(i, i + BATCH))
        .execute();
    return ids;
  });
}
