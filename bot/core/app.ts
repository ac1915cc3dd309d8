import { randomUUID } from 'node:crypto';
import { type Knowledge, normalizeInput } from '../../knowledge';
import type { Config } from '../config';
import type { LlmClient } from '../llm';
import type { Logger } from '../logger';
import type { Scheduler } from '../scheduler/types';
import { isDiskFull, type Storage } from '../storage/database';
import { coreMigrations, type MigrationReport, type Migrations, migrate } from '../storage/migrations';
import { isDangwuError, isRecipientUnavailable } from './errors';
import type { Clock, Command, Context, Feature, FeatureFactory, Services } from './feature';
import { checkInput, inputProblemReplies } from './input-guard';
import { type Address, chatKey, FORWARDED, type IncomingMessage, type Messenger, type Reply, userKey } from './message';
import { createMessengerStore, type MessengerStore, messengerMigrations } from './messenger-store';
import { touchParticipants } from './participants';
import { createStateStore } from './state';

export interface AppOptions {
  storage: Storage;
  config: Config;
  clock: Clock;
  log: Logger;
  features: FeatureFactory[];
  scheduler: Scheduler;
  knowledge: Knowledge;
  llm: LlmClient | undefined;
  /** Migrations of the layers the app is built on (the scheduler, the knowledge index). */
  extraMigrations?: Migrations;
}

export interface App {
  services: Services;
  features: readonly Feature[];
  /** Every command of every feature, in registration order (adapters register them with platforms). */
  commands(): Command[];
  /** Handles one message and returns the replies, in order. Never throws. */
  handle(message: IncomingMessage): Promise<Reply[]>;
  registerMessenger(platform: string, messenger: Messenger): void;
  /** Starts features' background work (schedulers). */
  start(): Promise<void>;
  stop(): Promise<void>;
  migrationReport: MigrationReport;
  /** Every migration of this app (core, features, extras): what `dangwu db copy` runs on a new target. */
  migrations: Migrations;
  /** What the messenger adapters keep across events and processes (redelivery ids, card state, send slots). */
  messengerStore: MessengerStore;
}

const COMMAND_PREFIX = /^[/／]/;

/**
 * Builds the platform-neutral bot: runs migrations, creates the features and routes each message:
 * input guard → button action → command → pending conversation → free-text handlers in order → fallback.
 */
