import { ticketsChart } from '../../charts';
import { withChart } from '../../charts/render';
import type { Context, Feature, FeatureFactory, Services } from '../../core/feature';
import type { Address, IncomingFile } from '../../core/message';
import { addDays, at, formatStamp, localDate, monthOf, monthPeriod, type Period, quarterOf, yearPeriod } from '../../time';
import { type Branch, createTicketJobs, type Directory, TICKET_DIGEST, TICKET_DUE } from './jobs';
import { ticketsMigrations } from './migrations';
import {
  CATEGORIES,
  type Category,
  categoryNamed,
  maskPhone,
  missingOf,
  parseTicket,
  readDue,
  readPhone,
  readWho,
  type TicketDraft,
} from './parse';
import { looksLikePlace } from './place';
import { summarize, totalsLine } from './stats';
import { type Actor, createTicketStore } from './store';
import { EVENT_WORDS, STATUS_NAMES, strings } from './strings';
import type { TicketEventRow, TicketRow } from './tables';
import { filesOfEvent, filesWords, holderAddress, who } from './views';

export {
  createTicketConsole,
  figuresFrom,
  type TicketConsole,
  type TicketConsoleFigures,
  type TicketConsoleFilter,
  type TicketFiguresBase,
  type TicketHistoryEntry,
  type TicketListEntry,
} from './console';
export { CATEGORIES, guessCategory, maskPhone, parseTicket, type TicketDraft } from './parse';
export { outcomeOf, summarize, type TicketFacts, type TicketSummary, type TicketTotals, totalsLine } from './stats';
export { createTicketStore, type ImportedTicket, type NewTicket, type TicketStore } from './store';
export { EVENT_WORDS, STATUS_NAMES } from './strings';
export { filesWords as ticketFilesWords } from './views';

const FEATURE = 'tickets';
const PREFIX = 'tk';

export { TICKET_DIGEST, TICKET_DUE } from './jobs';

interface PendingDraft {
  kind: 'draft';
  branchId: number;
  draft: TicketDraft;
  ask: 'content' | 'raiser' | 'due' | 'place' | 'holder';
}

/**
 * 民情工单: problems heard on visits, each with a promised date, its handling, a call-back and a score.
 * Branches, their secretaries and members come from the reminders feature's `branches` service; every check is by
 * the 工单's branch id. Buttons are `tk:<verb>:…`.
 */
/** A yes to the offered raiser (反映人是郑福来吗？), and a no with what may follow it (不是，是郑福). */
const GUESS_TAKEN = /^(?:是|是的|对|对的|没错|嗯|yes)[。！!]?$/i;
const GUESS_REFUSED = /^(?:不是|不对|错了|no)[，,。！!\s]*(?:是|叫)?/i;

