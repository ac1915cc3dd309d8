/**
 * A small error vocabulary with stable codes. `message` is already user-facing Chinese,
 * so an adapter or the CLI can show it as it is; `code` is for logs and tests.
 */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'DB_UNAVAILABLE'
  | 'MIGRATION_FAILED'
  | 'BAD_INPUT'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'STALE_ACTION'
  | 'IMPORT_INVALID'
  | 'UPSTREAM_FAILED'
  | 'RECIPIENT_UNAVAILABLE';

export class DangwuError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DangwuError';
  }
}

export const isDangwuError = (error: unknown): error is DangwuError => error instanceof DangwuError;

/** Why a platform refused to deliver a pushed message to a chat. */
export type UnavailableReason = 'blocked' | 'kicked' | 'chat-not-found' | 'deactivated';

/**
 * Thrown by a {@link import('./message').Messenger} when the platform says the recipient cannot receive messages
 * any more (Telegram 403 "bot was blocked by the user", kicked from the group, chat not found; Slack
 * `channel_not_found`, `is_archived`…). Retrying will not help: features pause what they push to that chat
 * (see `Feature.onRecipientUnavailable`), and the scheduler does not retry the job.
 */
export class RecipientUnavailableError extends DangwuError {
  constructor(
    readonly platform: string,
    readonly chatId: string,
    readonly reason: UnavailableReason,
    readonly description?: string,
  ) {
    super(
      'RECIPIENT_UNAVAILABLE',
      `无法把消息发送到这个聊天（${reason}），已暂停对它的推送。对方重新开始对话（发送 /start）后可再次订阅。`,
      { platform, chatId, description },
    );
    this.name = 'RecipientUnavailableError';
  }
}

export const isRecipientUnavailable = (error: unknown): error is RecipientUnavailableError => error instanceof RecipientUnavailableError;
