import { afterEach, describe, expect, it } from 'vitest';
import { createRemindersStores } from '../../../bot/features/reminders';
import { createTestBot, type Speaker, type TestBot, textOf } from '../../helpers/runtime';

let bot: TestBot;
afterEach(async () => bot?.close());

const secretary: Speaker = { userId: 'me', name: '王书记', chatId: 'g1', chatKind: 'group' };
const zhao: Speaker = { userId: 'zhao', name: '赵六', chatId: 'g1', chatKind: 'group' };

describe('五不 warnings count the way the rules count (issue 23)', () => {
  it('06-10 to 12-05 is 5 whole months; "no record" is said as such and never beside the 党章 wording before six months', async () => {
    bot = await createTestBot();
    bot.clock.set('2026-06-10T20:00:00+08:00');
    await bot.say('绑定支部 第一党支部', secretary);
    await bot.say('记录会议 党小组会 2026-06-10 参加：张三、王书记', secretary);
    await bot.say('记录党费 张三 2026-06 50\n赵六 2026-06 50', secretary);
    bot.clock.set('2026-12-01T09:00:00+08:00');
    await bot.say('大家好', zhao); // 赵六 joins the chat: his later payments carry his account
    bot.clock.set('2026-12-05T09:00:00+08:00');
    await bot.say('记录党费 李四 2026-12 50\n赵六 2026-12 50\n王书记 2026-11 50', secretary);
    await bot.say('记录会议 支委会 2026-12-04 参加：王书记、赵六', secretary);

    const view = textOf(await bot.say('五不预警', secretary));
    expect(view).toContain(
      '【关注】张三：最近一次参加组织生活是 2026-06-10（党小组会），已满 5 个月；党费登记到 2026-06，其后 5 个整月没有登记',
    );
    expect(view).toContain('【关注】李四：本支部 2026-06-10 开始在助手里记录以来没有参加组织生活的记录（记录已满 5 个月）');
    // 李四 paid December: no 党费 fact. 赵六 paid December under his account: not owed since June.
    expect(view).not.toMatch(/李四：[^\n]*党费/);
    expect(view).not.toContain('赵六');
    expect(view).not.toContain('满6个月】');
    expect(view).not.toContain('自行脱党');
    expect(view).toContain('不等于缺席');

    // The console reads the same signals, in the same words.
    const stores = createRemindersStores(bot.runtime.storage);
    const [branch] = await stores.branches.all();
    const signals = await stores.warnings(branch!.id, '2026-12-05');
    for (const s of signals) expect(view).toContain(`${s.name}：${s.facts.join('；')}`);
    expect(signals.map((s) => [s.name, s.level])).toEqual([
      ['李四', 'watch'],
      ['张三', 'watch'],
    ]);

    // Six whole months of records: now the 党章's wording stands beside them.
    bot.clock.set('2026-12-10T09:00:00+08:00');
    const later = textOf(await bot.say('五不预警', secretary));
    expect(later).toContain('【满6个月】张三：最近一次参加组织生活是 2026-06-10（党小组会），已满 6 个月');
    expect(later).toContain('【满6个月】李四：本支部 2026-06-10 开始在助手里记录以来没有参加组织生活的记录（记录已满 6 个月）');
    expect(later).toContain('自行脱党');
  });
});

describe('compliance counted from the branch’s start, one computation for every view (issue 23)', () => {
  it('本月 and 上个月 agree on the quarter; periods before the branch began are not 未召开; 记录起始日期 moves the start', async () => {
    bot = await createTestBot();
    bot.clock.set('2026-11-10T09:00:00+08:00');
    await bot.say('绑定支部 第一党支部', secretary);
    bot.clock.set('2026-11-25T18:00:00+08:00');
    await bot.say('记录会议 党员大会 今天 应到5实到5 学习党章', secretary);
    bot.clock.set('2026-12-05T09:00:00+08:00');

    const thisMonth = textOf(await bot.say('会议情况 本月', secretary));
    const lastMonth = textOf(await bot.say('会议情况 上个月', secretary));
    expect(thisMonth).toContain('· 支部党员大会：第四季度 已召开 ✓');
    expect(lastMonth).toContain('· 支部党员大会：第四季度 已召开 ✓');

    const year = textOf(await bot.say('会议情况 2026年', secretary));
    expect(year).not.toContain('未召开');
    expect(year).toContain(
      '· 支部党员大会：第一季度 不计（在本支部开始记录之前）；第二季度 不计（在本支部开始记录之前）；第三季度 不计（在本支部开始记录之前）；第四季度 已召开 ✓',
    );
    expect(year).toContain('缺 0 项');
    // The quarter the branch was bound in, still running: 待召开 like any other.
    expect(textOf(await bot.say('会议情况 本季度', secretary))).toContain('· 党课：待召开（还剩 26 天）');

    // The console's view of the same branch is the same computation.
    const stores = createRemindersStores(bot.runtime.storage);
    const [branch] = await stores.branches.all();
    const { monthPeriod } = await import('../../../bot/time');
    for (const month of [11, 12]) {
      const items = await stores.compliance(branch!.id, monthPeriod(2026, month), '2026-12-05');
      expect(items.find((i) => i.type === '党员大会')).toMatchObject({ status: 'held', held: 1, period: { key: '2026-Q4' } });
    }

    expect(textOf(await bot.say('记录起始日期 2026-01-01', secretary))).toContain('从 2026-01-01 开始计算');
    const fromJanuary = textOf(await bot.say('会议情况 2026年', secretary));
    expect(fromJanuary).toContain('· 支部党员大会：第一季度 未召开 ✗；第二季度 未召开 ✗；第三季度 未召开 ✗；第四季度 已召开 ✓');
    expect(textOf(await bot.say('记录起始日期 2027-01-01', secretary))).toContain('不能晚于今天');
  });
});

