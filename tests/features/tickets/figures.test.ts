import { afterEach, describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  createTicketConsole,
  createTicketStore,
  figuresFrom,
  outcomeOf,
  summarize,
  type TicketConsoleFilter,
  type TicketFiguresBase,
  type TicketStore,
} from '../../../bot/features/tickets';
import { ticketsMigrations } from '../../../bot/features/tickets/migrations';
import type { TicketRow } from '../../../bot/features/tickets/tables';
import type { Storage } from '../../../bot/storage/database';
import { coreMigrations, migrate } from '../../../bot/storage/migrations';
import { type MigratedStorage, migratedStorage } from '../../helpers/database';

/**
 * The console's figures come from counts the store keeps with every change (ticket_figures) plus the open 工单 not
 * yet overdue: after any sequence of changes they must equal the figures computed from the 工单 themselves.
 */
let opened: MigratedStorage | undefined;
let storage: Storage;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

async function open(): Promise<TicketStore> {
  opened = await migratedStorage('dangwu-ticket-figures-', { ...coreMigrations, ...ticketsMigrations });
  storage = opened.storage;
  return createTicketStore(storage);
}

const BRANCHES = [1, 2, 3, 4];
const TODAY = '2026-06-15';

describe('the console’s kept figures', () => {
  it('equal the figures counted from the 工单 after a random run of recording, 当场解决, 转办, 办结, 回访 and reopening', async () => {
    const store = await open();
    let state = 11;
    const random = () => {
      state = (state * 1664525 + 1013904223) % 4294967296;
      return state / 4294967296;
    };
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const dayOf = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
    // Recorded over Jan–Aug 2026, many within hours of a month's end in UTC, where 北京时间 is already next month.
    const createdAt = () => {
      const month = 1 + Math.floor(random() * 8);
      const edge = random() < 0.4;
      const ms = edge
        ? Date.UTC(2026, month, 1) - Math.floor(random() * 16 * 3600_000) + Math.floor(random() * 2) * 12 * 3600_000
        : Date.UTC(2026, month - 1, 1) + Math.floor(random() * 28 * 86_400_000);
      return ms;
    };
    const ticket = (ms: number, spot: boolean) => ({
      branch_id: pick(BRANCHES),
      origin_branch_id: 1,
      raiser_name: '王大爷',
      raiser_place: '城关村',
      raiser_phone: null,
      content: '村口路灯坏了',
      category: pick(CATEGORIES),
      holder_key: 'test:zhang',
      holder_name: '张三',
      holder_platform: null,
      holder_chat_id: null,
      recorder_key: 'test:zhang',
      recorder_name: '张三',
      status: spot ? ('done' as const) : ('open' as const),
      on_spot: spot ? 1 : 0,
      due_on: spot ? null : random() < 0.1 ? null : dayOf(ms + Math.floor(random() * 200) * 86_400_000),
      zone: 'Asia/Shanghai',
      created_at: new Date(ms).toISOString(),
      done_at: spot ? new Date(ms).toISOString() : null,
      done_on: spot ? dayOf(ms) : null,
      outcome: spot ? '当场解决' : null,
      satisfaction: null,
      score: null,
      visited_at: null,
    });
    const actor = { key: 'test:zhang', name: '张三', at: '2026-06-15T02:00:00.000Z' };

    const ids: number[] = [];
    // Some brought in at once (an import), then a random run of the chat's changes.
    ids.push(
      ...(await store.addMany(
        Array.from({ length: 60 }, () => {
          const ms = createdAt();
          return { ticket: ticket(ms, random() < 0.25), actor, change: { kind: 'record' as const } };
        }),
      )),
    );
    const queries = createTicketConsole(storage);
    const periods = [
      { from: '2026-01-01', to: '2026-12-31' },
      { from: '2026-03-01', to: '2026-03-31' },
      { from: '2026-04-01', to: '2026-06-30' },
      { from: '2026-02-10', to: '2026-05-20' },
    ];
    const scopes = [undefined, [2, 3]];
    // Bases taken before the run's last changes, then brought up to date from the branches those changed: the
    // figures drawn from them must equal the ones read afresh and the ones counted.
    const bases = new Map<string, { base: TicketFiguresBase; revision: number }>();
    const takeBases = async () => {
      for (const period of periods)
        for (const scope of scopes) {
          const revision = await queries.revision();
          bases.set(JSON.stringify([period, scope]), { base: await queries.base(scope, period, TODAY, '+08:00'), revision });
        }
    };
    for (let step = 0; step < 220; step++) {
      if (step === 200) await takeBases();
      const roll = random();
      if (roll < 0.25 || ids.length === 0) {
        const ms = createdAt();
        ids.push((await store.add(ticket(ms, random() < 0.25), actor, { kind: random() < 0.3 ? 'spot' : 'record' })).id);
        continue;
      }
      const t = (await store.byId(pick(ids)))!;
      if (roll < 0.35 && t.status === 'open') {
        // 当场解决 after all (recorded, then solved while still there).
        await store.change(
          t.id,
          { status: 'done', on_spot: 1, due_on: null, done_at: actor.at, done_on: dayOf(Date.parse(t.created_at)) },
          actor,
          { kind: 'spot' },
        );
      } else if (roll < 0.5) {
        await store.change(t.id, { branch_id: pick(BRANCHES) }, actor, { kind: 'transfer' });
      } else if (roll < 0.55) {
        await store.change(t.id, { category: pick(CATEGORIES) }, actor, { kind: 'category' });
      } else if (roll < 0.75 && t.status === 'open') {
        const doneOn = dayOf(Date.parse(t.created_at) + Math.floor(random() * 60) * 86_400_000);
        await store.change(t.id, { status: 'done', done_at: actor.at, done_on: doneOn, outcome: '已办理' }, actor, { kind: 'done' });
      } else if (roll < 0.9 && t.status === 'done') {
        const score = pick([100, 90, 60, 40]);
        await store.change(t.id, { status: 'visited', satisfaction: score >= 60 ? '满意' : '不满意', score, visited_at: actor.at }, actor, {
          kind: 'visit',
        });
      } else if (t.status === 'visited' && t.score !== null && t.score < 60) {
        // 回访 不满意: open again, the score kept.
        await store.change(t.id, { status: 'open', done_at: null, done_on: null }, actor, { kind: 'reopen' });
      } else if (t.status === 'open' && random() < 0.5) {
        // A new promise date: moves the 工单 between overdue and not yet without changing the kept counts.
        await store.change(t.id, { due_on: dayOf(Date.parse(t.created_at) + Math.floor(random() * 200) * 86_400_000) }, actor, {
          kind: 'progress',
        });
      } else {
        await store.change(t.id, {}, actor, { kind: 'progress', note: '在办' });
      }
    }

    const rows = (await Promise.all(BRANCHES.map((b) => store.recordedBetween(b, '2000-01-01', '2100-01-01')))).flat();
    expect(rows.length).toBe(ids.length);
    // The run reached every kind of 工单 the figures tell apart.
    const outcomes = new Set(rows.map((r) => outcomeOf(r, TODAY)));
    expect([...outcomes].sort()).toEqual(['late', 'onSpot', 'onTime', 'open', 'overdue']);
    expect(rows.some((r) => r.status === 'open' && r.score !== null)).toBe(true);

    const refreshed = new Map<string, TicketFiguresBase>();
    for (const period of periods)
      for (const scope of scopes) {
        const taken = bases.get(JSON.stringify([period, scope]))!;
        refreshed.set(JSON.stringify([period, scope]), await queries.refresh(taken.base, taken.revision, scope, period, TODAY, '+08:00'));
      }
    const instant = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();
    const statusOf: Record<NonNullable<TicketConsoleFilter['status']> | 'all', (r: TicketRow) => boolean> = {
      all: () => true,
      open: (r) => r.status === 'open',
      overdue: (r) => r.status === 'open' && !!r.due_on && r.due_on < TODAY,
      done: (r) => r.status !== 'open',
      spot: (r) => r.on_spot === 1,
    };
    let compared = 0;
    for (const period of periods)
      for (const status of Object.keys(statusOf) as (keyof typeof statusOf)[])
        for (const category of [undefined, CATEGORIES[0]])
          for (const scope of scopes) {
            const filter: TicketConsoleFilter = { ...period, ...(status === 'all' ? {} : { status }), ...(category ? { category } : {}) };
            const chosen = rows.filter(
              (r) =>
                r.created_at >= instant(period.from) &&
                r.created_at < instant(new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) &&
                statusOf[status](r) &&
                (!category || r.category === category) &&
                (!scope || scope.includes(r.branch_id)),
            );
            const kept = await queries.figures(scope, filter, TODAY, '+08:00');
            const counted = summarize(chosen, TODAY);
            const what = JSON.stringify({ filter, scope });
            expect(kept.totals, what).toEqual(counted.totals);
            expect(kept.byCategory, what).toEqual(counted.byCategory);
            expect(figuresFrom(refreshed.get(JSON.stringify([period, scope]))!, filter), what).toEqual(kept);
            const branches = [...new Set(chosen.map((r) => r.branch_id))].sort();
            expect(
              kept.byBranch.map(({ branchId, ...t }) => ({ branchId, ...t })),
              what,
            ).toEqual(
              branches.map((b) => ({
                branchId: b,
                ...summarize(
                  chosen.filter((r) => r.branch_id === b),
                  TODAY,
                ).totals,
              })),
            );
            compared++;
          }
    expect(compared).toBe(80);

    // A promise moved into the past changes no kept count, yet the 工单 is overdue now: its branch is read again.
    const year = periods[0]!;
    const revision = await queries.revision();
    const before = await queries.base(undefined, year, TODAY, '+08:00');
    const ahead = rows.find((r) => r.status === 'open' && r.on_spot === 0 && r.due_on !== null && r.due_on >= TODAY)!;
    await store.change(ahead.id, { due_on: '2026-06-01' }, actor, { kind: 'progress' });
    const after = await queries.refresh(before, revision, undefined, year, TODAY, '+08:00');
    for (const status of ['overdue', 'open', undefined] as const) {
      const filter = { ...year, ...(status ? { status } : {}) };
      expect(figuresFrom(after, filter)).toEqual(await queries.figures(undefined, filter, TODAY, '+08:00'));
    }
    expect(figuresFrom(after, { ...year, status: 'overdue' }).totals.issued).toBe(
      figuresFrom(before, { ...year, status: 'overdue' }).totals.issued + 1,
    );
  });

  it('are counted from the 工单 already there when the database is upgraded to them', async () => {
    // The database as it was before 0502: the migrations from 0502 on are left out, then run over its 工单.
    const before = Object.fromEntries(Object.entries(ticketsMigrations).filter(([name]) => name < '0502'));
    opened = await migratedStorage('dangwu-ticket-figures-', { ...coreMigrations, ...before });
    storage = opened.storage;
    // 工单 of every kind written before the counts existed (the store of that time wrote the rows alone).
    const rows = Array.from({ length: 90 }, (_, i) => {
      const spot = i % 5 === 0;
      const status = spot ? 'done' : (['open', 'open', 'done', 'visited'] as const)[i % 4]!;
      const score = status === 'visited' || (status === 'open' && i % 8 === 0) ? [100, 80, 40][i % 3]! : null;
      return {
        branch_id: 1 + (i % 3),
        origin_branch_id: 1,
        raiser_name: '李阿姨',
        raiser_place: null,
        raiser_phone: null,
        content: '医保报销慢',
        category: CATEGORIES[i % CATEGORIES.length]!,
        holder_key: 'test:li',
        holder_name: '李四',
        holder_platform: null,
        holder_chat_id: null,
        recorder_key: 'test:li',
        recorder_name: '李四',
        status,
        on_spot: spot ? 1 : 0,
        due_on: spot ? null : `2026-0${1 + (i % 9)}-1${i % 10}`,
        zone: 'Asia/Shanghai',
        created_at: new Date(Date.UTC(2026, i % 8, 1) - (i % 3) * 5 * 3600_000).toISOString(),
        done_at: status === 'open' ? null : '2026-05-01T00:00:00.000Z',
        done_on: status === 'open' ? null : `2026-0${1 + (i % 7)}-15`,
        outcome: null,
        satisfaction: null,
        score,
        visited_at: null,
        plan: 0,
      };
    });
    await storage.db.withTables<{ tickets: (typeof rows)[number] }>().insertInto('tickets').values(rows).execute();
    await migrate(storage, { ...coreMigrations, ...ticketsMigrations });

    const queries = createTicketConsole(storage);
    for (const status of [undefined, 'open', 'overdue', 'done', 'spot'] as const) {
      const filter: TicketConsoleFilter = { from: '2026-01-01', to: '2026-12-31', ...(status ? { status } : {}) };
      const chosen = (
        await Promise.all(
          [1, 2, 3].map((b) => createTicketStore(storage).recordedBetween(b, '2025-12-31T16:00:00.000Z', '2026-12-31T16:00:00.000Z')),
        )
      )
        .flat()
        .filter(
          (r) =>
            !status ||
            (status === 'open' && r.status === 'open') ||
            (status === 'overdue' && r.status === 'open' && !!r.due_on && r.due_on < TODAY) ||
            (status === 'done' && r.status !== 'open') ||
            (status === 'spot' && r.on_spot === 1),
        );
      const counted = summarize(chosen, TODAY);
      const kept = await queries.figures(undefined, filter, TODAY, '+08:00');
      expect(kept.totals, String(status)).toEqual(counted.totals);
      expect(kept.byCategory, String(status)).toEqual(counted.byCategory);
    }
    expect((await queries.figures(undefined, { from: '2026-01-01', to: '2026-12-31' }, TODAY, '+08:00')).totals.issued).toBeGreaterThan(80);
  });
});
