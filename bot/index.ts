/**
 * The bot's public surface: what adapters/ and web/ may use. They translate a platform to and from this message
 * model and hand messages to the {@link App}; everything else under bot/ is free to change behind it
 * (tests/architecture.test.ts holds the rule).
 */
export type { App } from './core/app';
export type { Command, Feature, FormField, FormSpec, HomeSection, ProvidedServices, Services } from './core/feature';
export type { Address, Attachment, Button, ChatKind, ChatRef, IncomingMessage, Messenger, Reply, SendOptions, Sender } from './core/message';
export { addressOf, chatKey, userKey } from './core/message';
export { DangwuError, RecipientUnavailableError, isDangwuError, isRecipientUnavailable, type ErrorCode, type UnavailableReason } from './core/errors';
export type { Config } from './config';
export type { Logger } from './logger';
export { createRuntime, type Runtime, type RuntimeOptions } from './runtime';
// Read access to branches, schedules, meeting records with attendance, certificates, 党费 and 五不 warnings (the web console).
export { createRemindersStores, type RemindersStores, type ScheduleView } from './features/reminders/stores';

// What the web console reads beside the message model (web/data.ts is its one reader of the features' tables):
// the chart definitions, the 三会一课 meeting types with the calendar helpers that count them, the default banks.
export * from './charts';
// The same definitions drawn to PNG on the server, for messengers that show images (loads ECharts on first use).
export { isImageAttachment, renderChartPng, renderChartSvg } from './charts/render';
export type { SqliteHandle, Storage } from './storage/database';
export type { Migrations } from './storage/migrations';
export { MEETING_TYPES, type Frequency } from './features/reminders/meetings/types';
export { addDays, quarterOf, quarterPeriod, today, type Period } from './time';
export { chatBanks, setChatBanks, DEFAULT_BANKS_KEY } from './features/quiz/storage';
