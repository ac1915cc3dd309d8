import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from '../../cli/main';
import { loadBuiltinQuestions } from '../../knowledge/questions/builtin';
import { TEMPLATE_HEADER } from '../../knowledge/questions/template';
import { freshDatabase, testBackend } from '../helpers/database';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin', 'dangwu.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The real program in a child process. Each start loads the whole program (seconds, tens of seconds on a loaded
 * machine), so one step goes through it; `spawn`, not `spawnSync`, so vitest's timeout can still end a hung child.
 */
function program(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** The same command in this process (what bin/dangwu.js runs after loading), its output captured. */
async function dangwu(args: string[], env: Record<string, string>): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.setEncoding('utf8').on('data', (d) => (out += d));
  stderr.setEncoding('utf8').on('data', (d) => (err += d));
  const status = await runCli(args, { stdin: new PassThrough(), stdout, stderr, env: { PATH: process.env.PATH ?? '', ...env } });
  return { status, stdout: out, stderr: err };
}

describe(`dangwu questions (one import by the real program, the rest in this process; ${testBackend})`, () => {
  it('imports all or nothing, updates a question imported again, lists the bank as JSON, and removes only when confirmed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dangwu-questions-cli-'));
    const database = await freshDatabase(dir, 'q.db');
    onTestFinished(() => database.drop());
    const env = { DANGWU_DB: database.url };
    try {
      const bad = join(dir, 'bad.csv');
      writeFileSync(
        bad,
        [
          TEMPLATE_HEADER.join(','),
          '单选,好题（）,甲,乙,,,,,A,,初级,测试,',
          '单选,坏题（）,甲,乙,,,,,C,,初级,测试,',
          '判断,坏判断,,,,,,,也许,,初级,测试,',
        ].join('\n'),
      );
      const refused = await dangwu(['questions', 'import', bad, '--bank', '县委2026'], env);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('导入失败，题库未作任何改动：');
      expect(refused.stderr).toContain('第 3 行：答案里的 C 没有对应的选项');
      expect(refused.stderr).toContain('第 4 行：判断题的答案应为“正确”或“错误”');

      const builtinCount = loadBuiltinQuestions().length;
      expect(JSON.parse((await dangwu(['questions', 'list', '--json'], env)).stdout)).toHaveLength(builtinCount);

      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('题库');
      sheet.addRow([...TEMPLATE_HEADER]);
      sheet.addRow([
        '单选',
        '本县党务工作者年度培训不少于（）学时',
        '8',
        '16',
        '24',
        '32',
        '',
        '',
        'C',
        '县里的要求。',
        '初级',
        '县级要求',
        '县委文件',
      ]);
      sheet.addRow(['判断', '本县证书每年认证一次', '', '', '', '', '', '', '正确', '', '中级', '县级要求', '']);
      const xlsx = join(dir, '县委2026.xlsx');
      await workbook.xlsx.writeFile(xlsx);
      // The one step through the real program: bin/dangwu.js, its exit status and its output.
      const imported = await program(['questions', 'import', xlsx], env);
      expect(imported.stderr).toBe('');
      expect(imported.status).toBe(0);
      expect(imported.stdout).toContain('已导入题库“县委2026”：新增 2 题，更新 0 题，未变化 0 题。题库现有 2 题。');

      const listed = JSON.parse((await dangwu(['questions', 'list', '--json', '--bank', '县委2026'], env)).stdout);
      expect(listed[0]).toMatchObject({
        bank: '县委2026',
        type: '单选',
        level: '初级',
        topic: '县级要求',
        options: ['8', '16', '24', '32'],
        answer: 'C',
        source: '县委文件',
      });
      expect(Object.keys(listed[0]).sort()).toEqual([
        'answer',
        'bank',
        'explanation',
        'id',
        'level',
        'options',
        'source',
        'stem',
        'topic',
        'type',
      ]);
      listed[0].explanation = '县委文件第三条。';
      const json = join(dir, 'edited.json');
      writeFileSync(json, JSON.stringify(listed));
      const again = await dangwu(['questions', 'import', json, '--bank', '县委2026'], env);
      expect(again.stdout).toContain('新增 0 题，更新 1 题，未变化 1 题。题库现有 2 题。');

      const summary = (await dangwu(['questions', 'list'], env)).stdout;
      expect(summary).toContain('县委2026：2 题（单选 1，多选 0，判断 1，填空 0；初级 1，中级 1，高级 0，不分级 0）');

      const asked = JSON.parse((await dangwu(['ask', '--json', '本县党务工作者年度培训不少于（ ）学时 A.32 B.24 C.16 D.8'], env)).stdout);
      expect(asked).toMatchObject({ kind: 'exam', fromBank: true, choice: ['B'] });
      expect(asked.answer).toContain('县委文件第三条。');

      const unconfirmed = await dangwu(['questions', 'remove', '县委2026'], env);
      expect(unconfirmed.status).toBe(2);
      expect(unconfirmed.stderr).toContain('确认请加 --yes');
      const removed = await dangwu(['questions', 'remove', '县委2026', '--yes'], env);
      expect(removed.stdout).toContain('已删除题库“县委2026”（2 题）');
      expect(JSON.parse((await dangwu(['questions', 'list', '--json'], env)).stdout)).toHaveLength(builtinCount);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('imports a bank without a 等级 column: 不分级 by default, or the --level given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dangwu-questions-level-'));
    const database = await freshDatabase(dir, 'q.db');
    onTestFinished(() => database.drop());
    const env = { DANGWU_DB: database.url };
    try {
      const csv = join(dir, '无等级.csv');
      writeFileSync(
        csv,
        [
          '题型,题干,选项A,选项B,答案,解析,分类',
          '单选,本县的题没有等级（）,甲,乙,A,,县级要求',
          '判断,本县题库也有判断题,,,正确,,县级要求',
        ].join('\n'),
      );
      const plain = await dangwu(['questions', 'import', csv, '--bank', '无等级'], env);
      expect(plain.stderr).toBe('');
      expect(plain.stdout).toContain('新增 2 题');
      expect((await dangwu(['questions', 'list'], env)).stdout).toContain(
        '无等级：2 题（单选 1，多选 0，判断 1，填空 0；初级 0，中级 0，高级 0，不分级 2）',
      );
      const levelled = await dangwu(['questions', 'import', csv, '--bank', '有默认', '--level', '初级'], env);
      expect(levelled.stdout).toContain('新增 2 题');
      expect((await dangwu(['questions', 'list'], env)).stdout).toContain(
        '有默认：2 题（单选 1，多选 0，判断 1，填空 0；初级 2，中级 0，高级 0，不分级 0）',
      );
      const wrong = await dangwu(['questions', 'import', csv, '--bank', '错级', '--level', '专家'], env);
      expect(wrong.status).toBe(2);
      expect(wrong.stderr).toContain('--level 应为 初级、中级 或 高级');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
