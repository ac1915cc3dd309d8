import { type Kysely, type Migration, sql } from 'kysely';
import { inTransaction } from '../dialect';
import type { LevelName, QuestionTypeName, TemplateQuestion } from './template';

/**
 * Imported question banks, stored beside the built-in one (which stays in knowledge/questions/*.csv).
 * A question's id is its bank plus normalised stem and options, so importing the same question again
 * updates it in place; a revision number lets long-running readers notice an import from another process.
 */

export const BUILTIN_BANK = 'builtin';
export const BUILTIN_BANK_TITLE = '内置题库';

export const questionBankMigrations: Record<string, Migration> = {
  '0110_question_banks': {
    async up(db: Kysely<any>) {
      await sql`CREATE TABLE qb_banks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        source_file TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`.execute(db);
      await sql`CREATE TABLE qb_questions (
        id TEXT PRIMARY KEY,
        bank_id INTEGER NOT NULL REFERENCES qb_banks(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        type TEXT NOT NULL,
        stem TEXT NOT NULL,
        options TEXT NOT NULL,
        answer TEXT NOT NULL,
        explanation TEXT NOT NULL,
        level TEXT NOT NULL,
        topic TEXT NOT NULL,
        source TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`.execute(db);
      await sql`CREATE INDEX qb_questions_bank ON qb_questions(bank_id, ord)`.execute(db);
      await sql`CREATE TABLE qb_revision (id INTEGER PRIMARY KEY CHECK (id = 1), rev INTEGER NOT NULL)`.execute(db);
      await sql`INSERT INTO qb_revision (id, rev) VALUES (1, 0)`.execute(db);
    },
  },
};

export interface BankInfo {
  /** Row id, short enough for button data. 0 for the built-in bank. */
  id: number;
  name: string;
  title: string;
  count: number;
  sourceFile: string | null;
  updatedAt: string | null;
}

export interface ImportReport {
  bank: string;
  added: number;
  updated: number;
  unchanged: number;
  total: number;
}

/** Bank names appear in commands and lists: short, no spaces or separators. */
export function checkBankName(name: string): string | undefined {
  if (!/^[\p{L}\p{N}_-]{1,20}$/u.test(name)) return `题库名“${name}”不合适：请用 1–20 个汉字、字母、数字、- 或 _，不要有空格`;
  if (name === BUILTIN_BANK || name === BUILTIN_BANK_TITLE) return `“${name}”是内置题库的名字，请换一个`;
  return undefined;
}

interface QuestionRow {
  id: string;
  bank: string;
  ord: number;
  type: string;
  stem: string;
  options: string;
  answer: string;
  explanation: string;
  level: string;
  topic: string;
  source: string;
}

const CONTENT = ['type', 'answer', 'explanation', 'level', 'topic', 'source'] as const;

/** What importing a question again rewrites; its bank and place (ord) stay. */
const UPDATED = [...CONTENT, 'stem', 'options', 'updated_at'] as const;

/** Questions compared (and written) per query when importing: well under both backends' bound-parameter limits. */
const IMPORT_BATCH = 500;

