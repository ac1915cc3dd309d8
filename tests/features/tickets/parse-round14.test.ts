import { describe, expect, it } from 'vitest';
import { missingOf, parseTicket } from '../../../bot/features/tickets/parse';
import { generateTickets, ROUND14 } from '../../helpers/ticket-generator';
import { judgeGenerated } from '../../helpers/ticket-generator-judge';

// Wednesday 2026-03-04, 10:00 Beijing time. None of these messages is in an eval set: each checks one general rule
// found while reading the misses of the four writers who moved into tuning at ~05:30 on 2026-12-06 (a Shandong
// village secretary, a Hangzhou grid worker among riders and tenants, a Minnan fishing village, Uyghur names in
// Xinjiang), with wording of our own. Each failed before the rule.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('the member’s own day, said as the plan (俺说…去, 明天带…去, 把…发给他)', () => {
  it('reads the day the member will act, told to the person or bringing someone, as the promised date', () => {
    for (const [text, due] of [
      ['工单 石门村 韩大爷 反映灌溉渠漏水 俺说礼拜五去现场说和说和', '2026-03-06'],
      ['民情工单 青山社区 刘阿婆 家里的燃气灶打不着火 明天领着燃气公司的师傅去看', '2026-03-05'],
      ['民情工单 青山社区 孙师傅 想报名电工培训 后天把报名表发给他', '2026-03-06'],
      ['民情工单 青山社区 卢阿姨 楼道里的垃圾没人收 我明天喊保洁员来清', '2026-03-05'],
    ] as const) {
      const draft = read(text);
      expect(draft.due, text).toBe(due);
      expect(missingOf(draft), text).toBeUndefined();
      expect(draft.content, text).not.toMatch(/俺说|明天|后天|礼拜五/);
    }
  });

  it('reads a day the member has set the meeting for (约在下周二, 定在3.15)', () => {
    expect(read('民情工单 东村 王大爷 和邻居为排水沟吵架 约在下周二上门').due).toBe('2026-03-10');
    expect(read('工单 东村 王大爷 房东扣押金不退 陪他去司法所 定在3.15').due).toBe('2026-03-15');
  });

  it('still reads the person’s own plan as no promise, and asks for the day', () => {
    const draft = read('民情工单 北坡村 邓大爷 说他明天去办低保');
    expect(draft.due).toBeUndefined();
    expect(missingOf(draft)).toBe('due');
  });

  it('asks for the matter when it is only pointed at, the member’s day read and the command said last dropped', () => {
    const draft = read('工单 青山社区 曹大娘上午找俺了 说的那个事俺后天去给办');
    expect(draft).toMatchObject({ raiser: '曹大娘', due: '2026-03-06' });
    expect(draft.content).toBeUndefined();
    expect(missingOf(draft)).toBe('content');
    expect(read('石门村 韩大爷 反映灌溉渠漏水 俺说礼拜五去现场说和 民情工单').content).toBe('灌溉渠漏水');
  });
});

describe('solved there, told in the member’s words', () => {
  it('reads an answer given there, an agreement signed there, a loop closed, or the thing working again', () => {
    for (const text of [
      '记一下 北坡村 邓大爷 问合作医疗交了没有 当场跟他讲明白了',
      '民情工单 北坡村 贾二婶家和邻居为鸡跑进菜地吵架 俺叫两家来村部说和了 当场都签了字',
      '记一下 青山社区 卢阿姨 不会在手机上交医保 我当场教了一遍 已闭环',
      '民情工单 北坡村 邓大爷 反映水龙头不出水 交给网格员小范 俺去看了是阀门关了 给拧开了 通了',
    ]) {
      const draft = read(text);
      expect(draft.onSpot, text).toBe(true);
      expect(missingOf(draft), text).toBeUndefined();
    }
  });

  it('does not read a promise to explain, or a fault that came back, as solved', () => {
    expect(read('民情工单 北坡村 邓大爷 反映路灯又不亮了 周五前修好').onSpot).toBeUndefined();
    expect(read('民情工单 北坡村 邓大爷 问合作医疗交了没有 当场答应明天给他讲明白').onSpot).toBeUndefined();
  });
});

