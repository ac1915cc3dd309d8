import { html } from 'hono/html';
import { accuracyChart } from '../../bot';
import type { BranchDetail, BranchSummary } from '../data';
import { chart, type Html, type PageContext, page, percentText, table, zoneWords } from './layout';
import { warningsTable } from './warnings';

const complianceCell = (b: Pick<BranchSummary, 'held' | 'missing' | 'upcoming'>) =>
  html`<span class="ok">已开 ${b.held}</span> · <span class="${b.missing ? 'bad' : ''}">未开 ${b.missing}</span> · <span class="muted">待开 ${b.upcoming}</span>`;

export function branchListPage(ctx: PageContext, branches: BranchSummary[], search: string, periodLabel: string): Html {
  const query = search ? `?q=${encodeURIComponent(search)}` : '';
  return page(
    ctx,
    '支部',
    html`<form method="get" action="/branches" class="toolbar">
  <input type="search" name="q" value="${search}" placeholder="按支部名称搜索">
  <button type="submit">搜索</button>
  <span class="spacer"></span>
  <a class="button" href="/branches/export.xlsx${query}">导出 Excel</a>
  <a class="button" href="/branches/export.csv${query}">导出 CSV</a>
</form>
<p class="muted">${periodLabel}三会一课落实情况，共 ${branches.length} 个支部。</p>
${table(
  ['支部', '书记', '成员', '落实情况'],
  branches.map(
    (b) =>
      html`<tr><td><a href="/branches/${b.id}">${b.branch}</a></td><td>${b.secretary}</td><td>${b.members}</td><td>${complianceCell(b)}</td></tr>`,
  ),
)}`,
  );
}

/**
 * Bodies drawn once per cached detail: sessions looking at the same branch differ only in the page's header. Only
 * the most recently drawn are kept (a drawn page holds ~70 KB; every branch of a county would hold tens of MB).
 */
const drawn = new Map<BranchDetail, Html>();
const DRAWN_KEPT = 64;

export function branchDetailPage(ctx: PageContext, d: BranchDetail): Html {
  let body = drawn.get(d);
  if (body)
    drawn.delete(d); // re-inserted below: the map's order is the order of last use
  else body = branchDetailBody(d);
  drawn.set(d, body);
  if (drawn.size > DRAWN_KEPT) drawn.delete(drawn.keys().next().value!);
  return page(ctx, d.summary.branch, body, { charts: d.members.some((m) => m.answers > 0) });
}

function branchDetailBody(d: BranchDetail): Html {
  const b = d.summary;
  return html`<p><a href="/branches">← 全部支部</a> · 书记：${b.secretary} · 成员 ${b.members} 人 · 本季度：${complianceCell(b)}</p>
<p class="toolbar"><a class="button" href="/branches/${b.id}/export.xlsx">导出 Excel</a> <a class="button" href="/branches/${b.id}/export.csv">导出 CSV</a></p>
<h2>会议安排</h2>
${table(
  ['会议', '时间', '下一次'],
  d.schedules.map(
    (s) =>
      html`<tr><td>${s.typeName}</td><td>${s.description}（${zoneWords(s.zone)}）</td><td>${s.next ?? '—'}${s.movedFrom ? `（原定 ${s.movedFrom.date}，${s.movedFrom.reason}）` : ''}</td></tr>`,
  ),
)}
<h2>按季度落实情况</h2>
${table(
  ['季度', '已召开', '未召开', '待召开', '说明'],
  d.history.map((h) =>
    h.held + h.missing + h.upcoming === 0 && h.before > 0
      ? html`<tr class="before"><td>${h.label}</td><td>—</td><td>—</td><td>—</td><td class="muted">本支部从 ${h.recordsFrom} 开始在助手里记录，此前不计</td></tr>`
      : html`<tr><td>${h.label}</td><td>${h.held}</td><td class="${h.missing ? 'bad' : ''}">${h.missing}</td><td>${h.upcoming}</td><td class="muted">${
          h.before > 0 ? `${h.recordsFrom} 开始记录之前的 ${h.before} 项不计` : ''
        }</td></tr>`,
  ),
)}
<h2>会议记录</h2>
${table(
  ['日期', '会议', '出席', '议题', '登记人'],
  d.records.map(
    (r) => html`<tr><td>${r.heldOn}</td><td>${r.type}</td><td>${r.attendance}</td><td>${r.topic}</td><td>${r.recordedBy}</td></tr>`,
  ),
)}
<h2 id="warnings">五不预警</h2>
${warningsTable(d.warnings, false)}
<h2>成员</h2>
${
  d.members.some((m) => m.answers > 0)
    ? chart(
        accuracyChart(
          '成员近 90 天正确率',
          d.members.filter((m) => m.answers > 0),
        ),
        'chart-members',
      )
    : ''
}
${table(
  ['姓名', '持证', '近 90 天答题', '正确率', '接收提醒'],
  d.members.map(
    (m) =>
      html`<tr><td>${m.name}</td><td>${m.certificate || '—'}</td><td>${m.answers}</td><td>${percentText(m.correct, m.answers)}</td><td>${m.optIn ? '是' : '否'}</td></tr>`,
  ),
)}`;
}
