import { describe, expect, it } from 'vitest';
import { isOutOfScope } from '../../../bot/features/ask/scope';
import { askingMember } from '../../helpers/asking-member';

/**
 * facts60: practical matters of one's trade or home (a professional licence kept up, a machine's servicing, a calendar
 * app set up) are outside Party work, though their names may hold a Party word (证书, 会议); sentences written for this
 * test, not taken from any writer's set.
 */
const { answer } = askingMember('member-scope-practical');

describe('practical matters outside Party work', () => {
  it('declines a professional licence renewed, though 证书 is in its name', () => {
    expect(isOutOfScope('执业医师证书延续注册要交哪些材料')).toBe(true);
    expect(isOutOfScope('药师执业资格到期了 去哪里重新注册')).toBe(true);
  });
  it('declines a machine’s oil and servicing', () => {
    expect(isOutOfScope('拖拉机多久换一次机油')).toBe(true);
    expect(isOutOfScope('采棉机的滤芯多长时间换一回')).toBe(true);
  });
  it('declines setting up a calendar app, though the meeting it reminds of is a Party one', () => {
    expect(isOutOfScope('钉钉日历怎么设置每周的重复提醒？党小组会老有人忘')).toBe(true);
  });
  it('says so in the reply, recording no gap', async () => {
    expect(await answer('收割机多久做一次保养')).toContain('不在党务范围内');
    expect(await answer('护师执业证书怎么延续注册')).toContain('不在党务范围内');
  });
});

describe('Party work beside such words stays in scope', () => {
  it('keeps the 持证上岗 certificate, a Party meeting and the 党费 asked of a thing', () => {
    expect(isOutOfScope('持证上岗证书到期了怎么办')).toBe(false);
    expect(isOutOfScope('支委会会议记录要保存几年')).toBe(false);
    expect(isOutOfScope('党员活动室的打印机墨盒党费能买吗')).toBe(false);
    expect(isOutOfScope('党费收缴情况要不要在日历上公示')).toBe(false);
  });
});
