import { describe, expect, it } from 'vitest';
import { readYesNo, withVerdict } from '../../knowledge/facts/verdict';
import { everydayAsk } from '../helpers/everyday-ask';

// The wording of a yes-or-no verdict (knowledge/facts/verdict.ts): the condition of a "要看情况" said whole or cut at a
// clause's end, and things said short (设支委会) read as the fact's full words (设立支部委员会). Every sentence here
// was written for this test, none taken from an eval set.

describe('a condition said in the verdict', () => {
  const conditionOf = (reply: string) => /^要看情况：(.*)，(?:要|不用|能|不能|可以|不可以)。/.exec(reply)?.[1];

  it('is cut after a whole clause, never inside one', () => {
    const fact = '党员因为外出打工、做生意、进修读书等缘故，离开原单位所在的城市满六个月以上、没法按时参加原支部活动的，应当转移组织关系。';
    const reply = withVerdict('要转移组织关系吗', fact);
    const condition = conditionOf(reply ?? '');
    expect(condition).toBeDefined();
    expect(condition!.endsWith('…')).toBe(true);
    const kept = condition!.replace(/…$/, '');
    // What is kept is the fact's own words up to a clause mark.
    expect(fact.startsWith(kept)).toBe(true);
    expect(fact.charAt(kept.length)).toMatch(/[，、]/);
  });

  it('is given whole when it is one clause, however long', () => {
    const fact =
      '在同一个单位里连续工作满两年以上并且历年年度考核一直都是优秀等次又从来没有受过任何党纪政务处分的党员，可以担任入党介绍人。';
    const reply = withVerdict('能担任入党介绍人吗', fact);
    expect(conditionOf(reply ?? '')).toBe(
      '在同一个单位里连续工作满两年以上并且历年年度考核一直都是优秀等次又从来没有受过任何党纪政务处分的',
    );
  });

  it('is given whole when it is short', () => {
    const fact = '年满十八岁以上的人，可以申请入党。';
    expect(withVerdict('可以申请入党吗', fact)).toMatch(/^要看情况：年满十八岁以上的，可以。/);
  });
});

describe('a thing said short read as the fact spells it', () => {
  it.each([
    ['支部可以不设支委会吗', '可以', true, '设支委会'],
    ['村委会要开支委会吗', '要', false, '开支委会'],
  ])('%s asks %s of %s (会 of 支委会 is no modal)', (q, word, negated, thing) => {
    expect(readYesNo(q)).toMatchObject({ word, negated, thing });
  });

  it.each([
    ['要开党代会吗', '任期届满的党委应当按时召开党员代表大会。', '要。'],
    ['这个村能建支委会不', '有正式党员七人以上的村，可以建立支部委员会。', '要看情况：有正式党员七人以上的，能。'],
  ])('%s of "%s" opens with %s', (q, fact, verdict) => {
    expect(withVerdict(q, fact)?.startsWith(verdict)).toBe(true);
  });

  describe('through the real answer path', () => {
    const ask = everydayAsk();
    it.each([
      ['我们支部需要设支委会吗', '要看情况：有正式党员7人以上的，需要。'],
      ['咱支部能不能不设支委会', '要看情况：有正式党员7人以上的，不能。'],
    ])('%s opens with %s', async (q, verdict) => {
      const reply = await ask(q);
      expect(reply.kind).toBe('handbook');
      expect(reply.answer.startsWith(verdict)).toBe(true);
    });
  });
});

describe('a part asking whether a 预备党员 may take a role the fact gives to full members', () => {
  const fact = '每个党小组要从正式党员中推选一名正式党员担任记录员。';
  it.each([
    ['记录员选几个，预备党员可以当吗', '不可以。'],
    ['预备党员能不能担任记录员', '不能。'],
  ])('%s opens with %s', (q, verdict) => {
    expect(withVerdict(q, fact)?.startsWith(verdict)).toBe(true);
  });

  // Guards: a fact that names 预备党员 says itself what holds for them; a question of another kind of thing is not read so.
  it.each([
    ['预备党员可以当记录员吗', '正式党员担任记录员，预备党员也可以协助记录。'],
    ['预备党员能参加吗', fact],
  ])('%s of "%s" gets no verdict of this reading', (q, answer) => {
    expect(withVerdict(q, answer)?.startsWith('不')).not.toBe(true);
  });

  describe('through the real answer path', () => {
    const ask = everydayAsk();
    it('a question of how many and whether a 预备党员 may be one gets both', async () => {
      const reply = await ask('积极分子的培养联系人一般定几个人，预备党员可以当不');
      expect(reply.kind).toBe('handbook');
      expect(reply.answer.startsWith('不可以。')).toBe(true);
      expect(reply.answer).toMatch(/一至两名/);
    });
  });
});
