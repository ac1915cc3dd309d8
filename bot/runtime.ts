import { createKnowledge, type Knowledge, knowledgeMigrations } from '../knowledge';
import type { Config } from './config';
import { type App, createApp } from './core/app';
import { type Clock, type FeatureFactory, systemClock } from './core/feature';
import { featureFactories } from './features';
import { createLlm, type LlmClient } from './llm';
import { createLogger, type Logger } from './logger';
import { createScheduler, type DurableScheduler, schedulerMigrations } from './scheduler';
import { openStorage, type Storage } from './storage/database';
import type { Migrations } from './storage/migrations';

export interface Runtime {
  config: Config;
  log: Logger;
  storage: Storage;
  knowledge: Knowledge;
  llm: LlmClient | undefined;
  scheduler: DurableScheduler;
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

/**
 * The composition root: opens the database, creates the knowledge service, the one LLM client and the durable
 * scheduler, and hands them to the app with every feature. `dangwu start`, the CLI commands and the tests all
 * build the bot here; messengers (adapters/) and the web console are attached to the returned app.
 */
export async function createRuntime(options: RuntimeOptions): Promise<Runtime> {
  const { config } = options;
  const log = options.log ?? createLogger(config);
  const clock = options.clock ?? systemClock;
  const storage = openStorage(config.DANGWU_DB, { synchronousCommit: config.DANGWU_PG_SYNCHRONOUS_COMMIT });
  try {
    const knowledge = createKnowledge(storage.db, () => clock.now());
    const llm = createLlm(config);
    const scheduler = createScheduler({ storage, clock, log });
    const app = await createApp({
      storage,
      config,
      clock,
      log,
      scheduler,
      knowledge,
      llm,
      features: options.features ?? featureFactories,
      extraMigrations: { ...schedulerMigrations, ...knowledgeMigrations, ...options.extraMigrations },
    });
    // The built-in handbook is (re)indexed when its files changed; a fast no-op otherwise.
    const indexedChapters = await knowledge.ensureHandbook();
    if (indexedChapters > 0) log.debug({ chapters: indexedChapters }, 'handbook indexed');
    if (app.migrationReport.applied.length > 0) {
      log.info({ applied: app.migrationReport.applied, backup: app.migrationReport.backup }, 'database migrated');
    }
    return {
      config,
      log,
      storage,
      knowledge,
      llm,
      scheduler,
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
