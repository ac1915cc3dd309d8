import { addDays, addYears, DATE_PATTERN, daysBetween, parseDate } from '../../../time';

export const LEVELS = ['初级', '中级', '高级'] as const;
export type Level = (typeof LEVELS)[number];
/** Days before expiry when the holder is reminded. */
export const EXPIRY_LEADS = [60, 30, 7, 1] as const;

export const isLevel = (value: string): value is Level => (LEVELS as readonly string[]).includes(value);

export interface CertificateInput {
  level: Level;
  number: string;
  issuedOn: string;
  expiresOn: string;
}

/** 初级 DW2025001 2025-03-10 [到期 2026-03-10] (any order); the issue date may not be in the future. */
export function parseCertificate(text: string, todayDate: string): CertificateInput | string {
  const level = LEVELS.find((l) => text.includes(l));
  if (!level) return '请写明等级（初级、中级或高级），例如：登记证书 初级 DW2025001 2025-03-10';
  const dates = [...text.matchAll(DATE_PATTERN)].map((m) => m[0]);
  const parsed = dates.map((d) => parseDate(d));
  if (dates.length === 0) return '请写明发证日期，例如 2025-03-10';
  if (parsed.some((d) => !d)) return `日期“${dates[parsed.findIndex((d) => !d)]!.trim()}”不存在，请检查`;
  let rest = text.replace(level, ' ');
  for (const d of dates) rest = rest.replace(d, ' ');
  rest = rest.replace(/登记|证书|编号|证号|发证|颁发|日期|有效期?至|到期|[:：，,]/g, ' ');
  const number = rest.split(/\s+/).find((w) => /^[A-Za-z0-9-]{3,40}$/.test(w));
  if (!number) return '请写明证书编号（字母、数字或短横线），例如 DW2025001';
  const issuedOn = parsed[0]!;
  if (issuedOn > todayDate) return `发证日期 ${issuedOn} 还没到。请写证书上的实际发证日期（不能晚于今天 ${todayDate}）。`;
  const expiresOn = parsed[1] ?? addYears(issuedOn);
  if (expiresOn <= issuedOn) return `到期日 ${expiresOn} 应晚于发证日期 ${issuedOn}，请检查。`;
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

/** The reminder dates of a certificate: expiry − 60/30/7/1 days, and the next-level opening day. */
export function certificateReminderDates(cert: { level: string; expires_on: string; level_since: string }): {
  expiry: { days: number; on: string }[];
  nextLevelOn?: string;
} {
  const next = isLevel(cert.level) ? LEVELS[LEVELS.indexOf(cert.level) + 1] : undefined;
  return {
    expiry: EXPIRY_LEADS.map((days) => ({ days, on: addDays(cert.expires_on, -days) })),
    ...(next ? { nextLevelOn: addYears(cert.level_since) } : {}),
  };
}

/**
 * The holder's view. Only reminders still to come are promised: an expired certificate says what to do next
 * instead of listing reminders that will not come.
 */
export function describeCertificate(cert: CurrentCertificate, todayDate: string): string {
  const left = daysBetween(todayDate, cert.expiresOn);
  const lines = [`${cert.level}证书 编号 ${cert.number}`];
  if (left < 0) {
    lines.push(`发证 ${cert.issuedOn}，已于 ${cert.expiresOn} 到期（过期 ${-left} 天）。`);
    lines.push(
      '请参加下一次年度认证考试（可先发送“模拟考试”练习），取得新证后发送“登记证书 等级 编号 发证日期”更新；如需补办或延期，请联系组织部门。',
    );
    return lines.join('\n');
  }
  lines.push(`发证 ${cert.issuedOn}，到期 ${cert.expiresOn}（${left === 0 ? '今天到期' : `还有 ${left} 天`}）`);
  const coming = EXPIRY_LEADS.filter((days) => days < left);
  lines.push(coming.length > 0 ? `提醒：到期前 ${coming.join('、')} 天各提醒一次。` : '即将到期，请尽快参加年度认证。');
  if (cert.nextLevel)
    lines.push(
      cert.nextLevelOpensOn! <= todayDate
        ? `已可以报考${cert.nextLevel}（自 ${cert.nextLevelOpensOn} 起）。`
        : `${cert.nextLevelOpensOn} 起可报考${cert.nextLevel}，当天会通知你。`,
    );
  else lines.push('已是最高等级。');
  return lines.join('\n');
}
