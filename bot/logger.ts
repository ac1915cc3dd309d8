import pino, { type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

/**
 * Logs go to standard error so that the console chat's standard output carries only the conversation.
 * Secret settings are redacted wherever they appear as a field, and known secret values are scrubbed from messages.
 */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'> & Partial<Config>, destination = pino.destination(2)): Logger {
  const secrets = [config.TELEGRAM_BOT_TOKEN, config.SLACK_BOT_TOKEN, config.SLACK_APP_TOKEN, config.SLACK_SIGNING_SECRET, config.OPENAI_API_KEY, config.TELEGRAM_WEBHOOK_SECRET, config.FEISHU_APP_SECRET].filter(
    (value): value is string => typeof value === 'string' && value.length > 0,
  );
  return pino(
    {
      level: config.LOG_LEVEL,
      redact: {
        paths: ['token', 'apiKey', 'secret', '*.token', '*.apiKey', '*.secret', 'headers.authorization', '*.headers.authorization'],
        censor: '[hidden]',
      },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? scrub(arg, secrets) : arg)) as Parameters<typeof method>,
          );
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

function scrubObject(object: Record<string, unknown>, secrets: string[]): Record<string, unknown> {
  if (secrets.length === 0) return object;
  const json = JSON.stringify(object, (_key, value) => (value instanceof Error ? { message: value.message, stack: value.stack } : value));
  return JSON.parse(scrub(json, secrets)) as Record<string, unknown>;
}

export const silentLogger = (): Logger => pino({ level: 'silent' });
