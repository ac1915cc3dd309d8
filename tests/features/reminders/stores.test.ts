import { describe, expect, it, onTestFinished } from 'vitest';
import { createRemindersStores, type RemindersStores } from '../../../bot/features/reminders';
import { createRemindersConsoleQueries } from '../../../bot/features/reminders/console-queries';
import { remindersMigrations } from '../../../bot/features/reminders/migrations';
import { remindersDb } from '../../../bot/features/reminders/tables';
import { parseSchedule } from '../../../bot/scheduler/parse';
import { openStorage, type Storage } from '../../../bot/storage/database';
import { coreMigrations, migrate } from '../../../bot/storage/migrations';
import { yearPeriod } from '../../../bot/time';
import { freshDatabase, testBackend } from '../../helpers/database';
import { tempDir } from '../../helpers/temp';

/**
 * Every method of the reminders feature's stores, straight on the storage contract (no runtime), so that the same
 * file proves them on SQLite and on PostgreSQL (`DANGWU_TEST_BACKEND=postgres`).
 */
async function openStores(): Promise<{ storage: Storage; stores: RemindersStores }> {
  const database = await freshDatabase(tempDir('dangwu-reminders-stores-'));
  const storage = openStorage(database.url);
  onTestFinished(async () => {
    await storage.close();
    await database.drop();
  });
  await migrate(storage, { ...coreMigrations, ...remindersMigrations });
  return { storage, stores: createRemindersStores(storage) };
}

const AT = '2026-03-02T01:00:00.000Z';
const ZONE = 'Asia/Shanghai';

async function bindBranch(stores: RemindersStores, chatId: string, name: string, secretary = 'console:sec') {
  return stores.branches.bind({
    chatKey: `console:${chatId}`,
    platform: 'console',
    chatId,
    name,
    zone: ZONE,
    secretaryKey: secretary,
    secretaryPlatform: 'console',
    secretaryChatId: 'dm-sec',
    createdAt: AT,
  });
}

const member = (branchId: number, id: string, name: string | null, joinedAt = AT) => ({
  branchId,
  userKey: `console:${id}`,
  name,
  platform: 'console',
  privateChatId: `dm-${id}`,
  joinedAt,
});

