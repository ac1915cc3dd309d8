import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createFeishuAdapter } from '../adapters/feishu';
import { silentLogger } from '../bot/logger';
import { FEISHU_APP_ID, FEISHU_APP_SECRET } from '../tests/adapters/peers/feishu';
import { createQuizBenchRuntime } from './quiz-runtime';

/**
 * One bot process of the scale bench: the quiz over the bench bank on DANGWU_DB, one 飞书 long connection to the
 * fake at FEISHU_DOMAIN (send pacing off: 飞书's 1000 a minute would cap every run alike). Says `ready` on stdout.
 * Counts the statements it sends to PostgreSQL (at pg's client, so every layer above is included) from `count` on
 * stdin, and says them on stdout as `statements {text: n}` when told `report`.
 */
const counts = new Map<string, number>();
let counting = false;
const send = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
  if (counting) {
    const query = args[0] as string | { text: string };
    const text = typeof query === 'string' ? query : query.text;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return (send as (...a: unknown[]) => unknown).apply(this, args);
} as typeof send;

const runtime = await createQuizBenchRuntime(mkdtempSync(join(tmpdir(), 'dangwu-scale-')), 1000, ['初级'], process.env.DANGWU_DB);
const adapter = createFeishuAdapter({
  app: runtime.app,
  log: silentLogger(),
  appId: FEISHU_APP_ID,
  appSecret: FEISHU_APP_SECRET,
  domain: process.env.FEISHU_DOMAIN!,
  throttle: false,
});
await adapter.start();
process.stdin.setEncoding('utf8');
process.stdin.on('data', (text: string) => {
  if (text.includes('count')) counting = true;
  if (text.includes('report')) {
    counting = false;
    process.stdout.write(`statements ${JSON.stringify(Object.fromEntries(counts))}\n`);
  }
});
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  void adapter
    .stop()
    .then(() => runtime.close())
    .finally(() => process.exit(0));
});
