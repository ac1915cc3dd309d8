import { normalizeInput } from '../../../../knowledge';
import type { Context } from '../../../core/feature';
import type { DueJob } from '../../../scheduler/types';
import { addMonths, at, monthOf, today } from '../../../time';
import { branchOfChat, requireBranch, requireSecretaryBranch } from '../branches/scope';
import type { MeetingStore } from '../meetings/store';
import { secretaryAddress } from '../meetings/types';
import { branchRoster } from '../roster';
import { lateNote, rememberSender, type Subject, type SubjectDeps } from '../shared';
import type { BranchRow } from '../tables';
import { type DuesLine, parseDuesLine, parseMonths, yuan } from './parse';
import type { DuesEntry, DuesStore } from './store';

export const DUES_MEMBER_REMINDER = 'dues-member';
export const DUES_SECRETARY_REMINDER = 'dues-secretary';
const MEMBER_DAY = 5;
const SECRETARY_DAY = 25;

const USAGE = [
  '请写成：记录党费 张三 3月 50元',
  '也可以一次粘贴多行（每行一人）：',
  '记录党费',
  '张三 2026-03 50',
  '李四 1-3月 每月30元',
].join('\n');

/** 党费: the secretary records payments; a member sees their own; monthly reminders to pay and of who has not. */
export function createDuesSubject(deps: SubjectDeps & { dues: DuesStore; meetings: MeetingStore }): Subject {
  const { services, branches, dues, meetings } = deps;

  async function unpaid(branch: BranchRow, month: string) {
    const paid = new Set((await dues.ofBranch(branch.id, { from: month, to: month })).map((p) => p.member_name));
    const roster = await branchRoster(branch.id, { branches, meetings, dues });
    return roster.filter((r) => !paid.has(r.name));
  }

  async function plan(branch: BranchRow) {
    const now = services.clock.now();
    const month = monthOf(today(now, branch.zone));
    for (const start of [month.start, addMonths(month.start, 1)]) {
      const key = start.slice(0, 7);
      const member = at(`${key}-${String(MEMBER_DAY).padStart(2, '0')}`, 9, 0, branch.zone);
      const secretary = at(`${key}-${SECRETARY_DAY}`, 9, 0, branch.zone);
      if (member > now)
        await services.scheduler.schedule({
          kind: DUES_MEMBER_REMINDER,
          occurrenceKey: `d${branch.id}:${key}`,
          dueAt: member,
          payload: { branchId: branch.id, month: key },
          graceMs: 2 * 86_400_000,
        });
      if (secretary > now)
        await services.scheduler.schedule({
          kind: DUES_SECRETARY_REMINDER,
          occurrenceKey: `d${branch.id}:${key}`,
          dueAt: secretary,
          address: secretaryAddress(branch),
          payload: { branchId: branch.id, month: key },
          graceMs: 2 * 86_400_000,
        });
    }
  }

  services.scheduler.register(DUES_MEMBER_REMINDER, async (job: DueJob<{ branchId: number; month: string }>) => {
    const branch = await branches.byId(job.payload.branchId);
    if (!branch) return;
    await plan(branch);
    const owing = new Set((await unpaid(branch, job.payload.month)).map((r) => r.userKey));
    for (const member of await branches.duesOptedIn(branch.id)) {
      if (!owing.has(member.user_key) || !member.private_chat_id || !services.canPush(member.platform)) continue;
      try {
        await services.push(
          { platform: member.platform, chatId: member.private_chat_id },
          {
            text: `${job.late ? `${lateNote}\n` : ''}党费提醒：${branch.name}${Number(job.payload.month.slice(5))}月的党费还没有登记。交纳后请告诉支部书记；发送“退订党费提醒”可停止。`,
          },
        );
      } catch {
        // One member who blocked the bot does not stop the others (pushes to them are paused by the app).
      }
    }
  });

  services.scheduler.register(DUES_SECRETARY_REMINDER, async (job: DueJob<{ branchId: number; month: string }>) => {
    const branch = await branches.byId(job.payload.branchId);
    if (!branch || !job.address || !services.canPush(job.address.platform)) return;
    await plan(branch);
    const owing = await unpaid(branch, job.payload.month);
    if (owing.length === 0) return;
    await services.push(job.address, {
      text: `${job.late ? `${lateNote}\n` : ''}${branch.name}${Number(job.payload.month.slice(5))}月党费尚未登记的有 ${owing.length} 人：${owing.map((r) => r.name).join('、')}。收到后发送“记录党费 姓名 月份 金额”登记。`,
    });
  });

  /** The lines after the command: a pasted list keeps its line breaks in the raw text. */
  function entriesOf(ctx: Context): string[] {
    const raw = ctx.message.text ?? '';
    const lines = raw.split(/\r?\n|[；;]/).map((l) => normalizeInput(l).trim());
    lines[0] = lines[0]!.replace(/^[/／]?\S+\s*/, '');
    return lines.filter(Boolean);
  }

  async function record(ctx: Context) {
    const branch = await requireSecretaryBranch(ctx, branches, '记录党费');
    if (!branch) return;
    const lines = entriesOf(ctx);
    if (lines.length === 0) return ctx.reply(USAGE);
    const todayDate = today(services.clock.now(), branch.zone);
    const parsed: DuesLine[] = [];
    const problems: string[] = [];
    for (const line of lines.slice(0, 200)) {
      const result = parseDuesLine(line, todayDate);
      if (typeof result === 'string') problems.push(result);
      else parsed.push(result);
    }
    // Nothing is written when any line is wrong: the secretary fixes it and sends the list again.
    if (problems.length > 0) return ctx.reply(`没有登记，请改正后重新发送：\n${problems.join('\n')}\n\n${USAGE}`);
    const future = parsed.flatMap((p) => p.months).find((m) => m > todayDate.slice(0, 7));
    if (future) return ctx.reply(`${future} 还没到，没有登记。请只登记本月及以前已交的党费。`);
    const members = await branches.members(branch.id);
    const entries: DuesEntry[] = parsed.flatMap((p) =>
      p.months.map((month) => ({
        name: p.name,
        userKey: members.find((m) => m.name === p.name)?.userKey ?? null,
        month,
        amountCents: p.amountCents,
      })),
    );
    const { added, replaced } = await dues.record(branch.id, entries, ctx.userKey, services.clock.now().toISOString());
    const describe = (e: DuesEntry) => `${e.name} ${e.month} ${yuan(e.amountCents)}`;
    await plan(branch);
    const lines2 = [`已登记 ${added.length + replaced.length} 笔党费：`, ...[...added, ...replaced].slice(0, 30).map(describe)];
    if (replaced.length > 0) lines2.push(`其中 ${replaced.length} 笔覆盖了同月的原有记录。`);
    ctx.reply(lines2.join('\n'));
  }

  async function mine(ctx: Context) {
    const own = await branches.ofMember(ctx.userKey);
    const chatBranch = await branchOfChat(ctx, branches);
    const all = chatBranch && !own.some((b) => b.id === chatBranch.id) ? [...own, chatBranch] : own;
    const name = ctx.message.sender.name ?? (await branches.displayName(ctx.userKey));
    const rows = await dues.ofMember(ctx.userKey, name ? all.map((b) => ({ branchId: b.id, name })) : []);
    if (rows.length === 0) return ctx.reply('还没有你的党费登记记录。交纳后由支部书记登记；有疑问请联系本支部书记。');
    ctx.reply(['你的党费登记记录（最近 12 笔）：', ...rows.slice(0, 12).map((r) => `· ${r.month} ${yuan(r.amount_cents)}`)].join('\n'));
  }

  async function overview(ctx: Context) {
    const branch = await requireSecretaryBranch(ctx, branches, '查看党费情况');
    if (!branch) return;
    const todayDate = today(services.clock.now(), branch.zone);
    const months = ctx.args.trim() ? parseMonths(ctx.args, todayDate) : { months: [todayDate.slice(0, 7)], match: '' };
    if (months?.months.length !== 1) return ctx.reply('请写成：党费情况 3月（或 2026-03、上月）');
    const month = months.months[0]!;
    const paid = await dues.ofBranch(branch.id, { from: month, to: month });
    const owing = await unpaid(branch, month);
    const total = paid.reduce((sum, p) => sum + p.amount_cents, 0);
    ctx.reply(
      [
        `${branch.name} ${month} 党费：已登记 ${paid.length} 人，合计 ${yuan(total)}。`,
        paid.length ? `已交：${paid.map((p) => `${p.member_name} ${yuan(p.amount_cents)}`).join('、')}` : '',
        owing.length ? `未登记：${owing.map((r) => r.name).join('、')}` : '本支部已知成员都已登记。',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }

  async function optIn(ctx: Context, on: boolean) {
    const branch = await requireBranch(ctx, branches);
    if (!branch) return;
    await rememberSender({ services, branches }, ctx, branch.id, { duesOptIn: on });
    if (on) await plan(branch);
    ctx.reply(
      on ? `好的，每月 ${MEMBER_DAY} 日上午 9 点，如果当月党费还没登记，会私信提醒你。发送“退订党费提醒”可停止。` : '已停止党费提醒。',
    );
  }

  return {
    commands: [
      {
        name: 'dues_record',
        aliases: ['记录党费', '登记党费'],
        description: '登记党费，如：记录党费 张三 3月 50元（可一次粘贴多行，书记）',
        group: '党费',
        secretary: true,
        run: record,
      },
      { name: 'dues_mine', aliases: ['我的党费'], description: '查看我的党费登记记录', group: '党费', run: mine },
      {
        name: 'dues_overview',
        aliases: ['党费情况'],
        description: '本月谁交了、谁还没交（书记）',
        group: '党费',
        secretary: true,
        run: overview,
      },
      { name: 'dues_optin', aliases: ['订阅党费提醒'], description: '每月私信提醒我交党费', group: '党费', run: (ctx) => optIn(ctx, true) },
      { name: 'dues_optout', aliases: ['退订党费提醒'], description: '停止党费提醒', group: '党费', run: (ctx) => optIn(ctx, false) },
    ],
    async start() {
      for (const branch of await branches.all()) await plan(branch);
    },
  };
}