export async function createApp(options: AppOptions): Promise<App> {
  const { storage, config, clock, log, scheduler } = options;
  const messengers = new Map<string, Messenger>();
  let features: Feature[] = [];
  const provided = new Map<string, unknown>();

  const services: Services = {
    storage,
    config,
    clock,
    log,
    canPush: (platform) => messengers.has(platform),
    async push(address: Address, reply: Reply) {
      const messenger = messengers.get(address.platform);
      if (!messenger) throw new Error(`no messenger for platform ${address.platform}`);
      const idempotencyKey = scheduler.deliveryKey();
      try {
        // Each adapter keeps to its own platform's rate limits; the core does not throttle a second time.
        await messenger.send(address.chatId, reply, idempotencyKey ? { idempotencyKey } : undefined);
      } catch (error) {
        if (isRecipientUnavailable(error)) {
          log.warn({ platform: address.platform, chatId: address.chatId, reason: error.reason }, 'recipient unavailable: pausing pushes');
          for (const feature of features) {
            try {
              await feature.onRecipientUnavailable?.(address);
            } catch (pauseError) {
              log.error({ err: pauseError, feature: feature.name }, 'pausing pushes failed');
            }
          }
        }
        throw error;
      }
    },
    features: () => features,
    scheduler,
    knowledge: options.knowledge,
    llm: options.llm,
    provide(name, service) {
      if (provided.has(name)) throw new Error(`service ${String(name)} is provided twice`);
      provided.set(name, service);
    },
    need: (name) => provided.get(name) as never,
  };

  features = options.features.map((factory) => factory(services));
  const migrations: Migrations = { ...coreMigrations, ...messengerMigrations, ...options.extraMigrations };
  for (const feature of features) Object.assign(migrations, feature.migrations);
  const migrationReport = await migrate(storage, migrations);

  const commandIndex = new Map<string, { feature: Feature; command: Command }>();
  for (const feature of features) {
    for (const command of feature.commands ?? []) {
      for (const word of [command.name, ...(command.aliases ?? [])]) {
        const key = normalizeInput(word).toLowerCase();
        if (!commandIndex.has(key)) commandIndex.set(key, { feature, command });
      }
    }
  }

  /** Chinese words of {@link Command.glued} commands, longest first, for text typed without a space after them. */
  const gluedWords = [...commandIndex.entries()]
    .filter(([word, hit]) => hit.command.glued && /[\u4e00-\u9fff]/.test(word))
    .sort(([a], [b]) => b.length - a.length);

  function findCommand(text: string): { command: Command; feature: Feature; args: string; word: string } | undefined {
    const found = findCommandIn(text);
    if (found || !FORWARDED.test(text)) return found;
    return findCommandIn(text.replace(FORWARDED, ''));
  }

  function findCommandIn(text: string): { command: Command; feature: Feature; args: string; word: string } | undefined {
    const slash = COMMAND_PREFIX.test(text);
    const body = text.replace(COMMAND_PREFIX, '');
    const [first = '', ...rest] = body.split(' ');
    // Telegram appends the bot's name in groups: /help@dangwu_bot
    const word = (slash ? first.replace(/@\S+$/, '') : first).toLowerCase();
    const hit = commandIndex.get(word);
    if (hit)
      return {
        command: hit.command,
        feature: hit.feature,
        args: rest.join(' ').trim(),
        word: hit.command.aliases?.[0] ?? hit.command.name,
      };
    const glued = slash ? undefined : gluedWords.find(([w]) => body.toLowerCase().startsWith(w) && body.length > w.length);
    if (glued)
      return {
        command: glued[1].command,
        feature: glued[1].feature,
        args: body.slice(glued[0].length).trim(),
        word: glued[1].command.aliases?.[0] ?? glued[1].command.name,
      };
    return undefined;
  }

  /** Never throws, whatever an adapter hands it: a malformed message gets a plain reply, a failure an apology. */
  async function handle(message: IncomingMessage): Promise<Reply[]> {
    try {
      const problem = malformed(message);
      if (problem) return [{ text: inputProblemReplies.empty('') }];
      return await handleWellFormed(message);
    } catch (error) {
      return [{ text: failed(error) }];
    }
  }

  /** Logs a failure under a reference and words the reply: a full disk is named as such, anything else apologised for. */
  function failed(error: unknown, platform?: string): string {
    const reference = randomUUID().slice(0, 8);
    if (isDiskFull(error)) {
      log.error(
        { err: error, reference, platform, diskFull: true },
        'disk full: the database cannot write (磁盘已满); free space on the server',
      );
      return diskFullReply(reference);
    }
    log.error({ err: error, reference, platform }, 'handler failed');
    return apology(reference);
  }

  async function handleWellFormed(message: IncomingMessage): Promise<Reply[]> {
    const replies: Reply[] = [];
    const uKey = userKey(message.platform, message.sender.id);
    const cKey = chatKey(message.platform, message.chat.id);
    const raw = message.action === undefined ? (message.text ?? '') : '';
    const text = message.action === undefined ? normalizeInput(raw) : '';
    const ctx: Context = {
      message,
      text,
      args: text,
      userKey: uKey,
      chatKey: cKey,
      services,
      state: createStateStore(storage, clock, cKey, uKey),
      reply(reply) {
        replies.push(typeof reply === 'string' ? { text: reply } : reply);
      },
      isSecretary: () => isSecretary(config, message, uKey),
      async requireSecretary(action: string) {
        if (await isSecretary(config, message, uKey)) return true;
        ctx.reply(secretaryOnlyText(action));
        return false;
      },
    };

    try {
      if (message.action === undefined) {
        const problem = checkInput(message.text);
        if (problem) return [{ text: inputProblemReplies[problem](raw) }];
      }
      await touchParticipants(storage, clock, message);
      await route(ctx);
      if (replies.length === 0) replies.push({ text: fallbackText });
    } catch (error) {
      if (isDangwuError(error) && error.code !== 'UPSTREAM_FAILED' && error.code !== 'DB_UNAVAILABLE' && !isDiskFull(error)) {
        replies.push({ text: error.message });
      } else replies.push({ text: failed(error, message.platform) });
    }
    return replies;
  }

  async function route(ctx: Context): Promise<void> {
    const { message } = ctx;
    if (message.action !== undefined) {
      const prefix = message.action.split(':')[0];
      const owner = features.find((f) => f.actionPrefix === prefix && f.onAction);
      if (!owner) {
        ctx.reply('这个按钮已经失效了。发送“帮助”查看可以做什么。');
        return;
      }
      await owner.onAction!(ctx, message.action);
      return;
    }

    const found = findCommand(ctx.text);
    if (found) {
      ctx.args = found.args;
      if (found.command.secretary && !(await ctx.isSecretary())) {
        ctx.reply(secretaryOnlyText(`使用“${found.word}”`));
        return;
      }
      const interrupted = await ctx.state.get();
      const owner = interrupted && features.find((f) => f.name === interrupted.feature);
      if (interrupted && owner && owner !== found.feature && !found.command.handlesPending) await owner.onInterrupted?.(ctx, interrupted);
      await found.command.run(ctx);
      return;
    }

    const pending = await ctx.state.get();
    if (pending) {
      const owner = features.find((f) => f.name === pending.feature && f.onPending);
      if (owner && (await owner.onPending!(ctx, pending))) return;
    }

    for (const feature of features) {
      if (feature.onText && (await feature.onText(ctx))) return;
    }
  }

  return {
    services,
    features,
    migrationReport,
    migrations,
    messengerStore: createMessengerStore(storage),
    commands: () => features.flatMap((f) => f.commands ?? []),
    handle,
    registerMessenger(platform, messenger) {
      messengers.set(platform, messenger);
    },
    async start() {
      for (const feature of features) await feature.start?.();
      scheduler.start();
    },
    async stop() {
      await scheduler.stop();
      for (const feature of [...features].reverse()) await feature.stop?.();
    },
  };
}