export const createTicketsFeature: FeatureFactory = (services: Services): Feature => {
  const store = createTicketStore(services.storage);
  const directory = (): Directory => {
    const found = services.need('branches');
    if (!found) throw new Error('民情工单 needs the branches service of the reminders feature');
    return found;
  };
  const now = () => services.clock.now();
  const actorOf = (ctx: Context): Actor => ({ key: ctx.userKey, name: ctx.message.sender.name ?? '成员', at: now().toISOString() });
  const privateAddress = (ctx: Context): Address => ({
    platform: ctx.message.platform,
    chatId: ctx.message.chat.kind === 'private' ? ctx.message.chat.id : ctx.message.sender.id,
  });

  // ── Permissions: all by the 工单's branch id ──────────────────────────────────────────────────────────────

  /** The sender is the secretary of this branch: a secretary in its bound group, or its secretary in private. */
  async function isSecretaryOf(ctx: Context, branchId: number): Promise<boolean> {
    if (ctx.message.chat.kind === 'group') {
      const chatBranch = await directory().ofChat(ctx);
      return chatBranch?.id === branchId && (await ctx.isSecretary());
    }
    const branch = await directory().byId(branchId);
    return branch?.secretaryKey === ctx.userKey && (await ctx.isSecretary());
  }
  const secretaryOfTicket = async (ctx: Context, t: TicketRow) =>
    (await isSecretaryOf(ctx, t.branch_id)) || (t.origin_branch_id !== t.branch_id && (await isSecretaryOf(ctx, t.origin_branch_id)));
  const mayView = async (ctx: Context, t: TicketRow) =>
    t.holder_key === ctx.userKey || t.recorder_key === ctx.userKey || (await secretaryOfTicket(ctx, t));
  const mayAct = async (ctx: Context, t: TicketRow) => t.holder_key === ctx.userKey || (await isSecretaryOf(ctx, t.branch_id));
  const mayVisit = async (ctx: Context, t: TicketRow) => t.recorder_key === ctx.userKey || (await secretaryOfTicket(ctx, t));
  /** The phone number in full only for the holder and the secretary; masked for everyone else. */
  const phoneFor = async (ctx: Context, t: TicketRow) =>
    !t.raiser_phone
      ? undefined
      : t.holder_key === ctx.userKey || (await secretaryOfTicket(ctx, t))
        ? t.raiser_phone
        : maskPhone(t.raiser_phone);

  /** `12`, `#12`, `12号` at the start of the arguments: the ticket when the sender may see it, and the rest. */
  async function ticketFromArgs(ctx: Context, verb: string, example: string): Promise<{ ticket: TicketRow; rest: string } | undefined> {
    const m = /^#?(\d{1,9})\s*号?(?:工单)?\s*(.*)$/s.exec(ctx.args.trim());
    if (!m) {
      ctx.reply(strings.idUsage(verb, example));
      return undefined;
    }
    const ticket = await store.byId(Number(m[1]));
    if (!ticket || !(await mayView(ctx, ticket))) {
      ctx.reply(strings.notFound(m[1]!));
      return undefined;
    }
    return { ticket, rest: m[2]!.trim() };
  }

  // ── Views ─────────────────────────────────────────────────────────────────────────────────────────────

  const dueWords = (t: TicketRow) => (t.on_spot ? '当场解决' : t.due_on ? `${t.due_on} 前` : '未定');

  async function describe(ctx: Context, t: TicketRow): Promise<string> {
    const phone = await phoneFor(ctx, t);
    const branch = await directory().byId(t.branch_id);
    return [
      `民情工单 ${t.id} 号（${STATUS_NAMES[t.status]}${overdue(t) ? '，已逾期' : ''}）`,
      `反映人：${who(t)}${phone ? `，电话 ${phone}` : ''}`,
      `问题：${t.content}`,
      `类别：${t.category}`,
      `责任人：${t.holder_name}${branch ? `（${branch.name}）` : ''}`,
      `承诺期限：${dueWords(t)}`,
      ...(t.outcome ? [`办理结果：${t.outcome}`] : []),
      ...(t.satisfaction ? [`回访：${t.satisfaction}${t.score === null ? '' : `（${t.score} 分）`}`] : []),
    ].join('\n');
  }

  const overdue = (t: TicketRow) => t.status === 'open' && t.due_on !== null && t.due_on < localDate(now(), t.zone);

  const historyLine = (e: TicketEventRow, zone: string) =>
    `${formatStamp(new Date(e.at), zone)} ${e.actor_name} ${EVENT_WORDS[e.kind] ?? e.kind}${e.note ? `：${e.note}` : ''}${attached(filesOfEvent(e))}`;
  const attached = (files: IncomingFile[]) => (files.length ? `（附${filesWords(files)}）` : '');

  const categoryButtons = (t: TicketRow) => {
    const others = CATEGORIES.filter((c) => c !== t.category);
    return [others.slice(0, 3), others.slice(3)].map((row) =>
      row.map((c) => ({ label: `改为${c}`, data: `${PREFIX}:cat:${t.id}:${CATEGORIES.indexOf(c)}` })),
    );
  };

  const jobs = createTicketJobs({ services, store, directory });
  const { planReminders, planDigest, digestText, pushTo, DIGEST_AT } = jobs;

  // ── Recording ─────────────────────────────────────────────────────────────────────────────────────────

  async function recordFrom(ctx: Context, text: string, spot: boolean): Promise<void> {
    const branch = await directory().ofChat(ctx);
    if (!branch) return ctx.reply(strings.noBranch);
    const draft = parseTicket(text, { from: now(), zone: branch.zone });
    if (spot) draft.onSpot = true;
    if (!draft.content && !draft.raiser && !draft.place && !draft.due) return ctx.reply(strings.usage);
    await directory().remember(ctx, branch.id);
    await proceed(ctx, branch, draft);
  }

  /** Asks for the next missing part, or records the 工单 when nothing is missing. */
  async function proceed(ctx: Context, branch: Branch, draft: TicketDraft, problem?: string): Promise<void> {
    const missing = missingOf(draft);
    if (missing) {
      const question = {
        content: strings.askContent,
        raiser: draft.raiserGuess ? strings.askRaiserGuess(draft.raiserGuess) : strings.askRaiser,
        due: strings.askDue,
        place: strings.askPlace(draft.raiser),
      }[missing];
      const note = missing === 'due' && draft.dueProblem ? `${draft.dueProblem}\n` : problem ? `${problem}\n` : '';
      await ctx.state.set(FEATURE, { kind: 'draft', branchId: branch.id, draft, ask: missing } satisfies PendingDraft, 30);
      return ctx.reply(`${note}${question}`);
    }
    const holder = await holderOf(ctx, branch, draft.holder);
    if ('unknown' in holder) {
      const names = (await directory().members(branch.id)).map((m) => m.name);
      await ctx.state.set(FEATURE, { kind: 'draft', branchId: branch.id, draft, ask: 'holder' } satisfies PendingDraft, 30);
      return ctx.reply(strings.askHolder(holder.unknown, names));
    }
    await ctx.state.clear();
    await record(ctx, branch, draft, holder);
  }

  interface Holder {
    key: string;
    name: string;
    address?: Address;
    branch: Branch;
  }

  /** The responsible person: the recorder by default, a member of the branch by name, or another branch's secretary. */
  async function holderOf(ctx: Context, branch: Branch, named: string | undefined): Promise<Holder | { unknown: string }> {
    const self = { key: ctx.userKey, name: ctx.message.sender.name ?? '我', address: privateAddress(ctx), branch };
    const name = named?.replace(/^(同志|党员)|(同志|书记)$/g, '').trim();
    if (!name || /^(我|本人|自己|我自己)$/.test(name)) return self;
    const members = await directory().members(branch.id);
    const member = members.find((m) => m.name === name) ?? members.find((m) => m.name.includes(name) || name.includes(m.name));
    if (member) return { key: member.userKey, name: member.name, address: member.address, branch };
    const other = (await directory().all()).find((b) => b.name === name || b.name.includes(name) || name.includes(b.name));
    if (other)
      return { key: other.secretaryKey, name: `${other.name}书记`, address: other.secretaryAddress ?? other.chatAddress, branch: other };
    return { unknown: name };
  }

  async function record(ctx: Context, branch: Branch, draft: TicketDraft, holder: Holder): Promise<void> {
    const current = now();
    const zone = holder.branch.zone;
    const spot = draft.onSpot === true;
    const ticket = await store.add(
      {
        branch_id: holder.branch.id,
        origin_branch_id: branch.id,
        raiser_name: draft.raiser ?? '群众',
        raiser_place: draft.place ?? null,
        raiser_phone: draft.phone ?? null,
        content: draft.content!.slice(0, 500),
        category: draft.category ?? '其他',
        holder_key: holder.key,
        holder_name: holder.name,
        holder_platform: holder.address?.platform ?? null,
        holder_chat_id: holder.address?.chatId ?? null,
        recorder_key: ctx.userKey,
        recorder_name: ctx.message.sender.name ?? '成员',
        status: spot ? 'done' : 'open',
        on_spot: spot ? 1 : 0,
        due_on: spot ? null : draft.due!,
        zone,
        created_at: current.toISOString(),
        done_at: spot ? current.toISOString() : null,
        done_on: spot ? localDate(current, zone) : null,
        outcome: spot ? '当场解决' : null,
        satisfaction: null,
        score: null,
        visited_at: null,
      },
      actorOf(ctx),
      { kind: spot ? 'spot' : 'record', note: draft.content!.slice(0, 200) },
    );
    await planReminders(ticket);
    if (holder.key !== ctx.userKey)
      await pushTo(
        holder.address,
        `${ticket.recorder_name} 登记了一件民情工单交你负责：\n${ticket.id} 号 ${who(ticket)}：${ticket.content}\n承诺 ${ticket.due_on} 前办结。发送“查看工单 ${ticket.id}”看详情。`,
      );
    // A guess on thin or split evidence is said as such, so the member confirms it with the buttons below.
    const guessed = draft.categoryGiven ? '' : draft.categoryUnsure ? strings.categoryUnsure : '（按内容判断，不对可点下面的按钮改）';
    const next = spot
      ? `已记为当场解决。请择日回访：回访 ${ticket.id} 满意/基本满意/不满意`
      : `到期前${(await store.settings(ticket.branch_id)).lead_days}天和当天会提醒责任人，逾期告知支部书记。\n有进展：工单进展 ${ticket.id} …；办好：办结 ${ticket.id} 办理结果；转办：转办 ${ticket.id} 接手人 原因`;
    ctx.reply({
      text: `已登记。${(await describe(ctx, ticket)).replace(/^民情工单/, '\n民情工单').replace(`类别：${ticket.category}`, `类别：${ticket.category}${guessed}`)}\n${next}`,
      buttons: categoryButtons(ticket),
    });
  }

  async function continueDraft(ctx: Context, pending: PendingDraft): Promise<void> {
    const branch = await directory().byId(pending.branchId);
    if (!branch) {
      await ctx.state.clear();
      return ctx.reply(strings.noBranch);
    }
    const draft = { ...pending.draft };
    const text = ctx.text.trim();
    let problem: string | undefined;
    if (pending.ask === 'content') {
      const more = parseTicket(text, { from: now(), zone: branch.zone });
      draft.content = more.content ?? text;
      if (!draft.raiser && more.raiser) draft.raiser = more.raiser;
      if (!draft.place && more.place) draft.place = more.place;
      if (!draft.due && more.due) draft.due = more.due;
      if (!draft.categoryGiven) {
        draft.category = more.category;
        draft.categoryUnsure = more.categoryUnsure;
      }
    } else if (pending.ask === 'raiser') {
      const phone = readPhone(text);
      if (phone) draft.phone = phone.number;
      let rest = (phone?.rest ?? text).trim();
      // 是, 对: the name offered in the question (反映人是郑福来吗？) is who raised it. 不是 turns it down: the name
      // after it, if any, is read; with none the plain question follows, never the same guess again.
      if (draft.raiserGuess && GUESS_TAKEN.test(rest)) draft.raiser = draft.raiserGuess;
      else {
        if (draft.raiserGuess && GUESS_REFUSED.test(rest)) {
          delete draft.raiserGuess;
          rest = rest.replace(GUESS_REFUSED, '').trim();
        }
        if (/^(匿名|不详|不愿透露|不留)/.test(rest)) draft.raiser = '匿名群众';
        else if (rest) Object.assign(draft, mapWho(readWho(rest)));
        if (!draft.raiser && rest) problem = '没看出是谁反映的。';
      }
      if (draft.raiser) delete draft.raiserGuess;
    } else if (pending.ask === 'due') {
      const deadline = readDue(text, { from: now(), zone: branch.zone });
      if (deadline.ok) {
        draft.due = deadline.date;
        delete draft.dueProblem;
      } else draft.dueProblem = deadline.reason;
    } else if (pending.ask === 'place') {
      const place = placeAnswer(text);
      if (place === 'unknown') draft.placeUnknown = true;
      else if (place) draft.place = place;
      else problem = '没看出是哪个村/社区。';
    } else draft.holder = text;
    await proceed(ctx, branch, draft, problem);
  }

  /**
   * The answer to “哪个村/社区”: a place read in it, a short answer that reads as a place taken as said, or 跳过 /
   * 不清楚; anything else (明天, 王大爷, 好的) is not taken for a place, and is asked again.
   */
  const placeAnswer = (text: string): string | 'unknown' | undefined => {
    if (/^(?:跳过|略过|不清楚|不知道|不晓得|不详|没问|没说|无|没有|不用了?|算了)[。.！!]*$/.test(text)) return 'unknown';
    const read = readWho(text).place;
    if (read) return read;
    const said = text.replace(/^(?:是|在|住在?|就在)/, '').replace(/(?:的|那边|那里|这边)?[。.！!]*$/, '');
    return looksLikePlace(said) ? said : undefined;
  };

  const mapWho = (w: { name?: string; place?: string }): Partial<TicketDraft> => ({
    ...(w.name ? { raiser: w.name } : {}),
    ...(w.place ? { place: w.place } : {}),
  });

  // ── The life of a 工单 ─────────────────────────────────────────────────────────────────────────────────

  async function progress(ctx: Context) {
    const found = await ticketFromArgs(ctx, '工单进展', '12 已联系供电所，明天来修');
    if (!found) return;
    const { ticket, rest } = found;
    if (!(await mayAct(ctx, ticket))) return ctx.reply(strings.cannotAct);
    if (ticket.status !== 'open') return ctx.reply(strings.notOpen(ticket.id));
    // A photo or file sent with the note (its caption is the note) is kept as a reference with it.
    const files = ctx.message.attachments ?? [];
    if (!rest && files.length === 0) return ctx.reply('请写进展情况，例如：工单进展 12 已联系供电所，明天来修（可以附照片或文件）');
    await store.change(ticket.id, {}, actorOf(ctx), {
      kind: 'progress',
      note: rest ? rest.slice(0, 500) : null,
      ...(files.length ? { detail: { files } } : {}),
    });
    ctx.reply(`已记下 ${ticket.id} 号工单的进展${rest ? `：${rest}` : ''}${attached(files)}`);
  }

  async function transfer(ctx: Context) {
    const found = await ticketFromArgs(ctx, '转办', '12 李四 他分管水电');
    if (!found) return;
    const { ticket, rest } = found;
    if (!(await mayAct(ctx, ticket))) return ctx.reply(strings.cannotAct);
    if (ticket.status !== 'open') return ctx.reply(strings.notOpen(ticket.id));
    const m = /^(?:给|到|至)?(\S+?)(?:负责|办理)?(?:\s+|[，,:：])(?:原因[:：]?\s*|因为)?(.+)$/.exec(rest);
    if (!rest) return ctx.reply(strings.transferUsage);
    if (!m) return ctx.reply(strings.transferReason);
    const branch = (await directory().byId(ticket.branch_id))!;
    const holder = await holderOf(ctx, branch, m[1]);
    if ('unknown' in holder)
      return ctx.reply(
        strings.askHolder(
          holder.unknown,
          (await directory().members(branch.id)).map((x) => x.name),
        ),
      );
    if (holder.key === ticket.holder_key) return ctx.reply(`${ticket.id} 号工单本来就由 ${ticket.holder_name} 负责。`);
    const reason = m[2]!.trim().slice(0, 300);
    const moved = await store.change(
      ticket.id,
      {
        holder_key: holder.key,
        holder_name: holder.name,
        holder_platform: holder.address?.platform ?? null,
        holder_chat_id: holder.address?.chatId ?? null,
        branch_id: holder.branch.id,
      },
      actorOf(ctx),
      {
        kind: 'transfer',
        note: `${ticket.holder_name} → ${holder.name}，原因：${reason}`,
        detail: { from: ticket.holder_key, to: holder.key },
      },
      true,
    );
    await services.scheduler.cancel(TICKET_DUE, `t${ticket.id}:`);
    await planReminders(moved);
    await pushTo(
      holder.address,
      `${actorOf(ctx).name} 把民情工单 ${moved.id} 号转给你办理（原因：${reason}）：\n${who(moved)}：${moved.content}\n承诺 ${moved.due_on} 前办结。发送“查看工单 ${moved.id}”看经过。`,
    );
    ctx.reply(`已把 ${ticket.id} 号工单转给 ${holder.name}，并已通知对方。`);
  }

  async function finish(ctx: Context) {
    const found = await ticketFromArgs(ctx, '办结', '12 路灯已修好');
    if (!found) return;
    const { ticket, rest } = found;
    if (!(await mayAct(ctx, ticket))) return ctx.reply(strings.cannotAct);
    if (ticket.status !== 'open') return ctx.reply(strings.notOpen(ticket.id));
    if (!rest) return ctx.reply(`请写办理结果，例如：办结 ${ticket.id} 路灯已修好`);
    const files = ctx.message.attachments ?? [];
    const current = now();
    const doneOn = localDate(current, ticket.zone);
    await store.change(
      ticket.id,
      { status: 'done', done_at: current.toISOString(), done_on: doneOn, outcome: rest.slice(0, 500) },
      actorOf(ctx),
      { kind: 'done', note: rest.slice(0, 500), ...(files.length ? { detail: { files } } : {}) },
    );
    await services.scheduler.cancel(TICKET_DUE, `t${ticket.id}:`);
    const onTime = !ticket.due_on || doneOn <= ticket.due_on;
    ctx.reply(
      `${ticket.id} 号工单已办结${onTime ? '（按期）' : `（超过承诺期限 ${ticket.due_on}）`}${attached(files)}。请登记人或书记回访群众：回访 ${ticket.id} 满意/基本满意/不满意`,
    );
  }

  const VERDICTS: [RegExp, string, number][] = [
    [/^(不满意|不太满意|很不满意|差评)/, '不满意', 40],
    [/^(基本满意|比较满意|还行|一般)/, '基本满意', 80],
    [/^(满意|非常满意|很满意|好评)/, '满意', 100],
  ];

  async function visit(ctx: Context) {
    const found = await ticketFromArgs(ctx, '回访', '12 满意');
    if (!found) return;
    const { ticket, rest } = found;
    if (!(await mayVisit(ctx, ticket))) return ctx.reply(strings.cannotVisit);
    if (ticket.status === 'open') return ctx.reply(strings.notDone(ticket.id));
    const verdict = VERDICTS.find(([pattern]) => pattern.test(rest));
    const scoreMatch = /(?:^|\D)(\d{1,3})\s*分/.exec(rest) ?? /^(\d{1,3})(?!\d)/.exec(rest);
    const score = scoreMatch ? Number(scoreMatch[1]) : verdict?.[2];
    if (score === undefined || score > 100) return ctx.reply(strings.visitUsage);
    const satisfaction = verdict?.[1] ?? (score >= 90 ? '满意' : score >= 60 ? '基本满意' : '不满意');
    const note = rest
      .replace(verdict?.[0] ?? /^$/, '')
      .replace(/\d{1,3}\s*分?/, '')
      .replace(/^[\s，,。:：]+/, '')
      .trim();
    const reopen = satisfaction === '不满意';
    const actor = actorOf(ctx);
    await store.change(ticket.id, { status: 'visited', satisfaction, score, visited_at: actor.at }, actor, {
      kind: 'visit',
      note: `${satisfaction}（${score} 分）${note ? `，${note}` : ''}`,
      detail: { score, satisfaction },
    });
    if (!reopen) return ctx.reply(`已记下 ${ticket.id} 号工单的回访：${satisfaction}（${score} 分）。`);
    // 不满意: the 工单 is handled again by the same holder, under the same promise (now likely overdue).
    const reopened = await store.change(
      ticket.id,
      { status: 'open', done_at: null, done_on: null },
      actor,
      { kind: 'reopen', note: note || '群众不满意' },
      true,
    );
    await planReminders(reopened);
    await pushTo(
      holderAddress(reopened),
      `民情工单 ${reopened.id} 号回访不满意，已重新办理：${who(reopened)}：${reopened.content}${note ? `\n群众的意见：${note}` : ''}`,
    );
    ctx.reply(`已记下回访：不满意（${score} 分）。${ticket.id} 号工单已重新打开，交回 ${reopened.holder_name} 办理，并已通知。`);
  }

  async function setCategory(ctx: Context, ticket: TicketRow, category: Category) {
    if (!(await mayAct(ctx, ticket)) && ticket.recorder_key !== ctx.userKey) return ctx.reply(strings.cannotAct);
    if (ticket.category === category) return ctx.reply(`${ticket.id} 号工单的类别已经是${category}。`);
    await store.change(ticket.id, { category }, actorOf(ctx), { kind: 'category', note: `${ticket.category} → ${category}` });
    ctx.reply(`已把 ${ticket.id} 号工单的类别改为${category}。`);
  }

  async function changeDue(ctx: Context) {
    const found = await ticketFromArgs(ctx, '工单期限', '12 月底前');
    if (!found) return;
    const { ticket, rest } = found;
    if (!(await isSecretaryOf(ctx, ticket.branch_id))) return ctx.reply('只有本支部书记才能改承诺期限。');
    if (ticket.status !== 'open') return ctx.reply(strings.notOpen(ticket.id));
    const deadline = readDue(rest, { from: now(), zone: ticket.zone });
    if (!deadline.ok) return ctx.reply(deadline.reason);
    const changed = await store.change(
      ticket.id,
      { due_on: deadline.date },
      actorOf(ctx),
      { kind: 'due', note: `${ticket.due_on} → ${deadline.date}` },
      true,
    );
    await services.scheduler.cancel(TICKET_DUE, `t${ticket.id}:`);
    await planReminders(changed);
    ctx.reply(`已把 ${ticket.id} 号工单的承诺期限改为 ${deadline.description}。`);
  }

  async function show(ctx: Context) {
    const found = await ticketFromArgs(ctx, '查看工单', '12');
    if (!found) return;
    const events = await store.events(found.ticket.id);
    ctx.reply(`${await describe(ctx, found.ticket)}\n经过：\n${events.map((e) => historyLine(e, found.ticket.zone)).join('\n')}`);
  }

  async function mine(ctx: Context) {
    const rows = await store.ofUser(ctx.userKey, 30);
    if (rows.length === 0) return ctx.reply('你还没有经手的民情工单。登记一件：民情工单 城关村 王大爷 反映村口路灯坏了 承诺3天内办结');
    const open = rows.filter((r) => r.status === 'open');
    const line = (t: TicketRow) =>
      `${t.id} 号【${STATUS_NAMES[t.status]}${overdue(t) ? '·逾期' : ''}】${who(t)}：${t.content.slice(0, 30)}（${
        t.holder_key === ctx.userKey ? '我负责' : `${t.holder_name}负责`
      }，${dueWords(t)}）`;
    ctx.reply(
      [
        `我的民情工单：办理中 ${open.length} 件${open.some(overdue) ? `，其中逾期 ${open.filter(overdue).length} 件` : ''}。`,
        ...rows.map(line),
      ].join('\n'),
    );
  }

  function periodOf(words: string, today: string): Period | undefined {
    const [year, month] = today.split('-').map(Number) as [number, number];
    if (!words || /^(本|这个?)月$/.test(words)) return monthOf(today);
    if (/^上个?月$/.test(words)) return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
    if (/^(本|这个?)?季度?$/.test(words)) return quarterOf(today);
    if (/^(本|今)年(度)?$|^全年$/.test(words)) return yearPeriod(year);
    const m = /^(?:(\d{4})年)?(\d{1,2})月$/.exec(words);
    if (m) return monthPeriod(m[1] ? Number(m[1]) : year, Number(m[2]));
    return undefined;
  }

  async function stats(ctx: Context) {
    const branch = await directory().ofChat(ctx);
    if (!branch) return ctx.reply(strings.noBranch);
    const today = localDate(now(), branch.zone);
    const period = periodOf(ctx.args.trim(), today);
    if (!period) return ctx.reply('写：工单统计（本月）、工单统计 本季度、工单统计 本年、工单统计 上月');
    const rows = await store.recordedBetween(
      branch.id,
      at(period.start, 0, 0, branch.zone).toISOString(),
      at(addDays(period.end, 1), 0, 0, branch.zone).toISOString(),
    );
    const summary = summarize(rows, today);
    const text = [
      `${branch.name} ${period.label}民情工单：`,
      totalsLine(summary.totals),
      ...(summary.byCategory.length ? ['按类别：', ...summary.byCategory.map((c) => `${c.label}：${totalsLine(c)}`)] : []),
      ...(summary.byMember.length ? ['按责任人：', ...summary.byMember.slice(0, 15).map((c) => `${c.label}：${totalsLine(c)}`)] : []),
    ].join('\n');
    if (rows.length === 0) return ctx.reply(text);
    ctx.reply(
      await withChart(
        text,
        ticketsChart(summary.byCategory, `${branch.name} ${period.label}民情工单（按类别）`),
        'tickets.png',
        services.log,
      ),
    );
  }

  async function secretaryBranch(ctx: Context): Promise<Branch | undefined> {
    const branch = await directory().ofChat(ctx);
    if (!branch) {
      ctx.reply(strings.noBranch);
      return undefined;
    }
    if (!(await isSecretaryOf(ctx, branch.id))) {
      ctx.reply('这项设置只能由本支部书记在本支部群里或自己的私聊中操作。');
      return undefined;
    }
    return branch;
  }

  async function digest(ctx: Context) {
    const branch = await secretaryBranch(ctx);
    if (!branch) return;
    const words = ctx.args.trim();
    const settings = await store.settings(branch.id);
    if (/^(开|开启|打开|订阅|每天)$/.test(words)) {
      await store.saveSettings({ ...settings, digest_on: 1, digest_platform: ctx.message.platform, digest_chat_id: ctx.message.chat.id });
      await planDigest(branch.id, branch.zone);
      return ctx.reply(strings.digestOn(`${DIGEST_AT.hour}:${String(DIGEST_AT.minute).padStart(2, '0')}`));
    }
    if (/^(关|关闭|停止|取消)$/.test(words)) {
      await store.saveSettings({ ...settings, digest_on: 0 });
      await services.scheduler.cancel(TICKET_DIGEST, `d${branch.id}:`);
      return ctx.reply(strings.digestOff);
    }
    ctx.reply(`${await digestText(branch)}\n（发送“工单日报 开”每天早上自动收到。）`);
  }

  async function leadDays(ctx: Context) {
    const branch = await secretaryBranch(ctx);
    if (!branch) return;
    const m = /^(?:提前)?\s*(\d)\s*天$/.exec(ctx.args.trim());
    const days = m ? Number(m[1]) : undefined;
    if (!days || days > 7) return ctx.reply(strings.leadUsage);
    await store.saveSettings({ ...(await store.settings(branch.id)), lead_days: days });
    ctx.reply(`好的，以后登记的工单在承诺期限前 ${days} 天和当天提醒责任人。`);
  }

  return {
    name: FEATURE,
    actionPrefix: PREFIX,
    migrations: ticketsMigrations,
    commands: [
      {
        name: 'ticket',
        // 明情工单, 民请工单, 民情公单: the command as voice input writes it (the parser reads them too).
        aliases: ['民情工单', '记工单', '登记工单', '工单登记', '明情工单', '民请工单', '民情公单', '明情公单'],
        description: '登记民情工单，如：民情工单 城关村 王大爷 反映村口路灯坏了 承诺3天内办结',
        group: '民情工单',
        glued: true,
        run: (ctx) => recordFrom(ctx, ctx.args, false),
      },
      {
        // 工单 alone as the first word, as terse writers shorten the command (the parser reads it too). Not glued: 工单进展,
        // 工单统计 and the other 工单 commands stay theirs.
        name: 'ticket_short',
        aliases: ['工单'],
        description: '同“民情工单”，如：工单 城关村 王大爷 村口路灯坏了 3天内',
        group: '民情工单',
        run: (ctx) => recordFrom(ctx, ctx.args, false),
      },
      {
        name: 'ticket_spot',
        aliases: ['当场解决', '现场解决'],
        description: '登记当场解决的群众诉求，如：当场解决 城关村 李大妈 反映下水道堵了 已疏通',
        group: '民情工单',
        glued: true,
        run: (ctx) => recordFrom(ctx, ctx.args, true),
      },
      {
        name: 'ticket_progress',
        aliases: ['工单进展', '工单进度'],
        description: '记录工单办理进展，如：工单进展 12 已联系供电所',
        group: '民情工单',
        run: progress,
      },
      {
        name: 'ticket_transfer',
        aliases: ['转办'],
        description: '把工单转给其他成员或支部，如：转办 12 李四 他分管水电',
        group: '民情工单',
        run: transfer,
      },
      {
        name: 'ticket_done',
        aliases: ['办结', '工单办结'],
        description: '工单办结，如：办结 12 路灯已修好',
        group: '民情工单',
        run: finish,
      },
      {
        name: 'ticket_visit',
        aliases: ['回访'],
        description: '回访群众，如：回访 12 满意（或 基本满意、不满意、85分）',
        group: '民情工单',
        run: visit,
      },
      {
        name: 'ticket_show',
        aliases: ['查看工单', '工单详情'],
        description: '查看一件工单和它的办理经过，如：查看工单 12',
        group: '民情工单',
        run: show,
      },
      {
        name: 'ticket_category',
        aliases: ['工单类别', '改类别'],
        description: `更正工单类别，如：工单类别 12 医疗（${CATEGORIES.join('、')}）`,
        group: '民情工单',
        async run(ctx) {
          const found = await ticketFromArgs(ctx, '工单类别', '12 医疗');
          if (!found) return;
          const category = categoryNamed(found.rest);
          if (!category) return ctx.reply(`类别可以是：${CATEGORIES.join('、')}`);
          await setCategory(ctx, found.ticket, category);
        },
      },
      {
        name: 'ticket_due',
        aliases: ['工单期限', '改期限'],
        description: '书记调整承诺期限，如：工单期限 12 月底前',
        group: '民情工单',
        run: changeDue,
      },
      { name: 'mytickets', aliases: ['我的工单'], description: '查看我登记和负责的民情工单', group: '民情工单', run: mine },
      {
        name: 'ticket_stats',
        aliases: ['工单统计'],
        description: '本支部民情工单统计，如：工单统计 本季度',
        group: '民情工单',
        run: stats,
      },
      {
        name: 'ticket_digest',
        aliases: ['工单日报'],
        description: '书记查看办理中和逾期的工单；“工单日报 开”每天早上收到',
        group: '民情工单',
        secretary: true,
        run: digest,
      },
      {
        name: 'ticket_lead',
        aliases: ['工单提醒'],
        description: '设置提前几天提醒责任人，如：工单提醒 提前2天',
        group: '民情工单',
        secretary: true,
        run: leadDays,
      },
    ],

    async onAction(ctx, data) {
      const [, verb, id, value] = data.split(':');
      const ticket = /^\d{1,9}$/.test(id ?? '') ? await store.byId(Number(id)) : undefined;
      if (verb !== 'cat' || !ticket || !(await mayView(ctx, ticket))) return ctx.reply('这个按钮已经失效了。');
      const category = CATEGORIES[Number(value)];
      if (!category) return ctx.reply('这个按钮已经失效了。');
      await setCategory(ctx, ticket, category);
    },

    async onPending(ctx, state) {
      const pending = state.data as PendingDraft | null;
      if (pending?.kind !== 'draft') return false;
      await continueDraft(ctx, pending);
      return true;
    },

    async cancelOpen(ctx) {
      const state = await ctx.state.get<PendingDraft>();
      return state?.feature === FEATURE && state.data?.kind === 'draft' ? '正在登记的民情工单' : undefined;
    },

    async start() {
      for (const settings of await store.digestBranches()) {
        const branch = await directory().byId(settings.branch_id);
        if (branch) await planDigest(branch.id, branch.zone);
      }
    },
  };
};
