import { describe, expect, it } from 'vitest';
import { CARD_TEXT_LIMIT, fileTypeOf, messageText, renderReply } from '../../adapters/feishu/render';

describe('飞书 rendering', () => {
  const buttons = [
    [
      { label: 'A', data: 'q:a:1:0:A' },
      { label: 'B', data: 'q:a:1:0:B' },
    ],
  ];

  it('puts a long text with buttons into text messages and a last card within the card limit', () => {
    const text = Array.from({ length: 800 }, (_, i) => `第${i + 1}行：支部委员会会议记录`).join('\n');
    const messages = renderReply({ text, buttons }, 'ou_owner');
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.slice(0, -1).every((m) => m.msgType === 'text')).toBe(true);
    const card = messages.at(-1)!;
    expect(card.msgType).toBe('interactive');
    if (card.msgType !== 'interactive') return;
    expect(card.text.length).toBeLessThanOrEqual(CARD_TEXT_LIMIT);
    expect(Buffer.byteLength(JSON.stringify({ content: JSON.stringify(card.content) }))).toBeLessThan(30 * 1024);
    const joined = [...messages.slice(0, -1).map((m) => (m.msgType === 'text' ? m.content.text : '')), card.text].join('\n');
    expect(joined).toBe(text);
    expect(card.content.elements.at(-1)).toMatchObject({
      tag: 'action',
      actions: [{ value: { d: 'q:a:1:0:A', o: 'ou_owner', l: 'A' } }, { value: { d: 'q:a:1:0:B', o: 'ou_owner' } }],
    });
  });

  it('leaves pushed cards unbound, and never sends an empty message', () => {
    const [card] = renderReply({ text: '今日一练', buttons });
    expect(JSON.stringify(card)).not.toContain('"o"');
    expect(renderReply({ text: '  ' })).toEqual([{ msgType: 'text', content: { text: '（空）' } }]);
    expect(renderReply({ text: '', attachment: { filename: 'a.csv', mimeType: 'text/csv', content: Buffer.from('x') } })).toEqual([]);
  });

  it('reads text and rich text, dropping the bot’s mention and naming others', () => {
    const mentions = [
      { key: '@_user_1', name: '党务助手', isBot: true },
      { key: '@_user_2', name: '王书记', isBot: false },
    ];
    expect(messageText('text', JSON.stringify({ text: '@_user_1 请提醒 @_user_2 开会' }), mentions)).toBe('请提醒 @王书记 开会');
    const post = {
      title: '',
      content: [
        [
          { tag: 'at', user_id: '@_user_1' },
          { tag: 'text', text: ' 预备期多长' },
        ],
      ],
    };
    expect(messageText('post', JSON.stringify(post), mentions)).toBe('预备期多长');
    expect(messageText('image', JSON.stringify({ image_key: 'img_1' }), mentions)).toBe('');
    expect(messageText('text', 'not json', mentions)).toBe('');
  });

  it('uploads CSV and calendars as streams, office files by their kind', () => {
    expect(['records.csv', 'meetings.ics', 'report.pdf', '名单.xlsx', 'x'].map(fileTypeOf)).toEqual([
      'stream',
      'stream',
      'pdf',
      'xls',
      'stream',
    ]);
  });
});
