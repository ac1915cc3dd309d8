import { describe, expect, it } from 'vitest';
import { guessCategory, missingOf, parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own, by class: the loess hills' hamlets (峁, 塬) and the
// Hakka walled hamlet (围) as places, a group named by its hamlet after the village, a village whose name starts with
// 镇 or 乡; 后生 before the name; Cantonese and Hakka 即场 (on the spot), 教识, and 话 before the promised day; the
// member's own follow-up in northern words (给问, 说合, 叫人…); the south's irrigation channel (水圳) and 揾工; the owner
// of a thing that did harm, who is not who raised it; and a crossing (路口), which is no place of a person.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('the hamlets of the loess hills and the Hakka walled hamlets', () => {
  it('reads 峁 and 塬 as a place, alone before the person or glued to who follows', () => {
    expect(read('记一下 刘家峁 张老汉说房顶漏雨了 我后天叫人来补').place).toBe('刘家峁');
    expect(read('马家塬 赵桂香反映 娃娃的学费补助还没到 月底前问清楚')).toMatchObject({ place: '马家塬', raiser: '赵桂香' });
    expect(read('贺家峁村民高宝山 地里的水窖裂了 明天找人看').place).toBe('贺家峁');
  });

  it('reads 围 as a place with its group, where the member was', () => {
    const draft = read('今天下午在罗屋围二组走访，曾伯话屋背的水管爆咗，我即场换咗条新管。');
    expect(draft).toMatchObject({ place: '罗屋围二组', raiser: '曾伯', onSpot: true });
  });

  it('keeps 周围 and 范围 words, which are no hamlet', () => {
    expect(read('东湖社区 王大爷反映 周围的路灯都不亮 周五前').place).toBe('东湖社区');
  });

  it('keeps a group named by its hamlet (后沟组) below the village, with the person after it', () => {
    expect(read('民情工单 张家沟村后沟组 王二娃跟他邻居为地界吵架 月底前调解')).toMatchObject({
      place: '张家沟村后沟组',
      raiser: '王二娃',
    });
  });

  it('reads a village whose name starts with 镇 or 乡 whole, and a town before 村民 still as the town', () => {
    expect(read('镇川村赵满仓老汉低保卡丢了 明天陪他去补办')).toMatchObject({ place: '镇川村', raiser: '赵满仓' });
    expect(read('安乡村刘秀莲反映自来水停了 明天找水管员').place).toBe('安乡村');
    expect(read('红岩镇村民周德胜反映路灯坏了 明天找电工').place).toBe('红岩镇');
  });
});

describe('who raised it after 后生', () => {
  it('reads the name after 后生 or 返乡后生, as after 青年', () => {
    expect(read('柳湾村后生马小龙想学开挖掘机 问哪里有培训 月底前问清楚').raiser).toBe('马小龙');
    expect(read('杨庄村返乡后生田志强想贷款养羊 下周三前给他回话').raiser).toBe('田志强');
  });
});

describe('Cantonese and Hakka words of the member and the holder', () => {
  it('reads 即场 as on the spot', () => {
    expect(read('上村三组李婶话屋企灯唔着，我即场帮佢换咗灯泡。').onSpot).toBe(true);
    expect(read('新屋村一组陈伯话唔识用手机缴电费，我即场教识佢。').onSpot).toBe(true);
  });

  it('reads 话 before the promised day as said: the one who said it holds it', () => {
    const draft = read('塘背村二组何婶反映门口条路烂咗。村主任曾国华话下周五前修好。');
    expect(draft).toMatchObject({ holder: '曾国华', due: '2026-03-13' });
    const head = read('记一下：上屋村四组黄伯讲孙女学校收费唔清楚。学校陈主任话后天回覆。');
    expect(head).toMatchObject({ holder: '陈主任', due: '2026-03-06' });
    // 电话 and 回话 keep theirs.
    expect(read('塘背村二组何婶反映门口条路烂咗 电话13800001111 明天回话').phone).toBe('13800001111');
  });
});

describe("the member's own follow-up in northern words", () => {
  it('reads 我明天去…给问, 后天去两家说合 and 下周一叫人… as the day promised', () => {
    expect(read('高家洼 王老汉说新农合报销款没到 我明天去县上医保局给问').due).toBe('2026-03-05');
    expect(read('刘二牛说他家的地界叫邻家占了 我后天去两家说合').due).toBe('2026-03-06');
    expect(read('柳树村3组孙桂兰反映 门前的水沟塌了 我下周一叫人来拉土').due).toBe('2026-03-09');
  });
});

describe('the category of the south’s words', () => {
  it('reads 水圳 as a ditch of the village and 揾工 as work', () => {
    expect(guessCategory('村尾条水圳塞咗，落雨就浸屋')).toBe('基础设施');
    expect(guessCategory('个仔毕业半年，想喺镇上揾份工')).toBe('就业社保');
  });
});

describe('the owner of a thing that did harm', () => {
  it('is not who raised it: the dialogue asks, and the matter keeps the name', () => {
    const bit = read('民情工单 柳河村 赵永福家的狗咬人 月底前');
    expect(bit.raiser).toBeUndefined();
    expect(bit.content).toBe('赵永福家的狗咬人');
    expect(missingOf(bit)).toBe('raiser');
    expect(read('民情工单 柳河村 赵永福家的狗把隔壁小孩咬了 月底前').raiser).toBeUndefined();
    expect(read('民情工单 柳河村 孙家的羊跑到李家地里把麦苗啃了 月底前调解').raiser).toBeUndefined();
    // The one who asks the owner to pay is the party harmed, who brought it.
    expect(read('工单 柳河村 赵永福家的狗咬伤了隔壁的羊，马秀兰要赵永福家赔 明天调解').raiser).toBe('马秀兰');
  });

  it('is who raised it when the thing itself suffered, or when the owner is said to report it', () => {
    expect(read('民情工单 柳河村 赵永福家的狗被人毒死了 要求查一下 月底前').raiser).toBe('赵永福');
    expect(read('民情工单 柳河村 赵永福家的水井坏了 月底前').raiser).toBe('赵永福');
    expect(read('民情工单 柳河村 赵永福反映邻居家的狗咬了他家的鸡 月底前').raiser).toBe('赵永福');
  });
});

describe('a crossing (路口)', () => {
  it('is where the thing is, no place of the person: the 村/社区 said is the place, or it is asked', () => {
    const said = read('民情工单 东湖社区 王大爷反映 建设路口的井盖没了 明天找市政');
    expect(said.place).toBe('东湖社区');
    expect(said.content).toMatch(/建设路口的井盖/);
    const alone = read('民情工单 王大爷反映 建设路口的井盖没了 明天找市政');
    expect(alone.place).toBeUndefined();
    expect(missingOf(alone)).toBe('place');
  });
});
