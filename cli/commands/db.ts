import { existsSync, statSync } from 'node:fs';
import { Presets, SingleBar } from 'cli-progress';
import { DangwuError } from '../../bot/core/errors';
import { silentLogger } from '../../bot/logger';
import { createRuntime } from '../../bot/runtime';
import { openStorage } from '../../bot/storage/database';
import { isPostgresUrl, redactUrl } from '../../bot/storage/postgres';
import { webMigrations } from '../../web/migrations';
import { type CliCommand, type CliIO, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import { loadCliConfig } from '../config';
import { type CopyProgress, type CopyReport, copyDatabase } from '../db-copy';
import { withRuntimeErrors } from '../runtime-errors';

const usage = [
  'dangwu db copy <SQLite 文件> <postgres://用户:密码@主机:端口/库名>',
  '  把 SQLite 数据库的全部数据复制到一个空的 PostgreSQL 库：先建表（与本版本相同的迁移），再按外键顺序逐表复制，',
  '  最后逐表核对行数并列出。全部在一个事务里完成：中途失败时目标库保持为空，可以直接重试；目标库不空时拒绝复制。',
  '  复制前请先停止正在使用这个 SQLite 文件的 dangwu start（复制期间它的写入会等待）。',
].join('\n');

/** Past this many rows a progress bar shows how far the copy is (on a terminal). */
const PROGRESS_FROM_ROWS = 10_000;

/** `dangwu db`: moving a deployment's data. */
export const dbCommand: CliCommand = {
  name: 'db',
  summary: '数据库：把 SQLite 数据复制到 PostgreSQL（db copy）',
  usage,
  run: (args, io) =>
    withRuntimeErrors(io, async () => {
      const [sub, from, to, ...rest] = args;
      if (sub !== 'copy' || !from || !to || rest.length > 0) {
        io.stderr.write(`用法：${usage}\n`);
        return EXIT_USAGE;
      }
      if (isPostgresUrl(from) || !existsSync(from) || !statSync(from).isFile())
        throw new DangwuError('BAD_INPUT', `源数据库 ${isPostgresUrl(from) ? redactUrl(from) : from} 不是一个存在的 SQLite 文件。`);
      if (!isPostgresUrl(to))
        throw new DangwuError('BAD_INPUT', `目标 ${to} 不是 PostgreSQL 地址（应为 postgres://用户:密码@主机:端口/库名）。`);
      return copy(from, to, io);
    }),
};

async function copy(from: string, to: string, io: CliIO): Promise<number> {
  const started = Date.now();
  // The source is opened as `dangwu start` opens it: brought to this version's schema (a copy kept beside it
  // first), which gives every migration of the app, the web console's included, for the target.
  const config = { ...loadCliConfig(io), DANGWU_DB: from };
  const source = await createRuntime({ config, log: silentLogger(), extraMigrations: webMigrations });
  const target = openStorage(to);
  try {
    io.stdout.write(`从 ${from} 复制到 ${target.path} …\n`);
    const report = await copyDatabase(source.storage, target, source.app.migrations, progressBar(io));
    io.stdout.write(renderReport(report, Date.now() - started));
    return report.tables.every((t) => t.source === t.target) ? EXIT_OK : EXIT_FAILURE;
  } finally {
    await target.close();
    await source.close();
  }
}

function progressBar(io: CliIO): CopyProgress | undefined {
  if (!io.stdout.isTTY) return undefined;
  const bar = new SingleBar({ format: '复制 [{bar}] {value}/{total} 行 {table}', stream: io.stdout }, Presets.shades_classic);
  let done = 0;
  let shown = false;
  return {
    start(total) {
      shown = total >= PROGRESS_FROM_ROWS;
      if (shown) bar.start(total, 0, { table: '' });
    },
    advance(rows, table) {
      done += rows;
      if (shown) bar.update(done, { table });
    },
    stop() {
      if (shown) bar.stop();
    },
  };
}

export function renderReport(report: CopyReport, elapsedMs: number): string {
  const width = Math.max(...report.tables.map((t) => t.table.length));
  const why = [...new Set(report.skipped.map((s) => s.why))];
  const lines = [
    `${'表'.padEnd(width - 1)}  ${'源库行数'.padStart(6)}  ${'目标行数'.padStart(6)}`,
    ...report.tables.map(
      (t) =>
        `${t.table.padEnd(width)}  ${String(t.source).padStart(10)}  ${String(t.target).padStart(10)}${t.source === t.target ? '' : '  ✗ 不一致'}`,
    ),
    ...why.map(
      (w) =>
        `未复制（${w}）：${report.skipped
          .filter((s) => s.why === w)
          .map((s) => s.table)
          .join('、')}`,
    ),
    `复制完成：${report.tables.length} 张表，共 ${report.rows} 行，逐表行数一致，用时 ${(elapsedMs / 1000).toFixed(1)} 秒。`,
    '',
  ];
  return lines.join('\n');
}
