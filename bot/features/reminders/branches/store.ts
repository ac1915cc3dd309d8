import { type BindRequestRow, type BranchRow, immediate, type MemberRow, type RemindersDb } from '../tables';
import { branchNameKey } from './names';

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

/** A chat bound to a branch, as people see it: its name, never its id. */
export interface BoundChat {
  chatKey: string;
  platform: string;
  chatId: string;
  kind: 'private' | 'group';
  /** The group's title, or for a private chat its owner's name; null when the platform never gave one. */
  title: string | null;
  /** The branch's first chat, where it was made (its reminders go to every bound chat). */
  home: boolean;
  boundAt: string;
}

export interface NewBindRequest {
  branchId: number;
  chatKey: string;
  platform: string;
  chatId: string;
  chatKind: 'private' | 'group';
  chatTitle: string | null;
  requestedBy: string;
  requesterName: string | null;
  requestedAt: string;
}

/** What binding a chat by name came to: a new branch, or the name belongs to another branch already. */
export type CreateResult = { created: BranchRow } | { taken: BranchRow };

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
  /** The branch of this name as names compare (繁简, width, spaces: {@link branchNameKey}). */
  byName(name: string): Promise<BranchRow | undefined>;
  /**
   * Makes a new branch bound to the chat, unless the name (as names compare) is another branch's: then that branch,
   * and nothing is written. The chat must not be bound yet.
   */
  create(branch: NewBranch): Promise<CreateResult>;
  /**
   * Renames the branch and makes `secretaryKey` its secretary (a group's admin binding its own chat again), unless
   * the new name is another branch's: then that branch, and nothing changes.
   */
  rebind(branchId: number, name: string, secretaryKey: string): Promise<{ ok: BranchRow } | { taken: BranchRow }>;
  /**
   * Binds the chat by name as 绑定支部 does when nobody else holds the name: a new branch for a chat not yet bound,
   * a rename for one that is. Throws {@link BranchNameTaken} when the name is another branch's.
   */
  bind(branch: NewBranch): Promise<BranchRow>;
  /** Chats bound to a branch, its first chat first. */
  chats(branchId: number): Promise<BoundChat[]>;
  /** The chats of several branches (every branch when undefined) in one query, by branch id. */
  chatsOf(branchIds: number[] | undefined): Promise<Map<number, BoundChat[]>>;
  /** Binds one more chat to an existing branch; false when the chat is bound already (to any branch). */
  bindChat(branchId: number, chat: { chatKey: string; platform: string; chatId: string }, by: string, at: string): Promise<boolean>;
  /**
   * Unbinds a chat from its branch (the branch, its records and members stay). When it was the branch's first chat
   * the next bound one takes its place; false when the chat was not bound to this branch.
   */
  unbindChat(branchId: number, chatKey: string): Promise<boolean>;
  /** Records a chat's request to join a branch; `created` is false when the chat's earlier request still waits. */
  requestBind(request: NewBindRequest): Promise<{ request: BindRequestRow; created: boolean }>;
  bindRequest(id: number): Promise<BindRequestRow | undefined>;
  /** Pending requests, oldest first; of some branches, or of all. */
  pendingRequests(branchIds?: number[]): Promise<BindRequestRow[]>;
  /**
   * Decides a pending request once (approving binds the chat in the same transaction); undefined when it was not
   * pending any more (decided elsewhere first) or the chat was bound meanwhile.
   */
  decideRequest(id: number, approve: boolean, by: string, at: string): Promise<BindRequestRow | undefined>;
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
    byChat: (chatKey) =>
      db
        .selectFrom('branch_chats')
        .innerJoin('branches', 'branches.id', 'branch_chats.branch_id')
        .selectAll('branches')
        .where('branch_chats.chat_key', '=', chatKey)
        .executeTakeFirst(),
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
    byName: (name) => db.selectFrom('branches').selectAll().where('name_key', '=', branchNameKey(name)).executeTakeFirst(),
    create: (branch) =>
      immediate(db, async (tx) => {
        const key = branchNameKey(branch.name);
        const inserted = await tx
          .insertInto('branches')
          .values({
            chat_key: branch.chatKey,
            platform: branch.platform,
            chat_id: branch.chatId,
            name: branch.name,
            name_key: key,
            zone: branch.zone,
            secretary_key: branch.secretaryKey,
            secretary_platform: branch.secretaryPlatform,
            secretary_chat_id: branch.secretaryChatId,
            created_at: branch.createdAt,
          })
          // Two chats asking for one free name at once: the unique key lets one make it; the other is told it is taken.
          .onConflict((oc) => oc.column('name_key').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!inserted) return { taken: await tx.selectFrom('branches').selectAll().where('name_key', '=', key).executeTakeFirstOrThrow() };
        await tx
          .insertInto('branch_chats')
          .values({
            chat_key: branch.chatKey,
            branch_id: inserted.id,
            platform: branch.platform,
            chat_id: branch.chatId,
            bound_at: branch.createdAt,
            bound_by: branch.secretaryKey,
          })
          .execute();
        return { created: await tx.selectFrom('branches').selectAll().where('id', '=', inserted.id).executeTakeFirstOrThrow() };
      }),
    async bind(branch) {
      const bound = await store.byChat(branch.chatKey);
      const result = bound ? await store.rebind(bound.id, branch.name, branch.secretaryKey) : await store.create(branch);
      if ('taken' in result) throw new BranchNameTaken(result.taken);
      return 'ok' in result ? result.ok : result.created;
    },
    rebind: (branchId, name, secretaryKey) =>
      immediate(db, async (tx) => {
        const key = branchNameKey(name);
        const holder = await tx.selectFrom('branches').selectAll().where('name_key', '=', key).executeTakeFirst();
        if (holder && holder.id !== branchId) return { taken: holder };
        await tx.updateTable('branches').set({ name, name_key: key, secretary_key: secretaryKey }).where('id', '=', branchId).execute();
        return { ok: await tx.selectFrom('branches').selectAll().where('id', '=', branchId).executeTakeFirstOrThrow() };
      }),
    chats: async (branchId) => (await store.chatsOf([branchId])).get(branchId) ?? [],
    async chatsOf(branchIds) {
      const rows = await db
        .selectFrom('branch_chats as bc')
        .innerJoin('branches as b', 'b.id', 'bc.branch_id')
        .leftJoin('chats as c', 'c.key', 'bc.chat_key')
        // A private chat's key is its owner's user key (platform:id), so the owner's name is found by the key.
        .leftJoin('users as u', 'u.key', 'bc.chat_key')
        .select([
          'bc.branch_id',
          'bc.chat_key',
          'bc.platform',
          'bc.chat_id',
          'bc.bound_at',
          'b.chat_key as home_key',
          'c.kind',
          'c.title',
          'u.name as owner',
        ])
        .$if(branchIds !== undefined, (q) => q.where('bc.branch_id', 'in', branchIds!.length > 0 ? branchIds! : [-1]))
        .orderBy('bc.bound_at')
        .orderBy('bc.chat_key')
        .execute();
      const map = new Map<number, BoundChat[]>();
      for (const r of rows) {
        const kind = r.kind === 'private' ? ('private' as const) : ('group' as const);
        const chat = {
          chatKey: r.chat_key,
          platform: r.platform,
          chatId: r.chat_id,
          kind,
          title: kind === 'private' ? (r.owner ?? null) : (r.title ?? null),
          home: r.chat_key === r.home_key,
          boundAt: r.bound_at,
        };
        const list = map.get(Number(r.branch_id)) ?? [];
        // The founding chat first, then the others in the order they joined.
        if (chat.home) list.unshift(chat);
        else list.push(chat);
        map.set(Number(r.branch_id), list);
      }
      return map;
    },
    async bindChat(branchId, chat, by, at) {
      const result = await db
        .insertInto('branch_chats')
        .values({ chat_key: chat.chatKey, branch_id: branchId, platform: chat.platform, chat_id: chat.chatId, bound_at: at, bound_by: by })
        .onConflict((oc) => oc.column('chat_key').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    unbindChat: (branchId, chatKey) =>
      immediate(db, async (tx) => {
        const removed = await tx
          .deleteFrom('branch_chats')
          .where('branch_id', '=', branchId)
          .where('chat_key', '=', chatKey)
          .executeTakeFirst();
        if (Number(removed.numDeletedRows) === 0) return false;
        const branch = await tx.selectFrom('branches').select(['chat_key']).where('id', '=', branchId).executeTakeFirstOrThrow();
        if (branch.chat_key === chatKey) {
          const next = await tx
            .selectFrom('branch_chats')
            .select(['chat_key', 'platform', 'chat_id'])
            .where('branch_id', '=', branchId)
            .orderBy('bound_at')
            .orderBy('chat_key')
            .executeTakeFirst();
          // With no chat left the branch keeps its records and members but no chat acts for it or hears from it;
          // the old chat is free to be bound again (chat_key is unique among branches).
          await tx
            .updateTable('branches')
            .set(next ? { chat_key: next.chat_key, platform: next.platform, chat_id: next.chat_id } : { chat_key: `${UNBOUND}${branchId}` })
            .where('id', '=', branchId)
            .execute();
        }
        return true;
      }),
    async requestBind(request) {
      const open = await db
        .selectFrom('branch_bind_requests')
        .selectAll()
        .where('branch_id', '=', request.branchId)
        .where('chat_key', '=', request.chatKey)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (open) return { request: open, created: false };
      const created = await db
        .insertInto('branch_bind_requests')
        .values({
          branch_id: request.branchId,
          chat_key: request.chatKey,
          platform: request.platform,
          chat_id: request.chatId,
          chat_kind: request.chatKind,
          chat_title: request.chatTitle,
          requested_by: request.requestedBy,
          requester_name: request.requesterName,
          requested_at: request.requestedAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { request: created, created: true };
    },
    bindRequest: (id) => db.selectFrom('branch_bind_requests').selectAll().where('id', '=', id).executeTakeFirst(),
    pendingRequests: (branchIds) =>
      db
        .selectFrom('branch_bind_requests')
        .selectAll()
        .where('status', '=', 'pending')
        .$if(branchIds !== undefined, (q) => q.where('branch_id', 'in', branchIds!.length > 0 ? branchIds! : [-1]))
        .orderBy('id')
        .execute(),
    decideRequest: (id, approve, by, at) =>
      immediate(db, async (tx) => {
        const request = await tx.selectFrom('branch_bind_requests').selectAll().where('id', '=', id).executeTakeFirst();
        if (request?.status !== 'pending') return undefined;
        let status: 'approved' | 'rejected' | 'withdrawn' = approve ? 'approved' : 'rejected';
        if (approve) {
          const bound = await tx
            .insertInto('branch_chats')
            .values({
              chat_key: request.chat_key,
              branch_id: request.branch_id,
              platform: request.platform,
              chat_id: request.chat_id,
              bound_at: at,
              bound_by: by,
            })
            .onConflict((oc) => oc.column('chat_key').doNothing())
            .executeTakeFirst();
          // The chat made or joined a branch of its own meanwhile: the request has lapsed.
          if (Number(bound.numInsertedOrUpdatedRows ?? 0) === 0) status = 'withdrawn';
        }
        const decided = await tx
          .updateTable('branch_bind_requests')
          .set({ status, decided_by: by, decided_at: at })
          .where('id', '=', id)
          .where('status', '=', 'pending')
          .returningAll()
          .executeTakeFirst();
        return decided?.status === 'withdrawn' ? undefined : decided;
      }),
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

/** A name that, as names compare, is another branch's already. */
export class BranchNameTaken extends Error {
  constructor(readonly holder: BranchRow) {
    super(`支部名称“${holder.name}”已被另一个支部使用`);
  }
}

/** The `chat_key` of a branch left with no chat (the column is unique and required). */
const UNBOUND = 'unbound:';

/** Says what to do, since the platform never gave a name: never the platform id, never a bare 未留名. */
export const UNNAMED = '未设姓名（请本人发送“我叫 姓名”）';

/** A user whose platform never gave a name and who has not set one. */
export function unnamed(_userKey: string): string {
  return UNNAMED;
}