describe(`reminders stores on ${testBackend}`, () => {
  it('branches: bind (and rename on a second bind), settings, members and their flags', async () => {
    const { storage, stores } = await openStores();
    const { branches } = stores;
    const first = await bindBranch(stores, 'g1', '第一支部');
    expect(first).toMatchObject({ chat_key: 'console:g1', name: '第一支部', holidays: 1, lead_minutes: '[1440,120]' });
    const renamed = await bindBranch(stores, 'g1', '第一党支部', 'console:sec2');
    expect(renamed).toMatchObject({ id: first.id, name: '第一党支部', secretary_key: 'console:sec2' });
    const second = await bindBranch(stores, 'g2', '第二党支部', 'console:sec2');
    expect((await branches.all()).map((b) => b.name)).toEqual(['第一党支部', '第二党支部']);
    expect((await branches.byId(second.id))?.chat_key).toBe('console:g2');
    expect((await branches.byChat('console:g1'))?.id).toBe(first.id);
    expect(await branches.byChat('console:nowhere')).toBeUndefined();
    expect((await branches.bySecretary('console:sec2'))?.id).toBe(second.id);

    await branches.setLeads(first.id, [60, 10]);
    await branches.setHolidays(first.id, false);
    expect(await branches.byId(first.id)).toMatchObject({ lead_minutes: '[60,10]', holidays: 0 });

    await branches.remember(member(first.id, 'a', '张三', '2026-03-01T00:00:00.000Z'), { optIn: true });
    // A later message without a name keeps the name, and leaves the flags alone when none are given.
    await branches.remember(member(first.id, 'a', null, '2026-03-05T00:00:00.000Z'));
    await branches.remember(member(first.id, 'b', null, '2026-03-02T00:00:00.000Z'), { duesOptIn: true });
    await branches.remember(member(second.id, 'a', '张三'));
    expect(await branches.member(first.id, 'console:a')).toMatchObject({ name: '张三', opt_in: 1, dues_opt_in: 0 });
    expect(await branches.member(first.id, 'console:nobody')).toBeUndefined();
    expect((await branches.ofMember('console:a')).map((b) => b.id)).toEqual([first.id, second.id]);

    // A member whose row predates join dates (NULL) comes first on both backends; names fall back to the core's users.
    await remindersDb(storage).updateTable('branch_members').set({ joined_at: null }).where('user_key', '=', 'console:b').execute();
    expect((await branches.members(first.id)).map((m) => m.name)).toEqual(['未设姓名（请本人发送“我叫 姓名”）', '张三']);
    await storage.db
      .insertInto('users')
      .values({ key: 'console:b', platform: 'console', platform_id: 'b', name: '李四', first_seen: AT, last_seen: AT })
      .execute();
    expect(await branches.displayName('console:b')).toBe('李四');
    expect(await branches.displayName('console:nobody')).toBeUndefined();
    expect(await branches.members(first.id)).toEqual([
      { userKey: 'console:b', name: '李四', optIn: false, duesOptIn: true, joinedAt: null },
      { userKey: 'console:a', name: '张三', optIn: true, duesOptIn: false, joinedAt: '2026-03-01T00:00:00.000Z' },
    ]);
    expect(await branches.optedIn(first.id)).toEqual([{ platform: 'console', chatId: 'dm-a' }]);
    expect((await branches.duesOptedIn(first.id)).map((m) => m.user_key)).toEqual(['console:b']);

    await branches.pauseChat('console', 'dm-b');
    await branches.pauseChat('console', 'dm-a');
    expect(await branches.optedIn(first.id)).toEqual([]);
    expect(await branches.duesOptedIn(first.id)).toEqual([]);
  });

  it('meetings: frequencies, schedules, records with attendance, the last attendance per name', async () => {
    const { stores } = await openStores();
    const { meetings } = stores;
    const branch = await bindBranch(stores, 'g1', '第一党支部');
    const other = await bindBranch(stores, 'g2', '第二党支部');

    expect(await meetings.frequency(branch.id, '支委会')).toBeUndefined();
    await meetings.setFrequency(branch.id, '支委会', 'monthly');
    await meetings.setFrequency(branch.id, '支委会', 'quarterly');
    expect(await meetings.frequency(branch.id, '支委会')).toBe('quarterly');

    const saved = await meetings.saveSchedule(branch.id, '支委会', '每月第一个周一下午3点', '{"v":1}', AT);
    const again = await meetings.saveSchedule(branch.id, '支委会', '每月第二个周一下午3点', '{"v":2}', AT);
    expect(again).toMatchObject({ id: saved.id, phrase: '每月第二个周一下午3点', schedule: '{"v":2}', active: 1 });
    const otherSchedule = await meetings.saveSchedule(other.id, '党课', '每季度第一个月10日上午9点', '{"v":3}', AT);
    expect((await meetings.schedules(branch.id)).map((s) => s.id)).toEqual([saved.id]);
    expect((await meetings.schedule(otherSchedule.id))?.type).toBe('党课');
    expect(await meetings.schedule(9999)).toBeUndefined();
    expect((await meetings.allActive()).map((s) => s.id)).toEqual([saved.id, otherSchedule.id]);

    const resolve = (name: string) => (name === '张三' ? 'console:a' : null);
    const march = await meetings.addRecord(
      branch.id,
      '支委会',
      { date: '2026-03-02', names: ['张三', '李四', '张三'], topic: '学习', place: '会议室' },
      'console:sec',
      AT,
      resolve,
    );
    expect(march).toMatchObject({ held_on: '2026-03-02', topic: '学习', place: '会议室', attendees: ['张三', '李四'] });
    const april = await meetings.addRecord(
      branch.id,
      '党课',
      { date: '2026-04-01', present: 18, expected: 20 },
      'console:sec',
      AT,
      resolve,
    );
    expect(april).toMatchObject({ present: 18, expected: 20, attendance: '18/20', attendees: [] });
    await meetings.addRecord(other.id, '支委会', { date: '2026-05-01', names: ['王五'] }, 'console:sec', AT, resolve);

    const updated = await meetings.updateRecord(april.id, { names: ['张三', '赵六'], topic: '党课' }, '2026-04-02T00:00:00.000Z', resolve);
    expect(updated).toMatchObject({ present: 2, expected: 20, attendance: '2/20', topic: '党课', attendees: ['张三', '赵六'] });
    expect(await meetings.updateRecord(9999, { topic: 'x' }, AT, resolve)).toBeUndefined();
    expect((await meetings.record(march.id))?.attendees).toHaveLength(2);
    expect(await meetings.record(9999)).toBeUndefined();

    expect((await meetings.records(branch.id)).map((r) => r.held_on)).toEqual(['2026-03-02', '2026-04-01']);
    expect((await meetings.records(branch.id, { from: '2026-03-03' })).map((r) => r.id)).toEqual([april.id]);
    expect((await meetings.records(branch.id, { to: '2026-03-02' })).map((r) => r.id)).toEqual([march.id]);

    const last = await meetings.lastAttendance(branch.id);
    expect(last.sort((a, b) => (a.name < b.name ? -1 : 1))).toEqual([
      { name: '张三', userKey: 'console:a', heldOn: '2026-04-01', type: '党课' },
      { name: '李四', userKey: null, heldOn: '2026-03-02', type: '支委会' },
      { name: '赵六', userKey: null, heldOn: '2026-04-01', type: '党课' },
    ]);
  });

  it('certificates: a renewal keeps the level date and supersedes; the branch roster; revocation; the current one', async () => {
    const { stores } = await openStores();
    const { certificates, branches } = stores;
    const branch = await bindBranch(stores, 'g1', '第一党支部');
    const owner = (id: string, branchId: number | null) => ({
      userKey: `console:${id}`,
      name: id,
      branchId,
      platform: 'console',
      notifyChatId: `dm-${id}`,
    });
    const first = await certificates.save(
      { level: '初级', number: 'DW1', issuedOn: '2025-05-10', expiresOn: '2026-05-10' },
      owner('alice', branch.id),
      AT,
    );
    expect(first.superseded).toEqual([]);
    expect(first.cert).toMatchObject({ status: 'active', level_since: '2025-05-10' });
    expect(await certificates.current('console:alice')).toEqual({
      level: '初级',
      number: 'DW1',
      issuedOn: '2025-05-10',
      expiresOn: '2026-05-10',
      levelSince: '2025-05-10',
      nextLevel: '中级',
      nextLevelOpensOn: '2026-05-10',
    });

    const renewal = await certificates.save(
      { level: '初级', number: 'DW2', issuedOn: '2026-05-08', expiresOn: '2027-05-08' },
      owner('alice', null),
      AT,
    );
    expect(renewal.superseded).toEqual([first.cert.id]);
    expect(renewal.cert.level_since).toBe('2025-05-10');
    expect((await certificates.byId(first.cert.id))?.status).toBe('superseded');
    expect(await certificates.activeById(first.cert.id)).toBeUndefined();
    expect((await certificates.activeById(renewal.cert.id))?.number).toBe('DW2');
    expect((await certificates.activeByNumber('DW2')).map((c) => c.id)).toEqual([renewal.cert.id]);
    expect(await certificates.activeByNumber('DW1')).toEqual([]);
    expect((await certificates.ofHolder('console:alice')).map((c) => [c.number, c.status])).toEqual([
      ['DW1', 'superseded'],
      ['DW2', 'active'],
    ]);
    expect(await certificates.ofHolder('console:nobody')).toEqual([]);

    // Bob registered elsewhere but is a member here; Carol belongs to no branch of ours.
    await branches.remember(member(branch.id, 'bob', '鲍勃'));
    const bob = await certificates.save(
      { level: '高级', number: 'DW9', issuedOn: '2025-01-01', expiresOn: '2026-01-01' },
      owner('bob', null),
      AT,
    );
    await certificates.save({ level: '中级', number: 'DW7', issuedOn: '2025-01-01', expiresOn: '2026-01-01' }, owner('carol', null), AT);
    // Alice's DW1 was registered here but is superseded; DW2 was registered without a branch and she is no member.
    expect((await certificates.ofBranch(branch.id)).map((c) => c.number).sort()).toEqual(['DW9']);
    expect(await certificates.current('console:bob')).toMatchObject({ level: '高级', levelSince: '2025-01-01' });
    expect(await certificates.current('console:bob')).not.toHaveProperty('nextLevel');

    expect(await certificates.revoke(bob.cert.id, 'console:sec', AT)).toBe(true);
    expect(await certificates.revoke(bob.cert.id, 'console:sec', AT)).toBe(false);
    expect(await certificates.byId(bob.cert.id)).toMatchObject({ status: 'revoked', revoked_by: 'console:sec', revoked_at: AT });
    expect(await certificates.current('console:bob')).toBeUndefined();
    expect((await certificates.ofBranch(branch.id)).map((c) => [c.number, c.status])).toEqual([['DW9', 'revoked']]);
    expect(await certificates.current('console:nobody')).toBeUndefined();
  });

  it('personal reminders: add, the active ones soonest first, next time, finish, cancel (own only), pause a chat', async () => {
    const { stores } = await openStores();
    const { personal } = stores;
    const reminder = (text: string, at: string, chatId = 'dm-a') => ({
      userKey: 'console:a',
      platform: 'console',
      chatId,
      text,
      at,
      schedule: '{}',
      zone: ZONE,
      createdAt: AT,
    });
    const late = await personal.add(reminder('交党费', '2026-03-10T01:00:00.000Z'));
    const soon = await personal.add(reminder('开会', '2026-03-05T01:00:00.000Z'));
    const elsewhere = await personal.add(reminder('学习', '2026-03-20T01:00:00.000Z', 'dm-a-work'));
    expect(late).toMatchObject({ status: 'active', text: '交党费', schedule: '{}', zone: ZONE });
    expect((await personal.active('console:a')).map((r) => r.id)).toEqual([soon.id, late.id, elsewhere.id]);

    await personal.setNext(soon.id, '2026-04-05T01:00:00.000Z');
    expect((await personal.byId(soon.id))?.at).toBe('2026-04-05T01:00:00.000Z');
    await personal.finish(late.id);
    expect((await personal.byId(late.id))?.status).toBe('done');
    expect(await personal.cancel(soon.id, 'console:b')).toBe(false);
    expect(await personal.cancel(late.id, 'console:a')).toBe(false);
    expect(await personal.cancel(soon.id, 'console:a')).toBe(true);
    await personal.pauseChat('console', 'dm-a-work');
    expect((await personal.byId(elsewhere.id))?.status).toBe('paused');
    expect(await personal.active('console:a')).toEqual([]);
    expect((await personal.ofUser('console:a')).map((r) => [r.text, r.status])).toEqual([
      ['交党费', 'done'],
      ['开会', 'cancelled'],
      ['学习', 'paused'],
    ]);
    expect(await personal.ofUser('console:b')).toEqual([]);
    expect(await personal.byId(9999)).toBeUndefined();
  });

  it('dues: added and replaced in one unit, by branch and range, a member’s own, the last month paid', async () => {
    const { stores } = await openStores();
    const { dues } = stores;
    const branch = await bindBranch(stores, 'g1', '第一党支部');
    const other = await bindBranch(stores, 'g2', '第二党支部');
    const first = await dues.record(
      branch.id,
      [
        { name: '张三', userKey: 'console:a', month: '2026-01', amountCents: 1000 },
        { name: '李四', userKey: null, month: '2026-01', amountCents: 500 },
      ],
      'console:sec',
      AT,
    );
    expect(first.added.map((e) => e.name)).toEqual(['张三', '李四']);
    expect(first.replaced).toEqual([]);
    const second = await dues.record(
      branch.id,
      [
        { name: '张三', userKey: 'console:a', month: '2026-01', amountCents: 1200 },
        { name: '李四', userKey: null, month: '2026-02', amountCents: 500 },
      ],
      'console:sec',
      AT,
    );
    expect(second.replaced.map((e) => e.name)).toEqual(['张三']);
    expect(second.added.map((e) => e.month)).toEqual(['2026-02']);
    await dues.record(other.id, [{ name: '张三', userKey: null, month: '2026-03', amountCents: 300 }], 'console:sec', AT);

    expect((await dues.ofBranch(branch.id)).map((r) => [r.month, r.member_name, r.amount_cents])).toEqual([
      ['2026-01', '张三', 1200],
      ['2026-01', '李四', 500],
      ['2026-02', '李四', 500],
    ]);
    expect((await dues.ofBranch(branch.id, { from: '2026-02' })).map((r) => r.month)).toEqual(['2026-02']);
    expect((await dues.ofBranch(branch.id, { to: '2026-01' })).map((r) => r.month)).toEqual(['2026-01', '2026-01']);

    // By account in any branch, or by the typed name in a branch she belongs to.
    expect((await dues.ofMember('console:a', [])).map((r) => r.month)).toEqual(['2026-01']);
    expect((await dues.ofMember('console:a', [{ branchId: other.id, name: '张三' }])).map((r) => r.month)).toEqual(['2026-03', '2026-01']);
    expect((await dues.ofMember('console:b', [{ branchId: branch.id, name: '李四' }])).map((r) => r.month)).toEqual(['2026-02', '2026-01']);

    // 张 (U+5F20) sorts before 李 (U+674E).
    expect((await dues.lastPaid(branch.id)).sort((a, b) => (a.name < b.name ? -1 : 1))).toEqual([
      { name: '张三', userKey: 'console:a', month: '2026-01' },
      { name: '李四', userKey: null, month: '2026-02' },
    ]);
  });

  it('schedule views and 五不 warnings read through the same stores', async () => {
    const { stores } = await openStores();
    const branch = await bindBranch(stores, 'g1', '第一党支部');
    const parsed = parseSchedule('每月第一个周一下午3点', { from: new Date(AT), zone: ZONE });
    if (!parsed.ok) throw new Error(parsed.reason);
    await stores.meetings.saveSchedule(branch.id, '支委会', '每月第一个周一下午3点', JSON.stringify(parsed.schedule), AT);
    const [view] = await stores.scheduleViews(branch.id, new Date(AT));
    expect(view).toMatchObject({ type: '支委会', typeName: '支部委员会会议', zone: '北京时间' });
    expect(view!.next).toContain('2026-03-02');
    expect(await stores.scheduleViews(9999, new Date(AT))).toEqual([]);

    await stores.branches.remember(member(branch.id, 'a', '张三', '2025-01-01T00:00:00.000Z'));
    await stores.meetings.addRecord(branch.id, '支委会', { date: '2025-09-01', names: ['张三', '李四'] }, 'console:sec', AT, () => null);
    await stores.meetings.addRecord(branch.id, '支委会', { date: '2026-02-01', names: ['李四'] }, 'console:sec', AT, () => null);
    await stores.dues.record(branch.id, [{ name: '李四', userKey: null, month: '2026-02', amountCents: 100 }], 'console:sec', AT);
    const signals = await stores.warnings(branch.id, '2026-03-31');
    expect(signals.map((s) => [s.name, s.level])).toEqual([['张三', 'lapse']]);
    expect(signals[0]!.facts.join('；')).toContain('最近一次参加组织生活是 2025-09-01');
  });

  it('records start, absentees, names, compliance and warnings with the console’s reading, on either backend (issue 23)', async () => {
    const { storage, stores } = await openStores();
    const branch = await bindBranch(stores, 'g1', '第一党支部'); // bound 2026-03-02
    await stores.branches.remember(member(branch.id, 'a', null, AT));
    await stores.branches.setName('console:a', '张三');
    expect((await stores.branches.members(branch.id)).map((m) => m.name)).toEqual(['张三']);
    const record = await stores.meetings.addRecord(
      branch.id,
      '党员大会',
      { date: '2026-03-20', present: 4, expected: 5, names: ['张三'], absentees: ['孙七', '周八'] },
      'console:sec',
      AT,
      () => null,
    );
    expect(record).toMatchObject({ present: 4, expected: 5, absentees: '孙七、周八' });
    expect(await stores.meetings.firstRecordDate(branch.id)).toBe('2026-03-20');
    expect(await stores.meetings.firstRecordDate(9999)).toBeUndefined();
    const dues = [{ name: '张三', userKey: null, month: '2026-03', amountCents: 100 }];
    await stores.dues.record(branch.id, dues, 'console:sec', AT);
    await stores.dues.record(branch.id, [{ ...dues[0]!, userKey: 'console:a', month: '2026-09' }], 'console:sec', AT);

    const year = await stores.compliance(branch.id, yearPeriod(2026), '2026-10-10');
    const status = (type: string, key: string) => year.find((i) => i.type === type && i.period.key === key)?.status;
    expect([status('党员大会', '2026-Q1'), status('党员大会', '2026-Q3'), status('党员大会', '2026-Q4')]).toEqual([
      'held',
      'missing',
      'upcoming',
    ]);
    expect([status('支委会', '2026-02'), status('支委会', '2026-03'), status('支委会', '2026-04')]).toEqual([
      'before',
      'before',
      'missing',
    ]);
    await stores.branches.setRecordsFrom(branch.id, '2026-01-01');
    expect((await stores.compliance(branch.id, yearPeriod(2026), '2026-10-10')).find((i) => i.period.key === '2026-02')?.status).toBe(
      'missing',
    );

    // Paid through September under his account (March under his name only): the latest wins.
    const signals = await stores.warnings(branch.id, '2026-10-10');
    expect(signals).toEqual([{ name: '张三', level: 'lapse', facts: ['最近一次参加组织生活是 2026-03-20（支部党员大会），已满 6 个月'] }]);
    expect((await createRemindersConsoleQueries(storage).warnings([branch.id], '2026-10-10')).get(branch.id)).toEqual(signals);
  });
});
