import type { Context } from '../../../core/feature';
import { describeWithNext, nextOccurrences, type Schedule } from '../../../scheduler/parse';
import { halfReadExample, halfReadText, readTimeThenMatter } from '../../../scheduler/parse/split';
import type { DueJob } from '../../../scheduler/types';
import { formatLocal, zoneLabel } from '../../../time';
import { branchOfChat } from '../branches/scope';
import { lateNote, type Subject, type SubjectDeps } from '../shared';
import type { PersonalReminderRow } from '../tables';
import type { PersonalReminderStore, ReminderLimits } from './store';
import { strings } from './strings';

export const PERSONAL_REMINDER = 'personal-reminder';

/** Active reminders one person, and one chat, may hold: 3,000 from one user flooded a chat once (issue 24). */
export const REMINDER_LIMITS: ReminderLimits = { perUser: 50, perChat: 200 };
/** Lines of 我的提醒 per page, each with its cancel button. */
export const REMINDERS_PER_PAGE = 10;

/**
 * Splits `明天下午两点 交党费` / `每月5号上午9点交党费` into the time and the matter (the scheduler's one reading,
 * `readTimeThenMatter`): a time read only in part, a past time or an unreadable one is answered with its reason.
 */
export function splitReminder(args: string, from: Date, zone: string): { schedule: Schedule; text: string } | { reason: string } {
  const read = readTimeThenMatter(args, { from, zone });
  if (read.ok) return { schedule: read.schedule, text: read.matter };
  if (read.kind === 'no-matter') return { reason: strings.noText };
  if (read.kind === 'half-read') return { reason: strings.halfRead(halfReadText(read), halfReadExample(read)) };
  return { reason: read.past ? read.reason : strings.notUnderstood(read.reason) };
}

