import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { SqliteHandle } from '../bot';

/**
 * Console accounts: scrypt password hashes, database sessions, lock-out after repeated failures, and the audit log.
 * Nothing here returns a password hash to a caller outside this module.
 */

export type Role = 'org' | 'branch';

export interface Account {
  id: number;
  username: string;
  role: Role;
  /** Branch names a `branch` account may see (empty for `org`). */
  branches: string[];
}

export interface Session {
  account: Account;
  csrf: string;
}

export type LoginResult =
  | { ok: true; sessionId: string; account: Account }
  | { ok: false; reason: 'invalid' | 'locked'; lockedUntil?: Date };

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;
export const SESSION_HOURS = 12;
const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 };

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

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = scryptSync(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected);
}

/** Spent on unknown user names too, so response time does not tell which names exist. */
const DUMMY_HASH = hashPassword(randomBytes(12).toString('hex'));

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface AccountRow {
  id: number;
  username: string;
  role: Role;
  password_hash: string;
}

export function createAccountStore(sqlite: SqliteHandle, now: () => Date = () => new Date()) {
  const branchesOf = (id: number) =>
    (
      sqlite.prepare('SELECT branch_name FROM web_account_branches WHERE account_id = ? ORDER BY branch_name').all(id) as {
        branch_name: string;
      }[]
    ).map((r) => r.branch_name);
  const toAccount = (row: AccountRow): Account => ({
    id: row.id,
    username: row.username,
    role: row.role,
    branches: row.role === 'branch' ? branchesOf(row.id) : [],
  });
  const find = (username: string) =>
    sqlite.prepare('SELECT id, username, role, password_hash FROM web_accounts WHERE username = ?').get(username) as AccountRow | undefined;

  const store = {
    audit(actor: string, action: string, detail: Record<string, unknown> = {}): void {
      sqlite
        .prepare('INSERT INTO web_audit (at, actor, action, detail) VALUES (?, ?, ?, ?)')
        .run(now().toISOString(), actor, action, JSON.stringify(detail));
    },

    auditLog(limit = 50): { at: string; actor: string; action: string; detail: string }[] {
      return sqlite.prepare('SELECT at, actor, action, detail FROM web_audit ORDER BY id DESC LIMIT ?').all(limit) as never;
    },

    add(input: { username: string; password: string; role: Role; branches: string[] }, actor: string): Account {
      const bad = checkUsername(input.username) ?? checkPassword(input.password);
      if (bad) throw new AccountError(bad);
      if (input.role === 'branch' && input.branches.length === 0) throw new AccountError('支部账号至少要指定一个支部（--branch 名称）');
      if (find(input.username)) throw new AccountError(`用户名“${input.username}”已存在`);
      const at = now().toISOString();
      const hash = hashPassword(input.password);
      const id = sqlite.transaction(() => {
        const id = Number(
          sqlite
            .prepare('INSERT INTO web_accounts (username, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
            .run(input.username, input.role, hash, at, at).lastInsertRowid,
        );
        const addBranch = sqlite.prepare('INSERT OR IGNORE INTO web_account_branches (account_id, branch_name) VALUES (?, ?)');
        if (input.role === 'branch') for (const b of input.branches) addBranch.run(id, b);
        store.audit(actor, 'account.add', { username: input.username, role: input.role, branches: input.branches });
        return id;
      })();
      return toAccount({ id, username: input.username, role: input.role, password_hash: '' });
    },

    list(): Account[] {
      return (sqlite.prepare('SELECT id, username, role, password_hash FROM web_accounts ORDER BY username').all() as AccountRow[]).map(
        toAccount,
      );
    },

    remove(username: string, actor: string): boolean {
      return sqlite.transaction(() => {
        const removed = sqlite.prepare('DELETE FROM web_accounts WHERE username = ?').run(username).changes > 0;
        if (removed) store.audit(actor, 'account.remove', { username });
        return removed;
      })();
    },

    setPassword(username: string, password: string, actor: string): boolean {
      const bad = checkPassword(password);
      if (bad) throw new AccountError(bad);
      const hash = hashPassword(password);
      return sqlite.transaction(() => {
        const row = find(username);
        if (!row) return false;
        sqlite.prepare('UPDATE web_accounts SET password_hash = ?, updated_at = ? WHERE id = ?').run(hash, now().toISOString(), row.id);
        // A new password ends every open session of the account.
        sqlite.prepare('DELETE FROM web_sessions WHERE account_id = ?').run(row.id);
        sqlite.prepare('DELETE FROM web_login_failures WHERE username = ?').run(username);
        store.audit(actor, 'account.passwd', { username });
        return true;
      })();
    },

    /** Checks a password; on success opens a session. Lock-out counts failures per user name, known or not. */
    login(username: string, password: string): LoginResult {
      const at = now();
      const failure = sqlite.prepare('SELECT failures, locked_until FROM web_login_failures WHERE username = ?').get(username) as
        | { failures: number; locked_until: string | null }
        | undefined;
      if (failure?.locked_until && new Date(failure.locked_until) > at)
        return { ok: false, reason: 'locked', lockedUntil: new Date(failure.locked_until) };
      const row = find(username);
      const good = verifyPassword(password, row?.password_hash ?? DUMMY_HASH) && row !== undefined;
      if (!good || !row) {
        const failures = (failure?.locked_until ? 0 : (failure?.failures ?? 0)) + 1;
        const lockedUntil = failures >= MAX_FAILURES ? new Date(at.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
        sqlite
          .prepare(
            'INSERT INTO web_login_failures (username, failures, locked_until) VALUES (?, ?, ?) ON CONFLICT(username) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until',
          )
          .run(username, lockedUntil ? 0 : failures, lockedUntil);
        if (lockedUntil) store.audit(username, 'login.locked', { failures });
        return lockedUntil ? { ok: false, reason: 'locked', lockedUntil: new Date(lockedUntil) } : { ok: false, reason: 'invalid' };
      }
      sqlite.prepare('DELETE FROM web_login_failures WHERE username = ?').run(username);
      const sessionId = randomBytes(32).toString('base64url');
      sqlite
        .prepare('INSERT INTO web_sessions (id_hash, account_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
        .run(
          sha256(sessionId),
          row.id,
          randomBytes(24).toString('base64url'),
          at.toISOString(),
          new Date(at.getTime() + SESSION_HOURS * 3600_000).toISOString(),
        );
      sqlite.prepare('DELETE FROM web_sessions WHERE expires_at < ?').run(at.toISOString());
      store.audit(username, 'login', {});
      return { ok: true, sessionId, account: toAccount(row) };
    },

    session(sessionId: string | undefined): Session | undefined {
      if (!sessionId) return undefined;
      const row = sqlite
        .prepare(
          `SELECT a.id, a.username, a.role, s.csrf, s.expires_at FROM web_sessions s JOIN web_accounts a ON a.id = s.account_id WHERE s.id_hash = ?`,
        )
        .get(sha256(sessionId)) as (Omit<AccountRow, 'password_hash'> & { csrf: string; expires_at: string }) | undefined;
      if (!row || new Date(row.expires_at) <= now()) return undefined;
      return { account: toAccount({ ...row, password_hash: '' }), csrf: row.csrf };
    },

    logout(sessionId: string | undefined): void {
      if (sessionId) sqlite.prepare('DELETE FROM web_sessions WHERE id_hash = ?').run(sha256(sessionId));
    },
  };
  return store;
}

export type AccountStore = ReturnType<typeof createAccountStore>;