describe('pending confirmations are never dropped without a word (issue 23)', () => {
  it('four 设置会议 in a row: each earlier one is said to lapse; a pending 登记证书 passed over is said to lapse', async () => {
    bot = await createTestBot(); // 2026-03-02
    await bot.say('绑定支部 第一党支部', secretary);
    const asks = [];
    for (const phrase of [
      '支委会 每月第一个周一下午3点',
      '党小组会 每月10日上午9点',
      '党课 每季度第一个月15日下午2点',
      '党员大会 每季度最后一个月20日上午9点',
    ])
      asks.push(textOf(await bot.say(`设置会议 ${phrase}`, secretary)));
    expect(asks[0]).not.toContain('作废');
    expect(asks[1]).toContain('之前等你点按的“设置支部委员会会议时间：每月第一个周一下午3点”已作废，没有执行');
    expect(asks[3]).toContain('“设置党课时间：每季度第一个月15日下午2点”已作废');
    // 1 is not a confirmation: the waiting one lapses, and says so.
    expect(textOf(await bot.say('1', secretary))).toContain('“设置支部党员大会时间：每季度最后一个月20日上午9点”已作废');
    const stores = createRemindersStores(bot.runtime.storage);
    const [branch] = await stores.branches.all();
    expect(await stores.meetings.schedules(branch!.id)).toEqual([]);

    await bot.say('登记证书 初级 DWA001 2025-05-10', zhao);
    expect(textOf(await bot.say('预备期多长', zhao))).toMatch(/“将登记：初级证书，编号 DWA001[^”]*”已作废/);
  });
});

describe('people’s words (issue 23)', () => {
  it('no zone name reaches a chat reply: 每日一练 and 三会一课 say 北京时间', async () => {
    bot = await createTestBot();
    const daily = textOf(await bot.say('每日一练 晚上8点 2题'));
    expect(daily).toContain('（北京时间）');
    expect(daily).not.toContain('Asia/');
    await bot.say('绑定支部 第一党支部', secretary);
    const replies = [
      textOf(await bot.say('设置会议 支委会 每月第一个周一下午3点', secretary)),
      textOf(await bot.say('三会一课', secretary)),
      textOf(await bot.say('提醒我 明天下午两点 交党费', secretary)),
    ];
    for (const reply of replies) expect(reply).not.toMatch(/Asia\/|UTC|GMT/);
  });
});

describe('a member without a name (issue 23)', () => {
  it('is asked to set one, and 我叫 张三 puts that name in 党费情况', async () => {
    bot = await createTestBot(); // 2026-03-02
    const nameless: Speaker = { userId: 'nameless', chatId: 'g1', chatKind: 'group' };
    await bot.say('绑定支部 第一党支部', secretary);
    expect(textOf(await bot.say('订阅会议提醒', nameless))).toContain('你还没有设置姓名');
    const before = textOf(await bot.say('党费情况', secretary));
    expect(before).toContain('未设姓名（请本人发送“我叫 姓名”）');
    expect(before).not.toContain('未留名');
    expect(textOf(await bot.say('我叫 赵六', nameless))).toContain('称你为“赵六”');
    expect(textOf(await bot.say('党费情况', secretary))).toMatch(/未登记：[^\n]*赵六/);
    expect(textOf(await bot.say('订阅会议提醒', nameless))).not.toContain('你还没有设置姓名');
  });
});
