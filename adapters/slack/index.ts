import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App as BoltApp, type Logger as BoltLogger, LogLevel, webApi } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { App, IncomingMessage, Logger, Reply } from '../../bot';
import { DangwuError, RecipientUnavailableError, type UnavailableReason } from '../../bot';
import type { Adapter } from '../adapter';
import { createPromiseCache } from '../cache';
import { createMessengerAdapter } from '../messenger';
import { slackLimits } from '../rate-limit';
import { OWN_ACTION_PREFIX, renderReply } from './render';
import { FORM_PREFIX, formModal, formValues, type HomeSectionView, homeView } from './views';

export const SLACK_PLATFORM = 'slack';

export interface SlackAdapterOptions {
  app: App;
  log: Logger;
  botToken: string;
  /** Socket Mode (the default when given): no public endpoint needed. */
  appToken?: string;
  /** HTTP mode: requests to `/slack/events` on `port` are verified with it. */
  signingSecret?: string;
  /** Web API root (default https://slack.com/api/); tests point it at a local fake. */
  apiUrl?: string;
  port: number;
  /** Interface to listen on in HTTP mode (default all). */
  host?: string;
  /** The slash command created in the Slack app (default `/dangwu`). */
  slashCommand?: string;
  /** How long users.info / conversations.info answers are trusted, in ms (default 60 s). */
  cacheMs?: number;
  /** How long start-up may take to reach the Web API and, in Socket Mode, open the connection (default 20 s). */
  startTimeoutMs?: number;
}

export const slackStartStrings = {
  unreachable: (root: string, reason: string) =>
    `无法连接 Slack 接口 ${root}（${reason}），程序未启动。请检查网络和代理；在中国大陆通常需要代理，接口地址可用 SLACK_API_URL 设置。`,
  badBotToken: (code: string) =>
    `Slack 不接受机器人令牌（${code}）：SLACK_BOT_TOKEN 填错了或已被撤销，程序未启动。请在 Slack 应用后台“OAuth & Permissions”复制 Bot User OAuth Token（xoxb- 开头）后重新填写。`,
  badAppToken: (code: string) =>
    `Slack 不接受 Socket Mode 的应用令牌（${code}）：SLACK_APP_TOKEN 填错了、已被撤销或缺少 connections:write 权限，程序未启动。请在 Slack 应用后台“Basic Information → App-Level Tokens”重新生成（xapp- 开头）。`,
  noSocket: (reason: string) =>
    `无法建立 Slack 的 Socket Mode 连接（${reason}），程序未启动。请确认 Slack 应用已开启 Socket Mode，并检查网络和代理。`,
  refused: (method: string, code: string) => `Slack 启动失败：${method} 返回 ${code}，程序未启动。`,
};

/** Web API answers that mean the token itself is refused (wrong, revoked, of the wrong kind). */
const REFUSED_TOKEN = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
  'missing_scope',
]);

export interface SlackAdapter extends Adapter {
  /** The Bolt app: its raw Web API is `bolt.client`. */
  readonly bolt: BoltApp;
  /** HTTP mode: where the server listens, once started. */
  address(): AddressInfo | undefined;
}

/** Slack API errors that mean the conversation will not take the bot's messages until someone acts. */
const UNAVAILABLE: Record<string, UnavailableReason> = {
  channel_not_found: 'chat-not-found',
  not_in_channel: 'kicked',
  is_archived: 'deactivated',
  account_inactive: 'deactivated',
  user_not_found: 'chat-not-found',
  user_disabled: 'deactivated',
};

/** Channel ids: D… a direct message; C…/G… a channel or group conversation. */
const kindOf = (channel: string): 'private' | 'group' => (channel.startsWith('D') ? 'private' : 'group');

