import { describe, expect, it } from 'vitest';
import { missingOf, parseTicket } from '../../../bot/features/tickets/parse';
import { FRESH, generateTickets, WIDER } from '../../helpers/ticket-generator';
import { GENERATED_FIELDS, judgeGenerated } from '../../helpers/ticket-generator-judge';

// Wednesday 2026-03-04, 10:00 Beijing time. Sentences of our own, none from an eval set: each is a weakness the
// message generator (tests/helpers/ticket-generator.ts) found, as a part met next to another part.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('generated 民情工单 messages (fixed seed)', () => {
  // The sample is composed from independent parts in varied orders (see the generator); by
  // `node bin/run-ts.js scripts/eval/tickets-generated.ts 3000 1` the parser read 46.0% of such messages whole before
  // these fixes (raiser 78.9%, asks 74.3%, category 88.3%), 98.5% after.
  it('reads a fixed sample of 400 whole at least 90% of the time, and every field at least 95%', () => {
    const items = generateTickets(400, 7);
    const right = new Map(GENERATED_FIELDS.map((f) => [f, 0]));
    let whole = 0;
    for (const item of items) {
      const { fields } = judgeGenerated(item);
      for (const f of GENERATED_FIELDS) if (fields[f]) right.set(f, right.get(f)! + 1);
      if (GENERATED_FIELDS.every((f) => fields[f])) whole++;
    }
    expect(whole / items.length).toBeGreaterThanOrEqual(0.9);
    for (const f of GENERATED_FIELDS) expect(right.get(f)! / items.length, f).toBeGreaterThanOrEqual(0.95);
  });

  // The wider matters (WIDER: words of each category the first list lacked, no-keyword matters, trades' contexts,
  // two-clause stories): category 55.6% on 3000 (seed 1) before the category words for them, 99.4% after.
  // With them, people described but not named (asked) and matters only said to exist (content asked): whole 95.5 →
  // 97.4% once an unnamed person, 打电话说有点事 and a promise with no day beside it were read as no matter.
  it('reads a fixed sample of 400 wider messages whole at least 94% of the time, category and asks at least 97%', () => {
    const items = generateTickets(400, 7, WIDER);
    const judged = items.map((item) => judgeGenerated(item).fields);
    expect(judged.filter((f) => Object.values(f).every(Boolean)).length / items.length).toBeGreaterThanOrEqual(0.94);
    expect(judged.filter((f) => f.category).length / items.length).toBeGreaterThanOrEqual(0.97);
    expect(judged.filter((f) => f.asks).length / items.length).toBeGreaterThanOrEqual(0.97);
  });

  // The parts kept apart while fixing (FRESH): 43.1% whole on 3000 (seed 3) before the fixes, 97.8% after.
  it('reads a fixed sample of 300 from the parts kept apart whole at least 90% of the time', () => {
    const items = generateTickets(300, 11, FRESH);
    const whole = items.filter((item) => Object.values(judgeGenerated(item).fields).every(Boolean)).length;
    expect(whole / items.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the parts the generator found broken', () => {
  it('reads 已转给 a body as handing it to the body, not to 给…', () => {
    const draft = read('民情工单 杨柳村 贺大爷 桥头的护栏松了 已转给镇水利站 月底前');
    expect(draft).toMatchObject({ holder: '镇水利站', raiser: '贺大爷', due: '2026-03-31' });
    expect(read('民情工单 杨柳村 贺大爷 桥头的护栏松了，已经转给城管中队，周五前').holder).toBe('城管中队');
  });

  it('reads a body named on a form as 负责人 as the holder', () => {
    const draft = read('民情工单\n姓名：邱阿姨\n地点：杨柳村\n问题：巷子里垃圾没人收\n负责人：环卫所\n时限：12号前');
    expect(draft).toMatchObject({ holder: '环卫所', raiser: '邱阿姨', due: '2026-03-12' });
    expect(draft.content).not.toContain('环卫所');
    expect(read('民情工单 杨柳村 邱阿姨 巷子里垃圾没人收 责任人：街道城管科 12号前').holder).toBe('街道城管科');
  });

  it('reads 当场解决 said after the rest, with a holder named, as solved on the spot', () => {
    for (const said of ['已当场解决', '当场办结', '现场处理好了', '已经现场解决了']) {
      const draft = read(`民情工单 杨柳村 贺大爷 家里水龙头坏了 网格员小冉帮着换的，${said}`);
      expect(draft, said).toMatchObject({ onSpot: true, holder: '小冉', raiser: '贺大爷' });
      expect(draft.content, said).not.toMatch(/当场|现场/);
      expect(missingOf(draft), said).toBeUndefined();
    }
    // Not what is left to do there: 没有当场解决 is not solved.
    expect(read('民情工单 杨柳村 贺大爷 家里水龙头坏了 没有当场解决 月底前').onSpot).toBeUndefined();
  });

  it('reads 记一下 and 帮我登记一下 as the command, not as the matter', () => {
    for (const opening of ['记一下，', '帮我登记一下 ', '麻烦记下：', '帮我记 ']) {
      const draft = read(`${opening}杨柳村 贺大爷 家门口的路灯不亮 月底前`);
      expect(draft, opening).toMatchObject({ place: '杨柳村', raiser: '贺大爷', due: '2026-03-31' });
      expect(draft.content, opening).toBe('家门口的路灯不亮');
    }
  });

  it('reads a day said alone after a comma, at the end or before the holder, as the promise', () => {
    expect(read('民情工单 杨柳村，贺大爷，家门口的路灯不亮，明天')).toMatchObject({ due: '2026-03-05', content: '家门口的路灯不亮' });
    expect(read('民情工单 杨柳村，贺大爷，家门口的路灯不亮，下周一，由唐海波负责')).toMatchObject({
      due: '2026-03-09',
      holder: '唐海波',
      content: '家门口的路灯不亮',
    });
    // A time gone by is no promise: 三天前 is when it broke.
    expect(read('民情工单 杨柳村，贺大爷，家门口的路灯三天前就不亮了').due).toBeUndefined();
  });
});

describe('the parts the generator found broken, round two', () => {
  it('reads the office of a 镇 or 乡 named as the holder with its 办', () => {
    expect(read('民情工单 杨柳村 贺大爷 低保一直没批下来 负责人：镇民政办 月底前').holder).toBe('镇民政办');
    expect(read('民情工单 杨柳村 贺大爷 低保一直没批下来 交给乡民政办 月底前').holder).toBe('乡民政办');
    // A clause ending in 办 is not an office: 让他儿子回来办 hands it to no one.
    expect(read('民情工单 杨柳村 贺大爷 户口迁移的事 让他儿子回来办 月底前').holder).toBeUndefined();
  });

  it('reads a name with a middle dot, or one jieba reads whole as none of its words, standing alone after the place', () => {
    for (const [said, name] of [
      ['民情工单 杨柳村，努尔买买提·吾守尔，家门口的路灯不亮，月底前', '努尔买买提·吾守尔'],
      ['民情工单 杨柳村 努尔买买提·吾守尔 家门口的路灯不亮 月底前', '努尔买买提·吾守尔'],
      ['民情工单 杨柳村，朝鲁门，家门口的路灯不亮，月底前', '朝鲁门'],
    ] as const) {
      const draft = read(said);
      expect(draft, said).toMatchObject({ raiser: name, place: '杨柳村', content: '家门口的路灯不亮' });
      expect(missingOf(draft), said).toBeUndefined();
    }
    // A word of the matter there is no one: 杨柳村 自来水 停了 asks who raised it.
    expect(missingOf(read('民情工单 杨柳村 自来水 停了三天 月底前'))).toBe('raiser');
  });
});

describe('the parts the generator found broken, round three', () => {
  it('reads the age or a neighbour said before the name as who the person is, not the matter', () => {
    for (const [said, name] of [
      ['民情工单 杨柳村 82岁独居老人邱奶奶 院墙裂了一道缝 月底前', '邱奶奶'],
      ['民情工单 杨柳村 八十多岁的邱奶奶说院墙裂了一道缝 月底前', '邱奶奶'],
      ['民情工单 杨柳村 75岁的达瓦次仁 院墙裂了一道缝 月底前', '达瓦次仁'],
      ['民情工单 杨柳村 隔壁贺大爷 院墙裂了一道缝 月底前', '贺大爷'],
      ['民情工单 杨柳村，对门的老郑，院墙裂了一道缝，月底前', '老郑'],
    ] as const) {
      const draft = read(said);
      expect(draft, said).toMatchObject({ raiser: name, content: '院墙裂了一道缝' });
    }
    // The neighbour's household as what the matter is about names no one who raised it.
    expect(missingOf(read('民情工单 杨柳村 隔壁老王家的鸡天天跑到别人地里 月底前'))).toBe('raiser');
  });

  it('guesses the category from the matter, not a word of where it is or a benefit of another kind', () => {
    const kind = (matter: string) => read(`民情工单 杨柳村 贺大爷 ${matter} 月底前`).category;
    // 路边 says where the rubbish is, not that the road is broken.
    expect(kind('路边的垃圾堆了好几天没人拉')).toBe('环境');
    // A smell is the environment, whatever water it comes from.
    expect(kind('水渠里漂着死鸭子，味道大得很')).toBe('环境');
    // A neighbour who will not fix what leaks into the house below: between the two households.
    expect(kind('楼上卫生间漏水到他家，楼上不肯修')).toBe('矛盾纠纷');
    // Aid asked for schooling is schooling.
    expect(kind('幼儿园收费太高，想问有没有补助')).toBe('教育');
    // A pole of the power line is infrastructure (路边 then 电杆).
    expect(kind('路边的电杆歪了')).toBe('基础设施');
  });
});

describe('the parts the generator found broken, round four: the person named after the matter', () => {
  it('reads a name with no Han surname after the matter, with a verb of saying', () => {
    for (const said of [
      '民情工单 院墙裂了一道缝，达瓦次仁反映的，月底前',
      '民情工单 院墙裂了一道缝\n退休职工达瓦次仁反映的\n月底前',
      '民情工单 院墙裂了一道缝 杨柳村努尔买买提·吾守尔说的 月底前',
    ]) {
      const draft = read(said);
      expect(draft.raiser, said).toMatch(/^(?:达瓦次仁|努尔买买提·吾守尔)$/);
      expect(draft.content, said).toBe('院墙裂了一道缝');
    }
  });

  it('reads a role and a name said as a clause of their own after the matter, the place after them', () => {
    const draft = read('民情工单 院墙裂了一道缝，村民邱桂花，杨柳村的，月底前');
    expect(draft).toMatchObject({ raiser: '邱桂花', place: '杨柳村', content: '院墙裂了一道缝', due: '2026-03-31' });
    // Without a role the clause may be anything (…，王家那边，…): not read so.
    expect(read('民情工单 杨柳村 院墙裂了一道缝，后面那家，月底前').raiser).toBeUndefined();
  });
});

describe('the parts the generator found broken, round five', () => {
  it('reads what the person does, said with 的 before a name with no Han surname, as who they are', () => {
    const draft = read('民情工单 杨柳村 卖早点的达瓦次仁 院墙裂了一道缝 月底前');
    expect(draft).toMatchObject({ raiser: '达瓦次仁', content: '院墙裂了一道缝' });
  });

  it('reads a form’s name field without the description written before the name', () => {
    for (const [field, name] of [
      ['隔壁邱阿姨', '邱阿姨'],
      ['80岁的贺秀英', '贺秀英'],
      ['卖早点的达瓦次仁', '达瓦次仁'],
    ] as const) {
      expect(read(`民情工单\n姓名：${field}\n地点：杨柳村\n问题：院墙裂了一道缝\n时限：月底前`).raiser, field).toBe(name);
    }
  });

  it('reads 镇上 as the town, no place’s name', () => {
    const draft = read('民情工单 杨柳村卫生室常年没人，看个病要跑镇上，邱阿姨说的，月底前');
    expect(draft.place).toBeUndefined();
    expect(draft).toMatchObject({ raiser: '邱阿姨' });
  });

  it('reads trees left unpruned as the environment', () => {
    expect(read('民情工单 杨柳村 邱阿姨 门口的树好多年没修剪了 月底前').category).toBe('环境');
  });
});

describe('the parts the generator found broken, round six: words said to the reader', () => {
  it('reads the command after a greeting, and a day before thanks', () => {
    for (const said of [
      '书记好，民情工单 杨柳村 邱阿姨 院墙裂了一道缝 明天，谢谢',
      '各位领导好！记一下，杨柳村 邱阿姨 院墙裂了一道缝 明天。麻烦了',
      '收到，民情工单：杨柳村 邱阿姨 院墙裂了一道缝 明天 辛苦了',
    ]) {
      const draft = read(said);
      expect(draft, said).toMatchObject({ place: '杨柳村', raiser: '邱阿姨', due: '2026-03-05', content: '院墙裂了一道缝' });
    }
    // 谢谢 inside the matter stays: 想当面谢谢网格员 is what the person wants.
    expect(read('民情工单 杨柳村 邱阿姨 想当面谢谢网格员帮她修好了水管 月底前').content).toContain('谢谢');
  });
});

describe('the parts the generator found broken, round seven', () => {
  it('reads 同志 after a name as the form of address, not the name', () => {
    expect(read('民情工单\n姓名：村民唐建设同志\n地点：杨柳村\n问题：院墙裂了一道缝\n时限：月底前').raiser).toBe('唐建设');
  });

  it('reads the age or a neighbour and a name as a clause of their own after the matter', () => {
    const draft = read('民情工单 院墙裂了一道缝，80岁的老贺，杨柳村的，后天回复他');
    expect(draft).toMatchObject({ raiser: '老贺', place: '杨柳村', content: '院墙裂了一道缝', due: '2026-03-06' });
  });

  it('reads a building glued after the community, then the person with what they are, as below the place', () => {
    const draft = read('民情工单 向阳社区3栋低保户达瓦次仁，院墙裂了一道缝，月底前');
    expect(draft).toMatchObject({ place: '向阳社区3栋', raiser: '达瓦次仁', content: '院墙裂了一道缝' });
    // The building then the matter is where the matter is: left to the matter.
    expect(read('民情工单 向阳社区3栋楼道灯坏了，邱阿姨说的，月底前').content).toContain('3栋');
  });
});

describe('the parts the generator found broken, round eight', () => {
  it('reads thanks said between the parts as no one, no matter', () => {
    const draft = read('工单 门口的水沟堵了，杨柳村，请网格员小冉处理，谢谢，现场处理好了');
    expect(draft.raiser).toBeUndefined();
    expect(draft).toMatchObject({ onSpot: true, holder: '小冉', place: '杨柳村' });
    expect(missingOf(draft)).toBe('raiser');
  });

  it('reads another village gone to (邻村) as no place of the person', () => {
    const draft = read('民情工单 自家的井干了，挑水要走到邻村，邱阿姨说的，月底前');
    expect(draft.place).toBeUndefined();
    expect(missingOf(draft)).toBe('place');
  });

  it('reads a name, a pause, then the place and 说的 after the matter', () => {
    const draft = read('民情工单 院墙裂了一道缝\n达瓦次仁，杨柳村2组的说的\n月底前');
    expect(draft).toMatchObject({ raiser: '达瓦次仁', place: '杨柳村2组', content: '院墙裂了一道缝' });
  });

  it('reads what the person does and the name as a clause of their own after the matter', () => {
    const draft = read('民情工单 院墙裂了一道缝 卖早点的邱桂花 杨柳村的 月底前');
    expect(draft).toMatchObject({ raiser: '邱桂花', content: '院墙裂了一道缝' });
  });
});

describe('the parts the generator found broken, round nine: a description with 的 before the name', () => {
  it('reads what the person does, with 的, before a name called by kin after the place', () => {
    // A matter with a 的 of its own (看病的钱) after the name.
    expect(read('民情工单：杨柳村\n卖早点的邱阿姨\n看病的钱医保报不了\n月底前')).toMatchObject({
      raiser: '邱阿姨',
      content: '看病的钱医保报不了',
    });
  });

  it('reads a dotted name without the description before it, in a clause of who said it', () => {
    const draft = read('记个工单：开小卖部的热合曼·吐尔逊，反映院墙裂了一道缝，月底前');
    expect(draft).toMatchObject({ raiser: '热合曼·吐尔逊', content: '院墙裂了一道缝' });
  });

  it('reads a dotted name after the place and 的, before the verb, without the 的', () => {
    const draft = read('民情工单 院墙裂了一道缝 杨柳村的努尔买买提·吾守尔反映的 月底前');
    expect(draft).toMatchObject({ raiser: '努尔买买提·吾守尔', place: '杨柳村', content: '院墙裂了一道缝' });
  });
});
