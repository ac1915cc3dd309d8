import { describe, expect, it } from 'vitest';
import { guessCategory } from '../../../bot/features/tickets/category';
import { missingOf, parseTicket } from '../../../bot/features/tickets/parse';

const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

// Sentences of our own, none from an eval set: kinds of matter the wider generator parts (WIDER in
// tests/helpers/ticket-generator.ts) found read as 其他 or as the wrong category.

describe('matters that name no obvious keyword of their category', () => {
  it('reads an operation, a referral, an injury, the eyes or a swelling as 医疗', () => {
    for (const said of [
      '外孙下个月要开刀做手术，家里钱不够',
      '在镇上看不好，想转诊去市里',
      '他在自家果园摘果子受了伤，胳膊抬不起来',
      '奶奶上楼摔了一跤，膝盖肿着走不了路',
      '爷爷眼睛雾蒙蒙的，想查查是不是白内障',
    ])
      expect(guessCategory(said), said).toBe('医疗');
  });

  it('reads the one who hires, a contract never signed or a survivor pension as 就业社保', () => {
    for (const said of ['工地上的工头把大家的钱拿走了', '在物流园干了半年，一直没签合同', '丈夫走后的抚恤一直没批下来'])
      expect(guessCategory(said), said).toBe('就业社保');
  });

  it('reads the term, a grade or a nursery class as 教育', () => {
    for (const said of ['开学了还没分到班', '孩子想回老家念三年级', '小区附近没有托儿所']) expect(guessCategory(said), said).toBe('教育');
  });

  it('reads two households at odds over a thing of another category as 矛盾纠纷', () => {
    for (const said of [
      '两家为门前那条水渠吵了一上午',
      '两户承包鱼塘的为放水的时间争了好几回',
      '兄妹几个为老屋分不拢',
      '为了院墙的事要起诉对方',
    ])
      expect(guessCategory(said), said).toBe('矛盾纠纷');
    // Two households named with no quarrel (一楼两户 not signing for a lift) stay with the lift.
    expect(guessCategory('单元想装电梯，一楼两户不签字')).toBe('基础设施');
  });

  it('reads things piled up or a grill’s smoke as 环境, and a building’s tank or ceiling as 基础设施', () => {
    for (const said of ['超市后门的泡沫箱堆成山', '巷口的烧烤一开就呛得人咳嗽', '楼道的旧家具好久没人收拾'])
      expect(guessCategory(said), said).toBe('环境');
    for (const said of ['顶楼的水箱锈穿了', '卫生间天花板往下掉渣']) expect(guessCategory(said), said).toBe('基础设施');
  });
});

describe('kinds of words, not single words (the second wider batch)', () => {
  it('reads organs, a pain of the body, a treatment or a check-up as 医疗', () => {
    for (const said of ['婆婆肾不好要常年透析', '爷爷腰疼得下不了床', '他一直在县城治，钱花光了', '想让老人去卫生所以外的地方做检查'])
      expect(guessCategory(said), said).toBe('医疗');
  });

  it('reads an exam, grades, a repeated year or a school meal as 教育', () => {
    for (const said of ['儿子没考上想再念一年', '孙子成绩一落千丈', '想复读一年再考', '学生的营养餐断了'])
      expect(guessCategory(said), said).toBe('教育');
  });

  it('reads an accident at the workplace, a boss not paying or a veteran’s card as 就业社保', () => {
    for (const said of ['男人在工地上出了事，包的人不管', '帮老板卖了一年货，老板一分没给', '退役军人的优待证还没发'])
      expect(guessCategory(said), said).toBe('就业社保');
    // Money taken from a phone bill is no wage.
    expect(guessCategory('手机流量被扣了不少钱')).not.toBe('就业社保');
  });

  it('reads a loan not repaid, partners parting or neighbours set against each other as 矛盾纠纷', () => {
    for (const said of ['借给同村人三万块一直不还', '两个合伙开店的散伙了', '楼上楼下为晾衣服的地方较劲'])
      expect(guessCategory(said), said).toBe('矛盾纠纷');
  });

  it('reads litter floating, paint fumes or a room full of smell as 环境, and a floor peeling as 基础设施', () => {
    for (const said of ['水塘里漂满了塑料瓶', '对面店里刷油漆熏得头晕', '屋里一股的味散不出去'])
      expect(guessCategory(said), said).toBe('环境');
    expect(guessCategory('院子里新铺的地坪全起皮了')).toBe('基础设施');
  });
});

describe('a part truly missing, against one present in an unusual form', () => {
  it('keeps a person described but not named out of the matter and asks who it was', () => {
    const draft = read('民情工单 东湖村 一个开三轮的大叔来说门口的水管冻住了 周五前');
    expect(draft.content).toBe('门口的水管冻住了');
    expect(draft.raiser).toBeUndefined();
    expect(missingOf(draft)).toBe('raiser');
  });

  it('asks for the matter when only its existence is told, whoever told it and whatever is promised', () => {
    for (const text of [
      '民情工单 东湖村 一位独居的大妈来反映有点事，人走得急没讲 周五前',
      '民情工单 东湖村 钟阿姨 打电话说有点急事，没细说 周五前',
      '民情工单 东湖村 几户村民来说有个情况要找村里 周五前',
      '民情工单 东湖村 钟阿姨 说有件事想反映 年前解决',
      '民情工单 东湖村 钟阿姨\n说有件事想反映\n节前办好',
      '民情工单 东湖村 村民罗志勇同志 说有个情况要找村里 周五前',
    ]) {
      const draft = read(text);
      expect(draft.content, text).toBeUndefined();
      expect(missingOf(draft), text).toBe('content');
    }
  });
});

describe('a place word after a verb of going (进村, 找社区)', () => {
  it('reads going into the village or to the community as no place, and asks for one', () => {
    for (const text of [
      '民情工单 罗大爷 昨晚刮大风，进村那条路上的电线断了 周五前',
      '民情工单 朱大妈 说要找社区帮她看看漏雨的房子 周五前',
    ]) {
      const draft = read(text);
      expect(draft.place, text).toBeUndefined();
      expect(missingOf(draft), text).toBe('place');
    }
    // 下村 is a village's name often enough to stay one.
    expect(read('民情工单 下村 朱大妈 路灯坏了 周五前').place).toBe('下村');
  });
});