/**
 * The Slack adapter (Bolt): the slash command, direct messages, @mentions in channels, Block Kit buttons (their
 * action ids carry the core's button data), an App Home tab and a modal for a branch's meeting schedule.
 * Secretaries: the configured list (DANGWU_SECRETARIES, `slack:U…`), workspace admins and owners, and the
 * creator of the channel, who manages it.
 *
 * @example
 * const adapter = createSlackAdapter({ app, log, botToken, appToken, port: 3000 });
 * await adapter.start(); // Socket Mode
 */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { app, log } = options;
  const clock = app.services.clock;
  const socketMode = Boolean(options.appToken);
  if (!socketMode && !options.signingSecret)
    throw new Error('Slack: SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) is required');
  const bolt = new BoltApp({
    token: options.botToken,
    ...(socketMode ? { appToken: options.appToken, socketMode: true } : { signingSecret: options.signingSecret }),
    ...(options.apiUrl ? { clientOptions: { slackApiUrl: options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/` } } : {}),
    logger: boltLogger(log),
    deferInitialization: true,
  });
  const client: WebClient = bolt.client;
  const slashCommand = options.slashCommand ?? '/dangwu';
  const cacheMs = options.cacheMs ?? 60_000;
  const users = createPromiseCache<{ name?: string; admin: boolean }>(cacheMs, () => clock.now().getTime());
  const creators = createPromiseCache<string | undefined>(cacheMs, () => clock.now().getTime());
  let server: Server | undefined;

  const userInfo = (user: string) =>
    users.get(user, async () => {
      const { user: info } = await client.users.info({ user });
      const name = info?.profile?.display_name || info?.real_name || info?.name || undefined;
      return { name, admin: Boolean(info?.is_admin || info?.is_owner || info?.is_primary_owner) };
    });
  const channelCreator = (channel: string) =>
    creators.get(channel, async () => (await client.conversations.info({ channel })).channel?.creator);

  async function incoming(
    user: string,
    channel: string,
    body: { text?: string; action?: string },
    name?: string,
  ): Promise<IncomingMessage> {
    const kind = kindOf(channel);
    const known = name ?? (await userInfo(user).catch(() => undefined))?.name;
    return {
      platform: SLACK_PLATFORM,
      sender: {
        id: user,
        name: known,
        ...(kind === 'group' ? { isChatAdmin: async () => (await userInfo(user)).admin || (await channelCreator(channel)) === user } : {}),
      },
      chat: { id: channel, kind },
      ...body,
    };
  }

  async function sendReply(channel: string, reply: Reply): Promise<void> {
    for (const message of renderReply(reply)) {
      await client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks as never,
        unfurl_links: false,
        unfurl_media: false,
      });
    }
    if (reply.attachment) {
      await client.files.uploadV2({
        channel_id: channel,
        file: reply.attachment.content,
        filename: reply.attachment.filename,
        title: reply.attachment.filename,
      });
    }
  }

  const delivery = createMessengerAdapter({
    app,
    log,
    platform: SLACK_PLATFORM,
    sendReply,
    limits: slackLimits,
    unavailable(error, chatId) {
      const code = (error as { data?: { error?: string } }).data?.error;
      const reason = code ? UNAVAILABLE[code] : undefined;
      return reason ? new RecipientUnavailableError(SLACK_PLATFORM, chatId, reason, code) : undefined;
    },
  });
  /**
   * In the channel's order and once: in HTTP mode behind a load balancer a channel's events reach several processes,
   * and Slack sends an event again (same event_id) when its request was not answered in time.
   */
  const answer = (channel: string, message: IncomingMessage, eventId?: string) =>
    delivery.receive(channel, eventId, () => delivery.answer(message, { chatId: channel }));

  /** The texts the core answers a user with, without sending them (App Home sections). */
  async function quietly(user: string, channel: string, text: string): Promise<string> {
    const replies = await delivery.replies(await incoming(user, channel, { text }));
    return replies.map((r) => r.text).join('\n');
  }

  // Slack delivers an event again when the answer was slow (HTTP: x-slack-retry-num; Socket Mode: retry_attempt),
  // with the same event_id: it is acknowledged and dropped, so a member's message is answered once.
  const seenEvents = new Set<string>();
  bolt.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string') {
      if (seenEvents.has(eventId)) {
        log.debug({ eventId }, 'slack: event delivered again, dropped');
        return;
      }
      seenEvents.add(eventId);
      if (seenEvents.size > 10_000) seenEvents.delete(seenEvents.values().next().value!);
    }
    await next();
  });

  bolt.command(slashCommand, async ({ command, ack }) => {
    await ack();
    const text = command.text.trim() || '帮助';
    await answer(command.channel_id, await incoming(command.user_id, command.channel_id, { text }, command.user_name));
  });

  bolt.message(async ({ message, body }) => {
    if (message.subtype !== undefined || !('user' in message) || !message.user || ('bot_id' in message && message.bot_id)) return;
    if (message.channel_type !== 'im') return; // in channels the bot answers @mentions only (app_mention)
    await answer(message.channel, await incoming(message.user, message.channel, { text: message.text ?? '' }), body.event_id);
  });

  bolt.event('app_mention', async ({ event, body }) => {
    if (!event.user || event.bot_id) return;
    const text = (event.text ?? '')
      .replace(/<@[UW][A-Z0-9]+(\|[^>]*)?>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    await answer(event.channel, await incoming(event.user, event.channel, { text }), body.event_id);
  });

  /** The forms features declare, by id (Feature.forms). */
  const forms = new Map(app.features.flatMap((f) => f.forms ?? []).map((form) => [form.id, form]));
  const homeSections = app.features.flatMap((f) => f.home ?? []);

  bolt.action({ type: 'block_actions' }, async ({ ack, body, action }) => {
    await ack();
    if (action.type !== 'button') return;
    const user = body.user.id;
    if (action.action_id.startsWith(FORM_PREFIX)) {
      const form = forms.get(action.action_id.slice(FORM_PREFIX.length));
      if (!form) return;
      const channel = body.view?.private_metadata || (await directChannel(user));
      await client.views.open({ trigger_id: body.trigger_id, view: formModal(form, channel) as never });
      return;
    }
    if (action.action_id.startsWith(OWN_ACTION_PREFIX)) return;
    const data = action.value ?? action.action_id.replace(/#\d+$/, '');
    const channel = body.channel?.id ?? (await directChannel(user));
    await answer(channel, await incoming(user, channel, { action: data }));
  });

  bolt.view(new RegExp(`^${FORM_PREFIX}`), async ({ ack, body, view }) => {
    const form = forms.get(view.callback_id.slice(FORM_PREFIX.length));
    if (!form) {
      await ack({ response_action: 'errors', errors: {} });
      return;
    }
    const parsed = formValues(form, view.state.values);
    if ('errors' in parsed) {
      await ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    await ack();
    const user = body.user.id;
    const channel = view.private_metadata || (await directChannel(user));
    await answer(channel, await incoming(user, channel, { text: form.submit(parsed.values) }));
  });

  bolt.event('app_home_opened', async ({ event }) => {
    if (event.tab !== 'home') return;
    const channel = event.channel || (await directChannel(event.user));
    const sections: HomeSectionView[] = [];
    for (const { title, command, args } of homeSections) {
      sections.push({ title, text: await quietly(event.user, channel, `/${command}${args ? ` ${args}` : ''}`) });
    }
    await client.views.publish({ user_id: event.user, view: homeView(sections, [...forms.values()], channel, slashCommand) as never });
  });

  bolt.error(async (error) => {
    log.error({ err: error }, 'slack: listener failed');
  });

  async function directChannel(user: string): Promise<string> {
    const opened = await client.conversations.open({ users: user });
    return opened.channel?.id ?? user;
  }

  const { messenger } = delivery;
  const apiRoot = options.apiUrl ?? 'https://slack.com/api/';
  const startTimeoutMs = options.startTimeoutMs ?? 20_000;

  /** auth.test with the bot token and, in Socket Mode, apps.connections.open with the app token: once each, bounded. */
  async function checkReachable(): Promise<void> {
    const probe = new webApi.WebClient(undefined, {
      ...(options.apiUrl ? { slackApiUrl: options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/` } : {}),
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: startTimeoutMs,
      // Its failure is reported once, in Chinese, by start(): the client's own English warning only in debug.
      logger: { ...boltLogger(log), warn: (...msg) => log.debug({ bolt: msg }, 'slack: start-up check') },
    });
    try {
      await probe.auth.test({ token: options.botToken });
    } catch (error) {
      throw startError(error, 'auth.test', apiRoot);
    }
    if (!socketMode) return;
    try {
      await probe.apps.connections.open({ token: options.appToken });
    } catch (error) {
      throw startError(error, 'apps.connections.open', apiRoot);
    }
  }

  return {
    name: SLACK_PLATFORM,
    bolt,
    address: () => (server?.address() as AddressInfo | null) ?? undefined,
    async start() {
      // Checked first without retries: Bolt's own client retries an unreachable API for half an hour and the Socket
      // Mode client forever, so a wrong address or token would keep the program running and logging in English.
      await checkReachable();
      await withTimeout(bolt.init(), startTimeoutMs).catch((error) => {
        throw startError(error, 'auth.test', apiRoot);
      });
      app.registerMessenger(SLACK_PLATFORM, messenger);
      if (!socketMode) {
        server = (await bolt.start({ port: options.port, host: options.host })) as Server;
        return;
      }
      try {
        await withTimeout(bolt.start(), startTimeoutMs);
      } catch (error) {
        await bolt.stop().catch(() => undefined);
        throw new DangwuError('UPSTREAM_FAILED', slackStartStrings.noSocket(reasonOf(error)));
      }
    },
    async stop() {
      await bolt.stop();
      server = undefined;
    },
  };
}

