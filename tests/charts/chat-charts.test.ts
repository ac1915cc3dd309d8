import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../adapters/console';
import type { Reply } from '../../bot';
import { complianceChart, renderChartPng, renderChartSvg } from '../../bot';
import { createTestBot, type Speaker, type TestBot, textOf } from '../helpers/runtime';

/** Answers as if practised on 2026-03-01 by the console user (the quiz's own table, on either backend). */
const insertAttempts = (bot: TestBot, rows: { question_id: string; topic: string; correct: number; position: number }[]) =>
  bot.runtime.storage.db
    .withTables<{ quiz_attempts: Record<string, unknown> }>()
    .insertInto('quiz_attempts')
    .values(
      rows.map((r) => ({
        ...r,
        user_key: 'console:me',
        level: '初级',
        given: 'A',
        answered_at: '2026-03-01T01:00:00.000Z',
        source: 'practice',
      })),
    )
    .execute();

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Width and height from the PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const titleOnly = (text: string) => ({ title: { text, left: 'center', top: 20, textStyle: { fontSize: 40 } } });

describe('charts drawn on the server', () => {
  it('renders a shared chart definition to a valid PNG at twice its CSS size', async () => {
    const option = complianceChart(
      [
        { branch: '第一党支部', held: 3, missing: 1, upcoming: 1 },
        { branch: '机关第二支部', held: 4, missing: 0, upcoming: 1 },
      ],
      '2026年第一季度',
    );
    const png = await renderChartPng(option);
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 1600, height: 960 });
    expect(png.length).toBeGreaterThan(10_000);
    const svg = await renderChartSvg(option);
    expect(svg).toContain('2026年第一季度三会一课落实情况');
    expect(svg).toContain('机关第二支部');
  });

  it('draws Chinese glyphs, not one missing-glyph box for every character', async () => {
    // Without a CJK font both titles would come out as the same three boxes, so the images would be identical.
    const [a, b] = await Promise.all([renderChartPng(titleOnly('党支部')), renderChartPng(titleOnly('委员会'))]);
    expect(a.equals(b)).toBe(false);
    // And a title of three characters leaves ink: it differs from no title at all.
    expect(a.equals(await renderChartPng(titleOnly('')))).toBe(false);
  });
});

describe('charts in chat replies', () => {
  let bot: TestBot;
  afterEach(async () => bot?.close());
  const attachmentOf = (replies: Reply[]) => replies.find((r) => r.attachment)?.attachment;

  it('统计 keeps its text and attaches the accuracy chart as a PNG; no chart before any answer', async () => {
    bot = await createTestBot();
    expect(attachmentOf(await bot.say('统计'))).toBeUndefined();
    await insertAttempts(
      bot,
      Array.from({ length: 12 }, (_, i) => ({
        question_id: `q${i}`,
        topic: i % 2 ? '党员' : '组织生活',
        correct: i % 3 ? 1 : 0,
        position: i,
      })),
    );
    const replies = await bot.say('统计');
    expect(textOf(replies)).toContain('共作答 12 题');
    const attachment = attachmentOf(replies)!;
    expect(attachment).toMatchObject({ filename: 'stats.png', mimeType: 'image/png' });
    expect(attachment.content.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it('会议情况 keeps its text and attaches the compliance chart', async () => {
    bot = await createTestBot();
    const secretary: Speaker = { userId: 'me', name: '王书记', chatId: 'g1', chatKind: 'group' };
    bot.clock.set('2026-03-16T08:00:00+08:00');
    await bot.say('绑定支部 第一党支部', secretary);
    await bot.say('记录会议 支委会 2026-01-12 出席 5/5', secretary);
    const replies = await bot.say('会议情况', secretary);
    expect(textOf(replies)).toContain('2026年第一季度三会一课情况');
    const attachment = attachmentOf(replies)!;
    expect(attachment).toMatchObject({ filename: 'compliance.png', mimeType: 'image/png' });
    expect(attachment.content.length).toBeGreaterThan(10_000);
  });

  it('the console saves the chart of 统计 beside the text and prints where', async () => {
    bot = await createTestBot();
    await insertAttempts(bot, [{ question_id: 'q1', topic: '党员', correct: 1, position: 0 }]);
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => (printed += String(chunk)));
    const exportDir = join(bot.dir, 'exports');
    const adapter = createConsoleAdapter({ app: bot.runtime.app, input, output, interactive: false, exportDir });
    await adapter.start();
    input.end('统计\n');
    await adapter.finished;
    expect(printed).toContain('共作答 1 题');
    const path = join(exportDir, 'stats.png');
    expect(printed).toContain(`（文件已保存到 ${path}）`);
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path).subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });
});
