import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../bot/config';
import type { IncomingMessage } from '../bot/core/message';
import { silentLogger } from '../bot/logger';
import { createRuntime } from '../bot/runtime';
import { webMigrations } from '../web';
import { createAccountStore } from '../web/accounts';
import { serveBenchConsole } from './console-child';

/**
 * The server `npm run bench -- abuse` attacks: the whole bot (chat and the console in one process, as `dangwu start`
 * runs them) in its own process, so what the attack costs shows in this process's memory and event loop alone.
 * Prints one JSON line with its URL; then answers the bench over IPC: `chat` (a message through the runtime; the bench
 * times the round trip, so a blocked event loop shows) and `memory` (RSS now, the highest RSS sampled since the last `memory`, the process's lifetime peak, and the event
 * loop's delay since the last `memory`).
 */
const db = process.env.DANGWU_DB!;
const config = loadConfig({ DANGWU_DB: db });
const runtime = await createRuntime({ config, log: silentLogger(), extraMigrations: webMigrations });
await createAccountStore(runtime.storage).add(
  { username: 'zuzhibu', password: process.env.BENCH_PASSWORD!, role: 'org', branches: [] },
  'bench',
);
const web = await serveBenchConsole(runtime, config);

let peak = process.memoryUsage.rss();
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 5).unref();

const member: Omit<IncomingMessage, 'text'> = {
  platform: 'console',
  sender: { id: 'bench-member', name: '张三' },
  chat: { id: 'dm-bench-member', kind: 'private' },
};

process.on('message', async (message: { id: number; cmd: 'chat' | 'memory'; text?: string }) => {
  if (message.cmd === 'chat') {
    const start = process.hrtime.bigint();
    const replies = await runtime.app.handle({ ...member, text: message.text });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    process.send!({ id: message.id, ms, replied: replies.length > 0 });
  } else {
    const rss = process.memoryUsage.rss();
    process.send!({
      id: message.id,
      rss,
      peak: Math.max(peak, rss),
      maxRss: process.resourceUsage().maxRSS * 1024,
      loopDelayP99: loopDelay.percentile(99) / 1e6,
      loopDelayMax: loopDelay.max / 1e6,
    });
    peak = rss;
    loopDelay.reset();
  }
});
process.stdout.write(`${JSON.stringify({ url: web.url })}\n`);
