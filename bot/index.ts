/**
 * The bot's public surface: what adapters/ and web/ may use. They translate a platform to and from this message
 * model and hand messages to the {@link App}; everything else under bot/ is free to change behind it
 * (tests/architecture.test.ts holds the rule).
 */

// What the web console reads beside the message model: the chart definitions, the 三会一课 meeting types with the
// calendar helpers that count them, and each feature's console queries (web/ names no table of a feature).
export * from './charts';
// The same definitions drawn to PNG on the server, for messengers that show images (loads ECharts on first use).
export { isImageAttachment, renderChartPng, renderChartSvg } from './charts/render';
export type { Config } from './config';
export type { App } from './core/app';
export { countParticipants } from './core/console-queries';
export {
  DangwuError,
  type ErrorCode,
  isDangwuError,
  isRecipientUnavailable,
  RecipientUnavailableError,
  type UnavailableReason,
} from './core/errors';
export type { Command, Feature, FormField, FormSpec, HomeSection, ProvidedServices, Services } from './core/feature';
export type {
  Address,
  Attachment,
  Button,
  ChatKind,
  ChatRef,
  IncomingFile,
  IncomingMessage,
  Messenger,
  Reply,
  Sender,
  SendOptions,
} from './core/message';
export { addressOf, chatKey, userKey } from './core/message';
export type { ChatTurn, MessengerStore, TurnMemory } from './core/messenger-store';
// Spreadsheet exports (CSV, XLSX) with formula cells defused: the chat's and the console's.
export { type Cell, toCsv, toXlsx } from './export/cells';
export { type AskConsoleQueries, type ConsoleGap, createAskConsoleQueries } from './features/ask/console-queries';
export {
  createQuizConsoleQueries,
  type MemberPractice,
  type MemberScope,
  type PracticeBucket,
  type QuizConsoleQueries,
} from './features/quiz/console-queries';
export {
  type BoundChat,
  type BranchScope,
  branchIdsByName,
  type ConsoleBindRequest,
  type ConsoleBranch,
  type ConsoleCertificate,
  type ConsoleMember,
  type ConsoleMembership,
  createRemindersConsoleQueries,
  type RemindersConsoleQueries,
} from './features/reminders/console-queries';
export { type Frequency, MEETING_TYPES } from './features/reminders/meetings/types';
// Read access to branches, schedules, meeting records with attendance, certificates, 党费 and 五不 warnings (the web console).
export { createRemindersStores, type RemindersStores, type ScheduleView } from './features/reminders/stores';
// 民情工单 for the console's page: figures, the filtered list and one 工单's history, scoped to the account's branches.
export {
  CATEGORIES as TICKET_CATEGORIES,
  createTicketConsole,
  EVENT_WORDS as TICKET_EVENT_WORDS,
  figuresFrom as ticketFiguresFrom,
  STATUS_NAMES as TICKET_STATUS_NAMES,
  type TicketConsole,
  type TicketConsoleFigures,
  type TicketConsoleFilter,
  type TicketFiguresBase,
  type TicketHistoryEntry,
  type TicketListEntry,
  ticketFilesWords,
} from './features/tickets';
export type { Logger } from './logger';
export { createRuntime, type Runtime, type RuntimeOptions } from './runtime';
export type { SqliteHandle, Storage } from './storage/database';
export type { Migrations } from './storage/migrations';
export { prepareQuery } from './storage/prepared';
export { addDays, type Period, quarterOf, quarterPeriod, today } from './time';
