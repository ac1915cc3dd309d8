import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatKey, type IncomingMessage } from '../../bot/core/message';
import { createAccountStore } from '../../web/accounts';
import { launchChromium, openLoggedIn } from '../helpers/chromium';
import { type ConsoleHarness, PASSWORD, startHarness } from './harness';

/**
 * Issue 24 in chromium (the recipe of browser.test.ts): an organisation account approves and refuses chats asking to
 * join an existing branch on the 支部 page, sees each branch's chats by name, and unbinds one after a confirmation.
 */
const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

let h: ConsoleHarness;
let browser: Browser;

/** A group admin's message in a titled group, through the whole bot. */
const say = (chatId: string, title: string, text: string) =>
  h.runtime.app.handle({
    platform: 'test',
    sender: { id: `admin-${chatId}`, name: `${title}管理员`, isChatAdmin: async () => true },
    chat: { id: chatId, kind: 'group', title },
    text,
  } satisfies IncomingMessage);

beforeAll(async () => {
  h = await startHarness({ branches: 3, membersPerBranch: 3, names: ['第一支部', '第二支部', '第三支部'] });
  await h.addAccount('zuzhibu', 'org');
  await h.addAccount('erzhibu', 'branch', ['第二支部']);
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

const open = (username: string) => openLoggedIn(browser, h.web.url, { username, password: PASSWORD });

/** The 绑定的群 cell of a branch's row in the list. */
const boundCell = (page: Page, branch: string) => page.locator(`tr:has(a:text-is("${branch}")) td.bound-chats`).textContent();

describe('binding chats to branches, in chromium', { timeout: 90_000 }, () => {
  it('approves one request, refuses another, and unbinds a chat after confirming', async () => {
    // Two groups take the names of existing branches: neither is bound until someone agrees.
    expect((await say('g-xiaozu', '城关社区第二小组', '绑定支部 第二支部')).map((r) => r.text).join()).toContain('还没有绑定');
    expect((await say('g-maoming', '冒名顶替群', '绑定支部 第 一 支部')).map((r) => r.text).join()).toContain('还没有绑定');
    const xiaozu = chatKey('test', 'g-xiaozu');
    const maoming = chatKey('test', 'g-maoming');

    const page = await open('zuzhibu');
    await page.click('header nav a[href="/branches"]');
    const requests = page.locator('#bind-requests tbody tr');
    await expect(requests.count()).resolves.toBe(2);
    await expect(requests.nth(0).textContent()).resolves.toContain('城关社区第二小组');
    await expect(boundCell(page, '第二支部')).resolves.not.toContain('城关社区第二小组');
    await page.screenshot({ path: join(ARTIFACTS, 'branches-requests.png'), fullPage: true });

    await Promise.all([page.waitForURL(/\/branches$/), requests.nth(0).locator('button:text-is("批准")').click()]);
    await expect(boundCell(page, '第二支部')).resolves.toContain('城关社区第二小组');
    await Promise.all([page.waitForURL(/\/branches$/), page.locator('#bind-requests tbody tr button:text-is("拒绝")').click()]);
    await expect(page.locator('#bind-requests').count()).resolves.toBe(0);
    await expect(boundCell(page, '第一支部')).resolves.not.toContain('冒名顶替群');
    const second = await h.branchId('第二支部');
    expect((await h.stores.branches.byChat(xiaozu))?.id).toBe(second);
    expect(await h.stores.branches.byChat(maoming)).toBeUndefined();

    // The branch's page names its chats; unbinding asks first.
    await Promise.all([page.waitForURL(new RegExp(`/branches/${second}$`)), page.click(`a:text-is("第二支部")`)]);
    const chats = page.locator('#bound-chats tbody tr');
    await expect(chats.count()).resolves.toBe(2);
    await expect(chats.nth(1).textContent()).resolves.toContain('城关社区第二小组');
    await Promise.all([page.waitForURL(/\/unbind\?chat=/), chats.nth(1).locator('a:text-is("解除绑定")').click()]);
    await expect(page.locator('main').textContent()).resolves.toContain('确定要解除“城关社区第二小组”与“第二支部”的绑定吗？');
    await page.screenshot({ path: join(ARTIFACTS, 'branch-unbind-confirm.png'), fullPage: true });
    await Promise.all([page.waitForURL(new RegExp(`/branches/${second}$`)), page.click('button:text-is("确认解除绑定")')]);
    await expect(page.locator('#bound-chats tbody tr').count()).resolves.toBe(1);
    await expect(page.locator('#bound-chats').textContent()).resolves.not.toContain('城关社区第二小组');
    expect(await h.stores.branches.byChat(xiaozu)).toBeUndefined();
    const actions = (await createAccountStore(h.runtime.storage).auditLog()).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['branch.bind-approve', 'branch.bind-refuse', 'branch.unbind']));
    expect(page.scriptErrors).toEqual([]);
    await page.close();
  });

  it('a branch account sees its branch’s chats but neither the approve buttons nor the unbind links', async () => {
    await say('g-third', '第三个申请群', '绑定支部 第二支部');
    const page = await open('erzhibu');
    await page.goto(`${h.web.url}/branches`);
    await expect(page.locator('#bind-requests').textContent()).resolves.toContain('第三个申请群');
    await expect(page.locator('#bind-requests button').count()).resolves.toBe(0);
    await page.goto(`${h.web.url}/branches/${await h.branchId('第二支部')}`);
    await expect(page.locator('#bound-chats tbody tr').count()).resolves.toBe(1);
    await expect(page.locator('#bound-chats a').count()).resolves.toBe(0);
    await page.close();
  });
});
