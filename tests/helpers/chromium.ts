import { existsSync } from 'node:fs';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';

/** Debian's chromium (installed by .ci/run), or the one DANGWU_CHROMIUM names. */
export const CHROMIUM = process.env.DANGWU_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Headless chromium for the console's browser tests (and the screenshot script): a fresh throw-away profile per
 * launch. This machine's network is closed, so chromium's own background traffic (updates, sync, QUIC probes) is
 * switched off rather than left to fail many times a second; containers often give /dev/shm 64 MB, and a renderer
 * out of shared memory hangs instead of failing. `env` replaces chromium's environment (e.g. a FONTCONFIG_FILE).
 */
export async function launchChromium(options: { env?: NodeJS.ProcessEnv } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `没有找到浏览器 ${CHROMIUM}：浏览器测试需要 Debian 的 chromium（apt-get install -y chromium），或用 DANGWU_CHROMIUM 指定路径。`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    ...(options.env ? { env: options.env } : {}),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A page that records the page's script errors, so a test can assert it ran clean. */
export type CheckedPage = Page & { scriptErrors: string[] };

/**
 * Fills the console's login form and waits for its answer and the page it leads to: the next step must not race
 * the POST (a goto would cancel it).
 */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login'),
    page.click('button[type=submit]'),
  ]);
  await page.waitForLoadState('load');
}

/**
 * A fresh context logged in to the console at `baseUrl` as `username`: Chinese locale, a desktop viewport, nothing
 * allowed off loopback, script errors collected on the page.
 */
export async function openLoggedIn(
  browser: Browser,
  baseUrl: string,
  login: { username: string; password: string },
  contextOptions: BrowserContextOptions = {},
): Promise<CheckedPage> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', ...contextOptions });
  context.setDefaultTimeout(30_000);
  const page = (await context.newPage()) as CheckedPage;
  page.scriptErrors = [];
  page.on('pageerror', (e) => page.scriptErrors.push(e.message));
  await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  await page.goto(`${baseUrl}/login`);
  await submitLogin(page, login.username, login.password);
  return page;
}
