import type { CompiledQuery, Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../bot/core/message';
import { touchParticipants } from '../../bot/core/participants';
import type { Storage } from '../../bot/storage/database';
import { coreDatabase } from './core-database';

describe('participants', () => {
  let bot: Awaited<ReturnType<typeof coreDatabase>>;
  afterEach(() => bot?.close());

  /** The real storage with the statements sent to it counted. */
  function counting(storage: Storage) {
    let sent = 0;
    const db = new Proxy(storage.db, {
      get(target, property) {
        if (property === 'executeQuery')
          return (query: CompiledQuery) => {
            sent++;
            return target.executeQuery(query);
          };
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as Kysely<any>;
    return { storage: { ...storage, db }, sent: () => sent };
  }

  const message = (name: string | undefined, kind: 'private' | 'group' = 'group'): IncomingMessage => ({
    platform: 'console',
    sender: { id: 'u9', name },
    chat: { id: 'g9', kind, title: '第一支部群' },
    text: '你好',
  });

  it('writes a user and a chat once, then at most once a minute unless the name or kind changed', async () => {
    bot = await coreDatabase();
    const { storage, sent } = counting(bot.runtime.storage);
    const { db } = bot.runtime.storage;
    await touchParticipants(storage, bot.clock, message('赵六'));
    expect(sent()).toBe(2);
    const first = await db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(first).toMatchObject({ key: 'console:u9', platform: 'console', platform_id: 'u9', name: '赵六' });
    expect(await db.selectFrom('chats').select(['key', 'kind', 'title']).execute()).toEqual([
      { key: 'console:g9', kind: 'group', title: '第一支部群' },
    ]);

    bot.clock.advance(30_000);
    await touchParticipants(storage, bot.clock, message('赵六'));
    await touchParticipants(storage, bot.clock, message(undefined));
    expect(sent()).toBe(2);

    await touchParticipants(storage, bot.clock, message('赵小六', 'private'));
    expect(sent()).toBe(4);
    bot.clock.advance(60_000);
    await touchParticipants(storage, bot.clock, message(undefined, 'private'));
    expect(sent()).toBe(6);
    const user = await db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(user).toMatchObject({ name: '赵小六', first_seen: first.first_seen, last_seen: bot.clock.now().toISOString() });
    expect((await db.selectFrom('chats').select('kind').executeTakeFirstOrThrow()).kind).toBe('private');
  });
});
