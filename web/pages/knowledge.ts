import { html } from 'hono/html';
import type { KnowledgeDocument, KnowledgeGap } from '../data';
import { beijing, csrfField, type Html, type PageContext, page, table } from './layout';

export function knowledgePage(ctx: PageContext, docs: KnowledgeDocument[], gaps: KnowledgeGap[], zone: string, message?: Html): Html {
  const org = ctx.account.role === 'org';
  const open = gaps.filter((g) => !g.resolved).length;
  return page(
    ctx,
    '知识库',
    html`${message ?? ''}
${
  org
    ? html`<form method="post" action="/knowledge/upload" enctype="multipart/form-data" class="upload" data-progress>
  ${csrfField(ctx.csrf)}
  <label>上传文件（Word、PDF 或纯文本文件，可多选，每个不超过 20 MB） <input type="file" name="files" multiple accept=".docx,.pdf,.md,.markdown,.txt" required></label>
  <button type="submit">上传并导入</button>
  <progress max="100" value="0" hidden></progress>
</form>`
    : ''
}
<h2>已导入的文件（${docs.length}）</h2>
${table(
  ['标题', '类型', '段数', '更新时间'],
  docs.map(
    (d) =>
      html`<tr><td>${d.title}</td><td>${d.kind === 'handbook' ? '内置手册' : '上传文件'}</td><td>${d.chunks}</td><td>${beijing(d.updatedAt, zone)}</td></tr>`,
  ),
)}
<h2>知识缺口（${open} 条待处理）</h2>
<p class="muted">助手在知识库中找不到依据的问题。补充文件后可以标记为已处理。</p>
${table(
  ['问题', '支部', '最接近的条目', '提问时间', ''],
  gaps.map(
    (g) =>
      html`<tr class="${g.resolved ? 'done' : ''}"><td>${g.question}</td><td>${g.branch || '—'}</td><td>${g.nearest || '—'}</td><td>${beijing(g.askedAt, zone)}</td><td>${
        g.resolved
          ? '已处理'
          : org
            ? html`<form method="post" action="/knowledge/gaps/${g.id}/resolve">${csrfField(ctx.csrf)}<button type="submit">标记已处理</button></form>`
            : '待处理'
      }</td></tr>`,
  ),
)}`,
  );
}
