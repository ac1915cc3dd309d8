import type { Kysely } from 'kysely';
import type { Address } from '../core/message';

/**
 * The durable scheduler's contract (implementation: bot/scheduler/index.ts). Every future delivery is a row;
 * a job is identified by `kind` + `occurrenceKey`, so scheduling the same occurrence twice is harmless and
 * each occurrence is delivered at most once, also across a crash.
 */
export interface JobSpec<P = unknown> {
  /** Which handler runs it, e.g. `meeting-reminder`, `daily-quiz`, `cert-expiry`. */
  kind: string;
  /** Unique per occurrence within the kind, e.g. `sub:42:2026-11-23`. */
  occurrenceKey: string;
  dueAt: Date;
  /** Where it goes (the handler may also decide). */
  address?: Address;
  payload: P;
  /** After this long past `dueAt` the job is recorded as missed instead of delivered late. Default: one day. */
  graceMs?: number;
}

export interface DueJob<P = unknown> extends JobSpec<P> {
  id: number;
  /** Delivered after downtime: the handler should say so ("迟到的提醒"). */
  late: boolean;
}

export type JobHandler<P = unknown> = (job: DueJob<P>) => Promise<void>;

export interface Scheduler {
  register<P>(kind: string, handler: JobHandler<P>): void;
  /**
   * Adds the job, or replaces it while it is still pending. Inside a transaction pass its handle (`tx`), so the
   * job is stored with the rest of the transaction's work (on SQLite, a query beside it would wait forever).
   */
  schedule<P>(job: JobSpec<P>, db?: Kysely<any>): Promise<void>;
  /** Cancels future jobs of a kind whose occurrence key starts with the prefix; returns how many. `db` as in schedule. */
  cancel(kind: string, occurrenceKeyPrefix: string, db?: Kysely<any>): Promise<number>;
  /** Runs everything due now (the timer calls this; tests call it with a moved clock). Returns jobs handled. */
  tick(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
  /**
   * The idempotency key for the next message pushed by the job running now (`<kind>/<occurrence>/<n>`), the same
   * when the job is retried after a crash; undefined outside a job.
   */
  deliveryKey(): string | undefined;
}
