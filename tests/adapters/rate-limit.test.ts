import { describe, expect, it } from 'vitest';
import { createRateLimitedSender } from '../../adapters/rate-limit';

/** A virtual clock: when every sender is asleep, time jumps to the earliest wake-up, so limits are checked without waiting. */
function virtualTime() {
  let t = 0;
  const sleepers: { at: number; wake: () => void }[] = [];
  const drive = () =>
    setImmediate(() => {
      if (sleepers.length === 0) return;
      sleepers.sort((a, b) => a.at - b.at);
      const next = sleepers.shift()!;
      t = Math.max(t, next.at);
      next.wake();
      drive();
    });
  return {
    now: () => t,
    sleep: (ms: number) =>
      new Promise<void>((wake) => {
        sleepers.push({ at: t + ms, wake });
        if (sleepers.length === 1) drive();
      }),
  };
}

describe('rate-limited sender', () => {
  it('keeps 1/s per chat and order within a chat, without holding up other chats', async () => {
    const time = virtualTime();
    const sender = createRateLimitedSender({
      ...time,
      marginMs: 0,
      limits: { telegram: { overall: 30, perChatIntervalMs: 1000, perGroupPerMinute: 20 } },
    });
    const log: { chat: string; n: number; at: number }[] = [];
    const send = (chat: string, n: number) =>
      sender.send({ platform: 'telegram', chatId: chat }, async () => void log.push({ chat, n, at: time.now() }));
    await Promise.all([send('a', 1), send('a', 2), send('a', 3), send('b', 1)]);
    const a = log.filter((l) => l.chat === 'a');
    expect(a.map((l) => l.n)).toEqual([1, 2, 3]);
    expect(a[1]!.at - a[0]!.at).toBeGreaterThanOrEqual(999.99);
    expect(a[2]!.at - a[1]!.at).toBeGreaterThanOrEqual(999.99);
    expect(log.find((l) => l.chat === 'b')!.at).toBeLessThan(1000);
  });

  it('gives a retry a slot of its own: 30 sends retried once still keep 30 a second, the chat its 1/s', async () => {
    const time = virtualTime();
    const sender = createRateLimitedSender({ ...time, marginMs: 0, limits: { telegram: { overall: 30, perChatIntervalMs: 1000 } } });
    const at: number[] = [];
    const chatA: number[] = [];
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        sender.send({ platform: 'telegram', chatId: i === 0 ? 'a' : `u${i}` }, async (again) => {
          (i === 0 ? chatA : at).push(time.now());
          await again();
          (i === 0 ? chatA : at).push(time.now());
        }),
      ),
    );
    const all = [...at, ...chatA].sort((x, y) => x - y);
    expect(all).toHaveLength(60);
    for (let i = 30; i < all.length; i++) expect(all[i]! - all[i - 30]!).toBeGreaterThanOrEqual(999.99);
    expect(chatA[1]! - chatA[0]!).toBeGreaterThanOrEqual(999.99);
  });

  it('never lets more than 30 through in any second overall, nor 20 a minute into one group', async () => {
    const time = virtualTime();
    const sender = createRateLimitedSender({
      ...time,
      marginMs: 0,
      limits: { telegram: { overall: 30, perChatIntervalMs: 1000, perGroupPerMinute: 20 } },
    });
    const at: number[] = [];
    const group: number[] = [];
    await Promise.all([
      ...Array.from({ length: 90 }, (_, i) => sender.send({ platform: 'telegram', chatId: `u${i}` }, async () => void at.push(time.now()))),
      ...Array.from({ length: 25 }, () => sender.send({ platform: 'telegram', chatId: '-100' }, async () => void group.push(time.now()))),
    ]);
    const all = [...at, ...group].sort((x, y) => x - y);
    for (let i = 30; i < all.length; i++) expect(all[i]! - all[i - 30]!).toBeGreaterThanOrEqual(999.99);
    for (let i = 20; i < group.length; i++) expect(group[i]! - group[i - 20]!).toBeGreaterThanOrEqual(59_999.99);
    // Unlimited platforms (console, tests) pass straight through.
    let direct = false;
    await sender.send({ platform: 'console', chatId: 'x' }, async () => void (direct = true));
    expect(direct).toBe(true);
  });

  it('counts a send from the platform’s answer, so a slow request then fast ones never land 31 in one second', async () => {
    const time = virtualTime();
    const sender = createRateLimitedSender({ ...time, marginMs: 0, limits: { telegram: { overall: 30, perChatIntervalMs: 1000 } } });
    const arrivals: number[] = [];
    // The first window's requests take 100 ms to reach the platform, later ones none: judged on start times, the
    // 31st would leave one window after the 1st left and arrive 100 ms too early.
    await Promise.all(
      Array.from({ length: 90 }, (_, i) =>
        sender.send({ platform: 'telegram', chatId: `u${i}` }, async () => {
          await time.sleep(i < 30 ? 100 : 0);
          arrivals.push(time.now());
          await time.sleep(5);
        }),
      ),
    );
    arrivals.sort((x, y) => x - y);
    for (let i = 30; i < arrivals.length; i++) expect(arrivals[i]! - arrivals[i - 30]!).toBeGreaterThanOrEqual(1000);
  });
});
