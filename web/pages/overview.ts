import { html } from 'hono/html';
import { complianceChart, examPassRateChart, expiringCertificatesChart, practiceActivityChart } from '../../bot';
import type { Overview, Warnings } from '../data';
import { beijing, chart, type Html, type PageContext, page } from './layout';
import { warningsTable } from './warnings';

/**
 * The body drawn once per pair of figures: they are cached, and each session only changes the page's header.
 * Drawing it (a chart of every branch, a hundred warnings) cost more than everything else a request does.
 */
const drawn = new WeakMap<Overview, { warnings: Warnings; zone: string; body: Html }>();

export function overviewPage(ctx: PageContext, o: Overview, w: Warnings, zone: string): Html {
  let kept = drawn.get(o);
  if (!kept || kept.warnings !== w || kept.zone !== zone) drawn.set(o, (kept = { warnings: w, zone, body: overviewBody(o, w, zone) }));
  return page(ctx, '总览', kept.body, { charts: true });
}

function overviewBody(o: Overview, w: Warnings, zone: string): Html {
  const certified = Object.values(o.certifiedByLevel).reduce((a, b) => a + b, 0);
  const missingBranches = o.compliance.filter((b) => b.missing > 0).length;
  return html`<section class="cards">
  <div class="card"><b>${o.branches}</b><span>支部</span></div>
  <div class="card"><b>${o.members}</b><span>使用助手的党员</span></div>
  <div class="card"><b>${certified}</b><span>持证（初级 ${o.certifiedByLevel['初级'] ?? 0} · 中级 ${o.certifiedByLevel['中级'] ?? 0} · 高级 ${o.certifiedByLevel['高级'] ?? 0}）</span></div>
  <div class="card ${missingBranches ? 'warn' : ''}"><b>${missingBranches}</b><span>${o.period.label}有未召开会议的支部</span></div>
  <div class="card ${w.lapse ? 'warn' : ''}" id="card-warnings"><b>${w.watch + w.lapse}</b><span>五不预警（满6个月 ${w.lapse} · 关注 ${w.watch}）</span></div>
</section>
<section class="charts">
  ${chart(complianceChart(o.compliance, o.period.label), 'chart-compliance')}
  ${chart(expiringCertificatesChart(o.expiring), 'chart-expiring')}
  ${chart(practiceActivityChart(o.activity), 'chart-activity')}
  ${chart(examPassRateChart(o.exams), 'chart-exams')}
</section>
<h2 id="warnings">五不预警（截至 ${w.asOf}）</h2>
${warningsTable(w.signals, true)}
<p class="muted">数据更新于 ${beijing(o.computedAt.toISOString(), zone)}（北京时间，最多缓存 30 秒）。</p>`;
}
