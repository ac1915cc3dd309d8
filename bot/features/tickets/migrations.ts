import { type Kysely, sql } from 'kysely';
import { idType, isPostgres } from '../../storage/dialect';
import type { Migrations } from '../../storage/migrations';

/** 民情工单: the tickets, every change to them (nothing is deleted), and each branch's reminder settings. */
export const ticketsMigrations: Migrations = {
  '0500_tickets': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('tickets')
        .addColumn('id', idType(db), (c) => c.primaryKey())
        .addColumn('branch_id', 'bigint', (c) => c.notNull())
        .addColumn('origin_branch_id', 'bigint', (c) => c.notNull())
        .addColumn('raiser_name', 'text', (c) => c.notNull())
        .addColumn('raiser_place', 'text')
        .addColumn('raiser_phone', 'text')
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('holder_key', 'text', (c) => c.notNull())
        .addColumn('holder_name', 'text', (c) => c.notNull())
        .addColumn('holder_platform', 'text')
        .addColumn('holder_chat_id', 'text')
        .addColumn('recorder_key', 'text', (c) => c.notNull())
        .addColumn('recorder_name', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('on_spot', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('due_on', 'text')
        .addColumn('zone', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('done_at', 'text')
        .addColumn('done_on', 'text')
        .addColumn('outcome', 'text')
        .addColumn('satisfaction', 'text')
        .addColumn('score', 'integer')
        .addColumn('visited_at', 'text')
        .addColumn('plan', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('tickets_branch').on('tickets').columns(['branch_id', 'created_at']).execute();
      await db.schema.createIndex('tickets_holder').on('tickets').columns(['holder_key', 'status']).execute();
      await db.schema.createIndex('tickets_recorder').on('tickets').columns(['recorder_key']).execute();
      await db.schema.createIndex('tickets_created').on('tickets').columns(['created_at']).execute();
      // The console's figures over all branches read only this index (200,000 工单 without touching the rows).
      await db.schema
        .createIndex('tickets_figures')
        .on('tickets')
        .columns(['created_at', 'branch_id', 'category', 'status', 'on_spot', 'due_on', 'done_on', 'score'])
        .execute();
      await db.schema
        .createTable('ticket_events')
        .addColumn('id', idType(db), (c) => c.primaryKey())
        .addColumn('ticket_id', 'bigint', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_key', 'text', (c) => c.notNull())
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('detail', 'text')
        .execute();
      await db.schema.createIndex('ticket_events_ticket').on('ticket_events').columns(['ticket_id', 'id']).execute();
      await db.schema
        .createTable('ticket_settings')
        .addColumn('branch_id', 'bigint', (c) => c.primaryKey())
        .addColumn('lead_days', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('digest_on', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('digest_platform', 'text')
        .addColumn('digest_chat_id', 'text')
        .execute();
    },
  },
  // The console's filters over every branch: by category, and by 办理中/逾期 (status first). Without them each
  // filtered view scanned the period's every 工单 through tickets_figures.
  '0501_ticket_filter_indexes': {
    async up(db: Kysely<any>) {
      await db.schema
        .createIndex('tickets_category_figures')
        .on('tickets')
        .columns(['category', 'created_at', 'branch_id', 'status', 'on_spot', 'due_on', 'done_on', 'score'])
        .execute();
      await db.schema
        .createIndex('tickets_status_figures')
        .on('tickets')
        .columns(['status', 'created_at', 'branch_id', 'category', 'on_spot', 'due_on', 'done_on', 'score'])
        .execute();
    },
  },
  // The console's figures from counts kept with each change (store.ts keeps them in the same transaction) instead
  // of a scan of the period's every 工单: see TicketFiguresTable. What moves with the date (overdue or not) is read
  // from the open 工单 not yet overdue alone, through the partial index below.
  '0502_ticket_figures': {
    async up(db: Kysely<any>) {
      let table = db.schema
        .createTable('ticket_figures')
        .addColumn('branch_id', 'bigint', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('on_spot', 'integer', (c) => c.notNull());
      for (const count of FIGURE_COUNTS) table = table.addColumn(count, 'bigint', (c) => c.notNull());
      await table.addPrimaryKeyConstraint('ticket_figures_key', ['category', 'month', 'branch_id', 'on_spot']).execute();
      await db.schema
        .createIndex('ticket_figures_branch')
        .on('ticket_figures')
        .columns(['branch_id', 'category', 'month', 'on_spot'])
        .execute();
      const counts = sql.raw(`count(*),
          sum(case when on_spot = 0 and status <> 'open' then (case when done_on > due_on then 0 else 1 end) else 0 end),
          sum(case when on_spot = 0 and status <> 'open' and done_on > due_on then 1 else 0 end),
          count(score), coalesce(sum(score), 0),
          sum(case when status = 'open' then 1 else 0 end),
          sum(case when status = 'open' and score is not null then 1 else 0 end),
          coalesce(sum(case when status = 'open' then score else 0 end), 0)`);
      // Each 工单 is counted three times: under its branch and category, its branch (category ''), its category (branch 0).
      for (const [branch, category] of [
        ['branch_id', 'category'],
        ['branch_id', "''"],
        ['0', 'category'],
      ] as const) {
        const key = `${branch}, ${category}, substr(created_at, 1, 7), on_spot`;
        // Constants left out of GROUP BY: PostgreSQL reads a number there as a column position.
        const group = key.replace(/^(0|''), /, '').replace(/, ''/, '');
        await sql`insert into ticket_figures (branch_id, category, month, on_spot, ${sql.raw(FIGURE_COUNTS.join(', '))})
          select ${sql.raw(key)}, ${counts} from tickets group by ${sql.raw(group)}`.execute(db);
      }
      await sql`create index tickets_pending on tickets (due_on, created_at, branch_id, category, score) where status = 'open' and on_spot = 0`.execute(
        db,
      );
    },
  },
  // What the console's 民情工单 page reads on every request and after every change (console.ts):
  // - ticket_revision, the row every 工单 write moves (see TicketRevisionTable);
  // - the kept figures of every branch in the order the page sums them (by branch, then 当场解决, then month), with
  //   the counts in the index: the whole county's year is read from the index alone, in order, nothing sorted
  //   (SQLite has no statistics to prefer it: console.ts names it there);
  // - the open 工单 not yet overdue of one branch, for a branch's page (tickets_pending serves all branches);
  // - the same counts by UTC year (ticket_figures_year), for the periods that are whole years.
  '0503_ticket_console_reads': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('ticket_revision')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('n', 'bigint', (c) => c.notNull())
        .execute();
      await db.insertInto('ticket_revision').values({ id: 1, n: 0 }).execute();
      const counts = FIGURE_COUNTS.join(', ');
      await sql`create index ticket_figures_scan on ticket_figures (category, branch_id, on_spot, month${sql.raw(
        isPostgres(db) ? `) include (${counts})` : `, ${counts})`,
      )}`.execute(db);
      // The yearly counts (TicketFiguresYearTable), filled from the monthly ones.
      let year = db.schema
        .createTable('ticket_figures_year')
        .addColumn('branch_id', 'bigint', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('year', 'text', (c) => c.notNull())
        .addColumn('on_spot', 'integer', (c) => c.notNull());
      for (const count of FIGURE_COUNTS) year = year.addColumn(count, 'bigint', (c) => c.notNull());
      await year.addPrimaryKeyConstraint('ticket_figures_year_key', ['category', 'year', 'branch_id', 'on_spot']).execute();
      await db.schema
        .createIndex('ticket_figures_year_branch')
        .on('ticket_figures_year')
        .columns(['branch_id', 'category', 'year', 'on_spot'])
        .execute();
      await sql`create index ticket_figures_year_scan on ticket_figures_year (category, branch_id, on_spot, year${sql.raw(
        isPostgres(db) ? `) include (${counts})` : `, ${counts})`,
      )}`.execute(db);
      await sql`insert into ticket_figures_year (branch_id, category, year, on_spot, ${sql.raw(counts)})
        select branch_id, category, substr(month, 1, 4), on_spot, ${sql.raw(FIGURE_COUNTS.map((c) => `sum(${c})`).join(', '))}
        from ticket_figures group by branch_id, category, substr(month, 1, 4), on_spot`.execute(db);
      await sql`create index tickets_pending_branch on tickets (branch_id, due_on, created_at, category, score) where status = 'open' and on_spot = 0`.execute(
        db,
      );
    },
  },
  // The branches each write changed the kept figures of (TicketChangesTable): the console refreshes those alone.
  '0504_ticket_changes': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('ticket_changes')
        .addColumn('rev', 'bigint', (c) => c.notNull())
        .addColumn('branch_id', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('ticket_changes_key', ['rev', 'branch_id'])
        .execute();
    },
  },
};

const FIGURE_COUNTS = ['issued', 'on_time', 'late', 'scored', 'score_sum', 'open_n', 'open_scored', 'open_score_sum'] as const;
