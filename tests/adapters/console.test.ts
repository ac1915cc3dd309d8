import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../adapters/console';
import type { Feature, FeatureFactory } from '../../bot/core/feature';
import type { IncomingMessage } from '../../bot/core/message';
import { createHelpFeature } from '../../bot/features/help';
import { createStartFeature } from '../../bot/features/start';
import { createTestBot, type TestBot } from '../helpers/runtime';

const voteFeature: FeatureFactory = (): Feature => ({
  name: 'vote',
  actionPrefix: 'vote',
  commands: [
    {
      name: 'vote',
      aliases: ['投票'],
      description: '测试投票',
      run(ctx) {
        ctx.reply({
          text: '同意吗？',
          buttons: [
            [
              { label: '同意', data: 'vote:yes' },
              { label: '反对', data: 'vote:no' },
            ],
          ],
        });
      },
    },
    {
      name: 'export',
      aliases: ['导出'],
      description: '测试导出',
      run(ctx) {
        ctx.reply({ text: '导出完成', attachment: { filename: 'records.csv', mimeType: 'text/csv', content: Buffer.from('日期,主题\n') } });
      },
    },
  ],
  onAction(ctx, data) {
    ctx.reply(data === 'vote:yes' ? '你投了同意票' : '你投了反对票');
  },
});

/** Drives the real console adapter through in-memory streams, as `printf ... | npm start` would. */
async function converse(bot: TestBot, lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => (printed += String(chunk)));
  const adapter = createConsoleAdapter({ app: bot.runtime.app, input, output, interactive: false, exportDir: join(bot.dir, 'exports') });
  await adapter.start();
  input.end(lines.map((l) => `${l}\n`).join(''));
  await adapter.finished;
  return printed;
}

describe('console adapter', () => {
  let bot: TestBot;
  afterEach(async () => bot?.close());

  it('holds a scripted conversation in order, with buttons as numbered choices', async () => {
    bot = await createTestBot({ features: [createStartFeature, createHelpFeature, voteFeature] });
    const printed = await converse(bot, ['你好', '投票', '2', '1', '', '帮助']);
    expect(printed).toContain('同意吗？\n  [1] 同意   [2] 反对');
    const order = ['你好！我是党务助手', '同意吗？', '你投了反对票', '你投了同意票', '党务助手可以帮你'].map((s) => printed.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Blank lines in a script are skipped, not answered.
    expect(printed.match(/没有收到文字内容/g)).toBeNull();
  });

  it('takes a pasted exam question with its options on the following lines as one message', async () => {
    bot = await createTestBot();
    const printed = await converse(bot, [
      '3.（单选题）“三会一课”中的“一课”指的是（ ）',
      'A、形势政策报告会',
      'B、团课',
      'C、党课',
      'D、业务培训课',
      '帮助',
    ]);
    expect(printed).toContain('答案：C（党课）');
    expect(printed).not.toContain('题库中没有找到');
    expect(printed).toContain('党务助手可以帮你');
  });

  it('treats a number as text when there is no choice to make', async () => {
    bot = await createTestBot({ features: [createHelpFeature] });
    const printed = await converse(bot, ['3']);
    expect(printed).toContain('我没有理解');
  });

  it('saves attachments to the export folder and says where', async () => {
    bot = await createTestBot({ features: [voteFeature] });
    const printed = await converse(bot, ['导出']);
    const path = join(bot.dir, 'exports', 'records.csv');
    expect(printed).toContain(`文件已保存到 ${path}`);
    expect(existsSync(path) && readFileSync(path, 'utf8')).toBe('日期,主题\n');
  });

  it('attaches a file named by its path (附件：/照片：) as a reference, and says when the path is not a file', async () => {
    bot = await createTestBot({ features: [voteFeature] });
    const seen: IncomingMessage[] = [];
    const handle = bot.runtime.app.handle.bind(bot.runtime.app);
    bot.runtime.app.handle = async (message) => {
      seen.push(message);
      return handle(message);
    };
    const photo = join(bot.dir, '现场.JPG');
    writeFileSync(photo, Buffer.alloc(3000));
    const sheet = join(bot.dir, '验收单.pdf');
    writeFileSync(sheet, 'pdf');
    const printed = await converse(bot, [
      `工单进展 1 修好了 照片：${photo} 附件：${sheet}`,
      `工单进展 1 附件：${join(bot.dir, 'nope.jpg')}`,
    ]);
    expect(seen[0]).toMatchObject({
      text: '工单进展 1 修好了',
      attachments: [
        { kind: 'photo', name: '现场.JPG', ref: photo, size: 3000 },
        { kind: 'file', name: '验收单.pdf', ref: sheet, size: 3 },
      ],
    });
    expect(seen[1]!.attachments).toBeUndefined();
    expect(printed).toContain(`找不到文件 ${join(bot.dir, 'nope.jpg')}，没有附上`);
  });

  it('prints pushed messages (reminders) as they arrive', async () => {
    bot = await createTestBot({ features: [createHelpFeature] });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => (printed += String(chunk)));
    const adapter = createConsoleAdapter({ app: bot.runtime.app, input, output, interactive: false, exportDir: bot.dir });
    await adapter.start();
    await bot.runtime.app.services.push({ platform: 'console', chatId: 'terminal' }, { text: '提醒：明天上午9点召开支部党员大会' });
    input.end();
    await adapter.finished;
    expect(printed).toContain('提醒：明天上午9点召开支部党员大会');
  });
});

describe('console adapter at the keyboard', () => {
  let bot: TestBot;
  afterEach(async () => bot?.close());

  it('takes a pasted multi-line 党费 list as one message, so every line is recorded', async () => {
    bot = await createTestBot();
    await bot.say('绑定支部 第一支部');
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => (printed += String(chunk)));
    const adapter = createConsoleAdapter({ app: bot.runtime.app, input, output, interactive: true, exportDir: join(bot.dir, 'exports') });
    await adapter.start();
    // One paste: the lines arrive in one chunk, as a terminal delivers them.
    input.write('记录党费\n张三 2026-03 50\n李四 2026-03 60\n');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    input.end('再见\n');
    await adapter.finished;
    expect(printed).toContain('张三');
    expect(printed).toContain('李四');
    // Neither line was answered on its own as a question (the dues calculator or the handbook).
    expect(printed).not.toMatch(/请写成：记录党费 张三 3月 50元/);
    expect(printed).toContain('已登记 2 笔党费');
    const status = await bot.say('党费情况');
    expect(status.map((r) => r.text).join('\n')).toContain('已交：张三 50 元、李四 60 元');
  });
});
