import type { PersonalReminderRow, RemindersDb } from '../tables';

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

/** A member's own reminders (提醒我 …): one-off or recurring. */
export interface PersonalReminderStore {
  add(reminder: NewPersonalReminder): Promise<PersonalReminderRow>;
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

export function createSqlitePersonalReminderStore(db: RemindersDb): PersonalReminderStore {
  return {
    async add(r) {
      return db
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
}
