import { describe, expect, it } from 'vitest';
import { missingOf, parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own: a numbered part of a works' or an estate's compound,
// work done for the person there, a title before a name, a works' team before a holder or a raiser, a call back
// promised, a body's promise said last, 低保 after a month, a neighbour's appliance dripping, a commute bus's timetable, leave asked for, an
// unnamed teller said last, a child's guardian, and a numbered form with 谁管.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('a numbered part of a compound is the place', () => {
  it('reads a dormitory compound, a staff compound or an estate with its numbered part', () => {
    expect(read('电厂宿舍三区 马大姐 单元门坏了 我明天修').place).toBe('电厂宿舍三区');
    expect(read('今天走访矿务局宿舍1区 吴大娘说路灯坏了 我明天修').place).toBe('矿务局宿舍1区');
    expect(read('今天在矿区家属院三区 吴大娘说路灯坏了 我明天修').place).toBe('矿区家属院三区');
    expect(read('阳光小区2区5栋 王阿姨 路灯坏了 我明天修').place).toBe('阳光小区2区5栋');
  });

  it('keeps a works area (港区) with its quarter, not as a district above it', () => {
    expect(read('港区宿舍4区3号楼 马大姐 楼道灯坏了 我明天修').place).toBe('港区宿舍4区3号楼');
    const draft = read('今天走访港区宿舍5区 孙大娘说小区里路灯坏了 我月底前修');
    expect(draft.place).toBe('港区宿舍5区');
    expect(missingOf(draft)).toBeUndefined();
  });
});

describe('work done for the person there is solved on the spot', () => {
  it('reads 把 what was done, 给 him or her, and 给 before the last verb, ending in 了', () => {
    expect(read('东湖村 老王说有人私拉电线 我当场跟他一块找着车主给拆了').onSpot).toBe(true);
    expect(read('东湖村 马大姐 门禁卡失灵 我带着物业小孙当场给她重新录了卡').onSpot).toBe(true);
    expect(read('东湖村 高淑珍 低保到期要复审 不知道交啥材料 我当场把材料清单发她微信了').onSpot).toBe(true);
  });

  it('never a call, a question or a report made there', () => {
    expect(read('东湖村 高淑珍 低保到期要复审 我当场给街道打了电话 明天回复').onSpot).toBeUndefined();
    expect(read('东湖村 高淑珍 路灯坏了 我当场把照片发给了社区 明天修').onSpot).toBeUndefined();
    expect(read('东湖村 高淑珍 路灯坏了 我当场帮她问了 明天修').onSpot).toBeUndefined();
  });
});

describe('who raised it and who holds it, after what they are', () => {
  it('reads 老师傅 as a title before the name, not 老师 before a name in 傅', () => {
    expect(read('东湖村 退休老师傅孙建国说路灯坏了 我明天修').raiser).toBe('孙建国');
    expect(read('东湖村 退休老教师傅红梅说路灯坏了 我明天修').raiser).toBe('傅红梅');
  });

  it('reads a works team before the person met, and before the one who promised', () => {
    expect(read('今天在东湖村遇见装卸队老韩说路灯坏了 我明天修').raiser).toBe('老韩');
    expect(read('东湖村 谢大爷 水管爆了 抢修班老李答应明天来修').holder).toBe('老李');
    expect(read('东湖村 谢大爷 暖气不热 供热公司维修班刘班长答应2天内上门').holder).toBe('刘班长');
  });

  it('reads a call back promised on a day as the holder’s promise', () => {
    expect(read('东湖村 莫大爷 想问门诊怎么办 社区医生小王后天给他打电话')).toMatchObject({ holder: '小王', due: '2026-03-06' });
    expect(read('东湖村 莫大爷 路灯坏了 电工小李明天打电话给他')).toMatchObject({ holder: '小李', due: '2026-03-05' });
  });

  it('reads the child’s guardian who brought it, not the child', () => {
    expect(read('三组留守娃王小明这学期老是逃学 他奶奶李桂花急死了 我周五前去家访').raiser).toBe('李桂花');
    const draft = read('东湖村 留守儿童刘小军 天天玩手机不上学 他妈妈张秀英来找我 我明天去家访');
    expect(draft.raiser).toBe('张秀英');
    expect(draft.content).not.toContain('来找');
    // A guardian away, who brought nothing, is not who raised it.
    expect(read('东湖村 留守儿童刘小军 天天玩手机不上学 他爸爸刘建国在外打工 我明天去家访').raiser).not.toBe('刘建国');
  });

  it('never reads leave asked for (请假) as someone asked to go', () => {
    const draft = read('东湖村 王师傅说他娘病了 要请假回去 厂里不批 我周五前去问');
    expect(draft.holder).toBeUndefined();
    expect(draft.content).toContain('请假回去');
  });
});

describe('dates and matters', () => {
  it('reads 这个月 then 低保 as the month and the allowance, not 月底', () => {
    const draft = read('东湖村 李大妈说上个月低保少发了 我本周五前去问');
    expect(draft.due).toBe('2026-03-06');
    expect(draft.content).toContain('低保');
    expect(draft.category).toBe('就业社保');
    // The slip 月低 for 月底 is still read.
    expect(read('东湖村 李大妈说路灯坏了 我这个月低前修').due).toBe('2026-03-31');
  });

  it('leaves an unnamed teller said last out of the matter, and asks who', () => {
    const draft = read('东湖村 路灯坏了好几天，有个大爷给俺讲的 我明天去看');
    expect(draft.content).toBe('路灯坏了好几天');
    expect(missingOf(draft)).toBe('raiser');
  });
});

describe('a body whose promise was read', () => {
  it('leaves the body said last out of the matter, with its look', () => {
    expect(read('东湖村 吴大娘说健身器材坏了 街道城建科答应月底前换新的')).toMatchObject({ content: '健身器材坏了', due: '2026-03-31' });
    expect(read('东湖村 韦阿姨说路灯坏了 物业说周五前去看看')).toMatchObject({ content: '路灯坏了', due: '2026-03-06' });
  });
});

describe('categories', () => {
  it('files a neighbour’s appliance dripping onto the person’s things as a matter between households', () => {
    expect(read('东湖村 李阿姨说隔壁家洗衣机漏水渗到她家厨房 我明天去看').category).toBe('矛盾纠纷');
    expect(read('东湖村 李阿姨说楼上空调外机往下滴水 滴到她家窗台 我周五前去看').category).toBe('矛盾纠纷');
    // A dormitory's own air conditioner is no neighbour's.
    expect(read('东湖村 李阿姨说宿舍空调滴水 我明天去看').category).toBe('基础设施');
  });

  it('files a commute bus’s timetable by what it is for or as 其他, and its stop as public works', () => {
    expect(read('东湖村 职工老王说班车改点了 早上6点就发 夜班的赶不上 我周五前问').category).toBe('其他');
    expect(read('东湖村 李大妈说娃坐班车去学校 班车老是晚点 我周五前问').category).toBe('教育');
    expect(read('东湖村 李大妈说班车站点没有候车棚 我周五前问').category).toBe('基础设施');
  });
});

describe('a numbered form typed line by line', () => {
  it('reads 谁管 as who holds it, and leaves the line numbers and labels out of the matter', () => {
    const draft = read('工单\n1 提出人 李红梅\n2 地点 东湖村二组\n3 事情 村道上的路灯坏了三盏\n4 谁管 村委委员张建华\n5 时间 后天弄好');
    expect(draft).toMatchObject({ raiser: '李红梅', place: '东湖村二组', holder: '张建华', due: '2026-03-06' });
    expect(draft.content).toBe('村道上的路灯坏了三盏');
  });
});
