import { describe, expect, it } from 'vitest';
import { missingOf, parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. None of these messages is in an eval set: each checks one general rule
// found while reading the misses of the four writers who rotated into tuning at ~02:40 on 2026-12-06 (壮 villages in
// Guangxi, a Shenzhen factory's office, Cantonese in 繁体, Yi resettlement villages in 凉山), with wording of our own.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('the 民情工单 parser on Yi names (clan, then a given name of two characters)', () => {
  it('reads the whole name wherever a Han name is read: after the place, at the start, before 说 or a kin word', () => {
    for (const [text, name] of [
      ['民情工单 红岩村 吉伍拉哈 家里房顶漏雨 下周一前', '吉伍拉哈'],
      ['工单：马海阿支（红岩村）反映她家的电表坏了，3天内答复。', '马海阿支'],
      ['工单 红岩村 水井抽不上水 俄底伍各说好几家都没水吃 月底前', '俄底伍各'],
      ['登记工单：勒格阿衣阿姨反映，她家的电费单子不对，本周五前回复她。', '勒格阿衣'],
      ['工单 瓦扎日体 红岩村 孩子的医保卡丢了要补办 两周内', '瓦扎日体'],
      // 克 is read as 去 in the speech of Guizhou and Guanzhong, never inside the clan name 吉克.
      ['民情工单 红岩村 吉克阿各 孩子上学的补助没到 月底前', '吉克阿各'],
    ] as const) {
      const draft = read(text);
      expect(draft.raiser, text).toBe(name);
      expect(draft.content ?? '', text).not.toContain(name);
    }
  });

  it('does not read a clan said of a household (吉伍家) as a person with a given name', () => {
    const draft = read('工单 红岩村 吉伍家的牛跑到邻居地里 明天调解');
    expect(draft.raiser).not.toMatch(/^吉伍家/);
  });
});

describe('the 民情工单 parser on days said as Cantonese and written speech say them', () => {
  it('reads 今日 as today, 下个月N号 as that day of next month, and a day before 拉走/运走 as the promise', () => {
    for (const [text, due] of [
      ['工单 河西社区梁伯反映井盖松咗 今日内处理', '2026-03-04'],
      ['工单 河西社区梁伯反映门口堆满建筑垃圾，环卫讲今日下午清理', '2026-03-04'],
      ['工单 河西社区梁伯反映路边有辆废弃三轮车，后天运走', '2026-03-06'],
      ['工单 河西社区梁伯反映后巷水浸 市政答应下个月8号前疏通', '2026-04-08'],
    ] as const) {
      const draft = read(text);
      expect(draft.due, text).toBe(due);
      expect(draft.content ?? '', text).not.toMatch(/今日|运走|8号/);
    }
  });
});
