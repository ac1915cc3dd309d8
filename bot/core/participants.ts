import type { Storage } from '../storage/database';
import { prepareQuery } from '../storage/prepared';
import type { Clock } from './feature';
import { chatKey, type IncomingMessage, userKey } from './message';

/** last_seen is kept to the minute: a busy user or group costs one write a minute, not one per message. */
const REFRESH_MS = 60_000;
/** Participants remembered per database before the memory starts over (each entry is a few dozen bytes). */
const MEMORY_LIMIT = 50_000;

/** What was last written for a user or chat, so a message that would change nothing writes nothing. */
interface Written {
  at: number;
  /** The user's name or the chat's kind as last written. */
  value: string | null;
}

const writtenByStorage = new WeakMap<Storage, Map<string, Written>>();

// A message without a name keeps the stored one (coalesce), so it changes nothing about the name.
const upsertUser = prepareQuery<{ key: string; platform: string; id: string; name: string | null; now: string }>((db, p) =>
  db
    .insertInto('users')
    .values({ key: p('key'), platform: p('platform'), platform_id: p('id'), name: p('name'), first_seen: p('now'), last_seen: p('now') })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        last_seen: eb.ref('excluded.last_seen'),
        name: eb.fn.coalesce('excluded.name', 'users.name'),
      })),
    ),
);

const upsertChat = prepareQuery<{ key: string; platform: string; id: string; kind: string; title: string | null; now: string }>((db, p) =>
  db
    .insertInto('chats')
    .values({
      key: p('key'),
      platform: p('platform'),
      platform_id: p('id'),
      kind: p('kind'),
      title: p('title'),
      first_seen: p('now'),
      last_seen: p('now'),
    })
    .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ last_seen: eb.ref('excluded.last_seen'), kind: eb.ref('excluded.kind') }))),
);

/**
 * Remembers who wrote and where, so features can address users and chats later (reminders, rosters). A user's
 * row is written when it is new to this process, when the name changed, or when last_seen is a minute old; a
 * chat's likewise with its kind. Each is one upsert, compiled once.
 */
export async function touchParticipants(storage: Storage, clock: Clock, message: IncomingMessage): Promise<void> {
  let written = writtenByStorage.get(storage);
  if (!written) writtenByStorage.set(storage, (written = new Map()));
  if (written.size > MEMORY_LIMIT) written.clear();
  const now = clock.now();
  const iso = now.toISOString();
  const name = message.sender.name?.slice(0, 200) ?? null;
  const uKey = userKey(message.platform, message.sender.id);
  const cKey = chatKey(message.platform, message.chat.id);
  if (isStale(written.get(`u:${uKey}`), now.getTime(), name, name === null)) {
    await upsertUser(storage.db, { key: uKey, platform: message.platform, id: message.sender.id, name, now: iso });
    const previous = written.get(`u:${uKey}`);
    written.set(`u:${uKey}`, { at: now.getTime(), value: name ?? previous?.value ?? null });
  }
  if (isStale(written.get(`c:${cKey}`), now.getTime(), message.chat.kind, false)) {
    const title = message.chat.title?.slice(0, 200) ?? null;
    await upsertChat(storage.db, { key: cKey, platform: message.platform, id: message.chat.id, kind: message.chat.kind, title, now: iso });
    written.set(`c:${cKey}`, { at: now.getTime(), value: message.chat.kind });
  }
}

function isStale(last: Written | undefined, now: number, value: string | null, valueUnknown: boolean): boolean {
  if (!last) return true;
  if (!valueUnknown && last.value !== value) return true;
  // A clock set back (tests, a corrected system time) counts as stale too.
  return now - last.at >= REFRESH_MS || now < last.at;
}
