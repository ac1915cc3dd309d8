import { describe, expect, it } from 'vitest';
import { guessCategory, missingOf, parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own, by class: a numbered wharf or a registered boat as the
// place; who raised it named after 是…提的, coming again on a day, a post of the village after 的, a fisher's wife
// before the name, or a full name run on into the matter after the place; a body's promise that someone will come; a
// meeting's 会 that is no promise; the thing two parties quarrel over, a neighbour's pastime, a tree leaning and a
// stove by their kind; and 咋办 that is no office before a holder.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('a numbered wharf or a registered boat', () => {
  it('is the place, said first or glued before the matter', () => {
    const wharf = read('5号码头的路灯坏了两盏，林大伯反映的；我明天找电工');
    expect(wharf).toMatchObject({ place: '5号码头', raiser: '林大伯', due: '2026-03-05' });
    expect(missingOf(wharf)).toBeUndefined();
    expect(read('记一下，7号泊位有人乱倒垃圾，周阿婆说的，我后天去看').place).toBe('7号泊位');
    const boat = read('记一下，闽霞渔208号渔船船老大陈海生反映船员工资拖了两个月；我明天问一下');
    expect(boat).toMatchObject({ place: '闽霞渔208号渔船', raiser: '陈海生' });
  });

  it('leaves a wharf with no number, or one after the village, as it was', () => {
    expect(read('码头那边路灯坏了，林大伯反映的，我明天去看').place).toBeUndefined();
    expect(read('港口村码头路灯坏了，林大伯反映的，我明天去看').place).toBe('港口村');
  });
});

describe('who raised it, named in a way of its own', () => {
  it('takes the one named after 是…提的, a household and its son before the name', () => {
    const raised = read('东山村李家和赵家为地界吵起来了，是李家老二李建军提的，我明天去看');
    expect(raised).toMatchObject({ raiser: '李建军', place: '东山村' });
    expect(raised.content).not.toContain('提的');
    expect(read('东山村路灯坏了，是王大伯提的，我明天去看').content).toBe('路灯坏了');
  });

  it('takes the one who came again on a day to tell it', () => {
    expect(read('东山村李家和赵家为地界吵起来了，李大伯今天又来讲，我明天去看').raiser).toBe('李大伯');
  });

  it('takes a post of the village said after 的 (东山村的村医)', () => {
    expect(read('东山村的村医反映卫生室缺药，我明天去问')).toMatchObject({ place: '东山村', raiser: '村医', content: '卫生室缺药' });
    expect(read('东山村的老支书说村道塌了一块，我明天去看').raiser).toBe('老支书');
  });

  it('takes a fisher’s wife named before the name as what she is', () => {
    expect(read('东山村1网格，渔嫂林秀娥想学开网店，问有没有培训；我明天去问')).toMatchObject({
      raiser: '林秀娥',
      content: '想学开网店,问有没有培训',
    });
  });

  it('takes a full name run on into the matter right after the place, not a common word or another’s household', () => {
    expect(read('记一下 东山村4网格 王秀兰医保卡丢了 我明天去问')).toMatchObject({ raiser: '王秀兰', content: '医保卡丢了' });
    expect(read('东山村4网格 高压线断了 我明天去看').raiser).toBeUndefined();
    expect(read('东山村4网格 马路边上垃圾堆满了 我明天去看').raiser).toBeUndefined();
  });
});

describe('dates', () => {
  it('reads a body’s word that someone will come on a day as the date', () => {
    const sent = read('东山村王大爷说暖气不热 俺跟供热站打了电话 说明天来人看 俺盯着');
    expect(sent.due).toBe('2026-03-05');
    expect(sent.content).not.toContain('明天');
    expect(read('东山村王大爷说暖气不热 俺给热力公司打了电话 说后天来人').due).toBe('2026-03-06');
  });

  it('reads no date from a meeting held today (今天座谈会上), nor loses the matter to it', () => {
    const meeting = read('今天座谈会上好几个人说去年的养老补贴还没发');
    expect(meeting.due).toBeUndefined();
    expect(meeting.content).toContain('养老补贴');
    expect(meeting.category).toBe('就业社保');
    expect(missingOf(meeting)).toBe('raiser');
  });
});

describe('the kind of matter', () => {
  it('files a quarrel over a thing as 矛盾纠纷, whatever the thing is', () => {
    expect(guessCategory('和楼上为楼道堆放杂物吵了好几回 杂物还堆着')).toBe('矛盾纠纷');
    expect(guessCategory('跟邻居为院子里乱堆柴火的事闹起来了 柴火堆满了')).toBe('矛盾纠纷');
  });

  it('files a neighbour’s mahjong or cards keeping people up as 矛盾纠纷, a works’ noise still as 环境', () => {
    expect(guessCategory('隔壁棋牌室天天有人打牌到半夜 吵得慌')).toBe('矛盾纠纷');
    expect(guessCategory('楼下饭馆有人搓麻将 声音大 睡不着')).toBe('矛盾纠纷');
    expect(guessCategory('工地晚上施工 吵得睡不着')).toBe('环境');
  });

  it('files a tree leaning or wanting pruning as 环境, a tree fallen across the road as 基础设施', () => {
    expect(guessCategory('院里那棵大树歪了 怕砸到人')).toBe('环境');
    expect(guessCategory('村道上一棵树倒了挡着路 车过不去')).toBe('基础设施');
  });

  it('files a stove that will not light as a household thing (其他), a gas pipe still as 基础设施', () => {
    expect(guessCategory('家里的燃气灶点不着火')).toBe('其他');
    expect(guessCategory('楼里燃气管漏气')).toBe('基础设施');
  });
});

describe('the holder after a question how (咋办)', () => {
  it('leaves the question in the matter and holds the person after it', () => {
    const asked = read('东山村1网格 周玉梅 腰腿不好 想问家庭医生签约咋办 卫生服务站王大夫明天上门');
    expect(asked).toMatchObject({ raiser: '周玉梅', holder: '王大夫', due: '2026-03-05', category: '医疗' });
    expect(asked.content).toContain('家庭医生签约');
  });
});
