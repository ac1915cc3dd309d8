import { afterEach, describe, expect, it } from 'vitest';
import { createTicketConsole, createTicketStore, summarize, type TicketStore } from '../../../bot/features/tickets';
import { ticketsMigrations } from '../../../bot/features/tickets/migrations';
import type { Storage } from '../../../bot/storage/database';
import { coreMigrations } from '../../../bot/storage/migrations';
import { type MigratedStorage, migratedStorage } from '../../helpers/database';
import { openTicket, seedTickets } from '../../helpers/tickets-seed';

/** The 民情工单 store on its own, so its SQL is proven on both backends before the rest of the bot is. */
let opened: MigratedStorage | undefined;
let storage: Storage;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

async function open(): Promise<TicketStore> {
  opened = await migratedStorage('dangwu-tickets-', { ...coreMigrations, ...ticketsMigrations });
  storage = opened.storage;
  return createTicketStore(storage);
}

const base = openTicket({
  branch_id: 1,
  created_at: '2026-03-02T01:00:00.000Z',
  due_on: '2026-03-05',
  raiser_phone: '13812345678',
  holder_key: 'console:alice',
  holder_platform: 'console',
  holder_chat_id: 'alice',
  recorder_key: 'console:alice',
});
const alice = { key: 'console:alice', name: '张三', at: '2026-03-02T01:00:00.000Z' };

