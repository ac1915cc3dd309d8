import { openStorage } from '../../bot/storage/database';
import { coreMigrations, migrate } from '../../bot/storage/migrations';
import { ManualClock } from '../helpers/clock';
import { freshDatabase } from '../helpers/database';
import { tempDir } from '../helpers/temp';

/** The core's tables alone on a fresh database of the backend under test (the store needs nothing else). */
export async function coreDatabase() {
  const database = await freshDatabase(tempDir('dangwu-core-'));
  const storage = openStorage(database.url);
  await migrate(storage, coreMigrations);
  return {
    runtime: { storage },
    clock: new ManualClock(),
    async close() {
      await storage.close();
      await database.drop();
    },
  };
}
