import { describe, expect, it } from 'vitest';
import { askedText } from '../../../knowledge';
import { askingMember } from '../../helpers/asking-member';

/**
 * Twelfth round (issue 22, facts42): classes of the wrong and refused answers of two writers moved into tuning
 * (shuqin, dawei), through the whole bot, with sentences written for this test, not taken from their sets.
 */
const { ask, answer } = askingMember('member-rotation12');

describe('a key term the handbook uses, said in the fact', () => {
  it('names 合并处理 for two breaches at once', async () => {
    expect(await answer('一个党员同时犯了两样违纪的事，处分怎么定')).toContain('合并处理');
  });
  it('names the 资格审查 after the exam', async () => {
    expect(await answer('持证上岗考完试合格了，还要过哪道审查才发证')).toContain('资格审查');
  });
  it('says what the 党徽 on the flag is made of', async () => {
    expect(await answer('党旗上那个图案是啥')).toMatch(/镰刀和锤头/);
  });
  it('says the fixed-amount kinds pay a 固定数额', async () => {
    expect(await answer('种地的党员党费交多少')).toContain('固定数额');
  });
  it('says a member who stops paying is first 批评教育', async () => {
    expect(await answer('支部里有人拖着不交党费怎么办')).toContain('批评教育');
  });
});

describe('the fact asked, not its neighbour', () => {
  it('answers what a 政审 looks into, not only whether it is done', async () => {
    const text = await answer('入党前的政审查哪些方面，亲戚也要查吗');
    expect(text).toContain('政治历史');
  });
  it('answers what happens to the leaders of a body reorganised', async () => {
    expect(await answer('支部被上级改组了，原来的领导班子成员怎么安排')).toContain('自然免职');
  });
  it('answers the base of an income that changes month to month', async () => {
    const text = await answer('我们村有个党员开农家乐，收入时多时少，他的党费按什么算');
    expect(text).toContain('上一季度');
  });
  it('answers how 退党 and 脱党 differ, with both reports', async () => {
    const text = await answer('自己申请退党跟自行脱党有什么不一样');
    expect(text).toContain('备案');
    expect(text).toContain('批准');
  });
  it('answers a branch not minded to pass a 转正 with the other outcomes (延长预备期) and who decides', async () => {
    const text = await answer('小张预备期快满了，支部不想直接给他转正，还有什么办法');
    expect(text).toContain('延长预备期');
    expect(text).toContain('支部大会');
  });
  it('leaves an allowance of a post (补贴标准) to the gap, not to the rule on the post', async () => {
    expect(await ask('社区支书每个月的补贴标准是多少')).not.toContain('法定程序');
  });
});

describe('a regional 么 for 什么 before a noun', () => {
  it('reads 写些么东西 as what goes into the minutes', async () => {
    expect(await answer('党小组会的记录要写些么东西')).toContain('记录人');
  });
  it('reads 么时候 as when', async () => {
    expect(await answer('预备党员么时候开始交党费')).toContain('支部党员大会通过');
  });
});

describe('misspelt domain words in a run-on pair', () => {
  it('reads 延常 as 延长 and answers both halves', async () => {
    const text = await answer('预被期多长时间 不合格的话能不能延常');
    expect(text).toContain('一年');
    expect(text).toMatch(/可以延长|能。/);
  });
});

describe('a case worked on the counts and months told', () => {
  it('works a vote told in a story before the bare ask', async () => {
    const text = await answer('我们支部有正式党员20个 昨天大会到了12个 同意的有9个 这个算通过了么');
    expect(text).toMatch(/^不能通过/);
    expect(text).toContain('应到');
  });
  it('reads 仨 and 俩 as counts for the 支委会 quorum', async () => {
    const text = await answer('我们支委一共五个人 俩去开会了 就剩咱仨 支委会还能开吗');
    expect(text).toContain('半数以上');
    expect(text).toContain('实到3人');
  });
  it('works a 积极分子 named some months back: not yet, said first', async () => {
    const text = await answer('小赵是去年11月确定的入党积极分子 今年4月能列为发展对象吗');
    expect(text).toMatch(/^不能/);
    expect(text).toContain('今年11月');
  });
  it('works a 警告 received last year against a post now', async () => {
    const text = await answer('他去年8月受过警告处分 现在想让他补宣传委员 行吗');
    expect(text).toContain('一年内');
    expect(text).toContain('今年8月');
  });
  it('keeps the month with the year a certificate was obtained', async () => {
    expect(await answer('我是2025年7月拿的初级证 啥时候能申请中级')).toContain('2026年7月');
  });
  it('gives each fixed amount when two such kinds are asked', async () => {
    const text = await answer('大学生党员党费交多少 农村的党员又交多少');
    expect(text).toContain('0.2元');
    expect(text).toContain('0.2元至1元');
  });
  it('guard: a few meetings missed, told, is not a question of how many', () => {
    expect(askedText('他这半年会也没来几次，该怎么处理')).toBe('该怎么处理');
  });
});
