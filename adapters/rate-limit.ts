import type { Address } from '../bot';

/**
 * Platform send limits. Telegram: about 30 messages per second overall, 1 per second in one chat,
 * 20 per minute in one group. Slack: about 1 per second per channel.
 */
export interface RateLimits {
  /** Messages per `windowMs` across all chats of the platform. */
  overall?: number;
  /** Minimum gap between two messages to the same chat. */
  perChatIntervalMs?: number;
  /** Messages per minute to one group chat. */
  perGroupPerMinute?: number;
  /** The window of `overall` (default 1000 ms). */
  windowMs?: number;
  /** The window of `perGroupPerMinute` (default 60 000 ms; a benchmark may compress time). */
  groupWindowMs?: number;
}

export const telegramLimits: RateLimits = { overall: 30, perChatIntervalMs: 1000, perGroupPerMinute: 20 };
export const slackLimits: RateLimits = { perChatIntervalMs: 1000 };

/** The default limits per platform; platforms not listed (console, test doubles) are not limited. */
export const defaultPlatformLimits: Record<string, RateLimits> = { telegram: telegramLimits, slack: slackLimits };

export interface RateLimitedSenderOptions {
  limits?: Record<string, RateLimits | undefined>;
  /** Whether the address is a group chat (the 20/min limit applies). */
  isGroup?(address: Address): boolean;
  /** Real time by default; a benchmark may pass its own. */
  now?(): number;
  sleep?(ms: number): Promise<void>;
  /**
   * Added to every gap, for the platform's clock and ours disagreeing a little. Network jitter is covered without
   * it: a send counts from when the platform answered it (see below). The default is 10 ms (1% of Telegram's 1 s window).
   */
  marginMs?: number;
}

export interface RateLimitedSender {
  /**
   * Runs `send` when the limits of the address's platform allow it. Messages to one chat keep their order.
   * A send that tries again (after a 429 or a 5xx) first awaits `again()`: each request needs a slot of its own, or
   * retries waiting out the same pause go out together and draw the next round of 429s.
   */
  send<T>(address: Address, send: (again: () => Promise<void>) => Promise<T>): Promise<T>;
  /** Messages waiting, all chats together. */
  pending(): number;
}

/**
 * A sliding-window limiter (the exact form of a token bucket whose tokens come back one window after use),
 * with sends across chats spaced at least window/overall apart so they do not arrive in clumps:
 * each platform keeps the times of its last `overall` sends, each chat its last send, each group its last
 * `perGroupPerMinute` sends. Every chat has its own queue, so a chat that must wait never holds up another.
 *
 * A send is first stamped when it leaves and re-stamped when the platform answers. The platform counts it when it
 * arrives, somewhere between the two; counting from the answer means a slow request followed by a fast one can never
 * land two sends inside one window (with start times alone, a burst of 10,000 still drew a 429 now and then).
 */
