import { dirname, join, resolve } from 'node:path';
import type { Runtime } from '../bot';
import { startWebConsole, type WebConsole } from './server';

export { webMigrations } from './migrations';
export type { WebConsole } from './server';

/** Starts the console on the runtime's database when DANGWU_WEB_PORT is set; undefined otherwise. */
export async function startWebConsoleFor(runtime: Runtime): Promise<WebConsole | undefined> {
  const { config } = runtime;
  if (config.DANGWU_WEB_PORT === undefined) return undefined;
  const web = await startWebConsole({
    storage: runtime.storage,
    now: () => runtime.app.services.clock.now(),
    zone: config.DANGWU_TIMEZONE,
    log: runtime.log,
    uploadDir: join(dirname(resolve(config.DANGWU_DB)), 'uploads'),
    port: config.DANGWU_WEB_PORT,
    host: config.DANGWU_WEB_HOST,
  });
  runtime.log.info({ url: web.url }, '管理后台已启动');
  return web;
}
