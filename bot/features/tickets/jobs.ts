import type { ProvidedServices, Services } from '../../core/feature';
import type { Address } from '../../core/message';
import type { DueJob } from '../../scheduler/types';
import { addDays, at, localDate } from '../../time';
import type { TicketStore } from './store';
import { strings } from './strings';
import type { TicketRow } from './tables';
import { holderAddress, who } from './views';

export const TICKET_DUE = 'ticket-due';
export const TICKET_DIGEST = 'ticket-digest';
/** Reminders and the digest go out at these local times. */
const REMIND_AT = { hour: 9, minute: 0 };
const DIGEST_AT = { hour: 8, minute: 30 };

export type Directory = ProvidedServices['branches'];
export type Branch = NonNullable<Awaited<ReturnType<Directory['byId']>>>;

type ReminderStep = 'before' | 'day' | 'overdue';
interface DuePayload {
  id: number;
  plan: number;
  step: ReminderStep;
}

/**
 * What keeps the promise, through the durable scheduler: the holder reminded before the date and on the day, the
 * branch secretary told the morning after an unkept one, and a secretary's daily digest. A job whose 工单 has
 * moved on (finished, 转办, a new date: its `plan` changed) does nothing.
 */
export function createTicketJobs(deps: { services: Services; store: TicketStore; directory: () => Directory }) {
  const { services, store, directory } = deps;
  const now = () => services.clock.now();

  async function planReminders(t: TicketRow): Promise<void> {
    if (t.status !== 'open' || !t.due_on) return;
    const settings = await store.settings(t.branch_id);
    const current = now();
    const steps: [ReminderStep, Date][] = [
      ['before', at(addDays(t.due_on, -settings.lead_days), REMIND_AT.hour, REMIND_AT.minute, t.zone)],
      ['day', at(t.due_on, REMIND_AT.hour, REMIND_AT.minute, t.zone)],
      ['overdue', at(addDays(t.due_on, 1), REMIND_AT.hour, REMIND_AT.minute, t.zone)],
    ];
    for (const [step, dueAt] of steps) {
      // A reopened 工单 already past its date is escalated at once; reminders of days gone are not sent late.
      if (dueAt <= current && step !== 'overdue') continue;
      await services.scheduler.schedule<DuePayload>({
        kind: TICKET_DUE,
        occurrenceKey: `t${t.id}:${t.plan}:${step}`,
        dueAt: new Date(Math.max(dueAt.getTime(), current.getTime())),
        payload: { id: t.id, plan: t.plan, step },
        graceMs: 3 * 86_400_000,
      });
    }
  }

  async function pushTo(address: Address | undefined, text: string): Promise<void> {
    if (!address || !services.canPush(address.platform)) return;
    await services.push(address, { text });
  }

  services.scheduler.register<DuePayload>(TICKET_DUE, async (job: DueJob<DuePayload>) => {
    const t = await store.byId(job.payload.id);
    // A later plan (转办, 改期限, reopening) or the 工单's end makes this job stale.
    if (t?.status !== 'open' || t.plan !== job.payload.plan) return;
    const late = job.late ? `${strings.lateNote}\n` : '';
    const line = `${t.id} 号 ${who(t)}：${t.content}`;
    if (job.payload.step === 'overdue') {
      const branch = await directory().byId(t.branch_id);
      await pushTo(
        branch?.secretaryAddress ?? branch?.chatAddress,
        `${late}民情工单逾期：${line}\n责任人 ${t.holder_name}，承诺 ${t.due_on} 前办结，至今未办结。请督促办理（发送“查看工单 ${t.id}”看经过）。`,
      );
      await pushTo(
        holderAddress(t),
        `${late}你负责的民情工单 ${line} 已超过承诺期限（${t.due_on}），已告知支部书记。请尽快办理，办好后发送“办结 ${t.id} 办理结果”。`,
      );
      return;
    }
    const when = job.payload.step === 'day' ? '今天' : `${t.due_on}`;
    await pushTo(
      holderAddress(t),
      `${late}提醒：你负责的民情工单 ${line}\n承诺${when}前办结。办好后发送“办结 ${t.id} 办理结果”；有进展发送“工单进展 ${t.id} 进展情况”。`,
    );
  });

  async function planDigest(branchId: number, zone: string): Promise<void> {
    const current = now();
    let date = localDate(current, zone);
    if (at(date, DIGEST_AT.hour, DIGEST_AT.minute, zone) <= current) date = addDays(date, 1);
    await services.scheduler.schedule({
      kind: TICKET_DIGEST,
      occurrenceKey: `d${branchId}:${date}`,
      dueAt: at(date, DIGEST_AT.hour, DIGEST_AT.minute, zone),
      payload: { branchId },
      graceMs: 6 * 3600_000,
    });
  }

  services.scheduler.register<{ branchId: number }>(TICKET_DIGEST, async (job) => {
    const settings = await store.settings(job.payload.branchId);
    const branch = await directory().byId(job.payload.branchId);
    if (!settings.digest_on || !branch || !settings.digest_platform || !settings.digest_chat_id) return;
    await planDigest(branch.id, branch.zone);
    await pushTo({ platform: settings.digest_platform, chatId: settings.digest_chat_id }, await digestText(branch));
  });

  async function digestText(branch: Branch): Promise<string> {
    const open = await store.openOf(branch.id);
    const today = localDate(now(), branch.zone);
    const late = open.filter((t) => t.due_on && t.due_on < today);
    const soon = open.filter((t) => t.due_on && t.due_on >= today && t.due_on <= addDays(today, 2));
    if (open.length === 0) return `${branch.name}民情工单日报（${today}）：没有办理中的工单。`;
    const line = (t: TicketRow) => `${t.id} 号 ${who(t)}：${t.content.slice(0, 30)}（${t.holder_name}，${t.due_on} 前）`;
    return [
      `${branch.name}民情工单日报（${today}）：办理中 ${open.length} 件，其中逾期 ${late.length} 件、三天内到期 ${soon.length} 件。`,
      ...(late.length ? ['逾期：', ...late.slice(0, 20).map(line)] : []),
      ...(soon.length ? ['即将到期：', ...soon.slice(0, 20).map(line)] : []),
    ].join('\n');
  }

  return { planReminders, planDigest, digestText, pushTo, DIGEST_AT };
}
