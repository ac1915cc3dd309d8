import { askMigrations } from '../../bot/features/ask/gap-store';
import { quizMigrations } from '../../bot/features/quiz/storage';
import { remindersMigrations } from '../../bot/features/reminders/migrations';
import { schedulerMigrations } from '../../bot/scheduler';
import { coreMigrations, type Migrations } from '../../bot/storage/migrations';
import { knowledgeMigrations } from '../../knowledge';
import { webMigrations } from '../../web';

/** Every table the console reads, without starting a bot: the store-level console tests migrate exactly these. */
export const consoleMigrations: Migrations = {
  ...coreMigrations,
  ...schedulerMigrations,
  ...knowledgeMigrations,
  ...quizMigrations,
  ...remindersMigrations,
  ...askMigrations,
  ...webMigrations,
};
