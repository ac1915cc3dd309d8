import { html } from 'hono/html';
import { accuracyChart, type BoundChat, type ConsoleBindRequest } from '../../bot';
import type { BranchDetail, BranchSummary } from '../data';
import { chart, csrfField, type Html, type PageContext, page, percentText, table, zoneWords } from './layout';
import { warningsTable } from './warnings';

const complianceCell = (b: Pick<BranchSummary, 'held' | 'missing' | 'upcoming'>) =>
  html`<span class="ok">已开 ${b.held}</span> · <span class="${b.missing ? 'bad' : ''}">未开 ${b.missing}</span> · <span class="muted">待开 ${b.upcoming}</span>`;

/** A bound chat as people know it: the group's title, or whose private chat it is; never a platform id. */
export const chatName = (chat: Pick<BoundChat, 'kind' | 'title'>) =>
  chat.kind === 'private' ? `${chat.title ?? '书记'}的私聊` : (chat.title ?? '未命名的群');

/** Who binds what: the chats bound to each branch, and chats waiting to join one. */
export interface Bindings {
  chats: Map<number, BoundChat[]>;
  requests: ConsoleBindRequest[];
}

export function branchListPage(
  ctx: PageContext,
  branches: BranchSummary[],
  search: string,
  periodLabel: string,
  bindings: Bindings = { chats: new Map(), requests: [] },
): Html {
  const query = search ? `?q=${encodeURIComponent(search)}` : '';
  return page(
    ctx,
    '支部',
    html`${bindRequests(ctx, bindings.requests)}<form method="get" action="/branches" class="toolbar">
  <input type="search" name="q" value="${search}" placeholder="按支部名称搜索">
  <button type="submit">搜索</button>
  <span class="spacer"></span>
  <a class="button" href="/branches/export.xlsx${query}">导出 Excel</a>
  <a class="button" href="/branches/export.csv${query}">导出 CSV</a>
</form>
<p class="muted">${periodLabel}三会一课落实情况，共 ${branches.length} 个支部。</p>
${table(
  ['支部', '书记', '成员', '落实情况', '绑定的群'],
  branches.map(
    (b) =>
      html`<tr><td><a href="/branches/${b.id}">${b.branch}</a></td><td>${b.secretary}</td><td>${b.members}</td><td>${complianceCell(b)}</td><td class="bound-chats">${(bindings.chats.get(b.id) ?? []).map(chatName).join('、') || '（未绑定）'}</td></tr>`,
  ),
)}`,
  );
}

/** Chats asking to join an existing branch: an organisation account may approve or refuse them here. */
function bindRequests(ctx: PageContext, requests: ConsoleBindRequest[]): Html | string {
  if (requests.length === 0) return '';
  const org = ctx.account.role === 'org';
  return html`<section id="bind-requests">
<h2>待确认的绑定申请（${requests.length}）</h2>
<p class="muted">这些群用已有支部的名称发送了“绑定支部”。支部书记在支部群里回复“同意 编号”${org ? '或在这里批准' : ''}之前，它们没有绑定，看不到也改不了该支部的任何内容。</p>
${table(
  org ? ['编号', '申请的群', '申请人', '要绑定到', '操作'] : ['编号', '申请的群', '申请人', '要绑定到'],
  requests.map(
    (r) =>
      html`<tr><td>${r.id}</td><td>${r.chat ?? '未命名的群'}</td><td>${r.requester ?? '—'}</td><td><a href="/branches/${r.branchId}">${r.branch}</a></td>${
        org
          ? html`<td><form method="post" action="/branches/requests/${r.id}/approve" class="inline">${csrfField(ctx.csrf)}<button type="submit">批准</button></form> <form method="post" action="/branches/requests/${r.id}/refuse" class="inline">${csrfField(ctx.csrf)}<button type="submit">拒绝</button></form></td>`
          : ''
      }</tr>`,
  ),
)}
</section>`;
}

/** The chats bound to one branch; an organisation account may unbind one (after a confirmation page). */
export function boundChatsSection(ctx: PageContext, branchId: number, chats: BoundChat[]): Html {
  const org = ctx.account.role === 'org';
  return html`<section id="bound-chats">
<h2>绑定的群</h2>
${table(
  org ? ['群', '绑定时间', '操作'] : ['群', '绑定时间'],
  chats.map(
    (c) =>
      html`<tr><td>${chatName(c)}${c.home ? html` <span class="muted">（建立支部的群）</span>` : ''}</td><td>${c.boundAt.slice(0, 10)}</td>${
        org ? html`<td><a class="button" href="/branches/${branchId}/unbind?chat=${encodeURIComponent(c.chatKey)}">解除绑定</a></td>` : ''
      }</tr>`,
  ),
)}
</section>`;
}

/** Asks before unbinding: the chat will no longer act for the branch nor hear its reminders. */
export function unbindConfirmPage(ctx: PageContext, branch: string, branchId: number, chat: BoundChat): Html {
  return page(
    ctx,
    '解除绑定',
    html`<p>确定要解除“${chatName(chat)}”与“${branch}”的绑定吗？</p>
<p class="muted">解除后，这个群不再代表该支部：群里发的指令不再作用于该支部，该支部的会议提醒也不再发到这个群。支部的会议记录和成员都保留。这个群以后可以重新发送“绑定支部 名称”。</p>
<form method="post" action="/branches/${branchId}/unbind">
  ${csrfField(ctx.csrf)}
  <input type="hidden" name="chat" value="${chat.chatKey}">
  <button type="submit">确认解除绑定</button>
  <a href="/branches/${branchId}">取消</a>
</form>`,
  );
}

/**
 * Bodies drawn once per cached detail: sessions looking at the same branch differ only in the page's header. Only
 * the most recently drawn are kept (a drawn page holds ~70 KB; every branch of a county would hold tens of MB).
 */
const drawn = new Map<BranchDetail, Html>();
const DRAWN_KEPT = 64;

export function branchDetailPage(ctx: PageContext, d: BranchDetail, chats?: BoundChat[]): Html {
  let body = drawn.get(d);
  if (body)
    drawn.delete(d); // re-inserted below: the map's order is the order of last use
  else body = branchDetailBody(d);
  drawn.set(d, body);
  if (drawn.size > DRAWN_KEPT) drawn.delete(drawn.keys().next().value!);
  // The chats are drawn per request: an organisation account's unbind links are its own.
  const full = chats ? html`${body}${boundChatsSection(ctx, d.summary.id, chats)}` : body;
  return page(ctx, d.summary.branch, full, { charts: d.members.some((m) => m.answers > 0) });
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
