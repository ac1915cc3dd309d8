#!/usr/bin/env node
// Runs the compiled program in dist/ (built at install by scripts/build.mjs) while it is up to date with the
// sources; otherwise (after an edit, without a build, or with DANGWU_FROM_SOURCE=1) runs the TypeScript sources
// directly through tsx.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { newestSourceTime } from './sources.js';

const root = new URL('..', import.meta.url);

function builtAndFresh() {
  try {
    const stamp = Number(readFileSync(new URL('dist/.stamp', root), 'utf8'));
    return stamp >= newestSourceTime(fileURLToPath(root));
  } catch {
    return false;
  }
}

if (!process.env.DANGWU_FROM_SOURCE && builtAndFresh()) {
  await import('../dist/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/main.ts');
}
