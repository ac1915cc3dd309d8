import { describe, expect, it } from 'vitest';
import { missingOf, parseTicket, readWho } from '../../../bot/features/tickets/parse';
import { looksLikePlace } from '../../../bot/features/tickets/place';

// Wednesday 2026-03-04, 10:00 Beijing time. The units below a village or a community, as members across China write
// them, read as the place where they stand as one (first, before the person). Every sentence here is our own; none is
// in an eval set.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('a numbered group said without its village (3组, 三社, 五队, 第二村民小组)', () => {
  it('is the place when the person follows it, glued or after a gap', () => {
    const cases: [string, string, string][] = [
      ['民情工单 三社杨大妈反映自来水管冻裂了 月底前', '三社', '杨大妈'], // 甘肃, 川北: 社 is the 组
      ['民情工单 2社 何大姐 说机耕道垮了一截 周五前', '2社', '何大姐'],
      ['民情工单 五队 老刘 反映水渠漏水浇不上地 下周二前', '五队', '老刘'], // 东北, 西北: 生产队
      ['民情工单 第二村民小组 周婶 反映路灯不亮 3天内', '第二村民小组', '周婶'],
      ['三组王大爷反映桥栏杆松了 月底前', '三组', '王大爷'],
      ['民情工单 4队的马师傅说井水发浑 周五前', '4队', '马师傅'],
    ];
    for (const [text, place, raiser] of cases) expect(read(text), text).toMatchObject({ place, raiser });
  });

  it('is the place where it is said as where the person lives or the member went, or in brackets after the name', () => {
    expect(read('民情工单 住三社的杨大妈反映自来水管冻裂了 月底前')).toMatchObject({ place: '三社', raiser: '杨大妈' });
    expect(read('民情工单 杨大妈（三社）反映自来水管冻裂了 月底前')).toMatchObject({ place: '三社', raiser: '杨大妈' });
    expect(read('民情工单 今天走访五队 王大爷反映桥栏杆松了 月底前')).toMatchObject({ place: '五队', raiser: '王大爷' });
    // The way to a group is the matter's, not where the person lives.
    expect(read('民情工单 王大爷 反映去三组的路坏了 周五前').place).toBeUndefined();
    expect(read('民情工单 刘婶说到了五队那边路就不通了 周五前').place).toBeUndefined();
  });

  it('is not asked back for once said', () => {
    expect(missingOf(read('民情工单 三社杨大妈反映自来水管冻裂了 月底前'))).toBeUndefined();
  });

  it('is no place when it is another word (社保, 排队, 社区医院, 组织) or stands before no person', () => {
    expect(read('民情工单 杨大妈 反映社保卡丢了补办不了 周五前').place).toBeUndefined();
    expect(read('民情工单 周大爷 说卫生院排队太久 周五前').place).toBeUndefined();
    expect(read('民情工单 第五村民小组 有人在沟边烧秸秆 让孙立伟周五前处理').place).toBeUndefined();
    expect(read('民情工单 三社区李阿姨反映楼道灯坏了 周五前').place).not.toBe('三社');
    expect(looksLikePlace('三社')).toBe(true);
    expect(looksLikePlace('合作社')).toBe(false);
  });
});

