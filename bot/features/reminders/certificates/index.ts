import type { Context } from '../../../core/feature';
import type { DueJob } from '../../../scheduler/types';
import { at, daysBetween, today } from '../../../time';
import { branchOfChat, requireSecretaryBranch, secretaryBranchFor } from '../branches/scope';
import { UNNAMED } from '../branches/store';
import { lateNote, privateChatOf, rememberSender, type Subject, type SubjectDeps } from '../shared';
import type { CertificateRow } from '../tables';
import { type CertificateInput, certificateReminderDates, describeCertificate, isLevel, LEVELS, parseCertificate } from './rules';
import type { CertificateStore } from './store';

export const CERT_EXPIRY = 'cert-expiry';
export const CERT_NEXT_LEVEL = 'cert-next-level';

const USAGE = '你还没有登记证书。发送“登记证书 初级 编号 发证日期”，例如：登记证书 初级 DW2025001 2025-03-10';

/** 持证上岗: holders register their certificate; reminders before expiry and when the next level opens. */
export function createCertificatesSubject(deps: SubjectDeps & { certificates: CertificateStore }): Subject {
  const { services, branches, certificates, confirmations } = deps;
  const zoneOf = async (ctx: Context) => (await branchOfChat(ctx, branches))?.zone ?? services.config.DANGWU_TIMEZONE;

  async function plan(cert: CertificateRow, zone: string): Promise<void> {
    const now = services.clock.now();
    const address = { platform: cert.platform, chatId: cert.notify_chat_id };
    const dates = certificateReminderDates(cert);
    for (const { days, on } of dates.expiry) {
      const dueAt = at(on, 9, 0, zone);
      if (dueAt > now)
        await services.scheduler.schedule({
          kind: CERT_EXPIRY,
          occurrenceKey: `c${cert.id}:${days}`,
          dueAt,
          address,
          payload: { certId: cert.id, days },
          graceMs: 86_400_000,
        });
    }
    if (dates.nextLevelOn) {
      const dueAt = at(dates.nextLevelOn, 9, 0, zone);
      if (dueAt > now)
        await services.scheduler.schedule({
          kind: CERT_NEXT_LEVEL,
          occurrenceKey: `c${cert.id}:next`,
          dueAt,
          address,
          payload: { certId: cert.id },
          graceMs: 7 * 86_400_000,
        });
    }
  }

  async function unplan(certId: number): Promise<void> {
    await services.scheduler.cancel(CERT_EXPIRY, `c${certId}:`);
    await services.scheduler.cancel(CERT_NEXT_LEVEL, `c${certId}:`);
  }

  services.scheduler.register(CERT_EXPIRY, async (job: DueJob<{ certId: number; days: number }>) => {
    const cert = await certificates.activeById(job.payload.certId);
    if (!cert || !job.address || !services.canPush(job.address.platform)) return;
    const left = daysBetween(today(services.clock.now(), services.config.DANGWU_TIMEZONE), cert.expires_on);
    await services.push(job.address, {
      text: `${job.late ? `${lateNote}\n` : ''}证书到期提醒：你的${cert.level}党务工作者证书（编号 ${cert.number}）将于 ${cert.expires_on} 到期，还有 ${left} 天。请及时参加年度认证；换发新证后发送“登记证书 等级 编号 发证日期”更新。`,
    });
  });
  services.scheduler.register(CERT_NEXT_LEVEL, async (job: DueJob<{ certId: number }>) => {
    const cert = await certificates.activeById(job.payload.certId);
    if (!cert || !job.address || !services.canPush(job.address.platform) || !isLevel(cert.level)) return;
    const next = LEVELS[LEVELS.indexOf(cert.level) + 1];
    if (!next) return;
    await services.push(job.address, {
      text: `${job.late ? `${lateNote}\n` : ''}好消息：你取得${cert.level}证书已满一年（${cert.level_since} 起），从今天起可以报考${next}认证。可以发送“模拟考试 ${next}”先练一练。`,
    });
  });

  confirmations.register('cert-register', async (ctx, input: CertificateInput) => {
    const branch = await branchOfChat(ctx, branches);
    const now = services.clock.now();
    if (branch && ctx.message.chat.kind === 'group') {
      await rememberSender({ services, branches }, ctx, branch.id);
    }
    const name = ctx.message.sender.name ?? (await branches.displayName(ctx.userKey)) ?? null;
    const { cert, superseded } = await certificates.save(
      input,
      { userKey: ctx.userKey, name, branchId: branch?.id ?? null, platform: ctx.message.platform, notifyChatId: privateChatOf(ctx) },
      now.toISOString(),
    );
    for (const id of superseded) await unplan(id);
    const zone = branch?.zone ?? services.config.DANGWU_TIMEZONE;
    await plan(cert, zone);
    ctx.reply(`已登记。\n${describeCertificate((await certificates.current(ctx.userKey))!, today(now, zone))}`);
  });

  confirmations.register('cert-revoke', async (ctx, payload: { certId: number; branchId: number }) => {
    const branch = await secretaryBranchFor(ctx, branches, '吊销证书', payload.branchId);
    if (!branch) return;
    const cert = await certificates.activeById(payload.certId);
    if (!cert || !(await belongs(cert, branch.id))) return ctx.reply('这张证书已不是本支部的有效证书，没有改动。');
    const changed = await certificates.revoke(cert.id, ctx.userKey, services.clock.now().toISOString());
    if (changed) await unplan(cert.id);
    ctx.reply(changed ? '证书已标记为吊销，相关提醒已停止。' : '这张证书已不是有效状态，没有改动。');
  });

  /** A certificate belongs to a branch when registered there or when its holder is a member. */
  async function belongs(cert: CertificateRow, branchId: number): Promise<boolean> {
    return cert.branch_id === branchId || (await branches.member(branchId, cert.user_key)) !== undefined;
  }

  async function registerCert(ctx: Context) {
    const zone = await zoneOf(ctx);
    const input = parseCertificate(ctx.args, today(services.clock.now(), zone));
    if (typeof input === 'string') return ctx.reply(input);
    const current = await certificates.current(ctx.userKey);
    await confirmations.ask(
      ctx,
      'cert-register',
      input,
      `将登记：${input.level}证书，编号 ${input.number}，发证 ${input.issuedOn}，到期 ${input.expiresOn}。${current ? `\n（会替换你现有的${current.level}证书 ${current.number}）` : ''}\n确认吗？`,
    );
  }

  async function myCert(ctx: Context) {
    const cert = await certificates.current(ctx.userKey);
    if (!cert) return ctx.reply(USAGE);
    ctx.reply(describeCertificate(cert, today(services.clock.now(), await zoneOf(ctx))));
  }

  async function roster(ctx: Context) {
    const branch = await requireSecretaryBranch(ctx, branches, '查看持证名单');
    if (!branch) return;
    const rows = await certificates.ofBranch(branch.id);
    if (rows.length === 0) return ctx.reply('本支部还没有人登记证书。党员可在私聊或群里发送“登记证书 初级 编号 发证日期”。');
    const todayDate = today(services.clock.now(), branch.zone);
    const lines = [`${branch.name}持证名单（按到期日排序）：`];
    for (const c of rows) {
      const left = daysBetween(todayDate, c.expires_on);
      const flag = c.status === 'revoked' ? '【已吊销】' : left < 0 ? '【已过期】' : left <= 60 ? '【即将到期】' : '';
      const name = c.name ?? (await branches.displayName(c.user_key)) ?? UNNAMED;
      lines.push(
        `· ${name} ${c.level} ${c.number} 到期 ${c.expires_on}${c.status === 'active' ? `（${left >= 0 ? `剩 ${left} 天` : `过期 ${-left} 天`}）` : ''}${flag}`,
      );
    }
    ctx.reply(lines.join('\n'));
  }

  async function revoke(ctx: Context) {
    const branch = await requireSecretaryBranch(ctx, branches, '吊销证书');
    if (!branch) return;
    const number = ctx.args.trim();
    if (!number) return ctx.reply('请写成：吊销证书 DW2025001');
    // Only a certificate of this branch: an admin of another group has no power over it.
    const candidates = await certificates.activeByNumber(number);
    let cert: CertificateRow | undefined;
    for (const c of candidates) if (await belongs(c, branch.id)) cert = c;
    if (!cert) return ctx.reply(`本支部没有编号为 ${number} 的有效证书。请检查编号（发送“持证名单”查看本支部的证书）。`);
    const name = cert.name ?? (await branches.displayName(cert.user_key)) ?? UNNAMED;
    await confirmations.ask(
      ctx,
      'cert-revoke',
      { certId: cert.id, branchId: branch.id },
      `确认吊销 ${name} 的${cert.level}证书（编号 ${cert.number}）吗？吊销后不再提醒续证，此操作无法撤回。`,
    );
  }

  return {
    commands: [
      {
        name: 'cert',
        aliases: ['登记证书'],
        description: '登记党务工作者证书，如：登记证书 初级 DW2025001 2025-03-10',
        group: '持证上岗',
        run: registerCert,
      },
      { name: 'mycert', aliases: ['我的证书'], description: '查看我的证书和续证、晋级日期', group: '持证上岗', run: myCert },
      {
        name: 'roster',
        aliases: ['持证名单', '证书名单'],
        description: '本支部持证名单和到期情况（书记）',
        group: '持证上岗',
        secretary: true,
        run: roster,
      },
      {
        name: 'revoke',
        aliases: ['吊销证书'],
        description: '吊销本支部的证书并停止提醒（书记）',
        group: '持证上岗',
        secretary: true,
        run: revoke,
      },
    ],
  };
}