describe('the 民情工单 store', () => {
  it('keeps every change as an event, bumps the plan only when asked, and never loses a ticket', async () => {
    const store = await open();
    const first = await store.add(base, alice, { kind: 'record', note: '村口路灯坏了' });
    expect(first).toMatchObject({ id: 1, plan: 0, status: 'open' });
    const second = await store.add({ ...base, content: '垃圾没人收', holder_key: 'console:bob', holder_name: '李四' }, alice, {
      kind: 'record',
    });
    await store.change(first.id, {}, { ...alice, at: '2026-03-02T02:00:00.000Z' }, { kind: 'progress', note: '已联系供电所' });
    const moved = await store.change(
      first.id,
      { holder_key: 'console:bob', holder_name: '李四' },
      { ...alice, at: '2026-03-02T03:00:00.000Z' },
      { kind: 'transfer', note: '张三 → 李四', detail: { from: 'console:alice', to: 'console:bob' } },
      true,
    );
    expect(moved).toMatchObject({ holder_name: '李四', plan: 1 });
    const events = await store.events(first.id);
    expect(events.map((e) => [e.kind, e.note, e.actor_name])).toEqual([
      ['record', '村口路灯坏了', '张三'],
      ['progress', '已联系供电所', '张三'],
      ['transfer', '张三 → 李四', '张三'],
    ]);
    expect(JSON.parse(events[2]!.detail!)).toEqual({ from: 'console:alice', to: 'console:bob' });

    await store.change(second.id, { status: 'done', done_on: '2026-03-03' }, alice, { kind: 'done', note: '已清运' });
    expect((await store.ofUser('console:bob', 10)).map((t) => [t.id, t.status])).toEqual([
      [1, 'open'],
      [2, 'done'],
    ]);
    expect((await store.openOf(1)).map((t) => t.id)).toEqual([1]);
    expect((await store.recordedBetween(1, '2026-03-01T16:00:00.000Z', '2026-03-31T16:00:00.000Z')).length).toBe(2);
    expect((await store.recordedBetween(1, '2026-04-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z')).length).toBe(0);
    expect((await store.recordedBetween(2, '2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z')).length).toBe(0);

    const summary = summarize(await store.recordedBetween(1, '2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z'), '2026-03-06');
    expect(summary.totals).toMatchObject({ issued: 2, onTime: 1, overdue: 1, open: 0 });
  });

  it('adds many 工单 at once, each with its opening event, in the order given, after the ones already there', async () => {
    const store = await open();
    await store.add(base, alice, { kind: 'record', note: '先登记的' });
    const many = Array.from({ length: 1203 }, (_, i) => ({
      ticket: { ...base, content: `第 ${i} 件` },
      actor: { ...alice, name: `经办人${i}` },
      change: { kind: 'record' as const, note: `第 ${i} 件` },
    }));
    const ids = await store.addMany(many);
    expect(ids).toHaveLength(1203);
    expect(ids[0]).toBe(2);
    for (const i of [0, 499, 500, 1202]) {
      expect((await store.byId(ids[i]!))?.content).toBe(`第 ${i} 件`);
      expect(await store.events(ids[i]!)).toMatchObject([{ kind: 'record', note: `第 ${i} 件`, actor_name: `经办人${i}` }]);
    }
    // The next one recorded the usual way takes the next id (PostgreSQL's identity column moved along).
    expect((await store.add(base, alice, { kind: 'record' })).id).toBe(1205);
  });

  it('keeps a branch’s settings, default until saved, and lists the branches that want a digest', async () => {
    const store = await open();
    expect(await store.settings(7)).toMatchObject({ branch_id: 7, lead_days: 1, digest_on: 0 });
    await store.saveSettings({ branch_id: 7, lead_days: 2, digest_on: 1, digest_platform: 'console', digest_chat_id: 'dm-me' });
    await store.saveSettings({ ...(await store.settings(7)), lead_days: 3 });
    expect(await store.settings(7)).toMatchObject({ lead_days: 3, digest_on: 1, digest_chat_id: 'dm-me' });
    expect((await store.digestBranches()).map((s) => s.branch_id)).toEqual([7]);
  });

  it('gives the console the same figures as the chat’s summary, scoped to the account’s branches', async () => {
    const store = await open();
    const now = new Date('2026-11-20T02:00:00Z');
    await seedTickets(storage, { branchIds: [1, 2, 3], perBranch: 40, now });
    const queries = createTicketConsole(storage);
    const year = { from: '2026-01-01', to: '2026-12-31' };
    const today = '2026-11-20';
    const all = await queries.figures(undefined, year, today, '+08:00');
    const rows = (
      await Promise.all([1, 2, 3].map((b) => store.recordedBetween(b, '2025-12-31T16:00:00.000Z', '2026-12-31T16:00:00.000Z')))
    ).flat();
    const { totals } = summarize(rows, today);
    expect(all.totals).toEqual(totals);
    expect(all.totals.issued).toBeGreaterThan(100);
    expect(all.byBranch.map((b) => b.branchId).sort()).toEqual([1, 2, 3]);
    // Over every branch the figures are summed a month at a time: the same as one pass over the same branches.
    const byBranch = (f: typeof all) => [...f.byBranch].sort((a, b) => a.branchId - b.branchId);
    for (const filter of [year, { ...year, category: '医疗' }, { ...year, status: 'overdue' as const }]) {
      const wide = await queries.figures(undefined, filter, today, '+08:00');
      const onePass = await queries.figures([1, 2, 3], filter, today, '+08:00');
      expect(wide.totals).toEqual(onePass.totals);
      expect(byBranch(wide)).toEqual(byBranch(onePass));
    }
    const own = await queries.figures([2], year, today, '+08:00');
    expect(own.byBranch.map((b) => b.branchId)).toEqual([2]);
    expect(own.totals.issued).toBe(rows.filter((r) => r.branch_id === 2).length);

    const overdue = await queries.list(undefined, { ...year, status: 'overdue' }, today, '+08:00', { limit: 500, fullPhone: false });
    expect(overdue.length).toBe(all.totals.overdue);
    expect(overdue.every((t) => t.status === 'open' && t.dueOn < today)).toBe(true);
    const phones = (await queries.list([1], year, today, '+08:00', { limit: 500, fullPhone: false })).map((t) => t.phone).filter(Boolean);
    expect(phones.length).toBeGreaterThan(0);
    expect(phones.every((p) => /^138\*{4}\d{4}$/.test(p))).toBe(true);

    const one = overdue[0]!;
    expect((await queries.ticket([one.branchId], one.id, true))?.events.length).toBe(1);
    expect(await queries.ticket([one.branchId === 1 ? 2 : 1], one.id, true)).toBeUndefined();
    const before = await queries.revision();
    await store.change(one.id, {}, { key: 'k', name: '张三', at: now.toISOString() }, { kind: 'progress', note: '在办' });
    expect(await queries.revision()).toBeGreaterThan(before);
  });
});
