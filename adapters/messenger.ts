import type { Address, App, IncomingMessage, Logger, Messenger, MessengerStore, Reply, SendOptions, TurnMemory } from '../bot';
import { DangwuError } from '../bot';
import { createDelivery } from './deliver';
import { createPlatformLimiter, type RateLimitedSender, type RateLimits } from './rate-limit';

/**
 * What every messenger adapter needs beside its platform's translation, written once:
 *
 * - **Per-chat order, once, on any process.** `receive(chatId, eventId, work)` queues an event behind the chat's
 *   earlier ones in this process; in its turn it claims the chat across processes (on PostgreSQL, where several
 *   processes share the chats, a lease row freed at the turn's end or when its process dies; nothing on SQLite,
 *   which one process serves) and records the event id in the database, in one round trip: an id already there (the
 *   platform redelivered it, to this process or another) is dropped. So a chat's events are handled one at a time
 *   and in order whichever connection or process each reaches. The id is recorded before the work: an event is
 *   handled at most once, never twice (a crash mid-work loses that one answer rather than sending it twice).
 * - **Memory limits.** At most `maxQueuedPerChat` events wait per chat and `maxQueued` in all; beyond that an
 *   event is dropped with a warning (a flood must not grow the process without bound).
 * - **State between events** (`remember`/`recall`/`forget`): kept in the database with a lifetime, so whatever a
 *   later event needs (a card's typed answers, a card's text) is there on every process. Inside a turn the work's
 *   own `memory` batches it: written with the turn's end, in the same round trip and transaction.
 * - **Replies and pushes** through {@link createDelivery}, pushes within the platform's limits kept by all processes
 *   together ({@link createPlatformLimiter}).
 * - **Retries** (`retry`) of calls the platform asks to repeat, and **start-up** (`start`) within a time limit,
 *   any failure turned into the Chinese {@link DangwuError} the adapter's `startError` gives.
 *
 * @example
 * const base = createMessengerAdapter({ app, log, platform: 'feishu', sendReply, limits: feishuLimits });
 * onEvent((raw) => base.receive(raw.chatId, raw.eventId, () => base.answer(toIncoming(raw))));
 * await base.start(() => connect(), (error) => startError(error));
 */
export interface MessengerAdapterOptions {
  app: App;
  log: Logger;
  platform: string;
  /** Sends one reply to a chat (text split to the platform's limit, buttons, attachment). */
  sendReply(chatId: string, reply: Reply, options?: SendOptions): Promise<void>;
  /** The platform's send limits for pushes (kept across processes on PostgreSQL); none: the adapter paces itself. */
  limits?: RateLimits;
  isGroup?(chatId: string): boolean;
  /** The core's RecipientUnavailableError for a platform error meaning "this chat is gone"; undefined otherwise. */
  unavailable?(error: unknown, chatId: string): Error | undefined;
  /** How an answer's replies are grouped into messages before sending (e.g. joinReplies). */
  arrange?(replies: Reply[]): Reply[];
  /** Events waiting per chat in this process (default 100) and in all (default 10,000). */
  maxQueuedPerChat?: number;
  maxQueued?: number;
  /**
   * How long an event waits after arriving for earlier events of its chat to enter the queue in other processes
   * (default 30 ms). A platform that posts a chat's events over parallel connections, each to any process (Telegram's
   * webhook behind a load balancer), needs longer: an event posted 0.1 s before another but reaching a process busy
   * for a moment entered after it on a loaded machine and was answered second. With `gapMs` it is not used.
   */
  settleMs?: number;
  /**
   * The places given to `receive` number every event of the platform, across all chats, without gaps (Telegram's
   * update_id: "identifiers … increase sequentially"). Then no event waits a fixed time: its turn waits while a
   * lower place is missing (it may be an earlier event of its chat, still on its way into another process), and a
   * missing place is given up once the next place above it has been seen for this many ms (Telegram skips an id now
   * and then). So an event with every lower place seen goes at once, and an earlier event may enter up to this long
   * after a later one and still go first. Events the adapter ignores must be passed (`pass`), or they count as gaps.
   */
  gapMs?: number;
}

/**
 * An event's work, run in its chat's turn. `memory`: the adapter's memory for this turn; what it remembers is
 * written with the turn's end (one round trip with the rest), and the chat's next event finds it in any process.
 */
