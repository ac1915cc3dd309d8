import { describe, expect, it } from 'vitest';
import { guessCategory, missingOf, parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. None of these messages is in an eval set: each class was found reading two
// writers (a Shanghai member typing word by word, a Xinjiang member writing names without a Han surname) and is
// checked with several wordings of our own.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('the 民情工单 parser on names without a Han surname, where the person stands', () => {
  it('reads a transliterated name after the place and the role, before what they said', () => {
    expect(read('民情工单 向阳社区2网格 居民 艾尔肯·托合提 反映 单元门 锁坏了 ，电话 13812340001').raiser).toBe('艾尔肯·托合提');
    expect(read('民情工单 团结村 村民 吐逊江 说 自来水管 冻裂了 ，明天 联系 水站 修').raiser).toBe('吐逊江');
    expect(read('民情工单 光明社区 居民 努尔古丽 想 申请 公租房 ，不知道 要 什么 材料').raiser).toBe('努尔古丽');
    expect(read('当场解决 胜利社区 牧民 巴特尔 问 合作医疗 怎么 报 ，我 当场 讲清楚 了').raiser).toBe('巴特尔');
  });

  it('reads one with a kin word or 家 after it, and leaves the kin word out of the matter', () => {
    const sister = read('民情工单 东风村 迪丽努尔 大姐 说 女儿 毕业 半年 没 工作 ，下周一 前 给 她 回话');
    expect(sister.raiser).toBe('迪丽努尔');
    expect(sister.content).not.toContain('大姐');
    expect(read('民情工单 东风村 阿依古丽 家 孩子 要 转学 ，手续 不会 办').raiser).toBe('阿依古丽');
  });

  it('reads the name before a pause and the phone label as whose number it is', () => {
    const draft = read('民情工单 光明社区 买尔旦 ，电话 13912345678 ，家里 暖气 不热 ，3月9号 联系 热力公司');
    expect(draft).toMatchObject({ raiser: '买尔旦', phone: '13912345678', due: '2026-03-09' });
  });

  it('never takes a word of the matter typed on its own for a name, and asks', () => {
    for (const text of [
      '民情工单 光明社区 井盖 ，坏了 好几天 了 ，明天 联系 市政',
      '民情工单 光明社区 楼下 垃圾 没人 清 ，周五 前 处理',
      '民情工单 团结村 养老金 ，三个月 没 到账 ，电话 13912345678',
      '民情工单 团结村 陪诊 ，老人 去 医院 没人 陪',
    ]) {
      const draft = read(text);
      expect(draft.raiser, text).toBeUndefined();
      expect(missingOf(draft), text).toBe('raiser');
    }
  });

  it('takes a whole name standing between gaps though its last character begins a word elsewhere (提出, 因为)', () => {
    expect(read('民情工单 喀什路社区 居民 沙依提 说 下水道 堵了').raiser).toBe('沙依提');
    expect(read('民情工单 喀什路社区 居民 马木提 反映 路灯 不亮').raiser).toBe('马木提');
    // Glued, 提 still begins 提出.
    expect(read('民情工单 喀什路社区 王明提出 路灯 不亮').raiser).toBe('王明');
  });

  it('keeps a place whose name holds a character a dialect rewrite changes (托格拉克村, 阿克塔什村)', () => {
    expect(read('民情工单 阿克塔什村 村民 努尔兰 反映 渠水 不够').place).toBe('阿克塔什村');
    expect(read('民情工单 托克逊村 村民 玉素甫 说 院墙 倒了').place).toBe('托克逊村');
  });
});

describe('the 民情工单 parser on a description typed word by word before the role', () => {
  it('reads the Han name after 退休 教师, 困难 老党员, 下岗 职工', () => {
    expect(read('民情工单 光明社区 退休 教师 孙丽华 腿脚 不便 ，想 签 家庭医生').raiser).toBe('孙丽华');
    expect(read('民情工单 光明社区 困难 老党员 赵永年 ，一个人 住 ，想 办 低保').raiser).toBe('赵永年');
    const draft = read('民情工单 光明社区 下岗 职工 钱卫东 ，电话 13512345678 ，想 找 公益岗');
    expect(draft.raiser).toBe('钱卫东');
    expect(draft.content).not.toContain('下岗');
  });
});

