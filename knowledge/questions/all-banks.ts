import type Database from 'better-sqlite3';
import { loadBuiltinQuestions } from './builtin';
import { type BankInfo, BUILTIN_BANK, BUILTIN_BANK_TITLE, QuestionBankStore } from './store';
import type { TemplateQuestion } from './template';

/** Every bank at one revision of the store: the built-in bank first, then the imported ones in import order. */
export interface BankSnapshot {
  revision: number;
  banks: BankInfo[];
  questions: TemplateQuestion[];
}

const snapshots = new WeakMap<Database.Database, BankSnapshot>();

/**
 * The questions of every bank, read once per store revision and shared by all readers of the database (the
 * quiz and the pasted-question index), so an import from another process is seen on the next call.
 */
export function allBanks(db: Database.Database): BankSnapshot {
  const store = new QuestionBankStore(db);
  const revision = store.revision();
  const cached = snapshots.get(db);
  if (cached && cached.revision === revision) return cached;
  const builtin = loadBuiltinQuestions();
  const snapshot: BankSnapshot = {
    revision,
    banks: [
      { id: 0, name: BUILTIN_BANK, title: BUILTIN_BANK_TITLE, count: builtin.length, sourceFile: null, updatedAt: null },
      ...store.banks(),
    ],
    questions: [...builtin, ...store.questions()],
  };
  snapshots.set(db, snapshot);
  return snapshot;
}
