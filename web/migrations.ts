import { type Kysely, sql } from 'kysely';
import { branchIdsByName, type Migrations } from '../bot';

/**
 * Tables of the web console (accounts, sessions, lock-out, audit, resolved knowledge gaps). Names start at 0900,
 * a range no feature uses.
 */
export const webMigrations: Migrations = {
  '0900_web_accounts': {
    async up(db: Kysely<any>) {
      const statements = [
        `CREATE TABLE web_accounts (
          id INTEGER PRIMARY KEY,
          username TEXT NOT NULL UNIQUE,
          role TEXT NOT NULL CHECK (role IN ('org', 'branch')),
          password_hash TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        )`,
        // A branch account's branches by name: an account may be created before its branch joins the bot.
        `CREATE TABLE web_account_branches (
          account_id INTEGER NOT NULL REFERENCES web_accounts(id) ON DELETE CASCADE,
          branch_name TEXT NOT NULL,
          PRIMARY KEY (account_id, branch_name)
        )`,
        // The id stored is a hash of the cookie value, so a copy of the database does not yield live sessions.
        `CREATE TABLE web_sessions (
          id_hash TEXT PRIMARY KEY,
          account_id INTEGER NOT NULL REFERENCES web_accounts(id) ON DELETE CASCADE,
          csrf TEXT NOT NULL,
          created_at TEXT NOT NULL,
          expires_at TEXT NOT NULL
        )`,
        // Failures per user name, known or not, so lock-out does not reveal which names exist.
        `CREATE TABLE web_login_failures (
          username TEXT PRIMARY KEY,
          failures INTEGER NOT NULL,
          locked_until TEXT
        )`,
        `CREATE TABLE web_audit (
          id INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          actor TEXT NOT NULL,
          action TEXT NOT NULL,
          detail TEXT NOT NULL
        )`,
        `CREATE TABLE web_gap_resolutions (
          gap_id INTEGER PRIMARY KEY,
          resolved_by TEXT NOT NULL,
          resolved_at TEXT NOT NULL
        )`,
      ];
      for (const statement of statements) await sql.raw(statement).execute(db);
      // 总览 and 学习 count practice over recent weeks across every member; the quiz's own index is per user.
      // Covering, so those counts never touch the table rows.
      const quiz = await sql<{
        n: number;
      }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'quiz_attempts'`.execute(db);
      if (quiz.rows[0]?.n)
        await sql`CREATE INDEX IF NOT EXISTS web_quiz_attempts_time ON quiz_attempts (answered_at, user_key, correct)`.execute(db);
    },
  },
  '0901_web_meeting_months': {
    async up(db: Kysely<any>) {
      // The quarter's compliance of every branch reads which types each branch held in which months of the year. The
      // feature's index starts with the branch; this one starts with the date and covers the type, so that reading
      // is one range of the index (30 ms → 5 ms at 500 branches) instead of every record's row.
      const meetings = await sql<{
        n: number;
      }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'meeting_records'`.execute(db);
      if (meetings.rows[0]?.n)
        await sql`CREATE INDEX IF NOT EXISTS web_meeting_records_held ON meeting_records (held_on, branch_id, type)`.execute(db);
    },
  },
  '0902_web_account_branch_ids': {
    async up(db: Kysely<any>) {
      // A branch account is bound to branches by id: a name can be taken by anyone who binds a chat under it, an id
      // cannot. `label` is the branch's name when the account was bound, for showing only.
      await db.schema
        .createTable('web_account_branch_ids')
        .addColumn('account_id', 'bigint', (c) => c.notNull().references('web_accounts.id').onDelete('cascade'))
        .addColumn('branch_id', 'bigint', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('web_account_branch_ids_pk', ['account_id', 'branch_id'])
        .execute();
      const bound = (await db.selectFrom('web_account_branches').select(['account_id', 'branch_name']).execute()) as {
        account_id: number;
        branch_name: string;
      }[];
      const branches = await sql<{
        n: number;
      }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'branches'`.execute(db);
      const ids = branches.rows[0]?.n ? await branchIdsByName(db, [...new Set(bound.map((b) => b.branch_name))]) : new Map();
      const unresolved: { account_id: number; branch_name: string }[] = [];
      for (const row of bound) {
        const branch = ids.get(row.branch_name);
        if (!branch) {
          unresolved.push(row);
          continue;
        }
        await db
          .insertInto('web_account_branch_ids')
          .values({ account_id: row.account_id, branch_id: branch.id, label: branch.name })
          .onConflict((oc: any) => oc.columns(['account_id', 'branch_id']).doNothing())
          .execute();
      }
      // A name no branch has (an account made before its branch joined the bot) binds nothing now: said in the
      // audit log, so the department can bind the account again once the branch exists.
      for (const row of unresolved)
        await db
          .insertInto('web_audit')
          .values({
            at: new Date().toISOString(),
            actor: '升级',
            action: 'account.branch-unresolved',
            detail: JSON.stringify({ accountId: row.account_id, branch: row.branch_name }),
          })
          .execute();
      await db.schema.dropTable('web_account_branches').execute();
    },
  },
  '0910_web_login_failure_times': {
    async up(db: Kysely<any>) {
      // When a name last failed, so rows of names nobody tries any more (a flood of made-up names) can be pruned.
      await db.schema.alterTable('web_login_failures').addColumn('last_failed_at', 'text').execute();
      await db.schema.createIndex('web_login_failures_time').on('web_login_failures').column('last_failed_at').execute();
    },
  },
  '0920_web_cache_generation': {
    async up(db: Kysely<any>) {
      // One row counting the console's own writes (web/freshness.ts createGeneration): every console process drops
      // its kept figures when another one wrote.
      await db.schema
        .createTable('web_cache_generation')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('n', 'bigint', (c) => c.notNull())
        .execute();
      await db.insertInto('web_cache_generation').values({ id: 1, n: 0 }).execute();
    },
  },
};
