import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { webhookListeners } from '../adapters';
import { loadConfig, readEnvironment } from '../bot/config';
import { DangwuError } from '../bot/core/errors';
import { createLogger } from '../bot/logger';
import { tempDir } from './helpers/temp';

function configError(env: Record<string, string>): DangwuError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(DangwuError);
    return error as DangwuError;
  }
  throw new Error('expected a configuration error');
}

describe('configuration', () => {
  it('runs on the embedded default with nothing set', () => {
    const config = loadConfig({});
    expect(config.DANGWU_DB).toBe('./data/dangwu.db');
    expect(config.DANGWU_TIMEZONE).toBe('Asia/Shanghai');
    expect(config.DANGWU_SECRETARIES).toEqual(['console:me']);
    expect(config.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(config.OPENAI_API_KEY).toBeUndefined();
  });

  it('names the wrong variable and how to fix it', () => {
    const error = configError({ TELEGRAM_BOT_TOKEN: 'not-a-token', DANGWU_TIMEZONE: 'Mars/Olympus' });
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain('TELEGRAM_BOT_TOKEN：格式应为 123456789:ABC-DEF');
    expect(error.message).toContain('DANGWU_TIMEZONE：不是有效的时区名');
    expect(error.message).toContain('Mars/Olympus');
  });

  it('reads PORT only when a webhook serves HTTP (a host may set PORT for programs of its own)', () => {
    expect(loadConfig({ PORT: 'eighty' }).PORT).toBeUndefined();
    expect(loadConfig({ PORT: '8080', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).PORT).toBeUndefined();
    const telegramWebhook = {
      TELEGRAM_BOT_TOKEN: '123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      TELEGRAM_WEBHOOK_URL: 'https://dangwu.example.org/telegram',
      TELEGRAM_WEBHOOK_SECRET: 'secret',
    };
    expect(loadConfig(telegramWebhook).PORT).toBe(3000);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '8443' }).PORT).toBe(8443);
    const error = configError({ ...telegramWebhook, PORT: 'eighty' });
    expect(error.message).toContain('PORT：应是 1 到 65535 之间的端口号');
    expect(error.message).toContain('当前值：eighty');
  });

  it('names the port each webhook listens on and the setting that moves it (Slack on PORT + 1 beside Telegram)', () => {
    const both = loadConfig({
      TELEGRAM_BOT_TOKEN: '123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      TELEGRAM_WEBHOOK_URL: 'https://dangwu.example.org/telegram',
      TELEGRAM_WEBHOOK_SECRET: 'secret',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      PORT: '8443',
    });
    expect(webhookListeners(both)).toEqual([
      { adapter: 'telegram', what: 'Telegram 的 webhook 服务', port: 8443, setting: 'PORT' },
      { adapter: 'slack', what: 'Slack 的 HTTP 接收服务', port: 8444, setting: 'PORT（Slack 用 PORT 加 1）' },
    ]);
    expect(webhookListeners(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', PORT: '8443' }))).toEqual([]);
  });

  it('never echoes a secret, even a malformed one', () => {
    const error = configError({ SLACK_BOT_TOKEN: 'xoxp-leaky-user-token' });
    expect(error.message).toContain('SLACK_BOT_TOKEN');
    expect(error.message).toContain('已隐藏');
    expect(error.message).not.toContain('leaky');
  });

  it('rejects settings that only make sense together', () => {
    expect(
      configError({ TELEGRAM_BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ', TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/hook' })
        .message,
    ).toContain('TELEGRAM_WEBHOOK_SECRET');
    expect(configError({ SLACK_BOT_TOKEN: 'xoxb-1-2-3' }).message).toContain('SLACK_APP_TOKEN');
    expect(configError({ DANGWU_SECRETARIES: '12345' }).message).toContain('平台:用户ID');
  });

  it('reads .env, with the real environment taking precedence', () => {
    const dir = tempDir('dangwu-env-');
    const file = join(dir, '.env');
    writeFileSync(file, 'DANGWU_DB=/from/file.db\nOPENAI_MODEL=file-model\n');
    const env = readEnvironment({ OPENAI_MODEL: 'env-model' }, file);
    const config = loadConfig(env);
    expect(config.DANGWU_DB).toBe('/from/file.db');
    expect(config.OPENAI_MODEL).toBe('env-model');
  });

  it('keeps secrets out of the logs', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const token = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const log = createLogger({ LOG_LEVEL: 'info', TELEGRAM_BOT_TOKEN: token } as never, sink as never);
    log.info({ url: `https://api.telegram.org/bot${token}/getMe`, token }, `calling with ${token}`);
    expect(lines.join('')).not.toContain(token);
    expect(lines.join('')).toContain('[hidden]');
  });
});