describe('who raised it', () => {
  it('reads a family’s village (侯家营) glued to the name or with 的, and keeps 马家庄村 whole', () => {
    expect(read('民情工单 侯家营韩桂兰 想申请高龄补贴 月底前答复')).toMatchObject({ place: '侯家营', raiser: '韩桂兰' });
    expect(read('民情工单 侯家营的韩桂兰 想申请高龄补贴 月底前答复')).toMatchObject({ place: '侯家营', raiser: '韩桂兰' });
    expect(read('民情工单 马家庄村 邓大爷 门口的路灯坏了 周五前').place).toBe('马家庄村');
  });

  it('takes a rider, a tenant, a boat’s master or a station’s head before the name off it', () => {
    for (const [text, name] of [
      ['记一下 青山社区 骑手小邵 电动车在小区里被锁了 周五前答复', '小邵'],
      ['民情工单 青山社区 租客老魏 房东不给修热水器 周五前答复', '老魏'],
      ['工单 渔港村船老大阿海反映码头的缆桩松了 月底前', '阿海'],
      ['记个工单 青山社区 快递站长老包 说门口不让停三轮车 周五前答复', '老包'],
    ] as const) {
      expect(read(text).raiser, text).toBe(name);
    }
  });

  it('reads Minnan 阿X姆 glued to the matter, 阿X with the age after it, and a 阿 name after its household', () => {
    expect(read('民情工单 渔港村阿桂姆腰疼得下不了床 想请医生上门 下周一前回复').raiser).toBe('阿桂姆');
    expect(read('民情工单 渔港村阿莲五十多岁想找份工 下周一前回复').raiser).toBe('阿莲');
    expect(read('工单 渔港村陈家阿勇来反映 他家门口的路灯坏了 周五前修好').raiser).toBe('阿勇');
  });

  it('reads the kin who came to say it (她外甥阿宝来反映的) over the person the matter is about', () => {
    expect(read('民情工单 渔港村阿兰婆的屋顶被风掀了 她外甥阿宝来反映的 两周内修好').raiser).toBe('阿宝');
  });

  it('keeps a kin word or an elder’s address after a name with no Han surname’s shape out of the name and the matter', () => {
    expect(read('民情工单 团结社区 依明·卡德尔大哥反映暖气不热 明天回复').raiser).toBe('依明·卡德尔');
    const address = read('民情工单 团结社区 阿依努尔 阿帕 反映的事情 明天回复她');
    expect(address.raiser).toBe('阿依努尔');
    expect(address.content).toBeUndefined();
    expect(missingOf(address)).toBe('content');
  });

  it('reads a full name ending in 来 standing whole between gaps', () => {
    expect(read('民情工单 郑德来 电话13512345678 反映门前的水沟堵了 周五前').raiser).toBe('郑德来');
  });
});

describe('the place', () => {
  it('keeps an estate’s numbered part (翠苑一区) as the place, not a district above it', () => {
    expect(read('民情工单 桂苑二区3号网格 钱阿姨反映楼道灯坏了 下周五前').place).toBe('桂苑二区3号网格');
  });
});

describe('who holds it', () => {
  it('reads staff brought in, agreed with or reported to, by post and name, and drops the unit before a post', () => {
    for (const [text, holder] of [
      ['民情工单 青山社区 孙师傅 反映楼道堆满杂物 已拉物业管家小蔡介入 周五前', '小蔡'],
      ['民情工单 青山社区 孙师傅 反映楼下天天有人吵架 已经跟派出所民警老肖拉通了 周五前', '老肖'],
      ['民情工单 青山社区 孙师傅 反映路边摊占道 已报街道城管科邱科长 周五前答复', '邱科长'],
      ['民情工单 北坡村 邓大爷 反映水渠塌了 已转给县水利局吴局长 月底前答复', '吴局长'],
      ['民情工单 团结社区 阿依努尔 家里停水了 供水站的热合曼负责 明天回复', '热合曼'],
    ] as const) {
      expect(read(text).holder, text).toBe(holder);
    }
  });

  it('never reads the word that hands it over and a body’s first character (请村…) as a name', () => {
    expect(read('工单：红岩村两家为地界吵起来了，吉伍拉哈来找的我。请村调解委员会3天内组织调解。').holder).toBeUndefined();
  });
});

describe('the round-14 parts of the message generator', () => {
  // Before these rules the round-14 parts (ROUND14, seed 1, 3000) were read whole 25.2% of the time, after 98.3%; the
  // half kept apart (ROUND14_FRESH) 22.6% → 83.0%, never fixed against.
  it('reads a fixed sample of 300 whole at least 95% of the time', () => {
    const items = generateTickets(300, 7, ROUND14);
    const whole = items.filter((item) => Object.values(judgeGenerated(item).fields).every(Boolean)).length;
    expect(whole / items.length).toBeGreaterThanOrEqual(0.95);
  });
});
