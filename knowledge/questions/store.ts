import type Database from 'better-sqlite3';
import { type Kysely, type Migration, sql } from 'kysely';
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

export class QuestionBankStore {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  revision(): number {
    return (this.db.prepare('SELECT rev FROM qb_revision WHERE id = 1').get() as { rev: number } | undefined)?.rev ?? 0;
  }

  /**
   * Adds or updates every question in one transaction (all or nothing). Questions of the bank that the file
   * does not contain are kept: an import never deletes.
   */
  importQuestions(
    bank: string,
    questions: TemplateQuestion[],
    sourceFile: string | null,
    onProgress?: (done: number, total: number) => void,
  ): ImportReport {
    const at = this.now().toISOString();
    const report: ImportReport = { bank, added: 0, updated: 0, unchanged: 0, total: questions.length };
    const existing = this.db.prepare('SELECT * FROM qb_questions WHERE id = ?');
    const insert = this.db.prepare(
      `INSERT INTO qb_questions (id, bank_id, ord, type, stem, options, answer, explanation, level, topic, source, updated_at)
       VALUES (@id, @bankId, @ord, @type, @stem, @options, @answer, @explanation, @level, @topic, @source, @at)`,
    );
    const update = this.db.prepare(
      `UPDATE qb_questions SET type = @type, stem = @stem, options = @options, answer = @answer, explanation = @explanation,
       level = @level, topic = @topic, source = @source, updated_at = @at WHERE id = @id`,
    );
    this.db
      .transaction(() => {
        this.db
          .prepare(
            'INSERT INTO qb_banks (name, source_file, created_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET source_file = excluded.source_file, updated_at = excluded.updated_at',
          )
          .run(bank, sourceFile, at, at);
        const bankId = (this.db.prepare('SELECT id FROM qb_banks WHERE name = ?').get(bank) as { id: number }).id;
        let ord =
          ((this.db.prepare('SELECT max(ord) AS m FROM qb_questions WHERE bank_id = ?').get(bankId) as { m: number | null }).m ?? 0) + 1;
        questions.forEach((q, i) => {
          const row = { ...q, id: q.id, bankId, options: JSON.stringify(q.options), at };
          const old = existing.get(q.id) as (QuestionRow & { options: string }) | undefined;
          if (!old) {
            insert.run({ ...row, ord: ord++ });
            report.added++;
          } else if (CONTENT.some((k) => old[k] !== q[k]) || old.stem !== q.stem || old.options !== row.options) {
            update.run(row);
            report.updated++;
          } else report.unchanged++;
          if (onProgress && (i % 500 === 499 || i === questions.length - 1)) onProgress(i + 1, questions.length);
        });
        if (report.added + report.updated > 0) this.db.prepare('UPDATE qb_revision SET rev = rev + 1 WHERE id = 1').run();
      })
      .immediate();
    return report;
  }

  banks(): BankInfo[] {
    const rows = this.db
      .prepare(
        'SELECT b.id, b.name, b.source_file, b.updated_at, count(q.id) AS count FROM qb_banks b LEFT JOIN qb_questions q ON q.bank_id = b.id GROUP BY b.id ORDER BY b.id',
      )
      .all() as { id: number; name: string; source_file: string | null; updated_at: string; count: number }[];
    return rows.map((r) => ({ id: r.id, name: r.name, title: r.name, count: r.count, sourceFile: r.source_file, updatedAt: r.updated_at }));
  }

  /** Every imported question, bank by bank in import order. */
  questions(bank?: string): TemplateQuestion[] {
    const rows = this.db
      .prepare(
        `SELECT q.*, b.name AS bank FROM qb_questions q JOIN qb_banks b ON b.id = q.bank_id ${bank ? 'WHERE b.name = ?' : ''} ORDER BY b.id, q.ord`,
      )
      .all(...(bank ? [bank] : [])) as QuestionRow[];
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
  removeBank(bank: string): number | undefined {
    return this.db
      .transaction(() => {
        const row = this.db.prepare('SELECT id FROM qb_banks WHERE name = ?').get(bank) as { id: number } | undefined;
        if (!row) return undefined;
        const { n } = this.db.prepare('SELECT count(*) AS n FROM qb_questions WHERE bank_id = ?').get(row.id) as { n: number };
        this.db.prepare('DELETE FROM qb_questions WHERE bank_id = ?').run(row.id);
        this.db.prepare('DELETE FROM qb_banks WHERE id = ?').run(row.id);
        this.db.prepare('UPDATE qb_revision SET rev = rev + 1 WHERE id = 1').run();
        return n;
      })
      .immediate();
  }
}
