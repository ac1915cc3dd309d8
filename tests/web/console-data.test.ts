import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRemindersStores } from '../../bot';
import { createGapStore } from '../../bot/features/ask/gap-store';
import { openStorage, type Storage } from '../../bot/storage/database';
import { createConsoleData } from '../../web/data';
import { createRevision } from '../../web/freshness';
import { type Seeded, seedConsole } from '../helpers/console-seed';
import { type MigratedStorage, migratedStorage, testBackend } from '../helpers/database';
import { consoleMigrations } from './console-schema';

/**
 * The console's figures read through the features' query functions, on the backend of this run (SQLite or
 * PostgreSQL), checked against what was seeded: the same numbers on both, computed in the database where SQLite
 * used to do it with strftime/julianday. Built on the storage alone (no runtime), so it runs on PostgreSQL while
 * other layers are still being converted.
 */

const NOW = new Date('2026-11-20T02:00:00Z');
const ZONE = 'Asia/Shanghai';
const DAY = 86_400_000;

let opened: MigratedStorage;
let storage: Storage;
let seeded: Seeded;

beforeAll(async () => {
  opened = await migratedStorage('dangwu-console-data-', consoleMigrations);
  ({ storage } = opened);
  seeded = await seedConsole(storage, { branches: 12, membersPerBranch: 8, days: 400, attemptsPerMember: 30, now: NOW });
}, 120_000);

afterAll(async () => opened?.close());

const data = () => createConsoleData(storage, { now: () => NOW, zone: ZONE });
const since = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

