import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { createMessengerAdapters, webhookListeners } from '../../adapters';
import { createConsoleAdapter } from '../../adapters/console';
import { createLogger } from '../../bot/logger';
import { createRuntime } from '../../bot/runtime';
import { warmSegmenter } from '../../knowledge';
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
      const logs = new LogSink(io.stderr);
      const runtime = await createRuntime({ config, extraMigrations: webMigrations, log: createLogger(config, logs) });
      const adapters = await createMessengerAdapters(runtime.app, config, runtime.log);
      // The console (Hono, ExcelJS, the upload readers) loads only when it is switched on.
      const webPort = config.DANGWU_WEB_PORT;
      const web =
        webPort === undefined
          ? undefined
          : await listening({ what: '管理后台', port: webPort, setting: 'DANGWU_WEB_PORT', hostSetting: 'DANGWU_WEB_HOST' }, async () =>
              (await import('../../web')).startWebConsoleFor(runtime),
            );
      if (adapters.length === 0) {
        const interactive = Boolean(io.stdin.isTTY && io.stdout.isTTY);
        if (web) {
          // The terminal is a chat: the console's log lines (JSON for machines) go to a file, not between the replies.
          const logFile = join(dataDir(config.DANGWU_DB), 'dangwu.log');
          logs.toFile(logFile);
          io.stdout.write(`组织部网页控制台：${web.url}/（运行日志写在 ${logFile}）\n`);
        } else logs.toStderr();
        const console = createConsoleAdapter({
          app: runtime.app,
          input: io.stdin,
          output: io.stdout,
          interactive,
          exportDir: join(dataDir(config.DANGWU_DB), 'exports'),
        });
        const signalled = untilSignal();
        await console.start();
        await runtime.app.start();
        await Promise.race([console.finished, signalled]);
        // A chat typed at the keyboard ends the program; from a pipe or /dev/null (a service) the console keeps serving.
        if (web && !interactive) await signalled;
        await console.stop();
        await web?.close();
        await runtime.close();
        return EXIT_OK;
      }

      logs.toStderr();
      // Before any event arrives: loading the tokenizer's dictionary on the first handbook question would stall
      // every event of this process meanwhile (see warmSegmenter).
      warmSegmenter();
      const listeners = webhookListeners(config);
      for (const adapter of adapters) {
        const listener = listeners.find((l) => l.adapter === adapter.name);
        if (listener) await listening(listener, () => adapter.start());
        else await adapter.start();
      }
      await runtime.app.start();
      runtime.log.warn({ adapters: adapters.map((a) => a.name), web: web?.url }, '党务助手已启动');
      if (web) io.stdout.write(`组织部网页控制台：${web.url}/\n`);
      // Runs until a signal, or until every messenger has stopped for good and no console is served.
      let running = adapters.length;
      const outcome = await new Promise<'signal' | 'failed'>((resolve) => {
        void untilSignal().then(() => resolve('signal'));
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

const untilSignal = () =>
  new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });

/** Where the embedded database lives (uploads, exports and the log go beside it); ./data for a PostgreSQL address. */
const dataDir = (database: string) => (/^postgres(ql)?:\/\//.test(database) ? './data' : dirname(database));

/**
 * The log's destination, decided once the program knows what the terminal is for: standard error, or a file when
 * the terminal is a chat beside the web console. Lines logged before that (start-up) wait and follow them there.
 */
class LogSink extends Writable {
  private target: ((line: string) => void) | undefined;
  private waiting: string[] = [];

  constructor(private readonly stderr: NodeJS.WritableStream) {
    super();
    // A start that fails before deciding still shows what it logged.
    process.once('exit', () => this.toStderr());
  }

  toStderr() {
    this.settle((line) => this.stderr.write(line));
  }

  toFile(path: string) {
    const file = pino.destination({ dest: path, mkdir: true, append: true, sync: true });
    this.settle((line) => file.write(line));
  }

  private settle(target: (line: string) => void) {
    if (this.target) return;
    this.target = target;
    for (const line of this.waiting.splice(0)) target(line);
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void) {
    if (this.target) this.target(String(chunk));
    else this.waiting.push(String(chunk));
    done();
  }
}
