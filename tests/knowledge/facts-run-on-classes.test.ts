import { describe, expect, it } from 'vitest';
import { matchParts, normalizeInput } from '../../knowledge';
import { factIndex } from '../helpers/facts';

/**
 * Two questions in one message that the part reader read as one (issue 22, runon2): each is answered by its own
 * fact, or the one no fact answers is said to be open; one fact never passes for the answer to both. Sentences
 * written for these tests.
 */
const answer = (q: string) => {
  const open: string[] = [];
  const ids = matchParts(factIndex, normalizeInput(q), { weak: true }, open).map((m) => m.fact.id);
  return { ids, open };
};
const idOf = (q: string) => answer(q).ids[0];

describe('a question asked as a noun phrase, run on with another', () => {
  it('ends where the property asked is named (年龄, 基数), no question word marking the cut', () => {
    expect(answer('入党的最低年龄嗯党费计算基数是啥').ids).toEqual([idOf('入党最低年龄'), idOf('党费计算基数是什么')]);
    expect(answer('党费的计算基数是什么入党的最低年龄').ids).toEqual([idOf('党费计算基数是什么'), idOf('入党最低年龄')]);
  });

  it('is a second question after one closed by 怎么处理', () => {
    expect(answer('党员被判了刑怎么处理入党的条件').ids).toEqual([idOf('党员被判了刑怎么处理'), idOf('入党的条件')]);
  });

  it('leaves the other open rather than passing the one fact off as the whole answer', () => {
    const got = answer('党员违纪了怎么处理党费的计算基数');
    expect(got.ids).toEqual([idOf('党费计算基数是什么')]);
    expect(got.open).toEqual(['党员违纪了怎么处理']);
  });
});

describe('a clause asked as a noun phrase between commas (样式, 图案)', () => {
  it('is a question of its own beside the one that asks outright', () => {
    expect(answer('我们在准备主题党日，党旗的样式，党费多久交一次？').ids).toEqual([idOf('党旗的样式'), idOf('党费多久交一次')]);
    expect(answer('我们支部在整理档案，党徽的图案，预备期有多长？').ids).toEqual([idOf('党徽的图案'), idOf('预备期有多长')]);
  });
});

describe('a story of the asker run on into two questions', () => {
  it('is context: its own words (上了年纪) answer nothing', () => {
    expect(answer('我们村党员都上了年纪腿脚不便入党申请书交给谁党费交给谁').ids).toEqual([idOf('入党申请书交给谁'), idOf('党费交给谁')]);
  });

  it('still holds a situation it tells (过世): a fact that never names it does not answer the question after', () => {
    expect(answer('我们村有位老党员前几天过世了他的组织关系怎么，注销要办什么手续').ids).toEqual([]);
  });
});

describe('question words the run-on reader cuts after', () => {
  it('怎样, and a closing 不 (一样不)', () => {
    expect(answer('党员组织关系是个啥一直不转会怎样').ids).toEqual([idOf('组织关系是个什么意思'), idOf('组织关系一直不转会怎样')]);
    expect(answer('预备期多长离退休和在职党员党费比例一样不').ids).toEqual([idOf('预备期多长'), idOf('离退休和在职党员党费比例一样不')]);
  });

  it('怎么 and the one verb it asks of, with the next question two characters on', () => {
    expect(answer('支委有人调走了怎么补会几个人到会才能开').ids).toEqual([idOf('支委有人调走了怎么补'), idOf('支委会几个人到会才能开')]);
  });
});
