import type { BranchRow, MemberRow, RemindersDb } from '../tables';

export interface NewBranch {
  chatKey: string;
  platform: string;
  chatId: string;
  name: string;
  zone: string;
  secretaryKey: string;
  secretaryPlatform: string;
  secretaryChatId: string;
  createdAt: string;
}

export interface MemberInput {
  branchId: number;
  userKey: string;
  name: string | null;
  platform: string;
  privateChatId: string;
  joinedAt: string;
}

/** A member as people see them: the display name, never the platform id. */
export interface MemberView {
  userKey: string;
  name: string;
  optIn: boolean;
  duesOptIn: boolean;
  joinedAt: string | null;
}

/**
 * Branches (one per bound chat) and the people known to belong to them. The web console lists branches with
 * {@link BranchStore.all} and members with {@link BranchStore.members}.
 */
export interface BranchStore {
  byId(id: number): Promise<BranchRow | undefined>;
  byChat(chatKey: string): Promise<BranchRow | undefined>;
  /** The branch a secretary runs, newest first (their private chat acts for it). */
  bySecretary(userKey: string): Promise<BranchRow | undefined>;
  /** Every branch a user is a member of. */
  ofMember(userKey: string): Promise<BranchRow[]>;
  all(): Promise<BranchRow[]>;
  /** Binds the chat to a branch (renames it when already bound) and returns it. */
  bind(branch: NewBranch): Promise<BranchRow>;
  setLeads(branchId: number, minutes: number[]): Promise<void>;
  setHolidays(branchId: number, on: boolean): Promise<void>;
  /** The date the branch's records count from (`YYYY-MM-DD`); compliance and 五不 warnings start there. */
  setRecordsFrom(branchId: number, date: string): Promise<void>;
  /** Sets a member's name in every branch they belong to (the name people see in lists and warnings). */
  setName(userKey: string, name: string): Promise<void>;
  /** Records that a user belongs to the branch; `optIn`/`duesOptIn` change only when given. */
  remember(member: MemberInput, options?: { optIn?: boolean; duesOptIn?: boolean }): Promise<void>;
  member(branchId: number, userKey: string): Promise<MemberRow | undefined>;
  members(branchId: number): Promise<MemberView[]>;
  /** Private chats of members who asked for meeting reminders there. */
  optedIn(branchId: number): Promise<{ platform: string; chatId: string }[]>;
  /** Members who asked for a monthly 党费 reminder. */
  duesOptedIn(branchId: number): Promise<MemberRow[]>;
  /** Stops private pushes to a chat that blocked the bot. */
  pauseChat(platform: string, chatId: string): Promise<void>;
  /** The display name a user last wrote under (core `users` table), or undefined. */
  displayName(userKey: string): Promise<string | undefined>;
}

