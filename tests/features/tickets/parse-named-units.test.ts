import { describe, expect, it } from 'vitest';
import { parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own, by class: a place named as a unit of a kind (a hall
// of trade with its part and floor, a compound by its part, a settlement's landmark with its side), with unit words of
// each kind beyond those the tuning writers used; a verb or a person word never starts a place; a unit's number of
// three digits read as every reader reads it.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('a hall of trade with its part and floor', () => {
  it('reads a named mall with its side and floor, the person after it', () => {
    const draft = read('记一下 金海商城东区2楼 卖茶叶的杜大姐说 楼梯口的消防通道被货堵了');
    expect(draft).toMatchObject({ place: '金海商城东区2楼', raiser: '杜大姐' });
    expect(draft.content).toMatch(/消防通道/);
  });

  it('reads a trade 城 by its trade, its part and floor glued to the matter', () => {
    const draft = read('华夏轻纺城三区4楼卫生间的水龙头坏了 商户都说不方便');
    expect(draft.place).toBe('华夏轻纺城三区4楼');
    expect(draft.content).toMatch(/水龙头/);
  });

  it('reads a named market gone to on the visit', () => {
    expect(read('今天到柳林市场转了一圈 卖鱼的葛老板说排水沟堵了 臭得很').place).toBe('柳林市场');
  });

  it('leaves a market named only by what it sells', () => {
    expect(read('菜市场门口摊贩占道 居民反映走不过去').place).toBeUndefined();
  });
});

describe('a compound by its part', () => {
  it('reads an apartment compound by its side before the person', () => {
    expect(read('中区公寓 保洁员邵大爷说暖气片漏水了 明天找人修')).toMatchObject({ place: '中区公寓', raiser: '邵大爷' });
  });

  it('reads a staff compound by its side before the person (as before)', () => {
    expect(read('北区家属院 退休职工邵大爷说暖气片漏水了 明天找人修')).toMatchObject({
      place: '北区家属院',
      raiser: '邵大爷',
    });
  });

  it('keeps the building before the person, leaves it with the matter otherwise', () => {
    expect(read('二区公寓3栋蒋阿姨反映楼道灯坏了 物业说明天修')).toMatchObject({ place: '二区公寓3栋', raiser: '蒋阿姨' });
    const matter = read('西区宿舍5号楼水管爆了 邬师傅说的 我当场关了总阀');
    expect(matter.place).toBe('西区宿舍');
    expect(matter.content).toMatch(/5号楼水管/);
  });
});

describe('a landmark of a settlement with its side', () => {
  it('reads the village and its clinic or hall with the side, as a word or glued to the matter', () => {
    expect(read('桃源村卫生室旁 邱大娘讲路边的水沟堵了 我明天去看')).toMatchObject({ place: '桃源村卫生室旁', raiser: '邱大娘' });
    const glued = read('杏花村祠堂门口路灯不亮 冯大爷讲的');
    expect(glued.place).toBe('杏花村祠堂门口');
    expect(glued.content).toMatch(/路灯不亮/);
  });
});

describe('a numbered block and a numbered road', () => {
  it('reads a numbered block of a hospital with its floor, the 住 of 住院楼 kept', () => {
    expect(read('三号住院楼5楼 陪护的家属龙大哥说开水房没热水 后勤说今天修')).toMatchObject({
      place: '三号住院楼5楼',
      raiser: '龙大哥',
    });
  });

  it('reads a named road by its number as a word, not a bus line', () => {
    expect(read('滨江3路 祁家反映楼下烧烤摊吵到半夜 城管说本周来查')).toMatchObject({ place: '滨江3路', raiser: '祁家' });
    expect(read('今天坐公交12路 去医院 钱大爷说车太挤').place).toBeUndefined();
  });
});

describe('a place never starts with a verb or a person word', () => {
  it('reads the community after going down to one', () => {
    expect(read('今天下沉社区义诊 红枫苑社区2网格潘婆婆说血糖高 我当场帮她约了医生').place).toBe('红枫苑社区2网格');
  });

  it('reads the village after 群众讲', () => {
    expect(read('有群众讲柿子村3组那口井干了 村里答应周五前送水').place).toBe('柿子村3组');
  });

  it('reads no place from going along with the street office', () => {
    expect(read('记一下 做鞋的龚大姐 电话13900001111 工钱被拖了 我陪她跟街道劳动所约了周三').place).toBeUndefined();
  });
});

describe('a unit numbered past ninety-nine', () => {
  it('keeps a building of three digits with its estate', () => {
    expect(read('翠竹小区103栋 何阿姨反映电梯老是停 物业说明天修').place).toBe('翠竹小区103栋');
  });
});
