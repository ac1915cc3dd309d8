import { ensureHandbookIndexed } from '../knowledge/index/handbook';
import { KnowledgeIndex } from '../knowledge/index/store';
import { knowledgeMigrations } from '../knowledge/migrations';
import type { Config } from './config';
import { createApp, type App } from './core/app';
import { systemClock, type Clock, type FeatureFactory } from './core/feature';
import { featureFactories } from './features';
import { createLogger, type Logger } from './logger';
import { openStorage, type Storage } from './storage/database';
import type { Migrations } from './storage/migrations';

export interface Runtime {
  config: Config;
  log: Logger;
  storage: Storage;
  app: App;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  config: Config;
  clock?: Clock;
  log?: Logger;
  features?: FeatureFactory[];
  /** Tables of a surface beside the adapters (the web console), migrated with everything else. */
  extraMigrations?: Migrations;
}

/** Opens the database, migrates it and builds the app with every feature: what `dangwu start` and the tests share. */
export async function createRuntime(options: RuntimeOptions): Promise<Runtime> {
  const { config } = options;
  const log = options.log ?? createLogger(config);
  const storage = openStorage(config.DANGWU_DB);
  try {
    const app = await createApp({
      storage,
      config,
      clock: options.clock ?? systemClock,
      log,
      features: options.features ?? featureFactories,
      extraMigrations: { ...knowledgeMigrations, ...options.extraMigrations },
    });
    // The built-in handbook is (re)indexed when its files changed; a fast no-op otherwise.
    const indexedChapters = ensureHandbookIndexed(new KnowledgeIndex(storage.sqlite, () => app.services.clock.now()));
    if (indexedChapters > 0) log.debug({ chapters: indexedChapters }, 'handbook indexed');
    if (app.migrationReport.applied.length > 0) {
      log.info({ applied: app.migrationReport.applied, backup: app.migrationReport.backup }, 'database migrated');
    }
    return {
      config,
      log,
      storage,
      app,
      async close() {
        await app.stop();
        await storage.close();
      },
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}
