import { CompiledQuery, sql } from 'kysely';
import { openStorage } from '../bot/storage/database';
const s = openStorage(':memory:');
const time = async (label: string, f: () => Promise<unknown> | unknown) => { for (let i = 0; i < 200; i++) await f(); const t = performance.now(); for (let i = 0; i < 5000; i++) await f(); console.log(label, ((performance.now() - t) / 5000 * 1000).toFixed(1), 'µs'); };
const q = CompiledQuery.raw('SELECT (SELECT data_version FROM pragma_data_version) AS v, total_changes() AS c', []);
for (let r = 0; r < 2; r++) {
await time('kysely sql tvf', () => sql`SELECT (SELECT data_version FROM pragma_data_version) AS v, total_changes() AS c`.execute(s.db));
await time('kysely compiled tvf', () => s.db.executeQuery(q));
await time('kysely compiled raw new', () => s.db.executeQuery(CompiledQuery.raw('SELECT (SELECT data_version FROM pragma_data_version) AS v, total_changes() AS c', [])));
await time('raw tvf', () => s.sqlite.prepare('SELECT (SELECT data_version FROM pragma_data_version) AS v, total_changes() AS c').get());
}
process.exit(0);
