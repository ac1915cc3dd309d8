import { withChart } from '../../../charts/render';
import type { Context } from '../../../core/feature';
import { describeWithNext, nextOccurrences } from '../../../scheduler/parse';
import { parseScheduleSmart } from '../../../scheduler/parse/llm';
import { formatLocal, parseDate, today, zoneLabel } from '../../../time';
import { branchNameKey } from '../branches/names';
import { branchOfChat, requireBranch, requireSecretaryBranch, sameBranch, secretaryBranchFor } from '../branches/scope';
import type { BoundChat } from '../branches/store';
import { type Pending, privateChatOf, rememberSender, type Subject, type SubjectDeps } from '../shared';
import type { BranchRow } from '../tables';
import { complianceChartOf } from './compliance-chart';
import {
  compliance,
  createMeetingPlanner,
  occurrenceOptions,
  parsePeriod,
  pushAll,
  recordsCsv,
  recordsFrom,
  renderCompliance,
  scheduleIcs,
  scheduleOf,
} from './planning';
import { describeRecord, parseRecord } from './records';
import type { MeetingStore, RecordInput } from './store';
import { MEETING_HELP, strings } from './strings';
import {
  describeLead,
  FREQUENCY_COUNT,
  FREQUENCY_NAMES,
  type Frequency,
  leadsOf,
  MEETING_TYPES,
  matchType,
  parseLeads,
  typeNamed,
} from './types';

export { MEETING_HELP };

const addressOf = (chat: BoundChat) => ({ platform: chat.platform, chatId: chat.chatId });

const TYPES = MEETING_TYPES.map((t) => t.type).join('、');

