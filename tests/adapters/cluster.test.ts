import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { FeishuAdapter } from '../../adapters/feishu';
import { createPlatformLimiter } from '../../adapters/rate-limit';
import { createHelpFeature } from '../../bot/features/help';
import { silentLogger } from '../../bot/logger';
import { createRuntime, type Runtime } from '../../bot/runtime';
import { skipOnPglite, testBackend } from '../helpers/database';
import { createTestBot, type TestBot } from '../helpers/runtime';
import { voteFeature } from './peers/features';
import { cardButtons, type FeishuPeer, p2pChat, startFeishuPeer, visibleText } from './peers/feishu';
import { feishuAdapterFor } from './peers/feishu-script';

/**
 * Two bot processes on one database, as a county runs them on PostgreSQL: each has its own runtime (its own pool,
 * queues and memory) and its own 飞书 long connection, and the fake platform hands each event to one connection
 * (飞书's cluster mode). Whatever a later event needs must be found by either process.
 */
describe('two processes on one database behind 飞书’s long connections', () => {
  let peer: FeishuPeer | undefined;
  let bot: TestBot | undefined;
  let second: Runtime | undefined;
  const adapters: FeishuAdapter[] = [];

  afterEach(async () => {
    for (const adapter of adapters.splice(0)) await adapter.stop();
    await second?.close();
    await bot?.close();
    await peer?.stop();
    peer = bot = second = undefined;
  });

  async function twoProcesses() {
    peer = await startFeishuPeer();
    const features = [createHelpFeature, voteFeature];
    bot = await createTestBot({ features });
    second = await createRuntime({ config: bot.runtime.config, clock: bot.clock, log: silentLogger(), features });
    for (const app of [bot.runtime.app, second.app]) {
      const adapter = feishuAdapterFor(app, peer);
      await adapter.start();
      adapters.push(adapter);
    }
    expect(peer.connections()).toBe(2);
    return peer;
  }

  it('a typed button label and a press reach the other process: both act on the card the first one sent', async () => {
    const fake = await twoProcesses();
    const user = 'ou_cluster1';
    const chat = p2pChat(user);
    await fake.sendText({ user, text: '/vote', via: 0 });
    const [card] = await fake.waitForSent(1, (m) => m.receive_id === chat);
    expect(cardButtons(card!).map((b) => b.label)).toEqual(['同意', '反对']);
    // Typed on the other connection: the second process presses 反对 for the user.
    await fake.sendText({ user, text: '反对', via: 1 });
    const [, typed] = await fake.waitForSent(2, (m) => m.receive_id === chat);
    expect(visibleText(typed!)).toBe('你投了反对票');

    await fake.sendText({ user, text: '/vote', via: 1 });
    const [, , again] = await fake.waitForSent(3, (m) => m.receive_id === chat);
    // Pressed on the first connection: the card sent by the second process is marked with the choice, in place.
    const answer = await fake.press({ user, message: again!, label: '同意', via: 0 });
    expect(answer.card?.data).toBeDefined();
    expect(JSON.stringify(again!.content)).toContain('已选择：同意');
    const [, , , pressed] = await fake.waitForSent(4, (m) => m.receive_id === chat);
    expect(visibleText(pressed!)).toBe('你投了同意票');
  });

  it('a press whose card the other process writes down a moment late still marks the card', async () => {
    const fake = await twoProcesses();
    const user = 'ou_cluster_late';
    const chat = p2pChat(user);
    await fake.sendText({ user, text: '/vote', via: 1 });
    const [card] = await fake.waitForSent(1, (m) => m.receive_id === chat);
    const store = second!.app.messengerStore;
    const key = `card:${card!.message_id}`;
    // Written down with the end of the sending turn, which may come a moment after the card reached the user.
    let text = await store.recall<string>('feishu', key);
    for (let i = 0; text === undefined && i < 50; i++) {
      await new Promise((resolve) => setTimeout(resolve, 40));
      text = await store.recall<string>('feishu', key);
    }
    expect(text).toBeDefined();
    // As on a loaded machine: the sending process's turn (which writes the card's text down) ends after the press
    // reached the other process.
    await store.forget('feishu', key);
    const late = new Promise<void>((resolve) => setTimeout(() => void store.remember('feishu', key, text, 60_000).then(resolve), 600));
    const answer = await fake.press({ user, message: card!, label: '同意', via: 0 });
    await late;
    expect(JSON.stringify(answer.card?.data ?? null)).toContain('已选择：同意');
    const [, pressed] = await fake.waitForSent(2, (m) => m.receive_id === chat);
    expect(visibleText(pressed!)).toBe('你投了同意票');
  });

  it('an event redelivered to the other connection is answered once', async () => {
    const fake = await twoProcesses();
    const user = 'ou_cluster2';
    const chat = p2pChat(user);
    await fake.sendText({ user, text: '/vote', eventId: 'ev_redelivered', via: 0 });
    await fake.waitForSent(1, (m) => m.receive_id === chat);
    await fake.sendText({ user, text: '/vote', eventId: 'ev_redelivered', via: 1 });
    await fake.sendText({ user, text: '帮助', via: 1 });
    const replies = await fake.waitForSent(2, (m) => m.receive_id === chat);
    // The help card came right after the one vote card: the repeat sent nothing in between.
    expect(visibleText(replies[0]!)).toBe('同意吗？');
    expect(visibleText(replies[1]!)).toContain('党务助手');
    // Nor was it handled: no send was even tried for it (a repeated uuid would be dropped by 飞书 but still called).
    const sendCalls = fake.calls.filter((c) => c.path === '/open-apis/im/v1/messages' && c.body.receive_id === chat);
    expect(sendCalls).toHaveLength(2);
  });

  // SQLite is served by one process (docs/deploy.md): the chat lock across processes is PostgreSQL's.
  it.skipIf(testBackend !== 'postgres')('one chat’s events spread over both connections are answered in the order sent', async () => {
    const fake = await twoProcesses();
    const user = 'ou_cluster3';
    const chat = p2pChat(user);
    // Sent back to back, alternating connections, each acknowledged at once: only the chat lock keeps the order.
    for (let i = 0; i < 12; i++)
      await fake.sendText({ user, text: i % 2 === 0 ? '/vote' : ['同意', '反对'][i % 4 === 1 ? 0 : 1]!, via: i % 2 });
    const replies = await fake.waitForSent(12, (m) => m.receive_id === chat, 30);
    expect(replies.map(visibleText)).toEqual(
      Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? '同意吗？' : i % 4 === 1 ? '你投了同意票' : '你投了反对票')),
    );
  });
});

