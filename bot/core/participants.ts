import type { Storage } from '../storage/database';
import type { Clock } from './feature';
import { chatKey, userKey, type IncomingMessage } from './message';

/** Remembers who wrote and where, so features can address users and chats later (reminders, rosters). */
export async function touchParticipants(storage: Storage, clock: Clock, message: IncomingMessage): Promise<void> {
  const now = clock.now().toISOString();
  const name = message.sender.name?.slice(0, 200) ?? null;
  await storage.db
    .insertInto('users')
    .values({
      key: userKey(message.platform, message.sender.id),
      platform: message.platform,
      platform_id: message.sender.id,
      name,
      first_seen: now,
      last_seen: now,
    })
    .onConflict((oc) => oc.column('key').doUpdateSet({ last_seen: now, name: (eb) => eb.fn.coalesce(eb.val(name), eb.ref('users.name')) }))
    .execute();
  await storage.db
    .insertInto('chats')
    .values({
      key: chatKey(message.platform, message.chat.id),
      platform: message.platform,
      platform_id: message.chat.id,
      kind: message.chat.kind,
      title: message.chat.title?.slice(0, 200) ?? null,
      first_seen: now,
      last_seen: now,
    })
    .onConflict((oc) => oc.column('key').doUpdateSet({ last_seen: now, kind: message.chat.kind }))
    .execute();
}
