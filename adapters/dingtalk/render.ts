import { createHash, randomBytes } from 'node:crypto';
import type { Button, Reply } from '../../bot';
import { splitText } from '../split';

/**
 * 钉钉 does not publish one hard limit for a robot's text; 3800 characters stays under every limit we found
 * (sessionWebhook and robot text, card Markdown fields) even when every character is 3 UTF-8 bytes.
 */
export const DINGTALK_TEXT_LIMIT = 3800;
/** A card button's id carries the core's button data and comes back in the callback's `actionIds`. */
export const BUTTON_ID_LIMIT = 64;

export type ChatKind = 'private' | 'group';

/** One message to send: plain text, or a card (Markdown and buttons) for the last part of a reply with buttons. */
export type DingtalkPart = { kind: 'text'; text: string } | { kind: 'card'; markdown: string; buttons: CardButton[] };

/** A button of the general Markdown card: `request: true` makes a press a callback on the stream. */
export interface CardButton {
  text: string;
  id: string;
  color: 'blue' | 'gray';
  request: true;
}

/** Markdown characters escaped so that a question's `*`, `#` or `1.` shows as typed; lines kept as lines. */
export function toCardMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!>|~])/g, '\\$1').replace(/\n/g, '  \n');
}

export function cardButtons(buttons: Button[][] | undefined, onDropped?: (button: Button) => void): CardButton[] {
  const out: CardButton[] = [];
  for (const row of buttons ?? []) {
    for (const button of row) {
      if (button.data === '' || Buffer.byteLength(button.data, 'utf8') > BUTTON_ID_LIMIT) {
        onDropped?.(button);
        continue;
      }
      out.push({ text: button.label.slice(0, 30) || '…', id: button.data, color: out.length === 0 ? 'blue' : 'gray', request: true });
    }
  }
  return out;
}

/**
 * A reply as 钉钉 messages: plain text split at {@link DINGTALK_TEXT_LIMIT} on line boundaries; with buttons, the
 * last part becomes a card whose buttons call back on the stream.
 */
export function renderReply(reply: Reply, onDropped?: (button: Button) => void): DingtalkPart[] {
  const text = reply.text.trim() === '' ? (reply.attachment ? '' : '（空）') : reply.text;
  const parts: DingtalkPart[] = text === '' ? [] : splitText(text, DINGTALK_TEXT_LIMIT).map((t) => ({ kind: 'text', text: t }));
  const buttons = cardButtons(reply.buttons, onDropped);
  if (buttons.length > 0) {
    const last = parts.pop();
    parts.push({ kind: 'card', markdown: toCardMarkdown(last?.kind === 'text' ? last.text : '请选择：'), buttons });
  }
  return parts;
}

/**
 * The replies to one message as fewer 钉钉 messages: a run of text-only replies joins the reply that follows it
 * (its buttons and attachment end the run), separated by a blank line. A quiz answer's feedback and the next
 * question then arrive as one card — half the messages under 钉钉's 20 a minute per group, and one call, not two.
 */
export function mergeReplies(replies: Reply[]): Reply[] {
  const merged: Reply[] = [];
  let pending: string[] = [];
  for (const reply of replies) {
    if (!reply.buttons?.length && !reply.attachment) {
      pending.push(reply.text);
      continue;
    }
    merged.push({ ...reply, text: [...pending, reply.text].filter((t) => t.trim() !== '').join('\n\n') });
    pending = [];
  }
  if (pending.length > 0) merged.push({ text: pending.join('\n\n') });
  return merged;
}

/**
 * A card's outTrackId names the chat it was delivered to, so that a press is answered in that chat even after a
 * restart (the callback itself names only the presser): `dw.<g|p>.<chat id, base64url>.<suffix>`. The suffix is
 * derived from the push's idempotency key when there is one, so that a repeated push reuses the card's id.
 */
export function cardTrackId(kind: ChatKind, chatId: string, idempotencyKey?: string): string {
  const suffix = idempotencyKey
    ? createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, 16)
    : randomBytes(12).toString('base64url');
  return `dw.${kind === 'group' ? 'g' : 'p'}.${Buffer.from(chatId).toString('base64url')}.${suffix}`;
}

export function chatOfTrackId(outTrackId: string): { kind: ChatKind; chatId: string } | undefined {
  const match = /^dw\.([gp])\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+$/.exec(outTrackId);
  if (!match) return undefined;
  return { kind: match[1] === 'g' ? 'group' : 'private', chatId: Buffer.from(match[2]!, 'base64url').toString('utf8') };
}
