import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './bot/config';
import { silentLogger } from './bot/logger';
import { createRuntime } from './bot/runtime';
import { normalizeInput } from './knowledge';
import { judgeReply, readSets, TUNING } from './scripts/eval/remind.eval';
const dir = mkdtempSync(join(tmpdir(), 'cmp-'));
let now = new Date();
const runtime = await createRuntime({ config: loadConfig({ DANGWU_DB: join(dir, 'e.db') }), clock: { now: () => now }, log: silentLogger() });
let i = 0;
for (const { writer, items } of readSets().filter((s) => TUNING.has(s.writer))) for (const item of items) {
  now = new Date(item.from); i++;
  const message = { platform: 'console', sender: { id: `w${i}` }, chat: { id: `dm-w${i}`, kind: 'private' as const } };
  const replies = await runtime.app.handle({ ...message, text: item.text });
  const text = replies.map((r) => r.text).join('\n');
  const { verdict } = judgeReply(item, replies);
  const matterLine = /事项：(.+)$/m.exec(text)?.[1] ?? '';
  const said = normalizeInput(matterLine.replace(/[，,。\s]/g, ''));
  const meant = normalizeInput((item.matter ?? '').replace(/[，,。\s]/g, ''));
  const oldLeft = item.matter !== undefined && matterLine && !meant.includes(said.slice(0, 2));
  if (process.argv.includes('--all') || (oldLeft ? verdict !== 'half-read' : verdict === 'half-read')) console.log(writer, verdict, oldLeft, item.text, '|', matterLine, '| meant', item.matter);
  await runtime.app.handle({ ...message, text: '取消' });
}
await runtime.close();
