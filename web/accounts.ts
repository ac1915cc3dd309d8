import { createHash, randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { ExpressionBuilder, Generated, Kysely } from 'kysely';
import { prepareQuery, type Storage } from '../bot';

/**
 * Console accounts: scrypt password hashes, database sessions, lock-out after repeated failures, and the audit log.
 * Nothing here returns a password hash to a caller outside this module.
 */

export type Role = 'org' | 'branch';

export interface Account {
  id: number;
  username: string;
  role: Role;
  /** Ids of the branches a `branch` account may see (empty for `org`): what every page and export filters by. */
  branchIds: number[];
  /** Their names when the account was bound to them, for showing only. */
  branches: string[];
}

/** A branch an account is bound to: its id (resolved from a name by the caller), and its name to show. */
export interface BranchRef {
  id: number;
  name: string;
}

export interface Session {
  account: Account;
  csrf: string;
}

export type LoginResult =
  | { ok: true; sessionId: string; account: Account }
  | { ok: false; reason: 'invalid' | 'locked'; lockedUntil?: Date }
  /** Too many logins being checked at this moment: nothing was checked or counted, the person may simply retry. */
  | { ok: false; reason: 'busy' };

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;
export const SESSION_HOURS = 12;
const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 };
/**
 * Password checks running at once in this process. Each is ~50 ms of scrypt on libuv's thread pool (4 threads, shared
 * with file reads and zlib); beyond this many a login is refused at once (登录的人太多) instead of queueing, so a
 * flood of logins can neither stall the pool nor hold thousands of requests open. One core is left to the event loop
 * (on a 2-core server, one check at a time: ~20 logins a second, far above a county's need).
 */
export const MAX_CONCURRENT_LOGINS = Math.max(1, Math.min(4, availableParallelism() - 1));
/** A name's failures are forgotten this long after its last one (unless it is locked), so made-up names do not pile up. */
export const FAILURE_MEMORY_HOURS = 24;
/** At most this many names' failures are kept; beyond it the oldest unlocked ones go first. */
export const MAX_FAILURE_ROWS = 10_000;

export class AccountError extends Error {}

export function checkUsername(name: string): string | undefined {
  if (!/^[\p{L}\p{N}_.-]{2,32}$/u.test(name)) return '用户名应为 2–32 个汉字、字母、数字、_、. 或 -';
  return undefined;
}

export function checkPassword(password: string): string | undefined {
  if (password.length < 8) return '密码至少 8 个字符';
  if (password.length > 200) return '密码太长（最多 200 个字符）';
  return undefined;
}

let hashing = 0;
/** Password hashes being computed right now (off the event loop, so other requests are served meanwhile). */
export const hashesInFlight = () => hashing;

/** scrypt on the thread pool: the event loop serves pages and chat while a password is checked. */
async function scryptKey(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  hashing++;
  try {
    return await new Promise((resolve, reject) =>
      scrypt(password, salt, keylen, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))),
    );
  } finally {
    hashing--;
  }
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptKey(password, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scryptKey(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected);
}

let dummyHash: Promise<string> | undefined;
/**
 * Spent on unknown user names too, so response time does not tell which names exist. Made on the first login, not
 * at import: an scrypt costs ~90 ms, and this module shares a bundle chunk with the console's migrations, which
 * every `dangwu start` loads.
 */
const unknownUserHash = () => (dummyHash ??= hashPassword(randomBytes(12).toString('hex')));

/** Logins being checked in this process (the thread pool is the process's). */
let verifying = 0;