export class QuestionBankStore {
  constructor(
    /** The database, or a transaction to work inside. */
    private readonly db: Kysely<any>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async revision(): Promise<number> {
    const row = await this.db.selectFrom('qb_revision').select('rev').where('id', '=', 1).executeTakeFirst();
    return Number(row?.rev ?? 0);
  }

  /**
   * Adds or updates every question in one transaction (all or nothing). Questions of the bank that the file
   * does not contain are kept: an import never deletes.
   */
  async importQuestions(
    bank: string,
    questions: TemplateQuestion[],
    sourceFile: string | null,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ImportReport> {
    const at = this.now().toISOString();
    const report: ImportReport = { bank, added: 0, updated: 0, unchanged: 0, total: questions.length };
    await inTransaction(this.db, async (tx) => {
      await tx
        .insertInto('qb_banks')
        .values({ name: bank, source_file: sourceFile, created_at: at, updated_at: at })
        .onConflict((oc) =>
          oc
            .column('name')
            .doUpdateSet((eb) => ({ source_file: eb.ref('excluded.source_file'), updated_at: eb.ref('excluded.updated_at') })),
        )
        .execute();
      const bankId = Number((await tx.selectFrom('qb_banks').select('id').where('name', '=', bank).executeTakeFirstOrThrow()).id);
      const last = await tx
        .selectFrom('qb_questions')
        .select((eb) => eb.fn.max('ord').as('m'))
        .where('bank_id', '=', bankId)
        .executeTakeFirst();
      let ord = Number(last?.m ?? 0) + 1;
      // A file may name one question twice: the later row wins, as when rows were written one by one.
      const seen = new Map<string, QuestionRow>();
      for (let from = 0; from < questions.length; from += IMPORT_BATCH) {
        const batch = questions.slice(from, from + IMPORT_BATCH);
        const ids = [...new Set(batch.map((q) => q.id).filter((id) => !seen.has(id)))];
        if (ids.length > 0)
          for (const row of (await tx.selectFrom('qb_questions').selectAll().where('id', 'in', ids).execute()) as QuestionRow[])
            seen.set(row.id, row);
        // New and changed questions of the batch, written by one statement: a changed one keeps its place (ord).
        const writes = new Map<string, Record<string, unknown>>();
        for (const q of batch) {
          const row = {
            type: q.type,
            stem: q.stem,
            options: JSON.stringify(q.options),
            answer: q.answer,
            explanation: q.explanation,
            level: q.level,
            topic: q.topic,
            source: q.source,
            updated_at: at,
          };
          const old = seen.get(q.id);
          if (!old) {
            const inserted = { id: q.id, bank_id: bankId, ord: ord++, ...row };
            writes.set(q.id, inserted);
            seen.set(q.id, { ...inserted, bank } as unknown as QuestionRow);
            report.added++;
          } else if (CONTENT.some((k) => old[k] !== q[k]) || old.stem !== q.stem || old.options !== row.options) {
            // A question written earlier in this batch is written once, with its later content.
            const pending = writes.get(q.id);
            if (pending) Object.assign(pending, row);
            else writes.set(q.id, { id: q.id, bank_id: bankId, ord: old.ord, ...row });
            seen.set(q.id, { ...old, ...row });
            report.updated++;
          } else report.unchanged++;
        }
        if (writes.size > 0)
          await tx
            .insertInto('qb_questions')
            .values([...writes.values()])
            .onConflict((oc) => oc.column('id').doUpdateSet((eb) => Object.fromEntries(UPDATED.map((c) => [c, eb.ref(`excluded.${c}`)]))))
            .execute();
        const done = Math.min(from + IMPORT_BATCH, questions.length);
        onProgress?.(done, questions.length);
      }
      if (report.added + report.updated > 0) await tx.updateTable('qb_revision').set({ rev: sql`rev + 1` }).where('id', '=', 1).execute();
    });
    return report;
  }

  async banks(): Promise<BankInfo[]> {
    const rows = await sql<{ id: number; name: string; source_file: string | null; updated_at: string; count: number }>`
      SELECT b.id, b.name, b.source_file, b.updated_at, count(q.id) AS count
        FROM qb_banks b LEFT JOIN qb_questions q ON q.bank_id = b.id
       GROUP BY b.id, b.name, b.source_file, b.updated_at ORDER BY b.id`.execute(this.db);
    return rows.rows.map((r) => ({
      id: Number(r.id),
      name: r.name,
      title: r.name,
      count: Number(r.count),
      sourceFile: r.source_file,
      updatedAt: r.updated_at,
    }));
  }

  /** Every imported question, bank by bank in import order. */
  async questions(bank?: string): Promise<TemplateQuestion[]> {
    let query = this.db
      .selectFrom('qb_questions as q')
      .innerJoin('qb_banks as b', 'b.id', 'q.bank_id')
      .selectAll('q')
      .select('b.name as bank')
      .orderBy('b.id')
      .orderBy('q.ord');
    if (bank) query = query.where('b.name', '=', bank);
    const rows = (await query.execute()) as QuestionRow[];
    return rows.map((r) => ({
      id: r.id,
      bank: r.bank,
      type: r.type as QuestionTypeName,
      stem: r.stem,
      options: JSON.parse(r.options) as string[],
      answer: r.answer,
      explanation: r.explanation,
      level: r.level as LevelName,
      topic: r.topic,
      source: r.source,
    }));
  }

  /** Removes a bank and its questions; returns how many questions went, or undefined when there is no such bank. */
  async removeBank(bank: string): Promise<number | undefined> {
    return inTransaction(this.db, async (tx) => {
      const row = await tx.selectFrom('qb_banks').select('id').where('name', '=', bank).executeTakeFirst();
      if (!row) return undefined;
      const deleted = await tx.deleteFrom('qb_questions').where('bank_id', '=', row.id).executeTakeFirst();
      await tx.deleteFrom('qb_banks').where('id', '=', row.id).execute();
      await tx.updateTable('qb_revision').set({ rev: sql`rev + 1` }).where('id', '=', 1).execute();
      return Number(deleted.numDeletedRows);
    });
  }
}
