import { describe, expect, it, onTestFinished } from 'vitest';
import { askMigrations, createGapStore, GAP_MAX_CHARS } from '../../../bot/features/ask/gap-store';
import { openStorage, type Storage } from '../../../bot/storage/database';
import { idType } from '../../../bot/storage/dialect';
import { coreMigrations, migrate } from '../../../bot/storage/migrations';
import { freshDatabase, testBackend } from '../../helpers/database';
import { tempDir } from '../../helpers/temp';

/** The ask feature's gap store straight on the storage contract, so the same file proves it on SQLite and PostgreSQL. */
async function openEmpty(): Promise<Storage> {
  const database = await freshDatabase(tempDir('dangwu-gap-store-'));
  const storage = openStorage(database.url);
  onTestFinished(async () => {
    await storage.close();
    await database.drop();
  });
  return storage;
}

const at = (day: number) => new Date(Date.UTC(2026, 2, day, 1));

describe(`the gap store on ${testBackend}`, () => {
  it('counts the same open question in one chat once, lists a chat’s own, resolves only there', async () => {
    const storage = await openEmpty();
    await migrate(storage, { ...coreMigrations, ...askMigrations });
    const gaps = createGapStore(storage);

    await gaps.record({ question: '党员可以炒股吗？', chatKey: 'console:g1', userKey: 'console:a' }, at(1));
    await gaps.record({ question: '党员  可以炒股吗', chatKey: 'console:g1', userKey: 'console:b', nearest: '纪律' }, at(2));
    await gaps.record({ question: '党员可以炒股吗', chatKey: 'console:g2', userKey: 'console:c' }, at(3));
    await gaps.record({ question: '党员能不能信教', chatKey: 'console:g1', userKey: 'console:a' }, at(4));
    const long = `党员能不能做微商，${'我想了解相关规定，'.repeat(30)}`;
    await gaps.record({ question: long, chatKey: 'console:g3', userKey: 'console:a' }, at(5));

    const g1 = await gaps.listOpen('console:g1', 10);
    expect(g1.map((g) => [g.question, g.times])).toEqual([
      ['党员能不能信教', 1],
      ['党员可以炒股吗？', 2],
    ]);
    expect(g1[1]).toMatchObject({
      userKey: 'console:b',
      nearest: '纪律',
      firstAskedAt: at(1).toISOString(),
      lastAskedAt: at(2).toISOString(),
    });
    expect(await gaps.listOpen('console:g1', 1)).toHaveLength(1);
    expect((await gaps.listOpen('console:g2', 10)).map((g) => g.times)).toEqual([1]);
    const [cut] = await gaps.listOpen('console:g3', 10);
    expect([...cut!.question]).toHaveLength(GAP_MAX_CHARS);
    expect(cut!.question.endsWith('…')).toBe(true);

    const stock = g1[1]!.id;
    expect(await gaps.resolve('console:g2', stock, 'console:sec', at(6))).toBe(false);
    expect(await gaps.resolve('console:g1', stock, 'console:sec', at(6))).toBe(true);
    expect(await gaps.resolve('console:g1', stock, 'console:sec', at(6))).toBe(false);
    expect((await gaps.listOpen('console:g1', 10)).map((g) => g.question)).toEqual(['党员能不能信教']);

    // Asked again after it was resolved: a new open gap (the resolved one is history).
    await gaps.record({ question: '党员可以炒股吗', chatKey: 'console:g1', userKey: 'console:a' }, at(7));
    const reopened = (await gaps.listOpen('console:g1', 10))[0]!;
    expect(reopened).toMatchObject({ question: '党员可以炒股吗', times: 1 });
    expect(reopened.id).not.toBe(stock);
  });

  it('the migration moves gaps the knowledge layer kept (kb_gaps) into the store, with their chat', async () => {
    const storage = await openEmpty();
    await migrate(storage, coreMigrations);
    // kb_gaps as the knowledge layer left it, before the ask feature owned gaps.
    await storage.db.schema
      .createTable('kb_gaps')
      .addColumn('id', idType(storage.db), (c) => c.primaryKey())
      .addColumn('question', 'text', (c) => c.notNull())
      .addColumn('user_key', 'text')
      .addColumn('chat_key', 'text')
      .addColumn('nearest', 'text')
      .addColumn('asked_at', 'text', (c) => c.notNull())
      .execute();
    const old = storage.db.withTables<{
      kb_gaps: {
        id?: number;
        question: string;
        user_key: string | null;
        chat_key: string | null;
        nearest: string | null;
        asked_at: string;
      };
    }>();
    await old
      .insertInto('kb_gaps')
      .values([
        {
          id: 1,
          question: '党员可以炒股吗',
          user_key: 'console:u1',
          chat_key: 'console:dm-u1',
          nearest: null,
          asked_at: at(1).toISOString(),
        },
        {
          id: 2,
          question: '党员可以炒股吗',
          user_key: 'console:u1',
          chat_key: 'console:dm-u1',
          nearest: null,
          asked_at: at(2).toISOString(),
        },
        { id: 3, question: '无主的问题', user_key: null, chat_key: null, nearest: null, asked_at: at(3).toISOString() },
      ])
      .execute();
    await migrate(storage, { ...coreMigrations, ...askMigrations });
    const gaps = createGapStore(storage);
    expect(await gaps.listOpen('console:dm-u1', 10)).toMatchObject([
      { question: '党员可以炒股吗', times: 2, firstAskedAt: at(1).toISOString(), lastAskedAt: at(2).toISOString() },
    ]);
    // The gap without a chat cannot be shown to anyone and stays behind.
    const moved = await storage.db.withTables<{ ask_gaps: { id: number } }>().selectFrom('ask_gaps').select('id').execute();
    expect(moved).toHaveLength(1);
  });
});
