import { describe, expect, it } from 'vitest';
import { createFactIndex, loadFacts, matchParts } from '../../knowledge';
import { askingMember } from '../helpers/asking-member';

/**
 * facts55: two things the handbook states that no fact held, with sentences written for this test (not taken from
 * any writer's set): 退党 is no 处分 while 开除党籍 is the heaviest one, and a 村/社区 党组织 serves five years in step
 * with the 村（居）委会.
 */
const { answer } = askingMember('member-facts55');

describe('退党 and 开除党籍 told apart', () => {
  it('says they differ, 退党 being no 处分 and 开除党籍 the heaviest', async () => {
    const text = await answer('我们村有人讲退党跟开除党籍没啥两样，真是一回事吗');
    expect(text).toContain('不属于党纪处分');
    expect(text).toContain('最重');
  });
  it('opens a whether closed by 不 with its verdict, the sentence saying it too', () => {
    const index = createFactIndex(loadFacts());
    const [m] = matchParts(index, '自己提出退党和被开除党籍是一回事不', { weak: true });
    expect(m?.fact.id).toBe('member.withdrawal.expulsion');
    expect(m?.answer.startsWith('不是。')).toBe(true);
    expect(m?.answer).toContain('不是一回事');
  });
});

describe('村、社区党组织的任期 and the 村（居）委会', () => {
  it('gives five years in step with the 村委会', async () => {
    const text = await answer('我们村党支部跟村委会是不是同一年换届');
    expect(text).toContain('5年');
    expect(text).toContain('衔接');
  });
  it('gives the same for a 社区 and its 居委会', async () => {
    const text = await answer('社区党组织的任期跟居委会对得上不');
    expect(text).toContain('衔接');
  });
});
