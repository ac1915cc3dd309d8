import { describe, expect, it } from 'vitest';
import { parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own, by class: the member's own promise to talk it over
// with a named person, the one who came to the office named before a person the matter is about, the household
// wronged in a quarrel, and a hamlet ending in 坞.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('the member promising to talk it over with a named person', () => {
  it('leaves the person whom the member will liaise or consult with no holder', () => {
    const liaise = read('2连李大姐说她家院墙被邻居的树根顶裂了，俺答应下周三前跟连部王指导员商量一下');
    expect(liaise).toMatchObject({ raiser: '李大姐', due: '2026-03-11' });
    expect(liaise.holder).toBeUndefined();
    const office = read('东山村 刘婶说村口的桥栏杆松了，我答应月底前跟镇城建办李主任对接好');
    expect(office).toMatchObject({ raiser: '刘婶', due: '2026-03-31' });
    expect(office.holder).toBeUndefined();
  });

  it('still holds a person who promises, or is given the work, or goes to do it with the member', () => {
    expect(read('东山村 刘婶说村口的桥栏杆松了 镇城建办李主任答应周五前来修').holder).toBe('李主任');
    expect(read('东山村 刘婶说村口的桥栏杆松了 让村委王主任负责 周五前修好').holder).toBe('王主任');
    expect(read('东山村 刘婶说两家为地界吵起来了 我跟调解员老锁明天一块去调解').holder).toBe('老锁');
  });
});

describe('the one who came to the office, named before a person the matter is about', () => {
  it('is who raised it, not the person named after a place later on', () => {
    expect(read('外地来的瓦工田有才上午来村委了，说在柳树村赵德明家砌墙的工钱还没给，我明天去问问').raiser).toBe('田有才');
    expect(read('山西来的采棉工郭满仓今天又来连部了，说去年在3连孙建业家地里干活的钱没给，下周一前叫两边来对账').raiser).toBe('郭满仓');
  });

  it('leaves a full name called by a kin word to the readers that keep the whole name', () => {
    expect(read('石桥村 村口的路灯不亮 街坊钱有福阿舅来村委说的 明天去看').raiser).toBe('钱有福');
  });
});

describe('the household wronged in a quarrel', () => {
  it('is who raised it when no one else is said to have brought it', () => {
    const parked = read('桃园村 收废品的把三轮车堆在刘长根家门口 两家吵了一架 我去劝了 当场挪开了');
    expect(parked).toMatchObject({ raiser: '刘长根', onSpot: true });
    expect(parked.content).toContain('刘长根家门口');
    expect(read('桃园村 工地的渣土倒在周桂芳家菜地里 周桂芳很生气 明天让施工队清走').raiser).toBe('周桂芳');
  });

  it('gives way to the one said to have brought it, and takes no one with no quarrel', () => {
    expect(read('桃园村 刘长根说工地的渣土倒在周桂芳家菜地里 两家吵起来了 明天去看').raiser).toBe('刘长根');
    expect(read('桃园村 工地的渣土倒在周桂芳家菜地里 明天让施工队清走').raiser).toBeUndefined();
  });
});

describe('a hamlet ending in 坞', () => {
  it('is the place, said first or where the person lives', () => {
    expect(read('桂花坞那边路灯坏了三盏 李大妈来讲的 我明天去看').place).toBe('桂花坞');
    expect(read('桂花坞 王大伯说后山的水管冻裂了 本周五前修好').place).toBe('桂花坞');
    expect(read('家住枫林坞的周大姐说村口的垃圾没人收 我下周一前联系环卫').place).toBe('枫林坞');
    expect(read('刘家坞 张婶反映路灯不亮 明天去看').place).toBe('刘家坞');
  });

  it('leaves a dock or a hollow (避风坞, 船坞, 山坞) no place', () => {
    expect(read('避风坞那边的缆桩断了 渔民老郑说的 月底前报镇里').place).toBeUndefined();
    expect(read('船坞 工人老马说宿舍漏雨 周五前修').place).toBeUndefined();
    expect(read('山坞 里的水渠堵了 杨大爷说的 明天去看').place).toBeUndefined();
  });
});