describe('a chat’s turn across processes on PostgreSQL', () => {
  let bot: TestBot | undefined;
  const others: Runtime[] = [];
  afterEach(async () => {
    for (const runtime of others.splice(0)) await runtime.close();
    await bot?.close();
    bot = undefined;
  });

  const postgresOnly = testBackend !== 'postgres' || skipOnPglite('pg_locks of several server sessions');

  it.skipIf(postgresOnly)('a chat held by a live process waits; once that process is gone its lease is taken over', async () => {
    bot = await createTestBot({ features: [] });
    const process = async () => {
      const runtime = await createRuntime({ config: bot!.runtime.config, clock: bot!.clock, log: silentLogger(), features: [] });
      others.push(runtime);
      return runtime;
    };
    const [dying, waiting] = [await process(), await process()];
    const held = await dying.app.messengerStore.claim('feishu', 'oc_turn', 'ev_1');
    expect(held).not.toBe('wait');
    expect(await waiting.app.messengerStore.claim('feishu', 'oc_turn', 'ev_2')).toBe('wait');
    // Another chat is free meanwhile.
    const other = await waiting.app.messengerStore.claim('feishu', 'oc_other', 'ev_3');
    expect(other).not.toBe('wait');
    await (other as Exclude<typeof other, 'wait' | 'gap'>).end();

    // The holder dies without ending its turn: its connections close, and the server forgets its liveness lock.
    await dying.close();
    others.splice(others.indexOf(dying), 1);
    let taken = await waiting.app.messengerStore.claim('feishu', 'oc_turn', 'ev_2');
    for (let i = 0; taken === 'wait' && i < 50; i++) {
      await new Promise((resolve) => setTimeout(resolve, 40));
      taken = await waiting.app.messengerStore.claim('feishu', 'oc_turn', 'ev_2');
    }
    expect(taken).not.toBe('wait');
    const turn = taken as Exclude<typeof taken, 'wait' | 'gap'>;
    expect(turn.first).toBe(true);
    turn.remember('typed:oc_turn', { B: 'q:a:B' }, 60_000);
    await turn.end();
    // Ended: the chat is free, and the next turn (any process) finds what this one remembered.
    const next = await bot.runtime.app.messengerStore.claim('feishu', 'oc_turn', 'ev_4');
    expect(next).not.toBe('wait');
    expect(await (next as Exclude<typeof next, 'wait' | 'gap'>).recall('typed:oc_turn')).toEqual({ B: 'q:a:B' });
    await (next as Exclude<typeof next, 'wait' | 'gap'>).end();
    // A redelivered id gets its turn but is not first.
    const again = await waiting.app.messengerStore.claim('feishu', 'oc_turn', 'ev_4');
    expect(again).not.toBe('wait');
    expect((again as Exclude<typeof again, 'wait' | 'gap'>).first).toBe(false);
    await (again as Exclude<typeof again, 'wait' | 'gap'>).end();
  });

  it.skipIf(postgresOnly)('a press and a typed answer cost the adapter three round trips each: queue entry, claim, end', async () => {
    const peer = await startFeishuPeer();
    bot = await createTestBot({ features: [createHelpFeature, voteFeature] });
    const adapter = feishuAdapterFor(bot.runtime.app, peer);
    await adapter.start();
    const send = pg.Client.prototype.query;
    const seen: string[] = [];
    try {
      const user = 'ou_trips';
      const chat = p2pChat(user);
      await peer.sendText({ user, text: '/vote' });
      const [card] = await peer.waitForSent(1, (m) => m.receive_id === chat);
      pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
        const query = args[0] as string | { text: string };
        seen.push(typeof query === 'string' ? query : query.text);
        return (send as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof send;
      await peer.press({ user, message: card!, label: '同意' });
      await peer.waitForSent(2, (m) => m.receive_id === chat);
      const adapterOwn = () => seen.filter((text) => /messenger_|pg_advisory/.test(text)).length;
      // Before: queue entry, lock, turn check, forget, two remembers, leave, unlock and the card's text: 9.
      expect(adapterOwn()).toBe(3);
      seen.length = 0;
      await peer.sendText({ user, text: '/vote' });
      const [, , again] = await peer.waitForSent(3, (m) => m.receive_id === chat);
      seen.length = 0;
      await peer.sendText({ user, text: '反对' });
      const [, , , typed] = await peer.waitForSent(4, (m) => m.receive_id === chat);
      expect(visibleText(typed!)).toBe('你投了反对票');
      expect(again).toBeDefined();
      // The typed letters read with the claim, forgotten with the end.
      expect(adapterOwn()).toBe(3);
    } finally {
      pg.Client.prototype.query = send;
      await adapter.stop();
      await peer.stop();
    }
  });
});

describe('platform limits shared by the processes on one database', () => {
  let bot: TestBot | undefined;
  let second: Runtime | undefined;
  afterEach(async () => {
    await second?.close();
    await bot?.close();
    bot = second = undefined;
  });

  it('two processes sending to one platform together take distinct send slots, spaced by the limit', async () => {
    bot = await createTestBot({ features: [] });
    second = await createRuntime({ config: bot.runtime.config, clock: bot.clock, log: silentLogger(), features: [] });
    if (testBackend === 'sqlite') {
      // SQLite: one process per database, so each process keeps the limits alone (the in-memory limiter's own tests).
      expect(bot.runtime.app.messengerStore.shared).toBe(false);
      return;
    }
    // Time stands still, so every send's wait is the distance of its slot from now.
    const waits: number[] = [];
    const limiter = (store: Runtime['app']['messengerStore']) =>
      createPlatformLimiter(store, {
        limits: { telegram: { overall: 30, perChatIntervalMs: 1000 } },
        now: () => 1_000_000,
        sleep: async (ms) => void waits.push(ms),
        marginMs: 0,
      });
    const [one, two] = [limiter(bot.runtime.app.messengerStore), limiter(second.app.messengerStore)];
    const sends = Array.from({ length: 20 }, (_, i) =>
      (i % 2 === 0 ? one : two).send({ platform: 'telegram', chatId: String(100 + (i % 10)) }, async () => i),
    );
    await Promise.all(sends);
    // Shared: 20 sends to 10 chats from two processes, spread over the platform's 30/s, none closer than 1000/30 ms.
    const at = [0, ...waits].sort((a, b) => a - b);
    expect(at).toHaveLength(20);
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(33);
    // Each chat got two sends: a second apart at least, so the last is a second out.
    expect(at.at(-1)!).toBeGreaterThanOrEqual(1000);
  });
});

describe('a shared send slot missed or refused', () => {
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  it('a send woken too late for its slot takes a new one, and a retry takes a slot of its own', async () => {
    bot = await createTestBot({ features: [] });
    if (testBackend === 'sqlite') return; // one process per SQLite database: the in-memory limiter's own tests
    let clock = 1_000_000;
    const slots: number[] = [];
    let late = true;
    const limiter = createPlatformLimiter(
      {
        shared: true,
        takeSlot: async (scopes, notBefore) => {
          const slot = await bot!.runtime.app.messengerStore.takeSlot(scopes, notBefore);
          slots.push(slot);
          return slot;
        },
      },
      {
        limits: { telegram: { overall: 30 } },
        now: () => clock,
        // The first sleep oversleeps by a second, as a busy event loop would; later ones wake on time.
        sleep: async (ms) => {
          clock += ms + (late ? 1000 : 0);
          late = false;
        },
        marginMs: 0,
      },
    );
    await limiter.send({ platform: 'telegram', chatId: '1' }, async () => undefined);
    await limiter.send({ platform: 'telegram', chatId: '2' }, async () => undefined);
    // The second send's slot was missed by a second: given up, and a new slot taken from the woken time.
    expect(slots).toHaveLength(3);
    expect(slots[2]!).toBeGreaterThanOrEqual(slots[1]! + 1000);

    const before = slots.length;
    let tries = 0;
    await limiter.send({ platform: 'telegram', chatId: '3' }, async (again) => {
      tries++;
      await again();
      await again();
    });
    expect(tries).toBe(1);
    expect(slots.length - before).toBe(3);
    // Each slot is a spacing after the one before: the retries never go out together.
    for (let i = before + 1; i < slots.length; i++) expect(slots[i]! - slots[i - 1]!).toBeGreaterThanOrEqual(1250 / 30 - 0.01);
  });
});
