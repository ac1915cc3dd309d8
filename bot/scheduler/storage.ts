import { type ColumnType, type Generated, type Kysely, sql } from 'kysely';
import type { Migrations } from '../storage/migrations';

/** Job states: pending → sending (claimed, with a lease) → sent | missed | failed. Cancelled jobs are deleted. */
export type JobStatus = 'pending' | 'sending' | 'sent' | 'missed' | 'failed';

export interface ScheduledJobRow {
  id: number;
  kind: string;
  occurrence_key: string;
  /** Milliseconds since the epoch (integers compare fast in the due-work index). */
  due_at: number;
  platform: string | null;
  chat_id: string | null;
  payload: string;
  grace_ms: number;
  status: JobStatus;
  attempts: number;
  /** While `sending`: until when the claim holds (its holder renews it). While `pending` after a failure: not before then. */
  lease_until: number | null;
  /** While `sending`: the scheduler instance (process) holding the claim. */
  claimed_by: string | null;
  created_at: number;
  done_at: number | null;
  late: number;
  error: string | null;
}

/** A column the database fills in when an insert leaves it out. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export type SchedulerTables = {
  scheduled_jobs: Omit<ScheduledJobRow, 'id' | 'status' | 'attempts' | 'late' | 'lease_until' | 'done_at' | 'error' | 'claimed_by'> & {
    id: Generated<number>;
    status: Defaulted<JobStatus>;
    attempts: Defaulted<number>;
    late: Defaulted<number>;
    lease_until: Defaulted<number | null>;
    done_at: Defaulted<number | null>;
    error: Defaulted<string | null>;
    claimed_by: Defaulted<string | null>;
  };
};

export const schedulerMigrations: Migrations = {
  '0301_scheduled_jobs': {
    async up(db: Kysely<any>) {
      await sql`CREATE TABLE scheduled_jobs (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        occurrence_key TEXT NOT NULL,
        due_at INTEGER NOT NULL,
        platform TEXT,
        chat_id TEXT,
        payload TEXT NOT NULL,
        grace_ms INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        lease_until INTEGER,
        created_at INTEGER NOT NULL,
        done_at INTEGER,
        late INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        UNIQUE (kind, occurrence_key)
      )`.execute(db);
      // Only unfinished jobs are indexed by time: finding due work stays cheap however long the history gets.
      await sql`CREATE INDEX scheduled_jobs_due ON scheduled_jobs (due_at) WHERE status = 'pending'`.execute(db);
      await sql`CREATE INDEX scheduled_jobs_sending ON scheduled_jobs (lease_until) WHERE status = 'sending'`.execute(db);
    },
  },
  // Several processes may share one database: a claim names its holder, so the holder renews its own leases and
  // finishes only jobs it still holds. (Named to sort right after the table's creation.)
  '0301_scheduled_jobs_claims': {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('scheduled_jobs').addColumn('claimed_by', 'text').execute();
    },
  },
};
