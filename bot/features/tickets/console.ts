import { sql } from 'kysely';
import type { IncomingFile } from '../../core/message';
import type { Storage } from '../../storage/database';
import { maskPhone } from './parse';
import { emptyTotals, type TicketTotals } from './stats';
import { type TicketEventRow, type TicketRow, ticketsDb } from './tables';
import { filesOfEvent } from './views';

/**
 * What the web console reads of 民情工单 (web/pages/tickets.ts): figures per branch and per category, a filtered
 * list, one 工单 with its history. Every query takes the branches the account may see (undefined: all, for
 * organisation accounts); the console never names these tables itself.
 */

export interface TicketConsoleFilter {
  /** Recorded from this local date (inclusive) … */
  from: string;
  /** … to this one (inclusive). */
  to: string;
  branchId?: number;
  category?: string;
  /** open: 办理中 (overdue or not); overdue: past the promise; done: 已办结 or 已回访; spot: 当场解决. */
  status?: 'open' | 'overdue' | 'done' | 'spot';
}

export interface TicketConsoleFigures {
  totals: TicketTotals;
  byBranch: (TicketTotals & { branchId: number })[];
  byCategory: (TicketTotals & { label: string })[];
}

export interface TicketListEntry {
  id: number;
  branchId: number;
  createdAt: string;
  raiser: string;
  place: string;
  /** Full for organisation accounts that asked for it; masked (138****1234) otherwise. */
  phone: string;
  content: string;
  category: string;
  holder: string;
  status: string;
  onSpot: boolean;
  dueOn: string;
  doneOn: string;
  satisfaction: string;
  score: number | null;
}

/** One change in a 工单's history, with the photos and files it carried (references, never the bytes). */
export type TicketHistoryEntry = TicketEventRow & { files: IncomingFile[] };

export interface TicketConsole {
  /**
   * Moves whenever any 工单 changes (every change writes an event), on both backends: kept figures are fresh
   * while it stays the same. One index lookup.
   */
  revision(): Promise<number>;
  figures(branches: number[] | undefined, filter: TicketConsoleFilter, today: string, zoneOffset: string): Promise<TicketConsoleFigures>;
  list(
    branches: number[] | undefined,
    filter: TicketConsoleFilter,
    today: string,
    zoneOffset: string,
    options: { limit: number; fullPhone: boolean },
  ): Promise<TicketListEntry[]>;
  /** One 工单 with its history, or undefined when it is not in the account's branches. */
  ticket(
    branches: number[] | undefined,
    id: number,
    fullPhone: boolean,
  ): Promise<{ entry: TicketListEntry; events: TicketHistoryEntry[]; zone: string } | undefined>;
}

/** Above this many branches a view's figures are computed a month at a time. */
const WIDE_BRANCHES = 50;

/** The filter's period cut at month ends: 2026-01-01…2026-12-31 → twelve months (the rest of the filter kept). */
export function monthsOf(filter: TicketConsoleFilter): TicketConsoleFilter[] {
  const parts: TicketConsoleFilter[] = [];
  for (let from = filter.from; from <= filter.to; ) {
    const [y, m] = from.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    // biome-ignore lint/complexity/useMathMinMax: ISO dates as strings, which Math.min cannot compare.
    const to = last < filter.to ? last : filter.to;
    parts.push({ ...filter, from, to });
    from = nextDay(to);
  }
  return parts;
}

