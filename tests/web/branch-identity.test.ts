import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatKey } from '../../bot/core/message';
import { createAccountStore } from '../../web/accounts';
import { type ConsoleHarness, startHarness } from './harness';

/**
 * Issue 24: a branch account sees its branch by id, never by name. Three branches: its own (第二支部), one whose
 * name looks alike but normalises differently (第ニ支部, a katakana ニ), and an impostor renamed to the very same
 * name behind the bot's back (a forged rename: the old data shape, two branches of one name).
 */
let h: ConsoleHarness;
let own: number;
let lookalike: number;
let impostor: number;

const MARKS = { own: '本支部议题丙', lookalike: '相似支部议题乙', impostor: '冒名支部议题甲' };
const MEMBERS = { own: '本支部成员丙', lookalike: '相似支部成员乙', impostor: '冒名支部成员甲' };

beforeAll(async () => {
  h = await startHarness({ branches: 3, membersPerBranch: 3, names: ['第二支部', '第ニ支部', '冒名支部'] });
  own = await h.branchId('第二支部');
  lookalike = await h.branchId('第ニ支部');
  impostor = await h.branchId('冒名支部');
  for (const [key, id] of Object.entries({ own, lookalike, impostor }) as [keyof typeof MARKS, number][]) {
    await h.stores.meetings.addRecord(
      id,
      '党小组会',
      { date: '2026-11-18', present: 3, topic: MARKS[key] },
      'test:sec',
      '2026-11-18T08:00:00Z',
      () => null,
    );
    await h.stores.branches.remember({
      branchId: id,
      userKey: `test:${key}-member`,
      name: MEMBERS[key],
      platform: 'test',
      privateChatId: `${key}-member`,
      joinedAt: '2025-01-01T00:00:00.000Z',
    });
  }
  await h.addAccount('zuzhibu', 'org');
  await h.addAccount('erzhibu', 'branch', ['第二支部']);
  // The forged rename: the impostor's branch now bears the account's branch name (only its display name: the bot
  // refuses such a rename, this is the shape a database from before the fix may hold).
  await (h.runtime.storage.db as unknown as Kysely<any>)
    .updateTable('branches')
    .set({ name: '第二支部' })
    .where('id', '=', impostor)
    .execute();
  h.data.invalidate();
}, 180_000);

afterAll(async () => h?.close());

describe('a branch account sees its own branch by id, whatever the names', () => {
  it('lists, shows and exports only its own branch, members and records', async () => {
    const client = await h.login('erzhibu');
    const pages = ['/', '/branches', `/branches/${own}`, '/certificates', '/learning', '/knowledge', '/tickets'];
    const exports = ['/branches/export.csv', `/branches/${own}/export.csv`, '/certificates/export.csv', '/tickets/export.csv'];
    const seen: string[] = [];
    for (const path of pages) {
      const page = await client.page(path);
      expect(page.status, path).toBe(200);
      seen.push(page.text);
    }
    for (const path of exports) {
      const response = await client.request(path);
      expect(response.status, path).toBe(200);
      seen.push(await response.text());
    }
    const all = seen.join('\n');
    expect(all).toContain(MARKS.own);
    expect(all).toContain(MEMBERS.own);
    for (const foreign of [MARKS.lookalike, MARKS.impostor, MEMBERS.lookalike, MEMBERS.impostor]) expect(all).not.toContain(foreign);
    const list = (await client.page('/branches')).text;
    expect([...list.matchAll(/href="\/branches\/(\d+)"/g)].map((m) => Number(m[1]))).toEqual([own]);
    expect((await (await client.request('/branches/export.csv')).text()).trim().split('\r\n')).toHaveLength(2);
    for (const id of [lookalike, impostor]) {
      expect((await client.page(`/branches/${id}`)).status).toBe(404);
      expect((await client.request(`/branches/${id}/export.csv`)).status).toBe(404);
    }
    // The organisation sees all three, the two of one name apart.
    const orgList = (await (await h.login('zuzhibu')).page('/branches')).text;
    expect(new Set([...orgList.matchAll(/href="\/branches\/(\d+)"/g)].map((m) => Number(m[1])))).toEqual(
      new Set([own, lookalike, impostor]),
    );
  });
});

