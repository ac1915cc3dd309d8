import type { Feature, FeatureFactory } from '../../../bot/core/feature';

/** Stand-in for the handbook feature until it is registered: answers one question with a cited line. */
export const handbookStandIn: FeatureFactory = (): Feature => ({
  name: 'handbook-stand-in',
  onText(ctx) {
    if (!ctx.text.includes('预备期')) return false;
    ctx.reply('预备党员的预备期为一年，可以延长一次，最长不超过一年。\n出处：《中国共产党章程》第七条');
    return true;
  },
});

/** Test-only controls: a long reply, an export, a secretary-only action. */
export const toolsFeature: FeatureFactory = (): Feature => ({
  name: 'tools',
  commands: [
    {
      name: 'long',
      description: '长消息',
      run: (ctx) => ctx.reply(Array.from({ length: 300 }, (_, i) => `第${i + 1}行：${'党务'.repeat(10)}`).join('\n')),
    },
    {
      name: 'export',
      description: '导出',
      run: (ctx) =>
        ctx.reply({
          text: '导出完成',
          attachment: { filename: 'records.csv', mimeType: 'text/csv', content: Buffer.from('日期,主题\n2026-03-02,学习\n') },
        }),
    },
    {
      name: 'bind',
      description: '绑定支部',
      async run(ctx) {
        if (await ctx.requireSecretary('绑定支部')) ctx.reply('本群已绑定到支部');
      },
    },
  ],
});

/** A feature with buttons, for conversations that press one. */
export const voteFeature: FeatureFactory = (): Feature => ({
  name: 'vote',
  actionPrefix: 'vote',
  commands: [
    {
      name: 'vote',
      aliases: ['投票'],
      description: '测试投票',
      run: (ctx) =>
        ctx.reply({
          text: '同意吗？',
          buttons: [
            [
              { label: '同意', data: 'vote:yes' },
              { label: '反对', data: 'vote:no' },
            ],
          ],
        }),
    },
  ],
  onAction: (ctx, data) => ctx.reply(data === 'vote:yes' ? '你投了同意票' : '你投了反对票'),
});