/** The password check, or `busy` when {@link MAX_CONCURRENT_LOGINS} are already running: refused before any hashing. */
async function admittedCheck(password: string, stored: string | undefined): Promise<boolean | 'busy'> {
  if (verifying >= MAX_CONCURRENT_LOGINS) return 'busy';
  verifying++;
  try {
    return await verifyPassword(password, stored ?? (await unknownUserHash()));
  } finally {
    verifying--;
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface AccountRow {
  id: number;
  username: string;
  role: Role;
  password_hash: string;
}

/** The console's account tables (web/migrations.ts). */
export type AccountTables = {
  web_accounts: Omit<AccountRow, 'id'> & { id: Generated<number>; created_at: string; updated_at: string };
  web_account_branch_ids: { account_id: number; branch_id: number; label: string };
  web_sessions: { id_hash: string; account_id: number; csrf: string; created_at: string; expires_at: string };
  web_login_failures: { username: string; failures: number; locked_until: string | null; last_failed_at: string | null };
  web_audit: { id: Generated<number>; at: string; actor: string; action: string; detail: string };
};

type Db = Kysely<AccountTables>;

export function createAccountStore(
  storage: Storage,
  now: () => Date = () => new Date(),
  { maxFailureRows = MAX_FAILURE_ROWS }: { maxFailureRows?: number } = {},
) {
  const db: Db = storage.db.withTables<AccountTables>();
  const branchesOf = (id: number, executor: Db = db) =>
    executor
      .selectFrom('web_account_branch_ids')
      .select(['branch_id', 'label'])
      .where('account_id', '=', id)
      .orderBy('branch_id')
      .execute();
  const toAccount = async (row: Omit<AccountRow, 'password_hash'>, executor: Db = db): Promise<Account> => {
    const bound = row.role === 'branch' ? await branchesOf(row.id, executor) : [];
    return {
      id: row.id,
      username: row.username,
      role: row.role,
      branchIds: bound.map((b) => Number(b.branch_id)),
      branches: bound.map((b) => b.label),
    };
  };
  const find = (username: string, executor: Db = db) =>
    executor
      .selectFrom('web_accounts')
      .select(['id', 'username', 'role', 'password_hash'])
      .where('username', '=', username)
      .executeTakeFirst();
  const inTransaction = <T>(work: (tx: Db) => Promise<T>) => storage.transaction((tx) => work(tx.withTables<AccountTables>()));
  const audit = async (actor: string, action: string, detail: Record<string, unknown>, executor: Db) => {
    await executor
      .insertInto('web_audit')
      .values({ at: now().toISOString(), actor, action, detail: JSON.stringify(detail) })
      .execute();
  };

  /**
   * Forgets failures of names not tried for {@link FAILURE_MEMORY_HOURS} (never a running lock), and keeps at most
   * {@link MAX_FAILURE_ROWS} names, the oldest unlocked going first: made-up names cannot grow the table without bound.
   */
  const pruneFailures = async (at: Date) => {
    const unlocked = (eb: ExpressionBuilder<AccountTables, 'web_login_failures'>) =>
      eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', at.toISOString())]);
    const cutoff = new Date(at.getTime() - FAILURE_MEMORY_HOURS * 3600_000).toISOString();
    await db
      .deleteFrom('web_login_failures')
      .where((eb) => eb.and([unlocked(eb), eb.or([eb('last_failed_at', 'is', null), eb('last_failed_at', '<', cutoff)])]))
      .execute();
    const excess = (await store.failureRows()) - maxFailureRows;
    if (excess <= 0) return;
    const oldest = db.selectFrom('web_login_failures').select('username').where(unlocked).orderBy('last_failed_at').limit(excess);
    await db.deleteFrom('web_login_failures').where('username', 'in', oldest).execute();
  };

  const store = {
    async audit(actor: string, action: string, detail: Record<string, unknown> = {}): Promise<void> {
      await audit(actor, action, detail, db);
    },

    async auditLog(limit = 50): Promise<{ at: string; actor: string; action: string; detail: string }[]> {
      return db.selectFrom('web_audit').select(['at', 'actor', 'action', 'detail']).orderBy('id', 'desc').limit(limit).execute();
    },

    /** `branches` are ids the caller resolved from names (the console's account tables name no branch table). */
    async add(input: { username: string; password: string; role: Role; branches: BranchRef[] }, actor: string): Promise<Account> {
      const bad = checkUsername(input.username) ?? checkPassword(input.password);
      if (bad) throw new AccountError(bad);
      if (input.role === 'branch' && input.branches.length === 0) throw new AccountError('支部账号至少要指定一个支部（--branch 名称）');
      const at = now().toISOString();
      const hash = await hashPassword(input.password);
      return inTransaction(async (tx) => {
        if (await find(input.username, tx)) throw new AccountError(`用户名“${input.username}”已存在`);
        const { id } = await tx
          .insertInto('web_accounts')
          .values({ username: input.username, role: input.role, password_hash: hash, created_at: at, updated_at: at })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (input.role === 'branch' && input.branches.length > 0)
          await tx
            .insertInto('web_account_branch_ids')
            .values(input.branches.map((b) => ({ account_id: id, branch_id: b.id, label: b.name })))
            .onConflict((oc) => oc.columns(['account_id', 'branch_id']).doNothing())
            .execute();
        await audit(
          actor,
          'account.add',
          {
            username: input.username,
            role: input.role,
            branches: input.branches.map((b) => b.name),
            branchIds: input.branches.map((b) => b.id),
          },
          tx,
        );
        return toAccount({ id, username: input.username, role: input.role }, tx);
      });
    },

    async list(): Promise<Account[]> {
      const rows = await db.selectFrom('web_accounts').select(['id', 'username', 'role']).orderBy('username').execute();
      return Promise.all(rows.map((row) => toAccount(row)));
    },

    async remove(username: string, actor: string): Promise<boolean> {
      return inTransaction(async (tx) => {
        const result = await tx.deleteFrom('web_accounts').where('username', '=', username).executeTakeFirst();
        const removed = Number(result.numDeletedRows) > 0;
        if (removed) await audit(actor, 'account.remove', { username }, tx);
        return removed;
      });
    },

    async setPassword(username: string, password: string, actor: string): Promise<boolean> {
      const bad = checkPassword(password);
      if (bad) throw new AccountError(bad);
      const hash = await hashPassword(password);
      return inTransaction(async (tx) => {
        const row = await find(username, tx);
        if (!row) return false;
        await tx
          .updateTable('web_accounts')
          .set({ password_hash: hash, updated_at: now().toISOString() })
          .where('id', '=', row.id)
          .execute();
        // A new password ends every open session of the account.
        await tx.deleteFrom('web_sessions').where('account_id', '=', row.id).execute();
        await tx.deleteFrom('web_login_failures').where('username', '=', username).execute();
        await audit(actor, 'account.passwd', { username }, tx);
        return true;
      });
    },

    /** Checks a password; on success opens a session. Lock-out counts failures per user name, known or not. */
    async login(username: string, password: string): Promise<LoginResult> {
      // Under a flood most logins are turned away here, before any query.
      if (verifying >= MAX_CONCURRENT_LOGINS) return { ok: false, reason: 'busy' };
      const at = now();
      const failure = await db
        .selectFrom('web_login_failures')
        .select(['failures', 'locked_until'])
        .where('username', '=', username)
        .executeTakeFirst();
      if (failure?.locked_until && new Date(failure.locked_until) > at)
        return { ok: false, reason: 'locked', lockedUntil: new Date(failure.locked_until) };
      const row = await find(username);
      const verdict = await admittedCheck(password, row?.password_hash);
      if (verdict === 'busy') return { ok: false, reason: 'busy' };
      const good = verdict && row !== undefined;
      if (!good || !row) {
        const failures = (failure?.locked_until ? 0 : (failure?.failures ?? 0)) + 1;
        const lockedUntil = failures >= MAX_FAILURES ? new Date(at.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
        await db
          .insertInto('web_login_failures')
          .values({ username, failures: lockedUntil ? 0 : failures, locked_until: lockedUntil, last_failed_at: at.toISOString() })
          .onConflict((oc) =>
            oc.column('username').doUpdateSet((eb) => ({
              failures: eb.ref('excluded.failures'),
              locked_until: eb.ref('excluded.locked_until'),
              last_failed_at: eb.ref('excluded.last_failed_at'),
            })),
          )
          .execute();
        await pruneFailures(at);
        if (lockedUntil) await audit(username, 'login.locked', { failures }, db);
        return lockedUntil ? { ok: false, reason: 'locked', lockedUntil: new Date(lockedUntil) } : { ok: false, reason: 'invalid' };
      }
      await db.deleteFrom('web_login_failures').where('username', '=', username).execute();
      const sessionId = randomBytes(32).toString('base64url');
      await db
        .insertInto('web_sessions')
        .values({
          id_hash: sha256(sessionId),
          account_id: row.id,
          csrf: randomBytes(24).toString('base64url'),
          created_at: at.toISOString(),
          expires_at: new Date(at.getTime() + SESSION_HOURS * 3600_000).toISOString(),
        })
        .execute();
      await db.deleteFrom('web_sessions').where('expires_at', '<', at.toISOString()).execute();
      await audit(username, 'login', {}, db);
      return { ok: true, sessionId, account: await toAccount(row) };
    },

    /** Names whose failures are remembered now (for the console's own tests and diagnostics). */
    async failureRows(): Promise<number> {
      const { n } = await db
        .selectFrom('web_login_failures')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(n);
    },

    /** Every page request asks this: one query, compiled once. */
    async session(sessionId: string | undefined): Promise<Session | undefined> {
      if (!sessionId) return undefined;
      const row = (await sessionById(db, { idHash: sha256(sessionId) })).rows[0];
      if (!row || new Date(row.expires_at) <= now()) return undefined;
      return { account: await toAccount(row), csrf: row.csrf };
    },

    async logout(sessionId: string | undefined): Promise<void> {
      if (sessionId) await db.deleteFrom('web_sessions').where('id_hash', '=', sha256(sessionId)).execute();
    },
  };
  return store;
}

const sessionById = prepareQuery<{ idHash: string }, Omit<AccountRow, 'password_hash'> & { csrf: string; expires_at: string }>((db, p) =>
  db
    .withTables<AccountTables>()
    .selectFrom('web_sessions as s')
    .innerJoin('web_accounts as a', 'a.id', 's.account_id')
    .select(['a.id', 'a.username', 'a.role', 's.csrf', 's.expires_at'])
    .where('s.id_hash', '=', p('idHash')),
);

export type AccountStore = ReturnType<typeof createAccountStore>;
