import type { Kysely } from 'kysely';
import { idType } from '../../storage/dialect';
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
};
