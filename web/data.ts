import type { Statement } from 'better-sqlite3';
import {
  type ActivityDay,
  addDays,
  type BranchCompliance,
  chatBanks,
  createRemindersStores,
  DEFAULT_BANKS_KEY,
  type ExpiringBucket,
  type Frequency,
  type LevelRate,
  type LevelReadiness,
  today as localToday,
  MEETING_TYPES,
  type NamedAccuracy,
  type Period,
  quarterOf,
  quarterPeriod,
  type RemindersStores,
  type ScheduleView,
  type Storage,
  type TrendPoint,
} from '../bot';
import { allBanks } from '../knowledge';
import type { Account } from './accounts';
import { createFreshCache, createRevision } from './freshness';

type SQLiteStatement = Statement<unknown[], unknown>;

/**
 * Every read the console makes, in one place with typed results: when a feature reshapes its tables, this is the
 * only file to adapt. Reads are scoped: an `org` account sees every branch, a `branch` account only its own.
 */

export type Scope = { kind: 'all' } | { kind: 'branches'; ids: number[] };

export const LEVELS = ['初级', '中级', '高级'] as const;
/** Accuracy at which a member counts as ready for a level's exam (the mock exam's usual pass mark). */
export const READY_PERCENT = 80;
const UNNAMED = '（未留名）';

export interface BranchSummary extends BranchCompliance {
  id: number;
  members: number;
  secretary: string;
}

export interface Overview {
  period: Period;
  branches: number;
  members: number;
  certifiedByLevel: Record<string, number>;
  compliance: BranchSummary[];
  expiring: ExpiringBucket[];
  activity: ActivityDay[];
  exams: LevelRate[];
  computedAt: Date;
}

/** One 五不 signal with its branch: the facts are the reminders feature's own words. */
export type WarningSignal = Awaited<ReturnType<RemindersStores['warnings']>>[number];
export interface BranchWarning extends WarningSignal {
  branchId: number;
  branch: string;
}

export interface Warnings {
  asOf: string;
  /** Signals at 关注 (3 months) and at the 自行脱党 threshold (6 months). */
  watch: number;
  lapse: number;
  signals: BranchWarning[];
  computedAt: Date;
}

export interface MeetingRecord {
  type: string;
  heldOn: string;
  attendance: string;
  topic: string;
  recordedBy: string;
}

export interface QuarterHistory {
  label: string;
  held: number;
  missing: number;
  upcoming: number;
}

export interface Member {
  name: string;
  optIn: boolean;
  certificate: string;
  answers: number;
  correct: number;
}

export interface BranchDetail {
  summary: BranchSummary;
  schedules: ScheduleView[];
  records: MeetingRecord[];
  history: QuarterHistory[];
  members: Member[];
  warnings: BranchWarning[];
}

export interface CertificateEntry {
  name: string;
  branch: string;
  level: string;
  number: string;
  issuedOn: string;
  expiresOn: string;
  status: 'active' | 'expired' | 'revoked' | 'superseded';
  daysLeft: number;
}

export interface CertificateFilter {
  level?: string;
  status?: string;
  /** Expiring within this many days (active only). */
  within?: number;
}

export interface BankEntry {
  name: string;
  title: string;
  count: number;
  byType: Record<string, number>;
  byLevel: Record<string, number>;
  sourceFile: string | null;
  updatedAt: string | null;
  isDefault: boolean;
}

export interface KnowledgeDocument {
  title: string;
  kind: string;
  chunks: number;
  updatedAt: string;
}

export interface KnowledgeGap {
  id: number;
  question: string;
  branch: string;
  nearest: string;
  askedAt: string;
  resolved: boolean;
}

export interface Learning {
  branches: NamedAccuracy[];
  members: (NamedAccuracy & { branch: string })[];
  readiness: LevelReadiness[];
  trend: TrendPoint[];
}

const STATUS_NAMES = { active: '有效', expired: '已过期', revoked: '已吊销', superseded: '已晋级' } as const;
export const certificateStatusName = (s: CertificateEntry['status']) => STATUS_NAMES[s];