describe('a hamlet named by its regional word', () => {
  it('is the place when it stands first before the person', () => {
    const cases: [string, string, string][] = [
      ['民情工单 枫树屋场 刘婶 反映塘基垮了 月底前', '枫树屋场', '刘婶'], // 湖南, 江西
      ['民情工单 李家冲刘婶反映山塘漏水 周五前', '李家冲', '刘婶'], // 湘中
      ['民情工单 罗家畈 胡大姐 说田里进不了水 下周一前', '罗家畈', '胡大姐'], // 鄂东, 皖西
      ['民情工单 刘家垸 陈爹爹 反映堤上路面开裂 月底前', '刘家垸', '陈爹爹'], // 江汉平原
      ['民情工单 王家塆 熊婆婆 说低保还没到账 周五前', '王家塆', '熊婆婆'], // 鄂东
      ['民情工单 林厝 陈阿伯 反映巷口路灯坏了 3天内', '林厝', '陈阿伯'], // 闽南
      ['民情工单 新埔 黄阿姆 说排水沟堵了 周五前', '新埔', '黄阿姆'], // 潮汕
      ['民情工单 黄家坳 杨大伯 反映通组路塌方 月底前', '黄家坳', '杨大伯'], // 黔东, 湘西
      ['民情工单 大石坝 吴孃孃 说自来水停了两天 周五前', '大石坝', '吴孃孃'], // 川渝
      ['民情工单 白沙垄 肖大爷 反映灌溉渠堵了 月底前', '白沙垄', '肖大爷'], // 湘赣
      ['民情工单 新圩 邓伯 说桥头护栏断了 周五前', '新圩', '邓伯'], // 江南, 岭南
      ['民情工单 柳树沟 郭大娘 反映羊圈被水冲了 下周二前', '柳树沟', '郭大娘'], // 华北山区
      ['民情工单 黄峪 孙大爷 说班车停了 周五前', '黄峪', '孙大爷'], // 京郊
      ['民情工单 马家岗张婶反映井盖丢了 3天内', '马家岗', '张婶'], // 河南
      ['民情工单 张庄王大爷反映井盖丢了 周五前', '张庄', '王大爷'], // 冀鲁豫: a surname and 庄, then the person
      ['民情工单 家住李家冲的刘婶反映山塘漏水 周五前', '李家冲', '刘婶'],
      ['民情工单 石牛寨 杨阿妹 说寨门口的路塌了 月底前', '石牛寨', '杨阿妹'], // 黔东南
      ['民情工单 前屯 老李头 说水井冻了 周五前', '前屯', '老李头'], // 东北
      ['民情工单 十里铺 刘大哥 反映路灯坏了 周五前', '十里铺', '刘大哥'],
      ['民情工单 大河坝 吴孃孃 说自来水停了两天 周五前', '大河坝', '吴孃孃'], // 川: 河坝 is a name's end too
    ];
    for (const [text, place, raiser] of cases) expect(read(text), text).toMatchObject({ place, raiser });
  });

  it('is the place in brackets after the name or where the person lives (刘婶（李家冲）, 家住罗家畈)', () => {
    expect(read('民情工单 刘婶（李家冲）反映山塘漏水 周五前')).toMatchObject({ place: '李家冲', raiser: '刘婶' });
    expect(read('民情工单 刘婶 家住罗家畈，说田里进不了水 周五前')).toMatchObject({ place: '罗家畈', raiser: '刘婶' });
    expect(read('民情工单 住在枫树屋场的刘婶反映塘基垮了 周五前')).toMatchObject({ place: '枫树屋场', raiser: '刘婶' });
    // A thing of the matter there is none (住在河沟边, （店铺）).
    expect(read('民情工单 刘婶说她家住在河沟边 周五前').place).toBeUndefined();
    expect(read('民情工单 刘婶（店铺）说门口堆了杂物 周五前').place).toBeUndefined();
  });

  it('is kept below its village when named right after it (石桥村李家冲), never the matter’s ditch (村口沟渠, 村南河沟)', () => {
    expect(read('民情工单 石桥村李家冲 刘婶 反映塘基垮了 月底前')).toMatchObject({ place: '石桥村李家冲', raiser: '刘婶' });
    const run = read('民情工单 石桥村枫树屋场刘婶反映塘基垮了 月底前');
    expect(run).toMatchObject({ place: '石桥村枫树屋场', raiser: '刘婶' });
    expect(run.content).not.toContain('枫树屋场');
    expect(read('民情工单 石桥村 罗家畈 胡大姐 说田里进不了水 周五前').place).toBe('石桥村罗家畈');
    expect(read('民情工单 三元村 村口沟渠头堆了垃圾 杨婆婆反映的 两周内').place).toBe('三元村');
    expect(read('民情工单 东岭村村民张庆华反映 村南河沟里有人倒垃圾 月底前').place).toBe('东岭村');
    expect(read('民情工单 五陂下村下岗职工钟小平 问养老保险 周五前').place).toBe('五陂下村');
    expect(read('民情工单 石桥村水库坝 有裂缝 让孙立伟周五前去看').place).toBe('石桥村');
  });

  it('is an answer to “哪个村” too', () => {
    for (const said of ['李家冲', '枫树屋场', '罗家畈', '刘家垸', '林厝', '三社']) expect(looksLikePlace(said), said).toBe(true);
    for (const said of ['水沟', '店铺', '草坪', '田垄', '台湾']) expect(looksLikePlace(said), said).toBe(false);
  });
});

