import { chineseNumber } from '../../../../knowledge';
import type { Address } from '../../../core/message';
import type { BranchRow } from '../tables';

export type Frequency = 'monthly' | 'quarterly' | 'yearly';

export interface MeetingType {
  type: string;
  full: string;
  aliases: string[];
  frequency: Frequency;
}

/** 三会一课 and their usual rhythm (支部工作条例: 党员大会 quarterly, 支委会 monthly, 党小组会 monthly; 党课 at least quarterly). */
export const MEETING_TYPES: MeetingType[] = [
  { type: '党员大会', full: '支部党员大会', aliases: ['支部党员大会', '党员大会', '大会'], frequency: 'quarterly' },
  { type: '支委会', full: '支部委员会会议', aliases: ['支部委员会会议', '支部委员会', '支委会议', '支委会'], frequency: 'monthly' },
  { type: '党小组会', full: '党小组会', aliases: ['党小组会议', '党小组会', '小组会'], frequency: 'monthly' },
  { type: '党课', full: '党课', aliases: ['党课'], frequency: 'quarterly' },
];

export const FREQUENCY_NAMES: Record<Frequency, string> = { monthly: '每月', quarterly: '每季度', yearly: '每年' };
export const FREQUENCY_COUNT: Record<Frequency, number> = { monthly: 12, quarterly: 4, yearly: 1 };

/** Finds the meeting type named at the start of `text`; returns it and the rest. */
export function matchType(text: string): { type: MeetingType; rest: string } | undefined {
  const candidates = MEETING_TYPES.flatMap((t) => t.aliases.map((alias) => ({ t, alias }))).sort((a, b) => b.alias.length - a.alias.length);
  for (const { t, alias } of candidates) if (text.startsWith(alias)) return { type: t, rest: text.slice(alias.length).trim() };
  return undefined;
}

export const typeNamed = (type: string): MeetingType =>
  MEETING_TYPES.find((t) => t.type === type) ?? { type, full: type, aliases: [], frequency: 'quarterly' };
export const isFrequency = (value: string | undefined): value is Frequency =>
  value === 'monthly' || value === 'quarterly' || value === 'yearly';

export const leadsOf = (branch: BranchRow): number[] => {
  const parsed: unknown = JSON.parse(branch.lead_minutes);
  return Array.isArray(parsed) ? parsed.filter((n): n is number => typeof n === 'number') : [1440, 120];
};
export const branchAddress = (branch: BranchRow): Address => ({ platform: branch.platform, chatId: branch.chat_id });
export const secretaryAddress = (branch: BranchRow): Address =>
  branch.secretary_chat_id && branch.secretary_platform
    ? { platform: branch.secretary_platform, chatId: branch.secretary_chat_id }
    : branchAddress(branch);

export function describeLead(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440}天`;
  if (minutes % 60 === 0) return `${minutes / 60}小时`;
  return `${minutes}分钟`;
}

/** 1天 2小时 30分钟 / 提前一天 / 3天,1小时 → minutes. */
export function parseLeads(text: string): number[] | undefined {
  const re = /(\d+|[一二两三四五六七八九十]+)\s*(天|日|小时|个小时|钟头|分钟|分|周|星期)/g;
  const out: number[] = [];
  const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : chineseNumber(s));
  for (const m of text.matchAll(re)) {
    const n = num(m[1]!);
    if (!n) return undefined;
    const unit = m[2]!;
    out.push(
      unit === '天' || unit === '日'
        ? n * 1440
        : unit === '周' || unit === '星期'
          ? n * 10080
          : unit.includes('小时') || unit === '钟头'
            ? n * 60
            : n,
    );
  }
  const unique = [...new Set(out)].sort((a, b) => b - a);
  return unique.length > 0 && unique.every((m) => m >= 5 && m <= 30 * 1440) ? unique : undefined;
}
