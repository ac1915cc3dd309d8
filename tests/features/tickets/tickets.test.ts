import { afterEach, describe, expect, it } from 'vitest';
import { createTicketStore } from '../../../bot/features/tickets';
import { createTestBot, type Speaker, type TestBot, textOf } from '../../helpers/runtime';

/**
 * 民情工单 end to end in the console adapter: recording (in one message and through the guided dialogue),
 * 当场解决, progress, 转办, 办结, 回访 with 不满意 reopening, reminders and overdue escalation by the injected
 * clock, the digest, 我的工单 and 工单统计 with its chart, and the branch-scoped permissions.
 */
let bot: TestBot;
afterEach(async () => bot?.close());

const secretary: Speaker = { userId: 'me', name: '王书记', chatId: 'g1', chatKind: 'group' };
const secretaryDm: Speaker = { userId: 'me', name: '王书记', chatId: 'dm-me', chatKind: 'private' };
const alice: Speaker = { userId: 'alice', name: '张三', chatId: 'g1', chatKind: 'group' };
const bob: Speaker = { userId: 'bob', name: '李四', chatId: 'g1', chatKind: 'group' };
const carol: Speaker = { userId: 'carol', name: '赵六', chatId: 'g1', chatKind: 'group' };
const adminB: Speaker = { userId: 'adminB', name: '赵书记', chatId: 'g2', chatKind: 'group', admin: true };

const tick = () => bot.runtime.app.services.scheduler.tick();
const pushedTo = (chatId: string) => bot.pushed.filter((p) => p.chatId === chatId).map((p) => p.reply.text);
const ticket = (id: number) => createTicketStore(bot.runtime.storage).byId(id);

async function setUp(): Promise<void> {
  bot = await createTestBot(); // Monday 2026-03-02 09:00 Beijing time
  await bot.say('绑定支部 城关村党支部', secretary);
  for (const member of [alice, bob, carol]) await bot.say('订阅会议提醒', member);
  await bot.say('绑定支部 第二党支部', adminB);
}

