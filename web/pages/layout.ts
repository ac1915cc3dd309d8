import { html } from 'hono/html';
import type { ChartOption } from '../../bot';
import type { Account } from '../accounts';

/**
 * Page shell and small helpers. Everything goes through hono's `html` tag, which escapes every interpolated
 * value: a branch called `<script>` is shown as text. Nothing here emits raw HTML from data.
 */

export type Html = ReturnType<typeof html>;

export interface PageContext {
  account: Account;
  csrf: string;
  path: string;
}

const NAV = [
  ['/', '总览'],
  ['/branches', '支部'],
  ['/certificates', '持证'],
  ['/banks', '题库'],
  ['/knowledge', '知识库'],
  ['/learning', '学习'],
  ['/tickets', '民情工单'],
] as const;

const ROLE_NAMES = { org: '组织部', branch: '支部' } as const;

export function page(ctx: PageContext, title: string, body: Html, options: { charts?: boolean } = {}): Html {
  const current = (href: string) => (href === '/' ? ctx.path === '/' : ctx.path.startsWith(href));
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · 党务助手</title>
<link rel="stylesheet" href="/assets/fonts.css">
<link rel="stylesheet" href="/assets/console.css">
${options.charts ? html`<script src="/assets/echarts.min.js" defer></script>` : ''}
<script src="/assets/console.js" defer></script>
</head>
<body>
<header class="top">
  <a class="brand" href="/">党务助手 · 管理后台</a>
  <nav>${NAV.map(([href, name]) => html`<a href="${href}" class="${current(href) ? 'on' : ''}">${name}</a>`)}</nav>
  <form method="post" action="/logout" class="who">
    <span>${ctx.account.username}（${ROLE_NAMES[ctx.account.role]}${ctx.account.role === 'branch' ? `：${ctx.account.branches.join('、')}` : ''}）</span>
    <input type="hidden" name="_csrf" value="${ctx.csrf}">
    <button type="submit">退出</button>
  </form>
</header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>`;
}

/** A chart container; the option travels as escaped JSON in an attribute and is drawn by console.js. */
export function chart(option: ChartOption, id: string): Html {
  return html`<div class="chart" id="${id}" data-option="${JSON.stringify(option)}"></div>`;
}

export function csrfField(csrf: string): Html {
  return html`<input type="hidden" name="_csrf" value="${csrf}">`;
}

export function table(headers: string[], rows: Html[]): Html {
  return html`<div class="table-wrap"><table><thead><tr>${headers.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${
    rows.length ? rows : html`<tr><td colspan="${headers.length}" class="empty">暂无数据</td></tr>`
  }</tbody></table></div>`;
}

export function notice(kind: 'ok' | 'error' | 'info', text: string | Html): Html {
  return html`<p class="notice ${kind}">${text}</p>`;
}

export const percentText = (correct: number, answers: number) => (answers === 0 ? '—' : `${Math.round((correct / answers) * 1000) / 10}%`);

const CHINA_ZONES = new Set(['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Harbin', 'Asia/Urumqi', 'PRC', 'Asia/Beijing']);

/** A time zone as people say it: 北京时间 for China's, else its Chinese name (日本标准时间), never `Asia/Tokyo`. */
export function zoneWords(zone: string): string {
  if (CHINA_ZONES.has(zone)) return '北京时间';
  try {
    const parts = new Intl.DateTimeFormat('zh-CN', { timeZone: zone, timeZoneName: 'long' }).formatToParts(new Date());
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
  } catch {
    return zone;
  }
}

/** 北京时间 wall clock of an ISO instant, for display. */
export function beijing(iso: string, zone = 'Asia/Shanghai'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return wallClock(zone).format(d);
}

// One formatter per zone: toLocaleString builds a new one on every call (a millisecond each, on every page).
const wallClocks = new Map<string, Intl.DateTimeFormat>();
const wallClock = (zone: string) => {
  let format = wallClocks.get(zone);
  if (!format)
    wallClocks.set(
      zone,
      (format = new Intl.DateTimeFormat('zh-CN', {
        timeZone: zone,
        hour12: false,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })),
    );
  return format;
};

export function bare(title: string, body: Html): Html {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · 党务助手</title>
<link rel="stylesheet" href="/assets/fonts.css">
<link rel="stylesheet" href="/assets/console.css">
</head>
<body class="bare">
<main>${body}</main>
</body>
</html>`;
}
