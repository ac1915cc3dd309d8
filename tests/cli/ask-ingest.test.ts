import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { freshDatabase, testBackend } from '../helpers/database';
import { tempDir } from '../helpers/temp';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin', 'dangwu.js');

function dangwu(args: string[], input: string, env: Record<string, string>) {
  return spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env },
    timeout: 60_000,
  });
}

describe(`dangwu ask and dangwu ingest (the real program, ${testBackend})`, () => {
  it('ingests, answers with --json, answers JSON Lines by id, and refuses a bad file without changing the index', async () => {
    const dir = tempDir('dangwu-ask-cli-');
    const database = await freshDatabase(dir, 'k.db');
    onTestFinished(() => database.drop());
    const env = { DANGWU_DB: database.url };
    const rules = join(dir, 'rules.txt');
    writeFileSync(rules, '示例学习制度\n\n第一条 为规范学习，制定本制度。\n\n第二条 支部每月组织一次集中学习，时长不少于两小时。\n');

    const ingest = dangwu(['ingest', rules], '', env);
    expect(ingest.status).toBe(0);
    expect(ingest.stdout).toContain('已导入');

    const json = dangwu(['ask', '--json', '集中学习的时长有什么要求'], '', env);
    expect(json.status).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.kind).toBe('handbook');
    expect(result.citations[0]).toMatchObject({ source: '《示例学习制度》第二条' });
    expect(typeof result.citations[0].score).toBe('number');
    expect(result.answer).toContain('不少于两小时');

    const batch = dangwu(['ask'], '{"id":"q1","text":"支委会多久开一次"}\n{"id":7,"text":"謝謝"}\nnot json\n', env);
    expect(batch.status).toBe(0);
    const lines = batch.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['q1', 7, null]);
    expect(lines[0].kind).toBe('handbook');
    expect(lines[0].citations[0].title).toContain('《党务工作手册》');
    expect(lines[1].kind).toBe('chitchat');
    expect(lines[2].error).toContain('第 3 行');

    const empty = join(dir, 'empty.md');
    writeFileSync(empty, '');
    writeFileSync(rules, '示例学习制度\n\n第一条 已修改。\n');
    const bad = dangwu(['ingest', rules, empty], '', env);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('empty.md');
    expect(bad.stderr).toContain('未作任何改动');
    const still = JSON.parse(dangwu(['ask', '--json', '集中学习的时长有什么要求'], '', env).stdout);
    expect(still.answer).toContain('不少于两小时');
  });
});
