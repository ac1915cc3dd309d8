import { describe, expect, it } from 'vitest';
import { readCategory } from '../../../bot/features/tickets/category';
import { parseTicket } from '../../../bot/features/tickets/parse';
import { placeLevel } from '../../../bot/features/tickets/place';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own, by class: the spots of a scenic area, a park and a
// forest farm as places, a landmark before a village, Shanghai's 居委 and lanes; who raised it named by what they are
// there (游客, 导游, 乘客, 护林员), an elder then her full name, the one who sent the member a photo; solved there said as
// a thing handed back, mended by staff, a quarrel settled with terms, or 冇得事了; a trade called after the surname
// who says the day, an office's own lawyer, a body joined with 和, a party's 方, a beast; more work done on a day; a
// visit that told nothing; and the categories of an old person's card, a sprain, blasting damage, crowded lets, a
// court's support order, a grave's rites and footage looked through.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('the spots of a scenic area, a park and a forest farm are places', () => {
  it('reads a scenic area and its named spot, said first', () => {
    const draft = read('民情工单 峨眉山景区雷洞坪 游客孙女士说栈道扶手松了 电话13900001111');
    expect(draft).toMatchObject({ place: '峨眉山景区雷洞坪', raiser: '孙女士' });
    expect(draft.content).not.toMatch(/景区/);
  });

  it('reads a numbered facility alone, and the area with its numbered facility inside the matter', () => {
    expect(read('今天在1号游客服务中心 游客周先生钱包丢了 急得不行').place).toBe('1号游客服务中心');
    expect(read('导游小陈反映武陵源景区4号观景台护栏锈了 工程部说明天来刷漆').place).toBe('武陵源景区4号观景台');
  });

  it('reads a cableway station by its peak', () => {
    expect(read('记一下 金顶索道上站厕所堵了 臭得很 保洁班王班长说今天下午弄好').place).toBe('金顶索道上站');
  });

  it('reads a forest farm’s station, and who works there after it', () => {
    const draft = read('白桦林管护站的护林员老刘说站里的水管冻裂了 场部说三天内派人来修');
    expect(draft).toMatchObject({ place: '白桦林管护站', raiser: '老刘' });
  });

  it('takes a landmark before a village for no place, and out of the matter', () => {
    const draft = read('北岭营林区边上的石门村三社 有人往河里倒垃圾 一个村民打电话说的');
    expect(draft.place).toBe('石门村三社');
    expect(draft.content).not.toMatch(/营林区/);
  });

  // A guard (it held on the base too): a park said with no name is no place.
  it('still reads no park that is not named', () => {
    expect(read('有人说公园那边路灯不亮 月底前要修好').place).toBeUndefined();
  });
});

describe('Shanghai’s 居委 and lanes', () => {
  it('reads an estate named 某村 with its 居委 as one place, and a clinic after the 居委 as no place', () => {
    expect(read('长寿路街道武宁一村居委郑阿姨反映楼道灯坏了，物业说明天来修').place).toBe('武宁一村居委');
    expect(read('田林街道华苑居委社区卫生站的吴医生反映，独居老人配药难，我答应下周一前问清楚').place).toBe('华苑居委');
  });

  it('takes a 街道 named after a former 镇 as one level above', () => {
    expect(placeLevel('江桥镇街道金华居委')).toBe('金华居委');
  });

  it('reads the person after a lane’s number', () => {
    expect(read('复兴居委28弄老陈反映，垃圾厢房满了没人清，环卫所答应本周五前清掉。').raiser).toBe('老陈');
  });
});

describe('who raised it', () => {
  it('reads the name after what the person is there (导游, 乘客)', () => {
    expect(read('导游小陈反映讲解器没电了 充不进去 我来跟进').raiser).toBe('小陈');
    expect(read('乘客刘阿姨手机丢在车上了 我们帮她找回来了').raiser).toBe('刘阿姨');
  });

  it('reads the full name after an elder’s word', () => {
    expect(read('东风村老爷爷李长贵手机不会用了 养老金查不到').raiser).toBe('李长贵');
  });

  it('reads who sent the member a photo or a message', () => {
    expect(read('河边有人倒建筑垃圾 村民老赵拍了照发给我 明天去看').raiser).toBe('老赵');
    expect(read('小区门口积水 业主孙先生发微信给我 物业说明天来抽').raiser).toBe('孙先生');
  });
});

describe('solved there', () => {
  it('reads a thing handed back, said last', () => {
    expect(read('东湖村刘大妈说钱包丢了 我们帮她找到了 已经当面交还').onSpot).toBe(true);
    expect(read('东湖村刘大妈说钱包丢了 我们调了监控找到了 已经还给她了').onSpot).toBe(true);
  });

  it('reads the fault mended by staff, said as done', () => {
    expect(read('东湖村刘大妈说楼道扶手松了 电工已经拧紧了').onSpot).toBe(true);
  });

  it('reads a quarrel settled with the member and the terms agreed', () => {
    expect(read('东湖村两家为占道吵架 刘大妈反映的 我跟村调解员一起调解好了 说定各退一步').onSpot).toBe(true);
  });

  it('reads no trouble left in a dialect’s words', () => {
    expect(read('东湖村刘大妈摔了一跤 村医过来看了 莫得事了').onSpot).toBe(true);
  });

  // A guard (it held on the base too): the mended-by-staff reading does not take a repair reported.
  it('still does not read a repair reported as done', () => {
    expect(read('东湖村刘大妈说路灯坏了 已经报修了').onSpot).toBeUndefined();
  });
});