/** 提醒我 …, 我的提醒, 取消提醒 N: a member's own one-off and recurring reminders. */
export function createPersonalSubject(deps: SubjectDeps & { personal: PersonalReminderStore }): Subject {
  const { services, branches, personal, confirmations } = deps;
  const zoneOf = async (ctx: Context) => (await branchOfChat(ctx, branches))?.zone ?? services.config.DANGWU_TIMEZONE;

  async function plan(row: PersonalReminderRow, at: Date): Promise<void> {
    await services.scheduler.schedule({
      kind: PERSONAL_REMINDER,
      occurrenceKey: `p${row.id}:${at.toISOString()}`,
      dueAt: at,
      address: { platform: row.platform, chatId: row.chat_id },
      payload: { id: row.id, text: row.text },
      graceMs: 12 * 3600_000,
    });
  }

  services.scheduler.register(PERSONAL_REMINDER, async (job: DueJob<{ id: number; text: string }>) => {
    const row = await personal.byId(job.payload.id);
    if (row && row.status !== 'active') return;
    if (!job.address) return;
    if (!services.canPush(job.address.platform)) throw new Error(`no messenger for ${job.address.platform}`);
    // The next time is planned before sending, so a failed push does not end a recurring reminder.
    const schedule = row?.schedule ? (JSON.parse(row.schedule) as Schedule) : undefined;
    const next =
      row && schedule?.type === 'recurring'
        ? nextOccurrences(schedule, job.dueAt, 1, { zone: row.zone ?? services.config.DANGWU_TIMEZONE })[0]
        : undefined;
    if (row && next) {
      await personal.setNext(row.id, next.toISOString());
      await plan(row, next);
    }
    await services.push(job.address, { text: `${job.late ? `${lateNote}\n` : ''}${strings.fired(job.payload.text)}` });
    if (row && !next) await personal.finish(row.id);
  });

  confirmations.register('personal-add', async (ctx, payload: { text: string; schedule: Schedule; zone: string }) => {
    const now = services.clock.now();
    const [at] = nextOccurrences(payload.schedule, now, 1, { zone: payload.zone });
    if (!at) return ctx.reply(strings.passed);
    const row = await personal.addWithin(
      {
        userKey: ctx.userKey,
        platform: ctx.message.platform,
        chatId: ctx.message.chat.id,
        text: payload.text,
        at: at.toISOString(),
        schedule: JSON.stringify(payload.schedule),
        zone: payload.zone,
        createdAt: now.toISOString(),
      },
      REMINDER_LIMITS,
    );
    if ('full' in row) return ctx.reply(strings.full(row));
    await plan(row, at);
    ctx.reply(strings.saved(formatLocal(at, payload.zone), payload.text, payload.schedule.type === 'recurring'));
  });

  confirmations.register('personal-cancel', async (ctx, payload: { id: number }) => {
    const row = await personal.byId(payload.id);
    if (!row || row.user_key !== ctx.userKey || !(await personal.cancel(row.id, ctx.userKey))) return ctx.reply(strings.notFound);
    await services.scheduler.cancel(PERSONAL_REMINDER, `p${row.id}:`);
    ctx.reply(strings.cancelled(row.text));
  });

  async function remind(ctx: Context) {
    const args = ctx.args.trim();
    if (!args) return ctx.reply(strings.usage);
    const reached = await personal.limitReached(
      { userKey: ctx.userKey, platform: ctx.message.platform, chatId: ctx.message.chat.id },
      REMINDER_LIMITS,
    );
    if (reached) return ctx.reply(strings.full(reached));
    const from = services.clock.now();
    const zone = await zoneOf(ctx);
    const split = splitReminder(args, from, zone);
    if ('reason' in split) return ctx.reply(split.reason);
    const text = split.text.slice(0, 300);
    const preview = describeWithNext(split.schedule, from, { zone, zoneLabel: zoneLabel(zone) });
    await confirmations.ask(ctx, 'personal-add', { text, schedule: split.schedule, zone }, strings.confirm(preview, text));
  }

  /** 我的提醒 [页]: a page of the list; numbers are positions in the whole list, as 取消提醒 N and the buttons use them. */
  async function list(ctx: Context, requested = Number(ctx.args.trim().match(/^第?(\d{1,4})页?$/)?.[1] ?? 1)) {
    const rows = await personal.active(ctx.userKey);
    if (rows.length === 0) return ctx.reply(strings.none);
    const pages = Math.ceil(rows.length / REMINDERS_PER_PAGE);
    if (!(requested >= 1 && requested <= pages)) return ctx.reply(strings.noSuchPage(pages));
    const first = (requested - 1) * REMINDERS_PER_PAGE;
    const shown = rows.slice(first, first + REMINDERS_PER_PAGE);
    const lines = [strings.listTitle(rows.length, requested, pages)];
    // One numbering for the list, its buttons and 取消提醒 N: the position in this list, soonest first.
    for (const [i, row] of shown.entries()) {
      const zone = row.zone ?? services.config.DANGWU_TIMEZONE;
      const schedule = row.schedule ? (JSON.parse(row.schedule) as Schedule) : undefined;
      const rule = schedule?.type === 'recurring' ? `${schedule.description}，` : '';
      lines.push(`${first + i + 1}. ${row.text}（${rule}下次 ${formatLocal(new Date(row.at), zone)}，${zoneLabel(zone)}）`);
    }
    const turns = [
      ...(requested > 1 ? [{ label: strings.previousPage, data: `rm:plist:${requested - 1}` }] : []),
      ...(requested < pages ? [{ label: strings.nextPage, data: `rm:plist:${requested + 1}` }] : []),
    ];
    ctx.reply({
      text: lines.join('\n'),
      buttons: [
        ...shown.map((r, i) => [{ label: `取消 ${first + i + 1}（${r.text.slice(0, 12)}）`, data: `rm:pcancel:${r.id}` }]),
        ...(turns.length > 0 ? [turns] : []),
      ],
    });
  }

  async function askCancel(ctx: Context, row: PersonalReminderRow | undefined) {
    if (!row || row.user_key !== ctx.userKey || row.status !== 'active') return ctx.reply(strings.notFound);
    await confirmations.ask(ctx, 'personal-cancel', { id: row.id }, strings.confirmCancel(row.text));
  }

  async function cancel(ctx: Context) {
    const args = ctx.args.trim().replace(/^#/, '');
    if (!args) return ctx.reply(strings.cancelUsage);
    const mine = await personal.active(ctx.userKey);
    if (/^\d{1,9}$/.test(args)) return askCancel(ctx, mine[Number(args) - 1]);
    const matches = mine.filter((r) => r.text.includes(args) || args.includes(r.text));
    if (matches.length === 1) return askCancel(ctx, matches[0]);
    if (matches.length > 1)
      return ctx.reply(
        `有 ${matches.length} 条提醒都包含“${args}”，请写编号：\n${matches.map((r) => `${mine.indexOf(r) + 1}. ${r.text}`).join('\n')}`,
      );
    ctx.reply(strings.notFound);
  }

  return {
    commands: [
      {
        name: 'remind',
        aliases: ['提醒我'],
        glued: true,
        description: '个人提醒，如：提醒我 明天下午两点 交党费、提醒我 每月5号上午9点 交党费、提醒我 半小时后 开会',
        group: '提醒',
        run: remind,
      },
      { name: 'myreminders', aliases: ['我的提醒', '提醒列表'], description: '查看我设置的提醒', group: '提醒', run: list },
      { name: 'unremind', aliases: ['取消提醒', '删除提醒'], description: '取消一条提醒，如：取消提醒 3', group: '提醒', run: cancel },
    ],
    actions: {
      async plist(ctx, parts) {
        await list(ctx, /^\d{1,4}$/.test(parts[2] ?? '') ? Number(parts[2]) : 0);
      },
      async pcancel(ctx, parts) {
        const id = parts[2];
        await askCancel(ctx, /^\d{1,9}$/.test(id ?? '') ? await personal.byId(Number(id)) : undefined);
      },
    },
    async onRecipientUnavailable(address) {
      // The reminder's job stays planned and is skipped when due: the handler sends only active reminders.
      await personal.pauseChat(address.platform, address.chatId);
    },
  };
}
