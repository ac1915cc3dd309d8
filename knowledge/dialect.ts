import { CompiledQuery, type Kysely, PostgresAdapter } from 'kysely';

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

/**
 * Runs SQL written for one dialect as it is. Kysely's builder and `sql` templates are rebuilt and compiled on every
 * call; a search runs a few fixed statements per question, and compiling them cost more than running them on
 * SQLite (npm run bench -- retrieval).
 */
export async function rawQuery<T>(db: Kysely<any>, text: string, parameters: readonly unknown[] = []): Promise<T[]> {
  return (await db.executeQuery<T>(CompiledQuery.raw(text, parameters as unknown[]))).rows;
}
