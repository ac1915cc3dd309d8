import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRemindersStores } from '../../bot';
import { openStorage } from '../../bot/storage/database';
import { type AccountTables, createAccountStore } from '../../web/accounts';
import { freshDatabase } from '../helpers/database';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin', 'dangwu.js');

function dangwu(args: string[], env: Record<string, string>, input = '') {
  return spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env },
    timeout: 60_000,
  });
}

/** Binds a group to each name, as 绑定支部 does, through the reminders feature's store. */
async function bindBranches(url: string, names: string[]): Promise<void> {
  const storage = openStorage(url);
  try {
    for (const [i, name] of names.entries())
      await createRemindersStores(storage).branches.bind({
        chatKey: `console:g${i}`,
        platform: 'console',
        chatId: `g${i}`,
        name,
        zone: 'Asia/Shanghai',
        secretaryKey: `console:sec${i}`,
        secretaryPlatform: 'console',
        secretaryChatId: `sec${i}`,
        createdAt: '2026-03-02T01:00:00.000Z',
      });
  } finally {
    await storage.close();
  }
}

describe('dangwu admin (the real program)', { timeout: 400_000 }, () => {
  it('refuses a branch account for a branch that does not exist, naming it and the branches close to it; resolves 繁体 and spaced names to the branch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dangwu-admin-cli-'));
    const database = await freshDatabase(dir, 'b.db');
    const env = { DANGWU_DB: database.url };
    try {
      expect(dangwu(['admin', 'add', '组织部管理员'], env, 'org-password-1\n').status).toBe(0);
      await bindBranches(env.DANGWU_DB, ['第二党支部', '城关镇机关党支部']);
      const unknown = dangwu(['admin', 'add', 'erzhibu', '--branch', '第二支部'], env, 'branch-password\n');
      expect(unknown.status).toBe(1);
      expect(unknown.stderr).toContain('没有名为“第二支部”的支部。名称相近的支部：“第二党支部”');
      expect(unknown.stderr).toContain('账号未创建');
      const nothingClose = dangwu(['admin', 'add', 'erzhibu', '--branch', '不存在的支部'], env, 'branch-password\n');
      expect(nothingClose.status).toBe(1);
      expect(nothingClose.stderr).toContain('没有名为“不存在的支部”的支部');
      expect(dangwu(['admin', 'list'], env).stdout).not.toContain('erzhibu');
      // The same branch however it is typed: 繁体, spaces, full-width.
      const traditional = dangwu(['admin', 'add', 'erzhibu', '--branch', '第 二 黨支部'], env, 'branch-password\n');
      expect(traditional.stderr).toBe('');
      expect(traditional.stdout).toContain('已新建支部账号“erzhibu”（可查看：第二党支部）');
      const storage = openStorage(env.DANGWU_DB);
      try {
        const account = (await createAccountStore(storage).list()).find((a) => a.username === 'erzhibu')!;
        const branch = await createRemindersStores(storage).branches.byName('第二党支部');
        expect(account.branchIds).toEqual([branch!.id]);
      } finally {
        await storage.close();
      }
    } finally {
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('adds org and branch accounts from a password on stdin, lists them without hashes, changes a password and removes only when confirmed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dangwu-admin-cli-'));
    const database = await freshDatabase(dir, 'a.db');
    const env = { DANGWU_DB: database.url };
    try {
      const org = dangwu(['admin', 'add', '组织部管理员'], env, 'org-password-1\n');
      expect(org.stderr).toBe('');
      expect(org.stdout).toContain('已新建组织部账号“组织部管理员”');
      // Branches exist once a chat binds them (the first command migrated the database).
      await bindBranches(env.DANGWU_DB, ['第一支部', '第二支部']);
      const branch = dangwu(['admin', 'add', 'yizhibu', '--branch', '第一支部', '第二支部'], env, 'branch-password\n');
      expect(branch.stdout).toContain('已新建支部账号“yizhibu”（可查看：第一支部、第二支部）');
      expect(dangwu(['admin', 'add', 'short', '--role', 'org'], env, 'abc\n').stderr).toContain('密码至少 8 个字符');

      const list = dangwu(['admin', 'list'], env);
      expect(list.stdout).toContain('yizhibu\t支部：第一支部、第二支部');
      expect(list.stdout).toContain('组织部管理员\t组织部（全部支部）');
      expect(list.stdout).not.toContain('scrypt');

      // What the commands wrote, read through the console's own account store (and the stored hash by a query:
      // the store never hands a hash out).
      const storage = openStorage(env.DANGWU_DB);
      const store = createAccountStore(storage);
      const hashOf = async () =>
        (
          await storage.db
            .withTables<AccountTables>()
            .selectFrom('web_accounts')
            .select('password_hash')
            .where('username', '=', 'yizhibu')
            .executeTakeFirstOrThrow()
        ).password_hash;
      try {
        const before = await hashOf();
        expect(before).toMatch(/^scrypt\$/);
        expect(before).not.toContain('branch-password');
        expect(dangwu(['admin', 'passwd', 'yizhibu'], env, 'new-password-2\n').stdout).toContain('已修改');
        expect(await hashOf()).not.toBe(before);
        expect((await store.login('yizhibu', 'new-password-2')).ok).toBe(true);
        expect((await store.login('yizhibu', 'branch-password')).ok).toBe(false);

        const refused = dangwu(['admin', 'remove', 'yizhibu'], env);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toContain('--yes');
        expect(dangwu(['admin', 'remove', 'yizhibu', '--yes'], env).stdout).toContain('已删除账号“yizhibu”');
        expect((await store.list()).map((a) => a.username)).toEqual(['组织部管理员']);
        const actions = (await store.auditLog()).map((r) => r.action).reverse();
        expect(actions).toEqual(['account.add', 'account.add', 'account.passwd', 'login', 'account.remove']);
      } finally {
        await storage.close();
      }

      // Other commands still open a database the console has migrated.
      expect(dangwu(['questions', 'list'], env).status).toBe(0);
    } finally {
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says there is no such account instead of asking for --yes, naming the accounts it may have meant', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dangwu-admin-unknown-'));
    const database = await freshDatabase(dir, 'u.db');
    const env = { DANGWU_DB: database.url };
    try {
      const none = dangwu(['admin', 'remove', 'zuzhibu'], env);
      expect(none.stderr).toContain('没有账号“zuzhibu”：还没有任何管理后台账号');
      expect(none.stderr).not.toContain('--yes');
      expect(none.status).toBe(1);

      expect(dangwu(['admin', 'add', 'zuzhibu'], env, 'org-password-1\n').status).toBe(0);
      expect(dangwu(['admin', 'add', 'chengguan', '--role', 'org'], env, 'org-password-2\n').status).toBe(0);
      const typo = dangwu(['admin', 'remove', 'zuzhbu'], env);
      expect(typo.stderr).toContain('没有账号“zuzhbu”。是不是：“zuzhibu”？');
      expect(typo.stderr).not.toContain('chengguan');
      expect(typo.status).toBe(1);
      const other = dangwu(['admin', 'passwd', 'xiangzhen'], env, 'new-password-3\n');
      expect(other.stderr).toContain('没有账号“xiangzhen”。现有账号：');
      expect(other.stderr).toContain('zuzhibu');
      expect(other.status).toBe(1);
    } finally {
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts the console beside the terminal chat: one Chinese line with the address, replies without log lines, logs in a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dangwu-web-start-'));
    const database = await freshDatabase(dir, 's.db');
    // LOG_LEVEL=info: start-up logs something (the database was migrated, the console started), none of it on screen.
    const child = spawn(process.execPath, [bin, 'start'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), DANGWU_DB: database.url, DANGWU_WEB_PORT: '0', LOG_LEVEL: 'info' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let shown = '';
    let logged = '';
    child.stdout!.on('data', (chunk) => (shown += String(chunk)));
    child.stderr!.on('data', (chunk) => (logged += String(chunk)));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    const waitFor = (pattern: RegExp) =>
      new Promise<RegExpExecArray>((found, reject) => {
        // A guard, not a measure: a program that never shows the line fails here instead of hanging the file.
        const give = Date.now() + 90_000;
        const look = () => {
          const match = pattern.exec(shown);
          if (match) return found(match);
          if (child.exitCode !== null || Date.now() > give)
            return reject(new Error(`dangwu start did not show ${pattern} (exit ${child.exitCode}): ${shown}${logged}`));
          setTimeout(look, 50);
        };
        look();
      });
    try {
      const [line, url, logPath] = await waitFor(/^组织部网页控制台：(http:\/\/127\.0\.0\.1:\d+)\/（运行日志写在 (.+)）$/m);
      expect(shown.startsWith(line!)).toBe(true);

      child.stdin!.write('帮助\n');
      await waitFor(/党务助手可以帮你/);
      const response = await fetch(`${url}/`, { redirect: 'manual' });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/login');
      expect(await (await fetch(`${url}/login`)).text()).toContain('name="password"');

      // The chat's input ends (as under a service manager): the console keeps serving until a signal.
      child.stdin!.end();
      expect((await fetch(`${url}/login`)).status).toBe(200);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(shown).not.toContain('{"level"');
      expect(logged).toBe('');
      const logFile = readFileSync(resolve(dir, logPath!), 'utf8');
      expect(logFile).toContain('管理后台已启动');
    } finally {
      // A child that already exited (it failed to start) sends no second exit event.
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
