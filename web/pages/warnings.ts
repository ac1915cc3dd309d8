import { html } from 'hono/html';
import type { BranchWarning } from '../data';
import { type Html, table } from './layout';

/** How many signals a page lists; the count card always shows the whole figure. */
const SHOWN = 100;

const LEVEL_TEXT = { lapse: '满6个月', watch: '关注' } as const;

/** 五不 signals with the facts behind each; the branch column only where several branches are shown. */
export function warningsTable(signals: BranchWarning[], withBranch: boolean): Html {
  if (signals.length === 0) return html`<p class="muted">按现有记录，没有连续 3 个月以上未参加组织生活或未交党费的党员。</p>`;
  const headers = [...(withBranch ? ['支部'] : []), '姓名', '级别', '依据'];
  const rows = signals
    .slice(0, SHOWN)
    .map(
      (s) =>
        html`<tr class="warning-${s.level}">${withBranch ? html`<td><a href="/branches/${s.branchId}">${s.branch}</a></td>` : ''}<td>${s.name}</td><td class="${s.level === 'lapse' ? 'bad' : ''}">${LEVEL_TEXT[s.level]}</td><td>${s.facts.join('；')}</td></tr>`,
    );
  return html`${table(headers, rows)}
${signals.length > SHOWN ? html`<p class="muted">共 ${signals.length} 条，此处列出前 ${SHOWN} 条；请进入各支部页面查看全部。</p>` : ''}
<p class="muted">预警只依据本助手里的会议出席和党费登记，请先核实（请假、外出、代交等情况）再谈心谈话。连续 3 个月列为关注；按党章，无正当理由连续六个月不参加组织生活、不交党费或不做分配的工作，视为自行脱党。</p>`;
}
