import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFeishuAdapter } from '../adapters/feishu';
import { silentLogger } from '../bot/logger';
import { FEISHU_APP_ID, FEISHU_APP_SECRET } from '../tests/adapters/peers/feishu';
import { createQuizBenchRuntime } from './quiz-runtime';

/**
 * One bot process of the scale bench: the quiz over the bench bank on DANGWU_DB, one 飞书 long connection to the
 * fake at FEISHU_DOMAIN (send pacing off: 飞书's 1000 a minute would cap every run alike). Says `ready` on stdout.
 */
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
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  void adapter
    .stop()
    .then(() => runtime.close())
    .finally(() => process.exit(0));
});
