import { createTicketConsole, type TicketConsoleFilter } from '../bot';
import { loadConfig } from '../bot/config';
import { silentLogger } from '../bot/logger';
import { createRuntime } from '../bot/runtime';
import { webMigrations } from '../web';
import { serveBenchConsole } from './console-child';
import { measureAsync } from './measure';

/**
 * The console as `npm run bench -- web-tickets` measures it: its own process (so the load generator does not share
 * its event loop), on the database the bench seeded. Before serving, it times the 民情工单 page's queries uncached
 * (the console's own cache set aside: what a request pays right after a 工单 changed), then prints one JSON line
 * with its URL and those timings.
 */
const db = process.env.DANGWU_DB!;
const branchId = Number(process.env.BENCH_BRANCH_ID);
const config = loadConfig({ DANGWU_DB: db });
const runtime = await createRuntime({ config, log: silentLogger(), extraMigrations: webMigrations });
const queries = createTicketConsole(runtime.storage);
const now = new Date();
const today = new Intl.DateTimeFormat('en-CA', { timeZone: config.DANGWU_TIMEZONE }).format(now);
const year: TicketConsoleFilter = { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` };
const filtered: TicketConsoleFilter = { ...year, category: '基础设施', status: 'open' };
const OFFSET = '+08:00';
const RUNS = 15;

const timed = async (work: () => Promise<unknown>) => {
  const { p50, p99 } = await measureAsync(RUNS, work);
  return { p50, p99 };
};

const page = (branches: number[] | undefined, filter: TicketConsoleFilter) => () =>
  Promise.all([
    queries.figures(branches, filter, today, OFFSET),
    queries.list(branches, filter, today, OFFSET, { limit: 50, fullPhone: branches === undefined }),
  ]);
const uncached = {
  org: await timed(page(undefined, year)),
  orgFiltered: await timed(page(undefined, filtered)),
  branch: await timed(page([branchId], year)),
  branchFiltered: await timed(page([branchId], filtered)),
};

const web = await serveBenchConsole(runtime, config);
process.stdout.write(`${JSON.stringify({ url: web.url, uncached })}\n`);
