import type { Context, Hono } from 'hono';
import { html, raw } from 'hono/html';
import {
  createRemindersStores,
  createTicketConsole,
  type Storage,
  TICKET_CATEGORIES,
  TICKET_EVENT_WORDS,
  TICKET_STATUS_NAMES,
  type TicketConsoleFigures,
  type TicketConsoleFilter,
  type TicketFiguresBase,
  type TicketHistoryEntry,
  type TicketListEntry,
  ticketFiguresFrom,
  ticketFilesWords,
  ticketsChart,
} from '../../bot';
import type { Scope } from '../data';
import type { Cell } from '../exports';
import { beijing, chart, type Html, notice, type PageContext, page, table } from './layout';

/**
 * 民情工单 in the console: figures per branch and per category over a period, filters, the latest 工单 of the
 * selection, one 工单's history, and exports. A branch account sees its own branches only (the queries take the
 * account's branch ids); phone numbers are masked except for organisation accounts, and in exports unless an
 * organisation account asks for them (`phone=full`).
 */

const PERIODS = { month: '本月', quarter: '本季度', year: '本年' } as const;
type PeriodKey = keyof typeof PERIODS;
const STATUS_FILTERS = { open: '办理中', overdue: '逾期未办结', done: '已办结', spot: '当场解决' } as const;
const LIST_LIMIT = 50;
/** Branches listed by default (most overdue first); `branches=all` lists every one. */
const BRANCH_ROWS = 50;
const EXPORT_LIMIT = 100_000;
const FIGURES_TTL_MS = 30_000;
const KEEP_MS = 5 * 60_000;
/**
 * Views kept at most. A drawn page over 500 branches carries their selector and table, so a view is far more than a
 * few kB: 2,000 of them grew the bench's server to 0.8–1.1 GB. 200 still hold what a department looks at in a
 * sitting (each status and category over the whole organisation, and the branches opened).
 */
const KEPT_VIEWS = 200;

interface View {
  filter: TicketConsoleFilter;
  period: PeriodKey;
  periodLabel: string;
  today: string;
  /** The list's page: the 工单 recorded before this one (`before`), or the newest. */
  before?: number;
  /** Every branch in the by-branch table (`branches=all`), not the 50 with most overdue. */
  allBranches: boolean;
  /**
   * The request's query as the page understood it (`?period=…&status=…`, fixed order, empty and unknown parameters
   * left out): what the page's links carry and what its kept body is keyed by, so a query string nobody asked for
   * before (`?status=open&x=1`) is the view already kept, not another one to draw.
   */
  query: string;
}

export interface TicketRouteDeps {
  storage: Storage;
  now: () => Date;
  zone: string;
  send(c: Context<any>, body: Html, status?: 404 | 200): Response | Promise<Response>;
  pageContext(c: Context<any>): PageContext;
  download(c: Context<any>, format: 'xlsx' | 'csv', name: string, sheet: string, headers: string[], rows: Cell[][]): Promise<Response>;
}

