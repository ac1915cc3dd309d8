import { html } from 'hono/html';
import type { BankEntry } from '../data';
import { csrfField, type Html, notice, type PageContext, page, table } from './layout';

export interface BankPreview {
  bank: string;
  file: string;
  rows: number;
  errors: { row: number; reason: string }[];
  repeats: { row: number; sameAs: number }[];
  /** Present when every row passed: the token that imports exactly what was previewed. */
  token?: string;
  sample: { stem: string; type: string; level: string; answer: string }[];
  fileError?: string;
  /** The reviewer's screen over the bank (`dangwu questions lint`): shown, never blocking the import. */
  lint?: { summary: string[]; findings: string[] };
}

/** Findings listed on the preview at most; the rest are counted (the CLI lists them all). */
const LINT_SHOWN = 20;

function lintSection(lint: NonNullable<BankPreview['lint']>): Html {
  const more = lint.findings.length - LINT_SHOWN;
  return html`<h2>题库检查（供参考，不影响导入）</h2>
${lint.summary.map((line) => html`<p class="muted">${line}</p>`)}
${
  lint.findings.length === 0
    ? html`<p>没有发现问题。</p>`
    : html`<p>发现 ${lint.findings.length} 处问题：</p>
<ul class="lint">${lint.findings.slice(0, LINT_SHOWN).map((f) => html`<li>${f}</li>`)}</ul>
${more > 0 ? html`<p class="muted">另有 ${more} 处，完整清单请用 dangwu questions lint --bank 题库名 查看（导入之后）。</p>` : ''}`
}`;
}

const counts = (record: Record<string, number>, keys: string[]) => keys.map((k) => `${k} ${record[k] ?? 0}`).join(' · ');

export function banksPage(ctx: PageContext, banks: BankEntry[], message?: Html): Html {
  const org = ctx.account.role === 'org';
  return page(
    ctx,
    '题库',
    html`${message ?? ''}
${table(
  ['题库', '题数', '题型', '等级', '来源文件', '默认练习'],
  banks.map(
    (b) =>
      html`<tr><td>${b.title}</td><td>${b.count}</td><td>${counts(b.byType, ['单选', '多选', '判断', '填空'])}</td><td>${counts(b.byLevel, ['初级', '中级', '高级'])}</td><td>${b.sourceFile ?? '—'}</td><td>${b.isDefault ? '是' : '否'}</td></tr>`,
  ),
)}
${
  org
    ? html`<h2>导入题库</h2>
<form method="post" action="/banks/preview" enctype="multipart/form-data" class="upload" data-progress>
  ${csrfField(ctx.csrf)}
  <label>题库文件（Excel 或 CSV，不超过 10 MB） <input type="file" name="file" accept=".csv,.xlsx,.json" required></label>
  <label>题库名（默认取文件名） <input name="bank" maxlength="20" placeholder="例如 县委题库"></label>
  <button type="submit">检查（不会写入）</button>
  <progress max="100" value="0" hidden></progress>
</form>
<p class="muted">先检查：每一行不合格的都会列出行号和原因，全部合格后才能导入。</p>
<p class="muted">文件第一行是表头：题型、题干、选项A 至 选项F、答案、解析、等级、分类、出处，可以照着<a href="/banks/template.csv">题库模板</a>填写（Excel 能直接打开）。
题型填单选、多选、判断或填空；答案填选项的字母（单选如 B，多选如 ACD），判断题填正确或错误，填空题填答案文字；等级填初级、中级或高级，不填则各等级都练。</p>
<h2>默认练习的题库</h2>
<form method="post" action="/banks/default" class="checks">
  ${csrfField(ctx.csrf)}
  ${banks.map((b) => html`<label><input type="checkbox" name="banks" value="${b.name}" ${b.isDefault ? 'checked' : ''}> ${b.title}</label>`)}
  <button type="submit">保存</button>
  <p class="muted">没有在聊天中选择题库的群和个人，练习这些题库。</p>
</form>`
    : html`<p class="muted">导入题库和设置默认题库由组织部账号操作。</p>`
}`,
  );
}

export function bankPreviewPage(ctx: PageContext, p: BankPreview): Html {
  const body = p.fileError
    ? notice('error', `导入失败，题库未作任何改动。${p.file}：${p.fileError}`)
    : p.errors.length > 0
      ? html`${notice('error', `检查未通过，题库未作任何改动：${p.file} 有 ${p.errors.length} 行不合格（共 ${p.rows} 行）。请改正后重新上传。`)}
${table(
  ['行号', '原因'],
  p.errors.map((e) => html`<tr><td>第 ${e.row} 行</td><td>${e.reason}</td></tr>`),
)}`
      : html`${notice('ok', `检查通过：${p.rows} 道题可以导入到题库“${p.bank}”。还没有写入。`)}
${p.repeats.map((r) => html`<p class="muted">提示：第 ${r.row} 行与第 ${r.sameAs} 行是同一道题，以第 ${r.row} 行为准。</p>`)}
${p.lint ? lintSection(p.lint) : ''}
${table(
  ['题干（前 10 题）', '题型', '等级', '答案'],
  p.sample.map((q) => html`<tr><td>${q.stem}</td><td>${q.type}</td><td>${q.level}</td><td>${q.answer}</td></tr>`),
)}
<form method="post" action="/banks/import">
  ${csrfField(ctx.csrf)}
  <input type="hidden" name="token" value="${p.token ?? ''}">
  <button type="submit">确认导入</button>
  <a href="/banks">取消</a>
</form>`;
  return page(ctx, '导入题库', html`${body}<p><a href="/banks">← 返回题库</a></p>`);
}
