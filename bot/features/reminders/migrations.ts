import { type Kysely, sql } from 'kysely';
import type { Migrations } from '../../storage/migrations';

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
};
