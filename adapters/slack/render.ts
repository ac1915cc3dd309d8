import type { Reply } from '../../bot';
import { splitText } from '../split';

/** Slack's limits: text of a section block, blocks per message, buttons per actions block. */
export const SECTION_TEXT_LIMIT = 3000;
export const BLOCKS_PER_MESSAGE = 50;
const BUTTONS_PER_ACTIONS = 25;

/** Action ids of the adapter's own controls (App Home, modal); every other action id carries core button data. */
export const OWN_ACTION_PREFIX = 'dangwu_';

export type SlackBlock = Record<string, unknown>;

export interface SlackMessage {
  /** Notification and fallback text, mrkdwn-escaped. */
  text: string;
  blocks: SlackBlock[];
}

/** Slack requires `&`, `<` and `>` escaped in any text it formats (`<@U123>` would otherwise mention someone). */
export const escapeMrkdwn = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text of a section: plain_text, so that *, _ and ~ in a question are shown as typed. */
const section = (text: string): SlackBlock => ({ type: 'section', text: { type: 'plain_text', text, emoji: false } });

/** Buttons become `actions` blocks; each button's action_id and value carry the core's button data. */
export function actionBlocks(buttons: Reply['buttons']): SlackBlock[] {
  const used = new Set<string>();
  const blocks: SlackBlock[] = [];
  for (const row of buttons ?? []) {
    for (let start = 0; start < row.length; start += BUTTONS_PER_ACTIONS) {
      const elements = row.slice(start, start + BUTTONS_PER_ACTIONS).map((button) => {
        let actionId = button.data.slice(0, 240);
        for (let n = 2; used.has(actionId); n++) actionId = `${button.data.slice(0, 240)}#${n}`;
        used.add(actionId);
        return {
          type: 'button',
          text: { type: 'plain_text', text: button.label.slice(0, 75) || '…', emoji: false },
          action_id: actionId,
          value: button.data,
        };
      });
      if (elements.length > 0) blocks.push({ type: 'actions', elements });
    }
  }
  return blocks;
}

/** A reply as one or more Slack messages (a very long text needs more than 50 blocks); buttons go on the last. */
export function renderReply(reply: Reply): SlackMessage[] {
  const sections = reply.text.trim() === '' ? [] : splitText(reply.text, SECTION_TEXT_LIMIT).map(section);
  const actions = actionBlocks(reply.buttons);
  const room = BLOCKS_PER_MESSAGE - actions.length;
  const messages: SlackMessage[] = [];
  for (let i = 0; i < sections.length; i += room) {
    const chunk = sections.slice(i, i + room);
    messages.push({ text: fallbackOf(chunk), blocks: chunk });
  }
  if (messages.length === 0) {
    if (actions.length === 0) return reply.attachment ? [] : [{ text: '（空）', blocks: [section('（空）')] }];
    messages.push({ text: '请选择：', blocks: [section('请选择：')] });
  }
  messages[messages.length - 1]!.blocks.push(...actions);
  return messages;
}

function fallbackOf(blocks: SlackBlock[]): string {
  const text = blocks.map((b) => (b.text as { text: string }).text).join('\n');
  return escapeMrkdwn(text.length > 3000 ? `${text.slice(0, 2990)}…` : text);
}

/** The plain text of a message as the user sees it (tests and the parity check compare these). */
export function visibleText(message: { blocks?: SlackBlock[] }): string {
  return (message.blocks ?? [])
    .filter((b) => b.type === 'section')
    .map((b) => (b.text as { text: string }).text)
    .join('\n');
}
