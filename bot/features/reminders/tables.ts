import type { Generated, Kysely, Selectable } from 'kysely';
import type { Storage } from '../../storage/database';
import type { CoreTables } from '../../storage/schema';

/** The reminders feature's tables as Kysely sees them (created by ./migrations.ts). */

export interface BranchesTable {
  id: Generated<number>;
  chat_key: string;
  platform: string;
  chat_id: string;
  name: string;
  /** IANA zone of the branch; people see it as 北京时间 (see bot/time zoneLabel). */
  zone: string;
  /** 1: meetings on a weekend or holiday move to the next working day. */
  holidays: Generated<number>;
  /** JSON array of minutes before a meeting. */
  lead_minutes: Generated<string>;
  secretary_key: string;
  secretary_platform: string | null;
  secretary_chat_id: string | null;
  created_at: string;
  /** `YYYY-MM-DD` the secretary said the branch's records start; null: the day it was bound (created_at). */
  records_from: string | null;
  /** The name as compared (branches/names.ts branchNameKey): unique, so a name is one branch. */
  name_key: string | null;
}

/** A chat bound to a branch: its first chat, and any chat its secretary (or the console) let join it. */
export interface BranchChatsTable {
  chat_key: string;
  branch_id: number;
  platform: string;
  chat_id: string;
  bound_at: string;
  bound_by: string;
}

/** A chat asking to be bound to an existing branch, waiting for that branch's secretary or the console. */
export interface BranchBindRequestsTable {
  id: Generated<number>;
  branch_id: number;
  chat_key: string;
  platform: string;
  chat_id: string;
  chat_kind: string;
  chat_title: string | null;
  requested_by: string;
  requester_name: string | null;
  requested_at: string;
  status: Generated<'pending' | 'approved' | 'rejected' | 'withdrawn'>;
  decided_by: string | null;
  decided_at: string | null;
}

export interface BranchMembersTable {
  branch_id: number;
  user_key: string;
  name: string | null;
  platform: string;
  private_chat_id: string | null;
  opt_in: Generated<number>;
  dues_opt_in: Generated<number>;
  joined_at: string | null;
}

export interface MeetingRulesTable {
  branch_id: number;
  type: string;
  frequency: string;
}

export interface MeetingSchedulesTable {
  id: Generated<number>;
  branch_id: number;
  type: string;
  phrase: string;
  /** JSON of a bot/scheduler/parse Schedule. */
  schedule: string;
  active: Generated<number>;
  created_at: string;
}

export interface MeetingRecordsTable {
  id: Generated<number>;
  branch_id: number;
  type: string;
  held_on: string;
  /** `18/20` or `18` as typed before per-count columns existed; kept for old rows. */
  attendance: string | null;
  present: number | null;
  expected: number | null;
  topic: string | null;
  place: string | null;
  recorded_by: string;
  recorded_at: string;
  updated_at: string | null;
  /** Names listed as absent, joined with 、. */
  absentees: string | null;
}

export interface MeetingAttendanceTable {
  record_id: number;
  name: string;
  user_key: string | null;
}

export interface CertificatesTable {
  id: Generated<number>;
  user_key: string;
  name: string | null;
  branch_id: number | null;
  level: string;
  number: string;
  issued_on: string;
  expires_on: string;
  level_since: string;
  status: Generated<'active' | 'revoked' | 'superseded'>;
  platform: string;
  notify_chat_id: string;
  created_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
}

export interface PersonalRemindersTable {
  id: Generated<number>;
  user_key: string;
  platform: string;
  chat_id: string;
  text: string;
  /** The next time it fires (ISO instant). */
  at: string;
  /** JSON Schedule; null for rows written before recurring reminders existed (one-off). */
  schedule: string | null;
  zone: string | null;
  status: Generated<'active' | 'done' | 'cancelled' | 'paused'>;
  created_at: string;
}

export interface DuesPaymentsTable {
  id: Generated<number>;
  branch_id: number;
  member_name: string;
  user_key: string | null;
  /** `YYYY-MM` */
  month: string;
  amount_cents: number;
  recorded_by: string;
  recorded_at: string;
}

export interface RemindersTables extends CoreTables {
  branches: BranchesTable;
  branch_chats: BranchChatsTable;
  branch_bind_requests: BranchBindRequestsTable;
  branch_members: BranchMembersTable;
  meeting_rules: MeetingRulesTable;
  meeting_schedules: MeetingSchedulesTable;
  meeting_records: MeetingRecordsTable;
  meeting_attendance: MeetingAttendanceTable;
  certificates: CertificatesTable;
  personal_reminders: PersonalRemindersTable;
  dues_payments: DuesPaymentsTable;
}

export type BranchRow = Selectable<BranchesTable>;
export type MemberRow = Selectable<BranchMembersTable>;
export type BindRequestRow = Selectable<BranchBindRequestsTable>;
export type ScheduleRow = Selectable<MeetingSchedulesTable>;
export type RecordRow = Selectable<MeetingRecordsTable>;
export type CertificateRow = Selectable<CertificatesTable>;
export type PersonalReminderRow = Selectable<PersonalRemindersTable>;
export type DuesPaymentRow = Selectable<DuesPaymentsTable>;

export type RemindersDb = Kysely<RemindersTables>;

export const remindersDb = (storage: Storage): RemindersDb => storage.db.withTables<Omit<RemindersTables, keyof CoreTables>>();

/**
 * Runs a read-then-write unit in one transaction; `unit` must use only the `tx` it is given (on SQLite the one
 * connection is held by the transaction, so a query through `db` inside it would wait forever). On SQLite the
 * driver begins with `BEGIN IMMEDIATE` (bot/storage/database.ts), so two processes sharing the file queue here.
 */
export function immediate<T>(db: RemindersDb, unit: (tx: RemindersDb) => Promise<T>): Promise<T> {
  return db.transaction().execute(unit);
}
