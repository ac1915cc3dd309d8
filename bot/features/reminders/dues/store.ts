import { type DuesPaymentRow, immediate, type RemindersDb } from '../tables';

export interface DuesEntry {
  name: string;
  userKey: string | null;
  /** `YYYY-MM` */
  month: string;
  amountCents: number;
}

/** 党费 payments recorded by the secretary, per member and month. The console reads {@link DuesStore.ofBranch}. */
export interface DuesStore {
  /** Records payments in one unit; returns which replaced an earlier amount for the same member and month. */
  record(branchId: number, entries: DuesEntry[], by: string, at: string): Promise<{ added: DuesEntry[]; replaced: DuesEntry[] }>;
  ofBranch(branchId: number, range?: { from?: string; to?: string }): Promise<DuesPaymentRow[]>;
  /** A member's own payments: by account, or by the name the secretary typed in a branch they belong to. */
  ofMember(userKey: string, names: { branchId: number; name: string }[]): Promise<DuesPaymentRow[]>;
  /** The latest month each name paid, per branch. */
  lastPaid(branchId: number): Promise<{ name: string; userKey: string | null; month: string }[]>;
}

export function createSqliteDuesStore(db: RemindersDb): DuesStore {
  return {
    async record(branchId, entries, by, at) {
      return immediate(db, async (tx) => {
        const added: DuesEntry[] = [];
        const replaced: DuesEntry[] = [];
        for (const e of entries) {
          const before = await tx
            .selectFrom('dues_payments')
            .select('id')
            .where('branch_id', '=', branchId)
            .where('member_name', '=', e.name)
            .where('month', '=', e.month)
            .executeTakeFirst();
          await tx
            .insertInto('dues_payments')
            .values({
              branch_id: branchId,
              member_name: e.name,
              user_key: e.userKey,
              month: e.month,
              amount_cents: e.amountCents,
              recorded_by: by,
              recorded_at: at,
            })
            .onConflict((oc) =>
              oc
                .columns(['branch_id', 'member_name', 'month'])
                .doUpdateSet({ amount_cents: e.amountCents, user_key: e.userKey, recorded_by: by, recorded_at: at }),
            )
            .execute();
          (before ? replaced : added).push(e);
        }
        return { added, replaced };
      });
    },
    async ofBranch(branchId, range = {}) {
      let query = db.selectFrom('dues_payments').selectAll().where('branch_id', '=', branchId);
      if (range.from) query = query.where('month', '>=', range.from);
      if (range.to) query = query.where('month', '<=', range.to);
      return query.orderBy('month').orderBy('member_name').execute();
    },
    async ofMember(userKey, names) {
      return db
        .selectFrom('dues_payments')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb('user_key', '=', userKey),
            ...names.map((n) => eb.and([eb('branch_id', '=', n.branchId), eb('member_name', '=', n.name)])),
          ]),
        )
        .orderBy('month', 'desc')
        .orderBy('id')
        .execute();
    },
    async lastPaid(branchId) {
      const rows = await db
        .selectFrom('dues_payments')
        .select(['member_name', 'user_key', (eb) => eb.fn.max('month').as('month')])
        .where('branch_id', '=', branchId)
        .groupBy(['member_name', 'user_key'])
        .execute();
      return rows.map((r) => ({ name: r.member_name, userKey: r.user_key, month: r.month }));
    },
  };
}
