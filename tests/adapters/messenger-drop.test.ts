import { afterEach, describe, expect, it } from 'vitest';
import { createMessengerAdapter } from '../../adapters/messenger';
import { silentLogger } from '../../bot/logger';
import { testBackend } from '../helpers/database';
import { createTestBot, type TestBot } from '../helpers/runtime';

describe('an event dropped because too many wait (gapless places, several processes)', () => {
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  it.skipIf(testBackend !== 'postgres')(
    'has its place recorded as seen, so the updates after it do not wait the bound for it',
    async () => {
      bot = await createTestBot({ features: [] });
      const app = bot.runtime.app;
      const adapter = createMessengerAdapter({
        app,
        log: silentLogger(),
        platform: 'gapless',
        sendReply: async () => {},
        gapMs: 5000,
        maxQueuedPerChat: 1,
      });
      let release!: () => void;
      const busy = new Promise<void>((resolve) => (release = resolve));
      // Place 100 holds its chat; 101, of the same chat, finds the chat's line full and is dropped.
      const first = adapter.receive('c', 'u100', () => busy, 100);
      await adapter.receive('c', 'u101', async () => {}, 101);
      // 102 of another chat enters: no place below it is missing.
      await app.messengerStore.enter('gapless', 'd', 'u102', 102, undefined, true);
      expect(await app.messengerStore.lowestGap('gapless', 5000)).toBeUndefined();
      release();
      await first;
    },
  );
});