/** A value kept for a while, and the computation of its successor when one is under way. */
type Kept<T> = { value?: T; pending?: Promise<T> };

/** Cache for the org-wide figures of 总览: they change slowly and cost a scan of every branch. */
const OVERVIEW_TTL_MS = 30_000;
/** How long the 五不 computation of every branch holds the event loop before it lets waiting requests through. */
const SLICE_MS = 8;
/** One collator: `localeCompare(x, 'zh')` sets one up on every call. */
const chinese = new Intl.Collator('zh');
/** A branch's figures and the quarter's compliance are kept until the next write, and at most this long. */
const FRESH_TTL_MS = 30_000;

export function createConsoleData(storage: Storage, options: { now: () => Date; zone: string }) {
  const { sqlite } = storage;
  const reminders = createRemindersStores(storage);
  const today = () => localToday(options.now(), options.zone);
  const overviewCache = new Map<string, Kept<Overview>>();
  const warningsCache = new Map<string, Kept<Warnings>>();
  const learningCache = new Map<string, { at: number; value: Learning }>();
  const fresh = { revision: createRevision(sqlite), now: options.now, ttlMs: FRESH_TTL_MS };
  // Keyed by the day as well: signals and compliance are "as of today", and a day ends at local midnight.
  const branchSignalsCache = createFreshCache<string, Promise<WarningSignal[]>>(fresh);
  const scheduleViewsCache = createFreshCache<number, Promise<ScheduleView[]>>(fresh);
  const branchDetailCache = createFreshCache<string, Promise<BranchDetail | undefined>>(fresh);
  const complianceCache = createFreshCache<string, Map<number, { held: number; missing: number; upcoming: number }>>(fresh);
  const scopeKey = (scope: Scope) => (scope.kind === 'all' ? 'all' : scope.ids.join(','));

  // Statements are compiled once per distinct text (scopes make a handful of variants).
  const statements = new Map<string, SQLiteStatement>();
  const prepared = (text: string) => {
    let statement = statements.get(text);
    if (!statement) {
      if (statements.size > 500) statements.clear();
      statements.set(text, (statement = sqlite.prepare(text)));
    }
    return statement;
  };
  const rows = <T>(text: string, ...params: unknown[]) => prepared(text).all(...(params as unknown[])) as T[];
  const one = <T>(text: string, ...params: unknown[]) => prepared(text).get(...(params as unknown[])) as T | undefined;
  const inScope = (scope: Scope, column: string) =>
    scope.kind === 'all' ? '1 = 1' : scope.ids.length === 0 ? '0 = 1' : `${column} IN (${scope.ids.map(Number).join(',')})`;

  function frequencies(scope: Scope): Map<number, Map<string, Frequency>> {
    const map = new Map<number, Map<string, Frequency>>();
    for (const r of rows<{ branch_id: number; type: string; frequency: Frequency }>(
      `SELECT branch_id, type, frequency FROM meeting_rules WHERE ${inScope(scope, 'branch_id')}`,
    )) {
      if (!map.has(r.branch_id)) map.set(r.branch_id, new Map());
      map.get(r.branch_id)!.set(r.type, r.frequency);
    }
    return map;
  }

  /** `branch|type|YYYY-MM` for every month in which a branch held a type of meeting, between two dates. */
  function heldMonths(scope: Scope, from: string, to: string): Set<string> {
    // The keys are built by SQLite and read as plain strings, and the set removes repeats: a year of every branch's
    // records is ~12,000 rows, and an object per row cost three times as much as the query.
    return new Set(
      prepared(
        `SELECT branch_id || '|' || type || '|' || substr(held_on, 1, 7) FROM meeting_records WHERE held_on BETWEEN ? AND ? AND ${inScope(scope, 'branch_id')}`,
      )
        .pluck()
        .all(from, to) as string[],
    );
  }

  /** Held / missing / upcoming obligations per branch in a quarter (monthly types count once per month). */
  function complianceOf(
    scope: Scope,
    quarter: Period,
    todayDate: string,
    known?: { held: Set<string>; rules: Map<number, Map<string, Frequency>> },
  ): Map<number, { held: number; missing: number; upcoming: number }> {
    const year = quarter.start.slice(0, 4);
    const held = known?.held ?? heldMonths(scope, `${year}-01-01`, `${year}-12-31`);
    const rules = known?.rules ?? frequencies(scope);
    // Each obligation: the months in which a record fulfils it, and its last day (after which it is missing).
    const monthKey = (i: number) => `${year}-${String(i).padStart(2, '0')}`;
    const firstMonth = Number(quarter.start.slice(5, 7));
    const monthly = [0, 1, 2].map((i) => ({
      months: [monthKey(firstMonth + i)],
      lastDay: addDays(firstMonth + i === 12 ? `${Number(year) + 1}-01-01` : `${monthKey(firstMonth + i + 1)}-01`, -1),
    }));
    const obligations = {
      monthly,
      quarterly: [{ months: monthly.map((m) => m.months[0]!), lastDay: quarter.end }],
      yearly: [{ months: Array.from({ length: 12 }, (_, i) => monthKey(i + 1)), lastDay: `${year}-12-31` }],
    } as const;
    const result = new Map<number, { held: number; missing: number; upcoming: number }>();
    for (const b of rows<{ id: number }>(`SELECT id FROM branches WHERE ${inScope(scope, 'id')}`)) {
      const counts = { held: 0, missing: 0, upcoming: 0 };
      for (const t of MEETING_TYPES) {
        for (const o of obligations[rules.get(b.id)?.get(t.type) ?? t.frequency]) {
          if (o.months.some((m) => held.has(`${b.id}|${t.type}|${m}`))) counts.held++;
          else if (todayDate <= o.lastDay) counts.upcoming++;
          else counts.missing++;
        }
      }
      result.set(b.id, counts);
    }
    return result;
  }

  type Counts = { held: number; missing: number; upcoming: number };
  const NONE: Counts = { held: 0, missing: 0, upcoming: 0 };

  function branchSummaries(scope: Scope, search?: string): BranchSummary[] {
    const todayDate = today();
    // The list, its search and 总览 share one reading of the quarter (a scan of every branch's records).
    const compliance = complianceCache.get(`${scopeKey(scope)}|${todayDate}`, () => complianceOf(scope, quarterOf(todayDate), todayDate));
    return branchRows(scope, search).map(({ counts, ...b }) => ({ ...b, ...(compliance.get(b.id) ?? counts) }));
  }

  /** Branches with their member count and secretary, compliance not yet filled in. */
  function branchRows(scope: Scope, search?: string): (Omit<BranchSummary, keyof Counts> & { counts: Counts })[] {
    const like = search?.trim() ? `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
    const list = rows<{ id: number; name: string; members: number; secretary: string | null }>(
      `SELECT b.id, b.name,
         (SELECT count(*) FROM branch_members m WHERE m.branch_id = b.id) AS members,
         coalesce((SELECT m.name FROM branch_members m WHERE m.branch_id = b.id AND m.user_key = b.secretary_key),
                  (SELECT u.name FROM users u WHERE u.key = b.secretary_key)) AS secretary
       FROM branches b WHERE ${inScope(scope, 'b.id')} ${like ? "AND b.name LIKE ? ESCAPE '\\'" : ''} ORDER BY b.name`,
      ...(like ? [like] : []),
    );
    return list.map((b) => ({ id: b.id, branch: b.name, members: b.members, secretary: b.secretary ?? UNNAMED, counts: NONE }));
  }

  /**
   * Org-wide figures kept 30 s. While one request recomputes them, the others get the previous figures instead of
   * starting the same work again or waiting behind it; the first request after expiry waits for fresh ones.
   */
  async function keptWhileRecomputing<T extends { computedAt: Date }>(
    cache: Map<string, Kept<T>>,
    key: string,
    current: (value: T) => boolean,
    compute: () => Promise<T>,
  ): Promise<T> {
    const entry = cache.get(key) ?? {};
    const { value } = entry;
    const usable = value && current(value) ? value : undefined;
    if (usable && options.now().getTime() - usable.computedAt.getTime() < OVERVIEW_TTL_MS) return usable;
    if (entry.pending) return usable ?? entry.pending;
    if (cache.size > 1000) cache.clear();
    const pending = compute().finally(() => {
      if (cache.get(key)?.pending === pending) cache.set(key, { ...cache.get(key), pending: undefined });
    });
    cache.set(key, { value, pending });
    const fresh = await pending;
    cache.set(key, { value: fresh });
    return fresh;
  }

  /** Lets waiting requests through between the parts of a long computation (SQLite answers synchronously). */
  const breather = () => new Promise((resolve) => setImmediate(resolve));

  async function computeOverview(scope: Scope): Promise<Overview> {
    const todayDate = today();
    const now = options.now();
    const branchFilter = inScope(scope, 'branch_id');
    const compliance = branchSummaries(scope);
    await breather();
    const members =
      scope.kind === 'all'
        ? (one<{ n: number }>('SELECT count(*) AS n FROM users')?.n ?? 0)
        : (one<{ n: number }>(`SELECT count(DISTINCT user_key) AS n FROM branch_members WHERE ${branchFilter}`)?.n ?? 0);
    const certifiedByLevel: Record<string, number> = Object.fromEntries(LEVELS.map((l) => [l, 0]));
    for (const r of rows<{ level: string; n: number }>(
      `SELECT level, count(DISTINCT user_key) AS n FROM certificates WHERE status = 'active' AND expires_on >= ? AND ${branchFilter} GROUP BY level`,
      todayDate,
    ))
      certifiedByLevel[r.level] = r.n;

    await breather();
    const horizon = addDays(todayDate, 60);
    const expiring: ExpiringBucket[] = Array.from({ length: 9 }, (_, week) => {
      const from = addDays(todayDate, week * 7);
      return { label: `${Number(from.slice(5, 7))}月${Number(from.slice(8, 10))}日起`, byLevel: { 初级: 0, 中级: 0, 高级: 0 } };
    });
    for (const r of rows<{ level: '初级' | '中级' | '高级'; expires_on: string }>(
      `SELECT level, expires_on FROM certificates WHERE status = 'active' AND expires_on BETWEEN ? AND ? AND ${branchFilter}`,
      todayDate,
      horizon,
    )) {
      const week = Math.min(8, Math.floor(daysFrom(todayDate, r.expires_on) / 7));
      if (r.level in expiring[week]!.byLevel) expiring[week]!.byLevel[r.level]++;
    }

    await breather();
    const since = new Date(now.getTime() - 29 * 86_400_000);
    const first = localToday(since, options.zone);
    const memberFilter = scope.kind === 'all' ? '' : `AND user_key IN (SELECT user_key FROM branch_members WHERE ${branchFilter})`;
    // Days are cut at UTC+8 wall-clock midnight via the zone's offset at "now"; close enough for a 30-day chart.
    const offsetMinutes = zoneOffsetMinutes(now, options.zone);
    const byDay = new Map(
      rows<{ day: string; answers: number; members: number }>(
        `SELECT strftime('%Y-%m-%d', answered_at, '${offsetMinutes} minutes') AS day, count(*) AS answers, count(DISTINCT user_key) AS members
         FROM quiz_attempts WHERE answered_at >= ? ${memberFilter} GROUP BY day`,
        new Date(Date.parse(`${first}T00:00:00Z`) - offsetMinutes * 60_000).toISOString(),
      ).map((r) => [r.day, r]),
    );
    const activity: ActivityDay[] = Array.from({ length: 30 }, (_, i) => {
      const day = addDays(first, i);
      const r = byDay.get(day);
      return { day: day.slice(5), answers: r?.answers ?? 0, members: r?.members ?? 0 };
    });

    await breather();
    const yearAgo = new Date(now.getTime() - 365 * 86_400_000).toISOString();
    const examRows = rows<{ level: string; total: number; passed: number }>(
      `SELECT level, count(*) AS total, sum(passed) AS passed FROM quiz_sessions
       WHERE kind = 'exam' AND status = 'finished' AND passed IS NOT NULL AND started_at >= ? ${memberFilter} GROUP BY level`,
      yearAgo,
    );
    const exams = LEVELS.map((level) => {
      const r = examRows.find((e) => e.level === level);
      return { level, total: r?.total ?? 0, passed: r?.passed ?? 0 };
    });
    return {
      period: quarterOf(todayDate),
      branches: compliance.length,
      members,
      certifiedByLevel,
      compliance,
      expiring,
      activity,
      exams,
      computedAt: now,
    };
  }

  /** A branch's schedules in words with the next meeting (an RRULE expansion each). */
  const scheduleViews = (branchId: number) => scheduleViewsCache.get(branchId, () => reminders.scheduleViews(branchId, options.now()));

  /** One branch's 五不 signals, through the reminders feature's own reading of its records: 总览 and the branch page share them. */
  const branchSignals = (branchId: number, asOf: string) =>
    branchSignalsCache.get(`${branchId}|${asOf}`, () => reminders.warnings(branchId, asOf));

  async function computeWarnings(scope: Scope): Promise<Warnings> {
    const asOf = today();
    const computedAt = options.now();
    // Lapsed first, then by branch: the people a department must look at before anyone else. Ordering the branches
    // and keeping each one's signals together gives the order a sort of every signal gave, without comparing tens
    // of thousands of names in Chinese collation on the event loop.
    const branches = (await reminders.branches.all())
      .filter((b) => scope.kind === 'all' || scope.ids.includes(b.id))
      .sort((a, b) => chinese.compare(a.name, b.name));
    const lapsed: BranchWarning[] = [];
    const watched: BranchWarning[] = [];
    let slice = performance.now();
    for (const b of branches) {
      for (const signal of await branchSignals(b.id, asOf))
        (signal.level === 'lapse' ? lapsed : watched).push({ ...signal, branchId: b.id, branch: b.name });
      // SQLite answers synchronously: let other requests through every few milliseconds rather than stall them all.
      if (performance.now() - slice > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        slice = performance.now();
      }
    }
    return { asOf, watch: watched.length, lapse: lapsed.length, signals: [...lapsed, ...watched], computedAt };
  }

  const data = {
    today,

    /** 五不 warnings in scope, cached like 总览 (every branch's records are read to compute them). */
    warnings: (scope: Scope): Promise<Warnings> =>
      keptWhileRecomputing(
        warningsCache,
        scopeKey(scope),
        (w) => w.asOf === today(),
        () => computeWarnings(scope),
      ),

    /** The branches an account may see. */
    scopeOf(account: Account): Scope {
      if (account.role === 'org') return { kind: 'all' };
      if (account.branches.length === 0) return { kind: 'branches', ids: [] };
      const ids = rows<{ id: number }>(
        `SELECT id FROM branches WHERE name IN (${account.branches.map(() => '?').join(',')})`,
        ...account.branches,
      ).map((r) => r.id);
      return { kind: 'branches', ids };
    },

    canSeeBranch(scope: Scope, id: number): boolean {
      return scope.kind === 'all' || scope.ids.includes(id);
    },

    /** 总览's figures, computed in parts so that other requests get through while they are recomputed. */
    overview: (scope: Scope): Promise<Overview> =>
      keptWhileRecomputing(
        overviewCache,
        scopeKey(scope),
        (o) => o.period.key === quarterOf(today()).key,
        () => computeOverview(scope),
      ),

    /** Forgets cached figures after a change made through the console. */
    invalidate(): void {
      overviewCache.clear();
      learningCache.clear();
      warningsCache.clear();
      branchSignalsCache.clear();
      scheduleViewsCache.clear();
      branchDetailCache.clear();
      complianceCache.clear();
    },

    /** This quarter, as 总览 and the branch list name it. */
    period: () => quarterOf(today()),

    branches: (scope: Scope, search?: string) => branchSummaries(scope, search),

    /**
     * One branch's page figures. Kept until the next write to the database (or 30 s): the page is read far more
     * often than a branch records anything, and computing it reads two years of records.
     */
    async branch(scope: Scope, id: number): Promise<BranchDetail | undefined> {
      if (!data.canSeeBranch(scope, id)) return undefined;
      return branchDetailCache.get(`${id}|${today()}`, () => computeBranch(id));
    },

    certificates(scope: Scope, filter: CertificateFilter = {}): CertificateEntry[] {
      const todayDate = today();
      const list = rows<{
        name: string | null;
        branch: string | null;
        level: string;
        number: string;
        issued_on: string;
        expires_on: string;
        status: CertificateEntry['status'];
      }>(
        `SELECT coalesce(c.name, u.name) AS name, b.name AS branch, c.level, c.number, c.issued_on, c.expires_on, c.status
         FROM certificates c LEFT JOIN branches b ON b.id = c.branch_id LEFT JOIN users u ON u.key = c.user_key
         WHERE ${inScope(scope, 'c.branch_id')} ORDER BY c.expires_on`,
      );
      return list
        .map((c) => {
          const status: CertificateEntry['status'] = c.status === 'active' && c.expires_on < todayDate ? 'expired' : c.status;
          return {
            name: c.name ?? UNNAMED,
            branch: c.branch ?? '',
            level: c.level,
            number: c.number,
            issuedOn: c.issued_on,
            expiresOn: c.expires_on,
            status,
            daysLeft: daysFrom(todayDate, c.expires_on),
          };
        })
        .filter((c) => (!filter.level || c.level === filter.level) && (!filter.status || c.status === filter.status))
        .filter((c) => filter.within === undefined || (c.status === 'active' && c.daysLeft <= filter.within));
    },

    async banks(): Promise<BankEntry[]> {
      const snapshot = await allBanks(storage.db);
      const defaults = chatBanks(sqlite, DEFAULT_BANKS_KEY);
      return snapshot.banks.map((b) => {
        const own = snapshot.questions.filter((q) => q.bank === b.name);
        const tally = (key: 'type' | 'level') =>
          own.reduce<Record<string, number>>((acc, q) => {
            acc[q[key]] = (acc[q[key]] ?? 0) + 1;
            return acc;
          }, {});
        return {
          name: b.name,
          title: b.title,
          count: b.count,
          byType: tally('type'),
          byLevel: tally('level'),
          sourceFile: b.sourceFile,
          updatedAt: b.updatedAt,
          isDefault: !defaults || defaults.includes(b.name),
        };
      });
    },

    documents(): KnowledgeDocument[] {
      return rows<{ title: string; kind: string; chunks: number; updated_at: string }>(
        'SELECT d.title, d.kind, d.updated_at, (SELECT count(*) FROM kb_chunks c WHERE c.document_id = d.id) AS chunks FROM kb_documents d ORDER BY d.updated_at DESC, d.id DESC',
      ).map((d) => ({ title: d.title, kind: d.kind, chunks: d.chunks, updatedAt: d.updated_at }));
    },

    gaps(scope: Scope, limit = 200): KnowledgeGap[] {
      return rows<{ id: number; question: string; branch: string | null; nearest: string | null; asked_at: string; resolved: number }>(
        `SELECT g.id, g.question, b.name AS branch, g.nearest, g.asked_at, (r.gap_id IS NOT NULL) AS resolved
         FROM kb_gaps g LEFT JOIN branches b ON b.chat_key = g.chat_key LEFT JOIN web_gap_resolutions r ON r.gap_id = g.id
         WHERE ${scope.kind === 'all' ? '1 = 1' : inScope(scope, 'b.id')} ORDER BY resolved, g.id DESC LIMIT ?`,
        limit,
      ).map((g) => ({
        id: g.id,
        question: g.question,
        branch: g.branch ?? '',
        nearest: g.nearest ?? '',
        askedAt: g.asked_at,
        resolved: g.resolved === 1,
      }));
    },

    gapExists: (id: number) => one<{ id: number }>('SELECT id FROM kb_gaps WHERE id = ?', id) !== undefined,

    learning(scope: Scope): Learning {
      const key = scope.kind === 'all' ? 'all' : scope.ids.join(',');
      const cached = learningCache.get(key);
      if (cached && options.now().getTime() - cached.at < OVERVIEW_TTL_MS) return cached.value;
      const value = computeLearning(scope);
      if (learningCache.size > 1000) learningCache.clear();
      learningCache.set(key, { at: options.now().getTime(), value });
      return value;
    },
  };

  async function computeBranch(id: number): Promise<BranchDetail | undefined> {
    const row = branchRows({ kind: 'branches', ids: [id] })[0];
    if (!row) return undefined;
    const schedules = await scheduleViews(id);
    const names = new Map(
      rows<{ user_key: string; name: string | null }>('SELECT user_key, name FROM branch_members WHERE branch_id = ?', id).map((m) => [
        m.user_key,
        m.name,
      ]),
    );
    const recorders = new Map(
      rows<{ key: string; name: string | null }>(
        'SELECT u.key, u.name FROM users u WHERE u.key IN (SELECT DISTINCT recorded_by FROM meeting_records WHERE branch_id = ?)',
        id,
      ).map((u) => [u.key, u.name]),
    );
    const records = (await reminders.meetings.records(id, { from: addDays(today(), -731) }))
      .reverse()
      .slice(0, 200)
      .map((r) => ({
        type: r.type,
        heldOn: r.held_on,
        // Records kept by headcount (应到/实到) since the reminders split; older ones hold a sentence.
        attendance: [
          r.present !== null ? `${r.expected !== null ? `应到 ${r.expected} 人，` : ''}实到 ${r.present} 人` : (r.attendance ?? ''),
          r.attendees.length > 0 ? `（${r.attendees.join('、')}）` : '',
        ].join(''),
        topic: r.topic ?? '',
        recordedBy: names.get(r.recorded_by) ?? recorders.get(r.recorded_by) ?? UNNAMED,
      }));
    const todayDate = today();
    const current = quarterOf(todayDate);
    const history: QuarterHistory[] = [];
    let [year, q] = [Number(current.key.slice(0, 4)), Number(current.key.slice(6))];
    const only: Scope = { kind: 'branches', ids: [id] };
    const known = { held: heldMonths(only, `${year - 2}-01-01`, `${year}-12-31`), rules: frequencies(only) };
    for (let i = 0; i < 8; i++) {
      const period = quarterPeriod(year, q);
      const c = complianceOf(only, period, todayDate, known).get(id) ?? { held: 0, missing: 0, upcoming: 0 };
      history.push({ label: period.label, ...c });
      [year, q] = q === 1 ? [year - 1, 4] : [year, q - 1];
    }
    // This quarter's line of the history is the branch's compliance as the list shows it (same records, same rules).
    const { held, missing, upcoming } = history[0]!;
    const summary: BranchSummary = {
      id: row.id,
      branch: row.branch,
      members: row.members,
      secretary: row.secretary,
      held,
      missing,
      upcoming,
    };
    const since = new Date(options.now().getTime() - 90 * 86_400_000).toISOString();
    const members = rows<{ name: string | null; opt_in: number; level: string | null; answers: number | null; correct: number | null }>(
      `SELECT coalesce(m.name, u.name) AS name, m.opt_in,
         (SELECT c.level FROM certificates c WHERE c.user_key = m.user_key AND c.status = 'active' ORDER BY c.level_since DESC LIMIT 1) AS level,
         (SELECT count(*) FROM quiz_attempts a WHERE a.user_key = m.user_key AND a.answered_at >= ?) AS answers,
         (SELECT sum(a.correct) FROM quiz_attempts a WHERE a.user_key = m.user_key AND a.answered_at >= ?) AS correct
       FROM branch_members m LEFT JOIN users u ON u.key = m.user_key WHERE m.branch_id = ? ORDER BY name`,
      since,
      since,
      id,
    ).map((m) => ({
      name: m.name ?? UNNAMED,
      optIn: m.opt_in === 1,
      certificate: m.level ?? '',
      answers: m.answers ?? 0,
      correct: m.correct ?? 0,
    }));
    const warnings = (await branchSignals(id, today())).map((w) => ({ ...w, branchId: id, branch: summary.branch }));
    return { summary, schedules, records, history, members, warnings };
  }

  function computeLearning(scope: Scope): Learning {
    const now = options.now();
    const since = new Date(now.getTime() - 90 * 86_400_000).toISOString();
    const branchFilter = inScope(scope, 'm.branch_id');
    const perMember = rows<{ user_key: string; name: string | null; branch: string; level: string; answers: number; correct: number }>(
      `SELECT a.user_key, coalesce(m.name, u.name) AS name, b.name AS branch, a.level, count(*) AS answers, sum(a.correct) AS correct
       FROM quiz_attempts a JOIN branch_members m ON m.user_key = a.user_key JOIN branches b ON b.id = m.branch_id LEFT JOIN users u ON u.key = a.user_key
       WHERE a.answered_at >= ? AND ${branchFilter} GROUP BY a.user_key, m.branch_id, a.level`,
      since,
    );
    const add = <K>(
      map: Map<K, NamedAccuracy & { branch: string }>,
      key: K,
      name: string,
      branch: string,
      r: { answers: number; correct: number },
    ) => {
      const entry = map.get(key) ?? { name, branch, answers: 0, correct: 0 };
      entry.answers += r.answers;
      entry.correct += r.correct;
      map.set(key, entry);
    };
    const branches = new Map<string, NamedAccuracy & { branch: string }>();
    const members = new Map<string, NamedAccuracy & { branch: string }>();
    const readiness = new Map<string, { practising: number; ready: number }>(LEVELS.map((l) => [l, { practising: 0, ready: 0 }]));
    for (const r of perMember) {
      add(branches, r.branch, r.branch, r.branch, r);
      add(members, `${r.user_key}|${r.branch}`, r.name ?? UNNAMED, r.branch, r);
      const level = readiness.get(r.level);
      if (level && r.answers >= 10) {
        level.practising++;
        if ((r.correct / r.answers) * 100 >= READY_PERCENT) level.ready++;
      }
    }
    const weekStart = new Date(now.getTime() - 12 * 7 * 86_400_000);
    const memberFilter = scope.kind === 'all' ? '' : `AND a.user_key IN (SELECT user_key FROM branch_members m WHERE ${branchFilter})`;
    const weeks = rows<{ week: number; answers: number; correct: number }>(
      `SELECT CAST((julianday(a.answered_at) - julianday(?)) / 7 AS INTEGER) AS week, count(*) AS answers, sum(a.correct) AS correct
       FROM quiz_attempts a WHERE a.answered_at >= ? ${memberFilter} GROUP BY week`,
      weekStart.toISOString(),
      weekStart.toISOString(),
    );
    const trend = Array.from({ length: 12 }, (_, i) => {
      const start = localToday(new Date(weekStart.getTime() + i * 7 * 86_400_000), options.zone);
      const w = weeks.find((x) => x.week === i);
      return { label: `${Number(start.slice(5, 7))}月${Number(start.slice(8, 10))}日`, answers: w?.answers ?? 0, correct: w?.correct ?? 0 };
    });
    return {
      branches: [...branches.values()].map(({ name, answers, correct }) => ({ name, answers, correct })),
      members: [...members.values()].sort((a, b) => b.answers - a.answers),
      readiness: LEVELS.map((level) => ({ level, ...readiness.get(level)! })),
      trend,
    };
  }
  return data;
}

export type ConsoleData = ReturnType<typeof createConsoleData>;

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function zoneOffsetMinutes(at: Date, zone: string): number {
  const wall = new Date(at.toLocaleString('en-US', { timeZone: zone }));
  const utc = new Date(at.toLocaleString('en-US', { timeZone: 'UTC' }));
  return Math.round((wall.getTime() - utc.getTime()) / 60_000);
}
