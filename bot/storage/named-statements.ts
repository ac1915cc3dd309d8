import { randomBytes } from 'node:crypto';
import type pg from 'pg';

/**
 * Named (server-side prepared) statements on PostgreSQL for the statements every message or answer runs.
 *
 * An unnamed statement is parsed, analysed and planned by the server on every execution: on the quiz answer path
 * that was about half of the server's CPU per answer (perf on the backends during `npm run bench -- core`), more
 * than executing it. A named statement is parsed once per connection, and after a few executions PostgreSQL keeps
 * a generic plan, so later executions only bind and run.
 *
 * Only statements whose text is fixed are named: those compiled once ({@link prepareQuery} and the quiz store's
 * compiled statements register their text here). Every other query stays unnamed, so the server keeps nothing per
 * connection for one-off texts (a list filter with a varying IN, a migration).
 */
const names = new Map<string, number>();

/** A guard against a caller registering texts that vary: named statements stay a small fixed set. */
const MOST_NAMES = 500;

/** Runs `text` as a named statement on PostgreSQL from now on. Idempotent; the text must contain no values. */
export function nameStatement(text: string): void {
  if (names.size < MOST_NAMES && !names.has(text)) names.set(text, names.size + 1);
}

/** `feature_not_supported`: here "cached plan must not change result type" (its wording follows the server's lc_messages). */
const STALE_PLAN = '0A000';

/**
 * Makes a pool client run registered texts as named statements (called on each new connection of the pool).
 *
 * Names carry a random tag per connection: a server that multiplexes several connections over one session (PGlite
 * in the tests on a machine without PostgreSQL) then never sees one name prepared twice.
 *
 * A prepared `SELECT *` fails with "cached plan must not change result type" once a migration (another process's,
 * after an upgrade) adds a column to its table. The connection then takes a new tag, so every named statement is
 * prepared again under a new name, and the failed statement is run again unless a transaction is open: the error
 * is raised before the statement does anything, but it aborts an open transaction, which must fail as a whole.
 */
export function nameStatementsOn(client: pg.PoolClient): void {
  // The client's own query, looked up at each call (a bench counting statements wraps it on the prototype).
  const own = Object.getPrototypeOf(client) as { query: (...args: unknown[]) => Promise<pg.QueryResult> };
  const query = (...args: unknown[]) => own.query.apply(client, args);
  let tag = randomBytes(4).toString('hex');
  let inTransaction = false;
  client.query = ((text: unknown, ...rest: unknown[]) => {
    if (typeof text !== 'string' || rest.length !== 1 || !Array.isArray(rest[0])) return query(text, ...rest);
    const id = names.get(text);
    if (id === undefined) {
      // Kysely opens and ends its transactions with these texts (PostgresDriver).
      if (/^(begin|start transaction)\b/i.test(text)) inTransaction = true;
      else if (/^(commit|rollback)$/i.test(text)) inTransaction = false;
      return query(text, rest[0]);
    }
    const values = rest[0];
    const run = () => query({ name: `dangwu_${id}_${tag}`, text, values });
    return run().catch((error: { code?: string }) => {
      if (error?.code !== STALE_PLAN) throw error;
      tag = randomBytes(4).toString('hex');
      if (inTransaction) throw error;
      return run();
    });
  }) as typeof client.query;
}
