import type { Services } from '../../core/feature';
import type { SqliteHandle } from '../../storage/database';
import type { DueJob } from '../../scheduler/types';
import { DATE_PATTERN, addDaysTo, addYears, at, daysBetween, parseDate, today } from './dates';
import type { CertificateRow } from './storage';

export const LEVELS = ['初级', '中级', '高级'] as const;
export type Level = (typeof LEVELS)[number];
/** Days before expiry when the holder is reminded. */
export const EXPIRY_LEADS = [60, 30, 7, 1] as const;
export const CERT_EXPIRY = 'cert-expiry';
export const CERT_NEXT_LEVEL = 'cert-next-level';

export interface CertificateInput {
  level: Level;
  number: string;
  issuedOn: string;
  expiresOn: string;
}

/** 初级 DW2025001 2025-03-10 [到期 2026-03-10] (any order). */
export function parseCertificate(text: string): CertificateInput | string {
  const level = LEVELS.find((l) => text.includes(l));
  if (!level) return '请写明等级（初级、中级或高级），例如：登记证书 初级 DW2025001 2025-03-10';
  const dates = [...text.matchAll(DATE_PATTERN)].map((m) => m[0]);
  const parsed = dates.map((d) => parseDate(d));
  if (dates.length === 0) return '请写明发证日期，例如 2025-03-10';
  if (parsed.some((d) => !d)) return `日期“${dates[parsed.findIndex((d) => !d)]}”不存在，请检查`;
  let rest = text.replace(level, ' ');
  for (const d of dates) rest = rest.replace(d, ' ');
  rest = rest.replace(/登记|证书|编号|证号|发证|颁发|日期|有效期?至|到期|[:：，,]/g, ' ');
  const number = rest.split(/\s+/).find((w) => /^[A-Za-z0-9-]{3,40}$/.test(w));
  if (!number) return '请写明证书编号（字母、数字或短横线），例如 DW2025001';
  const issuedOn = parsed[0]!;
  const expiresOn = parsed[1] ?? addYears(issuedOn);
  if (expiresOn <= issuedOn) return '到期日应晚于发证日期';
  return { level, number, issuedOn, expiresOn };
}

export interface CurrentCertificate {
  level: Level;
  number: string;
  issuedOn: string;
  expiresOn: string;
  /** When the holder first obtained this level (renewals keep it). */
  levelSince: string;
  nextLevel?: Level;
  /** The day the next level's exam opens to the holder (one year after obtaining this level). */
  nextLevelOpensOn?: string;
}

/**
 * The user's current (active, highest) certificate and when the next level opens, for other features
 * (the quiz's 统计 shows it). Undefined when the user has none or the reminders tables are absent.
 */
export function currentCertificate(sqlite: SqliteHandle, userKey: string): CurrentCertificate | undefined {
  let rows: CertificateRow[];
  try {
    rows = sqlite.prepare("SELECT * FROM certificates WHERE user_key = ? AND status = 'active'").all(userKey) as CertificateRow[];
  } catch {
    return undefined;
  }
  const best = rows.sort((a, b) => LEVELS.indexOf(b.level as Level) - LEVELS.indexOf(a.level as Level) || b.issued_on.localeCompare(a.issued_on))[0];
  if (!best) return undefined;
  const level = best.level as Level;
  const nextLevel = LEVELS[LEVELS.indexOf(level) + 1];
  return {
    level,
    number: best.number,
    issuedOn: best.issued_on,
    expiresOn: best.expires_on,
    levelSince: best.level_since,
    ...(nextLevel ? { nextLevel, nextLevelOpensOn: addYears(best.level_since) } : {}),
  };
}

/** The reminder dates of a certificate: expiry − 60/30/7/1 days, and the next-level opening day. */
export function certificateReminderDates(cert: Pick<CertificateRow, 'level' | 'expires_on' | 'level_since'>): { expiry: { days: number; on: string }[]; nextLevelOn?: string } {
  const next = LEVELS[LEVELS.indexOf(cert.level as Level) + 1];
  return {
    expiry: EXPIRY_LEADS.map((days) => ({ days, on: addDaysTo(cert.expires_on, -days) })),
    ...(next ? { nextLevelOn: addYears(cert.level_since) } : {}),
  };
}

export async function planCertificate(services: Services, cert: CertificateRow, zone: string): Promise<number> {
  const now = services.clock.now();
  const address = { platform: cert.platform, chatId: cert.notify_chat_id };
  const dates = certificateReminderDates(cert);
  let planned = 0;
  for (const { days, on } of dates.expiry) {
    const dueAt = at(on, 9, 0, zone);
    if (dueAt <= now) continue;
    await services.scheduler.schedule({ kind: CERT_EXPIRY, occurrenceKey: `c${cert.id}:${days}`, dueAt, address, payload: { certId: cert.id, days }, graceMs: 86_400_000 });
    planned++;
  }
  if (dates.nextLevelOn) {
    const dueAt = at(dates.nextLevelOn, 9, 0, zone);
    if (dueAt > now) {
      await services.scheduler.schedule({ kind: CERT_NEXT_LEVEL, occurrenceKey: `c${cert.id}:next`, dueAt, address, payload: { certId: cert.id }, graceMs: 7 * 86_400_000 });
      planned++;
    }
  }
  return planned;
}

