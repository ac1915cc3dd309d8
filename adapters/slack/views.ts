import type { FormSpec } from '../../bot';
import { OWN_ACTION_PREFIX, type SlackBlock } from './render';

/** Action id of an App Home button that opens a form, and callback id of that form's modal: `dangwu_form:<id>`. */
export const FORM_PREFIX = `${OWN_ACTION_PREFIX}form:`;
/** Every field's element has this action id; its block id is the field's id. */
const VALUE_ACTION = 'value';

/** A section of App Home as shown: the title a feature declared and the text its command answered. */
export interface HomeSectionView {
  title: string;
  text: string;
}

const plain = (text: string) => ({ type: 'plain_text', text, emoji: false });

/**
 * The App Home tab: the sections and forms the features declare (Feature.home, Feature.forms), in feature order.
 * Nothing here knows a feature's command names.
 */
export function homeView(
  sections: HomeSectionView[],
  forms: FormSpec[],
  channel: string,
  slashCommand: string,
): { type: 'home'; private_metadata: string; blocks: SlackBlock[] } {
  const blocks: SlackBlock[] = [{ type: 'header', text: plain('党务助手') }];
  for (const s of sections) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${s.title}*` } });
    blocks.push({ type: 'section', text: plain(s.text.slice(0, 2900) || '（暂无）') });
    blocks.push({ type: 'divider' });
  }
  if (forms.length > 0) {
    blocks.push({
      type: 'actions',
      elements: forms.slice(0, 25).map((form, i) => ({
        type: 'button',
        text: plain(form.title.slice(0, 75)),
        action_id: `${FORM_PREFIX}${form.id}`,
        ...(i === 0 ? { style: 'primary' } : {}),
      })),
    });
  }
  blocks.push({ type: 'context', elements: [plain(`在“消息”标签页直接发消息，或在任何频道输入 ${slashCommand} 帮助。`)] });
  return { type: 'home', private_metadata: channel, blocks: blocks.slice(0, 100) };
}

/** A form as a modal; the answer goes to the chat in `private_metadata` (the user's direct messages). */
export function formModal(form: FormSpec, channel: string) {
  return {
    type: 'modal',
    callback_id: `${FORM_PREFIX}${form.id}`,
    private_metadata: channel,
    title: plain(form.title.slice(0, 24)),
    submit: plain('提交'),
    close: plain('取消'),
    blocks: form.fields.map((field) => ({
      type: 'input',
      block_id: field.id,
      label: plain(field.label.slice(0, 2000)),
      ...(field.kind === 'text' && field.hint ? { hint: plain(field.hint) } : {}),
      element:
        field.kind === 'choice'
          ? {
              type: 'static_select',
              action_id: VALUE_ACTION,
              placeholder: plain(`选择${field.label}`.slice(0, 150)),
              options: field.options.slice(0, 100).map((o) => ({ text: plain(o.label.slice(0, 75)), value: o.value })),
            }
          : {
              type: 'plain_text_input',
              action_id: VALUE_ACTION,
              ...(field.maxLength ? { max_length: field.maxLength } : {}),
              ...(field.placeholder ? { placeholder: plain(field.placeholder) } : {}),
            },
    })),
  };
}

type ViewValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null }>>;

/**
 * The form's answers, keyed by field id, or the field errors to show in the modal: every field must be filled, and a
 * choice must be one of the options the feature offers (a modal opened from an old App Home may offer others).
 */
export function formValues(form: FormSpec, values: ViewValues): { values: Record<string, string> } | { errors: Record<string, string> } {
  const answers: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const field of form.fields) {
    const state = values[field.id]?.[VALUE_ACTION];
    if (field.kind === 'choice') {
      const chosen = state?.selected_option?.value ?? '';
      if (field.options.some((o) => o.value === chosen)) answers[field.id] = chosen;
      else errors[field.id] = `请选择${field.label}。`;
    } else {
      const text = (state?.value ?? '').replace(/\s+/g, ' ').trim();
      if (text) answers[field.id] = text;
      else errors[field.id] = field.placeholder ? `请填写${field.label}，例如“${field.placeholder}”。` : `请填写${field.label}。`;
    }
  }
  return Object.keys(errors).length > 0 ? { errors } : { values: answers };
}
