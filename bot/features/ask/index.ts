import type { FeatureFactory } from '../../core/feature';
import { answerQuestion, createAnswerers } from './answerers';
import { createHandbookAnswerer } from './handbook-answerer';
import { strings } from './strings';

/** Free questions in plain Chinese, answered from the handbook with citations; `/gaps` lists what it could not answer. */
export const createAskFeature: FeatureFactory = (services) => {
  let answerers: ReturnType<typeof createAnswerers> | undefined;
  const { index } = services.knowledge;
  const handbook = createHandbookAnswerer(services);
  services.provide('handbookAnswerer', handbook);
  return {
    name: 'ask',
    commands: [
      {
        name: 'gaps',
        aliases: ['知识缺口'],
        description: strings.gapsDescription,
        group: '问答',
        secretary: true,
        async run(ctx) {
          if (!(await ctx.requireSecretary(strings.gapsAction))) return;
          const gaps = index.gaps(20);
          if (gaps.length === 0) {
            ctx.reply(strings.gapsEmpty);
            return;
          }
          const lines = [strings.gapsTitle, ...gaps.map((g, i) => `${i + 1}. ${g.question}（${g.askedAt.slice(0, 10)}）`), '', strings.gapsHint];
          ctx.reply(lines.join('\n'));
        },
      },
    ],
    async onText(ctx) {
      if (!ctx.text) return false;
      answerers ??= createAnswerers(services, handbook);
      const result = await answerQuestion(answerers, ctx.text, { userKey: ctx.userKey, chatKey: ctx.chatKey });
      if (!result.answer) return false;
      ctx.reply(result.answer);
      return true;
    },
  };
};
