import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createRemindersStores } from '../../bot';
import { migrate } from '../../bot/storage/migrations';
import { createAccountStore } from '../../web/accounts';
import { migratedStorage, testBackend } from '../helpers/database';
import { consoleMigrations } from './console-schema';

const before = Object.fromEntries(
  Object.entries(consoleMigrations).filter(([name]) => name !== '0305_branch_identity' && name !== '0902_web_account_branch_ids'),
);

describe(`accounts bound by name become accounts bound by id (migrations 0305 and 0902, ${testBackend})`, () => {
  it('maps each name to its branch, the older one where an impostor had taken the name; an unknown name binds nothing and is logged', async () => {
    const opened = await migratedStorage('dangwu-branch-ids-', before);
    const { storage } = opened;
    try {
      // The database as the release before wrote it (its tables, not today's stores: no store writes the old shape).
      const db = storage.db as unknown as Kysely<any>;
      const branch = (id: number, chat: string, name: string) => ({
        id,
        chat_key: `console:${chat}`,
        platform: 'console',
        chat_id: chat,
        name,
        zone: 'Asia/Shanghai',
        secretary_key: `console:sec-${chat}`,
        created_at: `2026-0${id}-01T00:00:00.000Z`,
      });
      await db
        .insertInto('branches')
        .values([branch(1, 'g1', '第二党支部'), branch(2, 'g2', '第二党支部'), branch(3, 'g3', '第三黨支部')])
        .execute();
      const at = '2026-05-01T00:00:00.000Z';
      const account = (id: number, username: string) => ({
        id,
        username,
        role: 'branch',
        password_hash: 'x',
        created_at: at,
        updated_at: at,
      });
      await db
        .insertInto('web_accounts')
        .values([account(1, 'erzhibu'), account(2, 'sanzhibu')])
        .execute();
      await db
        .insertInto('web_account_branches')
        .values([
          { account_id: 1, branch_name: '第二党支部' },
          { account_id: 2, branch_name: '第三党支部' },
          { account_id: 2, branch_name: '第九党支部' },
        ])
        .execute();

      await migrate(storage, consoleMigrations);

      const accounts = await createAccountStore(storage).list();
      expect(accounts.map((a) => [a.username, a.branchIds, a.branches])).toEqual([
        ['erzhibu', [1], ['第二党支部']],
        ['sanzhibu', [3], ['第三黨支部']],
      ]);
      const logged = (await createAccountStore(storage).auditLog()).filter((r) => r.action === 'account.branch-unresolved');
      expect(logged.map((r) => JSON.parse(r.detail))).toEqual([{ accountId: 2, branch: '第九党支部' }]);
      const branches = createRemindersStores(storage).branches;
      expect((await branches.byName('第二黨支部'))?.id).toBe(1);
      expect((await branches.byName('第三党支部'))?.id).toBe(3);
      // Every chat stays bound to the branch it made; the impostor's branch keeps its chat but not the name.
      expect((await branches.byChat('console:g2'))?.id).toBe(2);
      expect((await branches.chats(1)).map((c) => c.chatKey)).toEqual(['console:g1']);
    } finally {
      await opened.close();
    }
  });
});
