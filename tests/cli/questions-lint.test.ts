import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_HEADER } from '../../knowledge/questions/template';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin', 'dangwu.js');

function dangwu(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env },
    timeout: 60_000,
  });
}

describe('dangwu questions lint (the real program)', () => {
  it('screens the built-in bank by default and an imported bank by name, in text or JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dangwu-lint-cli-'));
    const env = { DANGWU_DB: join(dir, 'q.db') };
    try {
      const builtin = dangwu(['questions', 'lint'], env);
      expect(builtin.status, builtin.stderr).toBe(0);
      expect(builtin.stdout).toContain('内置题库');
      expect(builtin.stdout).toMatch(/近似重复：0 对/);

      const file = join(dir, 'bad.csv');
      writeFileSync(
        file,
        [
          TEMPLATE_HEADER.join(','),
          '单选,支部委员会一般设（）。,书记,财务总监,宣传委员,组织委员,,,A,,初级,测试,',
          '单选,按照规定，支部委员会一般设（）。,书记,财务总监,宣传委员,组织委员,,,A,解析,初级,测试,branch.committee',
        ].join('\n'),
      );
      expect(dangwu(['questions', 'import', file, '--bank', '县委'], env).status).toBe(0);
      const json = dangwu(['questions', 'lint', '--bank', '县委', '--json'], env);
      expect(json.status, json.stderr).toBe(0);
      const report = JSON.parse(json.stdout) as { total: number; findings: { kind: string }[] };
      expect(report.total).toBe(2);
      const kinds = new Set(report.findings.map((f) => f.kind));
      for (const kind of ['near-duplicate', 'throwaway', 'missing-explanation', 'missing-source']) expect(kinds).toContain(kind);

      const missing = dangwu(['questions', 'lint', '--bank', '没有这个'], env);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain('没有题库');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
