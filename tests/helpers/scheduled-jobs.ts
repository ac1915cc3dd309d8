import type { SchedulerTables } from '../../bot/scheduler/storage';
import type { Storage } from '../../bot/storage/database';

/** The daily-quiz rows of the durable scheduler, read through the scheduler's own table type (both backends). */
export const dailyQuizJobs = (storage: Storage) =>
  storage.db
    .withTables<SchedulerTables>()
    .selectFrom('scheduled_jobs')
    .select(['status', 'attempts'])
    .where('kind', '=', 'daily-quiz')
    .orderBy('id')
    .execute();
