import pino, { type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

/**
 * Logs go to standard error so that the console chat's standard output carries only the conversation.
 * Secret settings are redacted wherever they appear as a field, and known secret values are scrubbed from messages.
 */
export function createLogger(
  config: Pick<Config, 'LOG_LEVEL'> & Partial<Config>,
  destination: pino.DestinationStream = pino.destination(2),
): Logger {
  // Every setting whose name says it is a credential, so a new adapter's secret is covered without a change here.
  const secrets = Object.entries(config)
    .filter(([name, value]) => SECRET_SETTING.test(name) && typeof value === 'string' && value.length >= 6)
    .map(([, value]) => value as string);
  return pino(
    {
      level: config.LOG_LEVEL,
      redact: {
        paths: ['token', 'apiKey', 'secret', '*.token', '*.apiKey', '*.secret', 'headers.authorization', '*.headers.authorization'],
        censor: '[hidden]',
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === 'string' ? scrub(arg, secrets) : arg)) as Parameters<typeof method>);
        },
      },
      formatters: {
        log: (object) => scrubObject(object, secrets),
      },
    },
    destination,
  );
}

export function scrub(text: string, secrets: string[]): string {
  let result = text;
  for (const secret of secrets) result = result.split(secret).join('[hidden]');
  return result;
}

const SECRET_SETTING = /TOKEN|SECRET|API_KEY|PASSWORD|AES_KEY/;

/**
 * Scrubs secrets from a log record. A log call must never throw, whatever it is handed: cycles become
 * "[circular]", BigInts strings, and a record that still cannot be serialised is replaced by a note.
 */
function scrubObject(object: Record<string, unknown>, secrets: string[]): Record<string, unknown> {
  if (secrets.length === 0) return object;
  try {
    return JSON.parse(scrub(safeJson(object), secrets)) as Record<string, unknown>;
  } catch (error) {
    return { unloggable: `log record could not be serialised: ${(error as Error).message}` };
  }
}

export function safeJson(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === 'bigint') return item.toString();
    if (item instanceof Error) return { type: item.name, message: item.message, stack: item.stack };
    if (item !== null && typeof item === 'object') {
      if (seen.has(item)) return '[circular]';
      seen.add(item);
    }
    return item;
  });
}

export const silentLogger = (): Logger => pino({ level: 'silent' });
