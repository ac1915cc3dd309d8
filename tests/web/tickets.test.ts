import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRemindersStores } from '../../bot';
import { createTicketStore } from '../../bot/features/tickets';
import { silentLogger } from '../../bot/logger';
import { openStorage } from '../../bot/storage/database';
import { startWebConsole } from '../../web/server';
import { openTicket, seedTickets } from '../helpers/tickets-seed';
import { Client, type ConsoleHarness, HOSTILE, PASSWORD, startHarness } from './harness';

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
  firstTicket = await add(h.runtime.storage, first, '第一支部的路灯坏了');
  otherTicket = await add(h.runtime.storage, other, '别的支部的下水道堵了');
}, 60_000);
afterAll(async () => h?.close());

/** One 工单 with a known phone number and a history of two steps, written through the store on `storage`. */
async function add(storage: Parameters<typeof createTicketStore>[0], branchId: number, content: string): Promise<number> {
  const store = createTicketStore(storage);
  const at = new Date(h.clock.now().getTime() - 86_400_000).toISOString();
  const t = await store.add(
    openTicket({ branch_id: branchId, created_at: at, due_on: '2026-11-19', raiser_phone: '13812345678', content }),
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
}

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
    const first = await org.page('/tickets?period=year&category=&status=&x=1');
    const issued = Number(/<b>(\d+)<\/b><span>2026年受理/.exec(first.text)?.[1]);
    expect(issued).toBeGreaterThan(50);
    const seen: number[] = [];
    let text = first.text;
    for (let pages = 0; pages < 10; pages++) {
      const list = text.slice(text.indexOf('<h2>工单'));
      seen.push(...[...list.matchAll(/<a href="\/tickets\/(\d+)">/g)].map((m) => Number(m[1])));
      const next = /<a href="([^"]+)">更早的工单/.exec(list)?.[1]?.replaceAll('&amp;', '&');
      if (!next) break;
      expect(next).toMatch(/^\/tickets\?period=year&before=\d+$/);
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

describe('民情工单 page freshness', () => {
  /** The cards' count of 工单 recorded this year, and whether the list shows a given 工单. */
  const issuedOn = async (client: Client, path: string) => {
    const { status, text } = await client.page(path);
    expect(status).toBe(200);
    return Number(/<b>(\d+)<\/b><span>2026年受理/.exec(text)?.[1]);
  };

  it('shows a 工单 recorded by another process at once, in this console and in a second console process', async () => {
    // The bot and a second console, each with its own connections to the same database (as separate processes have).
    const url = h.runtime.config.DANGWU_DB;
    const bot = openStorage(url);
    const secondStorage = openStorage(url);
    const second = await startWebConsole({
      storage: secondStorage,
      now: () => h.clock.now(),
      zone: 'Asia/Shanghai',
      log: silentLogger(),
      uploadDir: join(h.dir, 'uploads-2'),
      port: 0,
      host: '127.0.0.1',
    });
    try {
      const clients = [await h.login('zuzhibu'), new Client(second.url)];
      expect((await clients[1]!.login('zuzhibu', PASSWORD)).status).toBe(303);
      const branchClient = await h.login('yizhibu');
      const views = ['/tickets', `/tickets?category=${encodeURIComponent('基础设施')}&status=open`, `/tickets?branch=${first}`];
      // Each view drawn twice on each console: the second time it is the kept one.
      const before = new Map<string, number>();
      for (const [i, client] of clients.entries())
        for (const view of views) {
          const issued = await issuedOn(client, view);
          expect(await issuedOn(client, view)).toBe(issued);
          before.set(`${i} ${view}`, issued);
        }
      const ownBefore = await issuedOn(branchClient, '/tickets');

      const id = await add(bot, first, '第一支部新登记的井盖丢了');
      for (const [i, client] of clients.entries()) {
        for (const view of views) expect(await issuedOn(client, view)).toBe(before.get(`${i} ${view}`)! + 1);
        // The same view under a query string never seen before is the kept (now fresh) one, not an older copy.
        expect(await issuedOn(client, '/tickets?status=open&category=' + encodeURIComponent('基础设施') + '&x=1')).toBe(
          before.get(`${i} ${views[1]}`)! + 1,
        );
        expect((await client.page('/tickets')).text).toContain(`<a href="/tickets/${id}">${id}</a>`);
      }
      expect(await issuedOn(branchClient, '/tickets')).toBe(ownBefore + 1);

      // A 工单 of another branch moves the org's figures, not the branch account's.
      await add(bot, other, '别的支部新登记的事');
      expect(await issuedOn(branchClient, '/tickets')).toBe(ownBefore + 1);
      expect(await issuedOn(clients[1]!, '/tickets')).toBe(before.get('1 /tickets')! + 2);
    } finally {
      await second.close();
      await secondStorage.close();
      await bot.close();
    }
  });
});
