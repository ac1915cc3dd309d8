import type { Feature, FeatureFactory } from '../../core/feature';
import { strings } from './strings';

/** 取消: leaves whatever conversation (a confirmation, a question being answered) the user is in. */
export const createCancelFeature: FeatureFactory = (): Feature => ({
  name: 'cancel',
  commands: [
    {
      name: 'cancel',
      aliases: ['取消', '退出', '算了'],
      description: strings.description,
      group: '基本',
      async run(ctx) {
        const pending = await ctx.state.get();
        await ctx.state.clear();
        ctx.reply(pending ? strings.cancelled : strings.nothing);
      },
    },
  ],
});
