import type { Context, Feature, FeatureFactory, PendingState, Services } from '../../core/feature';
import { withChart } from '../../charts/render';
import type { Button } from '../../core/message';
import { describeWithNext, nextOccurrences, parseSchedule, type Schedule } from '../../scheduler/parse';
import { formatLocal } from '../../scheduler/parse/zoned';
import type { DueJob } from '../../scheduler/types';
import {
  CERT_EXPIRY,
  CERT_NEXT_LEVEL,
  currentCertificate,
  describeCertificate,
  expiryHandler,
  nextLevelHandler,
  parseCertificate,
  planCertificate,
  saveCertificate,
  unplanCertificate,
  type CertificateInput,
} from './certificates';
import { complianceChartOf } from './compliance-chart';
import { daysBetween, today } from './dates';
import {
  FREQUENCY_NAMES,
  MEETING_FOLLOWUP,
  MEETING_HELP,
  MEETING_NUDGE,
  MEETING_REMINDER,
  MEETING_TYPES,
  branchOf,
  compliance,
  describeLead,
  followupHandler,
  frequencyOf,
  leadsOf,
  matchType,
  nudgeHandler,
  parseLeads,
  parsePeriod,
  parseRecord,
  planMeeting,
  planNudges,
  previewSchedule,
  recordsCsv,
  reminderHandler,
  renderCompliance,
  replanMeeting,
  saveRecord,
  scheduleIcs,
  typeNamed,
  type Frequency,
} from './meetings';
import { remindersMigrations, type BranchRow, type CertificateRow, type ScheduleRow } from './storage';

export { currentCertificate, type CurrentCertificate } from './certificates';

const FEATURE = 'reminders';
const PREFIX = 'rm';
export const PERSONAL_REMINDER = 'personal-reminder';

type Pending =
  | { kind: 'schedule'; token: string; branchId: number; type: string; phrase: string; schedule: Schedule }
  | { kind: 'personal'; token: string; text: string; schedule: Schedule }
  | { kind: 'record'; branchId: number; type: string; date: string }
  | { kind: 'revoke'; token: string; certId: number }
  | { kind: 'cert'; token: string; input: CertificateInput };

const confirmButtons = (token: string): Button[][] => [[{ label: '确认', data: `${PREFIX}:ok:${token}` }, { label: '取消', data: `${PREFIX}:no:${token}` }]];

