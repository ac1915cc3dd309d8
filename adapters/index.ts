import type { App } from '../bot/core/app';
import type { Config } from '../bot/config';
import type { Logger } from '../bot/logger';
import type { Adapter } from './adapter';

/**
 * The messenger adapters whose settings are present (Telegram, Slack). Empty means: run the console chat.
 */
export function createMessengerAdapters(_app: App, _config: Config, _log: Logger): Adapter[] {
  const adapters: Adapter[] = [];
  return adapters;
}
