import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

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

describe('dangwu admin (the real program)', { timeout: 400_000 }, () => {
  it('adds org and branch accounts from a password on stdin, lists them without hashes, changes a password and removes only when confirmed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dangwu-admin-cli-'));
    const env = { DANGWU_DB: join(dir, 'a.db') };
    try {
      const org = dangwu(['admin', 'add', '组织部管理员'], env, 'org-password-1\n');
      expect(org.stderr).toBe('');
      expect(org.stdout).toContain('已新建组织部账号“组织部管理员”');
      const branch = dangwu(['admin', 'add', 'yizhibu', '--branch', '第一支部', '第二支部'], env, 'branch-password\n');
      expect(branch.stdout).toContain('已新建支部账号“yizhibu”（可查看：第一支部、第二支部）');
      expect(dangwu(['admin', 'add', 'short', '--role', 'org'], env, 'abc\n').stderr).toContain('密码至少 8 个字符');

      const list = dangwu(['admin', 'list'], env);
      expect(list.stdout).toContain('yizhibu\t支部：第一支部、第二支部');
      expect(list.stdout).toContain('组织部管理员\t组织部（全部支部）');
      expect(list.stdout).not.toContain('scrypt');

      const db = new SQLite(env.DANGWU_DB);
      const hashOf = () =>
        (db.prepare("SELECT password_hash FROM web_accounts WHERE username = 'yizhibu'").get() as { password_hash: string }).password_hash;
      const before = hashOf();
      expect(before).toMatch(/^scrypt\$/);
      expect(before).not.toContain('branch-password');
      expect(dangwu(['admin', 'passwd', 'yizhibu'], env, 'new-password-2\n').stdout).toContain('已修改');
      expect(hashOf()).not.toBe(before);

      const refused = dangwu(['admin', 'remove', 'yizhibu'], env);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('--yes');
      expect(dangwu(['admin', 'remove', 'yizhibu', '--yes'], env).stdout).toContain('已删除账号“yizhibu”');
      expect(db.prepare("SELECT count(*) AS n FROM web_accounts WHERE username = 'yizhibu'").get()).toEqual({ n: 0 });
      const actions = (db.prepare('SELECT action FROM web_audit ORDER BY id').all() as { action: string }[]).map((r) => r.action);
      expect(actions).toEqual(['account.add', 'account.add', 'account.passwd', 'account.remove']);
      db.close();

      // Other commands still open a database the console has migrated.
      expect(dangwu(['questions', 'list'], env).status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts the console beside the scheduler when DANGWU_WEB_PORT is set, on 127.0.0.1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dangwu-web-start-'));
    const child = spawn(process.execPath, [bin, 'start'], {
      env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), DANGWU_DB: join(dir, 's.db'), DANGWU_WEB_PORT: '0', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let logged = '';
      const url = await new Promise<string>((resolveUrl, reject) => {
        child.stderr!.on('data', (chunk) => {
          logged += String(chunk);
          const found = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(logged);
          if (found) resolveUrl(found[1]!);
        });
        child.once('exit', (code) => reject(new Error(`dangwu start exited (${code}): ${logged}`)));
      });
      const response = await fetch(`${url}/`, { redirect: 'manual' });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/login');
      expect(await (await fetch(`${url}/login`)).text()).toContain('name="password"');
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
