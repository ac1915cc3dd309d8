import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRemindersStores } from '../../bot';
import { createTicketStore } from '../../bot/features/tickets';
import { seedTickets } from '../helpers/tickets-seed';
import { type ConsoleHarness, HOSTILE, startHarness } from './harness';

/**
 * The console's 民情工单 page over HTTP: an org account sees every branch with phone numbers; a branch account
 * its own branch only (figures, list, one 工单, exports), masked, and another branch's URL is refused.
 */
let h: ConsoleHarness;
let first: number;
let other: number;
let firstTicket: number;
let otherTicket: number;

beforeAll(async () => {
  h = await startHarness({ branches: 4, membersPerBranch: 3 });
  await h.addAccount('zuzhibu', 'org');
  await h.addAccount('yizhibu', 'branch', ['第一支部']);
  const branches = await createRemindersStores(h.runtime.storage).branches.all();
  first = branches.find((b) => b.name === '第一支部')!.id;
  other = branches.find((b) => b.name === HOSTILE)!.id;
  await seedTickets(h.runtime.storage, { branchIds: branches.map((b) => b.id), perBranch: 30, now: h.clock.now() });
  // One 工单 of each branch with a known phone number and a history of two steps.
  const store = createTicketStore(h.runtime.storage);
  const add = async (branchId: number, content: string) => {
    const at = new Date(h.clock.now().getTime() - 86_400_000).toISOString();
    const t = await store.add(
      {
        branch_id: branchId,
        origin_branch_id: branchId,
        raiser_name: '王大爷',
        raiser_place: '城关村',
        raiser_phone: '13812345678',
        content,
        category: '基础设施',
        holder_key: 'test:张三',
        holder_name: '张三',
        holder_platform: null,
        holder_chat_id: null,
        recorder_key: 'test:张三',
        recorder_name: '张三',
        status: 'open',
        on_spot: 0,
        due_on: '2026-11-19',
        zone: 'Asia/Shanghai',
        created_at: at,
        done_at: null,
        done_on: null,
        outcome: null,
        satisfaction: null,
        score: null,
        visited_at: null,
      },
      { key: 'test:张三', name: '张三', at },
      { kind: 'record', note: content },
    );
    await store.change(
      t.id,
      {},
      { key: 'test:张三', name: '张三', at },
      { kind: 'progress', note: '已联系供电所', detail: { files: [{ kind: 'photo', name: '现场.jpg', ref: 'tg-file-id-1', size: 2048 }] } },
    );
    return t.id;
  };
  firstTicket = await add(first, '第一支部的路灯坏了');
  otherTicket = await add(other, '别的支部的下水道堵了');
}, 60_000);
afterAll(async () => h?.close());

describe('民情工单 page', () => {
  it('shows an org account every branch, figures per branch and category, and phone numbers in full', async () => {
    const org = await h.login('zuzhibu');
    const { status, text } = await org.page('/tickets');
    expect(status).toBe(200);
    expect(text).toContain('<h1>民情工单</h1>');
    expect(text).toContain('按类别');
    expect(text).toContain('第一支部的路灯坏了');
    expect(text).toContain('别的支部的下水道堵了');
    expect(text).toContain('13812345678');
    expect(text).toContain('&lt;script&gt;');
    expect(text).not.toContain(HOSTILE);
    // 4 branches × 30 seeded this year (the seed spreads them over 330 days) plus the two above, all counted.
    const issued = Number(/<b>(\d+)<\/b><span>2026年受理/.exec(text)?.[1]);
    expect(issued).toBeGreaterThan(60);
    const overdue = await org.page('/tickets?status=overdue');
    expect(overdue.text).toContain('第一支部的路灯坏了'); // promised 2026-11-19, it is 11-20
    expect(overdue.text).not.toMatch(/<td[^>]*>办理中<\/td>/);
  });

  it('pages through the list, newest first, each 工单 once, as many as the figures count', async () => {
    const org = await h.login('zuzhibu');
    const first = await org.page('/tickets?category=&status=');
    const issued = Number(/<b>(\d+)<\/b><span>2026年受理/.exec(first.text)?.[1]);
    expect(issued).toBeGreaterThan(50);
    const seen: number[] = [];
    let text = first.text;
    for (let pages = 0; pages < 10; pages++) {
      const list = text.slice(text.indexOf('<h2>工单'));
      seen.push(...[...list.matchAll(/<a href="\/tickets\/(\d+)">/g)].map((m) => Number(m[1])));
      const next = /<a href="([^"]+)">更早的工单/.exec(list)?.[1]?.replaceAll('&amp;', '&');
      if (!next) break;
      expect(next).toMatch(/^\/tickets\?category=&status=&before=\d+$/);
      const page = await org.page(next);
      expect(page.text).toContain('← 最新的工单');
      text = page.text;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(issued);
  });

  it('shows a branch account its own branch only, phones masked, and refuses another branch’s URLs', async () => {
    const branch = await h.login('yizhibu');
    const { text } = await branch.page('/tickets');
    expect(text).toContain('第一支部的路灯坏了');
    expect(text).not.toContain('别的支部的下水道堵了');
    expect(text).toContain('138****5678');
    expect(text).not.toContain('13812345678');
    expect((await branch.page(`/tickets?branch=${other}`)).status).toBe(404);
    expect((await branch.page(`/tickets/${otherTicket}`)).status).toBe(404);
    const own = await branch.page(`/tickets/${firstTicket}`);
    expect(own.status).toBe(200);
    expect(own.text).toContain('办理经过');
    expect(own.text).toContain('已联系供电所');
    // The photo sent with the progress note is named in the history (a reference: the file is not served).
    expect(own.text).toContain('附：照片 现场.jpg（2 KB）');
    expect(own.text).not.toContain('tg-file-id-1');

    const csv = await (await branch.request('/tickets/export.csv?phone=full')).text();
    expect(csv).toContain('第一支部的路灯坏了');
    expect(csv).not.toContain('别的支部');
    expect(csv).toContain('138****5678');
    expect(csv).not.toContain('13812345678');
  });

  it('exports for an org account, with full phone numbers only when asked', async () => {
    const org = await h.login('zuzhibu');
    const masked = await (await org.request('/tickets/export.csv')).text();
    expect(masked.split('\r\n')[0]).toContain('编号,支部,登记时间');
    expect(masked).toContain('138****5678');
    expect(masked).not.toContain('13812345678');
    expect(await (await org.request('/tickets/export.csv?phone=full')).text()).toContain('13812345678');
    const xlsx = await org.request(`/tickets/export.xlsx?category=${encodeURIComponent('基础设施')}`);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect((await xlsx.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });
});
