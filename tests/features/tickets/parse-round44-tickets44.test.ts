import { describe, expect, it } from 'vitest';
import { parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own, by class, from other regions and trades: a word that
// begins with 交 is no handing over; a person sent, named after their body and post, holds it; the member's own day to
// go and ask is the promised date; solved there said as done for the person, as the answer told back, or as closed.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('a word that begins with 交 is no handing over', () => {
  it('never cuts a unit out of 交通局 or 交管站', () => {
    expect(read('那个 便桥 塌了 交通局 说 月底前 修').holder).not.toBe('通局');
    expect(read('桥坏了 交管站 答应 月底前 修').holder).toBeUndefined();
  });

  it('still reads 交 handing it to a unit', () => {
    expect(read('河沟堵了 交 城管中队').holder).toBe('城管中队');
  });
});

describe('a person sent, named after their body and post, holds it', () => {
  it('reads the name typed after words of body and post', () => {
    expect(read('青山村 老周 说 牛 病了 让 乡 兽医站 技术员 阿古拉 明天 过来')).toMatchObject({ holder: '阿古拉', due: '2026-03-05' });
    expect(read('石门村 阿强 说 儿子 不想 上学 叫 结对 党员 图雅 周六 去 家里 劝劝').holder).toBe('图雅');
  });

  it('reads 小X after a body glued to it, and a name joined to whoever goes along', () => {
    expect(read('青山村老周 一个人住 叫团委小韦每周去看一次 明天先去').holder).toBe('小韦');
    expect(read('青山村老周说孙子不上学了 请驻村干部扎西和校医一起上门 后天去').holder).toBe('扎西');
  });

  it('takes no pronoun nor anyone unnamed', () => {
    expect(read('石门村 阿强 说 水管 冻了 让 村里 电工 他们 明天 过来').holder).toBeUndefined();
  });
});

describe('the member’s own day to go and ask is the promised date', () => {
  it('reads the day, typed word by word or glued', () => {
    expect(read('青山村 老周 说 想 办 残疾证 不会 弄 我 明天 去 镇上 问').due).toBe('2026-03-05');
    expect(read('青山村老周说想办残疾证 俺后天到乡里打听一下').due).toBe('2026-03-06');
  });

  it('takes no day of the person’s own errand', () => {
    expect(read('青山村 老周 说 他 明天 去 镇上 问').due).toBeUndefined();
  });
});

describe('solved there, said in other words', () => {
  it('reads the member having done it for the person, as the last words', () => {
    expect(read('石门村 阿强 网上 预约 不会 我 给 约上了').onSpot).toBe(true);
    expect(read('石门村阿强 电费 不会 手机 交 俺帮他缴上了').onSpot).toBe(true);
  });

  it('reads the answer found out there and told back', () => {
    expect(read('石门村阿强问医保几时交 我当场打电话问了 已经告诉他了').onSpot).toBe(true);
  });

  it('reads 办结 as a line of its own after what was done there', () => {
    expect(read('石门村阿强说暖气不热 俺跟电工一块把阀门调了 当场就热乎了 这个办结').onSpot).toBe(true);
  });

  it('takes no promise to tell them for done', () => {
    expect(read('石门村阿强问医保几时交 我明天问了告诉他').onSpot).toBeUndefined();
  });
});

describe('a matter only announced, with the call cut or no time to hear it, is asked for', () => {
  it('leaves the matter to be asked for', () => {
    expect(read('东岗村 老刘 说 他那有个事 让俺记一下 周五之前给他回个话').content).toBeUndefined();
    expect(read('东岗村老刘打电话说他那边有点事 电话信号断了 明天我再打过去').content).toBeUndefined();
    expect(read('东岗村老刘说有点事要找村里 今天急着下乡没空细听 先记下个电话').content).toBeUndefined();
  });

  it('keeps a matter told beside the number noted, and a phone mast asked for', () => {
    expect(read('东岗村老刘说路灯坏了 先记下个电话').content).toMatch(/路灯/);
    expect(read('东岗村老刘说手机信号不好 盼着建个基站').content).toMatch(/信号/);
  });
});

describe('a form’s label is never the holder', () => {
  it('reads the holder’s line, not the label of the date line after it', () => {
    const draft = read('民情工单\n1 反映人 韩德福\n2 地点 西沟村\n3 问题 两家为水渠分水吵起来了\n4 责任人 赵连长\n5 时限 5天内调解完');
    expect(draft).toMatchObject({ holder: '赵连长', due: '2026-03-09' });
  });
});

describe('a body that promises the day itself is not the holder', () => {
  it('records no holder for a body promising its own work', () => {
    expect(read('青石村 老李 说 村道 塌了 公路所答应一周内修')).toMatchObject({ due: '2026-03-11' });
    expect(read('青石村 老李 说 村道 塌了 公路所答应一周内修').holder).toBeUndefined();
    expect(read('青石村 老李 说 雪 堵了 路 苏木 说 三天内 推开').holder).toBeUndefined();
    expect(read('青石村老李说楼道灯坏了 已转物业 物业承诺明天修好').holder).toBeUndefined();
  });

  it('keeps a person of the body, and a body the member reported it to', () => {
    expect(read('青石村老李说油烟大 城管中队张队说明天来查').holder).toBe('张队');
    expect(read('青石村老李说油烟大 报镇执法中队 月底前').holder).toBe('镇执法中队');
  });
});

describe('Cantonese 话 before 今日 or 明日 is saying the day', () => {
  it('reads the day a body said it would come', () => {
    expect(read('南村陈伯屋企电线短路 供电所话明日上午嚟睇').due).toBe('2026-03-05');
    expect(read('南村陈伯话屋企门口沙井盖冇咗 市政佢哋话今日下昼嚟整').due).toBe('2026-03-04');
  });

  it('reads no day from 今日 said of something else', () => {
    expect(read('南村 陈伯 话 电话 坏咗 佢话今日好忙').due).toBeUndefined();
  });
});

describe('a person sent with the day between the name and the going, or after a post read alone', () => {
  it('reads the person sent by where they are, surname and post, the day after them', () => {
    expect(read('东村老赵说两家为地界吵 我让村里钱书记周五前去现场看看')).toMatchObject({ holder: '钱书记', due: '2026-03-06' });
    expect(read('东村老赵说两家为地界吵 叫组上的老何明天过来')).toMatchObject({ holder: '老何', due: '2026-03-05' });
  });

  it('takes the person named after their post over a post read alone', () => {
    expect(read('东村老赵说孙子不想读书了 请包片干部才让和学校老师一起去劝 后天去').holder).toBe('才让');
  });

  it('takes no pronoun sent', () => {
    expect(read('东村老赵说他家狗走丢了 让他明天去找').holder).toBeUndefined();
  });
});

describe('a worker named by trade who solved it there holds it', () => {
  it('reads the worker who did it there', () => {
    expect(read('东村老赵说路灯不亮 电工周师傅正好在村里 当场换了灯泡 亮了')).toMatchObject({ holder: '周师傅', onSpot: true });
    expect(read('东村老赵说水管漏了 水管员小吴刚好路过 当场给接好了')).toMatchObject({ holder: '小吴', onSpot: true });
  });

  it('takes no one the member brought along', () => {
    expect(read('东村老赵说电闸跳了 俺叫上电工老孙 当场给修好了').holder).toBeUndefined();
  });
});
