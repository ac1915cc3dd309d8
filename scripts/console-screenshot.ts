import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../bot/config';
import { silentLogger } from '../bot/logger';
import { createRuntime } from '../bot/runtime';
import { launchChromium } from '../tests/helpers/chromium';
import { seedConsole } from '../tests/helpers/console-seed';
import { createAccountStore } from '../web/accounts';
import { webMigrations } from '../web/migrations';
import { startWebConsole } from '../web/server';

/**
 * Regenerates docs/console.png: 总览 of a made-up county (seeded data, never real people) in Debian's chromium.
 * `node bin/run-ts.js scripts/console-screenshot.ts [output.png]`
 */
const output = resolve(process.argv[2] ?? 'docs/console.png');
const dir = mkdtempSync(join(tmpdir(), 'dangwu-shot-'));
const runtime = await createRuntime({
  config: loadConfig({ DANGWU_DB: join(dir, 'd.db') }),
  log: silentLogger(),
  extraMigrations: webMigrations,
});
const towns = ['城关镇', '河西镇', '白岩乡', '青山镇', '石桥乡', '双龙镇'];
const names = towns.flatMap((t) => [`${t}机关支部`, `${t}第一村支部`, `${t}第二村支部`]);
await seedConsole(runtime.storage, {
  branches: names.length,
  membersPerBranch: 12,
  days: 400,
  attemptsPerMember: 40,
  now: new Date('2026-11-20T02:00:00Z'),
  names,
});
await createAccountStore(runtime.storage).add(
  { username: '县委组织部', password: 'screenshot-only', role: 'org', branches: [] },
  'screenshot',
);
const web = await startWebConsole({
  storage: runtime.storage,
  now: () => new Date('2026-11-20T02:00:00Z'),
  zone: 'Asia/Shanghai',
  log: silentLogger(),
  uploadDir: join(dir, 'uploads'),
  port: 0,
  host: '127.0.0.1',
});
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  await page.goto(`${web.url}/`);
  await page.fill('input[name=username]', '县委组织部');
  await page.fill('input[name=password]', 'screenshot-only');
  await page.click('button[type=submit]');
  await page.waitForLoadState('load', { timeout: 120_000 });
  if (new URL(page.url()).pathname !== '/') throw new Error(`login failed: ${await page.locator('main').textContent()}`);
  await page.waitForSelector('#chart-exams[data-ready=true] canvas', { timeout: 120_000 });
  // The first screen a department sees (figures, the 五不 card, four charts); the warnings list runs on below it.
  await page.screenshot({ path: output, fullPage: false });
  console.log(`saved ${output}`);
} finally {
  await browser.close();
  await web.close();
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });
}
