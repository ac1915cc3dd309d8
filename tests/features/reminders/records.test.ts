import { afterEach, describe, expect, it } from 'vitest';
import { createRemindersStores } from '../../../bot';
import { createTestBot, type Speaker, type TestBot, textOf } from '../../helpers/runtime';

let bot: TestBot;
afterEach(async () => bot?.close());

const secretary: Speaker = { userId: 'me', name: '王书记', chatId: 'g1', chatKind: 'group' };
const member: Speaker = { userId: 'alice', name: '张三', chatId: 'g1', chatKind: 'group' };
/** The (one) branch's stores. */
const branchStores = async () => {
  const stores = createRemindersStores(bot.runtime.storage);
  const [branch] = await stores.branches.all();
  return { ...stores, branchId: branch!.id };
};
const branchRecords = async () => {
  const { meetings, branchId } = await branchStores();
  return meetings.records(branchId);
};
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const confirmLast = (replies: Awaited<ReturnType<TestBot['say']>>, as: Speaker = secretary) =>
  bot.press(replies.at(-1)!.buttons![0]![0]!.data, as);

describe('meeting records in the secretary’s words', () => {
  it('records natural dates, attendance, topic and place; corrections change the record', async () => {
    bot = await createTestBot({ clock: undefined }); // Monday 2026-03-02
    await bot.say('绑定支部 第一党支部', secretary);
    const first = textOf(await bot.say('记录会议 党小组会 昨天 到了8个人 学习二十大报告', secretary));
    expect(first).toContain('已记录（编号 1）：党小组会 2026-03-01，出席 8 人，议题：学习二十大报告');
    await bot.say('记录会议 支委会 上周五 应到7实到6 地点 三楼会议室 主题 研究发展党员', secretary);
    await bot.say('记录会议 党课 2月20日 参加：张三、李四、王五 学习党章', secretary);
    expect((await branchRecords()).sort((a, b) => a.id - b.id)).toMatchObject([
      { type: '党小组会', held_on: '2026-03-01', present: 8, expected: null, place: null, topic: '学习二十大报告' },
      { type: '支委会', held_on: '2026-02-27', present: 6, expected: 7, place: '三楼会议室', topic: '研究发展党员' },
      { type: '党课', held_on: '2026-02-20', present: 3, expected: null, place: null, topic: '学习党章' },
    ]);
    const { meetings, branchId } = await branchStores();
    expect((await meetings.lastAttendance(branchId)).sort(byName).map((a) => ({ name: a.name, userKey: a.userKey }))).toEqual([
      { name: '张三', userKey: null },
      { name: '李四', userKey: null },
      { name: '王五', userKey: null },
    ]);
    expect(textOf(await bot.say('记录会议 党小组会 明天 到了8个人', secretary))).toContain('不能晚于今天');
    expect(textOf(await bot.say('记录会议 党小组会 出席 9/8', secretary))).toContain('不能多于应到人数');
    expect(await branchRecords()).toHaveLength(3);

    const fixed = textOf(await bot.say('修改会议记录 1 应到10实到9 地点 党员活动室', secretary));
    expect(fixed).toContain('已更正（编号 1）：党小组会 2026-03-01，出席 9/10，地点：党员活动室，议题：学习二十大报告');
    await bot.say('修改会议记录 3 参加：张三、李四', secretary);
    expect((await branchRecords()).flatMap((r) => r.attendees)).toEqual(['张三', '李四']);
    expect(textOf(await bot.say('会议记录', member))).toContain('1. 党小组会 2026-03-01，出席 9/10');

    // The console reads the same records, with attendance.
    const stores = createRemindersStores(bot.runtime.storage);
    const [branch] = await stores.branches.all();
    const records = await stores.meetings.records(branch!.id, { from: '2026-02-01' });
    expect(records.map((r) => [r.type, r.attendees])).toEqual([
      ['党课', ['张三', '李四']],
      ['支委会', []],
      ['党小组会', []],
    ]);
  });

  it('every part of a record lands in its field or is quoted back (issue 23): 应到5实到4 beside names, 缺席 lists, CSV text', async () => {
    bot = await createTestBot({ clock: undefined }); // Monday 2026-03-02
    await bot.say('绑定支部 第一党支部', secretary);
    const saved = textOf(
      await bot.say('记录会议 党小组会 昨天 参加：张三、李四、王五、赵六 应到5实到4 缺席：孙七、周八 学习党章', secretary),
    );
    expect(saved).toContain('出席 4/5（张三、李四、王五、赵六），缺席：孙七、周八，议题：学习党章');
    const [record] = await branchRecords();
    expect(record).toMatchObject({ present: 4, expected: 5, topic: '学习党章', absentees: '孙七、周八' });
    // A part that is about attendance but not understood is quoted back, and nothing is written.
    const unread = textOf(await bot.say('记录会议 支委会 昨天 出席 4/5 缺席：X 学习', secretary));
    expect(unread).toMatch(/“缺席[:：]X”没看懂/);
    expect(await branchRecords()).toHaveLength(1);
    // A 参加 list with entries that are not names is not dropped into the topic: it is quoted back, nothing written.
    const oddNames = textOf(await bot.say('记录会议 支委会 昨天 参加：张三、@SUM(1+1)、-李四 学习', secretary));
    expect(oddNames).toMatch(/“参加[:：]张三、@SUM\(1\+1\)、-李四”没看懂/);
    expect(await branchRecords()).toHaveLength(1);
    // The CSV's attendance is text a spreadsheet cannot take for a date (4/5 opens as April 5th).
    const csv = (await bot.say('导出会议记录', secretary))[0]!.attachment!.content.toString();
    expect(csv).toContain('党小组会,2026-03-01,实到4/应到5,张三、李四、王五、赵六,孙七、周八,,学习党章');
    expect(csv).not.toMatch(/,4\/5,/);
  });

  it('the CSV export defuses what was typed that a spreadsheet would run as a formula (issue 24)', async () => {
    bot = await createTestBot({ clock: undefined });
    // A display name is whatever the member set on the platform.
    const hostileSecretary: Speaker = { ...secretary, name: '@SUM(1+1)' };
    await bot.say('绑定支部 第一党支部', hostileSecretary);
    await bot.say('记录会议 党课 昨天 到了8个人 地点 -2+3 主题 =HYPERLINK("http://127.0.0.1/x","点我")', hostileSecretary);
    expect(await branchRecords()).toMatchObject([{ place: '-2+3', topic: '=HYPERLINK("http://127.0.0.1/x","点我")' }]);
    const csv = (await bot.say('导出会议记录', hostileSecretary))[0]!.attachment!.content.toString();
    const fields = csv.split('\r\n')[1]!;
    expect(fields).toContain(`,'-2+3,"'=HYPERLINK(""http://127.0.0.1/x"",""点我"")",'@SUM(1+1),`);
    expect(fields.split(',').filter((field) => /^"?[=+\-@]/.test(field))).toEqual([]);
  });

  it('the 已召开 button asks for attendance; unrelated text ends that step instead of being saved as a topic', async () => {
    bot = await createTestBot();
    await bot.say('绑定支部 第一党支部', secretary);
    await confirmLast(await bot.say('设置会议 支委会 每月第一个周一下午3点', secretary));
    const { meetings, branchId } = await branchStores();
    const [schedule] = await meetings.schedules(branchId);
    expect(textOf(await bot.press(`rm:held:${schedule!.id}:2026-03-02`, secretary))).toContain('请回复出席情况和议题');
    expect(textOf(await bot.say('三会一课', secretary))).toContain('第一党支部 三会一课');
    expect(await branchRecords()).toEqual([]);
    await bot.press(`rm:held:${schedule!.id}:2026-03-02`, secretary);
    expect(textOf(await bot.say('应到7实到7 主题 研究发展党员', secretary))).toContain(
      '已记录（编号 1）：支部委员会会议 2026-03-02，出席 7/7',
    );
  });

  it('speaks 北京时间, never zone names or RRULE; holiday moves are said; the .ics has VTIMEZONE and a VALARM per lead time', async () => {
    bot = await createTestBot();
    await bot.say('绑定支部 第一党支部', secretary);
    const preview = textOf(await bot.say('设置会议 支委会 每月第一个周一下午3点', secretary));
    expect(preview).toContain('每月第一个周一 15:00（北京时间），遇周末或法定节假日顺延到下一个工作日');
    expect(preview).toContain('（2026-04-06 是清明节，顺延到 2026-04-07（周二）15:00）');
    expect(preview).not.toMatch(/RRULE|FREQ=|Asia\/Shanghai/);
    await confirmLast(await bot.say('设置会议 支委会 每月第一个周一下午3点', secretary));
    const overview = textOf(await bot.say('三会一课', member));
    expect(overview).toContain('北京时间');
    expect(overview).not.toMatch(/Asia\/Shanghai|console:/);
    const off = textOf(await bot.say('节假日顺延 关', secretary));
    expect(off).toContain('已关闭节假日顺延');
    expect(textOf(await bot.say('设置会议 支委会 每月第一个周一下午3点', secretary))).not.toContain('顺延');
    await bot.say('节假日顺延 开', secretary);
    await bot.say('提醒提前 1天 2小时', secretary);
    const [view] = await createRemindersStores(bot.runtime.storage).scheduleViews(1, bot.clock.now());
    expect(view).toMatchObject({
      typeName: '支部委员会会议',
      description: '每月第一个周一 15:00',
      zone: '北京时间',
      next: '2026-03-02（周一）15:00',
    });
    const ics = (await bot.say('导出日程', member))[0]!.attachment!.content.toString();
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai');
    expect(ics).toContain('TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800');
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(2);
    expect(ics).toContain('TRIGGER:-PT1440M');
    expect(ics).toContain('TRIGGER:-PT120M');
    expect(ics).toMatch(/EXDATE;TZID=Asia\/Shanghai:[0-9T,]*20260406T150000/);
    expect(ics).toMatch(/RDATE;TZID=Asia\/Shanghai:[0-9T,]*20260407T150000/);
  });

  it('warns when a 会议频次 change disagrees with the schedule', async () => {
    bot = await createTestBot();
    await bot.say('绑定支部 第一党支部', secretary);
    await confirmLast(await bot.say('设置会议 党课 每季度第一个月10日上午9点', secretary));
    const reply = textOf(await bot.say('会议频次 党课 每月', secretary));
    expect(reply).toContain('已把党课的要求改为每月至少一次');
    expect(reply).toContain('接下来一年只有 4 次，达不到每月一次（需要 12 次）');
    expect(textOf(await bot.say('会议频次 党课 每季度', secretary))).not.toContain('注意');
  });

  it('a refused member is told to ask the secretary, not to edit settings', async () => {
    bot = await createTestBot();
    await bot.say('绑定支部 第一党支部', secretary);
    const reply = textOf(await bot.say('记录会议 党小组会 昨天 到了8个人', member));
    expect(reply).toContain('只有支部书记');
    expect(reply).toContain('请联系本支部书记');
    expect(reply).not.toContain('DANGWU_SECRETARIES');
  });
});
