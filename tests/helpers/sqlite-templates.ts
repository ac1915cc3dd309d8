import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { MigratedSet } from './postgres-target';
import { fillTemplate, MIGRATED_SETS } from './postgres-templates';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's SQLite template files, one per migrated set (see {@link setup}). */
    dangwuSqliteTemplates: Record<MigratedSet, string>;
  }
}

/**
 * Global setup of the `sqlite` project: the SQLite side of postgres-templates.ts. Migrating a new SQLite file with
 * every table and indexing the handbook in it takes about 0.3 s, at every createTestBot and console harness; a
 * copy of a file that already holds both takes a millisecond. So the run fills one template file per set, once,
 * and migratedDatabase copies it (the same migrations and the same index as the caller's runtime would make; it
 * checks with checkMigratedAs).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'dangwu-templates-'));
  const sets = Object.keys(MIGRATED_SETS) as MigratedSet[];
  const files = Object.fromEntries(sets.map((set) => [set, join(dir, `${set}.db`)])) as Record<MigratedSet, string>;
  for (const set of sets) await fillTemplate(files[set], set);
  project.provide('dangwuSqliteTemplates', files);
  return () => rmSync(dir, { recursive: true, force: true });
}
