import type { RecordRow, RemindersDb, ScheduleRow } from '../tables';
import { immediate } from '../tables';

export interface RecordInput {
  date?: string;
  present?: number;
  expected?: number;
  /** Names of those present, when the secretary listed them. */
  names?: string[];
  /** Names listed as absent (缺席：孙七、周八). */
  absentees?: string[];
  topic?: string;
  place?: string;
}

/** A meeting record as the console and the CSV show it: counts and the names of those present. */
export interface MeetingRecordView extends RecordRow {
  attendees: string[];
}

/**
 * 三会一课 schedules, required frequencies and the records of meetings held. The web console reads schedules
 * with {@link MeetingStore.schedules} and records (with attendance) with {@link MeetingStore.records}.
 */
export interface MeetingStore {
  frequency(branchId: number, type: string): Promise<string | undefined>;
  setFrequency(branchId: number, type: string, frequency: string): Promise<void>;
  schedules(branchId: number): Promise<ScheduleRow[]>;
  schedule(id: number): Promise<ScheduleRow | undefined>;
  /** Active schedules of every branch (planning at start). */
  allActive(): Promise<ScheduleRow[]>;
  saveSchedule(branchId: number, type: string, phrase: string, scheduleJson: string, createdAt: string): Promise<ScheduleRow>;
  record(id: number): Promise<MeetingRecordView | undefined>;
  /** Records of a branch, oldest first; `from`/`to` bound the date (inclusive). */
  records(branchId: number, range?: { from?: string; to?: string }): Promise<MeetingRecordView[]>;
  /** The date of the branch's earliest meeting record, if any. */
  firstRecordDate(branchId: number): Promise<string | undefined>;
  addRecord(
    branchId: number,
    type: string,
    input: RecordInput & { date: string },
    by: string,
    at: string,
    resolveName: (name: string) => string | null,
  ): Promise<MeetingRecordView>;
  /** Changes the given fields of a record (attendance names replaced when given). */
  updateRecord(
    id: number,
    input: RecordInput,
    at: string,
    resolveName: (name: string) => string | null,
  ): Promise<MeetingRecordView | undefined>;
  /** The latest date each name (or user) attended a meeting of the branch. */
  lastAttendance(branchId: number): Promise<{ name: string; userKey: string | null; heldOn: string; type: string }[]>;
}

