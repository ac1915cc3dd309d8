import { afterEach, describe, expect, it } from 'vitest';
import { createRemindersStores } from '../../../bot/features/reminders';
import { createRemindersConsoleQueries } from '../../../bot/features/reminders/console-queries';
import { monthPeriod, quarterPeriod, yearPeriod } from '../../../bot/time';
import { createTestBot, type Speaker, type TestBot, textOf } from '../../helpers/runtime';

let bot: TestBot;
afterEach(async () => bot?.close());

const secretary: Speaker = { userId: 'me', name: '王书记', chatId: 'g1', chatKind: 'group' };
const wangwu: Speaker = { userId: 'wangwu', name: '王五', chatId: 'g1', chatKind: 'group' };

/**
 * A year of one branch, bound on 2026-02-15 (the middle of 第一季度), as of 2026-12-05.
 *
 * Meetings: 党员大会 03-20 (王书记 张三 李四), 06-18 (王书记 张三), 11-25 (王书记 张三 王五); 党课 05-10 (张三 李四);
 * 支委会 03-05 04-08 05-06 07-03 09-04 10-09 11-06 (no names); no 党小组会 at all.
 * 党费: 张三 2–11月, 李四 2–5月, 王五 7–12月; 王书记 none. 王五 joined the chat on 2026-07-01.
 */
const COMPLIANCE_2026: Record<string, string[]> = {
  // One status per period of the year view: ✓ held, ✗ missing, … upcoming, – before the records began (not counted).
  党员大会: ['✓', '✓', '✗', '✓'],
  党课: ['–', '✓', '✗', '…'],
  支委会: ['–', '–', '✓', '✓', '✓', '✗', '✓', '✗', '✓', '✓', '✓', '…'],
  党小组会: ['–', '–', '✗', '✗', '✗', '✗', '✗', '✗', '✗', '✗', '✗', '…'],
};
// Totals by hand: held 3+1+7 = 11, missing 1+1+2+9 = 13, upcoming 1+1+1 = 3, not counted 1+2+2 = 5 (32 periods).
const TOTALS = '合计：已召开 11 项，缺 13 项，待召开 3 项，开始记录前 5 项不计。';

/** 五不 as of 2026-12-05, by hand (whole months; dues months after the last paid one that have ended). */
const WARNINGS = [
  // 05-10 → 12-05: 6 whole months (and 25 days); paid through May: June–November, 6 months.
  {
    name: '李四',
    level: 'lapse',
    facts: ['最近一次参加组织生活是 2026-05-10（党课），已满 6 个月', '党费登记到 2026-05，其后 6 个整月没有登记'],
  },
  // Joined with the binding on 02-15, after the 党费 records' first month (02): 02-15 → 12-05 is 9 whole months.
  { name: '王书记', level: 'lapse', facts: ['2026-02-15 加入本支部以来没有党费登记（记录已满 9 个月）'] },
];
// 张三 (attended 11-25, paid through November) and 王五 (joined 07-01, attended 11-25, paid December) have none.

const mark = { held: '✓', missing: '✗', upcoming: '…', before: '–' } as const;

describe('a year of a branch’s records, against a table computed by hand', () => {
  it('warnings, compliance in every period view and the console’s reading agree with the table', async () => {
    bot = await createTestBot();
    bot.clock.set('2026-02-15T10:00:00+08:00');
    await bot.say('绑定支部 第一党支部', secretary);
    bot.clock.set('2026-07-01T10:00:00+08:00');
    await bot.say('订阅会议提醒', wangwu);
    bot.clock.set('2026-12-05T09:00:00+08:00');
    for (const line of [
      '党员大会 2026-03-20 参加：王书记、张三、李四 学习党章',
      '党员大会 2026-06-18 参加：王书记、张三 七一主题党日',
      '党员大会 2026-11-25 参加：王书记、张三、王五 年度总结',
      '党课 2026-05-10 参加：张三、李四 书记讲党课',
      ...['03-05', '04-08', '05-06', '07-03', '09-04', '10-09', '11-06'].map((d) => `支委会 2026-${d} 应到3实到3 研究工作`),
    ])
      expect(textOf(await bot.say(`记录会议 ${line}`, secretary))).toContain('已记录');
    expect(textOf(await bot.say('记录党费\n张三 2-11月 每月50元\n李四 2-5月 每月30元\n王五 7-12月 每月40元', secretary))).toContain(
      '已登记 20 笔党费',
    );

    const stores = createRemindersStores(bot.runtime.storage);
    const [branch] = await stores.branches.all();
    const id = branch!.id;
    const today = '2026-12-05';

    // 五不: the chat, the feature's query and the console's reading of every branch at once.
    const signals = await stores.warnings(id, today);
    expect(signals).toEqual(WARNINGS);
    expect((await createRemindersConsoleQueries(bot.runtime.storage).warnings([id], today)).get(id)).toEqual(WARNINGS);
    const chat = textOf(await bot.say('五不预警', secretary));
    for (const w of WARNINGS) expect(chat).toContain(`【满6个月】${w.name}：${w.facts.join('；')}`);
    expect(chat).not.toMatch(/张三|王五/);

    // Compliance: the year view, item by item, against the table.
    const year = await stores.compliance(id, yearPeriod(2026), today);
    const got: Record<string, string[]> = {};
    for (const item of year) (got[item.type] ??= []).push(mark[item.status]);
    expect(got).toEqual(COMPLIANCE_2026);
    expect(textOf(await bot.say('会议情况 2026年', secretary))).toContain(TOTALS);

    // Every month and quarter view says of each period what the year view says of it.
    const byKey = new Map(year.map((i) => [`${i.type}|${i.period.key}`, i.status]));
    const views = [...Array.from({ length: 12 }, (_, m) => monthPeriod(2026, m + 1)), ...[1, 2, 3, 4].map((q) => quarterPeriod(2026, q))];
    for (const view of views)
      for (const item of await stores.compliance(id, view, today))
        expect([view.key, item.type, item.period.key, item.status]).toEqual([
          view.key,
          item.type,
          item.period.key,
          byKey.get(`${item.type}|${item.period.key}`),
        ]);
    // The chat's month views agree about their quarter (the 11-25 党员大会 counts for 第四季度 in both).
    for (const words of ['本月', '上个月', '本季度'])
      expect(textOf(await bot.say(`会议情况 ${words}`, secretary))).toMatch(/· 支部党员大会：(第四季度 )?已召开 ✓/);
  });
});
