import { type Kysely, sql } from 'kysely';
import { idType } from '../../storage/dialect';
import type { Migrations } from '../../storage/migrations';
import { branchNameKey } from './branches/names';

/**
 * The reminders feature's tables: branches and their members, 三会一课 schedules and records (with per-member
 * attendance), certificates, personal reminders, 党费 payments. Row types are in ./tables.ts; each subject
 * reaches its tables through its own store.
 */
export const remindersMigrations: Migrations = {
  '0302_reminders': {
    async up(db: Kysely<any>) {
      const statements = [
        `CREATE TABLE branches (
          id INTEGER PRIMARY KEY,
          chat_key TEXT NOT NULL UNIQUE,
          platform TEXT NOT NULL,
          chat_id TEXT NOT NULL,
          name TEXT NOT NULL,
          zone TEXT NOT NULL,
          holidays INTEGER NOT NULL DEFAULT 1,
          lead_minutes TEXT NOT NULL DEFAULT '[1440,120]',
          secretary_key TEXT NOT NULL,
          secretary_platform TEXT,
          secretary_chat_id TEXT,
          created_at TEXT NOT NULL
        )`,
        `CREATE TABLE branch_members (
          branch_id INTEGER NOT NULL REFERENCES branches(id) ON DELETE CASCADE,
          user_key TEXT NOT NULL,
          name TEXT,
          platform TEXT NOT NULL,
          private_chat_id TEXT,
          opt_in INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (branch_id, user_key)
        )`,
        `CREATE TABLE meeting_rules (
          branch_id INTEGER NOT NULL REFERENCES branches(id) ON DELETE CASCADE,
          type TEXT NOT NULL,
          frequency TEXT NOT NULL,
          PRIMARY KEY (branch_id, type)
        )`,
        `CREATE TABLE meeting_schedules (
          id INTEGER PRIMARY KEY,
          branch_id INTEGER NOT NULL REFERENCES branches(id) ON DELETE CASCADE,
          type TEXT NOT NULL,
          phrase TEXT NOT NULL,
          schedule TEXT NOT NULL,
          active INTEGER NOT NULL DEFAULT 1,
          created_at TEXT NOT NULL,
          UNIQUE (branch_id, type)
        )`,
        `CREATE TABLE meeting_records (
          id INTEGER PRIMARY KEY,
          branch_id INTEGER NOT NULL REFERENCES branches(id) ON DELETE CASCADE,
          type TEXT NOT NULL,
          held_on TEXT NOT NULL,
          attendance TEXT,
          topic TEXT,
          recorded_by TEXT NOT NULL,
          recorded_at TEXT NOT NULL
        )`,
        `CREATE INDEX meeting_records_branch ON meeting_records (branch_id, held_on)`,
        `CREATE TABLE certificates (
          id INTEGER PRIMARY KEY,
          user_key TEXT NOT NULL,
          name TEXT,
          branch_id INTEGER REFERENCES branches(id) ON DELETE SET NULL,
          level TEXT NOT NULL,
          number TEXT NOT NULL,
          issued_on TEXT NOT NULL,
          expires_on TEXT NOT NULL,
          level_since TEXT NOT NULL,
          status TEXT NOT NULL DEFAULT 'active',
          platform TEXT NOT NULL,
          notify_chat_id TEXT NOT NULL,
          created_at TEXT NOT NULL,
          revoked_at TEXT,
          revoked_by TEXT
        )`,
        `CREATE INDEX certificates_user ON certificates (user_key, status)`,
        `CREATE TABLE personal_reminders (
          id INTEGER PRIMARY KEY,
          user_key TEXT NOT NULL,
          platform TEXT NOT NULL,
          chat_id TEXT NOT NULL,
          text TEXT NOT NULL,
          at TEXT NOT NULL,
          status TEXT NOT NULL DEFAULT 'active',
          created_at TEXT NOT NULL
        )`,
      ];
      for (const statement of statements) await sql.raw(statement).execute(db);
    },
  },
  '0303_reminders_records_dues': {
    async up(db: Kysely<any>) {
      const statements = [
        `ALTER TABLE meeting_records ADD COLUMN place TEXT`,
        `ALTER TABLE meeting_records ADD COLUMN present INTEGER`,
        `ALTER TABLE meeting_records ADD COLUMN expected INTEGER`,
        `ALTER TABLE meeting_records ADD COLUMN updated_at TEXT`,
        `CREATE TABLE meeting_attendance (
          record_id INTEGER NOT NULL REFERENCES meeting_records(id) ON DELETE CASCADE,
          name TEXT NOT NULL,
          user_key TEXT,
          PRIMARY KEY (record_id, name)
        )`,
        `ALTER TABLE personal_reminders ADD COLUMN schedule TEXT`,
        `ALTER TABLE personal_reminders ADD COLUMN zone TEXT`,
        `CREATE INDEX personal_reminders_user ON personal_reminders (user_key, status)`,
        `ALTER TABLE branch_members ADD COLUMN dues_opt_in INTEGER NOT NULL DEFAULT 0`,
        `ALTER TABLE branch_members ADD COLUMN joined_at TEXT`,
        `CREATE TABLE dues_payments (
          id INTEGER PRIMARY KEY,
          branch_id INTEGER NOT NULL REFERENCES branches(id) ON DELETE CASCADE,
          member_name TEXT NOT NULL,
          user_key TEXT,
          month TEXT NOT NULL,
          amount_cents INTEGER NOT NULL,
          recorded_by TEXT NOT NULL,
          recorded_at TEXT NOT NULL,
          UNIQUE (branch_id, member_name, month)
        )`,
        `CREATE INDEX dues_payments_user ON dues_payments (user_key)`,
      ];
      for (const statement of statements) await sql.raw(statement).execute(db);
    },
  },
  '0304_reminders_records_start_absentees': {
    async up(db: Kysely<any>) {
      // The date a branch's records count from (set by the secretary; otherwise the day it was bound).
      await db.schema.alterTable('branches').addColumn('records_from', 'text').execute();
      // Names the secretary listed as absent (、-separated), kept apart from the topic.
      await db.schema.alterTable('meeting_records').addColumn('absentees', 'text').execute();
    },
  },
  '0305_branch_identity': {
    async up(db: Kysely<any>) {
      // A branch is its id; its name is unique within the organisation after normalisation (繁简, width, spaces).
      await db.schema.alterTable('branches').addColumn('name_key', 'text').execute();
      const rows = await db.selectFrom('branches').select(['id', 'name']).orderBy('id').execute();
      const taken = new Set<string>();
      for (const row of rows as { id: number; name: string }[]) {
        // Where two branches already share a name, the older keeps it: a later one is the one that took it (the
        // name stays as its people see it; only its key is set apart, so the name resolves to the older branch).
        const key = branchNameKey(row.name);
        const unique = taken.has(key) ? `${key}#${row.id}` : key;
        taken.add(unique);
        await db.updateTable('branches').set({ name_key: unique }).where('id', '=', row.id).execute();
      }
      await db.schema.createIndex('branches_name_key').on('branches').column('name_key').unique().execute();
      // Every chat bound to a branch (the branch's first chat, the one it was made in, among them).
      await db.schema
        .createTable('branch_chats')
        .addColumn('chat_key', 'text', (c) => c.primaryKey())
        .addColumn('branch_id', 'bigint', (c) => c.notNull().references('branches.id').onDelete('cascade'))
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('chat_id', 'text', (c) => c.notNull())
        .addColumn('bound_at', 'text', (c) => c.notNull())
        .addColumn('bound_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('branch_chats_branch').on('branch_chats').column('branch_id').execute();
      await sql`INSERT INTO branch_chats (chat_key, branch_id, platform, chat_id, bound_at, bound_by)
        SELECT chat_key, id, platform, chat_id, created_at, secretary_key FROM branches`.execute(db);
      // A chat asking to join an existing branch waits here for that branch's secretary (or the console).
      await db.schema
        .createTable('branch_bind_requests')
        .addColumn('id', idType(db), (c) => c.primaryKey())
        .addColumn('branch_id', 'bigint', (c) => c.notNull().references('branches.id').onDelete('cascade'))
        .addColumn('chat_key', 'text', (c) => c.notNull())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('chat_id', 'text', (c) => c.notNull())
        .addColumn('chat_kind', 'text', (c) => c.notNull())
        .addColumn('chat_title', 'text')
        .addColumn('requested_by', 'text', (c) => c.notNull())
        .addColumn('requester_name', 'text')
        .addColumn('requested_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
        .addColumn('decided_by', 'text')
        .addColumn('decided_at', 'text')
        .execute();
      await db.schema.createIndex('branch_bind_requests_branch').on('branch_bind_requests').columns(['branch_id', 'status']).execute();
      await db.schema.createIndex('branch_bind_requests_chat').on('branch_bind_requests').columns(['chat_key', 'status']).execute();
    },
  },
};