/** 三会一课 schedules and compliance, 持证上岗 certificates, personal reminders. */
export const createRemindersFeature: FeatureFactory = (services: Services): Feature => {
  const db = () => services.storage.sqlite;
  const zone = (branch?: BranchRow) => branch?.zone ?? services.config.DANGWU_TIMEZONE;
  const token = () => services.clock.now().getTime().toString(36);

  services.provide('certificates', { current: (userKey) => currentCertificate(services.storage.sqlite, userKey) });
  services.scheduler.register(MEETING_REMINDER, reminderHandler(services));
  services.scheduler.register(MEETING_FOLLOWUP, followupHandler(services));
  services.scheduler.register(MEETING_NUDGE, nudgeHandler(services));
  services.scheduler.register(CERT_EXPIRY, expiryHandler(services));
  services.scheduler.register(CERT_NEXT_LEVEL, nextLevelHandler(services));
  services.scheduler.register(PERSONAL_REMINDER, async (job: DueJob<{ id: number; text: string }>) => {
    const row = db().prepare("SELECT status FROM personal_reminders WHERE id = ?").get(job.payload.id) as { status: string } | undefined;
    if (row && row.status !== 'active') return;
    if (!job.address) return;
    if (!services.canPush(job.address.platform)) throw new Error(`no messenger for ${job.address.platform}`);
    await services.push(job.address, { text: `${job.late ? '（迟到的提醒：助手刚恢复运行）\n' : ''}提醒：${job.payload.text}` });
    db().prepare("UPDATE personal_reminders SET status = 'done' WHERE id = ?").run(job.payload.id);
  });

  function requireBranch(ctx: Context): BranchRow | undefined {
    const branch = branchOf(ctx);
    if (!branch) ctx.reply('这里还没有绑定支部。请书记先发送“绑定支部 支部名称”（在支部群里发送即绑定本群）。');
    return branch;
  }

  function rememberMember(ctx: Context, branch: BranchRow, optIn?: boolean) {
    const privateChat = ctx.message.chat.kind === 'private' ? ctx.message.chat.id : ctx.message.sender.id;
    db()
      .prepare(
        `INSERT INTO branch_members (branch_id, user_key, name, platform, private_chat_id, opt_in) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (branch_id, user_key) DO UPDATE SET name = coalesce(excluded.name, name), opt_in = coalesce(?, opt_in)`,
      )
      .run(branch.id, ctx.userKey, ctx.message.sender.name ?? null, ctx.message.platform, privateChat, optIn ? 1 : 0, optIn === undefined ? null : optIn ? 1 : 0);
  }

  async function bind(ctx: Context) {
    if (!(await ctx.requireSecretary('绑定支部'))) return;
    const name = ctx.args.trim().slice(0, 50);
    if (!name) return ctx.reply('请写上支部名称，例如：绑定支部 第一党支部');
    const isPrivate = ctx.message.chat.kind === 'private';
    const existing = db().prepare('SELECT * FROM branches WHERE chat_key = ?').get(ctx.chatKey) as BranchRow | undefined;
    if (existing) {
      db().prepare('UPDATE branches SET name = ?, secretary_key = ? WHERE id = ?').run(name, ctx.userKey, existing.id);
    } else {
      db()
        .prepare(
          `INSERT INTO branches (chat_key, platform, chat_id, name, zone, secretary_key, secretary_platform, secretary_chat_id, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(ctx.chatKey, ctx.message.platform, ctx.message.chat.id, name, services.config.DANGWU_TIMEZONE, ctx.userKey, ctx.message.platform, isPrivate ? ctx.message.chat.id : ctx.message.sender.id, services.clock.now().toISOString());
    }
    const branch = db().prepare('SELECT * FROM branches WHERE chat_key = ?').get(ctx.chatKey) as BranchRow;
    await planNudges(services, branch);
    ctx.reply(`已把${isPrivate ? '你的私聊' : '本群'}绑定到“${name}”。\n${MEETING_HELP}`);
  }

  async function overview(ctx: Context) {
    const branch = requireBranch(ctx);
    if (!branch) return;
    const rows = db().prepare('SELECT * FROM meeting_schedules WHERE branch_id = ? AND active = 1').all(branch.id) as ScheduleRow[];
    const now = services.clock.now();
    const lines = [`${branch.name} 三会一课（时区 ${branch.zone}，节假日顺延${branch.holidays ? '开' : '关'}，会前 ${leadsOf(branch).map(describeLead).join('、')} 提醒）：`];
    for (const t of MEETING_TYPES) {
      const row = rows.find((r) => r.type === t.type);
      const next = row ? nextOccurrences(JSON.parse(row.schedule) as Schedule, now, 1, { zone: branch.zone, holidays: branch.holidays === 1 })[0] : undefined;
      lines.push(`· ${t.full}（要求${FREQUENCY_NAMES[frequencyOf(services, branch.id, t.type)]}）：${row ? `${(JSON.parse(row.schedule) as Schedule).description}，下次 ${next ? formatLocal(next, branch.zone) : '无'}` : '未设置时间'}`);
    }
    lines.push('', MEETING_HELP);
    ctx.reply(lines.join('\n'));
  }

  async function setMeeting(ctx: Context) {
    if (!(await ctx.requireSecretary('设置会议时间'))) return;
    const branch = requireBranch(ctx);
    if (!branch) return;
    const found = matchType(ctx.args);
    if (!found || !found.rest) return ctx.reply(`请写明会议类型和时间，例如：设置会议 党员大会 每季度第一个月10日上午9点\n会议类型：${MEETING_TYPES.map((t) => t.type).join('、')}`);
    const preview = await previewSchedule(services, branch, found.rest);
    if ('error' in preview) return ctx.reply(preview.error);
    const t = token();
    await ctx.state.set(FEATURE, { kind: 'schedule', token: t, branchId: branch.id, type: found.type.type, phrase: found.rest, schedule: preview.schedule } satisfies Pending, 30);
    ctx.reply({ text: `${found.type.full}：\n${preview.text}\n确认按这个时间提醒吗？`, buttons: confirmButtons(t) });
  }

  async function setFrequency(ctx: Context) {
    if (!(await ctx.requireSecretary('修改会议频次'))) return;
    const branch = requireBranch(ctx);
    if (!branch) return;
    const found = matchType(ctx.args);
    const map: Record<string, Frequency> = { 每月: 'monthly', 每个月: 'monthly', 每季度: 'quarterly', 每季: 'quarterly', 每年: 'yearly' };
    const frequency = found ? map[found.rest.replace(/一次|至少/g, '').trim()] : undefined;
    if (!found || !frequency) return ctx.reply('请写成：会议频次 党课 每月（可选 每月、每季度、每年）');
    db().prepare('INSERT INTO meeting_rules (branch_id, type, frequency) VALUES (?, ?, ?) ON CONFLICT (branch_id, type) DO UPDATE SET frequency = excluded.frequency').run(branch.id, found.type.type, frequency);
    ctx.reply(`已把${found.type.full}的要求改为${FREQUENCY_NAMES[frequency]}至少一次（默认是${FREQUENCY_NAMES[found.type.frequency]}）。`);
  }

  async function setLeads(ctx: Context) {
    if (!(await ctx.requireSecretary('修改提醒时间'))) return;
    const branch = requireBranch(ctx);
    if (!branch) return;
    const leads = parseLeads(ctx.args);
    if (!leads) return ctx.reply('请写成：提醒提前 1天 2小时（每个提前量 5 分钟到 30 天之间）');
    db().prepare('UPDATE branches SET lead_minutes = ? WHERE id = ?').run(JSON.stringify(leads), branch.id);
    const updated = { ...branch, lead_minutes: JSON.stringify(leads) };
    for (const row of db().prepare('SELECT * FROM meeting_schedules WHERE branch_id = ? AND active = 1').all(branch.id) as ScheduleRow[]) await replanMeeting(services, updated, row);
    ctx.reply(`好的，以后在会前 ${leads.map(describeLead).join('、')} 提醒。`);
  }

  async function record(ctx: Context) {
    if (!(await ctx.requireSecretary('记录会议'))) return;
    const branch = requireBranch(ctx);
    if (!branch) return;
    const found = matchType(ctx.args);
    if (!found) return ctx.reply(`请写明会议类型，例如：记录会议 支委会 2026-03-10 出席 5/5 主题 研究发展党员\n会议类型：${MEETING_TYPES.map((t) => t.type).join('、')}`);
    const input = parseRecord(found.rest);
    if (typeof input === 'string') return ctx.reply(input);
    if (input.date && input.date > today(services.clock.now(), branch.zone)) return ctx.reply('召开日期不能晚于今天。还没开的会请用“设置会议”安排。');
    const row = saveRecord(services, branch, found.type.type, input, ctx.userKey);
    ctx.reply(`已记录：${found.type.full} ${row.held_on}${row.attendance ? `，出席 ${row.attendance}` : ''}${row.topic ? `，议题：${row.topic}` : ''}。`);
  }

  async function complianceView(ctx: Context) {
    const branch = requireBranch(ctx);
    if (!branch) return;
    const todayDate = today(services.clock.now(), branch.zone);
    const period = parsePeriod(ctx.args, todayDate);
    if (!period) return ctx.reply('请写成：会议情况 本季度 / 上季度 / 本月 / 2026-Q1 / 2026-03 / 2026年');
    const items = compliance(services, branch, period, todayDate);
    ctx.reply(await withChart(renderCompliance(branch, period, items), complianceChartOf(branch, period, items), 'compliance.png', services.log));
  }

  async function exportIcs(ctx: Context) {
    const branch = requireBranch(ctx);
    if (!branch) return;
    ctx.reply({ text: `${branch.name}三会一课日程（可导入手机或电脑日历）。`, attachment: { filename: 'sanhui-yike.ics', mimeType: 'text/calendar', content: Buffer.from(scheduleIcs(services, branch)) } });
  }

  async function exportCsv(ctx: Context) {
    if (!(await ctx.requireSecretary('导出会议记录'))) return;
    const branch = requireBranch(ctx);
    if (!branch) return;
    ctx.reply({ text: `${branch.name}会议记录（CSV，可用 Excel 打开）。`, attachment: { filename: 'meeting-records.csv', mimeType: 'text/csv', content: Buffer.from(recordsCsv(services, branch)) } });
  }

  async function optIn(ctx: Context, on: boolean) {
    const branch = requireBranch(ctx);
    if (!branch) return;
    rememberMember(ctx, branch, on);
    ctx.reply(on ? `好的，${branch.name}的会议提醒也会私信发给你。发送“退订会议提醒”可停止。` : '已停止私信会议提醒（群里仍会提醒）。');
  }

  async function registerCert(ctx: Context) {
    const input = parseCertificate(ctx.args);
    if (typeof input === 'string') return ctx.reply(input);
    const t = token();
    await ctx.state.set(FEATURE, { kind: 'cert', token: t, input } satisfies Pending, 30);
    const current = currentCertificate(db(), ctx.userKey);
    ctx.reply({
      text: `将登记：${input.level}证书，编号 ${input.number}，发证 ${input.issuedOn}，到期 ${input.expiresOn}。${current ? `\n（会替换你现有的${current.level}证书 ${current.number}）` : ''}\n确认吗？`,
      buttons: confirmButtons(t),
    });
  }

  async function myCert(ctx: Context) {
    const cert = currentCertificate(db(), ctx.userKey);
    if (!cert) return ctx.reply('你还没有登记证书。发送“登记证书 初级 编号 发证日期”，例如：登记证书 初级 DW2025001 2025-03-10');
    ctx.reply(describeCertificate(cert, today(services.clock.now(), services.config.DANGWU_TIMEZONE)));
  }

  async function roster(ctx: Context) {
    if (!(await ctx.requireSecretary('查看持证名单'))) return;
    const branch = requireBranch(ctx);
    if (!branch) return;
    const rows = db()
      .prepare(
        `SELECT c.* FROM certificates c WHERE c.status IN ('active', 'revoked') AND (c.branch_id = ? OR c.user_key IN (SELECT user_key FROM branch_members WHERE branch_id = ?))
           AND c.id = (SELECT max(id) FROM certificates d WHERE d.user_key = c.user_key AND d.status IN ('active', 'revoked'))
         ORDER BY c.status, c.expires_on`,
      )
      .all(branch.id, branch.id) as CertificateRow[];
    if (rows.length === 0) return ctx.reply('本支部还没有人登记证书。党员可在私聊或群里发送“登记证书 初级 编号 发证日期”。');
    const todayDate = today(services.clock.now(), branch.zone);
    const lines = [`${branch.name}持证名单（按到期日排序）：`];
    for (const c of rows) {
      const left = daysBetween(todayDate, c.expires_on);
      const flag = c.status === 'revoked' ? '【已吊销】' : left < 0 ? '【已过期】' : left <= 60 ? '【即将到期】' : '';
      lines.push(`· ${c.name ?? c.user_key} ${c.level} ${c.number} 到期 ${c.expires_on}${c.status === 'active' ? `（${left >= 0 ? `剩 ${left} 天` : `过期 ${-left} 天`}）` : ''}${flag}`);
    }
    ctx.reply(lines.join('\n'));
  }

  async function revoke(ctx: Context) {
    if (!(await ctx.requireSecretary('吊销证书'))) return;
    const number = ctx.args.trim();
    const cert = db().prepare("SELECT * FROM certificates WHERE number = ? AND status = 'active'").get(number) as CertificateRow | undefined;
    if (!number || !cert) return ctx.reply('没有找到这个编号的有效证书。请写成：吊销证书 DW2025001');
    const t = token();
    await ctx.state.set(FEATURE, { kind: 'revoke', token: t, certId: cert.id } satisfies Pending, 30);
    ctx.reply({ text: `确认吊销 ${cert.name ?? cert.user_key} 的${cert.level}证书（编号 ${cert.number}）吗？吊销后不再提醒续证，此操作无法撤回。`, buttons: confirmButtons(t) });
  }

  async function personal(ctx: Context) {
    const args = ctx.args.trim();
    if (!args) return ctx.reply('请写成：提醒我 明天下午两点 交党费');
    const from = services.clock.now();
    const zoneName = zone(branchOf(ctx));
    let best: { schedule: Schedule; text: string } | undefined;
    const words = args.split(' ');
    if (words.length > 1) {
      const parsed = parseSchedule(words[0]!, { from, zone: zoneName });
      if (parsed.ok) best = { schedule: parsed.schedule, text: words.slice(1).join(' ') };
    }
    for (let cut = args.length - 1; !best && cut >= 2; cut--) {
      const parsed = parseSchedule(args.slice(0, cut), { from, zone: zoneName });
      if (parsed.ok && args.slice(cut).trim()) best = { schedule: parsed.schedule, text: args.slice(cut).trim() };
    }
    if (!best) return ctx.reply('没能看懂时间。请写成：提醒我 明天下午两点 交党费（时间在前，事情在后）');
    if (best.schedule.type !== 'once') return ctx.reply('个人提醒目前只支持一次性的时间，例如“明天下午两点”“下周三上午9点”。周期性的会议请书记用“设置会议”。');
    const t = token();
    await ctx.state.set(FEATURE, { kind: 'personal', token: t, text: best.text.slice(0, 300), schedule: best.schedule } satisfies Pending, 30);
    ctx.reply({ text: `${describeWithNext(best.schedule, from, { zone: zoneName })}\n事项：${best.text}\n确认吗？`, buttons: confirmButtons(t) });
  }

  async function confirm(ctx: Context, data: string) {
    const [, verb, t] = data.split(':');
    const state = await ctx.state.get<Pending>();
    const pending = state?.feature === FEATURE ? state.data : undefined;
    if (!pending || !('token' in pending) || pending.token !== t) return ctx.reply('这个确认已经失效了（可能已处理或超时），请重新发送指令。');
    await ctx.state.clear();
    if (verb === 'no') return ctx.reply('已取消，什么都没有改动。');
    const now = services.clock.now();
    if (pending.kind === 'schedule') {
      if (!(await ctx.requireSecretary('设置会议时间'))) return;
      const branch = db().prepare('SELECT * FROM branches WHERE id = ?').get(pending.branchId) as BranchRow | undefined;
      if (!branch) return ctx.reply('支部已不存在。');
      db()
        .prepare(
          `INSERT INTO meeting_schedules (branch_id, type, phrase, schedule, created_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (branch_id, type) DO UPDATE SET phrase = excluded.phrase, schedule = excluded.schedule, active = 1`,
        )
        .run(branch.id, pending.type, pending.phrase, JSON.stringify(pending.schedule), now.toISOString());
      const row = db().prepare('SELECT * FROM meeting_schedules WHERE branch_id = ? AND type = ?').get(branch.id, pending.type) as ScheduleRow;
      const next = await replanMeeting(services, branch, row);
      return ctx.reply(`已设置${typeNamed(pending.type).full}：${pending.schedule.description}。${next ? `下次 ${formatLocal(next, branch.zone)}，会前 ${leadsOf(branch).map(describeLead).join('、')} 提醒。` : ''}`);
    }
    if (pending.kind === 'personal') {
      const zoneName = zone(branchOf(ctx));
      const [at] = nextOccurrences(pending.schedule, now, 1, { zone: zoneName });
      if (!at) return ctx.reply('这个时间已经过去了，请重新设置。');
      const id = db()
        .prepare('INSERT INTO personal_reminders (user_key, platform, chat_id, text, at, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(ctx.userKey, ctx.message.platform, ctx.message.chat.id, pending.text, at.toISOString(), now.toISOString()).lastInsertRowid;
      await services.scheduler.schedule({ kind: PERSONAL_REMINDER, occurrenceKey: `p${id}`, dueAt: at, address: { platform: ctx.message.platform, chatId: ctx.message.chat.id }, payload: { id: Number(id), text: pending.text }, graceMs: 12 * 3600_000 });
      return ctx.reply(`好的，${formatLocal(at, zoneName)} 提醒你：${pending.text}`);
    }
    if (pending.kind === 'revoke') {
      if (!(await ctx.requireSecretary('吊销证书'))) return;
      const changed = db().prepare("UPDATE certificates SET status = 'revoked', revoked_at = ?, revoked_by = ? WHERE id = ? AND status = 'active'").run(now.toISOString(), ctx.userKey, pending.certId).changes;
      if (changed) await unplanCertificate(services, pending.certId);
      return ctx.reply(changed ? '证书已标记为吊销，相关提醒已停止。' : '这张证书已不是有效状态，没有改动。');
    }
    if (pending.kind === 'cert') {
      const branch = branchOf(ctx) ?? (db().prepare('SELECT b.* FROM branches b JOIN branch_members m ON m.branch_id = b.id WHERE m.user_key = ? LIMIT 1').get(ctx.userKey) as BranchRow | undefined);
      if (branch && ctx.message.chat.kind === 'group') rememberMember(ctx, branch);
      const notify = ctx.message.chat.kind === 'private' ? ctx.message.chat.id : ctx.message.sender.id;
      const { cert, superseded } = saveCertificate(services, pending.input, { userKey: ctx.userKey, name: ctx.message.sender.name, branchId: branch?.id ?? null, platform: ctx.message.platform, notifyChatId: notify });
      for (const id of superseded) await unplanCertificate(services, id);
      await planCertificate(services, cert, zone(branch));
      const current = currentCertificate(db(), ctx.userKey)!;
      return ctx.reply(`已登记。\n${describeCertificate(current, today(now, zone(branch)))}`);
    }
  }

  async function heldButton(ctx: Context, data: string) {
    const [, verb, sid, date] = data.split(':');
    if (!(await ctx.requireSecretary('记录会议'))) return;
    const row = db().prepare('SELECT * FROM meeting_schedules WHERE id = ?').get(Number(sid)) as ScheduleRow | undefined;
    if (!row || !date) return ctx.reply('这个按钮已经失效了。');
    if (verb === 'skip') return ctx.reply(`已知悉：${typeNamed(row.type).full}（${date}）未召开。请尽快另行安排，召开后发送“记录会议 ${row.type} 日期 …”。`);
    await ctx.state.set(FEATURE, { kind: 'record', branchId: row.branch_id, type: row.type, date } satisfies Pending, 24 * 60);
    ctx.reply(`请回复出席情况和议题，例如：出席 18/20 主题 学习党章（日期默认为 ${date}，也可写上实际日期）。发送“取消”放弃。`);
  }

  return {
    name: FEATURE,
    actionPrefix: PREFIX,
    migrations: remindersMigrations,
    commands: [
      { name: 'branch', aliases: ['绑定支部'], description: '把本群或私聊绑定到支部（书记）', group: '三会一课', secretary: true, run: bind },
      { name: 'meetings', aliases: ['三会一课', '会议安排'], description: '查看三会一课安排和用法', group: '三会一课', run: overview },
      { name: 'meeting_set', aliases: ['设置会议', '会议时间'], description: '设置会议时间，如：设置会议 党员大会 每季度第一个月10日上午9点（书记）', group: '三会一课', secretary: true, run: setMeeting },
      { name: 'meeting_freq', aliases: ['会议频次'], description: '修改会议要求的频次（书记）', group: '三会一课', secretary: true, run: setFrequency },
      { name: 'meeting_lead', aliases: ['提醒提前', '提前提醒'], description: '会前提醒时间，如：提醒提前 1天 2小时（书记）', group: '三会一课', secretary: true, run: setLeads },
      { name: 'meeting_record', aliases: ['记录会议'], description: '记录会议召开情况（书记）', group: '三会一课', secretary: true, run: record },
      { name: 'compliance', aliases: ['会议情况', '三会一课情况', '合规情况'], description: '本月/本季度三会一课完成情况', group: '三会一课', run: complianceView },
      { name: 'meeting_ics', aliases: ['导出日程'], description: '导出三会一课日程（.ics）', group: '三会一课', run: exportIcs },
      { name: 'meeting_csv', aliases: ['导出会议记录'], description: '导出会议记录（CSV，书记）', group: '三会一课', secretary: true, run: exportCsv },
      { name: 'meeting_optin', aliases: ['订阅会议提醒'], description: '私信接收会议提醒', group: '三会一课', run: (ctx) => optIn(ctx, true) },
      { name: 'meeting_optout', aliases: ['退订会议提醒'], description: '停止私信会议提醒', group: '三会一课', run: (ctx) => optIn(ctx, false) },
      { name: 'cert', aliases: ['登记证书'], description: '登记党务工作者证书，如：登记证书 初级 DW2025001 2025-03-10', group: '持证上岗', run: registerCert },
      { name: 'mycert', aliases: ['我的证书'], description: '查看我的证书和续证、晋级日期', group: '持证上岗', run: myCert },
      { name: 'roster', aliases: ['持证名单', '证书名单'], description: '本支部持证名单和到期情况（书记）', group: '持证上岗', secretary: true, run: roster },
      { name: 'revoke', aliases: ['吊销证书'], description: '吊销证书并停止提醒（书记）', group: '持证上岗', secretary: true, run: revoke },
      { name: 'remind', aliases: ['提醒我'], description: '个人提醒，如：提醒我 明天下午两点 交党费', group: '提醒', run: personal },
    ],

    async onAction(ctx, data) {
      const verb = data.split(':')[1];
      if (verb === 'ok' || verb === 'no') return confirm(ctx, data);
      if (verb === 'held' || verb === 'skip') return heldButton(ctx, data);
      ctx.reply('这个按钮已经失效了。');
    },

    async onPending(ctx, state: PendingState) {
      const pending = state.data as Pending;
      if (pending.kind !== 'record') {
        ctx.reply('请点按上面的“确认”或“取消”。');
        return true;
      }
      if (!(await ctx.requireSecretary('记录会议'))) return true;
      const branch = db().prepare('SELECT * FROM branches WHERE id = ?').get(pending.branchId) as BranchRow | undefined;
      const input = parseRecord(ctx.text);
      if (!branch) return false;
      if (typeof input === 'string') {
        ctx.reply(input);
        return true;
      }
      await ctx.state.clear();
      const row = saveRecord(services, branch, pending.type, { ...input, date: input.date ?? pending.date }, ctx.userKey);
      ctx.reply(`已记录：${typeNamed(row.type).full} ${row.held_on}${row.attendance ? `，出席 ${row.attendance}` : ''}${row.topic ? `，议题：${row.topic}` : ''}。`);
      return true;
    },

    // A member's private chat blocked the bot: stop sending them meeting reminders and pause their personal
    // reminders there (subscribing again, 订阅会议提醒, turns meeting reminders back on).
    onRecipientUnavailable(address) {
      db().prepare('UPDATE branch_members SET opt_in = 0 WHERE platform = ? AND private_chat_id = ?').run(address.platform, address.chatId);
      // The reminder's job stays planned and is skipped when due: the handler sends only active reminders.
      db().prepare("UPDATE personal_reminders SET status = 'paused' WHERE platform = ? AND chat_id = ? AND status = 'active'").run(address.platform, address.chatId);
    },

    async start() {
      // Every active schedule has its next meeting planned and every branch its deadline nudges (idempotent).
      const now = services.clock.now();
      for (const branch of db().prepare('SELECT * FROM branches').all() as BranchRow[]) {
        await planNudges(services, branch);
        for (const row of db().prepare('SELECT * FROM meeting_schedules WHERE branch_id = ? AND active = 1').all(branch.id) as ScheduleRow[]) await planMeeting(services, branch, row, now);
      }
    },
  };
};
