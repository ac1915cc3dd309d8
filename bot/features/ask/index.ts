import type { FeatureFactory } from '../../core/feature';
import { answerQuestion, createAnswerers } from './answerers';
import { duesForPaste } from './dues';
import { askMigrations, createGapStore } from './gap-store';
import { createHandbookAnswerer } from './handbook-answerer';
import { strings } from './strings';

const RESOLVE = /^(?:已解决|解决|resolve|resolved|done)\s*#?\s*(\d+)?\s*$/i;

/**
 * Free questions in plain Chinese, answered from the handbook with citations (the 党费 calculator first).
 * `/gaps` (知识缺口) lists this chat's open knowledge gaps to its secretary; `知识缺口 已解决 3` closes one.
 */
export const createAskFeature: FeatureFactory = (services) => {
  let answerers: ReturnType<typeof createAnswerers> | undefined;
  const gaps = createGapStore(services.storage);
  // Made when first needed: the first date formatter of a process is costly, and most starts list no gaps.
  let dayFormat: Intl.DateTimeFormat | undefined;
  const day = () =>
    (dayFormat ??= new Intl.DateTimeFormat('sv-SE', {
      timeZone: services.config.DANGWU_TIMEZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }));
  const handbook = createHandbookAnswerer(services, gaps);
  services.provide('handbookAnswerer', handbook);
  services.provide('knowledgeGaps', { record: (gap) => gaps.record(gap, services.clock.now()) });
  services.provide('duesCalculator', duesForPaste);
  return {
    name: 'ask',
    migrations: askMigrations,
    commands: [
      {
        name: 'gaps',
        aliases: ['知识缺口'],
        description: strings.gapsDescription,
        group: '问答',
        secretary: true,
        async run(ctx) {
          if (!(await ctx.requireSecretary(strings.gapsAction))) return;
          const args = ctx.args.trim();
          if (args) {
            const m = RESOLVE.exec(args);
            if (!m?.[1]) {
              ctx.reply(strings.gapResolveUsage);
              return;
            }
            const id = Number(m[1]);
            const done = await gaps.resolve(ctx.chatKey, id, ctx.userKey, services.clock.now());
            ctx.reply(done ? strings.gapResolved(id) : strings.gapNotFound(id));
            return;
          }
          // Only this chat's gaps: a group's for its secretary, a private chat's for its one member.
          const open = await gaps.listOpen(ctx.chatKey, 20);
          if (open.length === 0) {
            ctx.reply(strings.gapsEmpty);
            return;
          }
          const lines = [
            strings.gapsTitle,
            ...open.map((g) => strings.gapLine(g.id, g.question, g.times, day().format(new Date(g.lastAskedAt)))),
            '',
            strings.gapsHint,
          ];
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
