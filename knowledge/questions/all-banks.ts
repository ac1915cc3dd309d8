import type { Kysely } from 'kysely';
import { loadBuiltinQuestions } from './builtin';
import { type BankInfo, BUILTIN_BANK, BUILTIN_BANK_TITLE, QuestionBankStore } from './store';
import type { TemplateQuestion } from './template';

/** Every bank at one revision of the store: the built-in bank first, then the imported ones in import order. */
export interface BankSnapshot {
  revision: number;
  banks: BankInfo[];
  questions: TemplateQuestion[];
}

const snapshots = new WeakMap<Kysely<any>, BankSnapshot>();

/**
 * The questions of every bank, read once per store revision and shared by all readers of the database (the
 * quiz and the pasted-question index), so an import from another process is seen on the next call. A call while
 * nothing changed costs one query (the revision).
 */
export async function allBanks(db: Kysely<any>): Promise<BankSnapshot> {
  const store = new QuestionBankStore(db);
  const revision = await store.revision();
  const cached = snapshots.get(db);
  if (cached && cached.revision === revision) return cached;
  const builtin = loadBuiltinQuestions();
  const [imported, questions] = [await store.banks(), await store.questions()];
  const snapshot: BankSnapshot = {
    revision,
    banks: [
      { id: 0, name: BUILTIN_BANK, title: BUILTIN_BANK_TITLE, count: builtin.length, sourceFile: null, updatedAt: null },
      ...imported,
    ],
    questions: [...builtin, ...questions],
  };
  snapshots.set(db, snapshot);
  return snapshot;
}
