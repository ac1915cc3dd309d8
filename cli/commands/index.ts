import type { CliCommand } from '../command';
import { adminCommand } from './admin';
import { askCommand } from './ask';
import { dbCommand } from './db';
import { ingestCommand } from './ingest';
import { questionsCommand } from './questions';
import { scheduleCommand } from './schedule';
import { searchCommand } from './search';
import { startCommand } from './start';

/** Every `dangwu` subcommand, in the order `dangwu help` lists them. Add yours here. */
export const cliCommands: CliCommand[] = [
  startCommand,
  scheduleCommand,
  askCommand,
  searchCommand,
  ingestCommand,
  questionsCommand,
  adminCommand,
  dbCommand,
];
