import type { Context } from '../../../core/feature';
import type { Address } from '../../../core/message';
import { branchOfChat } from './scope';
import type { BranchStore } from './store';

/** A branch as other features see it: who runs it and where to reach them. */
export interface BranchInfo {
  id: number;
  name: string;
  zone: string;
  secretaryKey: string;
  /** The secretary's private chat, when known. */
  secretaryAddress?: Address;
  /** The branch's bound group. */
  chatAddress: Address;
}

export interface BranchMemberInfo {
  userKey: string;
  name: string;
  /** The member's private chat, when they have written to the bot there or in the group. */
  address?: Address;
}

/**
 * What the reminders feature offers other features about branches and their members (民情工单 uses it for the
 * branch of a chat, its secretary and its members). Provided as `services.provide('branches', …)`.
 */
export interface BranchDirectory {
  /** The branch this chat acts for (the bound group; in a private chat the one the user runs, else belongs to). */
  ofChat(ctx: Context): Promise<BranchInfo | undefined>;
  byId(id: number): Promise<BranchInfo | undefined>;
  all(): Promise<BranchInfo[]>;
  members(branchId: number): Promise<BranchMemberInfo[]>;
  /** Records the sender as a member of the branch (name, private chat). */
  remember(ctx: Context, branchId: number): Promise<void>;
}

declare module '../../../core/feature' {
  interface ProvidedServices {
    branches: BranchDirectory;
  }
}

type Row = NonNullable<Awaited<ReturnType<BranchStore['byId']>>>;

const infoOf = (row: Row): BranchInfo => ({
  id: row.id,
  name: row.name,
  zone: row.zone,
  secretaryKey: row.secretary_key,
  secretaryAddress:
    row.secretary_platform && row.secretary_chat_id ? { platform: row.secretary_platform, chatId: row.secretary_chat_id } : undefined,
  chatAddress: { platform: row.platform, chatId: row.chat_id },
});

export function createBranchDirectory(branches: BranchStore, remember: (ctx: Context, branchId: number) => Promise<void>): BranchDirectory {
  return {
    async ofChat(ctx) {
      const row = await branchOfChat(ctx, branches);
      return row && infoOf(row);
    },
    async byId(id) {
      const row = await branches.byId(id);
      return row && infoOf(row);
    },
    all: async () => (await branches.all()).map(infoOf),
    async members(branchId) {
      const views = await branches.members(branchId);
      return Promise.all(
        views.map(async (view) => {
          const row = await branches.member(branchId, view.userKey);
          const address = row?.private_chat_id ? { platform: row.platform, chatId: row.private_chat_id } : undefined;
          return { userKey: view.userKey, name: view.name, address };
        }),
      );
    },
    remember,
  };
}
