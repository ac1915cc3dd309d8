import { dirname, join } from 'node:path';
import { createMessengerAdapters, webhookListeners } from '../../adapters';
import { createConsoleAdapter } from '../../adapters/console';
import { createRuntime } from '../../bot/runtime';
import { webMigrations } from '../../web/migrations';
import { type CliCommand, EXIT_FAILURE, EXIT_OK } from '../command';
import { loadCliConfig } from '../config';
import { listening, withRuntimeErrors } from '../runtime-errors';

/**
 * `dangwu start`: runs every messenger adapter whose settings are present, with the scheduler;
 * with none configured, the terminal chat on the embedded default (SQLite, built-in handbook and bank).
 */
export const startCommand: CliCommand = {
  name: 'start',
  summary: '启动助手：连接已配置的聊天平台（钉钉、企业微信、飞书、Telegram、Slack），否则打开终端对话',
  usage: 'dangwu start',
  run: (_args, io) =>
    withRuntimeErrors(io, async () => {
      const config = loadCliConfig(io);
      const runtime = await createRuntime({ config, extraMigrations: webMigrations });
      const adapters = await createMessengerAdapters(runtime.app, config, runtime.log);
      // The console (Hono, ExcelJS, the upload readers) loads only when it is switched on.
      const webPort = config.DANGWU_WEB_PORT;
      const web =
        webPort === undefined
          ? undefined
          : await listening({ what: '管理后台', port: webPort, setting: 'DANGWU_WEB_PORT', hostSetting: 'DANGWU_WEB_HOST' }, async () =>
              (await import('../../web')).startWebConsoleFor(runtime),
            );
      if (adapters.length === 0 && !web) {
        const console = createConsoleAdapter({
          app: runtime.app,
          input: io.stdin,
          output: io.stdout,
          interactive: Boolean(io.stdin.isTTY && io.stdout.isTTY),
          exportDir: join(dirname(config.DANGWU_DB), 'exports'),
        });
        await console.start();
        await runtime.app.start();
        await console.finished;
        await runtime.close();
        return EXIT_OK;
      }

      const listeners = webhookListeners(config);
      for (const adapter of adapters) {
        const listener = listeners.find((l) => l.adapter === adapter.name);
        if (listener) await listening(listener, () => adapter.start());
        else await adapter.start();
      }
      await runtime.app.start();
      runtime.log.warn({ adapters: adapters.map((a) => a.name), web: web?.url }, '党务助手已启动');
      // Runs until a signal, or until every messenger has stopped for good and no console is served.
      let running = adapters.length;
      const outcome = await new Promise<'signal' | 'failed'>((resolve) => {
        process.once('SIGINT', () => resolve('signal'));
        process.once('SIGTERM', () => resolve('signal'));
        for (const adapter of adapters) {
          void adapter.failed?.then((error) => {
            runtime.log.error({ adapter: adapter.name, err: error }, '聊天平台连接已停止，不再重试');
            io.stderr.write(`${adapter.name} 已停止：${error.message}\n`);
            if (--running === 0 && !web) resolve('failed');
          });
        }
      });
      for (const adapter of adapters) await adapter.stop();
      await web?.close();
      await runtime.close();
      return outcome === 'signal' ? EXIT_OK : EXIT_FAILURE;
    }),
};
