import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FreshDatabase, freshDatabase, testBackend } from '../helpers/database';

const bin = join(resolve(__dirname, '../..'), 'bin', 'dangwu.js');
const dangwu = (args: string[], env: Record<string, string>, input = '') =>
  spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env },
    timeout: 60_000,
  });

describe(`dangwu search and dangwu ask (the real program, ${testBackend})`, () => {
  // One database for the three runs (each builds the handbook index once otherwise).
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-search-cli-'));
  const env = { DANGWU_DB: '' };
  let database: FreshDatabase | undefined;
  beforeAll(async () => {
    database = await freshDatabase(dir, 'k.db');
    env.DANGWU_DB = database.url;
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('search --json --limit returns passages with source, title, text and score, retrieval only', () => {
    const run = dangwu(['search', '--json', '--limit', '3', '支部委员会任期几年'], env);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.hits).toHaveLength(3);
    for (const hit of result.hits) {
      expect(Object.keys(hit)).toEqual(expect.arrayContaining(['source', 'title', 'text', 'score']));
      expect(typeof hit.score).toBe('number');
    }
    expect(result.hits.map((h: { source: string }) => h.source)).toContain('handbook:branch.term');
    expect(result.answer).toBeUndefined();
  });

  it('search in plain text, and clear usage errors', () => {
    const plain = dangwu(['search', '党费交纳比例'], env);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('1. 党务工作手册 › 党费 › 交纳比例');
    expect(dangwu(['search', '--limit', 'x', '党费'], env).status).toBe(2);
    expect(dangwu(['search', '--limit', '0', '党费'], env).stderr).toContain('--limit');
    expect(dangwu(['search'], env).stderr).toContain('用法');
  });

  it('ask: the 党费 calculator, up to 5 citations in --json, and the issue examples by JSON Lines', () => {
    const dues = dangwu(['ask', '--json', '工资到手6500'], env);
    const result = JSON.parse(dues.stdout);
    expect(result.kind).toBe('dues');
    expect(result.answer).toContain('6500 × 1.5% = 97.5 元/月');
    expect(result.citations[0].source).toBe('handbook:dues.rates');

    const batch = dangwu(
      ['ask'],
      env,
      ['党费怎么交', '预备党员能投票吗', '今天天气怎么样'].map((text, id) => JSON.stringify({ id, text })).join('\n'),
    );
    const [how, vote, weather] = batch.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(how.answer).toContain('按月');
    expect(how.answer).not.toContain('自行脱党');
    expect(vote.answer).toContain('没有表决权');
    // Answered from the fact layer: the fact's own section is cited (and at most five in any answer).
    expect(vote.citations.length).toBeGreaterThanOrEqual(1);
    expect(vote.citations.length).toBeLessThanOrEqual(5);
    expect(JSON.stringify(vote.citations)).toMatch(/预备/);
    expect(weather.kind).toBe('declined');
  });
});