/** Registers /tickets, /tickets/export.(xlsx|csv) and /tickets/:id on the console's app (after its session check). */
export function registerTicketRoutes(app: Hono<any>, deps: TicketRouteDeps): void {
  const queries = createTicketConsole(deps.storage);
  const branchStore = createRemindersStores(deps.storage).branches;
  let names: { at: number; map: Map<number, string> } | undefined;
  const branchNames = async () => {
    const now = Date.now();
    if (!names || now - names.at > FIGURES_TTL_MS) names = { at: now, map: new Map((await branchStore.all()).map((b) => [b.id, b.name])) };
    return names.map;
  };
  const cache = new Map<string, { at: number; revision: number; value: Promise<unknown>; settled: boolean }>();
  // The branch selector's options (500 for an organisation account), drawn and escaped once per reading of the
  // branch names and account scope, not on every view: drawing them was most of an uncached page's own CPU.
  const selectors = new WeakMap<Map<number, string>, Map<string, string>>();
  const branchOptions = (map: Map<number, string>, ids: number[] | undefined) => {
    let byScope = selectors.get(map);
    if (!byScope) selectors.set(map, (byScope = new Map()));
    const key = ids?.join(',') ?? 'all';
    let drawn = byScope.get(key);
    if (drawn === undefined) {
      const visible = ids ? [...map].filter(([id]) => ids.includes(id)) : [...map];
      drawn = String(html`${visible.map(([id, name]) => html`<option value="${id}">${name}</option>`)}`);
      byScope.set(key, drawn);
    }
    return drawn;
  };

  // Built once: a formatter costs a millisecond to make, on every request otherwise.
  const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: deps.zone, timeZoneName: 'longOffset' });
  const dateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: deps.zone });
  const offset = () => {
    // The zone's offset now (+08:00 for 北京时间), for turning local dates into stored instants.
    const name = offsetFormat.formatToParts(deps.now()).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    return name === 'GMT' ? '+00:00' : name.replace('GMT', '');
  };
  const todayOf = () => dateFormat.format(deps.now());

  const scopeIds = (c: Context<any>): number[] | undefined => {
    const scope = c.get('scope') as Scope;
    return scope.kind === 'all' ? undefined : scope.ids;
  };
  const isOrg = (c: Context<any>) => deps.pageContext(c).account.role === 'org';

  /** The filter the request asks for (without a request: the default view, this year over the account's branches). */
  function viewOf(c: Context<any> | undefined): View {
    const param = (name: string) => c?.req.query(name) ?? '';
    const today = todayOf();
    const [y, m] = today.split('-').map(Number) as [number, number];
    const period = (Object.hasOwn(PERIODS, param('period')) ? param('period') : 'year') as PeriodKey;
    const firstMonth = period === 'month' ? m : period === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : 1;
    const lastMonth = period === 'month' ? m : period === 'quarter' ? firstMonth + 2 : 12;
    const pad = (n: number) => String(n).padStart(2, '0');
    const lastDay = new Date(Date.UTC(y, lastMonth, 0)).getUTCDate();
    const branch = Number(param('branch'));
    const category = param('category');
    const status = param('status');
    const before = Number(param('before'));
    const filter: TicketConsoleFilter = {
      from: `${y}-${pad(firstMonth)}-01`,
      to: `${y}-${pad(lastMonth)}-${pad(lastDay)}`,
      ...(Number.isSafeInteger(branch) && branch > 0 ? { branchId: branch } : {}),
      ...((TICKET_CATEGORIES as readonly string[]).includes(category) ? { category } : {}),
      ...(Object.hasOwn(STATUS_FILTERS, status) ? { status: status as TicketConsoleFilter['status'] } : {}),
    };
    const allBranches = param('branches') === 'all';
    const query = new URLSearchParams([
      ...(Object.hasOwn(PERIODS, param('period')) ? [['period', period]] : []),
      ...(filter.branchId !== undefined ? [['branch', String(filter.branchId)]] : []),
      ...(filter.category ? [['category', filter.category]] : []),
      ...(filter.status ? [['status', filter.status]] : []),
      ...(allBranches ? [['branches', 'all']] : []),
    ]).toString();
    return {
      today,
      period,
      ...(Number.isSafeInteger(before) && before > 0 ? { before } : {}),
      allBranches,
      query: query ? `?${query}` : '',
      periodLabel:
        period === 'month' ? `${y}年${m}月` : period === 'quarter' ? `${y}年第${'一二三四'[(firstMonth - 1) / 3]}季度` : `${y}年`,
      filter,
    };
  }

  /**
   * A view (figures, the latest 工单, the drawn body) is kept while no 工单 changed ({@link TicketConsole.revision})
   * and for at most five minutes (the date is in the key: what is overdue moves with it). Past the time limit the
   * kept view is still shown while a fresh one is computed (the figures come from counts kept with every change,
   * a few thousand rows over all 500 branches, plus the open 工单 not yet overdue); after a change the fresh one is waited for, so a page never shows figures older than the last write.
   */
  async function kept<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const revision = await queries.revision();
    const now = Date.now();
    const entry = cache.get(key);
    if (entry) {
      // Least recently used first in the map's order: a view looked at moves to the end.
      cache.delete(key);
      cache.set(key, entry);
    }
    if (entry && entry.revision === revision && now - entry.at < KEEP_MS) return entry.value as Promise<T>;
    // Forget the views looked at longest ago, not all of them: 500 branches' pages in turn must not drop the
    // figures over every branch, the dearest to compute again.
    for (const oldest of cache.keys()) {
      if (cache.size < KEPT_VIEWS) break;
      cache.delete(oldest);
    }
    const value = compute();
    if (entry?.settled && entry.revision === revision) {
      entry.at = now;
      value.then(
        (fresh) => cache.set(key, { at: Date.now(), revision, value: Promise.resolve(fresh), settled: true }),
        () => {},
      );
      return entry.value as Promise<T>;
    }
    const fresh = { at: now, revision, value: value as Promise<unknown>, settled: false };
    value.then(
      () => (fresh.settled = true),
      () => cache.get(key) === fresh && cache.delete(key),
    );
    cache.set(key, fresh);
    return value;
  }

  /**
   * The bases of the figures (TicketConsole.base), one per period, date and account scope: the 84 filters of an
   * organisation account and its 500 branches' pages share three, instead of a query each. After a 工单 changes, a
   * base is brought up to date from the branches that changed (TicketConsole.refresh), not read again over the
   * whole county; the time limit still reads it all again (in the background, the kept one shown meanwhile).
   */
  const bases = new Map<string, { at: number; revision: number; value: Promise<TicketFiguresBase>; settled: boolean }>();
  async function baseOf(ids: number[] | undefined, view: View): Promise<TicketFiguresBase> {
    const { from, to } = view.filter;
    const key = JSON.stringify([ids ?? 'all', from, to, view.today]);
    const revision = await queries.revision();
    const now = Date.now();
    const entry = bases.get(key);
    if (entry) {
      bases.delete(key);
      bases.set(key, entry);
    }
    if (entry && entry.revision === revision && now - entry.at < KEEP_MS) return entry.value;
    for (const oldest of bases.keys()) {
      if (bases.size < KEPT_VIEWS) break;
      bases.delete(oldest);
    }
    const whole = () => queries.base(ids, { from, to }, view.today, offset());
    if (entry?.settled && now - entry.at >= KEEP_MS) {
      // Past the time limit: read again in the background; a change meanwhile waits for the fresh one.
      const value = whole();
      const fresh = { at: now, revision, value, settled: false };
      value.then(
        () => (fresh.settled = true),
        () => {},
      );
      if (entry.revision === revision) {
        entry.at = now;
        value.then(
          () => bases.get(key) === entry && bases.set(key, fresh),
          () => {},
        );
        return entry.value;
      }
      bases.set(key, fresh);
      return value;
    }
    const value = entry
      ? entry.value.then((base) => queries.refresh(base, entry.revision, ids, { from, to }, view.today, offset()))
      : whole();
    const fresh = { at: entry?.at ?? now, revision, value, settled: false };
    value.then(
      () => (fresh.settled = true),
      () => bases.get(key) === fresh && bases.delete(key),
    );
    bases.set(key, fresh);
    return value;
  }
  const figuresOf = async (ids: number[] | undefined, view: View) => ticketFiguresFrom(await baseOf(ids, view), view.filter);
  // The base of every branch for the year is what an organisation account opens first: computed now, in the
  // background, so the first visitor does not wait for it.
  figuresOf(undefined, viewOf(undefined)).catch(() => {});

  app.get('/tickets', async (c) => {
    const ids = scopeIds(c);
    const view = viewOf(c);
    if (ids && view.filter.branchId !== undefined && !ids.includes(view.filter.branchId)) return forbidden(c);
    const org = isOrg(c);
    const key = `page ${ids?.join(',') ?? 'all'} ${org} ${view.today} ${view.query} ${view.before ?? ''}`;
    const body = await kept(key, async () => {
      const [figures, list, map] = await Promise.all([
        figuresOf(ids, view),
        queries.list(ids, view.filter, view.today, offset(), {
          limit: LIST_LIMIT,
          fullPhone: org,
          ...(view.before !== undefined ? { before: view.before } : {}),
        }),
        branchNames(),
      ]);
      return ticketsBody({ view, figures, list, names: map, branchOptions: branchOptions(map, ids), org });
    });
    return deps.send(c, page(deps.pageContext(c), '民情工单', body, { charts: true }));
  });

  app.get('/tickets/:file{export\\.(?:xlsx|csv)}', async (c) => {
    const ids = scopeIds(c);
    const view = viewOf(c);
    if (ids && view.filter.branchId !== undefined && !ids.includes(view.filter.branchId)) return forbidden(c);
    const fullPhone = isOrg(c) && c.req.query('phone') === 'full';
    const [list, map] = await Promise.all([
      queries.list(ids, view.filter, view.today, offset(), { limit: EXPORT_LIMIT, fullPhone }),
      branchNames(),
    ]);
    const rows: Cell[][] = list.map((t) => [
      t.id,
      map.get(t.branchId) ?? '',
      beijing(t.createdAt, deps.zone),
      t.place,
      t.raiser,
      t.phone,
      t.content,
      t.category,
      t.holder,
      statusWords(t, view.today),
      t.dueOn,
      t.doneOn,
      t.satisfaction,
      t.score ?? '',
    ]);
    const format = c.req.param('file')?.endsWith('.csv') ? 'csv' : 'xlsx';
    return deps.download(c, format, `民情工单-${view.periodLabel}-${view.today}`, '民情工单', EXPORT_HEADERS, rows);
  });

  app.get('/tickets/:id{[0-9]+}', async (c) => {
    const id = Number(c.req.param('id'));
    const found = Number.isSafeInteger(id) ? await queries.ticket(scopeIds(c), id, isOrg(c)) : undefined;
    if (!found) return forbidden(c);
    const map = await branchNames();
    return deps.send(c, ticketPage(deps.pageContext(c), found, map.get(found.entry.branchId) ?? '', todayOf()));
  });

  const forbidden = (c: Context<any>) =>
    deps.send(c, page(deps.pageContext(c), '无权查看', notice('error', '没有这件工单或这个支部，或者您的账号无权查看它。')), 404);
}

