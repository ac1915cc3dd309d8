import type { Button, Reply } from '../../bot';
import { splitText } from '../split';

/** Telegram's limits: text of one message, and `callback_data` of a button (bytes). */
export const TELEGRAM_TEXT_LIMIT = 4096;
export const CALLBACK_DATA_LIMIT = 64;

/** One message to send: text, and the inline keyboard on the last part of a split reply. */
export interface TelegramMessagePart {
  text: string;
  inlineKeyboard?: { text: string; callback_data: string }[][];
}

export const byteLength = (value: string) => Buffer.byteLength(value, 'utf8');

/** Buttons whose data Telegram would reject (> 64 bytes) are left out rather than failing the whole message. */
export function inlineKeyboard(buttons: Button[][] | undefined, onDropped?: (button: Button) => void) {
  if (!buttons) return undefined;
  const rows = buttons
    .map((row) =>
      row.filter((button) => {
        const ok = button.data !== '' && byteLength(button.data) <= CALLBACK_DATA_LIMIT;
        if (!ok) onDropped?.(button);
        return ok;
      }),
    )
    .filter((row) => row.length > 0)
    .map((row) => row.map((button) => ({ text: button.label.slice(0, 200), callback_data: button.data })));
  return rows.length > 0 ? rows : undefined;
}

/**
 * A reply as Telegram messages: plain text (no parse_mode, so nothing needs escaping), split at 4096 characters
 * on line boundaries, with the inline keyboard attached to the last part.
 */
export function renderReply(reply: Reply, onDropped?: (button: Button) => void): TelegramMessagePart[] {
  const text = reply.text.trim() === '' ? (reply.attachment ? '' : '（空）') : reply.text;
  const parts: TelegramMessagePart[] = text === '' ? [] : splitText(text, TELEGRAM_TEXT_LIMIT).map((t) => ({ text: t }));
  const keyboard = inlineKeyboard(reply.buttons, onDropped);
  if (keyboard) {
    if (parts.length === 0) parts.push({ text: '请选择：' });
    parts[parts.length - 1]!.inlineKeyboard = keyboard;
  }
  return parts;
}
