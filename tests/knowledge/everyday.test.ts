import { describe, expect, it } from 'vitest';
import { COMMON_NOUN_TAGS, nounsOf, queryTerms, rewriteEveryday } from '../../knowledge';

/** The everyday vocabulary (knowledge/search/everyday.ts), entry by entry: what people say → the handbook's term. */
describe('everyday wording in handbook terms', () => {
  it.each([
    ['工资到手6500', '税后工资'],
    ['到手工资多少', '税后工资'],
    ['组织关系咋转', '组织关系转接'],
    ['关系怎么转过去', '转移组织关系'],
    ['预备党员能投票吗', '表决权'],
    ['入党要走哪些流程', '程序 步骤'],
    ['党员想退党', '本人要求退党'],
    ['被劝退了怎么办', '不合格党员'],
    ['多大年纪可以入党', '年龄 年满'],
    ['支部委员会一届几年', '每届 任期'],
    ['党旗是什么样子的', '样式 图案'],
    ['最重的处分是什么', '最高处分'],
    ['退休金多少交党费', '离退休费'],
    ['领低保的党员', '最低生活保障金'],
    ['一次多交一千块', '1000元'],
    ['支部委员会认期几年', '任期'],
    ['预备其多长', '预备期'],
    ['支部书记选出来以后', '选举产生'],
    ['书记要报批吗', '报上级 批准'],
    ['从初级到高级最少要几年', '至少'],
  ])('%s → %s', (said, term) => {
    expect(rewriteEveryday(said)).toContain(term);
  });

  it('drops the question form 能不能, 是不是 … (segmented, it left 不能, 不是 as search words)', () => {
    expect(queryTerms(rewriteEveryday('中央能不能直接接收党员'))).toEqual(['中央', '直接', '接收', '党员']);
    expect(queryTerms(rewriteEveryday('是不是要交党费'))).not.toContain('不是');
    expect(rewriteEveryday('预备党员能不能投票')).toContain('表决权');
  });

  it('leaves handbook wording and unrelated text alone', () => {
    expect(rewriteEveryday('支部委员会会议多久召开一次')).not.toContain('样式');
    expect(rewriteEveryday('什么样的人可以申请入党')).not.toContain('样式');
    expect(rewriteEveryday('劝其退党')).not.toContain('本人要求退党');
    expect(rewriteEveryday('今天天气怎么样')).toBe('今天天气怎么样');
  });
});

describe('the nouns of a question', () => {
  it('are what it is about, not what it asks', () => {
    const nouns = nounsOf('支部书记的工资由谁发');
    expect(nouns).toEqual(expect.arrayContaining(['支部书记', '工资']));
    for (const asked of ['谁', '发', '由']) expect(nouns).not.toContain(asked);
  });

  it('common nouns only, when asked: no idioms or verbal nouns', () => {
    expect(nounsOf('党员可以加入其他政党吗', COMMON_NOUN_TAGS)).toContain('政党');
    expect(nounsOf('支部书记的工资由谁发', COMMON_NOUN_TAGS)).not.toContain('工资');
  });
});