const EXPORT_HEADERS = [
  '编号',
  '支部',
  '登记时间',
  '村/社区',
  '反映人',
  '电话',
  '问题',
  '类别',
  '责任人',
  '状态',
  '承诺期限',
  '办结日期',
  '回访',
  '评分',
];

function statusWords(t: TicketListEntry, today: string): string {
  if (t.onSpot) return '当场解决';
  if (t.status === 'open') return t.dueOn && t.dueOn < today ? '逾期未办结' : '办理中';
  return TICKET_STATUS_NAMES[t.status] ?? t.status;
}

const figureCells = (t: TicketConsoleFigures['totals']) =>
  html`<td>${t.issued}</td><td>${t.onSpot}</td><td>${t.onTime}</td><td>${t.late}</td><td class="${t.overdue ? 'bad' : ''}">${t.overdue}</td><td>${t.open}</td><td>${t.averageScore ?? '—'}</td>`;
const FIGURE_HEADERS = ['受理', '当场解决', '按期办结', '超期办结', '逾期未办结', '办理中', '回访平均分'];

interface PageData {
  view: View;
  figures: TicketConsoleFigures;
  list: TicketListEntry[];
  names: Map<number, string>;
  /** The branch selector's options, drawn once (`<option value="id">name</option>`), none selected. */
  branchOptions: string;
  org: boolean;
}

