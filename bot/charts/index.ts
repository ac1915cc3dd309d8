import type { EChartsOption } from 'echarts';

/**
 * Chart definitions shared by every surface: each is a pure function from plain figures to an ECharts option.
 * No DOM and no I/O, so the web console renders them in the browser and a messenger can render the same option
 * to an image on the server. Titles and labels are Chinese; colours are fixed so a chart reads the same everywhere.
 */

export type ChartOption = EChartsOption;

export const CHART_COLORS = {
  held: '#2e7d32',
  missing: '#c62828',
  upcoming: '#9e9e9e',
  primary: '#b71c1c',
  secondary: '#1565c0',
  accent: '#ef6c00',
} as const;
export const LEVELS = ['初级', '中级', '高级'] as const;
const LEVEL_COLORS = ['#90caf9', '#1e88e5', '#0d47a1'];

const base = (title: string): EChartsOption => ({
  title: { text: title, left: 'center', top: 6, textStyle: { fontSize: 15 } },
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
  // The plot shrinks until its tick labels and axis names fit inside the chart. containLabel made room for the
  // tick labels only: the name over a right-hand axis hung half past the chart's edge and was cut off.
  grid: { left: 8, right: 16, bottom: 8, top: 76, outerBoundsMode: 'same', outerBoundsContain: 'all' },
  legend: { top: 34 },
  animation: false,
});

export interface BranchCompliance {
  branch: string;
  held: number;
  missing: number;
  upcoming: number;
}

/** 三会一课 this quarter per branch: held / missing / upcoming obligations; branches with most missing first. */
export function complianceChart(rows: BranchCompliance[], periodLabel: string, show = 15): EChartsOption {
  const top = [...rows]
    .sort((a, b) => b.missing - a.missing || a.held - b.held || a.branch.localeCompare(b.branch, 'zh'))
    .slice(0, show)
    .reverse();
  const series = (name: string, key: 'held' | 'missing' | 'upcoming', color: string) => ({
    name,
    type: 'bar' as const,
    stack: 'all',
    itemStyle: { color },
    data: top.map((r) => r[key]),
  });
  return {
    ...base(`${periodLabel}三会一课落实情况${rows.length > show ? `（缺项最多的 ${show} 个支部）` : ''}`),
    xAxis: { type: 'value', minInterval: 1, name: '项' },
    yAxis: { type: 'category', data: top.map((r) => r.branch), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [
      series('已召开', 'held', CHART_COLORS.held),
      series('未召开', 'missing', CHART_COLORS.missing),
      series('待召开', 'upcoming', CHART_COLORS.upcoming),
    ],
  };
}

export interface ExpiringBucket {
  /** e.g. `12月1日起` */
  label: string;
  byLevel: Record<(typeof LEVELS)[number], number>;
}

/** Certificates expiring within the next 60 days, by week and level. */
export function expiringCertificatesChart(buckets: ExpiringBucket[]): EChartsOption {
  return {
    ...base('60 天内到期的持证'),
    xAxis: { type: 'category', data: buckets.map((b) => b.label) },
    yAxis: { type: 'value', minInterval: 1, name: '张' },
    series: LEVELS.map((level, i) => ({
      name: level,
      type: 'bar' as const,
      stack: 'all',
      itemStyle: { color: LEVEL_COLORS[i] },
      data: buckets.map((b) => b.byLevel[level]),
    })),
  };
}

export interface ActivityDay {
  /** `MM-DD` */
  day: string;
  answers: number;
  members: number;
}

/** Practice over the last 30 days: answers given and members who practised, per day. */
export function practiceActivityChart(days: ActivityDay[]): EChartsOption {
  return {
    ...base('近 30 天练习情况'),
    xAxis: { type: 'category', data: days.map((d) => d.day) },
    yAxis: [
      { type: 'value', name: '答题数', minInterval: 1 },
      { type: 'value', name: '人数', minInterval: 1 },
    ],
    series: [
      { name: '答题数', type: 'bar', itemStyle: { color: CHART_COLORS.secondary }, data: days.map((d) => d.answers) },
      { name: '练习人数', type: 'line', yAxisIndex: 1, itemStyle: { color: CHART_COLORS.accent }, data: days.map((d) => d.members) },
    ],
  };
}

export interface LevelRate {
  level: string;
  total: number;
  passed: number;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/** Mock-exam pass rate per level, with the number of exams in the label; a level nobody took has no bar (not 0%). */
export function examPassRateChart(levels: LevelRate[]): EChartsOption {
  return {
    ...base('模拟考试通过率'),
    xAxis: { type: 'category', data: levels.map((l) => (l.total === 0 ? `${l.level}（无人参加）` : `${l.level}（${l.total} 次）`)) },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: '通过率',
        type: 'bar',
        itemStyle: { color: CHART_COLORS.primary },
        label: { show: true, position: 'top', formatter: '{c}%' },
        data: levels.map((l) => (l.total === 0 ? null : percent(l.passed, l.total))),
      },
    ],
  };
}