describe('a part of a community (片区, 苑, 里, 弄, 号楼单元, 网格)', () => {
  it('is the place when it stands first before the person', () => {
    const cases: [string, string, string][] = [
      ['民情工单 3号楼2单元 钱阿姨 说楼道灯不亮 周五前', '3号楼2单元', '钱阿姨'],
      ['民情工单 3号楼2单元钱阿姨说楼道灯不亮 周五前', '3号楼2单元', '钱阿姨'],
      ['民情工单 桂花里 沈阿婆 反映化粪池满了 周五前', '桂花里', '沈阿婆'],
      ['民情工单 东风片区 赵大姐 说垃圾没人清 周五前', '东风片区', '赵大姐'],
      ['民情工单 翠湖苑 孙先生 反映电梯老停 周五前', '翠湖苑', '孙先生'],
      ['民情工单 第7网格 刘阿姨 说路灯坏了 周五前', '第7网格', '刘阿姨'],
    ];
    for (const [text, place, raiser] of cases) expect(read(text), text).toMatchObject({ place, raiser });
  });
});

describe('words that end or start like a place, and the matter’s own nouns', () => {
  it('are no place', () => {
    const none = [
      '民情工单 周大爷 反映两家为宅基地起了冲突 周五前',
      '民情工单 何老板 说店里坪效太低想问补贴 周五前',
      '民情工单 刘婶 说跟物业沟通不了 周五前',
      '民情工单 孙大姐 反映营业执照办不下来 周五前',
      '民情工单 王大爷 说庄稼被野猪拱了 月底前',
      '民情工单 李叔 说屋里面漏雨 周五前',
      '民情工单 吴婆婆 说网上的表格弄不好 周五前',
      '民情工单 杨大伯 反映水库坝有裂缝 月底前',
      '民情工单 罗大哥 说田坎垮了 月底前',
      '民情工单 水库坝 有裂缝 让孙立伟周五前去看',
      '民情工单 店铺 门口 堆满了杂物 让孙立伟周五前去看',
      '民情工单 营业厅王姐说宽带装不上 周五前',
      '民情工单 冲突 王大爷 反映邻居占地 周五前',
      '民情工单 杨大伯说屯粮的仓库漏雨 月底前',
      '民情工单 刘婶说堡垒户的牌子掉了 周五前',
      // Spaced as a word of its own, the thing of the matter with words before it is still no hamlet.
      '民情工单 刘婶 反映 南河沟 有人倒垃圾 周五前',
      '民情工单 刘婶 说 东头排水沟 堵了 周五前',
      '民情工单 孙大哥 说 临街商铺 占道 周五前',
    ];
    for (const text of none) expect(read(text).place, text).toBeUndefined();
  });

  it('keeps the village when it is said (柳河村5组, 石桥村 水库坝)', () => {
    expect(read('民情工单 柳河村5组 韩大爷 说沟边有人烧秸秆 周五前').place).toBe('柳河村5组');
    expect(read('民情工单 石桥村 杨大伯 反映 水库坝 有裂缝 月底前').place).toBe('石桥村');
  });
});

