import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Storage } from '../../storage/database';
import { branchNameKey, closeNames } from './branches/names';
import { type BoundChat, createSqliteBranchStore, unnamed } from './branches/store';
import { recordsFrom } from './meetings/planning';
import type { Frequency } from './meetings/types';
import type { RosterEntry } from './roster';
import { type RemindersDb, remindersDb } from './tables';
import { signalsOf, type WarningFacts, type WarningSignal } from './warnings';

/**
 * What the web console reads of branches, members, meeting rules and records, and certificates: one function per
 * question, portable SQL (SQLite and PostgreSQL), async. The console names none of these tables; when the feature
 * reshapes them, this file is the one to adapt. Every read takes the branches in view: `undefined` for every branch
 * (an organisation department's account), a list of ids for a branch account.
 */

/** Branch ids in view; undefined for every branch. */
export type BranchScope = number[] | undefined;

export interface ConsoleBranch {
  id: number;
  name: string;
  chatKey: string;
  members: number;
  /** The secretary's name in the branch's roster, else the name they last wrote under; null when neither is known. */
  secretary: string | null;
}

export type { BoundChat };

export interface ConsoleBindRequest {
  id: number;
  branchId: number;
  branch: string;
  chat: string | null;
  requester: string | null;
  requestedAt: string;
}

export interface ConsoleCertificate {
  name: string | null;
  branch: string | null;
  level: string;
  number: string;
  issuedOn: string;
  expiresOn: string;
  status: 'active' | 'revoked' | 'superseded';
}

export interface ConsoleMember {
  userKey: string;
  name: string | null;
  optIn: boolean;
  /** The level of the member's current active certificate, if any. */
  certificate: string | null;
}

export interface ConsoleMembership {
  userKey: string;
  name: string | null;
  branchId: number;
  branch: string;
}

