import type { Feature, FeatureFactory, Services } from '../../core/feature';
import { strings } from './strings';

/** 帮助: lists every command of every registered feature, so help grows as features are added. */
export const createHelpFeature: FeatureFactory = (services: Services): Feature => ({
  name: 'help',
  commands: [
    {
      name: 'help',
      aliases: ['帮助', '菜单', '功能', '怎么用', '?', '？'],
      description: strings.description,
      run(ctx) {
        ctx.reply(renderHelp(services));
      },
    },
  ],
});

export function renderHelp(services: Services): string {
  const lines = [strings.title, ''];
  for (const feature of services.features()) {
    for (const command of feature.commands ?? []) {
      const chinese = command.aliases?.find((alias) => /[\u4e00-\u9fff]/.test(alias));
      const words = chinese ? `${chinese}（/${command.name}）` : `/${command.name}`;
      lines.push(`• ${words}：${command.description}`);
    }
  }
  lines.push('', ...strings.footer);
  return lines.join('\n');
}
