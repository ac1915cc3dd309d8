import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../bot/config';
import type { FeatureFactory } from '../../bot/core/feature';
import type { ChatKind, IncomingMessage, Reply } from '../../bot/core/message';
import { type Logger, silentLogger } from '../../bot/logger';
import { createRuntime, type Runtime } from '../../bot/runtime';
import type { Migrations } from '../../bot/storage/migrations';
import { ManualClock } from './clock';
import { checkMigratedAs, freshDatabase, migratedDatabase } from './database';

export interface Speaker {
  userId?: string;
  name?: string;
  chatId?: string;
  chatKind?: ChatKind;
  platform?: string;
  /** Platform admin of the chat (Telegram group admin). */
  admin?: boolean;
}

export interface TestBot {
  runtime: Runtime;
  clock: ManualClock;
  dir: string;
  /** Sends text as a user and returns the replies. */
  say(text: string, as?: Speaker): Promise<Reply[]>;
  /** Presses a button (its data) as a user. */
  press(data: string, as?: Speaker): Promise<Reply[]>;
  /** Messages pushed (reminders, daily quiz) per platform chat, in order. */
  pushed: { platform: string; chatId: string; reply: Reply }[];
  close(): Promise<void>;
}

/**
 * A whole bot on a fresh SQLite file in a temp folder, with a manual clock and a recording messenger
 * for the `console` and `test` platforms. The default speaker is `console:me`, a configured secretary.
 */
export async function createTestBot(
  options: {
    env?: Record<string, string>;
    clock?: ManualClock;
    features?: FeatureFactory[];
    /** Tables of a surface beside the chat (the web console's). */
    extraMigrations?: Migrations;
    /** Where the runtime logs (default: nowhere). */
    log?: Logger;
  } = {},
): Promise<TestBot> {
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-test-'));
  const clock = options.clock ?? new ManualClock();
  // Every feature and no extra tables is what the run's `bot` template holds: such a bot starts from a copy of it.
  const everyFeature = !options.features && !options.extraMigrations;
  const database = everyFeature ? await migratedDatabase(dir, 'bot') : await freshDatabase(dir);
  const config = loadConfig({ DANGWU_DB: database.url, ...options.env });
  const runtime = await createRuntime({
    config,
    clock,
    log: options.log ?? silentLogger(),
    features: options.features,
    extraMigrations: options.extraMigrations,
  });
  await checkMigratedAs(database, runtime.storage, runtime.app.migrations);
  const pushed: TestBot['pushed'] = [];
  for (const platform of ['console', 'test']) {
    runtime.app.registerMessenger(platform, {
      async send(chatId, reply) {
        pushed.push({ platform, chatId, reply });
      },
    });
  }
  const toMessage = (as: Speaker = {}): Omit<IncomingMessage, 'text' | 'action'> => ({
    platform: as.platform ?? 'console',
    sender: { id: as.userId ?? 'me', name: as.name, isChatAdmin: async () => as.admin ?? false },
    chat: { id: as.chatId ?? `dm-${as.userId ?? 'me'}`, kind: as.chatKind ?? 'private' },
  });
  return {
    runtime,
    clock,
    dir,
    pushed,
    say: (text, as) => runtime.app.handle({ ...toMessage(as), text }),
    press: (data, as) => runtime.app.handle({ ...toMessage(as), action: data }),
    async close() {
      await runtime.close();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** All reply texts joined, for `toContain` assertions. */
export const textOf = (replies: Reply[]) => replies.map((r) => r.text).join('\n');

/** A reply before its citation lines (出处/来源): what the asker reads as the answer. */
export const beforeCitations = (text: string) => text.split(/\n(?:出处|来源)[:：]/)[0]!;