/** The page's own query string with the list's page changed: `before` the last 工单 shown, or none (the newest). */
function pageLink(query: string, before: number | undefined): string {
  const params = new URLSearchParams(query);
  params.delete('before');
  if (before !== undefined) params.set('before', String(before));
  const search = params.toString();
  return `/tickets${search ? `?${search}` : ''}`;
}

/** The page's body, drawn once per kept view (the header, with the account, is added per request). */
export function ticketsBody(d: PageData): Html {
  const { view, figures } = d;
  const query = view.query;
  const earlier = view.before !== undefined;
  const option = (value: string, label: string, selected: boolean) =>
    html`<option value="${value}" ${selected ? 'selected' : ''}>${label}</option>`;
  const sep = query ? '&' : '?';
  const byBranch = [...figures.byBranch].sort((a, b) => b.overdue - a.overdue || b.issued - a.issued || a.branchId - b.branchId);
  const chartRows = (rows: (TicketConsoleFigures['totals'] & { label: string })[]) => rows;
  const chosen = view.filter.branchId;
  const branchOptions =
    chosen === undefined ? d.branchOptions : d.branchOptions.replace(`<option value="${chosen}">`, `<option value="${chosen}" selected>`);
  return html`<form method="get" action="/tickets" class="toolbar">
  <select name="period" aria-label="时间">${(Object.keys(PERIODS) as PeriodKey[]).map((p) => option(p, PERIODS[p], view.period === p))}</select>
  <select name="branch" aria-label="支部">${option('', '全部支部', chosen === undefined)}${raw(branchOptions)}</select>
  <select name="category" aria-label="类别">${option('', '全部类别', !view.filter.category)}${TICKET_CATEGORIES.map((c) => option(c, c, view.filter.category === c))}</select>
  <select name="status" aria-label="状态">${option('', '全部状态', !view.filter.status)}${(Object.keys(STATUS_FILTERS) as (keyof typeof STATUS_FILTERS)[]).map((s) => option(s, STATUS_FILTERS[s], view.filter.status === s))}</select>
  <button type="submit">筛选</button>
  <span class="spacer"></span>
  <a class="button" href="/tickets/export.xlsx${query}">导出 Excel</a>
  <a class="button" href="/tickets/export.csv${query}">导出 CSV</a>
  ${d.org ? html`<a class="button" href="/tickets/export.xlsx${query}${sep}phone=full">导出（含完整电话）</a>` : ''}
</form>
<section class="cards">
  <div class="card"><b>${figures.totals.issued}</b><span>${view.periodLabel}受理</span></div>
  <div class="card"><b>${figures.totals.onSpot}</b><span>当场解决</span></div>
  <div class="card"><b>${figures.totals.onTime}</b><span>按期办结</span></div>
  <div class="card ${figures.totals.overdue ? 'warn' : ''}"><b>${figures.totals.overdue}</b><span>逾期未办结</span></div>
  <div class="card"><b>${figures.totals.open}</b><span>办理中</span></div>
  <div class="card"><b>${figures.totals.averageScore ?? '—'}</b><span>回访平均分</span></div>
</section>
<section class="charts">
  ${chart(ticketsChart(chartRows(figures.byCategory), `${view.periodLabel}民情工单（按类别）`), 'chart-tickets-category')}
  ${chart(
    ticketsChart(
      byBranch.map((b) => ({ ...b, label: d.names.get(b.branchId) ?? String(b.branchId) })),
      `${view.periodLabel}民情工单（逾期最多的支部）`,
    ),
    'chart-tickets-branch',
  )}
</section>
<h2>按类别</h2>
${table(
  ['类别', ...FIGURE_HEADERS],
  figures.byCategory.map((c) => html`<tr><td>${c.label}</td>${figureCells(c)}</tr>`),
)}
<h2>按支部${byBranch.length > BRANCH_ROWS && !view.allBranches ? html`（逾期最多的 ${BRANCH_ROWS} 个，<a href="/tickets${query}${sep}branches=all">显示全部 ${byBranch.length} 个</a>）` : ''}</h2>
${table(
  ['支部', ...FIGURE_HEADERS],
  (view.allBranches ? byBranch : byBranch.slice(0, BRANCH_ROWS)).map(
    (b) =>
      html`<tr><td><a href="/tickets?period=${view.period}&amp;branch=${b.branchId}">${d.names.get(b.branchId) ?? b.branchId}</a></td>${figureCells(b)}</tr>`,
  ),
)}
<h2>工单（${earlier ? '更早的' : '最近'} ${d.list.length} 件）</h2>
${table(
  ['编号', '支部', '反映人', '电话', '问题', '类别', '责任人', '状态', '承诺期限'],
  d.list.map(
    (t) =>
      html`<tr><td><a href="/tickets/${t.id}">${t.id}</a></td><td>${d.names.get(t.branchId) ?? ''}</td><td>${t.place} ${t.raiser}</td><td>${t.phone}</td><td>${t.content}</td><td>${t.category}</td><td>${t.holder}</td><td class="${statusWords(t, view.today) === '逾期未办结' ? 'bad' : ''}">${statusWords(t, view.today)}</td><td>${t.dueOn}</td></tr>`,
  ),
)}
<p class="pager">${earlier ? html`<a href="${pageLink(query, undefined)}">← 最新的工单</a>` : ''}${
    d.list.length >= LIST_LIMIT ? html` <a href="${pageLink(query, d.list.at(-1)!.id)}">更早的工单 →</a>` : ''
  }</p>
<p class="muted">数据随工单变化即时更新。</p>`;
}

