import type { TemplateCard } from '@wecom/aibot-node-sdk';
import type { Button, Reply } from '../../bot';
import { splitText } from '../split';

/**
 * 企业微信 智能机器人 limits: stream and markdown content at most 20480 bytes of UTF-8 (a UTF-16 unit is at most
 * 3 bytes, so 6800 units always fit); a button card holds at most 6 buttons whose keys are distinct and at most
 * 1024 bytes; the card's title is best within 26 characters and its text within 112.
 */
export const CONTENT_BYTES = 20480;
export const TEXT_UNITS = Math.floor(CONTENT_BYTES / 3) - 26;
export const BUTTONS_PER_CARD = 6;
const TITLE_CHARS = 26;
const SUBTITLE_CHARS = 112;
const KEY_BYTES = 1024;

/** One message of a rendered reply: plain text (sent as stream or markdown), or a button card. */
export type WecomPart = { kind: 'text'; content: string } | { kind: 'card'; card: TemplateCard };

/** The core's button data from a pressed key: keys repeated within a card carry a `#n` suffix. */
export const dataOfKey = (key: string) => key.replace(/#\d+$/, '');

/**
 * A reply as 企业微信 messages. Buttons become `button_interaction` cards (six buttons per card), each with its
 * own task id; a short text becomes the card's title and text, a longer one goes first as text (split at the
 * content limit on line boundaries) and the card follows with a short prompt.
 */
export function renderReply(reply: Reply, newTaskId: () => string): WecomPart[] {
  const buttons = (reply.buttons ?? []).flat().filter((b) => b.data !== '' && Buffer.byteLength(b.data) <= KEY_BYTES - 8);
  const text = reply.text.trim() === '' ? '' : reply.text;
  const parts: WecomPart[] = [];
  if (buttons.length === 0) {
    if (text === '') return reply.attachment ? [] : [{ kind: 'text', content: '（空）' }];
    return splitText(text, TEXT_UNITS).map((content) => ({ kind: 'text', content }));
  }
  const fitted = text === '' ? undefined : cardText(text);
  if (text !== '' && !fitted) parts.push(...splitText(text, TEXT_UNITS).map((content) => ({ kind: 'text' as const, content })));
  for (let start = 0; start < buttons.length; start += BUTTONS_PER_CARD) {
    const heading = start > 0 ? { title: '更多选项：' } : (fitted ?? { title: '请选择：' });
    parts.push({ kind: 'card', card: buttonCard(heading, buttons.slice(start, start + BUTTONS_PER_CARD), newTaskId()) });
  }
  return parts;
}

/** Title and text of a card when the reply's text fits one: a first line of ≤ 26 characters, ≤ 112 after it. */
function cardText(text: string): { title: string; subtitle?: string } | undefined {
  const [first = '', ...rest] = text.trim().split('\n');
  const subtitle = rest.join('\n').trim();
  if ([...first].length > TITLE_CHARS || [...subtitle].length > SUBTITLE_CHARS) return undefined;
  return subtitle ? { title: first, subtitle } : { title: first };
}

function buttonCard(heading: { title: string; subtitle?: string }, buttons: Button[], taskId: string): TemplateCard {
  const used = new Set<string>();
  return {
    card_type: 'button_interaction',
    main_title: { title: heading.title },
    ...(heading.subtitle ? { sub_title_text: heading.subtitle } : {}),
    button_list: buttons.map((button) => {
      let key = button.data;
      for (let n = 2; used.has(key); n++) key = `${button.data}#${n}`;
      used.add(key);
      return { text: button.label.slice(0, 20) || '…', style: 1, key };
    }),
    task_id: taskId,
  };
}

/** The card as the presser sees it after a press: the same buttons, noting which one was received. */
export function pressedCard(card: TemplateCard, key: string): TemplateCard {
  const label = card.button_list?.find((b) => b.key === key)?.text ?? dataOfKey(key);
  return { ...card, sub_title_text: [card.sub_title_text, `已收到：${label}`].filter(Boolean).join('\n') };
}