describe('unbinding a chat from the console', () => {
  it('only an organisation account, only with the form’s token; audited; the chat no longer acts for the branch', async () => {
    // The group of 第ニ支部 speaks once, so the console knows its title.
    const group = { id: 'branch-2', kind: 'group' as const, title: '城关社区党员群' };
    await h.runtime.app.handle({ platform: 'test', sender: { id: 'someone' }, chat: group, text: '你好' });
    const org = await h.login('zuzhibu');
    const detail = (await org.page(`/branches/${lookalike}`)).text;
    expect(detail).toContain('城关社区党员群');
    expect((await org.page('/branches')).text).toContain('城关社区党员群');
    const key = chatKey('test', group.id);
    const confirm = await org.page(`/branches/${lookalike}/unbind?chat=${encodeURIComponent(key)}`);
    expect(confirm.text).toContain('确定要解除“城关社区党员群”与“第ニ支部”的绑定吗？');

    const branchAccount = await h.login('erzhibu');
    await branchAccount.page('/branches');
    expect((await branchAccount.post(`/branches/${lookalike}/unbind`, { chat: key })).status).toBe(403);
    expect((await org.post(`/branches/${lookalike}/unbind`, { chat: key }, { csrf: null })).status).toBe(403);
    expect((await h.stores.branches.byChat(key))?.id).toBe(lookalike);
    // A chat of another branch is not unbound through this one's address.
    expect((await org.post(`/branches/${own}/unbind`, { chat: key })).status).toBe(404);

    const done = await org.post(`/branches/${lookalike}/unbind`, { chat: key });
    expect(done.status).toBe(303);
    expect(await h.stores.branches.byChat(key)).toBeUndefined();
    expect((await org.page(`/branches/${lookalike}`)).text).not.toContain('城关社区党员群');
    const audit = (await createAccountStore(h.runtime.storage).auditLog()).find((r) => r.action === 'branch.unbind');
    expect(JSON.parse(audit!.detail)).toEqual({ branchId: lookalike, branch: '第ニ支部', chat: '城关社区党员群' });
    // The group is told it is not bound, and may bind again.
    const reply = await h.runtime.app.handle({ platform: 'test', sender: { id: 'someone' }, chat: group, text: '会议记录' });
    expect(reply.map((r) => r.text).join('\n')).toContain('这里还没有绑定支部');
  });
});

/**
 * The console's 批准 / 拒绝 of a join request over HTTP, on both backends (branch-bindings-browser.test.ts presses
 * the same buttons in chromium, on one backend only).
 */
describe('deciding join requests from the console', () => {
  /** A group admin in a titled group asks to join a branch by its name. */
  const ask = (chatId: string, title: string, branch: string) =>
    h.runtime.app.handle({
      platform: 'test',
      sender: { id: `admin-${chatId}`, name: `${title}管理员`, isChatAdmin: async () => true },
      chat: { id: chatId, kind: 'group', title },
      text: `绑定支部 ${branch}`,
    });
  const requestIds = (text: string) => [...text.matchAll(/action="\/branches\/requests\/(\d+)\/approve"/g)].map((m) => Number(m[1]));

  it('approves one and refuses another, once each, for an organisation account only; audited', async () => {
    expect((await ask('g-ask-1', '城关第一申请群', '第二支部')).map((r) => r.text).join()).toContain('还没有绑定');
    expect((await ask('g-ask-2', '城关第二申请群', '第二支部')).map((r) => r.text).join()).toContain('还没有绑定');
    const org = await h.login('zuzhibu');
    const listed = (await org.page('/branches')).text;
    expect(listed).toContain('城关第一申请群');
    const [first, second] = requestIds(listed);
    expect(first).toBeDefined();
    expect(second).toBeDefined();

    const branchAccount = await h.login('erzhibu');
    await branchAccount.page('/branches');
    expect((await branchAccount.post(`/branches/requests/${first}/approve`, {})).status).toBe(403);
    expect((await org.post(`/branches/requests/${first}/approve`, {}, { csrf: null })).status).toBe(403);
    expect(await h.stores.branches.byChat(chatKey('test', 'g-ask-1'))).toBeUndefined();

    expect((await org.post(`/branches/requests/${first}/approve`, {})).status).toBe(303);
    expect((await h.stores.branches.byChat(chatKey('test', 'g-ask-1')))?.id).toBe(own);
    expect((await org.post(`/branches/requests/${second}/refuse`, {})).status).toBe(303);
    expect(await h.stores.branches.byChat(chatKey('test', 'g-ask-2'))).toBeUndefined();
    // Decided once: a second press changes nothing.
    expect((await org.post(`/branches/requests/${second}/approve`, {})).status).toBe(409);
    expect(await h.stores.branches.byChat(chatKey('test', 'g-ask-2'))).toBeUndefined();
    expect(requestIds((await org.page('/branches')).text)).toEqual([]);
    const actions = (await createAccountStore(h.runtime.storage).auditLog()).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['branch.bind-approve', 'branch.bind-refuse']));
  });
});
