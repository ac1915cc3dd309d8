import {
  type ActivityDay,
  addDays,
  type BoundChat,
  type BranchCompliance,
  type BranchScope,
  type ConsoleBindRequest,
  countParticipants,
  createAskConsoleQueries,
  createQuizConsoleQueries,
  createRemindersConsoleQueries,
  createRemindersStores,
  type ExpiringBucket,
  type Frequency,
  type LevelRate,
  type LevelReadiness,
  today as localToday,
  MEETING_TYPES,
  type MemberScope,
  type NamedAccuracy,
  type Period,
  quarterOf,
  quarterPeriod,
  type RemindersStores,
  type ScheduleView,
  type Storage,
  type TrendPoint,
} from '../bot';
import { allBanks, listIndexedDocuments } from '../knowledge';
import type { Account } from './accounts';
import { createFreshCache, createGeneration, createRevision } from './freshness';

/**
 * Every read the console makes, in one place with typed results. The figures come from the query functions each
 * feature exports (bot/index.ts: its console queries); this file names no table of a feature, so a feature that
 * reshapes its tables adapts its own queries. Reads are scoped: an `org` account sees every branch, a `branch`
 * account only its own.
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
  /** Obligations of periods that began before the branch's records start (nothing held): not counted. */
  before: number;
  /** The date the branch's records count from. */
  recordsFrom: string;
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
/** One collator: `localeCompare(x, 'zh')` sets one up on every call. */
const chinese = new Intl.Collator('zh');
/** A branch's figures and the quarter's compliance are kept until the next write, and at most this long. */
const FRESH_TTL_MS = 30_000;

