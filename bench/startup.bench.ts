import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../bot/config';
import { silentLogger } from '../bot/logger';
import { createRuntime } from '../bot/runtime';
import { type ChunkInput, QuestionBankStore, validateRows } from '../knowledge';

/**
 * Start-up footprint (issue 16): a piped `dangwu start` that answers 帮助 and exits, as a user's first try does.
 * Measured as the compiled program (dist/, built at install) and, as the peer in the same run, the same program
 * compiled at run time through tsx (how every start ran before). Targets: ≤ 1.0 s and ≤ 150 MB peak RSS with the
 * built-in content; ≤ 250 MB on a database holding 10,000 indexed chunks, 100,000 scheduled reminders and
 * 10,000 imported questions, answering 帮助, a handbook question and a practice question.
 */
const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'dangwu.js');
const RUNS = 5;

interface StartFigures {
  ms: number;
  rssMb: number;
  ok: boolean;
}

/** One run of the real program; peak RSS is reported by the child itself at exit (no external tool needed). */
function startOnce(env: Record<string, string>, input: string, cwd: string): Promise<StartFigures> {
  const reporter = join(cwd, 'report-rss.cjs');
  writeFileSync(reporter, "process.on('exit', () => process.stderr.write(`\\nMAXRSS ${process.resourceUsage().maxRSS}\\n`));\n");
  return new Promise((done) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', reporter, bin, 'start'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const kb = Number(/MAXRSS (\d+)/.exec(stderr)?.[1] ?? 0);
      done({ ms, rssMb: kb / 1024, ok: code === 0 && stdout.includes('党务助手可以帮你') });
    });
    child.stdin.end(input);
  });
}

async function series(label: string, env: Record<string, string>, input: string, cwd: string): Promise<StartFigures> {
  await startOnce(env, input, cwd); // warm: the first start on a new file migrates and indexes the handbook
  const runs: StartFigures[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await startOnce(env, input, cwd));
  const sorted = (key: 'ms' | 'rssMb') => runs.map((r) => r[key]).sort((a, b) => a - b);
  const median = { ms: sorted('ms')[Math.floor(RUNS / 2)]!, rssMb: sorted('rssMb')[Math.floor(RUNS / 2)]!, ok: runs.every((r) => r.ok) };
  console.log(
    `${label.padEnd(44)} median ${median.ms.toFixed(0).padStart(5)} ms   peak RSS ${median.rssMb.toFixed(0).padStart(4)} MB${median.ok ? '' : '   (some runs failed!)'}`,
  );
  return median;
}

async function seedLargeDatabase(path: string): Promise<void> {
  const runtime = await createRuntime({ config: loadConfig({ DANGWU_DB: path }), log: silentLogger() });
  const { index } = runtime.knowledge;
  const words = [
    '党支部',
    '组织生活',
    '党员大会',
    '支委会',
    '党小组',
    '党课',
    '民主评议',
    '发展党员',
    '预备党员',
    '党费',
    '纪律',
    '组织关系',
  ];
  const chunk = (i: number): ChunkInput => ({
    source: `bench:${i}`,
    title: `生成段落 ${i}`,
    text: Array.from(
      { length: 8 },
      (_, k) => `${words[(i + k) % words.length]}第${(i * 7 + k) % 211}项工作要求按照规定执行并做好记录。`,
    ).join(''),
  });
  await index.transaction(async (tx) => {
    for (let d = 0; d < 100; d++)
      await tx.upsert({
        source: `bench-doc:${d}`,
        title: `生成文档${d}`,
        kind: 'bench',
        chunks: Array.from({ length: 100 }, (_, k) => chunk(d * 100 + k)),
      });
  });
  const due = Date.now() + 86_400_000;
  runtime.storage.sqlite.transaction(() => {
    for (let i = 0; i < 100_000; i++) {
      void runtime.scheduler.schedule({
        kind: 'bench',
        occurrenceKey: `r${i}`,
        dueAt: new Date(due + i * 60_000),
        address: { platform: 'x', chatId: `c${i % 5000}` },
        payload: { i },
      });
    }
  })();
  const rows = Array.from({ length: 10_000 }, (_, i) => ({
    row: i + 2,
    fields: {
      题型: '单选',
      题干: `第${i}题：关于支部工作第${i % 97}项规定的说法，正确的是（）`,
      选项A: `甲${i}`,
      选项B: `乙${i}`,
      选项C: `丙${i}`,
      选项D: `丁${i}`,
      答案: 'B',
      解析: '',
      等级: '初级',
      分类: '组织生活',
      出处: '',
    },
  }));
  const { questions } = validateRows(rows as never, 'bench');
  await new QuestionBankStore(runtime.storage.db).importQuestions('bench', questions, 'bench.csv');
  await runtime.close();
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-bench-start-'));
  try {
    const plain = join(dir, 'plain.db');
    console.log(`piped start answering 帮助, ${RUNS} runs after one warm-up (targets ≤ 1000 ms, ≤ 150 MB):`);
    const ours = await series('compiled (dist/), built-in content', { DANGWU_DB: plain }, '帮助\n', dir);
    const peer = await series('peer: compiled at run time (tsx), same', { DANGWU_DB: plain, DANGWU_FROM_SOURCE: '1' }, '帮助\n', dir);
    console.log(`ours/peer: time ${(ours.ms / peer.ms).toFixed(2)}×, RSS ${(ours.rssMb / peer.rssMb).toFixed(2)}×`);

    const large = join(dir, 'large.db');
    await seedLargeDatabase(large);
    console.log(
      '\n10,000 chunks + 100,000 scheduled reminders + 10,000 questions, answering 帮助, a question and practice (target ≤ 250 MB):',
    );
    const input = '帮助\n预备期多长\n练习\n1\n';
    const big = await series('compiled (dist/), large database', { DANGWU_DB: large }, input, dir);
    const bigPeer = await series('peer: compiled at run time (tsx), same', { DANGWU_DB: large, DANGWU_FROM_SOURCE: '1' }, input, dir);
    console.log(`ours/peer: time ${(big.ms / bigPeer.ms).toFixed(2)}×, RSS ${(big.rssMb / bigPeer.rssMb).toFixed(2)}×`);
    console.log(
      `\ntargets: start ${ours.ms <= 1000 ? 'met' : 'MISSED'} (${ours.ms.toFixed(0)} ms), RSS ${ours.rssMb <= 150 ? 'met' : 'MISSED'} (${ours.rssMb.toFixed(0)} MB), large RSS ${big.rssMb <= 250 ? 'met' : 'MISSED'} (${big.rssMb.toFixed(0)} MB)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
