import { describe, expect, it } from 'vitest';
import { spanTold } from '../../../knowledge/facts/defined-case';
import { askingMember } from '../../helpers/asking-member';

/**
 * Issue 22 (verdict58): whether someone in the story counts as a defined thing, and whether a report or approval is
 * needed, answered with the verdict the story supports, through the whole bot. Sentences written for this test.
 */
const { answer } = askingMember('member-defined-case-verdicts');

describe('a case told, asked whether it is a 流动党员: each condition read', () => {
  it('says 属于 when the stay is over six months and the member cannot come back', async () => {
    const text = await answer('我们村有个党员去宁波厂里上班八个月了，支部开会一直回不来，他算不算流动党员');
    expect(text).toMatch(/^算。属于流动党员/);
    expect(text).toContain('八个月');
  });
  it('reads a stay of 快三年 away at another trade', async () => {
    const text = await answer('老周在外地跑运输快三年了，过组织生活根本来不了，他算不算流动党员');
    expect(text).toMatch(/^算。属于流动党员/);
  });
  it('says 不算 when the member still comes back to the branch every month', async () => {
    const text = await answer('有个党员在外地进修一年，但每个月都回来参加支部活动，算流动党员吗');
    expect(text).toMatch(/^不算/);
    expect(text).toContain('能正常参加');
  });
  it('says 不算 for a short trip to see family', async () => {
    expect(await answer('党员去海南探亲三个月，这算流动党员吗')).toMatch(/^不算。按你说的，探亲/);
  });
  it('names the condition not told instead of a verdict', async () => {
    const text = await answer('我们支部小刘去广州半年多了，他算不算流动党员');
    expect(text).toMatch(/^要看能不能正常参加原党支部的活动/);
  });
});

describe('a case told, asked whether it is 自行脱党', () => {
  it('says 属于 when six months and more, no dues, no meetings, no reason', async () => {
    const text = await answer('支部一个党员十个月没交党费也没参加组织生活，也说不出理由，算不算自行脱党');
    expect(text).toMatch(/^算。属于自行脱党/);
  });
  it('reads the dues rule of 自行脱党 (no comma after 理由) the same way', async () => {
    const text = await answer('有个党员八个月没交党费了，也没什么理由，这算不算自行脱党');
    expect(text).toContain('算。属于自行脱党');
    expect(text).not.toContain('不算');
  });
  it('says 不算 when the member was in hospital', async () => {
    const text = await answer('党员因为住院四个月没参加组织生活，算自行脱党吗');
    expect(text).toMatch(/^不算/);
    expect(text).toContain('正当理由');
  });
  it('asks after the reason when it is not told', async () => {
    expect(await answer('我们支部有个党员半年多没参加组织生活了，算不算自行脱党')).toMatch(/^要看有没有正当理由/);
  });
});

describe('whether a report or approval is needed, with the second ask answered from the same fact', () => {
  it('says 需要 where the fact puts 须 before who approves', async () => {
    expect(await answer('支部书记选出来以后是否需要报上级批准')).toMatch(/^需要报上级批准。/);
  });
  it('says 要报备 and the time limit where the fact puts the time and the body before 报备', async () => {
    const text = await answer('组织委员调走了，要不要跟组织部报备，有时间要求吗');
    expect(text).toMatch(/^要报备。有时间要求：15个工作日内。/);
  });
});

describe('a step of the procedure said without a modal is one that must be taken', () => {
  it('says 需要 where the fact says 报…批准 as a step', async () => {
    expect(await answer('党员受处分后是否需要报上级批准')).toMatch(/^需要报上级批准。/);
  });
  it('says 需要 where the fact says 再报…批准 after the branch meeting', async () => {
    expect(await answer('预备党员转正是否需要上级党委批准')).toMatch(/^需要上级党委批准。/);
  });
  it('gives no verdict where the fact says 备案（不是批准）', async () => {
    expect(await answer('党员要求退党要不要报上级批准')).not.toMatch(/^(?:要|需要)/);
  });
});

describe('spans told', () => {
  it('reads months and years in everyday words', () => {
    expect(spanTold('在那边干了七八个月')?.months).toBe(7);
    expect(spanTold('快三年了')?.months).toBe(36);
    expect(spanTold('半年多了')?.months).toBe(7);
    expect(spanTold('一年半')?.months).toBe(18);
    expect(spanTold('2024年去的')).toBeUndefined();
  });
});
