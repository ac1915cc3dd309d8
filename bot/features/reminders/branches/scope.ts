import type { Context } from '../../../core/feature';
import { zoneLabel } from '../../../time';
import type { BranchRow } from '../tables';
import type { BranchStore } from './store';

export const NO_BRANCH = '这里还没有绑定支部。请书记先发送“绑定支部 支部名称”（在支部群里发送即绑定本群）。';
export const OTHER_BRANCH = '这项内容不属于本群绑定的支部，不能在这里操作。请到它所属支部的群里（或由该支部书记）办理。';

/**
 * The branch a chat acts for: the group bound to it; in a private chat, the branch this user runs as secretary,
 * else the one they are a member of. Every secretary action checks that its object belongs to this branch, so
 * the admin of one group has no power over another branch.
 */
export async function branchOfChat(ctx: Context, branches: BranchStore): Promise<BranchRow | undefined> {
  const own = await branches.byChat(ctx.chatKey);
  if (own || ctx.message.chat.kind === 'group') return own;
  return (await branches.bySecretary(ctx.userKey)) ?? (await branches.ofMember(ctx.userKey))[0];
}

/** The chat's branch, or a reply saying how to bind one. */
export async function requireBranch(ctx: Context, branches: BranchStore): Promise<BranchRow | undefined> {
  const branch = await branchOfChat(ctx, branches);
  if (!branch) ctx.reply(NO_BRANCH);
  return branch;
}

/**
 * For secretary actions: the sender is a secretary here and, in a private chat, actually runs the branch (a
 * member's private chat falls back to their branch, which must not make them its secretary).
 */
export async function requireSecretaryBranch(ctx: Context, branches: BranchStore, action: string): Promise<BranchRow | undefined> {
  if (!(await ctx.requireSecretary(action))) return undefined;
  const branch = await requireBranch(ctx, branches);
  if (!branch) return undefined;
  if (ctx.message.chat.kind === 'private' && branch.secretary_key !== ctx.userKey && branch.chat_key !== ctx.chatKey) {
    ctx.reply(OTHER_BRANCH);
    return undefined;
  }
  return branch;
}

/** True when the object's branch is the chat's; otherwise replies with the refusal. */
export function sameBranch(ctx: Context, branch: BranchRow, objectBranchId: number | null | undefined): boolean {
  if (objectBranchId === branch.id) return true;
  ctx.reply(OTHER_BRANCH);
  return false;
}

/** 北京时间 for Asia/Shanghai; the zone in Chinese otherwise. */
export const zoneWords = (branch: Pick<BranchRow, 'zone'> | undefined, fallback: string) => zoneLabel(branch?.zone ?? fallback);

/**
 * For a secretary action on an object of a known branch (a schedule, a record, a pending confirmation): the
 * branch to act on, or undefined after a refusal. In a group the object must belong to the group's branch; in a
 * private chat to a branch this user runs (a secretary of two branches answers both follow-ups privately).
 */
export async function secretaryBranchFor(
  ctx: Context,
  branches: BranchStore,
  action: string,
  objectBranchId: number,
): Promise<BranchRow | undefined> {
  if (!(await ctx.requireSecretary(action))) return undefined;
  const target = await branches.byId(objectBranchId);
  const chatBranch = await branches.byChat(ctx.chatKey);
  const allowed =
    ctx.message.chat.kind === 'group'
      ? chatBranch !== undefined && chatBranch.id === objectBranchId
      : target !== undefined && (target.secretary_key === ctx.userKey || target.chat_key === ctx.chatKey);
  if (!target || !allowed) {
    ctx.reply(target ? OTHER_BRANCH : NO_BRANCH);
    return undefined;
  }
  return target;
}
