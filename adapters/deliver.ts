import type { Address, App, IncomingMessage, Logger, Messenger, Reply, SendOptions } from '../bot';
import { createPlatformLimiter, type RateLimitedSender, type RateLimits } from './rate-limit';

/**
 * What every adapter does with the core's replies, written once: answer an incoming message (handle it, send each
 * reply in order, stop at the first reply that cannot be delivered) and push messages nobody asked for (through
 * the platform's rate limits, turning "this recipient is gone for good" into the core's error). An adapter
 * supplies only how one reply goes out on its platform.
 *
 * @example
 * const delivery = createDelivery({ app, log, platform: 'feishu', sendReply: (chatId, reply) => postCard(chatId, reply),
 *   limits: { perChatIntervalMs: 200 }, unavailable: (error) => mapFeishuError(error, chatId) });
 * app.registerMessenger('feishu', delivery.messenger);
 * on('message', (raw) => delivery.answer(toIncoming(raw)));
 */
export interface DeliveryOptions {
  app: App;
  log: Logger;
  platform: string;
  /** Sends one reply (its text split to the platform's limit, its buttons, its attachment) to a chat. */
  sendReply(chatId: string, reply: Reply, options?: SendOptions): Promise<void>;
  /**
   * The platform's send limits for pushes; none when absent (the adapter's own client may pace itself). Kept by all
   * processes together on PostgreSQL (app.messengerStore), by this one on SQLite.
   */
  limits?: RateLimits;
  /** A limiter made already (createMessengerAdapter's), instead of `limits`. */
  limiter?: RateLimitedSender;
  /** Whether a chat id is a group (group limits apply). */
  isGroup?(chatId: string): boolean;
  /**
   * The core's RecipientUnavailableError for a platform error that means the user blocked the bot or the bot left
   * the chat, so pushes there pause; undefined for any other error (it is rethrown as it is and retried).
   */
  unavailable?(error: unknown, chatId: string): Error | undefined;
  /** How the replies to one message are grouped into messages before sending (e.g. joinReplies); default as they are. */
  arrange?(replies: Reply[]): Reply[];
}

export interface Delivery {
  /** Handles one message and sends the replies to `chatId` (default: the message's chat). Never throws. */
  answer(message: IncomingMessage, chatId?: string): Promise<void>;
  /** The replies, without sending them (for surfaces that show text elsewhere, such as Slack's App Home). */
  replies(message: IncomingMessage): Promise<Reply[]>;
  /** Register with `app.registerMessenger(platform, delivery.messenger)`. */
  messenger: Messenger;
}

export function createDelivery(options: DeliveryOptions): Delivery {
  const { app, log, platform } = options;
  const limiter =
    options.limiter ??
    (options.limits
      ? createPlatformLimiter(app.messengerStore, {
          limits: { [platform]: options.limits },
          isGroup: options.isGroup ? (address: Address) => options.isGroup!(address.chatId) : undefined,
        })
      : undefined);

  return {
    async answer(message, chatId = message.chat.id) {
      let replies: Reply[];
      try {
        replies = await app.handle(message);
      } catch (error) {
        // app.handle promises never to throw; should it ever, the user still must not be left without a word.
        log.error({ err: error }, `${platform}: handling failed`);
        replies = [{ text: '抱歉，处理这条消息时出错了，请稍后再试。' }];
      }
      if (options.arrange) replies = options.arrange(replies);
      for (const reply of replies) {
        try {
          await options.sendReply(chatId, reply);
        } catch (error) {
          log.warn({ err: error, chatId }, `${platform}: reply not delivered`);
          return;
        }
      }
    },
    replies: (message) => app.handle(message),
    messenger: {
      async send(chatId, reply, sendOptions) {
        const send = () => options.sendReply(chatId, reply, sendOptions);
        try {
          await (limiter ? limiter.send({ platform, chatId }, send) : send());
        } catch (error) {
          throw options.unavailable?.(error, chatId) ?? error;
        }
      },
    },
  };
}
