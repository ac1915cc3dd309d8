import type { Kysely, Updateable } from 'kysely';
import type { Storage } from '../../storage/database';
import {
  type TicketEventKind,
  type TicketEventRow,
  type TicketFiguresTable,
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

type FiguresKey = Pick<TicketFiguresTable, 'branch_id' | 'category' | 'month' | 'on_spot'>;
type FiguresCounts = Omit<TicketFiguresTable, keyof FiguresKey>;
const COUNTS = ['issued', 'on_time', 'late', 'scored', 'score_sum', 'open_n', 'open_scored', 'open_score_sum'] as const;
/** The branch of the rows that count every branch, and the category of those that count every category. */
export const ALL_BRANCHES = 0;
export const ALL_CATEGORIES = '';

type FiguresFacts = Pick<TicketRow, 'branch_id' | 'category' | 'created_at' | 'on_spot' | 'status' | 'due_on' | 'done_on' | 'score'>;

/** What one 工单 adds to ticket_figures, under its three keys (the same rule as stats.ts's outcomeOf, without the date). */
export function figuresOf(t: FiguresFacts): { key: FiguresKey; counts: FiguresCounts }[] {
  const open = t.status === 'open';
  const finished = t.on_spot !== 1 && !open;
  const late = finished && !!t.due_on && !!t.done_on && t.done_on > t.due_on;
  const scored = t.score === null ? 0 : 1;
  const counts: FiguresCounts = {
    issued: 1,
    on_time: finished && !late ? 1 : 0,
    late: late ? 1 : 0,
    scored,
    score_sum: t.score ?? 0,
    open_n: open ? 1 : 0,
    open_scored: open ? scored : 0,
    open_score_sum: open ? (t.score ?? 0) : 0,
  };
  const month = t.created_at.slice(0, 7);
  const on_spot = t.on_spot === 1 ? 1 : 0;
  return [
    { key: { branch_id: t.branch_id, category: t.category, month, on_spot }, counts },
    { key: { branch_id: t.branch_id, category: ALL_CATEGORIES, month, on_spot }, counts },
    { key: { branch_id: ALL_BRANCHES, category: t.category, month, on_spot }, counts },
  ];
}

/** Adds (or, with sign -1, takes away) 工单 from ticket_figures: one upsert a key. */
async function applyFigures(tx: TicketsDb, rows: FiguresFacts[], sign: 1 | -1 = 1) {
  changedBranches.get(tx)?.(rows.map((r) => r.branch_id));
  const sums = new Map<string, FiguresKey & FiguresCounts>();
  for (const row of rows)
    for (const { key, counts } of figuresOf(row)) {
      const id = JSON.stringify(key);
      const sum = sums.get(id) ?? ({ ...key, ...Object.fromEntries(COUNTS.map((name) => [name, 0])) } as FiguresKey & FiguresCounts);
      for (const name of COUNTS) sum[name] += sign * counts[name];
      sums.set(id, sum);
    }
  const values = [...sums.values()];
  // The same sums by year (ticket_figures_year): the months of a key's year added together.
  const years = new Map<string, Omit<FiguresKey, 'month'> & FiguresCounts & { year: string }>();
  for (const { month, ...rest } of values) {
    const id = JSON.stringify([rest.branch_id, rest.category, month.slice(0, 4), rest.on_spot]);
    const sum = years.get(id);
    if (!sum) years.set(id, { ...rest, year: month.slice(0, 4) });
    else for (const name of COUNTS) sum[name] += rest[name];
  }
  await upsert(tx, 'ticket_figures', 'month', values);
  await upsert(tx, 'ticket_figures_year', 'year', [...years.values()]);
}

async function upsert(tx: TicketsDb, table: 'ticket_figures' | 'ticket_figures_year', period: 'month' | 'year', values: object[]) {
  // 12 columns a row: 500 rows stay under both backends' limits on bound parameters.
  for (let start = 0; start < values.length; start += ADD_MANY_BATCH)
    await (tx as Kysely<any>)
      .insertInto(table)
      .values(values.slice(start, start + ADD_MANY_BATCH))
      .onConflict((oc) =>
        oc
          .columns(['category', period, 'branch_id', 'on_spot'])
          .doUpdateSet((eb) => Object.fromEntries(COUNTS.map((name) => [name, eb(`${table}.${name}`, '+', eb.ref(`excluded.${name}`))]))),
      )
      .execute();
}

/** Where a write's transaction notes the branches whose kept figures it changed (ticket_changes). */
const changedBranches = new WeakMap<object, (ids: number[]) => void>();
/** Revisions' changes kept: a console more than this many writes behind reads every branch again. */
export const CHANGES_KEPT = 10_000;

export function createTicketStore(storage: Storage): TicketStore {
  const db = ticketsDb(storage);
  /**
   * Every write to 工单 in one transaction that first moves ticket_revision: the console's kept views are checked
   * against it (from any process), and on PostgreSQL the row's lock makes 工单 writes wait for one another, so a
   * change never subtracts before-figures another change has already replaced.
   */
  const inTransaction = <T>(work: (tx: TicketsDb) => Promise<T>) =>
    storage.transaction(async (tx: Kysely<any>) => {
      const tickets = tx as Kysely<TicketsTables>;
      const { n } = await tickets
        .updateTable('ticket_revision')
        .set((eb) => ({ n: eb('n', '+', 1) }))
        .where('id', '=', 1)
        .returning('n')
        .executeTakeFirstOrThrow();
      const rev = Number(n);
      const changed = new Set<number>();
      changedBranches.set(tickets, (ids) => {
        for (const id of ids) changed.add(Number(id));
      });
      const result = await work(tickets);
      if (changed.size) {
        await tickets
          .insertInto('ticket_changes')
          .values([...changed].map((branch_id) => ({ rev, branch_id })))
          .execute();
        await tickets
          .deleteFrom('ticket_changes')
          .where('rev', '<=', rev - CHANGES_KEPT)
          .execute();
      }
      return result;
    });
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
        await applyFigures(tx, [row]);
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
        await applyFigures(
          tx,
          tickets.map((t) => t.ticket),
        );
        return ids;
      }),
    byId: (id) => db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst(),
    change: (id, fields, actor, change, replan = false) =>
      inTransaction(async (tx) => {
        const unchanged = Object.keys(fields).length === 0 && !replan;
        const before = await tx.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        const row = unchanged
          ? before
          : await tx
              .updateTable('tickets')
              .set((eb) => (replan ? { ...fields, plan: eb('plan', '+', 1) } : fields))
              .where('id', '=', id)
              .returningAll()
              .executeTakeFirstOrThrow();
        await event(tx, id, actor, change);
        // Noted even when the kept counts stay: a new promise date moves the 工单 between overdue and not yet.
        if (!unchanged) changedBranches.get(tx)?.([before.branch_id, row.branch_id]);
        if (JSON.stringify(figuresOf(before)) !== JSON.stringify(figuresOf(row))) {
          await applyFigures(tx, [before], -1);
          await applyFigures(tx, [row]);
        }
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
