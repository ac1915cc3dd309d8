import { immediate, type PersonalReminderRow, type RemindersDb } from '../tables';

export interface NewPersonalReminder {
  userKey: string;
  platform: string;
  chatId: string;
  text: string;
  at: string;
  schedule: string;
  zone: string;
  createdAt: string;
}

/** How many active reminders one person, and one chat, may hold. */
export interface ReminderLimits {
  perUser: number;
  perChat: number;
}

/** Which limit a new reminder would pass. */
export type LimitReached = { full: 'user' | 'chat'; limit: number };

/** A member's own reminders (提醒我 …): one-off or recurring. */
export interface PersonalReminderStore {
  add(reminder: NewPersonalReminder): Promise<PersonalReminderRow>;
  /** Adds the reminder unless the person's or the chat's active reminders are at their limit (counted and added in one transaction). */
  addWithin(reminder: NewPersonalReminder, limits: ReminderLimits): Promise<PersonalReminderRow | LimitReached>;
  /** The limit a new reminder of this person in this chat would pass, if any. */
  limitReached(
    who: { userKey: string; platform: string; chatId: string },
    limits: ReminderLimits,
    db?: RemindersDb,
  ): Promise<LimitReached | undefined>;
  byId(id: number): Promise<PersonalReminderRow | undefined>;
  /** The user's active reminders, soonest first. */
  active(userKey: string): Promise<PersonalReminderRow[]>;
  /** Every reminder of the user, whatever its status, oldest first. */
  ofUser(userKey: string): Promise<PersonalReminderRow[]>;
  /** Moves a recurring reminder to its next time. */
  setNext(id: number, at: string): Promise<void>;
  finish(id: number): Promise<void>;
  /** Cancels the user's own active reminder; false when it is not theirs or no longer active. */
  cancel(id: number, userKey: string): Promise<boolean>;
  pauseChat(platform: string, chatId: string): Promise<void>;
}

/** Active reminders of one person, or in one chat (whoever set them). */
const countActive = async (db: RemindersDb, where: { userKey: string } | { platform: string; chatId: string }) => {
  let query = db
    .selectFrom('personal_reminders')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'active');
  query =
    'userKey' in where
      ? query.where('user_key', '=', where.userKey)
      : query.where('platform', '=', where.platform).where('chat_id', '=', where.chatId);
  return Number((await query.executeTakeFirstOrThrow()).n);
};

const insert = (db: RemindersDb, r: NewPersonalReminder) =>
  db
    .insertInto('personal_reminders')
    .values({
      user_key: r.userKey,
      platform: r.platform,
      chat_id: r.chatId,
      text: r.text,
      at: r.at,
      schedule: r.schedule,
      zone: r.zone,
      created_at: r.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();

export function createSqlitePersonalReminderStore(db: RemindersDb): PersonalReminderStore {
  const store: PersonalReminderStore = {
    add: (r) => insert(db, r),
    addWithin: (r, limits) => immediate(db, async (tx) => (await store.limitReached(r, limits, tx)) ?? insert(tx, r)),
    async limitReached(who, limits, executor = db) {
      if ((await countActive(executor, { userKey: who.userKey })) >= limits.perUser) return { full: 'user', limit: limits.perUser };
      if ((await countActive(executor, { platform: who.platform, chatId: who.chatId })) >= limits.perChat)
        return { full: 'chat', limit: limits.perChat };
      return undefined;
    },
    byId: (id) => db.selectFrom('personal_reminders').selectAll().where('id', '=', id).executeTakeFirst(),
    active: (userKey) =>
      db
        .selectFrom('personal_reminders')
        .selectAll()
        .where('user_key', '=', userKey)
        .where('status', '=', 'active')
        .orderBy('at')
        .orderBy('id')
        .execute(),
    ofUser: (userKey) => db.selectFrom('personal_reminders').selectAll().where('user_key', '=', userKey).orderBy('id').execute(),
    async setNext(id, at) {
      await db.updateTable('personal_reminders').set({ at }).where('id', '=', id).execute();
    },
    async finish(id) {
      await db.updateTable('personal_reminders').set({ status: 'done' }).where('id', '=', id).where('status', '=', 'active').execute();
    },
    async cancel(id, userKey) {
      const result = await db
        .updateTable('personal_reminders')
        .set({ status: 'cancelled' })
        .where('id', '=', id)
        .where('user_key', '=', userKey)
        .where('status', '=', 'active')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async pauseChat(platform, chatId) {
      await db
        .updateTable('personal_reminders')
        .set({ status: 'paused' })
        .where('platform', '=', platform)
        .where('chat_id', '=', chatId)
        .where('status', '=', 'active')
        .execute();
    },
  };
  return store;
}
