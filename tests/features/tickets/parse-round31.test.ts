import { describe, expect, it } from 'vitest';
import { missingOf, parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own, by class: kin words of the south after a surname, a
// house's young man or its brothers, a hamlet the member went to, a blocked ditch, asking said last, the one who came
// to the member to tell it, agreement reached there, staff who went along, the one told named again, one-character labels.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('who raised it, called as southern villages call people', () => {
  it('reads 老太婆 and 阿公 after a surname or a household whole', () => {
    expect(read('记一下 枫林村何家老太婆来跟我讲 屋顶漏雨 我明天去看').raiser).toBe('何家老太婆');
    expect(read('东坑村的林阿公医保卡丢了 我后天陪他去补').raiser).toBe('林阿公');
  });

  it('reads a house’s young man as who raised it', () => {
    expect(read('黄家小伙子讲村口那座桥栏杆松了 我周五前报镇上').raiser).toBe('黄家小伙子');
  });

  it('reads a house’s brothers as who raised it when no one else is said to have brought it', () => {
    expect(read('枫树屋场张家两兄弟为了宅基地吵起来 我明天去调解')).toMatchObject({ place: '枫树屋场', raiser: '张家两兄弟' });
    expect(read('柳塘村 刘家兄弟俩为了老屋分家吵起来 我明天去调解').raiser).toBe('刘家兄弟俩');
    expect(read('柳塘村 刘家兄弟俩为了老屋分家吵起来 周德明找的 我明天去调解').raiser).not.toBe('刘家兄弟俩');
  });

  it('reads the one who came to the member to tell it over the first one named', () => {
    expect(read('东坑村 黄家的鸭子把刘家的菜地糟蹋了 刘家来找我讲 我后天去调解').raiser).toBe('刘家');
  });

  it('reads a neighbour who came, how they were said between, and never the other party the member told', () => {
    const draft = read('柳塘村 楼下烧烤店晚上吵 隔壁邓阿姨气不过来找我 我去跟烧烤店老板小冯讲好了 当场答应的');
    expect(draft).toMatchObject({ raiser: '邓阿姨', category: '矛盾纠纷', onSpot: true });
  });
});

describe('where: a hamlet the member went to on the visit', () => {
  it('reads the hamlet glued after the going', () => {
    expect(read('今天走访到枫树湾 罗大娘讲路灯坏了 明天去修').place).toBe('枫树湾');
    expect(read('上午到王家冲走访 李婶讲路灯坏了 明天去修').place).toBe('王家冲');
  });
});

describe('the kind of matter', () => {
  it('reads a ditch blocked as a drain, as 排水沟 is', () => {
    expect(read('龙大姐讲屋前那条水沟堵了 下雨就进水 我明天喊人来通').category).toBe('基础设施');
  });
});

describe('the promised day', () => {
  it('reads the member asking on a day, the asking said last', () => {
    expect(read('周大伯讲养老金没到账 我明天打电话去镇社保所问').due).toBe('2026-03-05');
    expect(read('周大伯讲养老金没到账 我后天去问').due).toBe('2026-03-06');
  });

  it('never reads the person’s own errand so', () => {
    expect(read('周大伯讲他明天去医院问').due).toBeUndefined();
  });

  it('reads the two households after 讲好了 as who agreed, not a day', () => {
    const draft = read('石门村王大爷和李大爷为了地界吵起来 当场讲好了 两家都签了字');
    expect(draft.dueProblem).toBeUndefined();
    expect(draft.onSpot).toBe(true);
  });
});

describe('who holds it', () => {
  it('reads staff who went with the member and did the work as holding nothing', () => {
    const draft = read('石门村王大爷讲两家为地界吵起来 我同网格员钟丽去现场看了 当场讲好了');
    expect(draft.holder).toBeUndefined();
    expect(draft.onSpot).toBe(true);
    expect(read('石门村王大爷讲两家为地界吵起来 我跟调解员钟丽明天去现场').holder).toBe('钟丽');
  });

  it('reads the one the member told, where they work and the trade they are called by, named again when promising', () => {
    expect(read('东湖村王大爷讲路灯坏了 我跟供电所的刘师傅讲了 刘师傅说3天内来修')).toMatchObject({ holder: '刘师傅', due: '2026-03-07' });
    expect(read('东湖村王大爷讲孙子上学的事 我跟学校的王老师讲了 王老师讲月底前答复')).toMatchObject({
      holder: '王老师',
      due: '2026-03-31',
    });
  });
});

describe('a form of one-character labels', () => {
  it('reads 人, 地, 事 on lines of their own', () => {
    const draft = read('工单\n人 王秀英\n地 石门村2组\n事 路灯坏了\n电工小刘明天来换');
    expect(draft).toMatchObject({ raiser: '王秀英', place: '石门村2组', content: '路灯坏了', holder: '小刘', due: '2026-03-05' });
    expect(missingOf(draft)).toBeUndefined();
  });
});
