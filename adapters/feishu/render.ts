import type { Button, Reply } from '../../bot';
import { splitText } from '../split';

/**
 * 飞书 limits a text message's request body to 150 KB and a card's to 30 KB. Text is counted in UTF-16 units here
 * (a CJK character is 3 bytes in UTF-8, and `content` is JSON inside JSON), so these leave room for escaping.
 */
export const FEISHU_TEXT_LIMIT = 20_000;
export const CARD_TEXT_LIMIT = 6_000;
const BUTTON_LABEL_LIMIT = 40;

/**
 * What a card button carries back in `action.value`: the core's button data, the open_id of the only user who may
 * press it (absent on pushed cards, which anyone in the chat may answer) and its label (to show what was chosen).
 */
export interface ButtonValue {
  d: string;
  o?: string;
  l: string;
}

export type FeishuCard = { config: Record<string, boolean>; elements: Record<string, unknown>[] };

/** One message to send: msg_type and the object that becomes its `content` JSON string. */
export type FeishuMessage = { msgType: 'text'; content: { text: string } } | { msgType: 'interactive'; content: FeishuCard; text: string };

const plain = (content: string) => ({ tag: 'plain_text', content });
const textBlock = (text: string) => ({ tag: 'div', text: plain(text) });

/**
 * A card (message card JSON 1.0): the text as plain_text (nothing in a question is read as markup), one `action`
 * row per button row. `update_multi` makes an update in place show to everyone in a group.
 */
export function buildCard(text: string, buttons: Button[][], owner?: string): FeishuCard {
  const elements: Record<string, unknown>[] = text.trim() === '' ? [] : [textBlock(text)];
  for (const row of buttons) {
    const actions = row
      .filter((b) => b.data !== '')
      .map((b) => {
        const value: ButtonValue = owner ? { d: b.data, o: owner, l: b.label } : { d: b.data, l: b.label };
        return { tag: 'button', text: plain(b.label.slice(0, BUTTON_LABEL_LIMIT) || '…'), type: 'default', value };
      });
    if (actions.length > 0) elements.push({ tag: 'action', actions });
  }
  return { config: { wide_screen_mode: true, update_multi: true }, elements };
}

/** The card after its owner pressed a button: the same text, the buttons replaced by what was chosen. */
export function answeredCard(text: string, label: string): FeishuCard {
  return {
    config: { wide_screen_mode: true, update_multi: true },
    elements: [...(text.trim() === '' ? [] : [textBlock(text)]), { tag: 'note', elements: [plain(`已选择：${label}`)] }],
  };
}

/**
 * A reply as 飞书 messages: plain text split at {@link FEISHU_TEXT_LIMIT} on line boundaries; with buttons, the
 * last part (at most {@link CARD_TEXT_LIMIT}) goes into a card with them. The attachment is sent by the caller.
 * `owner` binds the card's buttons to one user.
 */
export function renderReply(reply: Reply, owner?: string): FeishuMessage[] {
  const text = reply.text.trim() === '' ? '' : reply.text;
  const buttons = reply.buttons?.filter((row) => row.length > 0) ?? [];
  if (buttons.length === 0) {
    if (text === '') return reply.attachment ? [] : [{ msgType: 'text', content: { text: '（空）' } }];
    return splitText(text, FEISHU_TEXT_LIMIT).map((t) => ({ msgType: 'text', content: { text: t } }));
  }
  const parts = text === '' ? ['请选择：'] : splitText(text, CARD_TEXT_LIMIT);
  const last = parts.pop()!;
  return [
    ...parts.map((t): FeishuMessage => ({ msgType: 'text', content: { text: t } })),
    { msgType: 'interactive', content: buildCard(last, buttons, owner), text: last },
  ];
}

/** `im/v1/files` file_type for an attachment: the few types 飞书 previews, `stream` for anything else (.csv, .ics). */
export function fileTypeOf(filename: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
  if (ext === 'pdf' || ext === 'mp4' || ext === 'opus') return ext;
  if (ext === 'doc' || ext === 'docx') return 'doc';
  if (ext === 'xls' || ext === 'xlsx') return 'xls';
  if (ext === 'ppt' || ext === 'pptx') return 'ppt';
  return 'stream';
}

/**
 * The text of a received message: `text` content, or the text runs of a `post` (rich text). Mentions arrive as
 * `@_user_N` keys: the bot's own is removed, others become `@名字`.
 */
export function messageText(messageType: string, content: string, mentions: { key: string; name: string; isBot: boolean }[]): string {
  let parsed: any;
  try {
    parsed = JSON.parse(content);
  } catch {
    return '';
  }
  let text = '';
  if (messageType === 'text') text = String(parsed?.text ?? '');
  else if (messageType === 'post') {
    const body = parsed?.content ? parsed : (Object.values(parsed ?? {})[0] as any);
    const paragraphs: any[][] = Array.isArray(body?.content) ? body.content : [];
    text = [
      body?.title,
      ...paragraphs.map((p) =>
        p.map((n: any) => (n.tag === 'text' || n.tag === 'a' ? n.text : n.tag === 'at' ? String(n.user_id ?? '') : '')).join(''),
      ),
    ]
      .filter(Boolean)
      .join('\n');
  }
  for (const m of mentions) text = text.split(m.key).join(m.isBot ? ' ' : `@${m.name}`);
  return text.replace(/[ \t]+/g, ' ').trim();
}
