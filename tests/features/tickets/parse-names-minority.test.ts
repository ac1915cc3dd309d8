import { describe, expect, it } from 'vitest';
import { parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. Wordings of our own: Tibetan names (one or two given names together, a kin
// or address word after them) have no Han surname, and 格, 白 would be read as one, cutting the name.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('Tibetan names as who raised it', () => {
  it('keeps the address word after the name as written (次仁大哥, 格桑阿妈, 多吉叔家…)', () => {
    expect(read('民情工单 嘎吉村 次仁大哥反映水渠堵住了 周五前修')).toMatchObject({ raiser: '次仁大哥', content: '水渠堵住了' });
    expect(read('民情工单 嘎吉村 格桑阿妈反映低保没发 周五前回复')).toMatchObject({ raiser: '格桑阿妈', content: '低保没发' });
    expect(read('民情工单 嘎吉村 多吉叔家的房顶漏雨 周五前修').raiser).toBe('多吉叔');
  });

  it('guard: two given names and other minority names are read whole, as before (次仁拉姆, 吉克阿牛, 阿卜杜·热合曼, 巴特尔)', () => {
    expect(read('民情工单 嘎吉村 次仁拉姆反映家里的牛圈塌了 周五前修').raiser).toBe('次仁拉姆');
    expect(read('民情工单 瓦岗村 吉克阿牛反映路灯坏了 周五前修').raiser).toBe('吉克阿牛');
    expect(read('民情工单 幸福社区 阿卜杜·热合曼反映楼道灯坏了 周五前修').raiser).toBe('阿卜杜·热合曼');
    expect(read('民情工单 宝力根嘎查 巴特尔反映井冻住了 周五前修').raiser).toBe('巴特尔');
  });
});

describe('Tibetan names as who holds it', () => {
  it('reads the one who promised (次仁拉姆答应…)', () => {
    expect(read('民情工单 嘎吉村 王大爷反映水渠堵住了 次仁拉姆答应周五前修好')).toMatchObject({
      raiser: '王大爷',
      holder: '次仁拉姆',
      content: '水渠堵住了',
      due: '2026-03-06',
    });
  });

  it('reads Mongolian and Uyghur names that promise a date or a day to come (乌云答应…, 热合曼说明天来修)', () => {
    expect(read('民情工单 宝力根嘎查 王大爷反映井冻住了 乌云答应周五前修好')).toMatchObject({
      holder: '乌云',
      content: '井冻住了',
      due: '2026-03-06',
    });
    expect(read('民情工单 幸福社区 王大爷反映楼道灯坏了 热合曼说明天来修')).toMatchObject({
      holder: '热合曼',
      content: '楼道灯坏了',
      due: '2026-03-05',
    });
  });

  it('guard: a body or a word of the matter saying when it comes holds nothing (物业说明天来, 楼道灯…)', () => {
    expect(read('民情工单 幸福社区 王大爷反映楼道灯坏了 物业说明天来').holder).toBeUndefined();
    expect(read('民情工单 幸福社区 王大爷反映楼道灯坏了 大家说明天来').holder).toBeUndefined();
  });

  it('does not read a Tibetan name on its own line, before the phone and the date, as who holds it', () => {
    const alone = read('民情工单 水渠堵住了\n嘎吉村\n次仁拉姆\n电话13900001111\n周五前回复');
    expect(alone).toMatchObject({ raiser: '次仁拉姆' });
    expect(alone.holder).toBeUndefined();
  });

  it('guard: the Yi holder is read as before (曲比阿果说明天来)', () => {
    expect(read('民情工单 瓦岗村 王大爷反映路灯坏了 曲比阿果说明天来').holder).toBe('曲比阿果');
  });
});

describe('words that start as Tibetan names and name no one', () => {
  it('does not read the greeting 扎西德勒 typed before the person as a name', () => {
    expect(read('民情工单 嘎吉村 扎西德勒 王大爷反映水渠堵住了 周五前修').raiser).toBe('王大爷');
  });

  it('guard: 多吉利, 格桑花 in the matter are no person', () => {
    expect(read('民情工单 嘎吉村 王大爷反映水渠边的格桑花被踩了 周五前修')).toMatchObject({
      raiser: '王大爷',
      content: '水渠边的格桑花被踩了',
    });
    expect(read('民情工单 嘎吉村 王大爷反映多吉利的事 周五前修').raiser).toBe('王大爷');
  });
});