/** The refusal for a member: who can do it and whom to ask, never how to edit the bot's settings. */
export const secretaryOnlyText = (action: string) => `只有支部书记（管理员）才能${action}。如需办理，请联系本支部书记。`;
const diskFullReply = (reference: string) =>
  `磁盘已满，助手暂时无法保存任何内容，这条消息没有处理（编号 ${reference}）。请联系管理员清理服务器磁盘空间后再试。`;
const apology = (reference: string) =>
  `抱歉，处理这条消息时出错了（编号 ${reference}）。你的数据没有受影响，请稍后再试；如果反复出现，请把编号告诉管理员。`;

/** What an adapter must provide for a message to be routed; anything else is answered without routing. */
function malformed(message: IncomingMessage | undefined): string | undefined {
  if (!message || typeof message !== 'object') return 'no message';
  if (typeof message.platform !== 'string' || !message.platform) return 'no platform';
  if (!message.sender || typeof message.sender.id !== 'string' || !message.sender.id) return 'no sender';
  if (!message.chat || typeof message.chat.id !== 'string' || !message.chat.id) return 'no chat';
  if (message.text !== undefined && typeof message.text !== 'string') return 'text is not a string';
  if (message.action !== undefined && typeof message.action !== 'string') return 'action is not a string';
  if (message.text === undefined && message.action === undefined) return 'neither text nor action';
  return undefined;
}

export const fallbackText = '我没有理解这句话。可以直接问党务问题（例如“预备期多长”），或发送“帮助”查看全部功能。';

async function isSecretary(config: Config, message: IncomingMessage, uKey: string): Promise<boolean> {
  if (config.DANGWU_SECRETARIES.includes(uKey)) return true;
  if (message.chat.kind === 'group' && message.sender.isChatAdmin) {
    try {
      return await message.sender.isChatAdmin();
    } catch {
      return false;
    }
  }
  return false;
}
