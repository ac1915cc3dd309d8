import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

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
