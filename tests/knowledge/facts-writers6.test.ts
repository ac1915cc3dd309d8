import { describe, expect, it } from 'vitest';
import { cleanQuestion, matchParts, situationsLeftOpen } from '../../knowledge';
import { factIndex, matchedIds } from '../helpers/facts';

/**
 * The fact layer on the sixth round (issue 22): classes of stranger's wording, each shown with wordings written
 * for this test, not taken from any writer's set.
 */
const ids = matchedIds;

describe('dialect words typed apart are read once the words are joined', () => {
  it('reads 多少 辰光 and 开 一趟 across the spaces', () => {
    expect(cleanQuestion('支委会 多少 辰光 开 一趟')).toBe('支委会多久开一次');
  });
  it.each([
    ['请问 党员大会 多少 辰光 开 一趟', 'life.general.frequency'],
    ['支委会是半个月开一回还是一个月开一回', 'life.committee.frequency'],
  ])('%s → %s', (q, id) => {
    expect(ids(q)).toContain(id);
  });
});

describe('pinyin initials of the domain words, read before the dialect words that need them', () => {
  it('reads fzdx, jjfz and zzgx, and 好多 before them asks how many', () => {
    expect(cleanQuestion('fzdx政审查啥')).toBe('发展对象政审查什么');
    expect(cleanQuestion('jjfz要写思想汇报吗')).toContain('积极分子');
    expect(cleanQuestion('zzgx怎么转')).toContain('组织关系');
    expect(cleanQuestion('一个党小组最多有好多dy')).toContain('最多有多少党员');
  });
  it('keeps Latin words that merely hold the letters', () => {
    expect(cleanQuestion('fzdxyz')).toBe('fzdxyz');
  });
});

describe('a clause that asks nothing of its own', () => {
  it('reads 好几年, 好几个 as a count told, not asked', () => {
    expect(cleanQuestion('他在外地干了好几年')).toBe('他在外地干了数年');
    expect(ids('我们有好几个党员在外地上班好几年了，组织关系要不要转过去')).toEqual(['member.mobile.transfer']);
  });
  it('leaves out a request to be told (行不行给说说) and reads 不中的话 as the follow-up it is', () => {
    expect(ids('支委会多久开一次 中不中给说说')).toEqual(['life.committee.frequency']);
    expect(ids('厂里就两个正式党员 能自己成立支部不 不中的话咋整')).toEqual(['branch.setup.min']);
  });
  it('takes 能否 and 是否 as asking outright, so the story before them is context', () => {
    expect(ids('老张受过留党察看处分，察看期还没满，他能否当入党介绍人')).toEqual(['develop.introducers']);
  });
});

describe('who, asked as which bodies; and a property the record names', () => {
  it('answers 哪几个部门审查 with the fact that names them, though it opens with 要', () => {
    expect(ids('认证考试过了还要哪几个部门审查')).toEqual(['cert.review']);
    // Two parts: whether the certificate follows at once (not: facts43), and what is reviewed.
    expect(ids('持证考试考完是不是马上发证 还要审什么')).toEqual(['cert.review.direct', 'cert.review']);
  });
  it('is not the definition of 持证上岗 for a question on how long the certificate holds', () => {
    expect(ids('持证上岗的证是不是一辈子有效')).toEqual(['cert.revocation']);
    expect(ids('持证上岗是不是全国统一的')).toEqual(['cert.what']);
  });
});

describe('the transfer of a member working away for long', () => {
  it('says 应转尽转, and a receiving branch that will not take it is the letter fact', () => {
    expect(ids('在外地打工多年住处固定了，组织关系转不转')).toEqual(['member.mobile.transfer']);
    expect(ids('组织关系转过去，那边党组织能不收吗')).toEqual(['member.transfer.letter']);
    expect(ids('组织关系怎么转')).toEqual(['member.transfer']);
  });
});

describe('separable words and a bare 批', () => {
  it('reads 聚个餐, 开个会 whole, and leaves 上个月 and 个人 alone', () => {
    expect(cleanQuestion('主题党日去聚个餐行不行')).toBe('主题党日去聚餐行不行');
    expect(cleanQuestion('开个会要几个人')).toBe('开会要几个人');
    expect(cleanQuestion('上个月的党费个人交')).toBe('上个月的党费个人交');
    expect(ids('主题党日能不能出去旅个游')).toEqual(['life.theme-day.content']);
  });
  it('reads 批 said for approving as 批准, never 批评 or 一批', () => {
    expect(cleanQuestion('选完的书记要报上面批不')).toContain('批准');
    expect(cleanQuestion('被批评了')).toBe('被批评了');
    expect(cleanQuestion('第一批积极分子')).toBe('第一批积极分子');
    expect(ids('换届选出的书记副书记要报党委批吗')).toEqual(['branch.reelection.approve']);
  });
});

describe('a situation asked in one clause of several', () => {
  it('answers the other clause and leaves the situation to that clause', () => {
    expect(ids('支委会多久开一次？视频开也算吗')).toEqual(['life.committee.frequency']);
    expect(
      situationsLeftOpen(
        '支委会多久开一次？视频开也算吗',
        factIndex.facts.length ? matchParts(factIndex, '支委会多久开一次？视频开也算吗') : [],
      ),
    ).toEqual(['视频']);
  });
  it('keeps a situation told as context for every clause', () => {
    expect(ids('党员出国了，党费怎么交，组织生活怎么过')).not.toContain('dues.rates');
  });
});

describe('neighbouring facts told apart by what is named', () => {
  it('a choice between 流出地 and 流入地 asks who manages', () => {
    expect(ids('流动党员归流出地管还是流入地管')).toEqual(['member.mobile.manage']);
  });
  it('"等级越高，薪酬系数越高" states a difference', () => {
    expect(ids('持证等级高低有什么区别，跟工资挂钩吗')).toEqual(['cert.pay']);
  });
  it('特殊党费 is the large voluntary sum, not the monthly collection', () => {
    expect(ids('交了3000元特殊党费，这笔钱交到哪里')).toEqual(['dues.large']);
    expect(ids('党费交到哪里')).toEqual(['dues.collect']);
  });
});

describe('a post sent from above', () => {
  it('does not answer the term of a 第一书记 with a branch committee term', () => {
    expect(ids('驻村第一书记干几年')).toEqual([]);
    expect(ids('支部委员会任期几年')).toEqual(['branch.term']);
  });
});
