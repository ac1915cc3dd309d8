import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatKey, createRemindersStores } from '../../bot';
import { webMigrations } from '../../web';
import { createAccountStore } from '../../web/accounts';
import { startWebConsole, type WebConsole } from '../../web/server';
import { createTestBot, type TestBot, textOf } from '../helpers/runtime';
import { Client, PASSWORD } from './harness';

/**
 * A knowledge gap asked in chat shows on the console's 知识库 page, and 标记已处理 there resolves it in the chat too.
 * The whole way: the real answer path records the gap (the handbook has no answer), the real server renders the
 * page over HTTP. The console once read the old `kb_gaps` table and showed none of these.
 */

let bot: TestBot;
let web: WebConsole;
const group = { chatId: 'g-gaps', chatKind: 'group' as const };
const QUESTION = '党员能不能信教';

beforeAll(async () => {
  bot = await createTestBot({ extraMigrations: webMigrations });
  const accounts = createAccountStore(bot.runtime.storage, () => bot.clock.now());
  await accounts.add({ username: 'zuzhibu', password: PASSWORD, role: 'org', branches: [] }, 'test');
  // The groups are branches (bound through the reminders feature's store, as 绑定支部 binds them); accounts are
  // bound to branches by id.
  const bind = (chatId: string, name: string) =>
    createRemindersStores(bot.runtime.storage).branches.bind({
      chatKey: chatKey('console', chatId),
      platform: 'console',
      chatId,
      name,
      zone: 'Asia/Shanghai',
      secretaryKey: 'console:me',
      secretaryPlatform: 'console',
      secretaryChatId: 'dm-me',
      createdAt: bot.clock.now().toISOString(),
    });
  const first = await bind(group.chatId, '第一党支部');
  const second = await bind('g-other', '第二党支部');
  await accounts.add({ username: 'yizhibu', password: PASSWORD, role: 'branch', branches: [first] }, 'test');
  await accounts.add({ username: 'erzhibu', password: PASSWORD, role: 'branch', branches: [second] }, 'test');
  web = await startWebConsole({
    storage: bot.runtime.storage,
    now: () => bot.clock.now(),
    zone: 'Asia/Shanghai',
    log: bot.runtime.log,
    uploadDir: join(bot.dir, 'uploads'),
    port: 0,
    host: '127.0.0.1',
  });
});
afterAll(async () => {
  await web?.close();
  await bot?.close();
});

async function login(username: string): Promise<Client> {
  const client = new Client(web.url);
  expect((await client.login(username, PASSWORD)).status).toBe(303);
  return client;
}

const gapRow = (page: string) => new RegExp(`<tr class="([^"]*)"><td>${QUESTION}</td><td>([^<]*)</td>`).exec(page);

describe('knowledge gaps: from the chat to the console', () => {
  it('lists a question the handbook could not answer, under the branch whose group asked it', async () => {
    await bot.say(QUESTION, { ...group, userId: 'member-1' });
    // The chat's own list has it …
    expect(textOf(await bot.say('知识缺口', group))).toContain(QUESTION);
    // … and so does the console's 知识库 page, for the organisation department and for the branch's own account.
    const org = (await (await login('zuzhibu')).page('/knowledge')).text;
    expect(org).toContain('知识缺口（1 条待处理）');
    expect(gapRow(org)?.slice(1)).toEqual(['', '第一党支部']);
    const own = (await (await login('yizhibu')).page('/knowledge')).text;
    expect(gapRow(own)?.[2]).toBe('第一党支部');
    // Another branch's account does not see it.
    expect((await (await login('erzhibu')).page('/knowledge')).text).not.toContain(QUESTION);
  });

  it('marks it resolved from the console, and the chat no longer lists it', async () => {
    const client = await login('zuzhibu');
    const page = (await client.page('/knowledge')).text;
    const id = /action="\/knowledge\/gaps\/(\d+)\/resolve"/.exec(page)![1]!;
    expect((await client.post(`/knowledge/gaps/${id}/resolve`, {})).status).toBe(303);
    const after = (await client.page('/knowledge')).text;
    expect(after).toContain('知识缺口（0 条待处理）');
    expect(gapRow(after)?.[1]).toBe('done');
    expect(textOf(await bot.say('知识缺口', group))).not.toContain(QUESTION);
  });
});
