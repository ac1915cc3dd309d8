import { join } from 'node:path';
import type { Config } from '../bot/config';
import { silentLogger } from '../bot/logger';
import type { createRuntime } from '../bot/runtime';
import { startWebConsole } from '../web/server';

type Runtime = Awaited<ReturnType<typeof createRuntime>>;

/**
 * The web console as the benches' server children run it: on loopback, a free port, uploads beside the database,
 * closed with the runtime on SIGTERM (the parent's way of stopping a child between parts).
 */
export async function serveBenchConsole(runtime: Runtime, config: Config) {
  const web = await startWebConsole({
    storage: runtime.storage,
    now: () => new Date(),
    zone: config.DANGWU_TIMEZONE,
    log: silentLogger(),
    uploadDir: join(config.DANGWU_DB, '..', 'uploads'),
    port: 0,
    host: '127.0.0.1',
  });
  process.on('SIGTERM', async () => {
    await web.close();
    await runtime.close();
    process.exit(0);
  });
  return web;
}
