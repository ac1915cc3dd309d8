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
      handlesPending: true,
      async run(ctx) {
        const pending = await ctx.state.get();
        const ended: string[] = [];
        // A feature may answer instead of ending (a mock exam asks whether to hand in): then nothing more is said.
        const reply = ctx.reply;
        let answered = false;
        ctx.reply = (r) => {
          answered = true;
          reply(r);
        };
        try {
          for (const feature of services.features()) {
            const what = await feature.cancelOpen?.(ctx);
            if (what) ended.push(what);
          }
        } finally {
          ctx.reply = reply;
        }
        if (ended.length > 0) {
          await ctx.state.clear();
          ctx.reply(strings.ended(ended));
        } else if (!answered) {
          await ctx.state.clear();
          ctx.reply(pending ? strings.cancelled : strings.nothing);
        }
      },
    },
  ],
});
