import type { Storage } from '../storage/database';

/** What the web console reads of the core's own tables: portable SQL, async. */

/** Everyone who has written to the bot on any platform (the core's `users`). */
export async function countParticipants(storage: Storage): Promise<number> {
  const row = await storage.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Bulk loading of made-up participants for tests, benches and screenshots; a key already known is left as it is. */
export async function seedParticipants(
  storage: Storage,
  users: { key: string; platform: string; platformId: string; name: string | null; firstSeen: string; lastSeen: string }[],
): Promise<void> {
  await storage.transaction(async (tx) => {
    for (let i = 0; i < users.length; i += 500)
      await tx
        .insertInto('users')
        .values(
          users.slice(i, i + 500).map((u) => ({
            key: u.key,
            platform: u.platform,
            platform_id: u.platformId,
            name: u.name,
            first_seen: u.firstSeen,
            last_seen: u.lastSeen,
          })),
        )
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
  });
}