export interface NamedAccuracy {
  name: string;
  correct: number;
  answers: number;
}

/** Accuracy per branch or member, highest first. */
export function accuracyChart(title: string, rows: NamedAccuracy[], show = 15): EChartsOption {
  const top = [...rows]
    .sort((a, b) => percent(b.correct, b.answers) - percent(a.correct, a.answers))
    .slice(0, show)
    .reverse();
  return {
    ...base(title),
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: top.map((r) => r.name), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [
      { name: '正确率', type: 'bar', itemStyle: { color: CHART_COLORS.secondary }, data: top.map((r) => percent(r.correct, r.answers)) },
    ],
  };
}

export interface LevelReadiness {
  level: string;
  /** Members who practised this level. */
  practising: number;
  /** Of them, those whose accuracy reached the pass mark. */
  ready: number;
}

/** Readiness per level: of the members practising a level, how many are at the pass mark. */
export function readinessChart(levels: LevelReadiness[], passMark: number): EChartsOption {
  return {
    ...base(`各等级备考情况（正确率达到 ${passMark}% 视为就绪）`),
    xAxis: { type: 'category', data: levels.map((l) => l.level) },
    yAxis: { type: 'value', minInterval: 1, name: '人' },
    series: [
      { name: '就绪', type: 'bar', stack: 'all', itemStyle: { color: CHART_COLORS.held }, data: levels.map((l) => l.ready) },
      {
        name: '未就绪',
        type: 'bar',
        stack: 'all',
        itemStyle: { color: CHART_COLORS.upcoming },
        data: levels.map((l) => l.practising - l.ready),
      },
    ],
  };
}

export interface TrendPoint {
  /** e.g. `11月第2周` or `2026-11-09` */
  label: string;
  correct: number;
  answers: number;
}

/** Weekly accuracy trend with answer volume; a week without answers is a gap in the line, not 0%. */
export function accuracyTrendChart(points: TrendPoint[]): EChartsOption {
  return {
    ...base('正确率趋势（按周）'),
    xAxis: { type: 'category', data: points.map((p) => p.label) },
    yAxis: [
      { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      { type: 'value', name: '答题数', minInterval: 1 },
    ],
    series: [
      {
        name: '正确率',
        type: 'line',
        itemStyle: { color: CHART_COLORS.primary },
        data: points.map((p) => (p.answers === 0 ? null : percent(p.correct, p.answers))),
      },
      { name: '答题数', type: 'bar', yAxisIndex: 1, itemStyle: { color: '#cfd8dc' }, data: points.map((p) => p.answers) },
    ],
  };
}

export interface TicketFigures {
  /** A category, a member or a branch. */
  label: string;
  onSpot: number;
  onTime: number;
  late: number;
  overdue: number;
  open: number;
}

/** 民情工单 by category (or member, branch): solved on the spot, finished on time, finished late, overdue, open. */
export function ticketsChart(rows: TicketFigures[], title: string, show = 15): EChartsOption {
  const top = rows.slice(0, show).reverse();
  const series = (name: string, key: keyof Omit<TicketFigures, 'label'>, color: string) => ({
    name,
    type: 'bar' as const,
    stack: 'all',
    itemStyle: { color },
    data: top.map((r) => r[key]),
  });
  return {
    ...base(title),
    xAxis: { type: 'value', minInterval: 1, name: '件' },
    yAxis: { type: 'category', data: top.map((r) => r.label), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [
      series('当场解决', 'onSpot', CHART_COLORS.secondary),
      series('按期办结', 'onTime', CHART_COLORS.held),
      series('超期办结', 'late', CHART_COLORS.accent),
      series('逾期未办结', 'overdue', CHART_COLORS.missing),
      series('办理中', 'open', CHART_COLORS.upcoming),
    ],
  };
}