/** What a failed start-up call means, in Chinese: unreachable, a refused token, or the API's own answer. */
function startError(error: unknown, method: string, apiRoot: string): DangwuError {
  const failure = error as {
    code?: string;
    data?: { error?: string };
    statusCode?: number;
    original?: { code?: string; message?: string };
  };
  if (failure?.code === webApi.ErrorCode.PlatformError) {
    const code = failure.data?.error ?? 'error';
    if (REFUSED_TOKEN.has(code))
      return new DangwuError(
        'CONFIG_INVALID',
        method === 'apps.connections.open' ? slackStartStrings.badAppToken(code) : slackStartStrings.badBotToken(code),
      );
    return new DangwuError('UPSTREAM_FAILED', slackStartStrings.refused(method, code));
  }
  if (failure?.code === webApi.ErrorCode.HTTPError)
    return new DangwuError('UPSTREAM_FAILED', slackStartStrings.unreachable(apiRoot, `HTTP ${failure.statusCode}`));
  if (failure?.code === webApi.ErrorCode.RateLimitedError)
    return new DangwuError('UPSTREAM_FAILED', slackStartStrings.refused(method, '429 请求过多，请稍后再启动'));
  return new DangwuError('UPSTREAM_FAILED', slackStartStrings.unreachable(apiRoot, reasonOf(error)));
}

