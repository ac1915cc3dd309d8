import { describe, expect, it } from 'vitest';
import { cardTrackId, chatOfTrackId, DINGTALK_TEXT_LIMIT, mergeReplies, renderReply, toCardMarkdown } from '../../adapters/dingtalk/render';
import { cardText } from './peers/dingtalk';

describe('钉钉 rendering', () => {
  it('joins text-only replies with the reply that follows; buttons and attachments end a run', () => {
    const file = { filename: 'a.csv', mimeType: 'text/csv', content: Buffer.from('x') };
    const merged = mergeReplies([
      { text: '回答正确' },
      { text: '第 2 题', buttons: [[{ label: 'A', data: 'q:a:1:1:A' }]] },
      { text: '导出完成', attachment: file },
      { text: '还有' },
    ]);
    expect(merged).toEqual([
      { text: '回答正确\n\n第 2 题', buttons: [[{ label: 'A', data: 'q:a:1:1:A' }]] },
      { text: '导出完成', attachment: file },
      { text: '还有' },
    ]);
  });

  it('puts buttons on a card carrying the last part of a long text, leaving out data over 64 bytes', () => {
    const dropped: string[] = [];
    const text = Array.from({ length: 400 }, (_, i) => `第${i}行：${'党'.repeat(12)}`).join('\n');
    const parts = renderReply(
      {
        text,
        buttons: [
          [
            { label: '好', data: 'v:yes' },
            { label: '长', data: `v:${'x'.repeat(70)}` },
          ],
        ],
      },
      (b) => dropped.push(b.label),
    );
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.slice(0, -1).every((p) => p.kind === 'text' && p.text.length <= DINGTALK_TEXT_LIMIT)).toBe(true);
    const card = parts.at(-1)!;
    expect(card).toMatchObject({ kind: 'card', buttons: [{ text: '好', id: 'v:yes', request: true }] });
    expect(dropped).toEqual(['长']);
  });

  it('escapes Markdown so that a question shows as typed', () => {
    const question = '1. 下列*正确*的是 #标签 [注]\n> 引用';
    expect(toCardMarkdown(question)).not.toContain('\n>');
    expect(cardText(toCardMarkdown(question))).toBe(question);
  });

  it("a card's outTrackId names its chat; the same idempotency key gives the same id", () => {
    const id = cardTrackId('group', 'cidAbc+/def==', 'job:7:occ:1');
    expect(id).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(chatOfTrackId(id)).toEqual({ kind: 'group', chatId: 'cidAbc+/def==' });
    expect(cardTrackId('group', 'cidAbc+/def==', 'job:7:occ:1')).toBe(id);
    expect(cardTrackId('private', 'staff1')).not.toBe(cardTrackId('private', 'staff1'));
    expect(chatOfTrackId('someone-elses-card')).toBeUndefined();
  });
});