/** `2026-03-01` local at offset `+08:00` → the ISO instant stored in created_at. */
const instant = (date: string, offset: string) => new Date(`${date}T00:00:00${offset}`).toISOString();
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function createTicketConsole(storage: Storage): TicketConsole {
  const db = ticketsDb(storage);

  const filtered = (branches: number[] | undefined, filter: TicketConsoleFilter, today: string, offset: string) => {
    let query = db
      .selectFrom('tickets')
      .where('created_at', '>=', instant(filter.from, offset))
      .where('created_at', '<', instant(nextDay(filter.to), offset));
    if (branches) query = query.where('branch_id', 'in', branches.length ? branches : [-1]);
    if (filter.branchId !== undefined) query = query.where('branch_id', '=', filter.branchId);
    if (filter.category) query = query.where('category', '=', filter.category);
    if (filter.status === 'open') query = query.where('status', '=', 'open');
    if (filter.status === 'overdue') query = query.where('status', '=', 'open').where('due_on', '<', today);
    // Named rather than "not open", so the status-led index serves it.
    if (filter.status === 'done') query = query.where('status', 'in', ['done', 'visited']);
    if (filter.status === 'spot') query = query.where('on_spot', '=', 1);
    return query;
  };

  const entryOf = (t: TicketRow, fullPhone: boolean): TicketListEntry => ({
    id: t.id,
    branchId: t.branch_id,
    createdAt: t.created_at,
    raiser: t.raiser_name,
    place: t.raiser_place ?? '',
    phone: t.raiser_phone ? (fullPhone ? t.raiser_phone : maskPhone(t.raiser_phone)) : '',
    content: t.content,
    category: t.category,
    holder: t.holder_name,
    status: t.status,
    onSpot: t.on_spot === 1,
    dueOn: t.due_on ?? '',
    doneOn: t.done_on ?? '',
    satisfaction: t.satisfaction ?? '',
    score: t.score,
  });

  return {
    async revision() {
      const row = await db
        .selectFrom('ticket_events')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirst();
      return Number(row?.id ?? 0);
    },

    async figures(branches, filter, today, offset) {
      // One pass grouped by branch and category, each 工单 counted under its outcome (as stats.ts's outcomeOf).
      const count = (condition: ReturnType<typeof sql<number>>) => sql<number>`sum(case when ${condition} then 1 else 0 end)`;
      const grouped = (part: TicketConsoleFilter) =>
        filtered(branches, part, today, offset)
          .select([
            'branch_id',
            'category',
            (eb) => eb.fn.countAll<number>().as('issued'),
            count(sql`on_spot = 1`).as('onSpot'),
            count(sql`on_spot = 0 and status <> 'open' and (due_on is null or done_on is null or done_on <= due_on)`).as('onTime'),
            count(sql`on_spot = 0 and status <> 'open' and done_on > due_on`).as('late'),
            count(sql`on_spot = 0 and status = 'open' and due_on < ${today}`).as('overdue'),
            count(sql`on_spot = 0 and status = 'open' and (due_on is null or due_on >= ${today})`).as('open'),
            (eb) => eb.fn.count<number>('score').as('scored'),
            (eb) => eb.fn.sum<number>('score').as('scoreSum'),
          ])
          .groupBy(['branch_id', 'category'])
          .execute();
      // Over every branch a period is a scan of all its 工单 (200,000 in a county's year): one month at a time, so
      // that on SQLite, which answers synchronously, the requests a kept view serves get through in between.
      const wide = filter.branchId === undefined && (branches === undefined || branches.length > WIDE_BRANCHES);
      const rows: Awaited<ReturnType<typeof grouped>> = [];
      for (const part of wide ? monthsOf(filter) : [filter]) {
        rows.push(...(await grouped(part)));
        if (wide) await new Promise((resolve) => setImmediate(resolve));
      }
      const totals = emptyTotals() as TicketTotals & { scoreSum: number };
      totals.scoreSum = 0;
      const branchMap = new Map<number, TicketTotals & { scoreSum: number }>();
      const categoryMap = new Map<string, TicketTotals & { scoreSum: number }>();
      const addTo = (target: TicketTotals & { scoreSum: number }, row: (typeof rows)[number]) => {
        for (const key of ['issued', 'onSpot', 'onTime', 'late', 'overdue', 'open', 'scored'] as const)
          target[key] += Number(row[key] ?? 0);
        target.scoreSum += Number(row.scoreSum ?? 0);
      };
      const fresh = () => Object.assign(emptyTotals(), { scoreSum: 0 });
      for (const row of rows) {
        addTo(totals, row);
        const branch = branchMap.get(row.branch_id) ?? fresh();
        branchMap.set(row.branch_id, branch);
        addTo(branch, row);
        const category = categoryMap.get(row.category) ?? fresh();
        categoryMap.set(row.category, category);
        addTo(category, row);
      }
      const done = <T extends TicketTotals & { scoreSum: number }>({ scoreSum, ...t }: T): TicketTotals => ({
        ...t,
        ...(t.scored > 0 ? { averageScore: Math.round((scoreSum / t.scored) * 10) / 10 } : {}),
      });
      return {
        totals: done(totals),
        byBranch: [...branchMap].map(([branchId, t]) => ({ branchId, ...done(t) })),
        byCategory: [...categoryMap].map(([label, t]) => ({ label, ...done(t) })),
      };
    },

    async list(branches, filter, today, offset, options) {
      // Newest first by the recording time, which the indexes are ordered by: the scan stops at the limit.
      const rows = await filtered(branches, filter, today, offset).selectAll().orderBy('created_at', 'desc').limit(options.limit).execute();
      return rows.map((t) => entryOf(t, options.fullPhone));
    },

    async ticket(branches, id, fullPhone) {
      const row = await db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row || (branches && !branches.includes(row.branch_id) && !branches.includes(row.origin_branch_id))) return undefined;
      const events = await db.selectFrom('ticket_events').selectAll().where('ticket_id', '=', id).orderBy('id').execute();
      return { entry: entryOf(row, fullPhone), events: events.map((e) => ({ ...e, files: filesOfEvent(e) })), zone: row.zone };
    },
  };
}