/** A network failure in a few words: the error code (ECONNREFUSED, ETIMEDOUT) or 超时未应答. */
function reasonOf(error: unknown): string {
  const failure = error as {
    code?: string;
    message?: string;
    original?: { code?: string; message?: string; cause?: { code?: string } };
  };
  // Web API 8 calls fetch: the system error (ECONNREFUSED) is the cause of its TypeError('fetch failed').
  const code = failure?.original?.cause?.code ?? failure?.original?.code ?? failure?.code;
  const message = `${failure?.original?.message ?? ''} ${failure?.message ?? ''}`;
  if (code === 'ETIMEDOUT' || code === 'ECONNABORTED' || /timeout/i.test(message)) return '超时未应答';
  if (code && /^E[A-Z_]+$/.test(code)) return code;
  return (failure?.original?.message ?? failure?.message ?? String(error)).slice(0, 200);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('超时未应答'), { code: 'ETIMEDOUT' })), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.WARN;
  return {
    debug: (...msg) => log.debug({ bolt: msg }, 'slack'),
    info: (...msg) => log.debug({ bolt: msg }, 'slack'),
    warn: (...msg) => log.warn({ bolt: msg }, 'slack'),
    error: (...msg) => log.error({ bolt: msg }, 'slack'),
    setLevel: (l) => (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}