export async function unplanCertificate(services: Services, certId: number): Promise<void> {
  await services.scheduler.cancel(CERT_EXPIRY, `c${certId}:`);
  await services.scheduler.cancel(CERT_NEXT_LEVEL, `c${certId}:`);
}

const activeCert = (services: Services, id: number) =>
  services.storage.sqlite.prepare("SELECT * FROM certificates WHERE id = ? AND status = 'active'").get(id) as CertificateRow | undefined;

export function expiryHandler(services: Services) {
  return async (job: DueJob<{ certId: number; days: number }>) => {
    const cert = activeCert(services, job.payload.certId);
    if (!cert || !job.address || !services.canPush(job.address.platform)) return;
    const left = daysBetween(today(services.clock.now(), services.config.DANGWU_TIMEZONE), cert.expires_on);
    await services.push(job.address, {
      text: `${job.late ? '（迟到的提醒：助手刚恢复运行）\n' : ''}证书到期提醒：你的${cert.level}党务工作者证书（编号 ${cert.number}）将于 ${cert.expires_on} 到期，还有 ${left} 天。请及时参加年度认证；换发新证后发送“登记证书 等级 编号 发证日期”更新。`,
    });
  };
}

export function nextLevelHandler(services: Services) {
  return async (job: DueJob<{ certId: number }>) => {
    const cert = activeCert(services, job.payload.certId);
    if (!cert || !job.address || !services.canPush(job.address.platform)) return;
    const next = LEVELS[LEVELS.indexOf(cert.level as Level) + 1];
    if (!next) return;
    await services.push(job.address, {
      text: `${job.late ? '（迟到的提醒：助手刚恢复运行）\n' : ''}好消息：你取得${cert.level}证书已满一年（${cert.level_since} 起），从今天起可以报考${next}认证。可以发送“模拟考试 ${next}”先练一练。`,
    });
  };
}

/** Records a certificate in one transaction: older active ones are superseded; the level's start date carries over on renewal. */
export function saveCertificate(
  services: Services,
  input: CertificateInput,
  owner: { userKey: string; name?: string; branchId: number | null; platform: string; notifyChatId: string },
): { cert: CertificateRow; superseded: number[] } {
  const db = services.storage.sqlite;
  return db.transaction(() => {
    const previous = db.prepare("SELECT * FROM certificates WHERE user_key = ? AND status = 'active'").all(owner.userKey) as CertificateRow[];
    const sameLevel = previous.filter((p) => p.level === input.level).sort((a, b) => a.level_since.localeCompare(b.level_since))[0];
    const levelSince = sameLevel && sameLevel.level_since < input.issuedOn ? sameLevel.level_since : input.issuedOn;
    db.prepare("UPDATE certificates SET status = 'superseded' WHERE user_key = ? AND status = 'active'").run(owner.userKey);
    const id = db
      .prepare(
        `INSERT INTO certificates (user_key, name, branch_id, level, number, issued_on, expires_on, level_since, platform, notify_chat_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(owner.userKey, owner.name ?? null, owner.branchId, input.level, input.number, input.issuedOn, input.expiresOn, levelSince, owner.platform, owner.notifyChatId, services.clock.now().toISOString())
      .lastInsertRowid;
    return { cert: db.prepare('SELECT * FROM certificates WHERE id = ?').get(id) as CertificateRow, superseded: previous.map((p) => p.id) };
  }).immediate();
}

export function describeCertificate(cert: CurrentCertificate, todayDate: string): string {
  const left = daysBetween(todayDate, cert.expiresOn);
  const lines = [
    `${cert.level}证书 编号 ${cert.number}`,
    `发证 ${cert.issuedOn}，到期 ${cert.expiresOn}（${left >= 0 ? `还有 ${left} 天` : `已过期 ${-left} 天`}）`,
    `提醒：到期前 ${EXPIRY_LEADS.join('、')} 天各提醒一次。`,
  ];
  if (cert.nextLevel) lines.push(cert.nextLevelOpensOn! <= todayDate ? `已可以报考${cert.nextLevel}（自 ${cert.nextLevelOpensOn} 起）。` : `${cert.nextLevelOpensOn} 起可报考${cert.nextLevel}，当天会通知你。`);
  else lines.push('已是最高等级。');
  return lines.join('\n');
}