export function ticketPage(
  ctx: PageContext,
  found: { entry: TicketListEntry; events: TicketHistoryEntry[]; zone: string },
  branchName: string,
  today: string,
): Html {
  const t = found.entry;
  return page(
    ctx,
    `民情工单 ${t.id} 号`,
    html`<p><a href="/tickets">← 返回民情工单</a></p>
<dl class="facts">
  <dt>支部</dt><dd>${branchName}</dd>
  <dt>反映人</dt><dd>${t.place} ${t.raiser}${t.phone ? `，电话 ${t.phone}` : ''}</dd>
  <dt>问题</dt><dd>${t.content}</dd>
  <dt>类别</dt><dd>${t.category}</dd>
  <dt>责任人</dt><dd>${t.holder}</dd>
  <dt>状态</dt><dd>${statusWords(t, today)}</dd>
  <dt>承诺期限</dt><dd>${t.onSpot ? '当场解决' : t.dueOn}</dd>
  ${t.satisfaction ? html`<dt>回访</dt><dd>${t.satisfaction}${t.score === null ? '' : `（${t.score} 分）`}</dd>` : ''}
</dl>
<h2>办理经过</h2>
${table(
  ['时间（北京时间）', '经办人', '事项', '内容'],
  found.events.map(
    (e) =>
      html`<tr><td>${beijing(e.at, found.zone)}</td><td>${e.actor_name}</td><td>${TICKET_EVENT_WORDS[e.kind] ?? e.kind}</td><td>${e.note ?? ''}${e.files.length ? html`<div class="muted">附：${ticketFilesWords(e.files)}</div>` : ''}</td></tr>`,
  ),
)}`,
  );
}
