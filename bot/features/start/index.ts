import type { Feature, FeatureFactory } from '../../core/feature';
import { strings } from './strings';

/** /start: the first thing a new user sees on every platform. */
export const createStartFeature: FeatureFactory = (): Feature => ({
  name: 'start',
  commands: [
    {
      name: 'start',
      aliases: ['开始', '你好', '您好', 'hi', 'hello'],
      description: strings.description,
      group: '基本',
      run(ctx) {
        ctx.reply(strings.welcome(ctx.message.sender.name));
      },
    },
  ],
});
