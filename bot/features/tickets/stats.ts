import type { TicketFigures } from '../../charts';
import { CATEGORIES } from './parse';

/** The fields of a 工单 the figures need (the chat's rows and the console's aggregates give the same). */
export interface TicketFacts {
  category: string;
  holder_name: string;
  status: string;
  on_spot: number;
  due_on: string | null;
  done_on: string | null;
  score: number | null;
}

export interface TicketTotals extends Omit<TicketFigures, 'label'> {
  issued: number;
  /** Average of the scores given at 回访, or undefined when none was given. */
  averageScore?: number;
  scored: number;
}

export type Outcome = 'onSpot' | 'onTime' | 'late' | 'overdue' | 'open';

/** Where one 工单 stands on `today` (local date): finished on the spot, on time, late, or still open (overdue or not). */
export function outcomeOf(t: Pick<TicketFacts, 'status' | 'on_spot' | 'due_on' | 'done_on'>, today: string): Outcome {
  if (t.on_spot === 1) return 'onSpot';
  if (t.status !== 'open') return t.due_on && t.done_on && t.done_on > t.due_on ? 'late' : 'onTime';
  return t.due_on && t.due_on < today ? 'overdue' : 'open';
}

export const emptyTotals = (): TicketTotals => ({ issued: 0, onSpot: 0, onTime: 0, late: 0, overdue: 0, open: 0, scored: 0 });

function add(totals: TicketTotals & { scoreSum?: number }, t: TicketFacts, today: string) {
  totals.issued++;
  totals[outcomeOf(t, today)]++;
  if (t.score !== null) {
    totals.scoreSum = (totals.scoreSum ?? 0) + t.score;
    totals.scored++;
  }
}

const finish = (totals: TicketTotals & { scoreSum?: number }): TicketTotals => {
  const { scoreSum, ...rest } = totals;
  return { ...rest, ...(rest.scored > 0 ? { averageScore: Math.round(((scoreSum ?? 0) / rest.scored) * 10) / 10 } : {}) };
};

export interface TicketSummary {
  totals: TicketTotals;
  byCategory: (TicketTotals & { label: string })[];
  byMember: (TicketTotals & { label: string })[];
}

/** Figures of a set of 工单 on `today`: totals, per category (in the fixed order), per holder (most first). */
export function summarize(tickets: TicketFacts[], today: string): TicketSummary {
  const totals = emptyTotals();
  const categories = new Map<string, TicketTotals>();
  const members = new Map<string, TicketTotals>();
  for (const t of tickets) {
    add(totals, t, today);
    const c = categories.get(t.category) ?? emptyTotals();
    categories.set(t.category, c);
    add(c, t, today);
    const m = members.get(t.holder_name) ?? emptyTotals();
    members.set(t.holder_name, m);
    add(m, t, today);
  }
  const order = (label: string) => {
    const i = (CATEGORIES as readonly string[]).indexOf(label);
    return i < 0 ? CATEGORIES.length : i;
  };
  return {
    totals: finish(totals),
    byCategory: [...categories].map(([label, t]) => ({ label, ...finish(t) })).sort((a, b) => order(a.label) - order(b.label)),
    byMember: [...members]
      .map(([label, t]) => ({ label, ...finish(t) }))
      .sort((a, b) => b.issued - a.issued || a.label.localeCompare(b.label, 'zh')),
  };
}

/** 发出 5 件：当场解决 1，按期办结 2，… one line in Chinese. */
export function totalsLine(t: TicketTotals): string {
  const parts = [
    `受理 ${t.issued} 件`,
    `当场解决 ${t.onSpot}`,
    `按期办结 ${t.onTime}`,
    ...(t.late ? [`超期办结 ${t.late}`] : []),
    `逾期未办结 ${t.overdue}`,
    `办理中 ${t.open}`,
  ];
  return `${parts.join('，')}；${t.averageScore === undefined ? '暂无回访评分' : `回访平均 ${t.averageScore} 分（${t.scored} 件）`}`;
}
