import { describe, expect, it } from 'vitest';
import { askingMember } from '../../helpers/asking-member';

/**
 * Eleventh round (issue 22): classes of the confident wrong answers of the four writers moved into tuning (qiufang,
 * songlin, cuiping, zhaoyang), through the whole bot, with sentences written for this test, not taken from their sets.
 */
const { ask, answer } = askingMember('member-rotation11');

describe('two questions in one message, neither passed over', () => {
  it('reads a regional 呢 (嘞, 咧, 哩) after a bare subject as the question before asked of it', async () => {
    const text = await answer('党员大会一般多久开一回，党小组会咧');
    expect(text).toContain('每季度');
    expect(text).toContain('每月');
    const other = await answer('支委会多长时间开一次 党课嘞');
    expect(other).toContain('党课');
  });
  it('leaves a statement ending in 嘞 a statement', async () => {
    expect(await answer('他在外地打工嘞，党小组会多久开一次')).toContain('每月');
  });
  it('reads a clause the asker closes with a question mark as a question, though its question word is regional', async () => {
    const text = await answer('管党务的干事换了人 要好多天内报备？持证上岗证书分几级');
    expect(text).toMatch(/15个工作日/);
    expect(text).toMatch(/三个等级|3级/);
  });
  it('reads 多大岁数 as asking the age, beside a second question', async () => {
    const text = await answer('递申请书得多大岁数，入党介绍人要几个');
    expect(text).toMatch(/十八|18/);
    expect(text).toMatch(/两名|2名/);
  });
  it('reads a body with a bare 选 offered as a choice as who elects', async () => {
    const text = await answer('当支部书记要几年党龄，书记是大会选还是支委会选');
    expect(text).toMatch(/1年以上|一年以上/);
    expect(text).toContain('支部委员会会议选举');
  });
  // This part was left open until facts48 gave the rule on 改组或解散 wordings of this shape; the later part that reads
  // the first back as done (解散了…) must still be answered as its own question.
  it('answers both parts when a later part reads the first back as done with a verb of two characters (解散了…)', async () => {
    const text = await ask('这个支部老是出问题改不好 上级能不能解散 解散了里面的党员还算不算党员');
    expect(text).toContain('重新登记');
    expect(text).toContain('改组或解散');
    expect(text).not.toContain('没有直接说到');
  });
  // trust57: the section the reply rests on says how the secretary is chosen; the choice is answered from that
  // paragraph, quoted, rather than called not covered (never say the handbook is silent on what it says).
  it('answers a choice no fact settles from the paragraph of the shown section, not from the fact on another property', async () => {
    const text = await ask('当支部书记要几年党龄，书记是党员大会定还是上级派');
    expect(text).toMatch(/1年以上|一年以上/);
    expect(text).toContain('书记是党员大会定还是上级派”：手册原文写着“产生方式：');
    expect(text).not.toContain('没有直接说到');
  });
});

describe('a situation against a rule: the verdict on the figures told, said first', () => {
  it('reads those present said after the count (只有3个在, 4个到了)', async () => {
    const text = await answer('支委会多少人到会才能开？我们7个支委今天只有3个在');
    expect(text.startsWith('不能。')).toBe(true);
    expect(text).toContain('实到3人，不到4人');
    expect((await answer('支委会要几个人到会才能开？我们5个支委今天3个到了')).startsWith('可以。')).toBe(true);
  });
  it('keeps a count said to be away (2个在外地) out of those present', async () => {
    expect(await answer('支委会5个委员，2个在外地，开会要几个人到会')).not.toContain('实到2人');
  });
  it('answers no when a body asked whether it may decide is not the one the rule names', async () => {
    // The verdict in the asker's own word (facts32): 可以…吗 is answered 不可以.
    expect((await answer('党小组可以直接决定给党员处分吗')).startsWith('不可以。')).toBe(true);
    expect((await answer('支委会能自己批准预备党员转正吗')).startsWith('不能。')).toBe(true);
  });
  it('says no verdict when the body asked of is the one the rule names', async () => {
    expect(await answer('支部党员大会能决定给党员处分吗')).not.toMatch(/^不能。/);
  });
});

describe('a day told with its year relative to now', () => {
  it('works the 党龄 start one year on, said with the calendar year of the reply (facts61: the test clock is in 2026)', async () => {
    const text = await answer('老张前年9月3号支部大会通过为预备党员，按期转正的话党龄从哪天算');
    expect(text).toContain('转正和党龄都从2025年9月3日算起');
  });
});

describe('a trip said by its kind', () => {
  it('reads 一日游, 春游 as the travel the 主题党日 rule speaks of', async () => {
    const text = await answer('下个月主题党日，支部想组织去千岛湖一日游，这样算主题党日吗');
    expect(text).toContain('政治学习');
  });
});

describe('a post proposed within the 影响期 of a 处分 received lately', () => {
  it('is not allowed, said first with the bar the handbook gives', async () => {
    const text = await answer('老刘这个月刚挨了个严重警告，车间主任想年底让他当组织委员，中不中');
    expect(text.startsWith('不行。')).toBe(true);
    expect(text).toContain('一年半内不得在党内提升职务');
  });
  it('gives the rule alone when the post is a year or more away, or no post is proposed', async () => {
    expect(await answer('老刘上个月受了警告处分，明年换届能选他当委员吗')).not.toMatch(/^不行/);
    expect(await answer('受了警告处分影响期多久')).not.toMatch(/^不行/);
  });
});

describe('whether someone may do a thing, asked after the verb', () => {
  it('is the rule of who may, not how often', async () => {
    const text = await answer('我是支部组织委员，书记让我下个月给大家上一回党课，我讲行不行');
    expect(text).toContain('支部委员');
  });
});

describe('a subject the handbook never speaks of, qualified by a Party word', () => {
  it('is not answered by the neighbouring rule on joining', async () => {
    const text = await ask('党员示范户挂牌要啥条件');
    expect(text).toContain('没有找到可靠的答案');
    expect(text).not.toContain('年满十八岁');
  });
});