describe('a group read alone, with its village named later as the speaker’s own', () => {
  it('is that village’s group (我们X村, 咱X村, 俺X村)', () => {
    expect(read('民情工单 五队 老马 说咱柳树村里的路灯坏了一半 周五前').place).toBe('柳树村五队');
    expect(read('民情工单 2社何大姐反映我们石门村口的桥板断了 月底前').place).toBe('石门村2社');
    // Another village, not said as ours, is where the matter is, not the group's village.
    expect(read('民情工单 三组 王大爷 说去石桥村的路坏了 月底前').place).toBe('三组');
    // 我们村, with no name, names no village.
    expect(read('民情工单 三组 王大爷 说我们村的路灯坏了 月底前').place).toBe('三组');
  });
});

describe('a unit said right after the name that opens the message, before the verb of saying', () => {
  it('is the person’s place (王大爷 三组 反映, 沈阿婆 东风里 说, 刘婶 李家冲 讲)', () => {
    const cases: [string, string, string][] = [
      ['民情工单 王大爷 三组 反映桥栏杆松了 月底前', '三组', '王大爷'],
      ['民情工单 杨大妈 三社 反映 水管冻了 月底前', '三社', '杨大妈'],
      ['民情工单 沈阿婆 东风里 说化粪池满了 周五前', '东风里', '沈阿婆'],
      ['民情工单 刘婶 李家冲 讲山塘漏水 周五前', '李家冲', '刘婶'],
      ['民情工单 钱阿姨 3号楼2单元 说楼道灯不亮 周五前', '3号楼2单元', '钱阿姨'],
    ];
    for (const [text, place, raiser] of cases) expect(read(text), text).toMatchObject({ place, raiser });
  });

  it('is no place when it is a word of the matter or of the day (家里, 店铺, 昨天) or comes after the verb', () => {
    for (const text of [
      '民情工单 王大爷 家里 说屋顶漏雨 周五前',
      '民情工单 王大爷 店铺 说门口堆了东西 周五前',
      '民情工单 王大爷 昨天 说屋顶漏雨 周五前',
      '民情工单 王大爷 说 三组的路坏了 周五前',
    ])
      expect(read(text).place, text).toBeUndefined();
  });
});

describe('the answer to “谁反映的” with the unit said first or in brackets', () => {
  it('gives the unit as the place and the person as the name', () => {
    expect(readWho('三社杨大妈')).toEqual({ name: '杨大妈', place: '三社' });
    expect(readWho('三社 杨大妈')).toEqual({ name: '杨大妈', place: '三社' });
    expect(readWho('杨大妈（三社）')).toEqual({ name: '杨大妈', place: '三社' });
    expect(readWho('刘婶（李家冲）')).toEqual({ name: '刘婶', place: '李家冲' });
    expect(readWho('3号楼2单元钱阿姨')).toEqual({ name: '钱阿姨', place: '3号楼2单元' });
    // Words in brackets that are no unit stay out of both (楼组长, 社保).
    expect(readWho('冯阿姨（楼组长）')).toEqual({ name: '冯阿姨' });
    expect(readWho('杨大妈（社保）')).toEqual({ name: '杨大妈' });
  });
});

describe('a unit in the person’s field of a form', () => {
  it('gives way to the fuller place the message names, and is the place when none is named', () => {
    const text = '民情工单 幸福社区5幢 电梯坏了两天 反映人5幢楼长钱阿姨 周五前';
    expect(read(text)).toMatchObject({ place: '幸福社区5幢', raiser: '钱阿姨' });
    expect(read('民情工单 电梯坏了两天 反映人：三社杨大妈 周五前')).toMatchObject({ place: '三社', raiser: '杨大妈' });
  });
});
