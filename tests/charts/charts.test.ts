import { describe, expect, it } from 'vitest';
import { accuracyChart, accuracyTrendChart, complianceChart, examPassRateChart, readinessChart } from '../../bot/charts';

/** The chart definitions are plain data → ECharts option functions (no DOM), shared by the console and chat images. */
describe('chart definitions', () => {
  it('shows the branches with most missing meetings first, limited to the requested number', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ branch: `第${i + 1}支部`, held: 10 - (i % 10), missing: i % 7, upcoming: 1 }));
    const option = complianceChart(rows, '2026年第四季度', 5) as {
      title: { text: string };
      yAxis: { data: string[] };
      series: { name: string; data: number[] }[];
    };
    expect(option.title.text).toBe('2026年第四季度三会一课落实情况（缺项最多的 5 个支部）');
    // Bars are drawn bottom-up, so the worst branch is last: most missing (6), then fewest held (第28支部 held 3).
    expect(option.yAxis.data.at(-1)).toBe('第28支部');
    expect(option.yAxis.data).toHaveLength(5);
    expect(option.series.map((s) => s.name)).toEqual(['已召开', '未召开', '待召开']);
    expect(option.series[1]!.data.at(-1)).toBe(6);
    expect(JSON.parse(JSON.stringify(option))).toEqual(option);
  });

  it('computes pass rates and accuracy as percentages, and readiness as ready plus not ready', () => {
    const exams = examPassRateChart([
      { level: '初级', total: 8, passed: 6 },
      { level: '中级', total: 0, passed: 0 },
    ]) as { xAxis: { data: string[] }; series: { data: number[] }[] };
    // Nobody took 中级: no bar, not a 0% one.
    expect(exams.xAxis.data).toEqual(['初级（8 次）', '中级（无人参加）']);
    expect(exams.series[0]!.data).toEqual([75, null]);
    const accuracy = accuracyChart('正确率', [
      { name: '甲', correct: 1, answers: 3 },
      { name: '乙', correct: 9, answers: 10 },
    ]) as { yAxis: { data: string[] }; series: { data: number[] }[] };
    expect(accuracy.yAxis.data).toEqual(['甲', '乙']);
    expect(accuracy.series[0]!.data).toEqual([33.3, 90]);
    const ready = readinessChart([{ level: '高级', practising: 10, ready: 4 }], 80) as { series: { data: number[] }[] };
    expect(ready.series.map((s) => s.data[0])).toEqual([4, 6]);
  });

  it('leaves a gap in the accuracy trend for a week without answers', () => {
    const trend = accuracyTrendChart([
      { label: '11月2日', correct: 3, answers: 4 },
      { label: '11月9日', correct: 0, answers: 0 },
      { label: '11月16日', correct: 0, answers: 2 },
    ]) as { series: { data: (number | null)[] }[] };
    expect(trend.series[0]!.data).toEqual([75, null, 0]);
    expect(trend.series[1]!.data).toEqual([4, 0, 2]);
  });
});