export function createConsoleData(storage: Storage, options: { now: () => Date; zone: string }) {
  const reminders = createRemindersStores(storage);
  const branchesOf = createRemindersConsoleQueries(storage);
  const quiz = createQuizConsoleQueries(storage);
  const ask = createAskConsoleQueries(storage);
  const today = () => localToday(options.now(), options.zone);
  const overviewCache = new Map<string, Kept<Overview>>();
  const warningsCache = new Map<string, Kept<Warnings>>();
  const learningCache = new Map<string, { at: number; value: Promise<Learning> }>();
  const fresh = { revision: createRevision(storage), now: options.now, ttlMs: FRESH_TTL_MS };
  const generation = createGeneration(storage);
  /** Figures kept by time alone are dropped when any console process wrote since (see createGeneration). */
  const dropIfWritten = async () => {
    if (await generation.changed()) forget();
  };
  function forget(): void {
    overviewCache.clear();
    learningCache.clear();
    warningsCache.clear();
    branchSignalsCache.clear();
    scheduleViewsCache.clear();
    branchDetailCache.clear();
    complianceCache.clear();
  }
  // Keyed by the day as well: signals and compliance are "as of today", and a day ends at local midnight.
  const branchSignalsCache = createFreshCache<string, WarningSignal[]>(fresh);
  const scheduleViewsCache = createFreshCache<number, ScheduleView[]>(fresh);
  const branchDetailCache = createFreshCache<string, BranchDetail | undefined>(fresh);
  const complianceCache = createFreshCache<string, Map<number, Counts>>(fresh);
  const scopeKey = (scope: Scope) => (scope.kind === 'all' ? 'all' : scope.ids.join(','));
  /** The feature queries' form of a scope: undefined for every branch. */
  const idsOf = (scope: Scope): BranchScope => (scope.kind === 'all' ? undefined : scope.ids);
  /** The members in view, for the quiz's figures: everyone for every branch, else the rosters of the branches. */
  const membersOf = async (scope: Scope): Promise<MemberScope> => (scope.kind === 'all' ? undefined : branchesOf.memberKeys(scope.ids));

  type Counts = { held: number; missing: number; upcoming: number; before: number };
  const NONE: Counts = { held: 0, missing: 0, upcoming: 0, before: 0 };

  /** Held / missing / upcoming obligations per branch in a quarter (monthly types count once per month). */
  async function complianceOf(
    scope: Scope,
    quarter: Period,
    todayDate: string,
    known?: { held: Set<string>; rules: Map<number, Map<string, Frequency>>; ids: number[]; starts: Map<number, string> },
  ): Promise<Map<number, Counts>> {
    const year = quarter.start.slice(0, 4);
    const held = known?.held ?? (await branchesOf.heldMonths(idsOf(scope), `${year}-01-01`, `${year}-12-31`));
    const rules = known?.rules ?? (await branchesOf.frequencies(idsOf(scope)));
    const starts = known?.starts ?? (await branchesOf.recordsStart(idsOf(scope)));
    const ids = known?.ids ?? (await branchesOf.branches(idsOf(scope))).map((b) => b.id);
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
    const result = new Map<number, Counts>();
    for (const id of ids) {
      const counts = { held: 0, missing: 0, upcoming: 0, before: 0 };
      const start = starts.get(id) ?? '';
      for (const t of MEETING_TYPES) {
        for (const o of obligations[rules.get(id)?.get(t.type) ?? t.frequency]) {
          if (o.months.some((m) => held.has(`${id}|${t.type}|${m}`))) counts.held++;
          else if (todayDate <= o.lastDay) counts.upcoming++;
          // As the chat's 会议情况 judges it: a period that began before the branch kept records here is not missed.
          else if (`${o.months[0]}-01` < start) counts.before++;
          else counts.missing++;
        }
      }
      result.set(id, counts);
    }
    return result;
  }

  async function branchSummaries(scope: Scope, search?: string): Promise<BranchSummary[]> {
    const todayDate = today();
    // The list, its search and 总览 share one reading of the quarter (a scan of every branch's records).
    const [compliance, rows] = await Promise.all([
      complianceCache.get(`${scopeKey(scope)}|${todayDate}`, () => complianceOf(scope, quarterOf(todayDate), todayDate)),
      branchRows(scope, search),
    ]);
    return rows.map(({ counts, ...b }) => ({ ...b, ...(compliance.get(b.id) ?? counts) }));
  }

  /** Branches with their member count and secretary, compliance not yet filled in. */
  async function branchRows(scope: Scope, search?: string): Promise<(Omit<BranchSummary, keyof Counts> & { counts: Counts })[]> {
    const list = await branchesOf.branches(idsOf(scope), search);
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
  const concurrent = storage.dialect === 'postgres';
  /**
   * Independent reads of one page. PostgreSQL answers over a pool of connections, so they are sent together (one
   * round trip's wait instead of one each); SQLite answers synchronously on one connection, so they run one after
   * the other with a breather between, letting other requests through.
   */
  async function parts<T extends readonly (() => Promise<unknown>)[]>(
    ...work: T
  ): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
    if (concurrent) return (await Promise.all(work.map((w) => w()))) as never;
    const results: unknown[] = [];
    for (const [i, w] of work.entries()) {
      if (i > 0) await breather();
      results.push(await w());
    }
    return results as never;
  }

  async function computeOverview(scope: Scope): Promise<Overview> {
    const todayDate = today();
    const now = options.now();
    const ids = idsOf(scope);
    const horizon = addDays(todayDate, 60);
    const first = localToday(new Date(now.getTime() - 29 * 86_400_000), options.zone);
    // Days are cut at the zone's wall-clock midnight via its offset at "now"; close enough for a 30-day chart.
    const offsetMinutes = zoneOffsetMinutes(now, options.zone);
    const days = Array.from({ length: 30 }, (_, i) => addDays(first, i));
    const midnight = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - offsetMinutes * 60_000).toISOString();
    const yearAgo = new Date(now.getTime() - 365 * 86_400_000).toISOString();
    const memberKeys = await membersOf(scope);
    const [compliance, members, certified, expiringRows, byDay, examRows] = await parts(
      () => branchSummaries(scope),
      async () => (memberKeys === undefined ? countParticipants(storage) : memberKeys.length),
      () => branchesOf.certifiedByLevel(ids, todayDate),
      () => branchesOf.expiring(ids, todayDate, horizon),
      () => quiz.practiceBetween([...days.map(midnight), FAR_FUTURE], memberKeys),
      () => quiz.examsByLevel(yearAgo, memberKeys),
    );
    const certifiedByLevel: Record<string, number> = Object.fromEntries(LEVELS.map((l) => [l, 0]));
    for (const [level, n] of certified) certifiedByLevel[level] = n;
    const expiring: ExpiringBucket[] = Array.from({ length: 9 }, (_, week) => {
      const from = addDays(todayDate, week * 7);
      return { label: `${Number(from.slice(5, 7))}月${Number(from.slice(8, 10))}日起`, byLevel: { 初级: 0, 中级: 0, 高级: 0 } };
    });
    for (const r of expiringRows) {
      const week = Math.min(8, Math.floor(daysFrom(todayDate, r.expiresOn) / 7));
      const bucket = expiring[week]!.byLevel;
      if (r.level in bucket) bucket[r.level as keyof typeof bucket]++;
    }
    const activity: ActivityDay[] = days.map((day, i) => ({ day: day.slice(5), answers: byDay[i]!.answers, members: byDay[i]!.members }));
    const exams = LEVELS.map((level) => ({ level, total: examRows.get(level)?.total ?? 0, passed: examRows.get(level)?.passed ?? 0 }));
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

  /** One branch's 五不 signals (its page), through the reminders feature's own reading of its records. */
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
    // Every branch's facts in a few queries (per branch they were several round trips each: 10 s for 500 branches
    // on PostgreSQL); the signals are the feature's own computation of them.
    const signalsOf = await branchesOf.warnings(idsOf(scope), asOf);
    for (const b of branches)
      for (const signal of signalsOf.get(b.id) ?? [])
        (signal.level === 'lapse' ? lapsed : watched).push({ ...signal, branchId: b.id, branch: b.name });
    return { asOf, watch: watched.length, lapse: lapsed.length, signals: [...lapsed, ...watched], computedAt };
  }

  const data = {
    today,

    /** 五不 warnings in scope, cached like 总览 (every branch's records are read to compute them). */
    async warnings(scope: Scope): Promise<Warnings> {
      await dropIfWritten();
      return keptWhileRecomputing(
        warningsCache,
        scopeKey(scope),
        (w) => w.asOf === today(),
        () => computeWarnings(scope),
      );
    },

    /** The branches an account may see. */
    scopeOf(account: Account): Scope {
      if (account.role === 'org') return { kind: 'all' };
      // By id only: a name can be taken by whoever binds a chat under it.
      return { kind: 'branches', ids: account.branchIds };
    },

    canSeeBranch(scope: Scope, id: number): boolean {
      return scope.kind === 'all' || scope.ids.includes(id);
    },

    /** 总览's figures, computed in parts so that other requests get through while they are recomputed. */
    async overview(scope: Scope): Promise<Overview> {
      await dropIfWritten();
      return keptWhileRecomputing(
        overviewCache,
        scopeKey(scope),
        (o) => o.period.key === quarterOf(today()).key,
        () => computeOverview(scope),
      );
    },

    /** Forgets cached figures after a change made through the console, here and (on their next page) in every other console process. */
    async invalidate(): Promise<void> {
      forget();
      await generation.bump();
      await generation.changed();
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

    async certificates(scope: Scope, filter: CertificateFilter = {}): Promise<CertificateEntry[]> {
      const todayDate = today();
      return (await branchesOf.certificates(idsOf(scope)))
        .map((c) => {
          const status: CertificateEntry['status'] = c.status === 'active' && c.expiresOn < todayDate ? 'expired' : c.status;
          return {
            name: c.name ?? UNNAMED,
            branch: c.branch ?? '',
            level: c.level,
            number: c.number,
            issuedOn: c.issuedOn,
            expiresOn: c.expiresOn,
            status,
            daysLeft: daysFrom(todayDate, c.expiresOn),
          };
        })
        .filter((c) => (!filter.level || c.level === filter.level) && (!filter.status || c.status === filter.status))
        .filter((c) => filter.within === undefined || (c.status === 'active' && c.daysLeft <= filter.within));
    },

    async banks(): Promise<BankEntry[]> {
      const snapshot = await allBanks(storage.db);
      const defaults = await quiz.defaultBanks();
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

    /** Sets the banks chats practise when they chose none; every bank when `banks` is undefined. */
    setDefaultBanks: (banks: string[] | undefined, by: string) => quiz.setDefaultBanks(banks, by, options.now().toISOString()),

    documents: (): Promise<KnowledgeDocument[]> => listIndexedDocuments(storage.db),

    /** Knowledge gaps asked in the chats of the branches in view (every chat for an org account), open ones first. */
    async gaps(scope: Scope, limit = 200): Promise<KnowledgeGap[]> {
      const [branches, chats] = await Promise.all([branchesOf.branches(idsOf(scope)), branchesOf.boundChats(idsOf(scope))]);
      const names = new Map(branches.map((b) => [b.id, b.name]));
      // Every chat bound to a branch in view asks for it (not only the chat it was made in).
      const branchOfChat = new Map([...chats].flatMap(([id, list]) => list.map((c) => [c.chatKey, names.get(id) ?? ''] as const)));
      const list = await ask.gaps(scope.kind === 'all' ? undefined : [...branchOfChat.keys()], limit);
      return list.map((g) => ({
        id: g.id,
        question: g.question,
        branch: branchOfChat.get(g.chatKey) ?? '',
        nearest: g.nearest ?? '',
        askedAt: g.lastAskedAt,
        resolved: g.resolved,
      }));
    },

    /** The chats bound to each branch in view, by name (a group's title, a private chat's owner). */
    boundChats: (scope: Scope): Promise<Map<number, BoundChat[]>> => branchesOf.boundChats(idsOf(scope)),

    /** Chats asking to join a branch in view, waiting for its secretary or an organisation account. */
    pendingRequests: (scope: Scope): Promise<ConsoleBindRequest[]> => branchesOf.pendingRequests(idsOf(scope)),

    /** Unbinds a chat from a branch; false when it was not bound to it. */
    async unbindChat(branchId: number, chatKey: string): Promise<boolean> {
      const done = await branchesOf.unbindChat(branchId, chatKey);
      if (done) await data.invalidate();
      return done;
    },

    /** Approves or refuses a chat's request to join a branch; undefined when it was decided already. */
    async decideRequest(id: number, approve: boolean, by: string) {
      const decided = await branchesOf.decideRequest(id, approve, by, options.now());
      if (decided) await data.invalidate();
      return decided;
    },

    /** Marks a gap resolved for everyone (the chat's 知识缺口 list too); false when there is no such gap. */
    async resolveGap(id: number, by: string): Promise<boolean> {
      if ((await ask.gapChat(id)) === undefined) return false;
      await ask.resolve(id, by, options.now());
      return true;
    },

    async learning(scope: Scope): Promise<Learning> {
      await dropIfWritten();
      const key = scopeKey(scope);
      const cached = learningCache.get(key);
      if (cached && options.now().getTime() - cached.at < OVERVIEW_TTL_MS) return cached.value;
      const value = computeLearning(scope);
      if (learningCache.size > 1000) learningCache.clear();
      learningCache.set(key, { at: options.now().getTime(), value });
      value.catch(() => learningCache.get(key)?.value === value && learningCache.delete(key));
      return value;
    },
  };

  async function computeBranch(id: number): Promise<BranchDetail | undefined> {
    const todayDate = today();
    const year = Number(quarterOf(todayDate).key.slice(0, 4));
    const only: BranchScope = [id];
    const since = new Date(options.now().getTime() - 90 * 86_400_000).toISOString();
    const [rows, schedules, names, recordRows, heldMonths, rules, roster, signals, starts] = await parts(
      () => branchRows({ kind: 'branches', ids: [id] }),
      () => scheduleViews(id),
      () => branchesOf.names(id),
      () => reminders.meetings.records(id, { from: addDays(todayDate, -731) }),
      () => branchesOf.heldMonths(only, `${year - 2}-01-01`, `${year}-12-31`),
      () => branchesOf.frequencies(only),
      () => branchesOf.members(id),
      () => branchSignals(id, todayDate),
      () => branchesOf.recordsStart(only),
    );
    const row = rows[0];
    if (!row) return undefined;
    const records = recordRows
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
        recordedBy: names.get(r.recorded_by) ?? UNNAMED,
      }));
    const history: QuarterHistory[] = [];
    let [y, q] = [year, Number(quarterOf(todayDate).key.slice(6))];
    const known = { held: heldMonths, rules, ids: [id], starts };
    for (let i = 0; i < 8; i++) {
      const period = quarterPeriod(y, q);
      const c = (await complianceOf({ kind: 'branches', ids: only }, period, todayDate, known)).get(id) ?? NONE;
      history.push({ label: period.label, ...c, recordsFrom: starts.get(id) ?? '' });
      [y, q] = q === 1 ? [y - 1, 4] : [y, q - 1];
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
    const practice = new Map<string, { answers: number; correct: number }>();
    for (const p of await quiz.practiceByMember(
      since,
      roster.map((m) => m.userKey),
    )) {
      const entry = practice.get(p.userKey) ?? { answers: 0, correct: 0 };
      entry.answers += p.answers;
      entry.correct += p.correct;
      practice.set(p.userKey, entry);
    }
    const members = roster.map((m) => ({
      name: m.name ?? UNNAMED,
      optIn: m.optIn,
      certificate: m.certificate ?? '',
      answers: practice.get(m.userKey)?.answers ?? 0,
      correct: practice.get(m.userKey)?.correct ?? 0,
    }));
    const warnings = signals.map((w) => ({ ...w, branchId: id, branch: summary.branch }));
    return { summary, schedules, records, history, members, warnings };
  }

  async function computeLearning(scope: Scope): Promise<Learning> {
    const now = options.now();
    const since = new Date(now.getTime() - 90 * 86_400_000).toISOString();
    const memberships = await branchesOf.memberships(idsOf(scope));
    const memberKeys = scope.kind === 'all' ? undefined : [...new Set(memberships.map((m) => m.userKey))];
    const practice = await quiz.practiceByMember(since, memberKeys);
    const branchesOfMember = new Map<string, typeof memberships>();
    for (const m of memberships) {
      const list = branchesOfMember.get(m.userKey);
      if (list) list.push(m);
      else branchesOfMember.set(m.userKey, [m]);
    }
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
    const branches = new Map<number, NamedAccuracy & { branch: string }>();
    const members = new Map<string, NamedAccuracy & { branch: string }>();
    const readiness = new Map<string, { practising: number; ready: number }>(LEVELS.map((l) => [l, { practising: 0, ready: 0 }]));
    // Practice counts for each branch the member belongs to (as the join of attempts with rosters did).
    for (const r of practice) {
      for (const m of branchesOfMember.get(r.userKey) ?? []) {
        // Keyed by the branch's id: two branches are never one because their names look alike.
        add(branches, m.branchId, m.branch, m.branch, r);
        add(members, `${r.userKey}|${m.branchId}`, m.name ?? UNNAMED, m.branch, r);
        const level = readiness.get(r.level);
        if (level && r.answers >= 10) {
          level.practising++;
          if ((r.correct / r.answers) * 100 >= READY_PERCENT) level.ready++;
        }
      }
    }
    const weekStart = now.getTime() - 12 * 7 * 86_400_000;
    const starts = Array.from({ length: 12 }, (_, i) => new Date(weekStart + i * 7 * 86_400_000));
    const weeks = await quiz.practiceBetween([...starts.map((d) => d.toISOString()), FAR_FUTURE], memberKeys);
    const trend = starts.map((start, i) => {
      const day = localToday(start, options.zone);
      return { label: `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`, answers: weeks[i]!.answers, correct: weeks[i]!.correct };
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

/** The end of the last interval: anything recorded after the first boundary of it belongs to it. */
const FAR_FUTURE = '9999-12-31T23:59:59.999Z';

export type ConsoleData = ReturnType<typeof createConsoleData>;

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function zoneOffsetMinutes(at: Date, zone: string): number {
  const wall = new Date(at.toLocaleString('en-US', { timeZone: zone }));
  const utc = new Date(at.toLocaleString('en-US', { timeZone: 'UTC' }));
  return Math.round((wall.getTime() - utc.getTime()) / 60_000);
}
