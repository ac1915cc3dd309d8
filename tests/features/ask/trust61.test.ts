import { describe, expect, it } from 'vitest';
import { askingMember } from '../../helpers/asking-member';

/**
 * A text asked for in another language (issue 22, facts61): the handbook says what the text holds, never which
 * editions exist; the honest reply is not found, with the section offered as possibly related.
 * Sentences written for this test, not taken from the writers' sets.
 */
const { ask, answer } = askingMember('member-trust61');

describe('an edition in another language: not found, never the text itself as the answer', () => {
  it('refuses a 维吾尔文 edition of the oath, naming the section as possibly related', async () => {
    const reply = await ask('入党誓词有没有维吾尔文的版本，老人家汉字认得少');
    expect(reply).toContain('没有找到');
    expect(reply).toContain('可能相关');
    expect(reply).not.toContain('自愿加入中国共产党');
  });
  it('guard: what the oath says is still answered', async () => {
    expect(await answer('入党誓词的内容是什么')).toContain('自愿加入中国共产党');
  });
});

describe('a day worked from a relative year is said with its calendar year', () => {
  it('names the 党龄 start as a full date (the test clock is in March 2026)', async () => {
    const text = await answer('小周去年10月8号经支部大会通过成了预备党员，按时转正的话党龄哪天起算');
    expect(text).toContain('2026年10月8日');
    expect(text).not.toContain('今年10月8日');
  });
});

describe('the 党费 start worked from a relative year, said with its calendar year', () => {
  it('names the full day (the test clock is in March 2026)', async () => {
    expect(await answer('她是去年6月3号支部大会通过的预备党员，党费该从什么时候开始收')).toContain('党费从2025年6月3日起交纳');
  });
});
