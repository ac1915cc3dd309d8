import type { Knowledge } from '../../knowledge';
import type { Config } from '../config';
import type { LlmClient } from '../llm';
import type { Logger } from '../logger';
import type { Scheduler } from '../scheduler/types';
import type { Storage } from '../storage/database';
import type { Migrations } from '../storage/migrations';
import type { Address, IncomingMessage, Reply } from './message';

/** Time is injected everywhere so that tests can move it; nothing below reads `Date.now()` itself. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What every feature may use. Built once by {@link createApp}. */
export interface Services {
  storage: Storage;
  config: Config;
  clock: Clock;
  log: Logger;
  /** Sends a message nobody asked for (a reminder, the daily quiz). Throws if the platform has no messenger. */
  push(address: Address, reply: Reply): Promise<void>;
  /** Whether a messenger for this platform is running (a reminder for it can be delivered now). */
  canPush(platform: string): boolean;
  /** The registered features, in order (help lists their commands). */
  features(): readonly Feature[];
  /** The durable scheduler (bot/scheduler): register job kinds in the factory, schedule rows any time. */
  scheduler: Scheduler;
  /** The handbook index and the question banks (knowledge/index.ts), one instance for the whole bot. */
  knowledge: Knowledge;
  /** The one OpenAI-compatible client (bot/llm.ts); undefined when no model is configured. */
  llm: LlmClient | undefined;
  /**
   * Offers a service to other features under a name declared in {@link ProvidedServices}. Features never import
   * each other: one that needs another's data asks for the service that feature provides.
   */
  provide<K extends keyof ProvidedServices>(name: K, service: ProvidedServices[K]): void;
  /** The service another feature provides, or undefined when that feature is not registered. */
  need<K extends keyof ProvidedServices>(name: K): ProvidedServices[K] | undefined;
}

/**
 * The services features offer each other, by name. A providing feature declares its entry by augmenting this
 * interface from its own folder, so the contract lives with its owner:
 *
 * @example
 * declare module '../../core/feature' {
 *   interface ProvidedServices { certificates: CertificateService }
 * }
 * // in the factory: services.provide('certificates', { levelOf: (userKey) => … });
 * // elsewhere:      services.need('certificates')?.levelOf(ctx.userKey)
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging from the features
export interface ProvidedServices {}

/** What a user in a chat is in the middle of, owned by one feature. */
export interface PendingState<T = unknown> {
  feature: string;
  data: T;
}

export interface StateStore {
  get<T = unknown>(): Promise<PendingState<T> | undefined>;
  set(feature: string, data: unknown, ttlMinutes?: number): Promise<void>;
  clear(): Promise<void>;
  /**
   * The row as a query of this message's handler just read it with its own (see `pendingStateColumns`; null: no
   * state): `get` and `set` then read nothing more.
   */
  seen(row: { feature: string; data: string; expires_at: string | null } | null): void;
}

export interface Context {
  message: IncomingMessage;
  /** Normalised text: simplified characters, half-width, single spaces. Empty for a button press. */
  text: string;
  /** For a command: what follows the command word, normalised. Otherwise equal to `text`. */
  args: string;
  userKey: string;
  chatKey: string;
  services: Services;
  /** Pending conversation state of this user in this chat. */
  state: StateStore;
  reply(reply: Reply | string): void;
  /** Secretary (branch admin): configured list, or the platform says the sender administers this chat. */
  isSecretary(): Promise<boolean>;
  /** Replies with a refusal and returns false unless the sender is a secretary. */
  requireSecretary(action: string): Promise<boolean>;
}

export interface Command {
  /** ASCII name used as `/name` and registered with platforms that list commands. */
  name: string;
  /** Other words that trigger it: Chinese (帮助), colloquial (菜单). Matched after normalisation. */
  aliases?: string[];
  /** One line in Chinese, shown in help and in platform command menus. */
  description: string;
  /** The help section it is listed under (刷题备考, 三会一课 …); 其他 when absent. */
  group?: string;
  /**
   * Only secretaries may use it: the router refuses anyone else before `run` (telling them to ask their branch
   * secretary), and help lists it to secretaries only. The handler still checks that the object it acts on
   * belongs to the branch of this chat.
   */
  secretary?: boolean;
  /**
   * Its Chinese words may run straight into what follows, as people type them (`提醒我明天下午两点开会`): only for
   * commands whose arguments can never be read as a word of their own, so a question is never taken for a command.
   */
  glued?: boolean;
  /** It deals with the sender's pending conversation itself (取消), so running it does not interrupt that conversation. */
  handlesPending?: boolean;
  run(ctx: Context): Promise<void> | void;
}

