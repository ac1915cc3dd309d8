import { describe, expect, it } from 'vitest';
import { guessCategory, missingOf, parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. None of these messages is in an eval set: each checks one general rule
// found while reading the misses of the four writers who rotated into tuning at ~00:00 on 2026-12-06 (herders' names
// with no Han surname, voice input, student forms, a mine office's 公文 tone), with wording of our own.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('the 民情工单 parser on who raised it, described before the name', () => {
  it('takes a trade ending in 工, a widow or a family member, and a kin word before a full name as what the person is', () => {
    for (const [text, name] of [
      ['民情工单 红星社区退休矿工王德山反映工伤鉴定没下来 3天内答复', '王德山'],
      ['民情工单 红星社区矿工遗孀李冬梅反映抚恤金没到账，月底前', '李冬梅'],
      ['民情工单 红星社区下岗女工张小云，社保补贴被退回，一周内', '张小云'],
      ['民情工单 红星社区老职工遗属陈淑英反映门诊卡办不下来，两周内', '陈淑英'],
      ['民情工单 红星村 奶奶沈桂芳反映孙子没书看 本周五前', '沈桂芳'],
      ['民情工单：红星村村民（外嫁女）易春生反映水压低，3天内答复。', '易春生'],
      ['民情工单 红星村贺长生老倌反映路灯坏了，明天之前', '贺长生'],
    ] as const) {
      const draft = read(text);
      expect(draft.raiser, text).toBe(name);
      expect(draft.content, text).not.toContain(name);
      expect(missingOf(draft), text).toBeUndefined();
    }
  });
});
