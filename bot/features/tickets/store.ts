import type { Kysely, Updateable } from 'kysely';
import type { Storage } from '../../storage/database';
import {
  type TicketEventKind,
  type TicketEventRow,
  type TicketRow,
  type TicketSettingsRow,
  type TicketsDb,
  type TicketsTable,
  type TicketsTables,
  ticketsDb,
} from './tables';

export type NewTicket = Omit<TicketRow, 'id' | 'plan'>;

/** Who did it and when: every change to a 工单 is kept as an event. */
export interface Actor {
  key: string;
  name: string;
  at: string;
}

export interface TicketChange {
  kind: TicketEventKind;
  note?: string | null;
  detail?: unknown;
}

/** A 工单 brought in whole (an import, a seed): the row and the change that opened it. */
export interface ImportedTicket {
  ticket: NewTicket;
  actor: Actor;
  change: TicketChange;
}

export const DEFAULT_SETTINGS = (branchId: number): TicketSettingsRow => ({
  branch_id: branchId,
  lead_days: 1,
  digest_on: 0,
  digest_platform: null,
  digest_chat_id: null,
});

/**
 * 民情工单 and their history. A change and its event are written in one transaction; nothing is ever deleted.
 */
export interface TicketStore {
  add(ticket: NewTicket, actor: Actor, change: TicketChange): Promise<TicketRow>;
  /**
   * Adds many 工单 with their opening events in one transaction, a few hundred rows a statement (an import of a
   * county's 工单, the console's tests and bench): the ids in the order given.
   */
  addMany(tickets: ImportedTicket[]): Promise<number[]>;
  byId(id: number): Promise<TicketRow | undefined>;
  /** Applies the fields and records the event; `plan` is bumped when `replan` (reminders planned again). */
  change(id: number, fields: Updateable<TicketsTable>, actor: Actor, change: TicketChange, replan?: boolean): Promise<TicketRow>;
  events(id: number): Promise<TicketEventRow[]>;
  /** Tickets a user holds or recorded: open ones first, then the latest others. */
  ofUser(userKey: string, limit: number): Promise<TicketRow[]>;
  /** Open tickets (not finished) of a branch, soonest promise first. */
  openOf(branchId: number): Promise<TicketRow[]>;
  /** Every open ticket with a promise, for planning reminders at start. */
  allOpen(): Promise<TicketRow[]>;
  /** Tickets of a branch recorded between two instants (ISO, end exclusive). */
  recordedBetween(branchId: number, from: string, to: string): Promise<TicketRow[]>;
  settings(branchId: number): Promise<TicketSettingsRow>;
  saveSettings(settings: TicketSettingsRow): Promise<void>;
  digestBranches(): Promise<TicketSettingsRow[]>;
}

const ADD_MANY_BATCH = 500;

export function createTicketStore(storage: Storage): TicketStore {
  const db = ticketsDb(storage);
  const inTransaction = <T>(work: (tx: TicketsDb) => Promise<T>) =>
    storage.transaction((tx: Kysely<any>) => work(tx as Kysely<TicketsTables>));
  const eventRow = (ticketId: number, actor: Actor, change: TicketChange) => ({
    ticket_id: ticketId,
    at: actor.at,
    actor_key: actor.key,
    actor_name: actor.name,
    kind: change.kind,
    note: change.note ?? null,
    detail: change.detail === undefined ? null : JSON.stringify(change.detail),
  });
  const event = (tx: TicketsDb, ticketId: number, actor: Actor, change: TicketChange) =>
    tx
      .insertInto('ticket_events')
      .values(eventRow(ticketId, actor, change))
      .execute();

  return {
    add: (ticket, actor, change) =>
      inTransaction(async (tx) => {
        const row = await tx
          .insertInto('tickets')
          .values({ ...ticket, plan: 0 })
          .returningAll()
          .executeTakeFirstOrThrow();
        await event(tx, row.id, actor, change);
        return row;
      }),
    addMany: (tickets) =>
      inTransaction(async (tx) => {
        const ids: number[] = [];
        // 27 columns a row: 500 rows stay under both backends' limits on bound parameters.
        for (let start = 0; start < tickets.length; start += ADD_MANY_BATCH) {
          const batch = tickets.slice(start, start + ADD_MANY_BATCH);
          const inserted = await tx
            .insertInto('tickets')
            .values(batch.map((t) => ({ ...t.ticket, plan: 0 })))
            .returning('id')
            .execute();
          // One statement numbers its rows in the order of its VALUES on both backends; RETURNING need not keep it.
          const batchIds = inserted.map((r) => Number(r.id)).sort((a, b) => a - b);
          await tx
            .insertInto('ticket_events')
            .values(batch.map((t, i) => eventRow(batchIds[i]!, t.actor, t.change)))
            .execute();
          ids.push(...batchIds);
        }
        return ids;
      }),
    byId: (id) => db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst(),
    change: (id, fields, actor, change, replan = false) =>
      inTransaction(async (tx) => {
        const unchanged = Object.keys(fields).length === 0 && !replan;
        const row = unchanged
          ? await tx.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
          : await tx
              .updateTable('tickets')
              .set((eb) => (replan ? { ...fields, plan: eb('plan', '+', 1) } : fields))
              .where('id', '=', id)
              .returningAll()
              .executeTakeFirstOrThrow();
        await event(tx, id, actor, change);
        return row;
      }),
    events: (id) => db.selectFrom('ticket_events').selectAll().where('ticket_id', '=', id).orderBy('id').execute(),
    async ofUser(userKey, limit) {
      const rows = await db
        .selectFrom('tickets')
        .selectAll()
        .where((eb) => eb.or([eb('holder_key', '=', userKey), eb('recorder_key', '=', userKey)]))
        .orderBy('id', 'desc')
        .limit(500)
        .execute();
      const open = rows.filter((r) => r.status === 'open').sort((a, b) => (a.due_on ?? '').localeCompare(b.due_on ?? '') || a.id - b.id);
      return [...open, ...rows.filter((r) => r.status !== 'open')].slice(0, limit);
    },
    openOf: (branchId) =>
      db
        .selectFrom('tickets')
        .selectAll()
        .where('branch_id', '=', branchId)
        .where('status', '=', 'open')
        .orderBy('due_on')
        .orderBy('id')
        .execute(),
    allOpen: () => db.selectFrom('tickets').selectAll().where('status', '=', 'open').where('due_on', 'is not', null).execute(),
    recordedBetween: (branchId, from, to) =>
      db
        .selectFrom('tickets')
        .selectAll()
        .where('branch_id', '=', branchId)
        .where('created_at', '>=', from)
        .where('created_at', '<', to)
        .orderBy('id')
        .execute(),
    async settings(branchId) {
      const row = await db.selectFrom('ticket_settings').selectAll().where('branch_id', '=', branchId).executeTakeFirst();
      return row ?? DEFAULT_SETTINGS(branchId);
    },
    async saveSettings(settings) {
      const { branch_id, ...rest } = settings;
      await db
        .insertInto('ticket_settings')
        .values(settings)
        .onConflict((oc) => oc.column('branch_id').doUpdateSet(rest))
        .execute();
    },
    digestBranches: () => db.selectFrom('ticket_settings').selectAll().where('digest_on', '=', 1).execute(),
  };
}