/**
 * A section a feature shows on a platform's home surface (Slack's App Home): a title, and the command whose answer
 * to the viewing user fills it. Adapters show what features declare and never guess command names.
 *
 * @example
 * home: [{ title: '我的练习统计', command: 'stats' }]
 */
export interface HomeSection {
  title: string;
  /** A command of this feature ({@link Command.name}); run as the user, in the user's private chat. */
  command: string;
  args?: string;
}

/** One field of a {@link FormSpec}. Every field must be filled; a choice must be one of its options. */
export type FormField =
  | { kind: 'choice'; id: string; label: string; options: { label: string; value: string }[] }
  | { kind: 'text'; id: string; label: string; placeholder?: string; hint?: string; maxLength?: number };

/**
 * A form a feature offers where a platform has native forms (Slack modals, opened from App Home): the fields to
 * ask for, and the command text the core runs with the answers, exactly as if the user had typed it, so the
 * command's own checks, permissions and confirmations apply.
 *
 * @example
 * forms: [{ id: 'meeting_schedule', title: '支部会议安排', fields: [...], submit: (v) => `/meeting_set ${v.type} ${v.phrase}` }]
 */
export interface FormSpec {
  /** Stable id (ASCII letters, digits, _): platforms carry it in their callback ids. */
  id: string;
  /** The form's title and the label of the button that opens it. */
  title: string;
  fields: FormField[];
  /** The command text for the answers, keyed by field id (trimmed, all present). */
  submit(values: Record<string, string>): string;
}

/**
 * A feature is one folder: its handler, its storage and its strings. Features are registered in one
 * ordered list (bot/features/index.ts); for free text the first feature that claims it wins.
 */
export interface Feature {
  name: string;
  commands?: Command[];
  /** Button data starting with `${actionPrefix}:` is routed to {@link onAction}. */
  actionPrefix?: string;
  onAction?(ctx: Context, data: string): Promise<void> | void;
  /**
   * Text from a user whose pending state this feature owns. Return false to let others see it. A pending
   * confirmation must not swallow unrelated text: clear it and return false (it expires quietly, and the text is
   * answered as if nothing were pending).
   */
  onPending?(ctx: Context, state: PendingState): Promise<boolean> | boolean;
  /**
   * The sender ran a command of another feature while this feature's conversation was pending: drop what must not
   * outlive it (a confirmation that is no longer on the user's mind), keep what may (a practice session).
   */
  onInterrupted?(ctx: Context, state: PendingState): Promise<void> | void;
  /**
   * 取消: ends what this feature has open for the sender in this chat (a practice session, a draft record) and
   * says what in a few words (`练习`), or returns undefined when nothing was open. The cancel command asks every
   * feature, then clears the pending conversation state, so one word cancels whatever is open.
   */
  cancelOpen?(ctx: Context): Promise<string | undefined> | string | undefined;
  /** Free text nobody else claimed. Return true if handled. */
  onText?(ctx: Context): Promise<boolean> | boolean;
  migrations?: Migrations;
  /** What this feature shows on home surfaces (Slack App Home), in order. */
  home?: HomeSection[];
  /** Forms this feature offers on platforms with native forms. */
  forms?: FormSpec[];
  /** Background work (schedulers). Called once messengers are registered. */
  start?(): Promise<void> | void;
  stop?(): Promise<void> | void;
  /**
   * A push to this address failed for good (the user blocked the bot, the bot left the group): pause whatever
   * this feature pushes there (subscriptions, reminders) instead of retrying. Called before the push rethrows
   * the {@link import('./errors').RecipientUnavailableError}.
   */
  onRecipientUnavailable?(address: Address): Promise<void> | void;
}

/** A feature factory receives the shared services. */
export type FeatureFactory = (services: Services) => Feature;
