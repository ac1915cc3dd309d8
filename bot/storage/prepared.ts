import { type Compilable, type CompiledQuery, createQueryId, type Kysely, type QueryResult } from 'kysely';
import { isPostgres } from './dialect';
import { nameStatement } from './named-statements';

/**
 * A Kysely query built and compiled once, then run with new parameters: for the few queries every message runs
 * (conversation state, participants), where building and compiling the query anew each time would cost more
 * than running it (SQLite answers these in microseconds; its statement is prepared once per connection too, and
 * on PostgreSQL it runs as a named statement: see named-statements.ts).
 *
 * The query is built with named placeholders; at run time each placeholder's position among the compiled
 * parameters is filled with the value of that name, and constants in the query stay as they were.
 *
 * @example
 * const byKey = prepareQuery<{ key: string }>((db, p) => db.selectFrom('users').selectAll().where('key', '=', p('key')));
 * const { rows } = await byKey(storage.db, { key: 'console:me' });
 *
 * Run it on the handle of a transaction (`tx`) inside one: it compiles once per dialect, so any handle of the
 * same database serves.
 */
export function prepareQuery<P extends object, R = any>(
  build: (db: Kysely<any>, param: <K extends keyof P & string>(name: K) => any) => Compilable<R>,
): (db: Kysely<any>, params: P) => Promise<QueryResult<R>> {
  const compiled = new WeakMap<object, { query: CompiledQuery<R>; slots: (string | undefined)[] }>();
  return (db, params) => {
    // One compilation per dialect: a transaction handle shares its adapter with the database it came from.
    const adapter = db.getExecutor().adapter;
    let entry = compiled.get(adapter);
    if (!entry) compiled.set(adapter, (entry = compile(db, build)));
    const { query, slots } = entry;
    const parameters = query.parameters.map((value, i) => {
      const name = slots[i];
      return name === undefined ? value : (params as Record<string, unknown>)[name];
    });
    return db.executeQuery<R>({ ...query, queryId: createQueryId(), parameters });
  };
}

/** Placeholders are unique objects, so no real value can be mistaken for one. */
function compile<R>(db: Kysely<any>, build: (db: Kysely<any>, param: (name: string) => any) => Compilable<R>) {
  const markers = new Map<object, string>();
  const param = (name: string) => {
    const marker = { name };
    markers.set(marker, name);
    return marker;
  };
  const query = build(db, param).compile();
  // On PostgreSQL its text is fixed, so the server may keep it parsed and planned per connection.
  if (isPostgres(db)) nameStatement(query.sql);
  const slots = query.parameters.map((value) => (typeof value === 'object' && value !== null ? markers.get(value) : undefined));
  if (slots.filter(Boolean).length !== markers.size)
    throw new Error(`prepareQuery: ${markers.size - slots.filter(Boolean).length} placeholder(s) did not become parameters`);
  return { query, slots };
}