describe('民情工单', () => {
  it('goes through its whole life: record, progress, 转办, reminders, overdue, 办结, 回访 不满意 reopens, 我的工单, 统计', async () => {
    await setUp();
    const recorded = textOf(await bot.say('民情工单 城关村 王大爷 13812345678 反映村口路灯坏了 承诺3天内办结', alice));
    expect(recorded).toContain('已登记');
    expect(recorded).toContain('民情工单 1 号');
    expect(recorded).toContain('反映人：城关村 王大爷，电话 13812345678');
    expect(recorded).toContain('问题：村口路灯坏了');
    expect(recorded).toContain('类别：基础设施');
    expect(recorded).toContain('责任人：张三');
    expect(recorded).toContain('2026-03-05 前');

    // Progress by the holder; a member who neither holds nor recorded it sees nothing.
    expect(textOf(await bot.say('工单进展 1 已联系供电所', alice))).toContain('已记下 1 号工单的进展');
    // A photo with the note, as an adapter hands it over (a reference); a photo alone is a note too.
    const photo = { kind: 'photo' as const, name: '现场.jpg', ref: '/srv/uploads/现场.jpg', size: 2048 };
    const sendWithFiles = (text: string) =>
      bot.runtime.app.handle({
        platform: 'console',
        sender: { id: alice.userId!, name: alice.name },
        chat: { id: alice.chatId!, kind: 'group' },
        text,
        attachments: [photo],
      });
    expect(textOf(await sendWithFiles('工单进展 1 现场照片'))).toContain('进展：现场照片（附照片 现场.jpg（2 KB））');
    expect(textOf(await sendWithFiles('工单进展 1'))).toContain('已记下 1 号工单的进展（附照片 现场.jpg（2 KB））');
    expect(textOf(await bot.say('工单进展 1', alice))).toContain('请写进展情况');
    expect(textOf(await bot.say('查看工单 1', alice))).toContain('进展：现场照片（附照片 现场.jpg（2 KB））');
    expect(textOf(await bot.say('工单进展 1 冒名进展', carol))).toContain('没有找到 1 号工单');
    expect(textOf(await bot.say('办结 1 冒名办结', adminB))).toContain('没有找到 1 号工单');

    // 转办 with a reason: the new holder is told in private, the reminders follow them.
    expect(textOf(await bot.say('转办 1 李四', alice))).toContain('原因');
    expect(textOf(await bot.say('转办 1 李四 他分管水电', alice))).toContain('已把 1 号工单转给 李四');
    expect(pushedTo('bob').join('\n')).toContain('转给你办理（原因：他分管水电）');
    expect((await ticket(1))!.holder_name).toBe('李四');

    // The day before (03-04 09:00) and the day itself: reminders to the holder.
    bot.clock.set('2026-03-04T09:00:30+08:00');
    await tick();
    expect(pushedTo('bob').at(-1)).toContain('承诺2026-03-05前办结');
    bot.clock.set('2026-03-05T09:00:30+08:00');
    await tick();
    expect(pushedTo('bob').at(-1)).toContain('承诺今天前办结');
    expect(pushedTo('alice').join('\n')).not.toContain('提醒：你负责');

    // Not done by 03-05: the branch secretary is told the next morning.
    bot.clock.set('2026-03-06T09:00:30+08:00');
    await tick();
    expect(pushedTo('me').at(-1)).toContain('民情工单逾期：1 号 城关村 王大爷：村口路灯坏了');
    expect(textOf(await bot.say('我的工单', bob))).toContain('1 号【办理中·逾期】');

    // The digest on request, and every morning once asked for.
    const digest = textOf(await bot.say('工单日报', secretaryDm));
    expect(digest).toContain('办理中 1 件，其中逾期 1 件');
    expect(textOf(await bot.say('工单日报', bob))).toContain('只有支部书记');
    expect(textOf(await bot.say('工单日报 开', secretaryDm))).toContain('每天 8:30');
    bot.clock.set('2026-03-07T08:30:30+08:00');
    await tick();
    expect(pushedTo('dm-me').at(-1)).toContain('城关村党支部民情工单日报（2026-03-07）：办理中 1 件，其中逾期 1 件');

    // 办结 late, 回访 不满意 reopens it for the same holder, 办结 again, 回访 with a score.
    expect(textOf(await bot.say('回访 1 满意', alice))).toContain('还在办理中');
    expect(textOf(await bot.say('办结 1 路灯已修好', bob))).toContain('超过承诺期限 2026-03-05');
    expect(textOf(await bot.say('回访 1 不满意', carol))).toContain('没有找到');
    expect(textOf(await bot.say('回访 1 不满意 晚上还是不亮', alice))).toContain('已重新打开，交回 李四 办理');
    expect(pushedTo('bob').at(-1)).toContain('回访不满意，已重新办理');
    expect((await ticket(1))!.status).toBe('open');
    expect(textOf(await bot.say('办结 1 换了灯泡和线路', bob))).toContain('已办结');
    expect(textOf(await bot.say('回访 1 90分 群众说修得好', secretaryDm))).toContain('满意（90 分）');

    // The history keeps every change with who and when.
    const history = textOf(await bot.say('查看工单 1', secretaryDm));
    for (const line of [
      '张三 登记：村口路灯坏了',
      '张三 进展：已联系供电所',
      '张三 转办：张三 → 李四，原因：他分管水电',
      '李四 办结：路灯已修好',
      '张三 回访：不满意（40 分），晚上还是不亮',
      '张三 重新办理',
      '王书记 回访：满意（90 分），群众说修得好',
    ])
      expect(history).toContain(line);
    expect(history).toContain('电话 13812345678');
  });

  it('says when the category is a guess on thin evidence, so the member confirms it with the buttons', async () => {
    await setUp();
    const thin = await bot.say('民情工单 城关村 王大爷 反映家里娃娃出麻疹了 明天回复', alice);
    expect(textOf(thin)).toContain('类别：医疗（这个类别是按内容猜的，不对请点下面的按钮改）');
    expect(
      thin
        .at(-1)!
        .buttons?.flat()
        .some((b) => b.label === '改为其他'),
    ).toBe(true);
    const clear = textOf(await bot.say('民情工单 城关村 王大爷 反映村口路灯坏了 明天回复', alice));
    expect(clear).toContain('类别：基础设施（按内容判断，不对可点下面的按钮改）');
  });

  it('asks for a date when the message says only 尽快, and says that 尽快 is not a date', async () => {
    await setUp();
    const hasty = textOf(await bot.say('民情工单 幸福社区 刘阿姨 反映楼道灯坏了 尽快修好', bob));
    expect(hasty).toContain('“尽快”是好态度，不过还不是一个具体日期');
    expect(hasty).toContain('承诺什么时候办结');
    expect(textOf(await bot.say('明天', bob))).toContain('民情工单 1 号');
  });

  it('records through a short dialogue, refuses a vague promise, records 当场解决, and the category can be corrected', async () => {
    await setUp();
    expect(textOf(await bot.say('民情工单 垃圾好几天没人清运', bob))).toContain('是谁反映的');
    expect(textOf(await bot.say('幸福社区 刘阿姨 电话13900001111', bob))).toContain('承诺什么时候办结');
    expect(textOf(await bot.say('尽快', bob))).toContain('没有说到具体哪天');
    const done = textOf(await bot.say('本周五前', bob));
    expect(done).toContain('民情工单 1 号');
    expect(done).toContain('反映人：幸福社区 刘阿姨，电话 13900001111');
    expect(done).toContain('类别：环境（按内容判断');
    expect(done).toContain('2026-03-06 前');

    const spot = await bot.say('当场解决 城关村 李大妈 反映下水道堵了 已帮忙疏通', alice);
    expect(textOf(spot)).toContain('民情工单 2 号（已办结）');
    expect(textOf(spot)).toContain('承诺期限：当场解决');
    const toOther = spot
      .at(-1)!
      .buttons!.flat()
      .find((b) => b.label === '改为环境')!;
    expect(textOf(await bot.press(toOther.data, carol))).toContain('这个按钮已经失效了');
    expect(textOf(await bot.press(toOther.data, alice))).toContain('类别改为环境');
    expect((await ticket(2))!.category).toBe('环境');

    // Recorded by one member for another: the recorder sees the phone masked, the holder and the secretary in full.
    await bot.say('民情工单 城关村 孙大爷 13812345678 反映孙子上学报名的事 责任人 张三 承诺月底前答复', bob);
    expect(textOf(await bot.say('查看工单 3', bob))).toContain('电话 138****5678');
    expect(textOf(await bot.say('查看工单 3', alice))).toContain('电话 13812345678');
    expect(textOf(await bot.say('查看工单 3', secretaryDm))).toContain('电话 13812345678');
    expect(pushedTo('alice').at(-1)).toContain('交你负责');
    expect((await ticket(3))!.category).toBe('教育');

    // The command word typed glued to the message, as people type it.
    const glued = textOf(await bot.say('民情工单：城关村周阿姨反映村里健身器材坏了，承诺月底前修好', carol));
    expect(glued).toContain('民情工单 4 号');
    expect(glued).toContain('反映人：城关村 周阿姨');
    expect(glued).toContain('问题：村里健身器材坏了');

    // Dictated without punctuation, with only a place for who raised it: asked, and 匿名 is an answer.
    expect(textOf(await bot.say('民情工单 那个东湖村有人反映说村口井盖丢了交给李四办承诺就是明天', carol))).toContain('是谁反映的');
    const anonymous = textOf(await bot.say('匿名', carol));
    expect(anonymous).toContain('民情工单 5 号');
    expect(anonymous).toContain('反映人：东湖村 匿名群众');
    expect(anonymous).toContain('责任人：李四');
    expect(anonymous).toContain('2026-03-03 前');

    const mine = textOf(await bot.say('我的工单', alice));
    expect(mine).toContain('2 号【已办结】');
    expect(mine).toContain('3 号【办理中】');
  });

  it('is recorded when voice input wrote the command as 明情工单 or 民情公单, or it was forwarded', async () => {
    await setUp();
    expect(textOf(await bot.say('明情工单 城关村 王大爷 反映村口路灯坏了 承诺3天内办结', alice))).toContain('民情工单 1 号');
    expect(textOf(await bot.say('民情公单 城关村 李大妈 反映楼道堆满杂物 本周五前清理', alice))).toContain('民情工单 2 号');
    // Forwarded from a colleague: the 转发 mark does not hide the command.
    expect(textOf(await bot.say('转发：民情工单 城关村 赵大爷 反映井盖丢了 承诺3天内办结', alice))).toContain('民情工单 3 号');
    // 工单 alone as the first word is the command too; 工单统计 stays its own command.
    expect(textOf(await bot.say('工单 城关村 钱大爷 反映水管漏了 本周五前修好', alice))).toContain('民情工单 4 号');
    expect(textOf(await bot.say('工单统计', alice))).not.toContain('民情工单 5 号');
  });

  it('asks which 村/社区 when only the place is missing; a short answer, 跳过, or an unreadable reply asked again', async () => {
    await setUp();
    const asked = textOf(await bot.say('民情工单 钱奶奶 13700001111 反映低保这个月没到账 张三本周五前去民政所问', alice));
    expect(asked).toContain('钱奶奶是哪个村/社区（或网格）的');
    expect(textOf(await bot.say('说不上来，你看着办吧', alice))).toContain('没看出是哪个村/社区');
    const placed = textOf(await bot.say('河西社区', alice));
    expect(placed).toContain('民情工单 1 号');
    expect(placed).toContain('反映人：河西社区 钱奶奶');
    expect(placed).toContain('2026-03-06 前');

    expect(textOf(await bot.say('民情工单 孙师傅反映减速带松了 承诺明天修', bob))).toContain('孙师傅是哪个村/社区');
    // A short reply that is no place (a day, a name, a yes) is not taken for one: asked again.
    for (const reply of ['明天', '好的', '王大爷']) expect(textOf(await bot.say(reply, bob)), reply).toContain('没看出是哪个村/社区');
    const skipped = textOf(await bot.say('跳过', bob));
    expect(skipped).toContain('民情工单 2 号');
    expect(skipped).toContain('反映人：孙师傅');
    expect((await ticket(2))!.raiser_place).toBeNull();
  });

  it('工单统计 counts the period by category and member, with a chart', async () => {
    await setUp();
    await bot.say('民情工单 城关村 王大爷 反映村口路灯坏了 承诺3天内办结', alice);
    await bot.say('当场解决 城关村 李大妈 反映邻里吵架 已调解', alice);
    await bot.say('民情工单 幸福社区 刘阿姨 反映看病报销慢 承诺本周五前', bob);
    await bot.say('办结 3 已协调医保站', bob);
    await bot.say('回访 3 基本满意', bob);
    bot.clock.set('2026-03-10T10:00:00+08:00');
    const replies = await bot.say('工单统计', secretary);
    const text = textOf(replies);
    expect(text).toContain('城关村党支部 2026年3月民情工单');
    expect(text).toContain('受理 3 件，当场解决 1，按期办结 1，逾期未办结 1，办理中 0；回访平均 80 分（1 件）');
    expect(text).toContain('基础设施：受理 1 件，当场解决 0，按期办结 0，逾期未办结 1');
    expect(text).toContain('矛盾纠纷：受理 1 件，当场解决 1');
    expect(text).toContain('张三：受理 2 件');
    expect(replies.at(-1)!.attachment?.mimeType).toBe('image/png');
    expect(textOf(await bot.say('工单统计 本季度', alice))).toContain('2026年第一季度');
  });
});

