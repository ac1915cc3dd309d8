import { type Card, createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';
import type { QuizStore, WrongRow } from './storage';

/**
 * 错题本 rules. Every wrong answer (practice, review, exam, daily quiz) puts the question in the notebook, or
 * back to the start of its streak; a question leaves after {@link GRADUATE_AFTER} correct answers in a row.
 * When it comes back is decided by FSRS: a wrong answer rates the card `Again`, a correct one `Good`.
 * Short-term (minute) steps are off, so the intervals are whole days: wrong today → due tomorrow, then
 * roughly 3, 8, 22 days as it is remembered. Fuzz is off so the schedule is reproducible.
 */
export const GRADUATE_AFTER = 3;

const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));

export type WrongBookChange =
  | { kind: 'none' }
  | { kind: 'added'; due: Date; wrongCount: number }
  | { kind: 'progress'; streak: number; due: Date }
  | { kind: 'graduated' };

/** What one answer does to the notebook: the change to tell the user, and the row to write (or remove). */
export interface WrongBookPlan {
  change: WrongBookChange;
  write?: { save: WrongRow } | { remove: true };
}

/** The notebook rules on the question's current row (`existing`, undefined when not in the notebook); writes nothing. */
export function planWrongBook(
  existing: WrongRow | undefined,
  userKey: string,
  questionId: string,
  correct: boolean,
  now: Date,
): WrongBookPlan {
  if (correct && !existing) return { change: { kind: 'none' } };
  const card: Card = existing ? (JSON.parse(existing.card) as Card) : createEmptyCard(now);
  const iso = now.toISOString();
  if (!correct) {
    const next = scheduler.next(card, now, Rating.Again).card;
    const wrongCount = (existing?.wrong_count ?? 0) + 1;
    const save: WrongRow = {
      user_key: userKey,
      question_id: questionId,
      added_at: existing?.added_at ?? iso,
      last_wrong_at: iso,
      wrong_count: wrongCount,
      correct_streak: 0,
      card: JSON.stringify(next),
      due_at: next.due.toISOString(),
    };
    return { change: { kind: 'added', due: next.due, wrongCount }, write: { save } };
  }
  const streak = existing!.correct_streak + 1;
  if (streak >= GRADUATE_AFTER) return { change: { kind: 'graduated' }, write: { remove: true } };
  const next = scheduler.next(card, now, Rating.Good).card;
  return {
    change: { kind: 'progress', streak, due: next.due },
    write: { save: { ...existing!, correct_streak: streak, card: JSON.stringify(next), due_at: next.due.toISOString() } },
  };
}

/** Applies one answer to the notebook. Call inside the answer's transaction, with its store. */
export async function applyToWrongBook(
  store: QuizStore,
  userKey: string,
  questionId: string,
  correct: boolean,
  now: Date,
): Promise<WrongBookChange> {
  const { change, write } = planWrongBook(await store.wrong(userKey, questionId), userKey, questionId, correct, now);
  if (write && 'save' in write) await store.saveWrong(write.save);
  else if (write) await store.deleteWrong(userKey, questionId);
  return change;
}
