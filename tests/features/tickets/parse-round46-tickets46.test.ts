import { describe, expect, it } from 'vitest';
import { parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own, by class, from works, wharves, markets and villages:
// a worker's post before the name; a house and its pair; 来, 说, 讲 never part of a name; solved there told as a
// finished action; a branch committee member and a named promiser hold it; a booking or a visit is the day; a matter
// only asked to be passed on is no matter; two teams quarrelling is a quarrel.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('a worker’s post before the name the person is called by', () => {
  it('reads the name after a post ending in 员, 班长 or 组长', () => {
    expect(read('2号仓库 库管员小钱说的 仓库顶上漏雨').raiser).toBe('小钱');
    expect(read('5号码头 吊车班长老马 家里老人摔了 想问能不能请护工 我让工会刘主席周五前回话').raiser).toBe('老马');
    expect(read('4号码头 两个工段为奖金吵起来了 搬运组长小孔来反映 我明天去调解').raiser).toBe('小孔');
    expect(read('仓库门口积水很深 调度员小邓说的 后勤科说月底前修').raiser).toBe('小邓');
  });

  it('reads a trader at a market as 摊主 is read', () => {
    expect(read('外地客商老申说 篁园市场门口停车位太少 我下周一前跟管理处反映').raiser).toBe('老申');
  });

  it('never takes the branch’s own staff for who raised it', () => {
    expect(read('东湖村 路灯坏了 网格员小陈说明天来修').raiser).toBeUndefined();
  });
});

describe('a house and its pair', () => {
  it('reads the house that said it after a road said first', () => {
    expect(read('滨海路 周家反映吴家老在门口堆杂物').raiser).toBe('周家');
  });

  it('reads the pair when only the member talks between them', () => {
    expect(read('柏树村4组 蒋家兄弟为田埂吵起来了 我去了叫两边坐下来说清楚 当场钉了木桩 两边都同意了')).toMatchObject({
      raiser: '蒋家兄弟',
      onSpot: true,
    });
  });

  it('cuts the pair before the matter, never inside 分家', () => {
    expect(read('石桥村3组 覃家兄弟为分家的事吵起来了 我当场调解好了').raiser).toBe('覃家兄弟');
  });
});

describe('a name is never cut inside a kin word, nor runs on into 来', () => {
  it('keeps 老师傅 whole', () => {
    expect(read('洋溪村3组苏老师傅 13766201234 讲组里的水井干了 水务站讲下个月5号前来看')).toMatchObject({
      raiser: '苏老师傅',
      content: '组里的水井干了',
    });
  });

  it('leaves 来 out after an old person’s word', () => {
    expect(read('枫树村新屋场 何家老婆子来讲邻居的牛踩了她的菜地 两家吵').raiser).toBe('何家老婆子');
    expect(read('石桥村 吴老汉来说 他家猪圈被水冲了').raiser).toBe('吴老汉');
  });

  it('leaves 来讲 out of the matter after a household', () => {
    expect(read('坳背村2组 刘家来讲钟家截了水 我交给支委谢春生去调解 本周五前').content).toBe('钟家截了水');
  });

  it('reads a name with 阿 that ends as a place may, brought in by 有个叫', () => {
    expect(read('记一下 滨江市场2楼 有位叫阿庄的 说厕所没水')).toMatchObject({ place: '滨江市场2楼', raiser: '阿庄', content: '厕所没水' });
  });

  it('reads 楼 as a surname, never in 楼上 or 楼道', () => {
    expect(read('石桥村3组 村民楼建平 电话13812345678 反映他家门口的路被挖断了').raiser).toBe('楼建平');
    expect(read('记下 商贸城二区 两个档口为隔板吵起来了 楼大姐来找我的 管理处小陈说本周五前来量尺寸').raiser).toBe('楼大姐');
    expect(read('楼上漏水 楼下张大姐反映 物业说明天修').raiser).toBe('张大姐');
    expect(read('5号楼楼道灯坏了 王阿姨说的 明天修').content).toBe('5号楼楼道灯坏了');
    expect(read('华阳社区 楼组长说 楼道灯坏了').raiser).toBeUndefined();
    expect(read('华阳社区 居民 钱国华 反映 晾衣架坏了 交拨 楼组长 孔丽娟 先去 了解')).toMatchObject({
      holder: '孔丽娟',
      content: '晾衣架坏了 先去 了解',
    });
  });
});

