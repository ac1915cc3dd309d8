import { afterEach, describe, expect, it } from 'vitest';
import { createStateStore } from '../../bot/core/state';
import { createTestBot, type TestBot } from '../helpers/runtime';

describe('conversation state store', () => {
  let bot: TestBot;
  afterEach(() => bot?.close());

  /** Rows this connection has written so far: a skipped write leaves it as it was. */
  const writes = () => (bot.runtime.storage.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  const row = () => bot.runtime.storage.sqlite.prepare('SELECT feature, data, expires_at FROM conversation_state').get();

  it('writes nothing when the same state is set again with more than half its time left, and refreshes it after', async () => {
    bot = await createTestBot();
    const state = createStateStore(bot.runtime.storage, bot.clock, 'console:dm-me', 'console:me');
    await state.set('quiz', { sessionId: 7 }, 60);
    const first = row();
    const before = writes();

    bot.clock.advanceMinutes(29);
    await state.set('quiz', { sessionId: 7 }, 60);
    expect(writes()).toBe(before);
    expect(row()).toEqual(first);
    expect(await state.get()).toEqual({ feature: 'quiz', data: { sessionId: 7 } });

    // Past half of its hour the expiry is pushed out again, so a long practice never loses its pending question.
    bot.clock.advanceMinutes(2);
    await state.set('quiz', { sessionId: 7 }, 60);
    expect(writes()).toBe(before + 1);
    expect((row() as { expires_at: string }).expires_at).toBe(new Date(bot.clock.now().getTime() + 60 * 60_000).toISOString());
  });

  it('writes when the data, the feature or an unlimited lifetime differ', async () => {
    bot = await createTestBot();
    const state = createStateStore(bot.runtime.storage, bot.clock, 'console:dm-me', 'console:me');
    await state.set('quiz', { sessionId: 7 }, 60);
    let count = writes();
    await state.set('quiz', { sessionId: 8 }, 60);
    expect(writes()).toBe(++count);
    await state.set('other', { sessionId: 8 }, 60);
    expect(writes()).toBe(++count);
    await state.set('other', { sessionId: 8 }, 0);
    expect(writes()).toBe(++count);
    expect(row()).toEqual({ feature: 'other', data: '{"sessionId":8}', expires_at: null });
    await state.set('other', { sessionId: 8 }, 0);
    expect(writes()).toBe(count);
    await state.set('other', { sessionId: 8 }, 60);
    expect(writes()).toBe(++count);
  });
});
