import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { TEMPLATE_HEADER } from '../../knowledge/questions/template';
import { freshDatabase, testBackend } from '../helpers/database';
import { tempDir } from '../helpers/temp';

const root = resolve(__dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The README's shell lines (in ```sh blocks and inline `code`) that contain `marker`, exactly as written. */
function readmeLine(marker: string): string {
  const lines = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) => block[1]!.split('\n'));
  const inline = [...readme.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
  const found = [...lines, ...inline].find((line) => line.includes(marker));
  if (!found) throw new Error(`README has no command with “${marker}”`);
  return found.replace(/\s+#.*$/, '').trim();
}

/**
 * A project folder for the shell: the real package.json and bin/ (bin/dangwu.js resolves the sources from its real
 * path), so `npm run …` finds the project and a `> file` lands here, not in the checkout.
 */
function projectFolder(): string {
  const cwd = tempDir('dangwu-readme-');
  copyFileSync(join(root, 'package.json'), join(cwd, 'package.json'));
  symlinkSync(join(root, 'bin'), join(cwd, 'bin'));
  return cwd;
}

function shell(command: string, cwd: string, env: Record<string, string>, input = '') {
  return spawnSync('sh', ['-c', command], {
    cwd,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
    timeout: 120_000,
  });
}

describe(`README commands run through a shell as written (${testBackend})`, () => {
  it('exports a bank with the README’s `questions list --json … > file` and imports that file again unchanged', async () => {
    const cwd = projectFolder();
    const database = await freshDatabase(cwd, 'readme.db');
    onTestFinished(() => database.drop());
    const env = { DANGWU_DB: database.url };
    const exportLine = readmeLine('questions list --json');
    const importLine = readmeLine('questions import 县委2026.json');
    const bank = /--bank (\S+)/.exec(exportLine)?.[1];
    expect(bank).toBe('县委2026');
    writeFileSync(
      join(cwd, 'bank.csv'),
      [
        TEMPLATE_HEADER.join(','),
        '单选,本县党务工作者年度培训不少于（）学时,8,16,24,32,,,C,,初级,培训,县委文件',
        '判断,支部委员会每月召开一次,,,,,,,正确,,,组织生活,',
      ].join('\n'),
    );
    expect(shell(`npm run -s dangwu -- questions import bank.csv --bank ${bank}`, cwd, env).status).toBe(0);

    const exported = shell(exportLine, cwd, env);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    const file = readFileSync(join(cwd, `${bank}.json`), 'utf8');
    expect(file.startsWith('[')).toBe(true);
    expect(JSON.parse(file)).toHaveLength(2);

    const imported = shell(importLine, cwd, env);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('新增 0 题，更新 0 题，未变化 2 题。题库现有 2 题。');
  }, 300_000);

  it.skipIf(testBackend !== 'sqlite')(
    'pipes a message into `npm start` as the README shows, and the output is only the reply (SQLite only: the default is a file)',
    () => {
      const cwd = projectFolder();
      const run = shell(readmeLine('| npm start'), cwd, { DANGWU_DB: join(cwd, 'start.db') });
      expect(run.status).toBe(0);
      expect(run.stdout).not.toContain('> dangwu@');
      expect(run.stdout).toContain('党务助手可以帮你');
    },
    120_000,
  );
});
