import type { CliCommand } from '../command';
import { scheduleCommand } from './schedule';
import { startCommand } from './start';

/** Every `dangwu` subcommand, in the order `dangwu help` lists them. Add yours here. */
export const cliCommands: CliCommand[] = [startCommand, scheduleCommand];
