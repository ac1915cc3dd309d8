import type { Feature, FeatureFactory } from '../../core/feature';
import { strings } from './strings';

/**
 * 取消: ends whatever the user has open in this chat. Every feature that keeps something open (a practice, a
 * draft) declares how to end it ({@link Feature.cancelOpen}); then the pending conversation state is cleared.
 */
export const createCancelFeature: FeatureFactory = (services): Feature => ({
  name: 'cancel',
  commands: [
    {
      name: 'cancel',
      aliases: ['取消', '退出', '算了'],
      description: strings.description,
      group: '基本',
      async run(ctx) {
        const pending = await ctx.state.get();
        const ended: string[] = [];
        for (const feature of services.features()) {
          const what = await feature.cancelOpen?.(ctx);
          if (what) ended.push(what);
        }
        await ctx.state.clear();
        if (ended.length > 0) ctx.reply(strings.ended(ended));
        else ctx.reply(pending ? strings.cancelled : strings.nothing);
      },
    },
  ],
});