export function createSqliteMeetingStore(db: RemindersDb): MeetingStore {
  async function withAttendees(rows: RecordRow[]): Promise<MeetingRecordView[]> {
    if (rows.length === 0) return [];
    const names = await db
      .selectFrom('meeting_attendance')
      .select(['record_id', 'name'])
      .where(
        'record_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('name')
      .execute();
    return rows.map((r) => ({ ...r, attendees: names.filter((n) => n.record_id === r.id).map((n) => n.name) }));
  }

  const store: MeetingStore = {
    async frequency(branchId, type) {
      const row = await db
        .selectFrom('meeting_rules')
        .select('frequency')
        .where('branch_id', '=', branchId)
        .where('type', '=', type)
        .executeTakeFirst();
      return row?.frequency;
    },
    async setFrequency(branchId, type, frequency) {
      await db
        .insertInto('meeting_rules')
        .values({ branch_id: branchId, type, frequency })
        .onConflict((oc) => oc.columns(['branch_id', 'type']).doUpdateSet({ frequency }))
        .execute();
    },
    schedules: (branchId) =>
      db.selectFrom('meeting_schedules').selectAll().where('branch_id', '=', branchId).where('active', '=', 1).orderBy('id').execute(),
    schedule: (id) => db.selectFrom('meeting_schedules').selectAll().where('id', '=', id).where('active', '=', 1).executeTakeFirst(),
    allActive: () => db.selectFrom('meeting_schedules').selectAll().where('active', '=', 1).orderBy('id').execute(),
    async saveSchedule(branchId, type, phrase, scheduleJson, createdAt) {
      await db
        .insertInto('meeting_schedules')
        .values({ branch_id: branchId, type, phrase, schedule: scheduleJson, created_at: createdAt })
        .onConflict((oc) => oc.columns(['branch_id', 'type']).doUpdateSet({ phrase, schedule: scheduleJson, active: 1 }))
        .execute();
      return (await db
        .selectFrom('meeting_schedules')
        .selectAll()
        .where('branch_id', '=', branchId)
        .where('type', '=', type)
        .executeTakeFirst())!;
    },
    async record(id) {
      const row = await db.selectFrom('meeting_records').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? (await withAttendees([row]))[0] : undefined;
    },
    async records(branchId, range = {}) {
      let query = db.selectFrom('meeting_records').selectAll().where('branch_id', '=', branchId);
      if (range.from) query = query.where('held_on', '>=', range.from);
      if (range.to) query = query.where('held_on', '<=', range.to);
      return withAttendees(await query.orderBy('held_on').orderBy('id').execute());
    },
    async firstRecordDate(branchId) {
      const row = await db
        .selectFrom('meeting_records')
        .select((eb) => eb.fn.min('held_on').as('first'))
        .where('branch_id', '=', branchId)
        .executeTakeFirst();
      return row?.first ?? undefined;
    },
    async addRecord(branchId, type, input, by, at, resolveName) {
      const id = await immediate(db, async (tx) => {
        const inserted = await tx
          .insertInto('meeting_records')
          .values({
            branch_id: branchId,
            type,
            held_on: input.date,
            attendance: attendanceText(input.present, input.expected),
            present: input.present ?? null,
            expected: input.expected ?? null,
            topic: input.topic ?? null,
            place: input.place ?? null,
            absentees: input.absentees?.join('、') ?? null,
            recorded_by: by,
            recorded_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        for (const name of input.names ?? []) {
          await tx
            .insertInto('meeting_attendance')
            .values({ record_id: inserted.id, name, user_key: resolveName(name) })
            .onConflict((oc) => oc.doNothing())
            .execute();
        }
        return inserted.id;
      });
      return (await store.record(id))!;
    },
    async updateRecord(id, input, at, resolveName) {
      const changed = await immediate(db, async (tx) => {
        const row = await tx.selectFrom('meeting_records').selectAll().where('id', '=', id).executeTakeFirst();
        if (!row) return false;
        const present = input.present ?? (input.names ? input.names.length : row.present);
        const expected = input.expected ?? row.expected;
        await tx
          .updateTable('meeting_records')
          .set({
            held_on: input.date ?? row.held_on,
            present,
            expected,
            attendance: attendanceText(present ?? undefined, expected ?? undefined) ?? row.attendance,
            topic: input.topic ?? row.topic,
            place: input.place ?? row.place,
            absentees: input.absentees ? input.absentees.join('、') : row.absentees,
            updated_at: at,
          })
          .where('id', '=', id)
          .execute();
        if (input.names) {
          await tx.deleteFrom('meeting_attendance').where('record_id', '=', id).execute();
          for (const name of input.names)
            await tx
              .insertInto('meeting_attendance')
              .values({ record_id: id, name, user_key: resolveName(name) })
              .onConflict((oc) => oc.doNothing())
              .execute();
        }
        return true;
      });
      return changed ? store.record(id) : undefined;
    },
    async lastAttendance(branchId) {
      const rows = await db
        .selectFrom('meeting_attendance')
        .innerJoin('meeting_records', 'meeting_records.id', 'meeting_attendance.record_id')
        .select(['meeting_attendance.name', 'meeting_attendance.user_key', 'meeting_records.held_on', 'meeting_records.type'])
        .where('meeting_records.branch_id', '=', branchId)
        .orderBy('meeting_records.held_on', 'desc')
        .orderBy('meeting_records.id', 'desc')
        .execute();
      const latest = new Map<string, { name: string; userKey: string | null; heldOn: string; type: string }>();
      for (const r of rows)
        if (!latest.has(r.name)) latest.set(r.name, { name: r.name, userKey: r.user_key, heldOn: r.held_on, type: r.type });
      return [...latest.values()];
    },
  };
  return store;
}

function attendanceText(present?: number, expected?: number): string | null {
  if (present === undefined) return null;
  return expected === undefined ? String(present) : `${present}/${expected}`;
}