describe(`console figures on ${testBackend}`, () => {
  it('counts branches, members, certificates and exams on 总览 as seeded', async () => {
    const overview = await data().overview({ kind: 'all' });
    expect(overview.branches).toBe(12);
    expect(overview.members).toBe(seeded.users);
    const today = '2026-11-20';
    const active = seeded.certificates.filter((c) => c.expiresOn >= today);
    const certified = Object.values(overview.certifiedByLevel).reduce((a, b) => a + b, 0);
    // One certificate per person in the seed, so people per level are certificates per level.
    expect(certified).toBe(active.length);
    const expiring = overview.expiring.reduce((n, w) => n + Object.values(w.byLevel).reduce((a, b) => a + b, 0), 0);
    expect(expiring).toBe(active.filter((c) => c.expiresOn <= '2027-01-19').length);
    const yearAgo = since(365);
    const exams = seeded.exams.filter((e) => e.startedAt >= yearAgo);
    expect(overview.exams.reduce((n, e) => n + e.total, 0)).toBe(exams.length);
    expect(overview.exams.reduce((n, e) => n + e.passed, 0)).toBe(exams.filter((e) => e.passed).length);
    for (const b of overview.compliance) expect(b.held + b.missing + b.upcoming).toBeGreaterThan(0);
  });

  it('cuts 30 days of practice at Beijing midnight, counting answers and members per day', async () => {
    const { activity } = await data().overview({ kind: 'all' });
    expect(activity).toHaveLength(30);
    expect(activity.at(-1)!.day).toBe('11-20');
    // 2026-10-22 00:00 in Beijing is 2026-10-21T16:00Z.
    const recent = seeded.attempts.filter((a) => a.answeredAt >= '2026-10-21T16:00:00.000Z');
    expect(activity.reduce((n, d) => n + d.answers, 0)).toBe(recent.length);
    const lastDay = recent.filter((a) => a.answeredAt >= '2026-11-19T16:00:00.000Z');
    expect(activity.at(-1)!.answers).toBe(lastDay.length);
    expect(activity.at(-1)!.members).toBe(new Set(lastDay.map((a) => a.userKey)).size);
  });

  it('shows 学习 over 90 days and a 12-week trend as seeded', async () => {
    const learning = await data().learning({ kind: 'all' });
    const ninety = seeded.attempts.filter((a) => a.answeredAt >= since(90));
    expect(learning.branches.reduce((n, b) => n + b.answers, 0)).toBe(ninety.length);
    expect(learning.branches.reduce((n, b) => n + b.correct, 0)).toBe(ninety.filter((a) => a.correct).length);
    const weeks = seeded.attempts.filter((a) => a.answeredAt >= since(84));
    expect(learning.trend).toHaveLength(12);
    expect(learning.trend.reduce((n, w) => n + w.answers, 0)).toBe(weeks.length);
    expect(learning.trend[11]!.answers).toBe(weeks.filter((a) => a.answeredAt >= since(7)).length);
  });

  it('keeps a branch account to its own branch', async () => {
    const [first, second] = seeded.branchIds as [number, number];
    const scope = { kind: 'branches' as const, ids: [first] };
    const console = data();
    expect((await console.branches(scope)).map((b) => b.id)).toEqual([first]);
    expect(await console.certificates(scope)).toHaveLength(seeded.certificates.filter((c) => c.branchId === first).length);
    expect(await console.branch(scope, second)).toBeUndefined();
    const detail = (await console.branch(scope, first))!;
    expect(detail.members).toHaveLength(8);
    expect(detail.history).toHaveLength(8);
    expect(detail.schedules.length).toBeGreaterThan(0);
    const overview = await console.overview(scope);
    expect(overview.branches).toBe(1);
    expect(overview.members).toBe(8);
  });

  it('finds a branch by part of its name, with LIKE wildcards taken literally', async () => {
    const console = data();
    expect((await console.branches({ kind: 'all' }, '第1')).map((b) => b.branch)).toEqual(['第10支部', '第11支部', '第12支部', '第1支部']);
    expect(await console.branches({ kind: 'all' }, '%')).toEqual([]);
  });

  it('lists the ask feature’s knowledge gaps by branch and resolves them there', async () => {
    const console = data();
    const gaps = await console.gaps({ kind: 'all' });
    expect(gaps).toHaveLength(seeded.gaps);
    expect(gaps.every((g) => !g.resolved && g.branch !== '')).toBe(true);
    const own = await console.gaps({ kind: 'branches', ids: [seeded.branchIds[0]!] });
    expect(own.map((g) => g.branch)).toEqual(['第1支部']);
    expect(await console.resolveGap(own[0]!.id, 'web:test')).toBe(true);
    expect(await console.resolveGap(999_999, 'web:test')).toBe(false);
    // The chat's own list no longer has it.
    expect(await createGapStore(storage).listOpen('test:branch-1', 10)).toEqual([]);
    expect((await console.gaps({ kind: 'all' })).find((g) => g.id === own[0]!.id)?.resolved).toBe(true);
  });

  it('finds the same 五不 signals for every branch at once as the feature finds for each branch', async () => {
    const stores = createRemindersStores(storage);
    const [first, second] = seeded.branchIds as [number, number];
    const [a, b] = (await stores.branches.members(first)).map((m) => m.name) as [string, string];
    await stores.meetings.addRecord(
      first,
      '支委会',
      { date: '2026-07-10', present: 2, names: [a, '外来人员'] },
      'test:sec',
      NOW.toISOString(),
      () => null,
    );
    await stores.meetings.addRecord(
      first,
      '党课',
      { date: '2026-09-01', present: 1, names: [b] },
      'test:sec',
      NOW.toISOString(),
      () => null,
    );
    await stores.dues.record(
      second,
      [{ name: '只交党费的人', userKey: null, month: '2026-06', amountCents: 100 }],
      'test:sec',
      NOW.toISOString(),
    );
    const all = await data().warnings({ kind: 'all' });
    expect(all.signals.length).toBeGreaterThan(0);
    for (const id of seeded.branchIds) {
      const own = await stores.warnings(id, all.asOf);
      const listed = all.signals.filter((s) => s.branchId === id).map(({ name, level, facts }) => ({ name, level, facts }));
      expect(listed, `branch ${id}`).toEqual(own);
    }
    expect(all.signals.some((s) => s.name === '外来人员')).toBe(true);
    expect(all.signals.some((s) => s.name === '只交党费的人')).toBe(true);
  });

  it('moves the freshness token on a write from another connection, not on reads', async () => {
    const revision = createRevision(storage);
    // On PostgreSQL the token is the server's snapshot, which another test file's writes (in its own database on the
    // same server) move too: a read must leave it unchanged in at least one of a few tries, while a read that wrote
    // would move it in every try.
    let before = await revision();
    let unmovedByRead = false;
    for (let attempt = 0; attempt < 5 && !unmovedByRead; attempt++) {
      before = await revision();
      await data().overview({ kind: 'all' });
      unmovedByRead = (await revision()) === before;
    }
    expect(unmovedByRead).toBe(true);
    const other = openStorage(opened.url);
    try {
      await createRemindersStores(other).meetings.setFrequency(seeded.branchIds[0]!, '党课', 'quarterly');
    } finally {
      await other.close();
    }
    expect(await revision()).not.toBe(before);
  });

  it('drops 总览, 五不 and 学习 kept by another console process once a change was made through this one', async () => {
    const other = openStorage(opened.url);
    try {
      const here = data();
      const there = createConsoleData(other, { now: () => NOW, zone: ZONE });
      const kept = await there.overview({ kind: 'all' });
      const keptLearning = await there.learning({ kind: 'all' });
      // Kept: the same figures, not computed again.
      expect(await there.overview({ kind: 'all' })).toBe(kept);
      expect(await there.learning({ kind: 'all' })).toBe(keptLearning);
      await here.invalidate();
      expect(await there.overview({ kind: 'all' })).not.toBe(kept);
      expect(await there.learning({ kind: 'all' })).not.toBe(keptLearning);
    } finally {
      await other.close();
    }
  });
});