export type Work = (memory: TurnMemory) => Promise<void>;

export interface QueueOptions {
  /** A remembered value to read as the event enters the queue (what its acknowledgement needs), settled by `queue`. */
  recall?: string;
  /** Remembered values the work will recall, read with the claim of the chat's turn instead of one by one. */
  prefetch?: string[];
}

export interface AnswerOptions {
  /** Where the replies go (default the message's chat). */
  chatId?: string;
  /** Sends one reply of this answer (default the adapter's `sendReply`): for replies bound to the event. */
  sendReply?(chatId: string, reply: Reply): Promise<void>;
}

export interface MessengerAdapter {
  readonly platform: string;
  /**
   * Queues an event of a chat: handled in order, once, under the chat's lock (see above). Settles when it was
   * handled or dropped (an adapter that must answer the platform after the work, such as a webhook, awaits it);
   * never rejects. `place` is the platform's order of the chat's events (飞书's create_time, Telegram's update_id):
   * with it, events that reached different processes are handled in that order, not in the order the processes
   * happened to take the chat's lock.
   */
  receive(chatId: string, eventId: string | undefined, work: Work, place?: number): Promise<void>;
  /**
   * With `gapMs`: a place no chat's queue takes (an update the adapter ignores), recorded as seen so that later
   * events do not wait for it. Never rejects (a record that failed costs a later event the bound, no more).
   */
  pass(place: number): Promise<void>;
  /**
   * `receive`, settling as soon as the event is in the chat's queue across processes (the work goes on): for a
   * platform that hands out the next event once this one is acknowledged (飞书's long connection), acknowledging
   * then means an event sent after it can never be handled before it, however slow the machine. Settles with the
   * value remembered under `options.recall` (read in the same round trip as the queue entry).
   */
  queue<T = unknown>(
    chatId: string,
    eventId: string | undefined,
    work: Work,
    place?: number,
    options?: QueueOptions,
  ): Promise<T | undefined>;
  /** Handles one message and sends its replies in order; never throws. */
  answer(message: IncomingMessage, options?: AnswerOptions): Promise<void>;
  /** The replies, unsent (surfaces that show text elsewhere). */
  replies(message: IncomingMessage): Promise<Reply[]>;
  /** Pushes (within the limits); `start` registers it, an adapter with a start-up of its own may register it itself. */
  readonly messenger: Messenger;
  /** The platform's limits for any send of the adapter's own (kept across processes on PostgreSQL). */
  limiter(limits: RateLimits): RateLimitedSender;
  remember(key: string, value: unknown, ttlMs: number): Promise<void>;
  recall<T>(key: string): Promise<T | undefined>;
  forget(key: string): Promise<void>;
  /** Runs `run`, repeating it after `delayMs(error, attempt)` ms while that is defined, at most `maxRetries` times. */
  retry<T>(run: () => Promise<T>, delayMs: (error: unknown, attempt: number) => number | undefined, maxRetries: number): Promise<T>;
  /** Runs the platform's start-up within `timeoutMs`; any failure becomes `startError(error)`. Registers pushes. */
  start(connect: () => Promise<void>, startError: (error: unknown) => DangwuError, timeoutMs?: number): Promise<void>;
  /** Waits for the queued events to finish (after the connection closed). */
  drain(): Promise<void>;
}

