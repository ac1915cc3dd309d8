import { sql, type Kysely } from 'kysely';
import type { Migrations } from '../../storage/migrations';

/** Branches, 三会一课 schedules and records, certificates and personal reminders. */
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
};

export interface BranchRow {
  id: number;
  chat_key: string;
  platform: string;
  chat_id: string;
  name: string;
  zone: string;
  holidays: number;
  lead_minutes: string;
  secretary_key: string;
  secretary_platform: string | null;
  secretary_chat_id: string | null;
}

export interface ScheduleRow {
  id: number;
  branch_id: number;
  type: string;
  phrase: string;
  schedule: string;
  active: number;
}

export interface RecordRow {
  id: number;
  branch_id: number;
  type: string;
  held_on: string;
  attendance: string | null;
  topic: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface CertificateRow {
  id: number;
  user_key: string;
  name: string | null;
  branch_id: number | null;
  level: string;
  number: string;
  issued_on: string;
  expires_on: string;
  level_since: string;
  status: 'active' | 'revoked' | 'superseded';
  platform: string;
  notify_chat_id: string;
}
