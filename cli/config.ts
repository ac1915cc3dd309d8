import { type Config, loadConfig, readEnvironment } from '../bot/config';
import type { CliIO } from './command';

/** Configuration for a CLI run: the process environment over `.env` in the working directory. */
export function loadCliConfig(io: CliIO): Config {
  return loadConfig(readEnvironment(io.env));
}