export function createMessengerAdapter(options: MessengerAdapterOptions): MessengerAdapter {
  const { app, log, platform } = options;
  const store: MessengerStore = app.messengerStore;
  const maxPerChat = options.maxQueuedPerChat ?? 100;
  const maxQueued = options.maxQueued ?? 10_000;
  const settleMs = options.settleMs ?? SETTLE_MS;
  const gapMs = options.gapMs;
  const isGroup = options.isGroup;
  const limiter = (limits: RateLimits) =>
    createPlatformLimiter(store, {
      limits: { [platform]: limits },
      isGroup: isGroup ? (address: Address) => isGroup(address.chatId) : undefined,
    });
  const delivery = createDelivery({
    app,
    log,
    platform,
    sendReply: options.sendReply,
    limiter: options.limits ? limiter(options.limits) : undefined,
    unavailable: options.unavailable,
    arrange: options.arrange,
  });

  const tails = new Map<string, { tail: Promise<void>; waiting: number }>();
  const gaps = gapWatch(() => (gapMs === undefined ? Promise.resolve(undefined) : store.lowestGap(platform, gapMs)));
  let queued = 0;

  function pass(place: number): Promise<void> {
    return store.shared && gapMs !== undefined ? store.pass(platform, place).catch(noop) : Promise.resolve();
  }

  function receive(chatId: string, eventId: string | undefined, work: Work, place?: number): Promise<void> {
    return line(chatId, eventId, work, place).handled;
  }

  function line(chatId: string, eventId: string | undefined, work: Work, place?: number, options: QueueOptions = {}) {
    let chat = tails.get(chatId);
    if (queued >= maxQueued || (chat && chat.waiting >= maxPerChat)) {
      log.warn({ chatId, eventId, queued }, `${platform}: too many events waiting, this one is dropped`);
      // Its place seen all the same: else the events after it would wait the gap bound for it.
      const seen = place === undefined ? Promise.resolve() : pass(place);
      return { entered: seen.then(() => undefined), handled: seen };
    }
    if (!chat) tails.set(chatId, (chat = { tail: Promise.resolve(), waiting: 0 }));
    const entry = chat;
    entry.waiting++;
    queued++;
    // In the chat's queue across processes from the moment it arrived, so that a later event elsewhere waits for it.
    const inLine = store.shared && place !== undefined && eventId !== undefined;
    const arrived = Date.now();
    const recall = options.recall;
    const entered: Promise<unknown> = inLine
      ? store.enter(platform, chatId, eventId, place, recall, gapMs !== undefined)
      : recall !== undefined
        ? store.recall(platform, recall)
        : Promise.resolve(undefined);
    const turn = async () => {
      if (inLine) {
        await entered;
        // An event sent just before this one may still be on its way into another process: give it a moment to enter
        // (with gapless places the claim itself waits, for a missing place only).
        if (gapMs === undefined) await sleep(arrived + settleMs - Date.now());
      }
      const deadline = Date.now() + WAIT_FOR_EARLIER_MS;
      let ended = false;
      let tries = 0;
      try {
        for (;;) {
          // The chat's lease, the check that no earlier event of the chat waits in another process (unless it never
          // comes), the redelivery record and the work's memory: one round trip.
          const late = inLine && Date.now() >= deadline;
          const claimed = await store.claim(platform, chatId, eventId, {
            place: inLine ? place : undefined,
            force: late,
            prefetch: options.prefetch,
            gapMs,
          });
          if (claimed === 'gap') {
            // A lower place is missing: wait with the process's other events held by gaps, one query for them all.
            await gaps.clear(place!);
            continue;
          }
          if (claimed === 'wait') {
            // Each try is a statement: a chat held for long (an answer waiting for the model) is asked less often.
            await sleep(Math.min(WAIT_FIRST_MS * 1.5 ** tries++, WAIT_MOST_MS));
            continue;
          }
          if (late) log.warn({ chatId, eventId }, `${platform}: an earlier event of this chat never came; this one goes first`);
          try {
            if (claimed.first) await work(claimed);
          } finally {
            // The memory written, out of the chat's queue and the lease freed, in one round trip: the chat's next
            // event, in any process, then finds all of it. Tried twice: a lease left held blocks the chat.
            await claimed.end().catch(() => sleep(100).then(() => claimed.end()));
            ended = true;
          }
          return;
        }
      } finally {
        if (inLine && !ended) await store.leave(platform, chatId, eventId);
      }
    };
    const next = entry.tail
      .then(turn)
      .catch((error) => log.error({ err: error, chatId }, `${platform}: event failed`))
      .finally(() => {
        entry.waiting--;
        queued--;
        if (entry.waiting === 0 && tails.get(chatId) === entry) tails.delete(chatId);
      });
    entry.tail = next;
    return { entered: entered.catch(noop), handled: next };
  }

  return {
    platform,
    receive,
    pass,
    queue: <T>(chatId: string, eventId: string | undefined, work: Work, place?: number, options?: QueueOptions) =>
      line(chatId, eventId, work, place, options).entered as Promise<T | undefined>,
    answer(message, answerOptions = {}) {
      const chatId = answerOptions.chatId ?? message.chat.id;
      if (!answerOptions.sendReply) return delivery.answer(message, chatId);
      // A delivery of its own for this answer: its replies go out through the event's own sender.
      return createDelivery({ app, log, platform, sendReply: answerOptions.sendReply, arrange: options.arrange }).answer(message, chatId);
    },
    replies: (message) => delivery.replies(message),
    messenger: delivery.messenger,
    limiter,
    remember: (key, value, ttlMs) => store.remember(platform, key, value, ttlMs),
    recall: (key) => store.recall(platform, key),
    forget: (key) => store.forget(platform, key),
    async retry(run, delayMs, maxRetries) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await run();
        } catch (error) {
          const wait = delayMs(error, attempt);
          if (wait === undefined || attempt >= maxRetries) throw error;
          log.warn({ attempt: attempt + 1, waitMs: wait }, `${platform}: rate limited or unavailable, retrying`);
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
      }
    },
    async start(connect, startError, timeoutMs) {
      try {
        await (timeoutMs === undefined ? connect() : withTimeout(connect(), timeoutMs));
      } catch (error) {
        throw error instanceof DangwuError ? error : startError(error);
      }
      app.registerMessenger(platform, delivery.messenger);
    },
    async drain() {
      await Promise.allSettled([...tails.values()].map((chat) => chat.tail));
    },
  };
}

