import type { Reply } from '../bot';

/**
 * Joins each reply without buttons or a file to the one after it, while the joined text stays within `limit`
 * characters, so that a quiz answer's feedback and the next question arrive as one message with the buttons under
 * it (one platform call, not two; half the messages under a group's per-minute limit). Nothing is split
 * differently: a text that would not fit is sent on its own, as before.
 *
 * @example
 * joinReplies([{ text: '✅ 回答正确！' }, { text: '第 2 题……', buttons }], 6000); // → [{ text: '✅ 回答正确！\n\n第 2 题……', buttons }]
 */
export function joinReplies(replies: Reply[], limit: number): Reply[] {
  const out: Reply[] = [];
  for (const reply of replies) {
    const previous = out.at(-1);
    if (
      previous &&
      !previous.buttons?.length &&
      !previous.attachment &&
      previous.text.trim() !== '' &&
      reply.text.trim() !== '' &&
      previous.text.length + 2 + reply.text.length <= limit
    ) {
      out[out.length - 1] = { ...reply, text: `${previous.text}\n\n${reply.text}` };
    } else out.push(reply);
  }
  return out;
}
