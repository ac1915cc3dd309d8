import { describe, expect, it } from 'vitest';
import { simplify } from '../../../knowledge/text/normalize';
import { readSpoken } from '../../../knowledge/text/spoken';

/**
 * Cantonese words a pasted statement is written in (issue 21, paste21): 唔使 is "need not", and 係 after a modal or
 * an adverb is the copula. Text is simplified before it is read (係 → 系). Written for the test.
 */
const read = (text: string) => readSpoken(simplify(text));

describe('Cantonese in a statement', () => {
  it('reads 唔使 as 不用', () => {
    expect(read('退咗休嘅黨員唔使交黨費')).toBe('退了休的党员不用交党费');
  });

  it('reads 係 after a modal or an adverb as 是', () => {
    expect(read('延長時間最多只可以係一年')).toBe('延长时间最多只可以是一年');
    expect(read('佢哋都係正式黨員')).toBe('他们都是正式党员');
  });

  it('keeps 系 in its own words', () => {
    expect(read('組織關係要轉')).toBe('组织关系要转');
    expect(read('都系统学习过')).toBe('都系统学习过');
  });
});