/**
 * The events of a process whose turn a missing lower place holds back (see `gapMs`): `clear(place)` settles once the
 * lowest place held back (`lowest`, asked every GAP_POLL_MS while anyone waits) is above `place`, or none is, or the
 * question failed (the claim asks again).
 */
function gapWatch(lowest: () => Promise<number | undefined>) {
  const waiting = new Set<{ place: number; go: () => void }>();
  let polling = false;
  async function poll() {
    polling = true;
    try {
      while (waiting.size > 0) {
        await sleep(GAP_POLL_MS);
        const held = await lowest().catch(() => undefined);
        for (const waiter of waiting)
          if (held === undefined || waiter.place < held) {
            waiting.delete(waiter);
            waiter.go();
          }
      }
    } finally {
      polling = false;
    }
  }
  return {
    clear(place: number): Promise<void> {
      return new Promise<void>((go) => {
        waiting.add({ place, go });
        if (!polling) void poll();
      });
    },
  };
}

/** How often a process asks for the lowest place held back while its events wait on gaps. */
const GAP_POLL_MS = 50;

/** How long an event waits after arriving for earlier events of its chat to reach the other processes. */
const SETTLE_MS = 30;
/**
 * How long a missing place of a gapless sequence (Telegram's update_id in webhook mode) is waited for after the next
 * place above it was seen (see `gapMs`). As a fixed wait, 200 ms, 500 ms and 1 s each failed in turn on a loaded
 * machine (a chat's updates posted 0.1 s apart to three processes, the first entering the queue more than 1 s after
 * the next; issue 20). Waited only while a place is missing, it can be long: an update with every lower update_id
 * seen waits for nothing, and an id that never comes (Telegram skipped it) holds the updates after it this long once.
 * 3 s misordered one chat in 2 runs of the three-process test with the machine at load 18 (a chat's first updates,
 * posted as the processes were still cold, and with every waiting update then claiming every 100 ms).
 */
export const SEQUENCE_GAP_MS = 5000;
/**
 * A turn not free yet is tried again after 20 ms, then half as long again each time, at most every 100 ms: each try
 * is a statement, and in a burst a hundred chats' waiting events trying every 20 ms would take the pool connections
 * that events just arriving need to enter the queue.
 */
const WAIT_FIRST_MS = 20;
const WAIT_MOST_MS = 100;
/**
 * How long an event waits for an earlier one held by another process before going ahead: as long as the queue
 * keeps an entry (a process that died leaves its entries, which count for a minute). 10 s was not enough: under a
 * load of 20 on two cores the 3,000-event test saw an earlier message still waiting its turn after 10 s, and the
 * later one went first.
 */
const WAIT_FOR_EARLIER_MS = 60_000;

const noop = () => undefined;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** `work`, or an ETIMEDOUT error after `ms` (the error start-up mapping reads as "unreachable"). */
export function withTimeout<T>(work: Promise<T>, ms: number, label = 'timeout'): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(label), { code: 'ETIMEDOUT' })), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
