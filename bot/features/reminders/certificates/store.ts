import { addYears as addYearsSafe } from '../../../time';
import { type CertificateRow, immediate, type RemindersDb } from '../tables';
import { type CertificateInput, type CurrentCertificate, isLevel, LEVELS } from './rules';

export interface CertificateOwner {
  userKey: string;
  name: string | null;
  branchId: number | null;
  platform: string;
  notifyChatId: string;
}

/**
 * 持证上岗 certificates. The console lists a branch's with {@link CertificateStore.ofBranch}.
 */
export interface CertificateStore {
  byId(id: number): Promise<CertificateRow | undefined>;
  activeById(id: number): Promise<CertificateRow | undefined>;
  activeByNumber(number: string): Promise<CertificateRow[]>;
  /** Every certificate of a holder, whatever its status, oldest first. */
  ofHolder(userKey: string): Promise<CertificateRow[]>;
  /** The newest active or revoked certificate of each holder in the branch (registered there or a member). */
  ofBranch(branchId: number): Promise<CertificateRow[]>;
  /** Saves a certificate, superseding the holder's active ones; the level's start date carries over on renewal. */
  save(input: CertificateInput, owner: CertificateOwner, at: string): Promise<{ cert: CertificateRow; superseded: number[] }>;
  /** Marks an active certificate revoked; false when it was no longer active. */
  revoke(id: number, by: string, at: string): Promise<boolean>;
  /** The holder's current certificate: the active one of the highest level (the quiz's 统计 shows it). */
  current(userKey: string): Promise<CurrentCertificate | undefined>;
}

export function createSqliteCertificateStore(db: RemindersDb): CertificateStore {
  return {
    byId: (id) => db.selectFrom('certificates').selectAll().where('id', '=', id).executeTakeFirst(),
    activeById: (id) => db.selectFrom('certificates').selectAll().where('id', '=', id).where('status', '=', 'active').executeTakeFirst(),
    activeByNumber: (number) =>
      db.selectFrom('certificates').selectAll().where('number', '=', number).where('status', '=', 'active').execute(),
    ofHolder: (userKey) => db.selectFrom('certificates').selectAll().where('user_key', '=', userKey).orderBy('id').execute(),
    async ofBranch(branchId) {
      const rows = await db
        .selectFrom('certificates as c')
        .selectAll('c')
        .where('c.status', 'in', ['active', 'revoked'])
        .where((eb) =>
          eb.or([
            eb('c.branch_id', '=', branchId),
            eb('c.user_key', 'in', eb.selectFrom('branch_members').select('user_key').where('branch_id', '=', branchId)),
          ]),
        )
        .orderBy('c.status')
        .orderBy('c.expires_on')
        .orderBy('c.id')
        .execute();
      // The newest per holder.
      const newest = new Map<string, CertificateRow>();
      for (const row of rows) if (!newest.has(row.user_key) || newest.get(row.user_key)!.id < row.id) newest.set(row.user_key, row);
      return rows.filter((r) => newest.get(r.user_key) === r);
    },
    async save(input, owner, at) {
      return immediate(db, async (tx) => {
        const previous = await tx
          .selectFrom('certificates')
          .selectAll()
          .where('user_key', '=', owner.userKey)
          .where('status', '=', 'active')
          .execute();
        const sameLevel = previous.filter((p) => p.level === input.level).sort((a, b) => a.level_since.localeCompare(b.level_since))[0];
        const levelSince = sameLevel && sameLevel.level_since < input.issuedOn ? sameLevel.level_since : input.issuedOn;
        await tx
          .updateTable('certificates')
          .set({ status: 'superseded' })
          .where('user_key', '=', owner.userKey)
          .where('status', '=', 'active')
          .execute();
        const cert = await tx
          .insertInto('certificates')
          .values({
            user_key: owner.userKey,
            name: owner.name,
            branch_id: owner.branchId,
            level: input.level,
            number: input.number,
            issued_on: input.issuedOn,
            expires_on: input.expiresOn,
            level_since: levelSince,
            platform: owner.platform,
            notify_chat_id: owner.notifyChatId,
            created_at: at,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return { cert, superseded: previous.map((p) => p.id) };
      });
    },
    async revoke(id, by, at) {
      const result = await db
        .updateTable('certificates')
        .set({ status: 'revoked', revoked_at: at, revoked_by: by })
        .where('id', '=', id)
        .where('status', '=', 'active')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async current(userKey) {
      const rows = await db.selectFrom('certificates').selectAll().where('user_key', '=', userKey).where('status', '=', 'active').execute();
      const rank = (level: string) => (isLevel(level) ? LEVELS.indexOf(level) : -1);
      const best = rows.sort((a, b) => rank(b.level) - rank(a.level) || b.issued_on.localeCompare(a.issued_on))[0];
      if (!best || !isLevel(best.level)) return undefined;
      const nextLevel = LEVELS[LEVELS.indexOf(best.level) + 1];
      return {
        level: best.level,
        number: best.number,
        issuedOn: best.issued_on,
        expiresOn: best.expires_on,
        levelSince: best.level_since,
        ...(nextLevel ? { nextLevel, nextLevelOpensOn: addYearsSafe(best.level_since) } : {}),
      };
    },
  };
}
