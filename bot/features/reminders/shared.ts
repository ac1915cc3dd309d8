import type { Command, Context, PendingState, Services } from '../../core/feature';
import type { Address, Button } from '../../core/message';
import type { BranchStore } from './branches/store';

export const FEATURE = 'reminders';
export const PREFIX = 'rm';

/** A confirmation waiting for 确认/取消: which subject's action, with what. */
export interface PendingConfirmation {
  kind: 'confirm';
  token: string;
  action: string;
  payload: unknown;
  /** What is waiting, in a few words, for saying that it lapsed. */
  summary?: string;
}

/** The secretary pressed 已召开 and is asked for attendance and topic. */
export interface PendingRecord {
  kind: 'record';
  branchId: number;
  type: string;
  date: string;
}

export type Pending = PendingConfirmation | PendingRecord;

export type ConfirmHandler<P = unknown> = (ctx: Context, payload: P) => Promise<void>;

/**
 * Confirm-before-acting, one protocol for every subject: `ask` stores the pending action and shows 确认/取消
 * (`rm:ok:<token>` / `rm:no:<token>`); the press runs the action registered under that name, which checks
 * permissions and the branch again (the state belongs to the one user in the one chat who asked).
 */
export interface Confirmations {
  /** The payload is what {@link ask} stored for this action (JSON: plain data only). */
  register<P>(action: string, handler: ConfirmHandler<P>): void;
  /**
   * Shows 确认/取消 for one action. One confirmation waits at a time: a new one replaces the earlier, and the
   * reply says which earlier one lapsed. `summary` names the action in a few words (default: the text's first line).
   */
  ask(ctx: Context, action: string, payload: unknown, text: string, summary?: string): Promise<void>;
  handle(ctx: Context, data: string): Promise<void>;
}

export const confirmButtons = (token: string): Button[][] => [
  [
    { label: '确认', data: `${PREFIX}:ok:${token}` },
    { label: '取消', data: `${PREFIX}:no:${token}` },
  ],
];

export function createConfirmations(services: Services): Confirmations {
  const handlers = new Map<string, ConfirmHandler>();
  let counter = 0;
  return {
    register(action, handler) {
      handlers.set(action, handler as ConfirmHandler);
    },
    async ask(ctx, action, payload, text, summary = text.split('\n')[0]) {
      const token = `${services.clock.now().getTime().toString(36)}${(counter++ % 1296).toString(36)}`;
      const earlier = await ctx.state.get<Pending>();
      const lapsed = earlier?.feature === FEATURE && earlier.data?.kind === 'confirm' ? lapseNote(earlier.data) : '';
      await ctx.state.set(FEATURE, { kind: 'confirm', token, action, payload, summary: brief(summary) } satisfies PendingConfirmation, 30);
      ctx.reply({ text: lapsed ? `${lapsed}\n${text}` : text, buttons: confirmButtons(token) });
    },
    async handle(ctx, data) {
      const [, verb, token] = data.split(':');
      const state = await ctx.state.get<Pending>();
      const pending = state?.feature === FEATURE && state.data?.kind === 'confirm' ? state.data : undefined;
      if (!pending || pending.token !== token)
        return ctx.reply('这个确认已经失效了（可能已处理、已超时或已被新的操作取代），请重新发送指令。');
      await ctx.state.clear();
      if (verb === 'no') return ctx.reply('已取消，什么都没有改动。');
      const handler = handlers.get(pending.action);
      if (!handler) return ctx.reply('这个确认已经失效了，请重新发送指令。');
      await handler(ctx, pending.payload);
    },
  };
}

const brief = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Said when a confirmation is replaced or passed over: nothing of it was done. */
export const lapseNote = (pending: PendingConfirmation) =>
  `（之前等你点按的“${pending.summary ?? '操作'}”已作废，没有执行；一次只保留最新的一项。）`;

/** One subject of the reminders feature (meetings, certificates, personal reminders, 党费, 五不 warnings). */
export interface Subject {
  commands: Command[];
  /** Button verbs (`rm:<verb>:…`) this subject answers, besides the shared ok/no. */
  actions?: Record<string, (ctx: Context, parts: string[]) => Promise<void>>;
  /** Text while this subject's pending step (other than a confirmation) is open. */
  onPending?(ctx: Context, pending: Pending): Promise<boolean>;
  start?(): Promise<void>;
  onRecipientUnavailable?(address: Address): Promise<void>;
}

export interface SubjectDeps {
  services: Services;
  branches: BranchStore;
  confirmations: Confirmations;
}

export const lateNote = '（迟到的提醒：助手刚恢复运行）';

/** A member's private chat: the chat itself when private, else the sender's id (Telegram and Slack accept it). */
export const privateChatOf = (ctx: Context) => (ctx.message.chat.kind === 'private' ? ctx.message.chat.id : ctx.message.sender.id);

/**
 * Records the sender as a member of the branch (name, private chat), with the opt-ins given. A sender whose
 * platform gives no name and who never set one is asked to set one (lists would otherwise not name them).
 */
export async function rememberSender(
  deps: Pick<SubjectDeps, 'services' | 'branches'>,
  ctx: Context,
  branchId: number,
  options?: Parameters<BranchStore['remember']>[1],
) {
  await deps.branches.remember(
    {
      branchId,
      userKey: ctx.userKey,
      name: ctx.message.sender.name ?? null,
      platform: ctx.message.platform,
      privateChatId: privateChatOf(ctx),
      joinedAt: deps.services.clock.now().toISOString(),
    },
    options,
  );
  if (
    !ctx.message.sender.name &&
    !(await deps.branches.member(branchId, ctx.userKey))?.name &&
    !(await deps.branches.displayName(ctx.userKey))
  )
    ctx.reply('你还没有设置姓名，支部名单、党费和会议记录里会缺少你的名字。请发送“我叫 张三”（写你的真实姓名）。');
}

export type { PendingState };
