import type { CompiledQuery, Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createStateStore } from '../../bot/core/state';
import type { Storage } from '../../bot/storage/database';
import { coreDatabase } from './core-database';

describe('conversation state store', () => {
  let bot: Awaited<ReturnType<typeof coreDatabase>>;
  afterEach(() => bot?.close());

  /**
   * The real storage, with every statement the store sends counted by kind: a skipped write sends no insert,
   * update or delete (the same on SQLite and PostgreSQL, where a row count of the database could not tell).
   */
  function countingStorage(storage: Storage) {
    const sent: string[] = [];
    const db = new Proxy(storage.db, {
      get(target, property) {
        if (property === 'executeQuery')
          return (query: CompiledQuery, ...rest: []) => {
            sent.push(query.query.kind);
            return target.executeQuery(query, ...rest);
          };
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as Kysely<any>;
    const writes = () => sent.filter((kind) => kind !== 'SelectQueryNode').length;
    const reads = () => sent.filter((kind) => kind === 'SelectQueryNode').length;
    return { storage: { ...storage, db }, writes, reads };
  }
  const row = () => bot.runtime.storage.db.selectFrom('conversation_state').select(['feature', 'data', 'expires_at']).executeTakeFirst();

  it('writes nothing when the same state is set again with more than half its time left, and refreshes it after', async () => {
    bot = await coreDatabase();
    const { storage, writes } = countingStorage(bot.runtime.storage);
    const state = createStateStore(storage, bot.clock, 'console:dm-me', 'console:me');
    await state.set('quiz', { sessionId: 7 }, 60);
    expect(writes()).toBe(1);
    const first = await row();

    bot.clock.advanceMinutes(29);
    await state.set('quiz', { sessionId: 7 }, 60);
    expect(writes()).toBe(1);
    expect(await row()).toEqual(first);
    expect(await state.get()).toEqual({ feature: 'quiz', data: { sessionId: 7 } });

    // Past half of its hour the expiry is pushed out again, so a long practice never loses its pending question.
    bot.clock.advanceMinutes(2);
    await state.set('quiz', { sessionId: 7 }, 60);
    expect(writes()).toBe(2);
    expect((await row())!.expires_at).toBe(new Date(bot.clock.now().getTime() + 60 * 60_000).toISOString());
  });

  it('writes when the data, the feature or an unlimited lifetime differ', async () => {
    bot = await coreDatabase();
    const { storage, writes } = countingStorage(bot.runtime.storage);
    const state = createStateStore(storage, bot.clock, 'console:dm-me', 'console:me');
    await state.set('quiz', { sessionId: 7 }, 60);
    let count = writes();
    await state.set('quiz', { sessionId: 8 }, 60);
    expect(writes()).toBe(++count);
    await state.set('other', { sessionId: 8 }, 60);
    expect(writes()).toBe(++count);
    await state.set('other', { sessionId: 8 }, 0);
    expect(writes()).toBe(++count);
    expect(await row()).toEqual({ feature: 'other', data: '{"sessionId":8}', expires_at: null });
    await state.set('other', { sessionId: 8 }, 0);
    expect(writes()).toBe(count);
    await state.set('other', { sessionId: 8 }, 60);
    expect(writes()).toBe(++count);
  });

  it('forgets an expired state on reading it, and keeps each user of a chat apart', async () => {
    bot = await coreDatabase();
    const mine = createStateStore(bot.runtime.storage, bot.clock, 'console:g', 'console:me');
    const theirs = createStateStore(bot.runtime.storage, bot.clock, 'console:g', 'console:you');
    await mine.set('quiz', { step: 1 }, 10);
    await theirs.set('ask', { step: 2 }, 0);
    expect(await theirs.get()).toEqual({ feature: 'ask', data: { step: 2 } });
    bot.clock.advanceMinutes(11);
    expect(await mine.get()).toBeUndefined();
    expect(await theirs.get()).toEqual({ feature: 'ask', data: { step: 2 } });
    const left = await bot.runtime.storage.db.selectFrom('conversation_state').select('user_key').execute();
    expect(left).toEqual([{ user_key: 'console:you' }]);
    await theirs.clear();
    expect(await theirs.get()).toBeUndefined();
  });

  it("reads the row at most once per message (a typed answer: the router's get, then the next question's set), none once a query brought it", async () => {
    bot = await coreDatabase();
    await createStateStore(bot.runtime.storage, bot.clock, 'console:dm-me', 'console:me').set('quiz', { sessionId: 7 }, 60);
    const { storage, reads, writes } = countingStorage(bot.runtime.storage);
    const typed = createStateStore(storage, bot.clock, 'console:dm-me', 'console:me');
    expect(await typed.get()).toEqual({ feature: 'quiz', data: { sessionId: 7 } });
    await typed.set('quiz', { sessionId: 7 }, 60);
    expect([reads(), writes()]).toEqual([1, 0]);
    // What it wrote or cleared it knows too.
    await typed.set('quiz', { sessionId: 8 }, 60);
    expect(await typed.get()).toEqual({ feature: 'quiz', data: { sessionId: 8 } });
    await typed.clear();
    expect(await typed.get()).toBeUndefined();
    expect([reads(), writes()]).toEqual([1, 2]);

    // A pressed answer: the session read brought the row (pendingStateColumns), so the set reads nothing.
    const pressed = createStateStore(storage, bot.clock, 'console:dm-me', 'console:me');
    pressed.seen(null);
    await pressed.set('quiz', { sessionId: 9 }, 60);
    const again = createStateStore(storage, bot.clock, 'console:dm-me', 'console:me');
    again.seen((await row())!);
    await again.set('quiz', { sessionId: 9 }, 60);
    expect([reads(), writes()]).toEqual([1, 3]);
    expect(await row()).toMatchObject({ feature: 'quiz', data: '{"sessionId":9}' });
  });
});
