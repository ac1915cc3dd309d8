import { describe, expect, it } from 'vitest';
import { parseTicket } from '../../../bot/features/tickets/parse';
import { placeLevel } from '../../../bot/features/tickets/place';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own, by class: a place written as a chain of units (a
// settlement, then a part of it numbered or named, glued or after a gap, with a level above it or a building below),
// in herding, 兵团, Cantonese, northeastern and Shanghai forms; and who raised it by position after such a chain, come
// to the member, called through a pronoun and a kin word, or as a household.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('a settlement then a part of it is one place', () => {
  it('keeps a herders camp or a numbered pasture with its 嘎查, glued or after a gap', () => {
    const camp = read('民情工单 塔拉嘎查2浩特 巴雅尔 说 水井 冻了 三天内 处理');
    expect(camp).toMatchObject({ place: '塔拉嘎查2浩特', raiser: '巴雅尔' });
    expect(camp.content).not.toMatch(/浩特/);
    const pasture = read('记一下 羊群 进了 阿拉坦嘎查 4号草场 吵 起来了 格日乐 说 的 明天 去 看');
    expect(pasture.place).toBe('阿拉坦嘎查4号草场');
    expect(pasture.content).not.toMatch(/草场/);
  });

  it('keeps a season camp with its 嘎查', () => {
    const draft = read('前进嘎查夏营盘 图门 说 羊圈 塌了 我 当场 帮 修好了');
    expect(draft).toMatchObject({ place: '前进嘎查夏营盘', raiser: '图门' });
  });

  it('drops the 苏木 above for the level but keeps the part below', () => {
    const draft = read('白云苏木塔拉嘎查5浩特 敖日格乐 说 光伏 坏了 月底前 修');
    expect(placeLevel(draft.place!)).toBe('塔拉嘎查5浩特');
  });

  it('keeps a numbered field or the staff estate with its 连, and its building', () => {
    expect(read('今天走访5连9号条田 职工于建国反映渠水不够 明天去看').place).toBe('5连9号条田');
    expect(read('记一下 11连职工小区3栋 周淑芬大姐说暖气片漏水 明天找人修').place).toBe('11连职工小区3栋');
    expect(read('记一下 6连职工小区后面 有人乱倒垃圾 孙桂香说的 周五前清走').place).toBe('6连职工小区');
  });

  it('leaves words before a 连 read into its place to the visit', () => {
    expect(read('今天转了一圈7连职工小区 有群众说路灯不亮 明天找电工').place).toBe('7连职工小区');
  });

  it('keeps a Cantonese village ward, not the house number', () => {
    const ward = read('石岗村北约坊 陈姨话楼下沙井臭 本周五前搵人通');
    expect(ward).toMatchObject({ place: '石岗村北约坊', raiser: '陈姨' });
    expect(read('石岗村东坊22号 何伯 电话13800002468 屋企漏水 明天去睇').place).toBe('石岗村东坊');
  });

  it('reads other regions chains: a lane and its door, a street and its lane', () => {
    expect(read('记一下 福安里弄5号门 周阿婆 讲 楼道 灯 坏了 周五 前 修')).toMatchObject({ place: '福安里弄5号门', raiser: '周阿婆' });
    expect(read('新华大街三巷 王婶说下水道堵了 明天找人掏')).toMatchObject({ place: '新华大街三巷', raiser: '王婶' });
  });

  it('reads parts of other regions by their number: a team, a forest work area, a plot, an estate phase', () => {
    expect(read('记一下 阿热勒村3小队 买买提 说 渠水 下不来 周五 前 去 看').place).toBe('阿热勒村3小队');
    expect(read('红旗林场2工区 护林员老周 说 防火道 没修 月底前 修').place).toBe('红旗林场2工区');
    expect(read('12连3号地 职工马强 说 滴灌带 被 偷了 三天内 查').place).toBe('12连3号地');
    expect(read('阳光花园二期3栋 钱阿姨 说 电梯 坏了 明天 修')).toMatchObject({ place: '阳光花园二期3栋', raiser: '钱阿姨' });
  });

  it('reads no team glued to its leader as the place, nor his post as a name', () => {
    const draft = read('石桥村3队长老李说 机井 坏了 明天 修');
    expect(draft.place).toBe('石桥村');
    expect(draft.raiser).not.toBe('长老李');
  });

  it('keeps a southern hamlet whose name starts with 那 after its village', () => {
    expect(read('那坡村那六屯 黄秀梅说屯里的水柜漏了 月底前修').place).toBe('那坡村那六屯');
    expect(read('那坡村那边有人说水柜漏了 黄秀梅说的 月底前修').place).toBe('那坡村');
  });

  it('takes no part that is a post, a season word or the matter', () => {
    expect(read('石桥村3队长老李说 机井 坏了 明天 修').place).not.toMatch(/队长/);
    expect(read('幸福村 冬天 路滑 老人 摔了 王大爷 说 的 明天 撒盐').place).toBe('幸福村');
    expect(read('东湖村5号门坏了 李婶说 明天修').place).toBe('东湖村');
  });
});

describe('who raised it after a place chain', () => {
  it('reads a name typed alone right after the chain', () => {
    expect(read('塔拉嘎查冬营盘 老格 腿 疼 挂号 不会 我 给 挂上了').raiser).toBe('老格');
    expect(read('塔拉嘎查 乌日娜 提 的 水井 围栏 倒了 周五 前 修好').raiser).toBe('乌日娜');
  });

  it('reads a full name glued after the chain, its role typed apart', () => {
    expect(read('民情工单 柳沟村三组何春兰 低保户 说去年的取暖补贴没到 三天内查清').raiser).toBe('何春兰');
  });

  it('reads a name with the post typed apart before the saying, past a level word', () => {
    expect(read('塔拉嘎查 苏木 兽医站 图雅 站长 说 春季 防疫 要 登记 我 过几天 去').raiser).toBe('图雅');
  });

  it('reads kin called through a pronoun after a name as the person', () => {
    expect(read('前进嘎查冬营盘 苏布达她额吉 眼睛 看不清 想 去 旗 医院 我 当场 帮 约上了').raiser).toBe('苏布达她额吉');
  });

  it('reads the one who came to the member, wherever said', () => {
    expect(read('塔拉嘎查3浩特 草场 界桩 的 事 巴雅尔图 来 找我 说 邻居 占了 下周一 调解').raiser).toBe('巴雅尔图');
  });

  it('reads a person called by order and kin before the verb', () => {
    expect(read('石岗村北约坊 六婶反映巷口路灯唔着 本周五之前整好').raiser).toBe('六婶');
  });

  it('reads a household by one of its people and 家', () => {
    expect(read('记一下 5连 老孙家反映自来水发黄 周五前给答复').raiser).toBe('老孙家');
    expect(read('民情工单 8连职工小区 周桂英家说屋顶漏雨 月底前修').raiser).toBe('周桂英家');
  });

  it('reads a household child named after the kin word as the person', () => {
    expect(read('报告 5连职工小区 老刘家小子刘强中专毕业回来了 想学个技术 周六前给他问问').raiser).toBe('刘强');
    expect(read('记一下 石桥村 李家儿子说路灯坏了 周五前修').raiser).toBe('李家儿子');
  });

  it('never reads a level word typed alone as the person', () => {
    expect(read('塔拉嘎查 苏木 兽医站 说 羊 打 疫苗 的 事 明天 去 问').raiser).not.toBe('苏木');
  });
});