export function createSqliteBranchStore(db: RemindersDb): BranchStore {
  const store: BranchStore = {
    byId: (id) => db.selectFrom('branches').selectAll().where('id', '=', id).executeTakeFirst(),
    byChat: (chatKey) => db.selectFrom('branches').selectAll().where('chat_key', '=', chatKey).executeTakeFirst(),
    bySecretary: (userKey) =>
      db.selectFrom('branches').selectAll().where('secretary_key', '=', userKey).orderBy('id', 'desc').limit(1).executeTakeFirst(),
    ofMember: (userKey) =>
      db
        .selectFrom('branches')
        .selectAll('branches')
        .innerJoin('branch_members', 'branch_members.branch_id', 'branches.id')
        .where('branch_members.user_key', '=', userKey)
        .orderBy('branches.id')
        .execute(),
    all: () => db.selectFrom('branches').selectAll().orderBy('id').execute(),
    async bind(branch) {
      await db
        .insertInto('branches')
        .values({
          chat_key: branch.chatKey,
          platform: branch.platform,
          chat_id: branch.chatId,
          name: branch.name,
          zone: branch.zone,
          secretary_key: branch.secretaryKey,
          secretary_platform: branch.secretaryPlatform,
          secretary_chat_id: branch.secretaryChatId,
          created_at: branch.createdAt,
        })
        .onConflict((oc) => oc.column('chat_key').doUpdateSet({ name: branch.name, secretary_key: branch.secretaryKey }))
        .execute();
      return (await store.byChat(branch.chatKey))!;
    },
    async setLeads(branchId, minutes) {
      await db
        .updateTable('branches')
        .set({ lead_minutes: JSON.stringify(minutes) })
        .where('id', '=', branchId)
        .execute();
    },
    async setHolidays(branchId, on) {
      await db
        .updateTable('branches')
        .set({ holidays: on ? 1 : 0 })
        .where('id', '=', branchId)
        .execute();
    },
    async setRecordsFrom(branchId, date) {
      await db.updateTable('branches').set({ records_from: date }).where('id', '=', branchId).execute();
    },
    async setName(userKey, name) {
      await db.updateTable('branch_members').set({ name }).where('user_key', '=', userKey).execute();
    },
    async remember(member, options = {}) {
      const flags = {
        ...(options.optIn === undefined ? {} : { opt_in: options.optIn ? 1 : 0 }),
        ...(options.duesOptIn === undefined ? {} : { dues_opt_in: options.duesOptIn ? 1 : 0 }),
      };
      await db
        .insertInto('branch_members')
        .values({
          branch_id: member.branchId,
          user_key: member.userKey,
          name: member.name,
          platform: member.platform,
          private_chat_id: member.privateChatId,
          joined_at: member.joinedAt,
          ...flags,
        })
        .onConflict((oc) =>
          oc
            .columns(['branch_id', 'user_key'])
            .doUpdateSet((eb) => ({ name: eb.fn.coalesce(eb.val(member.name), eb.ref('branch_members.name')), ...flags })),
        )
        .execute();
    },
    member: (branchId, userKey) =>
      db.selectFrom('branch_members').selectAll().where('branch_id', '=', branchId).where('user_key', '=', userKey).executeTakeFirst(),
    async members(branchId) {
      const rows = await db
        .selectFrom('branch_members')
        .leftJoin('users', 'users.key', 'branch_members.user_key')
        .select(['branch_members.user_key', 'branch_members.name', 'users.name as user_name', 'opt_in', 'dues_opt_in', 'joined_at'])
        .where('branch_id', '=', branchId)
        // Members remembered before join dates were kept come first, as SQLite sorts NULL (PostgreSQL would put them last).
        .orderBy('branch_members.joined_at', (ob) => ob.asc().nullsFirst())
        .orderBy('branch_members.user_key')
        .execute();
      return rows.map((r) => ({
        userKey: r.user_key,
        name: r.name ?? r.user_name ?? unnamed(r.user_key),
        optIn: r.opt_in === 1,
        duesOptIn: r.dues_opt_in === 1,
        joinedAt: r.joined_at,
      }));
    },
    async optedIn(branchId) {
      const rows = await db
        .selectFrom('branch_members')
        .select(['platform', 'private_chat_id'])
        .where('branch_id', '=', branchId)
        .where('opt_in', '=', 1)
        .where('private_chat_id', 'is not', null)
        .execute();
      return rows.map((r) => ({ platform: r.platform, chatId: r.private_chat_id! }));
    },
    duesOptedIn: (branchId) =>
      db.selectFrom('branch_members').selectAll().where('branch_id', '=', branchId).where('dues_opt_in', '=', 1).execute(),
    async pauseChat(platform, chatId) {
      await db
        .updateTable('branch_members')
        .set({ opt_in: 0, dues_opt_in: 0 })
        .where('platform', '=', platform)
        .where('private_chat_id', '=', chatId)
        .execute();
    },
    async displayName(userKey) {
      const row = await db.selectFrom('users').select('name').where('key', '=', userKey).executeTakeFirst();
      return row?.name ?? undefined;
    },
  };
  return store;
}

/** Says what to do, since the platform never gave a name: never the platform id, never a bare 未留名. */
export const UNNAMED = '未设姓名（请本人发送“我叫 姓名”）';

/** A user whose platform never gave a name and who has not set one. */
export function unnamed(_userKey: string): string {
  return UNNAMED;
}
