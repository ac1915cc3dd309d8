import { html } from 'hono/html';
import { accuracyChart, accuracyTrendChart, readinessChart } from '../../bot';
import { type Learning, READY_PERCENT } from '../data';
import { chart, type Html, type PageContext, page, percentText, table } from './layout';

export function learningPage(ctx: PageContext, l: Learning): Html {
  return page(
    ctx,
    '学习情况',
    html`<p class="muted">近 90 天的练习、每日一练和模拟考试答题。</p>
<section class="charts">
  ${chart(accuracyChart('各支部正确率', l.branches), 'chart-branch-accuracy')}
  ${chart(readinessChart(l.readiness, READY_PERCENT), 'chart-readiness')}
  ${chart(accuracyTrendChart(l.trend), 'chart-trend')}
</section>
<h2>各支部</h2>
${table(
  ['支部', '答题数', '正确率'],
  [...l.branches]
    .sort((a, b) => b.answers - a.answers)
    .map((b) => html`<tr><td>${b.name}</td><td>${b.answers}</td><td>${percentText(b.correct, b.answers)}</td></tr>`),
)}
<h2>党员（答题最多的 100 人）</h2>
${table(
  ['姓名', '支部', '答题数', '正确率'],
  l.members
    .slice(0, 100)
    .map((m) => html`<tr><td>${m.name}</td><td>${m.branch}</td><td>${m.answers}</td><td>${percentText(m.correct, m.answers)}</td></tr>`),
)}`,
    { charts: true },
  );
}
