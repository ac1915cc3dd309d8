/**
 * The one message model every platform is translated to and from.
 * Adapters build an {@link IncomingMessage} from a platform update and render each {@link Reply} back.
 * Ids are the platform's own, as strings; the core scopes them by `platform` (see {@link userKey}).
 */

export type ChatKind = 'private' | 'group';

export interface Sender {
  id: string;
  name?: string;
  /**
   * Whether the platform itself regards the sender as an administrator of this chat
   * (Telegram group admin, Slack channel manager). Asked lazily because it may cost an API call.
   */
  isChatAdmin?: () => Promise<boolean>;
}

export interface ChatRef {
  id: string;
  kind: ChatKind;
  title?: string;
}

export interface IncomingMessage {
  /** Adapter name, e.g. `console`, `telegram`, `slack`. */
  platform: string;
  sender: Sender;
  chat: ChatRef;
  /** What the user typed. Absent for a button press. */
  text?: string;
  /** Data of the button the user pressed (see {@link Button.data}). */
  action?: string;
  /** Photos and files sent with the message (the text is then their caption), as references: never the bytes. */
  attachments?: IncomingFile[];
}

/**
 * A photo or file a user sent, as the platform keeps it: the core stores the reference and shows the name, and never
 * downloads it. `ref` is the platform's own handle (Telegram's file_id, a path for the console).
 */
export interface IncomingFile {
  kind: 'photo' | 'file';
  /** The file's name as sent; a photo without one is named by the adapter (photo-123.jpg). */
  name: string;
  ref: string;
  /** Bytes, when the platform says. */
  size?: number;
}

/** A button: `data` travels back as {@link IncomingMessage.action}; keep it ≤ 64 bytes (Telegram's limit). */
export interface Button {
  label: string;
  data: string;
}

export interface Attachment {
  filename: string;
  mimeType: string;
  content: Buffer;
}

export interface Reply {
  text: string;
  /** Rows of buttons. Platforms without buttons render them as numbered choices. */
  buttons?: Button[][];
  attachment?: Attachment;
}

/** Where a pushed message goes: a chat on a platform. */
export interface Address {
  platform: string;
  chatId: string;
}

/** Sends replies that nobody asked for right now: reminders, the daily quiz. One per platform. */
export interface Messenger {
  send(chatId: string, reply: Reply, options?: SendOptions): Promise<void>;
}

export interface SendOptions {
  /** Stable per scheduled occurrence and message: a receiver that honours it drops a repeat after a crash. */
  idempotencyKey?: string;
}

export const userKey = (platform: string, userId: string) => `${platform}:${userId}`;
export const chatKey = (platform: string, chatId: string) => `${platform}:${chatId}`;

export function addressOf(message: IncomingMessage): Address {
  return { platform: message.platform, chatId: message.chat.id };
}

export function text(value: string, buttons?: Button[][]): Reply {
  return buttons ? { text: value, buttons } : { text: value };
}

/** A forwarding mark before forwarded text (转发：民情工单 …, 转发自王书记：, 【转发】, Fwd:): what follows is still the sender's. */
export const FORWARDED = /^(?:[【[]\s*转发\s*[】\]]|转发(?:自[^\s:：]{0,12})?[:：]|(?:fwd?|fw)\s*[:：])\s*/i;