/** `column IN (ids)`, true for every branch, false for none. */
function inBranches(column: string, ids: BranchScope): Expression<SqlBool> {
  if (ids === undefined) return sql<SqlBool>`1 = 1`;
  if (ids.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`${sql.ref(column)} IN (${sql.join(ids.map(Number))})`;
}

export function createRemindersConsoleQueries(storage: Storage) {
  const db: RemindersDb = remindersDb(storage);
  return {
    /**
     * The branches these names stand for, as names compare (繁简, width, spaces); for a name that is no branch's,
     * the names close to it. A branch account is bound to what this finds, by id.
     */
    async resolveNames(names: string[]): Promise<{ found: { id: number; name: string }[]; missing: { name: string; close: string[] }[] }> {
      const all = await db.selectFrom('branches').select(['id', 'name', 'name_key']).orderBy('id').execute();
      const byKey = new Map(all.map((b) => [b.name_key, b]));
      const found: { id: number; name: string }[] = [];
      const missing: { name: string; close: string[] }[] = [];
      for (const name of names) {
        const branch = byKey.get(branchNameKey(name));
        if (branch) found.push({ id: branch.id, name: branch.name });
        else
          missing.push({
            name,
            close: closeNames(
              name,
              all.map((b) => b.name),
            ),
          });
      }
      return { found, missing };
    },

    /** The chats bound to each branch in view, by their names (a group's title; a private chat's owner). */
    boundChats: (ids: BranchScope): Promise<Map<number, BoundChat[]>> => createSqliteBranchStore(db).chatsOf(ids),

    /** Unbinds a chat from a branch (an organisation account's decision); false when it was not bound to it. */
    unbindChat: (branchId: number, chatKey: string) => createSqliteBranchStore(db).unbindChat(branchId, chatKey),

    /** Requests of chats to join a branch in view, waiting for its secretary or the console, oldest first. */
    async pendingRequests(ids: BranchScope): Promise<ConsoleBindRequest[]> {
      const rows = await createSqliteBranchStore(db).pendingRequests(ids);
      const names = new Map(
        (await db.selectFrom('branches').select(['id', 'name']).where(inBranches('id', ids)).execute()).map((b) => [b.id, b.name]),
      );
      return rows.map((r) => ({
        id: r.id,
        branchId: r.branch_id,
        branch: names.get(r.branch_id) ?? '',
        chat: r.chat_title,
        requester: r.requester_name,
        requestedAt: r.requested_at,
      }));
    },

    /** Approves or refuses a pending request; the branch it was for, or undefined when it was decided already. */
    async decideRequest(
      id: number,
      approve: boolean,
      by: string,
      at: Date,
    ): Promise<{ branchId: number; chat: string | null } | undefined> {
      const decided = await createSqliteBranchStore(db).decideRequest(id, approve, by, at.toISOString());
      return decided && { branchId: decided.branch_id, chat: decided.chat_title };
    },

    /** Branches in view with their member count and secretary, ordered by name; `search` matches part of the name. */
    async branches(ids: BranchScope, search?: string): Promise<ConsoleBranch[]> {
      const like = search?.trim() ? `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
      const rows = await db
        .selectFrom('branches as b')
        .select((eb) => [
          'b.id',
          'b.name',
          'b.chat_key',
          eb
            .selectFrom('branch_members as m')
            .select((e) => e.fn.countAll<number>().as('n'))
            .whereRef('m.branch_id', '=', 'b.id')
            .as('members'),
          eb.fn
            .coalesce(
              eb
                .selectFrom('branch_members as m')
                .select('m.name')
                .whereRef('m.branch_id', '=', 'b.id')
                .whereRef('m.user_key', '=', 'b.secretary_key')
                .limit(1),
              eb.selectFrom('users as u').select('u.name').whereRef('u.key', '=', 'b.secretary_key'),
            )
            .as('secretary'),
        ])
        .where(inBranches('b.id', ids))
        .$if(like !== undefined, (q) => q.where(sql<SqlBool>`b.name LIKE ${like} ESCAPE '\\'`))
        .orderBy('b.name')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        chatKey: r.chat_key,
        members: Number(r.members ?? 0),
        secretary: r.secretary ?? null,
      }));
    },

    /**
     * The date each branch's records count from (as the chat's 会议情况 counts it): the start its secretary set, else
     * the day it was bound or its earliest meeting record. A period that began before it, with nothing held, is not
     * missed: the branch was not here yet.
     */
    async recordsStart(ids: BranchScope): Promise<Map<number, string>> {
      const [branchRows, firstRecords] = await Promise.all([
        db.selectFrom('branches').select(['id', 'records_from', 'created_at', 'zone']).where(inBranches('id', ids)).execute(),
        db
          .selectFrom('meeting_records')
          .select(['branch_id', (eb) => eb.fn.min('held_on').as('first')])
          .where(inBranches('branch_id', ids))
          .groupBy('branch_id')
          .execute(),
      ]);
      const first = new Map(firstRecords.map((r) => [r.branch_id, r.first as string | null]));
      return new Map(branchRows.map((b) => [b.id, recordsFrom(b, [first.get(b.id) ?? undefined])]));
    },

    /** Each branch's own frequency of a meeting type, where it set one (the rest keep MEETING_TYPES' own). */
    async frequencies(ids: BranchScope): Promise<Map<number, Map<string, Frequency>>> {
      const rows = await db
        .selectFrom('meeting_rules')
        .select(['branch_id', 'type', 'frequency'])
        .where(inBranches('branch_id', ids))
        .execute();
      const map = new Map<number, Map<string, Frequency>>();
      for (const r of rows) {
        if (!map.has(r.branch_id)) map.set(r.branch_id, new Map());
        map.get(r.branch_id)!.set(r.type, r.frequency as Frequency);
      }
      return map;
    },

    /** `branch|type|YYYY-MM` for every month in which a branch held a type of meeting, between two dates. */
    async heldMonths(ids: BranchScope, from: string, to: string): Promise<Set<string>> {
      // The keys are built by the database and read as plain strings, and DISTINCT removes repeats: a year of every
      // branch's records is ~12,000 rows, and an object per row cost three times as much as the query.
      const rows = await db
        .selectFrom('meeting_records')
        .select(sql<string>`cast(branch_id as text) || '|' || type || '|' || substr(held_on, 1, 7)`.as('k'))
        .distinct()
        .where('held_on', '>=', from)
        .where('held_on', '<=', to)
        .where(inBranches('branch_id', ids))
        .execute();
      return new Set(rows.map((r) => r.k));
    },

    /** Display names of the members of a branch and of whoever recorded its meetings, by user key. */
    async names(branchId: number): Promise<Map<string, string | null>> {
      const recorders = await db
        .selectFrom('users')
        .select(['key', 'name'])
        .where('key', 'in', (eb) => eb.selectFrom('meeting_records').select('recorded_by').where('branch_id', '=', branchId))
        .execute();
      const members = await db.selectFrom('branch_members').select(['user_key', 'name']).where('branch_id', '=', branchId).execute();
      // The roster's name wins over the one a recorder last wrote under.
      const names = new Map<string, string | null>(recorders.map((u) => [u.key, u.name]));
      for (const m of members) if (m.name !== null || !names.has(m.user_key)) names.set(m.user_key, m.name);
      return names;
    },

    /** A branch's roster with each member's current certificate level, ordered by name. */
    async members(branchId: number): Promise<ConsoleMember[]> {
      const rows = await db
        .selectFrom('branch_members as m')
        .leftJoin('users as u', 'u.key', 'm.user_key')
        .select((eb) => [
          'm.user_key',
          eb.fn.coalesce('m.name', 'u.name').as('name'),
          'm.opt_in',
          eb
            .selectFrom('certificates as c')
            .select('c.level')
            .whereRef('c.user_key', '=', 'm.user_key')
            .where('c.status', '=', 'active')
            .orderBy('c.level_since', 'desc')
            .limit(1)
            .as('level'),
        ])
        .where('m.branch_id', '=', branchId)
        .orderBy('name')
        .execute();
      return rows.map((m) => ({ userKey: m.user_key, name: m.name ?? null, optIn: m.opt_in === 1, certificate: m.level ?? null }));
    },

    /** Who belongs to which branch in view (a member of two branches appears twice). */
    async memberships(ids: BranchScope): Promise<ConsoleMembership[]> {
      const rows = await db
        .selectFrom('branch_members as m')
        .innerJoin('branches as b', 'b.id', 'm.branch_id')
        .leftJoin('users as u', 'u.key', 'm.user_key')
        .select((eb) => ['m.user_key', eb.fn.coalesce('m.name', 'u.name').as('name'), 'm.branch_id', 'b.name as branch'])
        .where(inBranches('m.branch_id', ids))
        .execute();
      return rows.map((r) => ({ userKey: r.user_key, name: r.name ?? null, branchId: r.branch_id, branch: r.branch }));
    },

    /** Distinct members of the branches in view. */
    async memberKeys(ids: BranchScope): Promise<string[]> {
      const rows = await db.selectFrom('branch_members').select('user_key').distinct().where(inBranches('branch_id', ids)).execute();
      return rows.map((r) => r.user_key);
    },

    /** Every certificate in view, soonest expiry first. */
    async certificates(ids: BranchScope): Promise<ConsoleCertificate[]> {
      const rows = await db
        .selectFrom('certificates as c')
        .leftJoin('branches as b', 'b.id', 'c.branch_id')
        .leftJoin('users as u', 'u.key', 'c.user_key')
        .select((eb) => [
          eb.fn.coalesce('c.name', 'u.name').as('name'),
          'b.name as branch',
          'c.level',
          'c.number',
          'c.issued_on',
          'c.expires_on',
          'c.status',
        ])
        .where(inBranches('c.branch_id', ids))
        .orderBy('c.expires_on')
        .orderBy('c.id')
        .execute();
      return rows.map((c) => ({
        name: c.name ?? null,
        branch: c.branch ?? null,
        level: c.level,
        number: c.number,
        issuedOn: c.issued_on,
        expiresOn: c.expires_on,
        status: c.status,
      }));
    },

    /** People holding an active, unexpired certificate on a date, per level. */
    async certifiedByLevel(ids: BranchScope, onDate: string): Promise<Map<string, number>> {
      const rows = await db
        .selectFrom('certificates')
        .select((eb) => ['level', eb.fn.count<number>('user_key').distinct().as('n')])
        .where('status', '=', 'active')
        .where('expires_on', '>=', onDate)
        .where(inBranches('branch_id', ids))
        .groupBy('level')
        .execute();
      return new Map(rows.map((r) => [r.level, Number(r.n)]));
    },

    /** Active certificates expiring between two dates (inclusive). */
    async expiring(ids: BranchScope, from: string, to: string): Promise<{ level: string; expiresOn: string }[]> {
      const rows = await db
        .selectFrom('certificates')
        .select(['level', 'expires_on'])
        .where('status', '=', 'active')
        .where('expires_on', '>=', from)
        .where('expires_on', '<=', to)
        .where(inBranches('branch_id', ids))
        .execute();
      return rows.map((r) => ({ level: r.level, expiresOn: r.expires_on }));
    },
    /**
     * The 五不 signals of every branch in view, as the feature computes them for one branch (same rules, same
     * words), read in five queries for all of them instead of several per branch.
     */
    async warnings(ids: BranchScope, todayDate: string): Promise<Map<number, WarningSignal[]>> {
      const [branchRows, members, attendance, paid, firstRecords, firstDues] = await Promise.all([
        // When each branch began keeping records here (the warnings count from it).
        db.selectFrom('branches').select(['id', 'records_from', 'created_at', 'zone']).where(inBranches('id', ids)).execute(),
        db
          .selectFrom('branch_members')
          .leftJoin('users', 'users.key', 'branch_members.user_key')
          .select(['branch_members.branch_id', 'branch_members.user_key', 'branch_members.name', 'users.name as user_name', 'joined_at'])
          .where(inBranches('branch_members.branch_id', ids))
          // As the feature's own roster orders them (the first of two members with one name wins).
          .orderBy('branch_members.branch_id')
          .orderBy('branch_members.joined_at', (ob) => ob.asc().nullsFirst())
          .orderBy('branch_members.user_key')
          .execute(),
        // The latest meeting each name attended, per branch (a window, so the rows of every meeting are not read out).
        db
          .selectFrom((eb) =>
            eb
              .selectFrom('meeting_attendance as a')
              .innerJoin('meeting_records as r', 'r.id', 'a.record_id')
              .select([
                'r.branch_id',
                'a.name',
                'a.user_key',
                'r.held_on',
                'r.type',
                sql<number>`row_number() OVER (PARTITION BY r.branch_id, a.name ORDER BY r.held_on DESC, r.id DESC)`.as('n'),
              ])
              .where(inBranches('r.branch_id', ids))
              .as('latest'),
          )
          .select(['branch_id', 'name', 'user_key', 'held_on', 'type'])
          .where('n', '=', 1)
          .execute(),
        db
          .selectFrom('dues_payments')
          .select(['branch_id', 'member_name', 'user_key', (eb) => eb.fn.max('month').as('month')])
          .where(inBranches('branch_id', ids))
          .groupBy(['branch_id', 'member_name', 'user_key'])
          .execute(),
        db
          .selectFrom('meeting_records')
          .select(['branch_id', (eb) => eb.fn.min('held_on').as('first')])
          .where(inBranches('branch_id', ids))
          .groupBy('branch_id')
          .execute(),
        db
          .selectFrom('dues_payments')
          .select(['branch_id', (eb) => eb.fn.min('month').as('first')])
          .where(inBranches('branch_id', ids))
          .groupBy('branch_id')
          .execute(),
      ]);
      const starts = new Map(branchRows.map((b) => [b.id, b]));
      const facts = new Map<number, WarningFacts & { byName: Map<string, RosterEntry> }>();
      const of = (branchId: number) => {
        let entry = facts.get(branchId);
        // Every row names a branch that exists (foreign keys), so its start is known.
        const branch = starts.get(branchId)!;
        if (!entry) facts.set(branchId, (entry = { branch, roster: [], attendance: [], paid: [], byName: new Map() }));
        return entry;
      };
      const enrol = (branchId: number, person: RosterEntry) => {
        const entry = of(branchId);
        if (!entry.byName.has(person.name)) entry.byName.set(person.name, person);
      };
      for (const m of members)
        enrol(m.branch_id, { name: m.name ?? m.user_name ?? unnamed(m.user_key), userKey: m.user_key, since: m.joined_at });
      for (const a of attendance) {
        of(a.branch_id).attendance.push({ name: a.name, heldOn: a.held_on, type: a.type });
        enrol(a.branch_id, { name: a.name, userKey: a.user_key, since: null });
      }
      for (const d of paid) {
        of(d.branch_id).paid.push({ name: d.member_name, month: String(d.month) });
        enrol(d.branch_id, { name: d.member_name, userKey: d.user_key, since: null });
      }
      for (const r of firstRecords) of(r.branch_id).firstRecord = String(r.first);
      for (const d of firstDues) of(d.branch_id).firstDues = String(d.first);
      const result = new Map<number, WarningSignal[]>();
      for (const [branchId, entry] of facts) result.set(branchId, signalsOf({ ...entry, roster: [...entry.byName.values()] }, todayDate));
      return result;
    },
  };
}

export type RemindersConsoleQueries = ReturnType<typeof createRemindersConsoleQueries>;

/**
 * For the console's migration of accounts bound by name to accounts bound by id: the branch each name stands for, as
 * names compare (where two branches shared a name, the older holds it: see migration 0305). Runs inside the caller's
 * migration, on its executor.
 */
export async function branchIdsByName(db: Kysely<any>, names: string[]): Promise<Map<string, { id: number; name: string }>> {
  const rows = await (db as RemindersDb).selectFrom('branches').select(['id', 'name', 'name_key']).execute();
  const byKey = new Map(rows.map((b) => [b.name_key, b]));
  const result = new Map<string, { id: number; name: string }>();
  for (const name of names) {
    const branch = byKey.get(branchNameKey(name));
    if (branch) result.set(name, { id: branch.id, name: branch.name });
  }
  return result;
}
