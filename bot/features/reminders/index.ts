import type { Context, Feature, FeatureFactory, Services } from '../../core/feature';
import { createBranchDirectory } from './branches/service';
import { createSqliteBranchStore } from './branches/store';
import { createCertificatesSubject } from './certificates';
import type { CertificateService } from './certificates/service';
import { createSqliteCertificateStore } from './certificates/store';
import { createDuesSubject } from './dues';
import { createSqliteDuesStore } from './dues/store';
import { createMeetingsSubject } from './meetings';
import { createSqliteMeetingStore } from './meetings/store';
import { MEETING_TYPES } from './meetings/types';
import { remindersMigrations } from './migrations';
import { createPersonalSubject } from './personal';
import { createSqlitePersonalReminderStore } from './personal/store';
import { createConfirmations, FEATURE, lapseNote, type Pending, PREFIX, rememberSender, type Subject } from './shared';
import { remindersDb } from './tables';
import { createWarningsSubject } from './warnings';

export type { BranchDirectory, BranchInfo, BranchMemberInfo } from './branches/service';
export type { CurrentCertificate } from './certificates/rules';
export { PERSONAL_REMINDER } from './personal';
export { createRemindersStores, type RemindersStores } from './stores';

/**
 * 三会一课 schedules and records, 持证上岗 certificates, personal reminders, 党费 records and 五不 warnings: one
 * feature, one subject per folder, each with its store and strings. The subjects share the branch store and one
 * confirmation protocol; buttons are `rm:<verb>:…`.
 */
/** What people type to say yes to a confirmation (取消 is the cancel command, handled before any pending state). */
const CONFIRM_WORDS = /^(?:确认|确定|是|是的|对|好|好的|可以|行|没问题|ok|okay|yes|y)[。.!！~～]*$/i;

export const createRemindersFeature: FeatureFactory = (services: Services): Feature => {
  const db = remindersDb(services.storage);
  const branches = createSqliteBranchStore(db);
  const meetings = createSqliteMeetingStore(db);
  const certificates = createSqliteCertificateStore(db);
  const personal = createSqlitePersonalReminderStore(db);
  const dues = createSqliteDuesStore(db);
  const confirmations = createConfirmations(services);
  const shared = { services, branches, confirmations };

  services.provide(
    'branches',
    createBranchDirectory(branches, (ctx, branchId) => rememberSender(shared, ctx, branchId)),
  );
  services.provide('certificates', { current: (userKey) => certificates.current(userKey) } satisfies CertificateService);

  const subjects: Subject[] = [
    createMeetingsSubject({ ...shared, meetings }),
    createCertificatesSubject({ ...shared, certificates }),
    createPersonalSubject({ ...shared, personal }),
    createDuesSubject({ ...shared, dues, meetings }),
    createWarningsSubject({ ...shared, meetings, dues }),
  ];
  const actions = new Map(subjects.flatMap((s) => Object.entries(s.actions ?? {})));

  return {
    name: FEATURE,
    actionPrefix: PREFIX,
    migrations: remindersMigrations,
    home: [
      { title: '三会一课', command: 'meetings' },
      { title: '持证上岗', command: 'mycert' },
    ],
    forms: [
      {
        id: 'meeting_schedule',
        title: '设置支部会议时间',
        fields: [
          { kind: 'choice', id: 'type', label: '会议类型', options: MEETING_TYPES.map((t) => ({ label: t.full, value: t.type })) },
          {
            kind: 'text',
            id: 'phrase',
            label: '时间',
            placeholder: '每月第一个周五下午3点',
            hint: '像平时说话一样写，例如：每月第一个周五下午3点、每季度第一个月10日上午9点',
            maxLength: 200,
          },
        ],
        submit: (values) => `/meeting_set ${values.type} ${values.phrase}`,
      },
    ],
    commands: subjects.flatMap((s) => s.commands),

    async onAction(ctx: Context, data: string) {
      const parts = data.split(':');
      const verb = parts[1] ?? '';
      if (verb === 'ok' || verb === 'no') return confirmations.handle(ctx, data);
      const action = actions.get(verb);
      if (!action) return ctx.reply('这个按钮已经失效了。');
      await action(ctx, parts);
    },

    async onPending(ctx, state) {
      const pending = state.data as Pending | null;
      if (pending?.kind === 'confirm' && CONFIRM_WORDS.test(ctx.text.trim())) {
        // Typing the button's word (确认, 好的, 是) confirms as the button would.
        await confirmations.handle(ctx, `${PREFIX}:ok:${pending.token}`);
        return true;
      }
      if (!pending || pending.kind === 'confirm') {
        // A confirmation never swallows other text: it lapses, is said to have lapsed, and the text is answered.
        await ctx.state.clear();
        if (pending) ctx.reply(lapseNote(pending));
        return false;
      }
      for (const subject of subjects) if (subject.onPending && (await subject.onPending(ctx, pending))) return true;
      return false;
    },

    async onInterrupted(ctx, state) {
      // Another feature's command: a confirmation on the screen is no longer what the user is doing.
      const pending = state.data as Pending | null;
      if (pending?.kind === 'confirm') {
        await ctx.state.clear();
        ctx.reply(lapseNote(pending));
      }
    },

    async cancelOpen(ctx) {
      const state = await ctx.state.get<Pending>();
      if (state?.feature !== FEATURE || !state.data) return undefined;
      return state.data.kind === 'record' ? '会议记录' : '待确认的操作';
    },

    async onRecipientUnavailable(address) {
      // A member's private chat blocked the bot: stop meeting and 党费 reminders there and pause their personal
      // reminders (subscribing again, 订阅会议提醒, turns meeting reminders back on).
      await branches.pauseChat(address.platform, address.chatId);
      for (const subject of subjects) await subject.onRecipientUnavailable?.(address);
    },

    async start() {
      for (const subject of subjects) await subject.start?.();
    },
  };
};