/** 三会一课: binding a branch, schedules and reminders, records with attendance, compliance, exports. */
export function createMeetingsSubject(deps: SubjectDeps & { meetings: MeetingStore }): Subject {
  const { services, branches, meetings, confirmations } = deps;
  const planner = createMeetingPlanner(services, branches, meetings);
  planner.register();
  const timeWords = (branch: BranchRow) => zoneLabel(branch.zone);

  async function resolver(branch: BranchRow) {
    const members = await branches.members(branch.id);
    return (name: string) => members.find((m) => m.name === name)?.userKey ?? null;
  }

  confirmations.register('meeting-schedule', async (ctx, payload: { branchId: number; type: string; phrase: string; schedule: string }) => {
    const branch = await secretaryBranchFor(ctx, branches, '设置会议时间', payload.branchId);
    if (!branch) return;
    const row = await meetings.saveSchedule(branch.id, payload.type, payload.phrase, payload.schedule, services.clock.now().toISOString());
    const next = await planner.replan(branch, row);
    const schedule = scheduleOf(row);
    ctx.reply(
      `已设置${typeNamed(payload.type).full}：${schedule.description}（${timeWords(branch)}）。${next ? `下次 ${formatLocal(next, branch.zone)}，会前 ${leadsOf(branch).map(describeLead).join('、')} 提醒。` : ''}`,
    );
  });

  async function bind(ctx: Context) {
    const name = ctx.args.trim().slice(0, 50);
    if (!name) return ctx.reply('请写上支部名称，例如：绑定支部 第一党支部');
    if (!branchNameKey(name)) return ctx.reply('支部名称不能只有空格或符号，例如：绑定支部 第一党支部');
    const isPrivate = ctx.message.chat.kind === 'private';
    const here = isPrivate ? '你的私聊' : '本群';
    const existing = await branches.byChat(ctx.chatKey);
    // In a group, its admins run its branch; a private chat binds only its own owner's branch.
    if (existing && isPrivate && existing.secretary_key !== ctx.userKey) return ctx.reply('这个私聊已绑定到别人的支部。');
    if (existing && existing.chat_key !== ctx.chatKey) {
      // A chat that joined the branch acts for it, but its name and secretary are the founding chat's to change.
      if (branchNameKey(name) === existing.name_key) return ctx.reply(`${here}已绑定到“${existing.name}”。`);
      return ctx.reply(strings.joinedChatRename(existing.name, here));
    }
    if (existing) {
      // Binding a bound chat again renames its branch, but never to a name another branch holds.
      const renamed = await branches.rebind(existing.id, name, ctx.userKey);
      if ('taken' in renamed) return ctx.reply(strings.nameTakenWhileBound(renamed.taken.name, existing.name, here));
      await rememberSender({ services, branches }, ctx, existing.id);
      return ctx.reply(`已把${here}绑定到“${name}”。\n${MEETING_HELP}`);
    }
    const result = await branches.create({
      chatKey: ctx.chatKey,
      platform: ctx.message.platform,
      chatId: ctx.message.chat.id,
      name,
      zone: services.config.DANGWU_TIMEZONE,
      secretaryKey: ctx.userKey,
      secretaryPlatform: ctx.message.platform,
      secretaryChatId: privateChatOf(ctx),
      createdAt: services.clock.now().toISOString(),
    });
    if ('taken' in result) return requestToJoin(ctx, result.taken, here);
    const branch = result.created;
    // The secretary belongs to the branch too (党费 and attendance lists include them).
    await rememberSender({ services, branches }, ctx, branch.id);
    await planner.planNudges(branch);
    ctx.reply(`已把${here}绑定到“${name}”。\n${MEETING_HELP}`);
  }

  /** The name is an existing branch's: the chat joins it only when that branch's secretary (or the console) agrees. */
  async function requestToJoin(ctx: Context, branch: BranchRow, here: string) {
    const requesterName = ctx.message.sender.name ?? (await branches.displayName(ctx.userKey)) ?? null;
    const chatTitle =
      ctx.message.chat.kind === 'private' ? `${requesterName ?? '一位用户'}的私聊` : (ctx.message.chat.title?.slice(0, 100) ?? null);
    const { request, created } = await branches.requestBind({
      branchId: branch.id,
      chatKey: ctx.chatKey,
      platform: ctx.message.platform,
      chatId: ctx.message.chat.id,
      chatKind: ctx.message.chat.kind,
      chatTitle,
      requestedBy: ctx.userKey,
      requesterName,
      requestedAt: services.clock.now().toISOString(),
    });
    if (created) {
      const text = strings.joinRequest(requesterName ?? '一位群管理员', chatTitle ?? '一个未命名的群', request.id);
      const chats = await branches.chats(branch.id);
      // The request is kept whatever the platform answers: the console lists it too.
      await pushAll(services, chats.map(addressOf), { text }).catch(() => {});
    }
    ctx.reply(strings.joinRequested(branch.name, here, request.id, !created));
  }

  /** 同意 N / 拒绝 N: the secretary of the branch asked, in a chat bound to it (or their private chat). */
  async function decide(ctx: Context, approve: boolean) {
    const id = Number(ctx.args.normalize('NFKC').match(/\d+/)?.[0]);
    if (!Number.isSafeInteger(id) || id <= 0) return ctx.reply(strings.decideUsage(approve));
    const request = await branches.bindRequest(id);
    if (!request) return ctx.reply(strings.noRequest(id));
    const branch = await secretaryBranchFor(ctx, branches, approve ? '同意绑定申请' : '拒绝绑定申请', request.branch_id);
    if (!branch) return;
    if (request.status !== 'pending') return ctx.reply(strings.requestDone(id));
    const decided = await branches.decideRequest(id, approve, ctx.userKey, services.clock.now().toISOString());
    if (!decided) return ctx.reply(strings.requestDone(id));
    const chatName = decided.chat_title ?? '该群';
    const address = { platform: decided.platform, chatId: decided.chat_id };
    await pushAll(services, [address], { text: approve ? strings.joinedNote(branch.name) : strings.refusedNote(branch.name) }).catch(
      () => {},
    );
    ctx.reply(approve ? `已同意：“${chatName}”已绑定到“${branch.name}”。` : `已拒绝：“${chatName}”没有绑定到“${branch.name}”。`);
  }

  async function overview(ctx: Context) {
    const branch = await requireBranch(ctx, branches);
    if (!branch) return;
    const rows = await meetings.schedules(branch.id);
    const now = services.clock.now();
    const lines = [
      `${branch.name} 三会一课（${timeWords(branch)}；遇周末或节假日${branch.holidays ? '顺延到下一个工作日' : '不顺延'}；会前 ${leadsOf(branch).map(describeLead).join('、')} 提醒）：`,
    ];
    for (const t of MEETING_TYPES) {
      const row = rows.find((r) => r.type === t.type);
      const next = row ? nextOccurrences(scheduleOf(row), now, 1, occurrenceOptions(branch))[0] : undefined;
      const required = FREQUENCY_NAMES[await planner.frequencyOf(branch.id, t.type)];
      lines.push(
        `· ${t.full}（要求${required}）：${row ? `${scheduleOf(row).description}，下次 ${next ? formatLocal(next, branch.zone) : '无'}` : '未设置时间'}`,
      );
    }
    lines.push('', MEETING_HELP);
    ctx.reply(lines.join('\n'));
  }

  async function setMeeting(ctx: Context) {
    const branch = await requireSecretaryBranch(ctx, branches, '设置会议时间');
    if (!branch) return;
    const found = matchType(ctx.args);
    if (!found?.rest) return ctx.reply(strings.askType(TYPES));
    const now = services.clock.now();
    const parsed = await parseScheduleSmart(found.rest, { from: now, zone: branch.zone, llm: services.llm });
    if (!parsed.ok) return ctx.reply(parsed.reason);
    const preview = describeWithNext(parsed.schedule, now, { ...occurrenceOptions(branch), zoneLabel: timeWords(branch) });
    await confirmations.ask(
      ctx,
      'meeting-schedule',
      { branchId: branch.id, type: found.type.type, phrase: found.rest, schedule: JSON.stringify(parsed.schedule) },
      `${found.type.full}：\n${preview}\n确认按这个时间提醒吗？`,
      `设置${found.type.full}时间：${found.rest}`,
    );
  }

  async function setFrequency(ctx: Context) {
    const branch = await requireSecretaryBranch(ctx, branches, '修改会议频次');
    if (!branch) return;
    const found = matchType(ctx.args);
    const map: Record<string, Frequency> = { 每月: 'monthly', 每个月: 'monthly', 每季度: 'quarterly', 每季: 'quarterly', 每年: 'yearly' };
    const word = found?.rest.replace(/一次|至少/g, '').trim() ?? '';
    const frequency = Object.hasOwn(map, word) ? map[word] : undefined;
    if (!found || !frequency) return ctx.reply(strings.frequencyUsage);
    await meetings.setFrequency(branch.id, found.type.type, frequency);
    const lines = [
      `已把${found.type.full}的要求改为${FREQUENCY_NAMES[frequency]}至少一次（默认是${FREQUENCY_NAMES[found.type.frequency]}）。`,
    ];
    // A schedule that meets less often than now required is worth a warning.
    const row = (await meetings.schedules(branch.id)).find((r) => r.type === found.type.type);
    if (row) {
      const now = services.clock.now();
      const yearLater = new Date(now.getTime() + 365 * 86_400_000);
      const count = nextOccurrences(scheduleOf(row), now, 60, occurrenceOptions(branch)).filter((d) => d < yearLater).length;
      if (count < FREQUENCY_COUNT[frequency])
        lines.push(
          strings.frequencyWarning(
            found.type.full,
            FREQUENCY_NAMES[frequency],
            scheduleOf(row).description,
            count,
            FREQUENCY_COUNT[frequency],
          ),
        );
    }
    ctx.reply(lines.join('\n'));
  }

  async function setLeads(ctx: Context) {
    const branch = await requireSecretaryBranch(ctx, branches, '修改提醒时间');
    if (!branch) return;
    const leads = parseLeads(ctx.args);
    if (!leads) return ctx.reply(strings.leadsUsage);
    await branches.setLeads(branch.id, leads);
    const updated = (await branches.byId(branch.id))!;
    for (const row of await meetings.schedules(branch.id)) await planner.replan(updated, row);
    ctx.reply(`好的，以后在会前 ${leads.map(describeLead).join('、')} 提醒。`);
  }

  async function setHolidays(ctx: Context) {
    const branch = await requireSecretaryBranch(ctx, branches, '修改节假日顺延');
    if (!branch) return;
    const word = ctx.args.trim();
    const on = /^(开|开启|打开|是|要|顺延)$/.test(word) ? true : /^(关|关闭|否|不要|不顺延)$/.test(word) ? false : undefined;
    if (on === undefined) return ctx.reply(`${strings.holidaysUsage}（现在：${branch.holidays ? '开' : '关'}）`);
    await branches.setHolidays(branch.id, on);
    const updated = (await branches.byId(branch.id))!;
    const moved: string[] = [];
    for (const row of await meetings.schedules(branch.id)) {
      const next = await planner.replan(updated, row);
      if (next) moved.push(`${typeNamed(row.type).full} 下次 ${formatLocal(next, branch.zone)}`);
    }
    ctx.reply(
      `${on ? '已开启：会议日遇周末或法定节假日时顺延到下一个工作日（调休上班日照常）' : '已关闭节假日顺延：会议按原定日期提醒'}。${moved.length ? `\n${moved.join('\n')}` : ''}`,
    );
  }

  async function saveRecord(ctx: Context, branch: BranchRow, type: string, input: RecordInput & { date: string }) {
    const row = await meetings.addRecord(branch.id, type, input, ctx.userKey, services.clock.now().toISOString(), await resolver(branch));
    ctx.reply(`已记录（编号 ${row.id}）：${typeNamed(type).full} ${describeRecord(row)}。如有错误，发送“修改会议记录 ${row.id} …”更正。`);
  }

  async function record(ctx: Context) {
    const branch = await requireSecretaryBranch(ctx, branches, '记录会议');
    if (!branch) return;
    const found = matchType(ctx.args);
    if (!found) return ctx.reply(strings.askRecordType(TYPES));
    const todayDate = today(services.clock.now(), branch.zone);
    const input = parseRecord(found.rest, todayDate);
    if (typeof input === 'string') return ctx.reply(input);
    await saveRecord(ctx, branch, found.type.type, { ...input, date: input.date ?? todayDate });
  }

  async function correct(ctx: Context) {
    const branch = await requireSecretaryBranch(ctx, branches, '修改会议记录');
    if (!branch) return;
    const m = /^#?(\d{1,9})\s*(.*)$/.exec(ctx.args.trim());
    if (!m?.[2]) return ctx.reply(strings.correctUsage);
    const existing = await meetings.record(Number(m[1]));
    if (!existing) return ctx.reply(strings.recordGone);
    if (!sameBranch(ctx, branch, existing.branch_id)) return;
    const input = parseRecord(m[2], today(services.clock.now(), branch.zone));
    if (typeof input === 'string') return ctx.reply(input);
    if (input.present !== undefined && input.expected === undefined && existing.expected !== null && input.present > existing.expected)
      return ctx.reply('出席人数不能多于应到人数');
    const updated = await meetings.updateRecord(existing.id, input, services.clock.now().toISOString(), await resolver(branch));
    if (!updated) return ctx.reply(strings.recordGone);
    ctx.reply(`已更正（编号 ${updated.id}）：${typeNamed(updated.type).full} ${describeRecord(updated)}。`);
  }

  async function listRecords(ctx: Context) {
    const branch = await requireBranch(ctx, branches);
    if (!branch) return;
    const rows = (await meetings.records(branch.id)).slice(-10).reverse();
    if (rows.length === 0) return ctx.reply('还没有会议记录。书记可发送“记录会议 党小组会 昨天 到了8个人 学习二十大报告”。');
    ctx.reply([`${branch.name}最近的会议记录：`, ...rows.map((r) => `${r.id}. ${typeNamed(r.type).full} ${describeRecord(r)}`)].join('\n'));
  }

  async function setRecordsStart(ctx: Context) {
    const branch = await requireSecretaryBranch(ctx, branches, '设置记录起始日期');
    if (!branch) return;
    const typed = ctx.args.trim();
    const todayDate = today(services.clock.now(), branch.zone);
    if (!typed)
      return ctx.reply(
        `${strings.recordsFromUsage}（现在从 ${recordsFrom(branch, [await meetings.firstRecordDate(branch.id)])} 开始计算）`,
      );
    const date = parseDate(typed);
    if (!date) return ctx.reply(`“${typed}”不是一个日期。${strings.recordsFromUsage}`);
    if (date > todayDate) return ctx.reply('起始日期不能晚于今天。');
    await branches.setRecordsFrom(branch.id, date);
    ctx.reply(
      `好的，${branch.name}的三会一课情况和五不预警从 ${date} 开始计算：此前结束、没有记录的月份和季度不计为未召开，此前没有记录也不算缺席。`,
    );
  }

  /** 我叫 张三: the name lists, 党费 and warnings show for a member whose platform gives none (or a wrong one). */
  async function setName(ctx: Context) {
    const name = ctx.args.trim().replace(/^[是:：]\s*/, '');
    if (!/^[\u4e00-\u9fa5·]{2,10}$|^[A-Za-z][A-Za-z .'-]{1,29}$/.test(name))
      return ctx.reply('请写上你的姓名，例如：我叫 张三（2 到 10 个汉字）');
    const here = await branchOfChat(ctx, branches);
    if (here)
      await branches.remember({
        branchId: here.id,
        userKey: ctx.userKey,
        name,
        platform: ctx.message.platform,
        privateChatId: privateChatOf(ctx),
        joinedAt: services.clock.now().toISOString(),
      });
    await branches.setName(ctx.userKey, name);
    const all = await branches.ofMember(ctx.userKey);
    ctx.reply(
      all.length
        ? `好的，${all.map((b) => b.name).join('、')}的名单、党费和会议记录里会称你为“${name}”。`
        : `好的，记下了“${name}”。在支部群里发言或订阅提醒后，支部名单里就会用这个名字。`,
    );
  }

  async function complianceView(ctx: Context) {
    const branch = await requireBranch(ctx, branches);
    if (!branch) return;
    const todayDate = today(services.clock.now(), branch.zone);
    const period = parsePeriod(ctx.args, todayDate);
    if (!period) return ctx.reply(strings.periodUsage);
    const items = await compliance(meetings, planner.frequencyOf, branch, period, todayDate);
    ctx.reply(
      await withChart(renderCompliance(branch, period, items), complianceChartOf(branch, period, items), 'compliance.png', services.log),
    );
  }

  async function exportIcs(ctx: Context) {
    const branch = await requireBranch(ctx, branches);
    if (!branch) return;
    const body = scheduleIcs(branch, await meetings.schedules(branch.id), services.clock.now());
    ctx.reply({
      text: `${branch.name}三会一课日程（可导入手机或电脑日历，含会前提醒）。`,
      attachment: { filename: 'sanhui-yike.ics', mimeType: 'text/calendar', content: Buffer.from(body) },
    });
  }

  async function exportCsv(ctx: Context) {
    const branch = await requireSecretaryBranch(ctx, branches, '导出会议记录');
    if (!branch) return;
    const records = await meetings.records(branch.id);
    const names = new Map<string, string>();
    for (const key of new Set(records.map((r) => r.recorded_by))) names.set(key, (await branches.displayName(key)) ?? '书记');
    ctx.reply({
      text: `${branch.name}会议记录（CSV，可用 Excel 打开）。`,
      attachment: { filename: 'meeting-records.csv', mimeType: 'text/csv', content: Buffer.from(recordsCsv(branch, records, names)) },
    });
  }

  async function optIn(ctx: Context, on: boolean) {
    const branch = await requireBranch(ctx, branches);
    if (!branch) return;
    await rememberSender({ services, branches }, ctx, branch.id, { optIn: on });
    ctx.reply(on ? `好的，${branch.name}的会议提醒也会私信发给你。发送“退订会议提醒”可停止。` : '已停止私信会议提醒（群里仍会提醒）。');
  }

  /** 已召开/未召开 under a follow-up: the schedule must belong to this chat's branch. */
  async function heldButton(ctx: Context, parts: string[]) {
    const [, verb, sid, date] = parts;
    if (!(await ctx.requireSecretary('记录会议'))) return;
    // At most 9 digits: a forged longer number would overflow PostgreSQL's BIGINT and fail instead of being refused.
    const row = /^\d{1,9}$/.test(sid ?? '') ? await meetings.schedule(Number(sid)) : undefined;
    if (!row || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return ctx.reply(strings.buttonGone);
    if (!(await secretaryBranchFor(ctx, branches, '记录会议', row.branch_id))) return;
    if (verb === 'skip') return ctx.reply(strings.skipped(typeNamed(row.type).full, date, row.type));
    await ctx.state.set('reminders', { kind: 'record', branchId: row.branch_id, type: row.type, date } satisfies Pending, 24 * 60);
    ctx.reply(strings.askAttendance(date));
  }

  return {
    commands: [
      {
        name: 'branch',
        aliases: ['绑定支部'],
        description: '把本群或私聊绑定到支部（书记）',
        group: '三会一课',
        secretary: true,
        run: bind,
      },
      { name: 'meetings', aliases: ['三会一课', '会议安排'], description: '查看三会一课安排和用法', group: '三会一课', run: overview },
      {
        name: 'meeting_set',
        aliases: ['设置会议', '会议时间'],
        description: '设置会议时间，如：设置会议 党员大会 每季度第一个月10日上午9点（书记）',
        group: '三会一课',
        secretary: true,
        run: setMeeting,
      },
      {
        name: 'meeting_freq',
        aliases: ['会议频次'],
        description: '修改会议要求的频次（书记）',
        group: '三会一课',
        secretary: true,
        run: setFrequency,
      },
      {
        name: 'meeting_lead',
        aliases: ['提醒提前', '提前提醒'],
        description: '会前提醒时间，如：提醒提前 1天 2小时（书记）',
        group: '三会一课',
        secretary: true,
        run: setLeads,
      },
      {
        name: 'meeting_holidays',
        aliases: ['节假日顺延'],
        description: '会议遇周末或节假日顺延到下一个工作日：节假日顺延 开/关（书记）',
        group: '三会一课',
        secretary: true,
        run: setHolidays,
      },
      {
        name: 'meeting_record',
        aliases: ['记录会议'],
        description: '记录会议召开情况，如：记录会议 党小组会 昨天 到了8个人 学习二十大报告（书记）',
        group: '三会一课',
        secretary: true,
        run: record,
      },
      {
        name: 'meeting_correct',
        aliases: ['修改会议记录', '更正会议记录'],
        description: '更正一条会议记录（书记）',
        group: '三会一课',
        secretary: true,
        run: correct,
      },
      {
        name: 'compliance',
        aliases: ['会议情况', '三会一课情况', '合规情况'],
        description: '本月/本季度三会一课完成情况',
        group: '三会一课',
        run: complianceView,
      },
      {
        name: 'records_from',
        aliases: ['记录起始日期', '设置记录起始日期', '台账起始日期'],
        description: '三会一课情况和五不预警从哪天开始计算，如：记录起始日期 2026-01-01（书记）',
        group: '三会一课',
        secretary: true,
        run: setRecordsStart,
      },
      {
        name: 'myname',
        aliases: ['我叫', '设置姓名', '我的姓名是'],
        description: '设置你在支部名单里的姓名，如：我叫 张三',
        group: '基本',
        run: setName,
      },
      { name: 'meeting_records', aliases: ['会议记录'], description: '最近的会议记录', group: '三会一课', run: listRecords },
      { name: 'meeting_ics', aliases: ['导出日程'], description: '导出三会一课日程（.ics）', group: '三会一课', run: exportIcs },
      {
        name: 'meeting_csv',
        aliases: ['导出会议记录'],
        description: '导出会议记录（CSV，书记）',
        group: '三会一课',
        secretary: true,
        run: exportCsv,
      },
      {
        name: 'meeting_optin',
        aliases: ['订阅会议提醒'],
        description: '私信接收会议提醒',
        group: '三会一课',
        run: (ctx) => optIn(ctx, true),
      },
      {
        name: 'meeting_optout',
        aliases: ['退订会议提醒'],
        description: '停止私信会议提醒',
        group: '三会一课',
        run: (ctx) => optIn(ctx, false),
      },
      {
        name: 'branch_approve',
        aliases: ['同意'],
        description: '同意别的群绑定到本支部，如：同意 3（书记）',
        group: '三会一课',
        secretary: true,
        run: (ctx) => decide(ctx, true),
      },
      {
        name: 'branch_refuse',
        aliases: ['拒绝'],
        description: '拒绝别的群绑定到本支部，如：拒绝 3（书记）',
        group: '三会一课',
        secretary: true,
        run: (ctx) => decide(ctx, false),
      },
    ],
    actions: { held: heldButton, skip: heldButton },

    async onPending(ctx, pending) {
      if (pending.kind !== 'record') return false;
      const branch = await secretaryBranchFor(ctx, branches, '记录会议', pending.branchId);
      if (!branch) return true;
      const input = parseRecord(ctx.text, today(services.clock.now(), branch.zone));
      const aboutTheMeeting =
        typeof input === 'string' || input.present !== undefined || input.date !== undefined || /主题|议题|内容|地点/.test(ctx.text);
      if (!aboutTheMeeting) {
        // Unrelated text (a question, another request): the record step ends quietly and the text is answered.
        await ctx.state.clear();
        return false;
      }
      if (typeof input === 'string') {
        ctx.reply(input);
        return true;
      }
      await ctx.state.clear();
      await saveRecord(ctx, branch, pending.type, { ...input, date: input.date ?? pending.date });
      return true;
    },

    async start() {
      // Every active schedule has its next meeting planned and every branch its deadline nudges (idempotent).
      const now = services.clock.now();
      for (const branch of await branches.all()) {
        await planner.planNudges(branch);
        for (const row of await meetings.schedules(branch.id)) await planner.plan(branch, row, now);
      }
    },
  };
}
