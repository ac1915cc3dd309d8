import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin', 'dangwu.js');

/** Runs the real program as a user would, with a clean environment and its own temp folder. */
function dangwu(args: string[], input: string, env: Record<string, string> = {}) {
  const cwd = tempDir('dangwu-cli-');
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
    timeout: 60_000,
  });
  return { ...result, cwd };
}

describe('dangwu start (the real program)', () => {
  it('answers 帮助 from a pipe on the embedded default and exits 0', () => {
    const run = dangwu(['start'], '帮助\n');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('党务助手可以帮你');
    expect(run.stdout).toContain('⚙️ 基本：开始、帮助、取消');
  });

  it('keeps what was stored across runs on the same database file', () => {
    const dir = tempDir('dangwu-keep-');
    const env = { DANGWU_DB: join(dir, 'keep.db') };
    expect(dangwu(['start'], '/start\n', env).status).toBe(0);
    expect(dangwu(['start'], '帮助\n', env).status).toBe(0);
    const count = spawnSync(
      process.execPath,
      [
        '-e',
        `const D=require(${JSON.stringify(join(root, 'node_modules/better-sqlite3'))});console.log(new D(${JSON.stringify(env.DANGWU_DB)}).prepare('select count(*) n from users').get().n)`,
      ],
      { encoding: 'utf8' },
    );
    expect(count.stdout.trim()).toBe('1');
  });

  it('refuses a bad setting, naming the variable, and exits 2', () => {
    const run = dangwu(['start'], '帮助\n', { TELEGRAM_BOT_TOKEN: 'oops' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('TELEGRAM_BOT_TOKEN');
    expect(run.stdout).toBe('');
  });

  it('reads settings from .env in the working directory', () => {
    const cwd = tempDir('dangwu-dotenv-');
    writeFileSync(join(cwd, '.env'), 'DANGWU_TIMEZONE=Nowhere/Land\n');
    const run = spawnSync(process.execPath, [bin, 'start'], { cwd, input: '', encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('DANGWU_TIMEZONE');
  });

  it('explains an unusable database path and exits non-zero', () => {
    const cwd = tempDir('dangwu-dbdir-');
    const run = dangwu(['start'], '帮助\n', { DANGWU_DB: cwd });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('无法打开数据库');
    expect(run.stderr).toContain('DANGWU_DB');
  });

  it('lists its commands and rejects unknown ones', () => {
    const help = dangwu(['help'], '');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('start');
    const unknown = dangwu(['fly'], '');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('没有 “fly” 这个命令');
  });
});