describe('the 民情工单 parser on posts typed as words of their own before the holder', () => {
  it('reads the member named after one post or several, not the post', () => {
    expect(read('民情工单 光明社区 居民 孙丽华 说 楼道 堆满 杂物 。交给 网格员 党员 李红梅 处理 ，周五 前').holder).toBe('李红梅');
    expect(read('民情工单 光明社区 孙丽华 说 小孩 放学 没人 接 。交给 居委会 副主任 刘晓燕 落实').holder).toBe('刘晓燕');
    expect(read('民情工单 光明社区 孙丽华 说 楼上 漏水 。交拨 楼组长 何美玲 去 做工作').holder).toBe('何美玲');
    expect(read('民情工单 东风村 孙丽华 说 和 邻居 吵架 。交给 妇联主席 古丽扎尔 跟进').holder).toBe('古丽扎尔');
  });

  it('keeps a body handed it with no name after it as the holder', () => {
    expect(read('民情工单 光明社区 孙丽华 说 楼道灯 坏了 。交给 物业 处理 ，周五 前').holder).toBe('物业');
  });

  it('reads a person named with a post who promised the work as the holder; a body that promised names no one', () => {
    const named = read('民情工单 光明社区 孙丽华 说 电梯 老是 坏 。物业经理 许国平 已经答应 月底以前 修好');
    expect(named).toMatchObject({ holder: '许国平', due: '2026-03-31' });
    const body = read('民情工单 光明社区 孙丽华 说 下水道 堵了 。物业 答应 明天 来通');
    expect(body.holder).toBeUndefined();
    expect(body.due).toBe('2026-03-05');
  });
});

describe('the 民情工单 parser on a day typed as a word, then the follow-up', () => {
  it('reads the day as the promised date when the member says what they will do', () => {
    const base = '民情工单 光明社区 孙丽华 说 门口 垃圾 满了 ，';
    expect(read(`${base}明天 联系 环卫 拉走`).due).toBe('2026-03-05');
    expect(read(`${base}12号 给 她 回复`).due).toBe('2026-03-12');
    expect(read(`${base}下礼拜三 当面 调解`).due).toBe('2026-03-11');
    expect(read(`${base}礼拜五 给我回音`).due).toBe('2026-03-06');
    expect(read(`${base}下周一 上门`).due).toBe('2026-03-09');
  });

  it('does not read the person’s own plan as a promise, and reads a look typed word by word as one', () => {
    // Once no promise; since tickets24: a look said for a day is the day the member follows it up (see plannedDay in clauses.ts).
    expect(read('民情工单 光明社区 孙丽华 说 门口 垃圾 满了 ，明天 去 看看').due).toBe('2026-03-05');
    expect(read('民情工单 光明社区 孙丽华 说 她 明天 要 去 医院 复查 ，没人 陪').due).toBeUndefined();
  });

  it('reads the date promised to someone (答应伊, 答应他) and agreed on (讲好, 约好)', () => {
    expect(read('民情工单 光明社区 孙丽华 说 油烟 熏人 ，答应伊 三月十号以前 联系 城管').due).toBe('2026-03-10');
    expect(read('民情工单 光明社区 孙丽华 说 油烟 熏人 ，我答应他 本月二十号以前 问清楚').due).toBe('2026-03-20');
    expect(read('民情工单 光明社区 孙丽华 说 两家 为 晒衣服 吵架 ，约好 下礼拜三 当面调解').due).toBe('2026-03-11');
    expect(read('民情工单 光明社区 孙丽华 说 路灯 坏了 ，讲好 明天 给 答复').due).toBe('2026-03-05');
  });

  it('never reads 说好的 in the matter as a promise', () => {
    const draft = read('民情工单 光明社区 孙丽华 说 说好的 补贴 一直 没发');
    expect(draft.due).toBeUndefined();
    expect(draft.dueProblem).toBeUndefined();
  });

  it('reads 里向 and 里头 as within', () => {
    expect(read('民情工单 光明社区 孙丽华 说 户口本 寻不着了 ，我讲 三天里向 帮伊联系派出所').due).toBe('2026-03-07');
    expect(read('民情工单 光明社区 孙丽华 说 医保卡 丢了 ，两个礼拜里头 给 答复').due).toBe('2026-03-18');
  });
});

describe('the 民情工单 parser on a matter only announced', () => {
  it('asks for the matter when the message only says there is one', () => {
    expect(missingOf(read('民情工单 光明社区 陆阿姨 电话 13812345678 有事体 要反映 讲好 明天 给 答复'))).toBe('content');
    expect(missingOf(read('民情工单 光明社区 阿依先木 ，她 来 社区 说 有 事情 要 帮忙 ，下周三 前 给 她 回复'))).toBe('content');
  });
});

describe('the 民情工单 parser on a place typed with gaps in 繁体', () => {
  it('gives the place back as typed', () => {
    expect(read('民情工单 華陽社區 5號樓 下水道 堵了 反映人 吳桂芳 明天 來通').place).toMatch(/^華陽社區/);
  });
});

describe('the 民情工单 categories', () => {
  it('files 医保 kept up or activated under 就业社保, 医保 at the doctor’s under 医疗', () => {
    expect(guessCategory('医保 今年 怎么 续缴 不知道')).toBe('就业社保');
    expect(guessCategory('医保电子凭证 激活 不了')).toBe('就业社保');
    expect(guessCategory('住院 的 医保 报销 还没下来')).toBe('医疗');
  });

  it('files the party’s own business under 其他 whatever brought it up', () => {
    expect(guessCategory('住院 回来 党费 交不过来 帮他 代收 党费')).toBe('其他');
    expect(guessCategory('组织关系 转不过来')).toBe('其他');
  });

  it('files a blood-pressure meter under 医疗', () => {
    expect(guessCategory('新买的 血压计 不会用')).toBe('医疗');
  });
});