describe('民情工单 permissions by branch id', () => {
  it('the secretary of another branch and a plain member change nothing of branch A’s 工单', async () => {
    await setUp();
    await bot.say('民情工单 城关村 王大爷 13812345678 反映村口路灯坏了 承诺3天内办结', alice);
    const adminBDm: Speaker = { ...adminB, chatId: 'dm-adminB', chatKind: 'private' };
    const before = JSON.stringify(await ticket(1));
    const refusals: string[] = [];
    for (const who of [adminB, adminBDm, carol])
      for (const text of [
        '工单进展 1 冒名',
        '转办 1 赵六 冒名',
        '办结 1 冒名',
        '回访 1 满意',
        '工单期限 1 月底前',
        '工单类别 1 医疗',
        '查看工单 1',
      ])
        refusals.push(textOf(await bot.say(text, who)));
    expect(refusals.every((r) => /没有找到 1 号工单|只有/.test(r))).toBe(true);
    expect(textOf(await bot.press('tk:cat:1:2', adminB))).toContain('失效');
    expect(JSON.stringify(await ticket(1))).toBe(before);
    // The holder may not change the promise; the branch's secretary may, in the group or privately.
    expect(textOf(await bot.say('工单期限 1 月底前', alice))).toContain('只有本支部书记');
    expect(textOf(await bot.say('工单期限 1 月底前', secretaryDm))).toContain('2026-03-31');
    expect(textOf(await bot.say('查看工单 1', secretary))).toContain('电话 13812345678');
  });

  it('reminds as many days ahead as the secretary set', async () => {
    await setUp();
    expect(textOf(await bot.say('工单提醒 提前2天', alice))).toContain('只有支部书记');
    expect(textOf(await bot.say('工单提醒 提前2天', secretary))).toContain('前 2 天');
    await bot.say('民情工单 城关村 王大爷 反映村口路灯坏了 承诺本周五前', alice); // due Friday 03-06
    bot.clock.set('2026-03-03T09:00:30+08:00');
    await tick();
    expect(pushedTo('alice').join('\n')).not.toContain('提醒：你负责');
    bot.clock.set('2026-03-04T09:00:30+08:00');
    await tick();
    expect(pushedTo('alice').at(-1)).toContain('承诺2026-03-06前办结');
  });
});