describe('solved there, told as a finished action', () => {
  it('reads the work done there', () => {
    expect(read('南区宿舍2号楼厕所堵了 小万反映的 俺们当场拿皮搋子捅开了').onSpot).toBe(true);
    expect(read('童阿姨问医保怎么交 我当场在电脑上查给她看了').onSpot).toBe(true);
    expect(read('今天走访桃园村2组 孙爷爷家收音机没声了 我帮他把电池重新装好就好了').onSpot).toBe(true);
    expect(read('上坪村2组 老陈头反映水管冻爆了 我同他儿子一起去补好了').onSpot).toBe(true);
  });

  it('reads both parties agreeing after the member’s talk', () => {
    expect(read('滨海路 周家反映吴家老在门口堆杂物 两家吵了几回 俺给说和了 两家都说中了').onSpot).toBe(true);
    expect(read('金大哥跟邻居吵起来了 我和社区同志一起调解 当场握手言和了').onSpot).toBe(true);
  });

  it('never a wish', () => {
    expect(read('要是村口有个路灯就好了 李大爷说的').onSpot).toBeUndefined();
  });
});

describe('who holds it', () => {
  it('reads a branch committee member handed the work', () => {
    expect(read('坳背村2组 刘家来讲钟家截了水 两家争水吵得凶 我交给支委谢春生同志去调解 本周五前')).toMatchObject({
      holder: '谢春生',
      category: '矛盾纠纷',
    });
  });

  it('reads the one told who promised, surnamed 楼', () => {
    expect(read('商贸城二区 卖伞的林大姐说 过道的灯坏了 我跟管理处老楼说了 他答应本周五前换好').holder).toBe('老楼');
  });
});

describe('the day', () => {
  it('reads a meeting booked for the person', () => {
    expect(read('开网店的王大姐 电话18906791234 房东要涨房租 谈不拢 我帮她跟司法所约了下周三')).toMatchObject({
      due: '2026-03-11',
      content: '房东要涨房租 谈不拢',
    });
  });

  it('reads the member’s visit to the person', () => {
    expect(read('北村 韩大爷腿摔了 我后天去看望她').due).toBe('2026-03-06');
  });

  it('goes on past a booking the holder was read out of', () => {
    expect(read('今天又来咨询，约了下周三由我们所孔律师和居委调解员一起做调解。').content).toBe('今天又来咨询');
  });
});

describe('no matter told', () => {
  it('asks when the person only asked to have it passed on or to be called back', () => {
    expect(read('记一下 东风村 做木工的小严来找我 电话13967452210 说让我帮他反映一下 明天给他回话').content).toBeUndefined();
    expect(read('记一下 东风村 龚大爷 13701234598 说有个事要反映 让我晚点再打给他细说').content).toBeUndefined();
    expect(read('黄柏村5组老刘头又来找我了 还是那个事 明天我去看').content).toBeUndefined();
  });

  it('keeps a matter told beside it', () => {
    expect(read('东风村 小严说路灯坏了 让我帮他反映一下 明天给他回话').content).toContain('路灯坏了');
  });
});

describe('two teams of a works quarrelling', () => {
  it('is a quarrel, whatever it is over', () => {
    expect(read('3号车间俩班组为夜班补贴分配闹矛盾 组长小范来反映 俺明天开会给他们调解').category).toBe('矛盾纠纷');
    expect(read('3号车间两个班组为工资分配闹矛盾 俺明天开会给他们调解').category).toBe('矛盾纠纷');
  });

  it('is a quarrel once the two households have fallen out over a leak', () => {
    expect(read('花园社区3号楼 冯阿姨说楼上水管爆了淹了她家 两家闹翻了 社区李主任月底前协调').category).toBe('矛盾纠纷');
  });
});

describe('things that go missing, with a camera wanted against it', () => {
  it('is a theft told by its loss, not public works', () => {
    expect(read('北区宿舍 老冯说楼下电动车老丢 让宿管下周三前装个摄像头').category).toBe('其他');
  });

  it('leaves a broken camera to public works', () => {
    expect(read('东村 李大爷说路口监控坏了').category).toBe('基础设施');
  });
});