describe('who holds it', () => {
  it('reads a trade called after the surname, named with the body, saying the day', () => {
    const draft = read('东湖村王大爷反映栏杆断了 工程部刘师傅说后天来焊');
    expect(draft).toMatchObject({ holder: '刘师傅', due: '2026-03-06' });
  });

  it('reads a lawyer of the member’s own office', () => {
    expect(read('东湖村王大爷反映工钱拿不到 所里小王律师说月底前帮他写好申请').holder).toMatch(/王律师$/);
  });

  it('reads the first of two joined with 和, not 和 and a body', () => {
    expect(read('东湖村王大爷反映分家吵了几年 下周二由我们所赵律师和社区调解员一起调解').holder).toBe('赵律师');
  });

  it('reads no one in a party’s 方 or in a beast', () => {
    expect(read('东湖村王大爷反映墙被震裂了 找了施工方 施工方只说过两天来看').holder).toBeUndefined();
    expect(read('东湖村王大爷说围栏倒了 羊跑进麦地里去了 我明天去看').holder).toBeUndefined();
  });
});

describe('staff named by a name of no Han surname’s shape', () => {
  it('reads the name before its post, after the body, as who promised', () => {
    expect(read('木雅村三组卓玛反映 水管冻裂了 乡水务站达瓦站长答应下周一前来修')).toMatchObject({ holder: '达瓦', due: '2026-03-09' });
    expect(read('沙德村二组次仁反映孩子学费困难 我跟乡中心校格桑校长说了 他说本周五前给答复').holder).toBe('格桑');
  });

  it('reads the name alone after its body', () => {
    expect(read('折多村一组泽郎想学开挖掘机 乡社保所央宗答应月底前给他报名').holder).toBe('央宗');
    expect(read('木雅村二组卓玛想找活干 乡人社站德吉答应下周三前帮她问').holder).toBe('德吉');
  });

  it('takes the body off a name read with it, its post glued after', () => {
    expect(read('然日卡村二组的央金反映草场界线有争议 乡综治办多吉主任负责 本周五前去现场').holder).toBe('多吉');
  });

  // A guard (it held on the base too): a Han name before its post is read as before.
  it('still reads a Han name before its post as the name', () => {
    expect(read('东湖村王大爷反映路灯坏了 社区曹海平主任说明天来修').holder).toBe('曹海平');
  });
});

describe('the day of the work', () => {
  it('reads a day with the crafts of clearing and mending', () => {
    expect(read('东湖村王大爷反映河里漂着塑料瓶 保洁队明天一早去捞').due).toBe('2026-03-05');
  });

  it('reads a day the member fetches or buys something for the person, and not the person’s own errand', () => {
    expect(read('东湖村王大爷腿脚不便 降压药吃完了 我后天去药店帮他买').due).toBe('2026-03-06');
    expect(read('东湖村王大爷说他儿子明天帮他拿药').due).toBeUndefined();
  });

  it('reads a day the member sends the person what they asked for', () => {
    expect(read('东湖村王大爷反映孙子要中考 想了解政策 我后天整理好材料发给他').due).toBe('2026-03-06');
  });
});

describe('a visit that told nothing', () => {
  it('asks for the matter when the person was busy and will call back', () => {
    expect(read('记一下 东湖村刘嫂 13900002222 有个事要反映 她在忙 晚点再打给我').content).toBeUndefined();
  });

  it('asks for the matter when the person stopped the member on the way and talked long', () => {
    expect(read('东湖村刘秀芝 今天在村道上拦住我说了半天 我说明天给她回话').content).toBeUndefined();
  });

  it('asks for the matter when only a consultation was said, or a long talk to be noted later', () => {
    expect(read('记一下 东湖社区的孙师傅来咨询过 明天下午给他回个电话').content).toBeUndefined();
    expect(read('东湖村钱伯来找我 讲了一个多小时 等我问清楚再记').content).toBeUndefined();
  });
});

describe('categories', () => {
  const category = (said: string) => readCategory(said).category;
  it('files an old person’s card under 其他, and footage looked through as no camera broken', () => {
    expect(category('八十多了 想办个老年证')).toBe('其他');
    expect(category('钱包丢了 我们查了监控找到了')).toBe('其他');
  });

  it('files a sprain under 医疗', () => {
    expect(category('下台阶把脚扭了 医务室给包扎了')).toBe('医疗');
  });

  it('files blasting damage, crowded lets and a court’s support order as disputes', () => {
    expect(category('隔壁采石场放炮 把她家窗户震裂了')).toBe('矛盾纠纷');
    expect(category('楼下那套是群租 住了十几个人 楼道堆满杂物')).toBe('矛盾纠纷');
    expect(category('前夫一直不给孩子抚养费 想申请强制执行')).toBe('矛盾纠纷');
  });

  it('files a grave’s rites under 其他', () => {
    expect(category('她家祖坟挨着山林 清明上坟烧纸怕着火 问能不能挪')).toBe('其他');
  });
});
