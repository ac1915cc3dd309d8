import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRemindersStores } from '../../bot';
import { launchChromium, openLoggedIn } from '../helpers/chromium';
import { seedTickets } from '../helpers/tickets-seed';
import { type ConsoleHarness, HOSTILE, PASSWORD, startHarness } from './harness';

/**
 * The 民情工单 page in chromium (the recipe of browser.test.ts): an org account with its charts drawn, a filter,
 * one 工单's history and an export; a branch account limited to its branch, and a forbidden URL.
 */

let h: ConsoleHarness;
let browser: Browser;
let hostileId: number;

beforeAll(async () => {
  h = await startHarness({ branches: 5, membersPerBranch: 3 });
  await h.addAccount('zuzhibu', 'org');
  await h.addAccount('yizhibu', 'branch', ['第一支部']);
  const branches = await createRemindersStores(h.runtime.storage).branches.all();
  hostileId = branches.find((b) => b.name === HOSTILE)!.id;
  await seedTickets(h.runtime.storage, { branchIds: branches.map((b) => b.id), perBranch: 40, now: h.clock.now() });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

const open = (username: string) => openLoggedIn(browser, h.web.url, { username, password: PASSWORD }, { acceptDownloads: true });

describe('民情工单 in chromium', { timeout: 60_000, retry: 1 }, () => {
  it('org account: charts drawn, a filter, one 工单’s history, an export', async () => {
    const page = await open('zuzhibu');
    await page.click('header nav a[href="/tickets"]');
    await expect(page.locator('main h1').textContent()).resolves.toBe('民情工单');
    await page.waitForSelector('#chart-tickets-category[data-ready=true] canvas');
    await page.waitForSelector('#chart-tickets-branch[data-ready=true] canvas');
    const branchRows = await page.locator('h2:has-text("按支部") + .table-wrap tbody tr').count();
    expect(branchRows).toBe(5);

    await page.selectOption('select[name=status]', 'overdue');
    await Promise.all([page.waitForURL(/status=overdue/), page.click('form.toolbar button[type=submit]')]);
    const statuses = await page.locator('h2:has-text("工单") + .table-wrap tbody tr td:nth-child(8)').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['逾期未办结']));

    await Promise.all([page.waitForURL(/\/tickets\/\d+$/), page.click('h2:has-text("工单") + .table-wrap tbody tr a')]);
    await expect(page.locator('main h1').textContent()).resolves.toMatch(/^民情工单 \d+ 号$/);
    await expect(page.locator('main').textContent()).resolves.toContain('办理经过');

    await page.goto(`${h.web.url}/tickets`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=导出 CSV')]);
    expect(download.suggestedFilename()).toMatch(/^民情工单-2026年-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n').length).toBeGreaterThan(100);
    expect(csv).not.toMatch(/,138\d{8},/);
    expect(page.scriptErrors).toEqual([]);
    await page.context().close();
  });

  it('branch account: its own branch only; another branch’s URL is refused', async () => {
    const page = await open('yizhibu');
    await page.goto(`${h.web.url}/tickets`);
    expect(await page.locator('h2:has-text("按支部") + .table-wrap tbody tr').count()).toBe(1);
    expect(await page.locator('select[name=branch] option').allTextContents()).toEqual(['全部支部', '第一支部']);
    const response = await page.goto(`${h.web.url}/tickets?branch=${hostileId}`);
    expect(response?.status()).toBe(404);
    await page.context().close();
  });
});
