import { type Kysely, PostgresAdapter } from 'kysely';

/**
 * Whether this Kysely instance (or transaction) talks to PostgreSQL. The knowledge layer sits below bot/ and
 * cannot import bot/storage, so it tells the dialect from Kysely's adapter itself.
 */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Runs `work` in a transaction of `db`, or inside the one `db` already is (Kysely cannot nest them). */
export function inTransaction<T>(db: Kysely<any>, work: (tx: Kysely<any>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
