import { html } from 'hono/html';
import { type CertificateEntry, type CertificateFilter, certificateStatusName, LEVELS } from '../data';
import { type Html, type PageContext, page, table } from './layout';

const STATUSES = ['active', 'expired', 'revoked', 'superseded'] as const;

export function certificatesPage(ctx: PageContext, list: CertificateEntry[], filter: CertificateFilter, query: string): Html {
  const option = (value: string, label: string, selected: boolean) =>
    html`<option value="${value}" ${selected ? 'selected' : ''}>${label}</option>`;
  return page(
    ctx,
    '持证上岗',
    html`<form method="get" action="/certificates" class="toolbar">
  <select name="level" aria-label="等级">${option('', '全部等级', !filter.level)}${LEVELS.map((l) => option(l, l, filter.level === l))}</select>
  <select name="status" aria-label="状态">${option('', '全部状态', !filter.status)}${STATUSES.map((s) => option(s, certificateStatusName(s), filter.status === s))}</select>
  <select name="within" aria-label="到期">${option('', '不限到期', filter.within === undefined)}${[30, 60, 90].map((d) => option(String(d), `${d} 天内到期`, filter.within === d))}</select>
  <button type="submit">筛选</button>
  <span class="spacer"></span>
  <a class="button" href="/certificates/export.xlsx${query}">导出 Excel</a>
  <a class="button" href="/certificates/export.csv${query}">导出 CSV</a>
</form>
<p class="muted">共 ${list.length} 张证书。</p>
${table(
  ['姓名', '支部', '等级', '证书编号', '发证日期', '有效期至', '状态'],
  list.map(
    (c) =>
      html`<tr><td>${c.name}</td><td>${c.branch}</td><td>${c.level}</td><td>${c.number}</td><td>${c.issuedOn}</td><td class="${c.status === 'active' && c.daysLeft <= 60 ? 'bad' : ''}">${c.expiresOn}${c.status === 'active' ? `（${c.daysLeft} 天）` : ''}</td><td>${certificateStatusName(c.status)}</td></tr>`,
  ),
)}`,
  );
}
