import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App as BoltApp, type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { App, IncomingMessage, Logger, Reply } from '../../bot';
import { RecipientUnavailableError, type UnavailableReason } from '../../bot';
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
}

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

  return {
    name: SLACK_PLATFORM,
    bolt,
    address: () => (server?.address() as AddressInfo | null) ?? undefined,
    async start() {
      await bolt.init();
      app.registerMessenger(SLACK_PLATFORM, messenger);
      if (socketMode) await bolt.start();
      else server = (await bolt.start({ port: options.port, host: options.host })) as Server;
    },
    async stop() {
      await bolt.stop();
      server = undefined;
    },
  };
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
