import { html } from 'hono/html';
import { bare, type Html } from './layout';

export function loginPage(csrf: string, message?: string, username = ''): Html {
  return bare(
    '登录',
    html`<form method="post" action="/login" class="login">
  <h1>党务助手 · 管理后台</h1>
  ${message ? html`<p class="notice error" role="alert">${message}</p>` : ''}
  <input type="hidden" name="_csrf" value="${csrf}">
  <label>用户名 <input name="username" autocomplete="username" value="${username}" required></label>
  <label>密码 <input name="password" type="password" autocomplete="current-password" required></label>
  <button type="submit">登录</button>
  <p class="muted">还没有账号或忘了密码，请找负责本系统的技术人员开通或重设（做法见本系统说明文档的“管理后台”一节）。</p>
</form>`,
  );
}
