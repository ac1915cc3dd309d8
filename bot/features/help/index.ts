import { normalizeInput } from '../../../knowledge';
import type { Command, Feature, FeatureFactory, Services } from '../../core/feature';
import type { Reply } from '../../core/message';
import { strings } from './strings';

/**
 * 帮助: a short overview by section (one line each, with a button per section), and each section in full on
 * request (`帮助 三会一课` or the button). It is built from the registered features' commands, so help grows
 * as features are added; secretary-only commands are listed to secretaries.
 */
export const createHelpFeature: FeatureFactory = (services: Services): Feature => ({
  name: 'help',
  actionPrefix: 'help',
  commands: [
    {
      name: 'help',
      aliases: ['帮助', '菜单', '功能', '怎么用', '?', '？'],
      description: strings.description,
      group: '基本',
      async run(ctx) {
        const wanted = normalizeInput(ctx.args).trim();
        const sections = helpSections(services);
        const section = wanted ? sections.find((s) => s.name === wanted || s.name.includes(wanted) || wanted.includes(s.name)) : undefined;
        if (wanted && !section) {
          const command = sections
            .flatMap((s) => s.commands)
            .find((c) => c.name === wanted.replace(/^\//, '') || c.aliases?.some((a) => normalizeInput(a) === wanted));
          if (command) return void ctx.reply(line(command).slice(2));
        }
        ctx.reply(section ? renderSection(section, await ctx.isSecretary()) : renderHelp(services, await ctx.isSecretary()));
      },
    },
  ],
  async onAction(ctx, data) {
    const index = Number(data.split(':')[2]);
    const section = helpSections(services)[index];
    ctx.reply(section ? renderSection(section, await ctx.isSecretary()) : renderHelp(services, await ctx.isSecretary()));
  },
});

interface HelpSection {
  name: string;
  commands: Command[];
}

/** Sections in the order of strings.order, then any new ones in feature order, 基本 last. */
export function helpSections(services: Services): HelpSection[] {
  const sections = new Map<string, Command[]>();
  for (const feature of services.features())
    for (const command of feature.commands ?? []) {
      const group = command.group ?? strings.otherGroup;
      sections.set(group, [...(sections.get(group) ?? []), command]);
    }
  const rank = (name: string) => {
    const at = strings.order.indexOf(name);
    return at >= 0 ? at : name === '基本' ? 1000 : 500;
  };
  return [...sections].map(([name, commands]) => ({ name, commands })).sort((a, b) => rank(a.name) - rank(b.name));
}

/**
 * One line of a section: the word to send, then what it does. The slash name stays out of Chinese help (people
 * send the Chinese word; platforms with slash menus list those themselves), and a description that opens with the
 * same word (错题本：答错的题…) is not made to say it twice.
 */
const line = (command: Command) => {
  const name = shortName(command);
  const { description: said } = command;
  const description = said.startsWith(`${name}：`)
    ? said.slice(name.length + 1)
    : said.startsWith(`${name}（`) && said.endsWith('）')
      ? said.slice(name.length + 1, -1)
      : said;
  return `• ${name}：${description}`;
};
const shortName = (command: Command) => command.aliases?.find((alias) => /[\u4e00-\u9fff]/.test(alias)) ?? `/${command.name}`;

export function renderHelp(services: Services, secretary: boolean): Reply {
  const sections = helpSections(services);
  const lines = [strings.title, ''];
  for (const section of sections) {
    const open = section.commands.filter((c) => secretary || !c.secretary);
    const hidden = section.commands.length - open.length;
    const intro = strings.intros[section.name];
    const names = [...(intro && open.length === 0 ? [intro] : []), ...open.map(shortName)].join('、');
    lines.push(`${strings.icons[section.name] ?? '•'} ${section.name}：${names}${hidden ? strings.hidden(hidden, names.length > 0) : ''}`);
  }
  lines.push('', ...strings.footer);
  const buttons = sections.map((s, i) => ({ label: `${strings.icons[s.name] ?? ''}${s.name}`, data: `help:s:${i}` }));
  const rows: Reply['buttons'] = [];
  for (let i = 0; i < buttons.length; i += 3) rows.push(buttons.slice(i, i + 3));
  return { text: lines.join('\n'), buttons: rows };
}

export function renderSection(section: HelpSection, secretary: boolean): string {
  const intro = strings.intros[section.name];
  const lines = [`${strings.icons[section.name] ?? '•'} ${section.name}`, ...(intro ? [intro] : [])];
  const open = section.commands.filter((c) => secretary || !c.secretary);
  if (open.length > 0) lines.push('', ...open.map(line));
  const hidden = section.commands.filter((c) => c.secretary && !secretary).map(shortName);
  if (hidden.length > 0) lines.push('', strings.secretaryOnly(hidden));
  lines.push('', strings.back);
  return lines.join('\n');
}
