import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../bot/config';
import { createGapStore, GAP_MAX_CHARS } from '../../../bot/features/ask/gap-store';
import { silentLogger } from '../../../bot/logger';
import { createRuntime } from '../../../bot/runtime';
import { freshDatabase } from '../../helpers/database';
import { createTestBot, type TestBot, textOf } from '../../helpers/runtime';
import { tempDir } from '../../helpers/temp';

/**
 * Knowledge gaps through the whole bot: recorded only for Party questions the handbook cannot answer,
 * deduplicated, capped, listed per chat to that chat's secretary only, and resolvable.
 */
let bot: TestBot;
/** Every chat this file speaks in. */
const CHATS = ['console:dm-member-1', 'console:branch-a', 'console:branch-b', 'console:dm-me'];
/** The open gaps of those chats, as the store lists them. */
const openGaps = async () => {
  const gaps = createGapStore(bot.runtime.storage);
  return (await Promise.all(CHATS.map((chat) => gaps.listOpen(chat, 1000)))).flat();
};

beforeAll(async () => {
  bot = await createTestBot();
});
afterAll(() => bot.close());

const memberPrivate = { userId: 'member-1' };
const branchA = { chatId: 'branch-a', chatKind: 'group' as const };
const branchB = { chatId: 'branch-b', chatKind: 'group' as const };

describe('what is never a gap', () => {
  it.each(['你好', '谢谢', '👍', '😂😂', 'B', 'AC', '选C', '答案是D', '？？', '今天天气怎么样', '推荐一部电影', '红烧肉怎么做'])(
    '%s',
    async (text) => {
      const before = (await openGaps()).length;
      await bot.say(text, memberPrivate);
      expect(await openGaps()).toHaveLength(before);
    },
  );
});

describe('who sees a gap', () => {
  it("a member's private question is invisible to another chat's admin and to the configured secretary", async () => {
    await bot.say('党员可以炒股吗', memberPrivate);
    expect((await openGaps()).map((g) => g.question)).toContain('党员可以炒股吗');
    // Branch A's platform admin asks in branch A.
    const adminA = textOf(await bot.say('知识缺口', { ...branchA, userId: 'admin-a', admin: true }));
    expect(adminA).not.toContain('炒股');
    // The configured secretary (console:me) in their own private chat.
    const secretary = textOf(await bot.say('知识缺口'));
    expect(secretary).not.toContain('炒股');
  });

  it("a group's gaps are listed to that group's admin only, not to another group's admin", async () => {
    await bot.say('党员能不能信教', { ...branchA, userId: 'member-2' });
    const adminA = textOf(await bot.say('/gaps', { ...branchA, userId: 'admin-a', admin: true }));
    expect(adminA).toContain('党员能不能信教');
    const adminB = textOf(await bot.say('/gaps', { ...branchB, userId: 'admin-b', admin: true }));
    expect(adminB).not.toContain('信教');
    const member = textOf(await bot.say('/gaps', { ...branchA, userId: 'member-2' }));
    expect(member).not.toContain('信教');
  });
});

describe('gap records', () => {
  it('the same question asked again (punctuation, spaces aside) is one gap counted twice', async () => {
    await bot.say('党员可以打麻将吗？', { ...branchB, userId: 'member-3' });
    await bot.say('党员 可以打麻将吗', { ...branchB, userId: 'member-4' });
    const rows = (await openGaps()).filter((g) => g.chatKey.endsWith('branch-b'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.times).toBe(2);
    expect(textOf(await bot.say('知识缺口', { ...branchB, userId: 'admin-b', admin: true }))).toContain('问过 2 次');
  });

  it('a long question is cut to the cap', async () => {
    const long = `党员能不能去做微商，${'我想详细了解一下相关的规定和要求，'.repeat(20)}`;
    await bot.say(long, { ...branchB, userId: 'member-3' });
    const stored = (await openGaps()).find((g) => g.question.startsWith('党员能不能去做微商'))!;
    expect([...stored.question].length).toBeLessThanOrEqual(GAP_MAX_CHARS);
  });

  it("is marked resolved by that chat's secretary, not from another chat", async () => {
    const { id } = (await openGaps()).find((g) => g.question === '党员能不能信教')!;
    expect(textOf(await bot.say(`知识缺口 已解决 ${id}`, { ...branchB, userId: 'admin-b', admin: true }))).toContain(
      `没有未解决的知识缺口 #${id}`,
    );
    expect(textOf(await bot.say(`知识缺口 已解决 ${id}`, { ...branchA, userId: 'admin-a', admin: true }))).toContain(
      `已把知识缺口 #${id} 标记为已解决`,
    );
    expect(textOf(await bot.say('知识缺口', { ...branchA, userId: 'admin-a', admin: true }))).not.toContain('信教');
    expect(textOf(await bot.say('知识缺口 已解决 abc', { ...branchA, userId: 'admin-a', admin: true }))).toContain('用法');
  });
});

describe('gaps recorded before the ask feature owned them', () => {
  it('move from kb_gaps into the feature store with their chat; rows without a chat stay behind', async () => {
    const database = await freshDatabase(tempDir('dangwu-gaps-migrate-'), 'old.db');
    try {
      const config = loadConfig({ DANGWU_DB: database.url });
      // A database as the knowledge layer left it: no ask feature, gaps in kb_gaps.
      const old = await createRuntime({ config, log: silentLogger(), features: [] });
      type OldGap = { question: string; user_key: string | null; chat_key: string | null; nearest: string | null; asked_at: string };
      await old.storage.db
        .withTables<{ kb_gaps: OldGap }>()
        .insertInto('kb_gaps')
        .values([
          {
            question: '党员可以炒股吗',
            user_key: 'console:u1',
            chat_key: 'console:dm-u1',
            nearest: null,
            asked_at: '2026-10-01T00:00:00.000Z',
          },
          {
            question: '党员可以炒股吗',
            user_key: 'console:u1',
            chat_key: 'console:dm-u1',
            nearest: null,
            asked_at: '2026-10-02T00:00:00.000Z',
          },
          { question: '无主的问题', user_key: null, chat_key: null, nearest: null, asked_at: '2026-10-03T00:00:00.000Z' },
        ])
        .execute();
      await old.close();
      const upgraded = await createRuntime({ config, log: silentLogger() });
      try {
        const listed = await createGapStore(upgraded.storage).listOpen('console:dm-u1', 10);
        expect(listed.map((g) => ({ question: g.question, chatKey: g.chatKey, times: g.times }))).toEqual([
          { question: '党员可以炒股吗', chatKey: 'console:dm-u1', times: 2 },
        ]);
        // The gap without a chat stays behind: no store lists every chat's gaps, so count the table itself.
        const all = await upgraded.storage.db.withTables<{ ask_gaps: { id: number } }>().selectFrom('ask_gaps').select('id').execute();
        expect(all).toHaveLength(1);
      } finally {
        await upgraded.close();
      }
    } finally {
      await database.drop();
    }
  });
});
