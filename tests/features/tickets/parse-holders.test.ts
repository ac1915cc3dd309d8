import { describe, expect, it } from 'vitest';
import { parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own, none from an eval set: each form a member may name
// the member responsible in, and messages that name no one (a unit, the raiser's own promise).
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });
const matter = '民情工单 柳湾村 周大爷 反映桥栏杆断了';

describe('the 民情工单 holder reader', () => {
  it('reads 由X负责/跟进/处理/对接/办理, 交给X, X来办, X牵头, 责任人：X', () => {
    for (const said of [
      '由孙建平负责',
      '由孙建平跟进',
      '由孙建平处理',
      '由孙建平对接',
      '由孙建平办理',
      '交给孙建平',
      '孙建平来办',
      '孙建平牵头',
      '责任人：孙建平',
      '责任人:网格员孙建平',
    ])
      expect(read(`${matter} ${said} 月底前`), said).toMatchObject({ holder: '孙建平', raiser: '周大爷', due: '2026-03-31' });
    expect(read(`${matter} 老孙来办 月底前`).holder).toBe('老孙');
    expect(read(`${matter} 小孙牵头 月底前`).holder).toBe('小孙');
  });

  it('reads 请X…前回复, with 在 or 于 before the date, and leaves neither in the matter', () => {
    for (const said of ['请孙建平月底前回复', '请孙建平在月底前回复', '请孙建平同志于月底前回复', '请副书记孙建平月底前回复']) {
      const draft = read(`${matter} ${said}`);
      expect(draft, said).toMatchObject({ holder: '孙建平', due: '2026-03-31', content: '桥栏杆断了' });
    }
  });

  it('reads a person who promised a date (X答应…), but not the raiser nor a unit promising', () => {
    expect(read(`${matter} 孙建平答应月底前修好`)).toMatchObject({ holder: '孙建平', raiser: '周大爷', content: '桥栏杆断了' });
    expect(read(`${matter} 孙建平答应了 月底前修好`)).toMatchObject({ holder: '孙建平', content: '桥栏杆断了' });
    expect(read('民情工单 湖滨社区 钱阿姨 说楼道灯不亮 网格员孙建平答应周五前换好').holder).toBe('孙建平');
    expect(read('民情工单 湖滨社区 钱阿姨 说楼道灯不亮 物业经理孙建平答应周五前修好').holder).toBe('孙建平');
    // A unit, the raiser (by kin or by a name said before) promising: no member named.
    expect(read('民情工单 湖滨社区 钱阿姨 说楼道灯不亮 物业答应周五前修好').holder).toBeUndefined();
    expect(read('民情工单 湖滨社区 钱阿姨 说楼道灯不亮 社区居委会答应周五前处理').holder).toBeUndefined();
    expect(read('民情工单 湖滨社区 钱阿姨 说楼道灯不亮 钱阿姨答应先自己买灯泡 周五前').holder).toBeUndefined();
    expect(read('民情工单 湖滨社区 孙建平 说楼道灯不亮 孙建平答应周五前先自己换灯泡').holder).toBeUndefined();
    expect(read('民情工单 湖滨社区 钱阿姨 说物业答应修灯一直没来 周五前').holder).toBeUndefined();
  });

  it('reads the post before the name (网格员, 副书记, 村委委员, 物业经理), glued or spaced', () => {
    expect(read('民情工单 湖滨社区 钱阿姨 说楼道灯不亮 交给网格员孙建平 周五前').holder).toBe('孙建平');
    expect(read('民情工单 湖滨社区 钱阿姨 说楼道灯不亮 由副书记孙建平负责 周五前').holder).toBe('孙建平');
    expect(read(`${matter} 村委委员孙建平跟进 月底前`).holder).toBe('孙建平');
    expect(read(`${matter} 村委委员 孙建平 牵头 月底前`).holder).toBe('孙建平');
    expect(read('民情工单 湖滨社区 钱阿姨 说楼道灯不亮 负责人：物业经理孙建平 周五前').holder).toBe('孙建平');
    expect(read('民情工单 湖滨社区 钱阿姨 说楼道灯不亮 由网格员 孙建平 负责 周五前').holder).toBe('孙建平');
  });

  it('reads the holder before the date or after it, on a line of its own, with spaces', () => {
    const lamp = '民情工单 湖滨社区 钱阿姨 说楼道灯不亮';
    for (const said of [
      '周五前 孙建平负责',
      '周五前由孙建平负责',
      '孙建平周五前处理',
      '周五前 交给孙建平',
      '周五前 副书记孙建平对接',
      '周五前交孙建平办理',
      '\n孙建平负责\n周五前',
      '\n责任人 孙建平\n周五前',
      '由 孙建平 负责 周五前',
      '交给 孙建平 周五前',
      '责任人 ： 孙建平 周五前',
      '周五前 请 孙建平 回复',
    ])
      expect(read(`${lamp} ${said}`), said).toMatchObject({ holder: '孙建平', raiser: '钱阿姨', due: '2026-03-06' });
    expect(read(`${matter} 月底前\n跟进：孙建平`).holder).toBe('孙建平');
  });

  it('takes a unit only when it is handed the matter, and no one when only the date is said', () => {
    expect(read('民情工单 湖滨社区 钱阿姨 说楼道灯不亮 交物业处理 周五前').holder).toBe('物业');
    expect(read('民情工单 湖滨社区 钱阿姨 说楼道灯不亮 交给社区居委会 周五前').holder).toBe('社区居委会');
    expect(read('民情工单 湖滨社区 钱阿姨 说楼道灯不亮 周五前给她回复').holder).toBeUndefined();
    expect(read('民情工单 湖滨社区 钱阿姨 说楼道灯不亮 由孙建平负责 周五前').raiser).toBe('钱阿姨');
  });
});
