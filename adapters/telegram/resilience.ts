import { GrammyError, HttpError, type Transformer } from 'grammy';
import type { Logger } from '../../bot';
import { DangwuError } from '../../bot';

export interface RetryOptions {
  log: Logger;
  /** Attempts after the first (429, 5xx, network). */
  maxRetries: number;
  /** The longest `retry_after` worth waiting for; a longer one gives up at once (logged). */
  maxWaitSeconds: number;
  /** False while starting: start-up calls fail at once so that a wrong setting is reported, not retried. */
  enabled(): boolean;
  sleep(ms: number): Promise<void>;
}

/**
 * Retries Bot API calls that Telegram asks to repeat: a 429 after the `retry_after` it names (however long, up to
 * `maxWaitSeconds`), a 5xx or a network failure with a doubling pause; each retry is logged and their number is
 * limited. @grammyjs/auto-retry is close, but it gives up on any `retry_after` over its cap without a word and retries
 * network failures forever (that is how an unreachable API root hung the start). `getUpdates` is left to the runner,
 * which retries polling itself.
 */
export function retryTransformer(options: RetryOptions): Transformer {
  const { log } = options;
  return async (prev, method, payload, signal) => {
    if (method === 'getUpdates' || !options.enabled()) return prev(method, payload, signal);
    let pauseSeconds = 1;
    for (let attempt = 1; ; attempt++) {
      const last = attempt > options.maxRetries;
      let result: Awaited<ReturnType<typeof prev>>;
      try {
        result = await prev(method, payload, signal);
      } catch (error) {
        if (!(error instanceof HttpError) || signal?.aborted) throw error;
        if (last) {
          log.error({ method, attempts: attempt, err: error }, 'telegram: network failure, giving up');
          throw error;
        }
        log.warn({ method, attempt, waitSeconds: pauseSeconds, err: error }, 'telegram: network failure, retrying');
        await options.sleep(pauseSeconds * 1000);
        pauseSeconds *= 2;
        continue;
      }
      if (result.ok) return result;
      const retryAfter = result.parameters?.retry_after;
      if (typeof retryAfter === 'number') {
        if (last || retryAfter > options.maxWaitSeconds) {
          log.error({ method, attempts: attempt, retryAfter }, 'telegram: rate limited for too long, giving up');
          return result;
        }
        log.warn({ method, attempt, retryAfter }, 'telegram: 429, waiting as asked');
        await options.sleep(retryAfter * 1000);
        continue;
      }
      if (result.error_code >= 500 && !last) {
        log.warn({ method, attempt, code: result.error_code, waitSeconds: pauseSeconds }, 'telegram: server error, retrying');
        await options.sleep(pauseSeconds * 1000);
        pauseSeconds *= 2;
        continue;
      }
      return result;
    }
  };
}

export const telegramStartStrings = {
  badToken:
    'Telegram 不接受这个机器人令牌（401）：TELEGRAM_BOT_TOKEN 填错了或已被撤销。请在 Telegram 里找 @BotFather，发送 /token 重新获取后填写。',
  conflict:
    'Telegram 报告冲突（409）：另一个使用同一令牌的助手正在接收消息。请先停掉另一个实例（同一个机器人只能有一处在运行），或在 @BotFather 另建一个机器人给这里用。',
  unreachable: (root: string, reason: string) =>
    `无法连接 Telegram 接口 ${root}（${reason}）。请检查网络和代理；在中国大陆通常需要代理或自建的 Bot API 服务，地址用 TELEGRAM_API_ROOT 设置。`,
  refused: (method: string, code: number, description: string) => `Telegram 启动失败：${method} 返回 ${code}（${description}）。`,
};

/** The Chinese error `dangwu start` prints when the adapter cannot start (the CLI exits non-zero with it). */
export function startupError(error: unknown, apiRoot: string): DangwuError {
  if (error instanceof GrammyError) {
    // getMe answers 404 for a token of the wrong shape, 401 for a revoked one.
    if (error.error_code === 401 || (error.error_code === 404 && error.method === 'getMe'))
      return new DangwuError('CONFIG_INVALID', telegramStartStrings.badToken);
    if (error.error_code === 409) return new DangwuError('UPSTREAM_FAILED', telegramStartStrings.conflict);
    return new DangwuError('UPSTREAM_FAILED', telegramStartStrings.refused(error.method, error.error_code, error.description));
  }
  if (error instanceof HttpError)
    return new DangwuError('UPSTREAM_FAILED', telegramStartStrings.unreachable(apiRoot, networkReason(error)));
  return new DangwuError(
    'UPSTREAM_FAILED',
    telegramStartStrings.unreachable(apiRoot, error instanceof Error ? error.message : String(error)),
  );
}

/** The system's word for a network failure (ECONNREFUSED, ENOTFOUND, a timeout), never the URL with the token. */
function networkReason(error: HttpError): string {
  let cause: unknown = error.error;
  for (let depth = 0; depth < 4 && cause && typeof cause === 'object'; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if ((cause as { name?: string }).name === 'AbortError') return '请求超时';
    cause = (cause as { cause?: unknown }).cause;
  }
  return '网络请求失败';
}
