import type { Generated, Kysely, Selectable } from 'kysely';
import type { Storage } from '../../storage/database';

/** The 民情工单 tables as Kysely sees them (created by ./migrations.ts). */

export type TicketStatus = 'open' | 'done' | 'visited';

export interface TicketsTable {
  id: Generated<number>;
  /** The branch holding it now (转办 to another branch moves it). */
  branch_id: number;
  /** The branch whose member recorded it. */
  origin_branch_id: number;
  raiser_name: string;
  /** 村/社区 or 网格 of the person who raised it. */
  raiser_place: string | null;
  raiser_phone: string | null;
  content: string;
  category: string;
  holder_key: string;
  holder_name: string;
  /** Where the holder is told and reminded (their private chat), when known. */
  holder_platform: string | null;
  holder_chat_id: string | null;
  recorder_key: string;
  recorder_name: string;
  status: TicketStatus;
  /** 1: solved on the spot (当场解决). */
  on_spot: number;
  /** The promised local date (`YYYY-MM-DD`, the whole day counts); null when solved on the spot. */
  due_on: string | null;
  zone: string;
  created_at: string;
  done_at: string | null;
  /** The local date it was finished, compared with due_on for 按期办结. */
  done_on: string | null;
  outcome: string | null;
  satisfaction: string | null;
  score: number | null;
  visited_at: string | null;
  /** Bumped whenever the reminders are planned again, so the new plan's jobs have keys of their own. */
  plan: number;
}

export type TicketEventKind = 'record' | 'spot' | 'progress' | 'transfer' | 'done' | 'visit' | 'reopen' | 'category' | 'due';

export interface TicketEventsTable {
  id: Generated<number>;
  ticket_id: number;
  at: string;
  actor_key: string;
  actor_name: string;
  kind: TicketEventKind;
  note: string | null;
  /** JSON of what changed (from/to), for the history. */
  detail: string | null;
}

export interface TicketSettingsTable {
  branch_id: number;
  /** Days before the promised date on which the holder is reminded (besides the day itself). */
  lead_days: number;
  digest_on: number;
  digest_platform: string | null;
  digest_chat_id: string | null;
}

/**
 * Counts kept with every change of a 工单 (store.ts), for the console's figures: per branch, category, month recorded
 * (UTC `YYYY-MM`, the start of created_at) and 当场解决 or not. Each 工单 is counted three times: under its branch
 * and category, under its branch with category '' (all categories), under its category with branch 0 (all
 * branches), so that figures by branch or by category over a county's year read a few thousand rows.
 */
export interface TicketFiguresTable {
  branch_id: number;
  category: string;
  month: string;
  on_spot: number;
  issued: number;
  /** Finished (not on the spot) by the promised date, or with no date to keep. */
  on_time: number;
  /** Finished (not on the spot) after the promised date. */
  late: number;
  scored: number;
  score_sum: number;
  /** Still open (办理中, overdue or not), and of those the ones with a score (回访 不满意 reopens a 工单). */
  open_n: number;
  open_scored: number;
  open_score_sum: number;
}

/**
 * The same counts by UTC year (`YYYY`, the start of created_at) instead of month, kept beside the monthly ones: a
 * county's year is 1,000 rows here (500 branches, 当场解决 or not) instead of 12,000.
 */
export type TicketFiguresYearTable = Omit<TicketFiguresTable, 'month'> & { year: string };

/**
 * One row (id 1) whose n moves in the same transaction as every write to 工单 (store.ts): what the console's kept
 * figures are checked against. Not max(ticket_events.id): on PostgreSQL ids are handed out when a row is inserted,
 * not when it commits, so a write that took a lower id and committed after a reader saw a higher one would leave
 * that maximum unmoved, and a view kept under it stale. Every writer updates this row first, so its value after a
 * commit is always new, and 工单 writes wait for one another (no two of them subtract the same before-figures).
 */
export interface TicketRevisionTable {
  id: number;
  n: number;
}

/**
 * The branches whose kept figures a write changed, by the revision it moved ticket_revision to: the console reads
 * again only those branches' counts after a change, not the whole county's. Writes wait for one another on the
 * revision row, so revisions commit in order; the oldest rows are dropped as new ones come (see the store).
 */
export interface TicketChangesTable {
  rev: number;
  branch_id: number;
}

export type TicketsTables = {
  tickets: TicketsTable;
  ticket_revision: TicketRevisionTable;
  ticket_changes: TicketChangesTable;
  ticket_figures_year: TicketFiguresYearTable;
  ticket_figures: TicketFiguresTable;
  ticket_events: TicketEventsTable;
  ticket_settings: TicketSettingsTable;
};

export type TicketRow = Selectable<TicketsTable>;
export type TicketEventRow = Selectable<TicketEventsTable>;
export type TicketSettingsRow = Selectable<TicketSettingsTable>;
export type TicketsDb = Kysely<TicketsTables>;

export const ticketsDb = (storage: Storage): TicketsDb => storage.db.withTables<TicketsTables>() as unknown as TicketsDb;
