import { type Kysely, sql } from 'kysely';
import { readableSource } from '../../../knowledge';
import type { Storage } from '../../storage/database';

/**
 * The knowledge gaps as the web console reads and resolves them: the same rows the chat's 知识缺口 lists
 * (gap-store.ts), so a question asked in chat shows on the console and a gap marked 已处理 on the console leaves
 * the chat's list too. Portable SQL, async; the console names no table of the feature.
 */

type ConsoleAskTables = {
  ask_gaps: {
    id: number;
    question: string;
    chat_key: string;
    times: number;
    nearest: string | null;
    first_asked_at: string;
    last_asked_at: string;
    resolved_at: string | null;
    resolved_by: string | null;
  };
};

export interface ConsoleGap {
  id: number;
  question: string;
  chatKey: string;
  nearest: string | null;
  /** How many times it was asked in its chat while open. */
  times: number;
  lastAskedAt: string;
  resolved: boolean;
}

export function createAskConsoleQueries(storage: Storage) {
  const db = storage.db.withTables<ConsoleAskTables>() as unknown as Kysely<ConsoleAskTables>;
  return {
    /**
     * Gaps of the chats in view (undefined: every chat), open ones first, then the most recently recorded.
     * The console maps chats to branches.
     */
    async gaps(chatKeys: string[] | undefined, limit: number): Promise<ConsoleGap[]> {
      if (chatKeys?.length === 0) return [];
      const rows = await db
        .selectFrom('ask_gaps')
        .select(['id', 'question', 'chat_key', 'nearest', 'times', 'last_asked_at', 'resolved_at'])
        .$if(chatKeys !== undefined, (q) => q.where('chat_key', 'in', chatKeys!))
        .orderBy(sql`CASE WHEN resolved_at IS NULL THEN 0 ELSE 1 END`)
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((g) => ({
        id: g.id,
        question: g.question,
        chatKey: g.chat_key,
        nearest: g.nearest === null ? null : nearestWords(g.nearest),
        times: g.times,
        lastAskedAt: g.last_asked_at,
        resolved: g.resolved_at !== null,
      }));
    },

    /** The chat a gap was asked in, or undefined when there is no such gap. */
    async gapChat(id: number): Promise<string | undefined> {
      const row = await db.selectFrom('ask_gaps').select('chat_key').where('id', '=', id).executeTakeFirst();
      return row?.chat_key;
    },

    /** Marks a gap resolved (as the chat's own 已处理 does); false when it is unknown or already resolved. */
    async resolve(id: number, by: string, at: Date): Promise<boolean> {
      const result = await db
        .updateTable('ask_gaps')
        .set({ resolved_at: at.toISOString(), resolved_by: by })
        .where('id', '=', id)
        .where('resolved_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}

export type AskConsoleQueries = ReturnType<typeof createAskConsoleQueries>;

/**
 * The nearest passage as a reader names it: a gap keeps the passage's search source (`handbook:member.probation`);
 * the console shows `《党务工作手册》 › 党员 › 预备期与转正`, never the id.
 */
function nearestWords(source: string): string {
  if (source.startsWith('handbook:')) return readableSource(source.slice('handbook:'.length));
  return source; // an uploaded document's passage is already named 《标题》 › 章 › 节
}
