import type { Kysely } from 'kysely';

/**
 * Rewrites stored question ids from an old → new map in every quiz table that names a question: answers, the
 * wrong-answer notebook, favourites, sessions (their question lists and current question) and daily rounds.
 * Portable (plain selects and updates; lists rewritten in JS) and idempotent: once no old id is stored, nothing
 * changes. Where a member already holds the new id in the notebook or favourites, the old row gives way to it.
 */
export async function renameQuestionIds(db: Kysely<any>, renamed: Readonly<Record<string, string>>): Promise<void> {
  const map = new Map(Object.entries(renamed));
  const old = [...map.keys()];
  if (old.length === 0) return;
  const present = async (table: string): Promise<string[]> => {
    const rows = await db.selectFrom(table).select('question_id').distinct().execute();
    return rows.map((r) => r.question_id as string).filter((id) => map.has(id));
  };

  for (const id of await present('quiz_attempts'))
    await db
      .updateTable('quiz_attempts')
      .set({ question_id: map.get(id) })
      .where('question_id', '=', id)
      .execute();

  for (const table of ['quiz_wrong', 'quiz_favourites'])
    for (const id of await present(table)) {
      const next = map.get(id)!;
      const holders = await db.selectFrom(table).select('user_key').where('question_id', '=', next).execute();
      const taken = holders.map((h) => h.user_key as string);
      if (taken.length > 0) await db.deleteFrom(table).where('question_id', '=', id).where('user_key', 'in', taken).execute();
      await db.updateTable(table).set({ question_id: next }).where('question_id', '=', id).execute();
    }

  const renameList = (json: string): string => {
    const ids = JSON.parse(json) as string[];
    return ids.some((id) => map.has(id)) ? JSON.stringify(ids.map((id) => map.get(id) ?? id)) : json;
  };

  const sessions = await db.selectFrom('quiz_sessions').select(['id', 'question_ids', 'current_qid']).execute();
  for (const s of sessions) {
    const questionIds = s.question_ids === null ? null : renameList(s.question_ids);
    const current = s.current_qid === null ? null : (map.get(s.current_qid) ?? s.current_qid);
    if (questionIds !== s.question_ids || current !== s.current_qid)
      await db.updateTable('quiz_sessions').set({ question_ids: questionIds, current_qid: current }).where('id', '=', s.id).execute();
  }

  const rounds = await db.selectFrom('quiz_daily_rounds').select(['id', 'question_ids']).execute();
  for (const r of rounds) {
    const questionIds = renameList(r.question_ids);
    if (questionIds !== r.question_ids)
      await db.updateTable('quiz_daily_rounds').set({ question_ids: questionIds }).where('id', '=', r.id).execute();
  }
}
