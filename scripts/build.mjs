#!/usr/bin/env node
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Compiles the TypeScript sources into dist/ once, at install (npm's `prepare`), so `npm start` runs plain
// JavaScript instead of compiling at every start. Each dynamic import() becomes its own chunk, which keeps
// the messenger SDKs, the Excel/docx/pdf readers and the LLM client out of a start that does not use them.
// bin/dangwu.js runs dist/ only while it is newer than every source file, so an edit is never shadowed by an old build.
import { build } from 'esbuild';
import { newestSourceTime } from '../bin/sources.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Pure-JavaScript packages of many modules, bundled into dist/ rather than loaded file by file at run time. */
const BUNDLED = ['kysely', 'zod'];

function externalPackages() {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) => !BUNDLED.includes(name));
  return names.flatMap((name) => [name, `${name}/*`]);
}
const stamp = newestSourceTime(root);
const staging = join(root, `dist.building-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging);
try {
  await build({
    entryPoints: { main: join(root, 'cli', 'main.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Installed packages stay outside the bundle, except those whose ESM build is hundreds of small files: Node
    // resolves and compiles each one at every start (kysely: ~280 files, zod: ~90), which was most of a start.
    external: externalPackages(),
    outdir: staging,
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  writeFileSync(join(staging, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(staging, '.stamp'), String(stamp));
  // Swap in whole: a process starting meanwhile sees the old build or the new one, never half of one.
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  renameSync(staging, join(root, 'dist'));
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`构建 dist/ 失败（npm start 将直接运行 TypeScript 源码，启动会慢一些）：${error.message}`);
}
