import { loadConfig } from '../bot/config';
import { silentLogger } from '../bot/logger';
import { createRuntime } from '../bot/runtime';
import { webMigrations } from '../web';
import { createConsoleData } from '../web/data';
import { serveBenchConsole } from './console-child';

/**
 * The console as `npm run bench -- web` measures it: its own process (so the load generator does not share its event
 * loop), on a database the bench seeded. Prints one JSON line with its URL and the cold (uncached) timings.
 */
const db = process.env.DANGWU_DB!;
const config = loadConfig({ DANGWU_DB: db });
const runtime = await createRuntime({ config, log: silentLogger(), extraMigrations: webMigrations });
const branchId = Number(process.env.BENCH_BRANCH_ID);
const timed = async (work: () => unknown) => {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const data = createConsoleData(runtime.storage, { now: () => new Date(), zone: config.DANGWU_TIMEZONE });
const coldOverviewMs = await timed(() => data.overview({ kind: 'all' }));
const coldBranchMs = await timed(() => data.branch({ kind: 'all' }, branchId));
const coldLearningMs = await timed(() => data.learning({ kind: 'all' }));
const coldWarningsMs = await timed(() => data.warnings({ kind: 'all' }));
const web = await serveBenchConsole(runtime, config);
process.stdout.write(`${JSON.stringify({ url: web.url, coldOverviewMs, coldBranchMs, coldLearningMs, coldWarningsMs })}\n`);
