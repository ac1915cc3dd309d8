import { describe, expect, it } from 'vitest';
import { missingOf, parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own, none from an eval set: which part the dialogue asks
// for (missingOf), and the holder named in unusual ways or not named at all.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });
const asks = (text: string) => missingOf(read(text));

describe('the 民情工单 dialogue asks for the place last', () => {
  it('asks which 村/社区 only when content, who and the date are all there', () => {
    expect(asks('民情工单 冯阿婆 反映家里的水管冻裂了 后天前找人修')).toBe('place');
    expect(asks('民情工单 冯阿婆 反映家里的水管冻裂了')).toBe('due');
    expect(asks('民情工单 南岭村 冯阿婆 反映家里的水管冻裂了 后天前找人修')).toBeUndefined();
    expect(missingOf({ ...read('民情工单 冯阿婆 反映家里的水管冻裂了 后天前找人修'), placeUnknown: true })).toBeUndefined();
  });
});

describe('the 民情工单 dialogue asks for who raised it', () => {
  it('takes a post one person holds there (老支书, 村医, 老村长) or a household (李家) as who raised it', () => {
    expect(read('民情工单 柳湾村 老支书 反映村委门口的排水沟堵了 月底前')).toMatchObject({
      raiser: '老支书',
      content: '村委门口的排水沟堵了',
    });
    expect(read('民情工单 石桥村 村医反映卫生室的血压计坏了 三天内').raiser).toBe('村医');
    expect(read('民情工单 石桥村 村里的老村长说 机耕桥裂了 本周五前').raiser).toBe('老村长');
    expect(read('民情工单 柳湾村 李家反映院墙被邻居推倒了 本周五前').raiser).toBe('李家');
    for (const text of ['民情工单 柳湾村 老支书 反映村委门口的排水沟堵了 月底前', '民情工单 柳湾村 李家反映院墙被邻居推倒了 本周五前'])
      expect(asks(text), text).toBeUndefined();
  });

  it('asks when no one to call back is named (一位群众, 几户村民, 村民们, 退休教师, a place alone)', () => {
    for (const text of [
      '民情工单 柳湾村 几户村民反映水渠漏水 下周一前',
      '民情工单 柳湾村 一位群众反映路灯不亮 三天内',
      '民情工单 柳湾村 村民们反映垃圾没人清 三天内',
      '民情工单 柳湾村 退休教师反映村小没有图书角 月底前',
      '民情工单 柳湾村 有人反映河里有死鱼 三天内',
    ])
      expect(asks(text), text).toBe('raiser');
  });
});

describe('the 民情工单 dialogue asks for the promised date', () => {
  it('asks when only haste is said (尽快, 抓紧, 过几天, 越快越好), and keeps the haste out of the matter', () => {
    for (const haste of ['尽快处理', '抓紧办', '过几天去看', '尽早解决', '越快越好', '年前']) {
      const draft = read(`民情工单 湖滨社区 张大妈 反映楼道灯坏了 ${haste}`);
      expect(missingOf(draft), haste).toBe('due');
      if (haste !== '年前') expect(draft.content, haste).toBe('楼道灯坏了');
    }
  });

  it('reads a date said in an unusual form and asks nothing', () => {
    const dates: [string, string][] = [
      ['下个月10号前', '2026-04-10'],
      ['两周内', '2026-03-18'],
      ['3.15前', '2026-03-15'],
      ['15号之前', '2026-03-15'],
      ['周末前', '2026-03-08'],
      ['本月内', '2026-03-31'],
      ['下月中旬前', '2026-04-15'],
      ['清明前', '2026-04-05'],
      ['清明节以前', '2026-04-05'],
      ['端午前', '2026-06-19'],
      ['五一前', '2026-05-01'],
      ['春节前', '2027-02-06'],
    ];
    for (const [said, due] of dates) {
      const draft = read(`民情工单 湖滨社区 张大妈 反映楼道灯坏了 ${said}`);
      expect(draft, said).toMatchObject({ due, content: '楼道灯坏了' });
      expect(missingOf(draft), said).toBeUndefined();
    }
    expect(read('民情工单 湖滨社区 张大妈 反映楼道灯坏了 承诺清明前修好').due).toBe('2026-04-05');
  });
});

describe('the 民情工单 dialogue on a short matter', () => {
  it('takes 停水了, 没暖气, 断电了 as the matter and asks nothing more', () => {
    for (const matter of ['停水了', '没暖气', '断电了', '漏水']) {
      const draft = read(`民情工单 湖滨社区 张大妈 ${matter} 明天前`);
      expect(draft.content, matter).toBe(matter);
      expect(missingOf(draft), matter).toBeUndefined();
    }
  });
});

describe('the 民情工单 holder named in unusual ways', () => {
  const matter = '民情工单 柳湾村 周大爷 反映桥栏杆断了';
  it('reads the name without the post or the word handing it over', () => {
    for (const said of [
      '交由王芳同志',
      '王芳书记负责',
      '由网格员王芳跟进',
      '王芳(网格员)跟进',
      '王芳（网格员）跟进',
      '@王芳 跟一下',
      '责任人王芳',
      '王芳包联',
      '包户干部王芳',
      '包户干部：王芳',
      '包联干部王芳',
    ])
      expect(read(`${matter} ${said} 月底前`), said).toMatchObject({ holder: '王芳', raiser: '周大爷', content: '桥栏杆断了' });
    expect(read(`${matter} 小王(网格员)负责 月底前`).holder).toBe('小王');
  });

  it('reads no holder when no member is named: not the raiser, a body doing the work, nor a word of the matter', () => {
    for (const said of ['物业负责', '社区跟进', '村委负责修', '联系物业处理', '已通知村委处理', '周大爷负责联系楼上', '电工来修'])
      expect(read(`${matter} ${said} 月底前`).holder, said).toBeUndefined();
    expect(read('民情工单 湖滨社区 刘阿姨 说物业负责的绿化没人管 月底前答复').holder).toBeUndefined();
    // Handed over to a body it is that body's (the tests of 交物业处理, 转司法所调解 say so).
    expect(read('民情工单 湖滨社区 刘阿姨 反映楼上漏水 转物业 月底前').holder).toBe('物业');
  });
});