export function createRateLimitedSender(options: RateLimitedSenderOptions = {}): RateLimitedSender {
  const limits = options.limits ?? defaultPlatformLimits;
  const now = options.now ?? (() => performance.timeOrigin + performance.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const isGroup = options.isGroup ?? ((address: Address) => address.chatId.startsWith('-'));
  const margin = options.marginMs ?? 10;

  /** One send: when it left (`start`, for even spacing) and, once known, when the platform answered (`at`, for windows). */
  type Stamp = { start: number; at: number };
  const platformLog = new Map<string, Stamp[]>();
  const chatLast = new Map<string, Stamp>();
  const groupLog = new Map<string, Stamp[]>();
  const chatTail = new Map<string, Promise<unknown>>();
  let waiting = 0;

  /** Earliest time a new entry may join a log that allows `max` entries per `window`. */
  const nextFree = (log: Stamp[] | undefined, max: number, window: number) =>
    !log || log.length < max ? 0 : log[log.length - max]!.at + window + margin;

  const evenSlot = (log: Stamp[] | undefined, spacing: number) => {
    if (!log || log.length === 0) return 0;
    const k = Math.min(2, log.length);
    return log[log.length - k]!.start + k * spacing;
  };

  const remember = (log: Stamp[], stamp: Stamp, keep: number) => {
    log.push(stamp);
    if (log.length > keep * 2) log.splice(0, log.length - keep);
  };

  const platformTail = new Map<string, Promise<void>>();

  /** Waits until `earliest()` has passed (re-checked after each sleep). */
  async function waitUntil(earliest: () => number): Promise<void> {
    for (;;) {
      const t = now();
      const at = earliest();
      if (at <= t) return;
      await sleep(Math.max(1, at - t));
    }
  }

  /** Waits for the limits, then takes a slot; returns the stamp to move to the answer's time. */
  async function acquire(address: Address, limit: RateLimits): Promise<Stamp> {
    const key = `${address.platform}:${address.chatId}`;
    const group = limit.perGroupPerMinute !== undefined && isGroup(address);
    const window = limit.windowMs ?? 1000;
    // 1. This chat's own limits: only this chat's queue waits for them.
    await waitUntil(() =>
      Math.max(
        limit.perChatIntervalMs !== undefined && chatLast.has(key) ? chatLast.get(key)!.at + limit.perChatIntervalMs + margin : 0,
        group ? nextFree(groupLog.get(key), limit.perGroupPerMinute!, limit.groupWindowMs ?? 60_000) : 0,
      ),
    );
    const stamp: Stamp = { start: now(), at: now() };
    // 2. The platform-wide limit: chats ready to send take the next slot in arrival order, one timer at a time.
    if (limit.overall !== undefined) {
      const previous = platformTail.get(address.platform) ?? Promise.resolve();
      let release!: () => void;
      const mine = new Promise<void>((resolve) => (release = resolve));
      platformTail.set(address.platform, mine);
      await previous;
      try {
        await waitUntil(() =>
          Math.max(
            nextFree(platformLog.get(address.platform), limit.overall!, window),
            // Spread evenly too (the k-th last send plus k spacings): a full window sent at once arrives bunched.
            evenSlot(platformLog.get(address.platform), window / limit.overall!),
          ),
        );
        let log = platformLog.get(address.platform);
        if (!log) platformLog.set(address.platform, (log = []));
        stamp.start = stamp.at = now();
        remember(log, stamp, limit.overall);
      } finally {
        release();
        if (platformTail.get(address.platform) === mine) platformTail.delete(address.platform);
      }
    }
    if (group) {
      let log = groupLog.get(key);
      if (!log) groupLog.set(key, (log = []));
      remember(log, stamp, limit.perGroupPerMinute!);
    }
    chatLast.set(key, stamp);
    return stamp;
  }

  return {
    pending: () => waiting,
    send<T>(address: Address, send: (again: () => Promise<void>) => Promise<T>): Promise<T> {
      const limit = limits[address.platform];
      if (!limit) return send(async () => undefined);
      const key = `${address.platform}:${address.chatId}`;
      waiting++;
      const previous = chatTail.get(key) ?? Promise.resolve();
      const result = previous
        .catch(() => undefined)
        .then(() => acquire(address, limit))
        .then(async (first) => {
          let stamp = first;
          const again = async () => {
            stamp.at = Math.max(stamp.at, now());
            stamp = await acquire(address, limit);
          };
          try {
            return await send(again);
          } finally {
            stamp.at = Math.max(stamp.at, now());
          }
        })
        .finally(() => {
          waiting--;
          if (chatTail.get(key) === settled) chatTail.delete(key);
        });
      const settled = result.catch(() => undefined);
      chatTail.set(key, settled);
      return result;
    },
  };
}

/**
 * Added to one chat's spacing by the shared limiter: 飞书's 5 a second to a chat, spaced 250 ms, leaves 250 ms for
 * one send of six to arrive late before a sliding second holds six (with 100 ms, 13 of 10,000 reminders drew a 429
 * from the fake on a loaded machine).
 */
const SHARED_MARGIN_MS = 50;
/**
 * How much later than its slot a window's first send may arrive, relative to its last, before the platform would
 * count one send too many in the window: each window is spread over itself plus this.
 */
const WINDOW_ALLOWANCE_MS = 250;

/** The part of the bot's messenger store the shared limiter uses (app.messengerStore). */
export interface SlotStore {
  readonly shared: boolean;
  takeSlot(scopes: { scope: string; spacingMs: number }[], notBefore: number): Promise<number>;
}

/**
 * The platform's limits kept by every process together when they share a PostgreSQL database; in this process
 * alone (the sliding window above) on SQLite, which one process serves.
 *
 * Shared form: each limit is a spacing (a window divided by its count: Telegram's 30/s is one send every 34 ms, a
 * group's 20/min one every 3 s), and each scope (the platform, a chat, a group) has a row with its next free slot.
 * A send takes the first slot free in every scope that applies (in one transaction with those rows locked:
 * `slot = max(now, next of each scope)`, then each scope's next = slot + its spacing), then sleeps until its slot. No two sends of any process
 * get the same slot, so the platform sees them evenly spaced: never more than the count in any window. A slot taken
 * by a process that dies is simply left unused. Messages to one chat keep their order within a process.
 */
export function createPlatformLimiter(
  store: SlotStore,
  options: RateLimitedSenderOptions & { limits: Record<string, RateLimits | undefined> },
): RateLimitedSender {
  if (!store.shared) return createRateLimitedSender(options);
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const isGroup = options.isGroup ?? ((address: Address) => address.chatId.startsWith('-'));
  const margin = options.marginMs ?? SHARED_MARGIN_MS;
  const chatTail = new Map<string, Promise<unknown>>();
  let waiting = 0;

  async function acquire(address: Address, limit: RateLimits): Promise<void> {
    const { platform, chatId } = address;
    const scopes: { scope: string; spacingMs: number }[] = [];
    if (limit.perChatIntervalMs !== undefined)
      scopes.push({ scope: `${platform}:chat:${chatId}`, spacingMs: limit.perChatIntervalMs + margin });
    // A window's sends are spread over the window and an allowance: they leave at their slots but arrive after
    // request times that differ (a loaded machine, a slow connection), and the platform counts them on arrival.
    if (limit.perGroupPerMinute !== undefined && isGroup(address))
      scopes.push({
        scope: `${platform}:group:${chatId}`,
        spacingMs: ((limit.groupWindowMs ?? 60_000) + WINDOW_ALLOWANCE_MS) / limit.perGroupPerMinute,
      });
    if (limit.overall !== undefined)
      scopes.push({ scope: `${platform}:all`, spacingMs: ((limit.windowMs ?? 1000) + WINDOW_ALLOWANCE_MS) / limit.overall });
    if (scopes.length === 0) return;
    for (;;) {
      const slot = await store.takeSlot(scopes, now());
      const wait = slot - now();
      if (wait > 0) await sleep(wait);
      // Woken later than the allowance (a busy event loop, a start-up): sending now would land with the sends of
      // later slots and break the window, so the slot is left unused and a new one taken.
      if (now() - slot <= WINDOW_ALLOWANCE_MS) return;
    }
  }

  return {
    pending: () => waiting,
    send<T>(address: Address, send: (again: () => Promise<void>) => Promise<T>): Promise<T> {
      const limit = options.limits[address.platform];
      if (!limit) return send(async () => undefined);
      const key = `${address.platform}:${address.chatId}`;
      waiting++;
      const result = (chatTail.get(key) ?? Promise.resolve())
        .catch(() => undefined)
        .then(() => acquire(address, limit))
        .then(() => send(() => acquire(address, limit)))
        .finally(() => {
          waiting--;
          if (chatTail.get(key) === settled) chatTail.delete(key);
        });
      const settled = result.catch(() => undefined);
      chatTail.set(key, settled);
      return result;
    },
  };
}
