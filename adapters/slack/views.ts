import type { Command } from '../../bot';
import { OWN_ACTION_PREFIX, type SlackBlock } from './render';

export const HOME_SCHEDULE_ACTION = `${OWN_ACTION_PREFIX}home_schedule`;
export const SCHEDULE_CALLBACK = `${OWN_ACTION_PREFIX}schedule`;
const MEETING_BLOCK = 'meeting';
const PHRASE_BLOCK = 'phrase';

export const MEETING_TYPES = ['支部党员大会', '支部委员会', '党小组会', '党课', '主题党日'];

export interface HomeSection {
  title: string;
  text: string;
}

const plain = (text: string) => ({ type: 'plain_text', text, emoji: false });

/** The App Home tab: the user's figures from the features, and a button that opens the schedule modal. */
export function homeView(sections: HomeSection[], channel: string, slashCommand: string): { type: 'home'; private_metadata: string; blocks: SlackBlock[] } {
  const blocks: SlackBlock[] = [{ type: 'header', text: plain('党务助手') }];
  for (const s of sections) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${s.title}*` } });
    blocks.push({ type: 'section', text: plain(s.text.slice(0, 2900) || '（暂无）') });
    blocks.push({ type: 'divider' });
  }
  blocks.push({
    type: 'actions',
    elements: [{ type: 'button', text: plain('设置支部会议安排'), action_id: HOME_SCHEDULE_ACTION, style: 'primary' }],
  });
  blocks.push({ type: 'context', elements: [plain(`在“消息”标签页直接发消息，或在任何频道输入 ${slashCommand} 帮助。`)] });
  return { type: 'home', private_metadata: channel, blocks: blocks.slice(0, 100) };
}

/** The modal a secretary fills to set a branch meeting schedule; the answer goes to the DM channel in metadata. */
export function scheduleModal(channel: string) {
  return {
    type: 'modal',
    callback_id: SCHEDULE_CALLBACK,
    private_metadata: channel,
    title: plain('支部会议安排'),
    submit: plain('保存'),
    close: plain('取消'),
    blocks: [
      {
        type: 'input',
        block_id: MEETING_BLOCK,
        label: plain('会议类型'),
        element: {
          type: 'static_select',
          action_id: 'value',
          placeholder: plain('选择会议'),
          options: MEETING_TYPES.map((t) => ({ text: plain(t), value: t })),
        },
      },
      {
        type: 'input',
        block_id: PHRASE_BLOCK,
        label: plain('时间'),
        hint: plain('像平时说话一样写，例如：每月第一个周五下午3点、每季度第一个月10日上午9点'),
        element: { type: 'plain_text_input', action_id: 'value', max_length: 200, placeholder: plain('每月第一个周五下午3点') },
      },
    ],
  };
}

type ViewValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null }>>;

/** Names the meetings feature's schedule command may have; the phrase goes to it as if typed. */
const SCHEDULE_COMMANDS = ['meeting', 'meetings', 'schedule', 'sanhui'];

/**
 * The text the modal's answer stands for: `/<schedule command> <meeting> <phrase>` when the meetings feature offers
 * one, otherwise `<meeting> <phrase>` as free text; or the field errors to show in the modal.
 */
export function scheduleText(values: ViewValues, commands: Command[]): { text: string } | { error: Record<string, string> } {
  const meeting = values[MEETING_BLOCK]?.value?.selected_option?.value ?? '';
  const phrase = (values[PHRASE_BLOCK]?.value?.value ?? '').trim();
  const error: Record<string, string> = {};
  if (!MEETING_TYPES.includes(meeting)) error[MEETING_BLOCK] = '请选择会议类型。';
  if (phrase === '') error[PHRASE_BLOCK] = '请填写时间，例如“每月第一个周五下午3点”。';
  if (Object.keys(error).length > 0) return { error };
  const command = commands.find((c) => SCHEDULE_COMMANDS.includes(c.name));
  return { text: command ? `/${command.name} ${meeting} ${phrase}` : `${meeting} ${phrase}` };
}
