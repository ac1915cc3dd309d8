import { describe, expect, it } from 'vitest';
import { askedText, cleanQuestion, plainNumerals } from '../../knowledge';
import { factIndex, matchedAnswer, matchedIds } from '../helpers/facts';

/**
 * The fact layer on the fifth round (issue 22): classes of stranger's wording, each shown with wordings written
 * for this test, not taken from any writer's set. A long or spaced question is matched on what it asks; the
 * story around the asking clause is context only.
 */
const _index = factIndex;
const ids = matchedIds;
const answer = matchedAnswer;

describe('words typed with spaces, with punctuation as well', () => {
  it.each([
    ['党费 里面 能 不能 拿 一点 给 村干部 发 过节费 ？', 'dues.use'],
    ['党费 可以 用来 给 支委 发 奖金 吗 ？', 'dues.use'],
    ['党员大会 一般 多久 开 一次 ？', 'life.general.frequency'],
    ['预备期 一般 是 多长 时间 ？', 'member.probation.length'],
  ])('%s → %s', (q, id) => {
    expect(ids(q)).toContain(id);
  });
  it('reads each punctuated stretch as words, and keeps two questions apart', () => {
    expect(cleanQuestion('党费 里面 能 不能 发 奖金 ？')).toBe('党费里面能不能发奖金?');
    expect(ids('党员大会 一般 多久 开 一次 ？ 谁 主持 ？')).toEqual(['life.general.frequency', 'life.general.chair']);
    expect(ids('预备期 一般 是 多长 时间 ， 能 不能 延长 ？')).toEqual(['member.probation.length', 'member.probation.extend']);
  });
});

describe('a few short spaced words, and the unit after a question word', () => {
  it.each([
    ['支委会  多长  时间  开一回', 'life.committee.frequency'],
    ['党员大会  几个  月  开一次', 'life.general.frequency'],
    ['党费 怎么 交', 'dues.rates'],
  ])('%s → %s', (q, id) => {
    expect(ids(q)).toEqual([id]);
  });
  it("keeps 天 and 之内 with 多少, and the asker's own words after the question apart", () => {
    expect(cleanQuestion('要在 多少 天 之内 报备 报到 哪里')).toBe('要在多少天之内，报备报到哪里');
    expect(cleanQuestion('总要求 是 哪十六个字  我 记得 是 坚持标准 保证质量')).toBe('总要求是哪十六个字，我记得是坚持标准保证质量');
  });
});

describe('the story around a short asking clause is context', () => {
  it('reads the kind of question from the asking clause only', () => {
    // "这样子" is not a question about what something looks like; "标准" in what the asker remembers asks no amount.
    expect(askedText('我们村支部正式党员5个，预备党员2个，这样子要不要设支委会')).toBe('这样子要不要设支委会');
    expect(askedText('发展党员的总要求是哪十六个字，我记得以前是坚持标准保证质量')).toBe('发展党员的总要求是哪十六个字');
  });
  it.each([
    ['我们村支部正式党员5个，预备党员2个，这样子要不要设支委会？', 'branch.committee.threshold'],
    ['社区退休支部，正式党员就6个人，大家年纪都大了，这样子的话还要不要选支委？', 'branch.committee.threshold'],
    ['发展党员的总要求是哪十六个字？我记得以前是坚持标准保证质量', 'develop.policy'],
    ['发展党员的总要求是什么，我印象里是坚持标准、慎重发展这些', 'develop.policy'],
  ])('%s → %s', (q, id) => {
    expect(ids(q)).toEqual([id]);
  });
  it('a short piece after the asking words finishes them: 多长时间开一回 asks how often', () => {
    expect(askedText('党小组会，多长时间，开一回，谁来主持')).toBe('多长时间开一回，谁来主持');
    expect(ids('党员大会 多长时间 开一回 谁来主持')).toEqual(['life.general.frequency', 'life.general.chair']);
  });
});

describe('capital numerals (大写数字) in counts', () => {
  it('reads runs of capital numerals and one before a unit, and leaves 队伍 alone', () => {
    expect(plainNumerals('养老金肆仟贰佰元')).toBe('养老金四千二百元');
    expect(plainNumerals('正式党员只有陆个')).toBe('正式党员只有六个');
    expect(plainNumerals('党员队伍建设')).toBe('党员队伍建设');
    expect(plainNumerals('叁天内回复，伍个工作日办结')).toBe('三天内回复，五个工作日办结');
    expect(plainNumerals('陆陆续续有人反映')).toBe('陆陆续续有人反映');
  });
  it('works the verdict from a head count written in capitals', () => {
    expect(answer('支部正式党员只有陆个，另外还有壹个预备党员，要不要设支部委员会？')).toContain('按你说的6名正式党员');
    expect(answer('我们支部正式党员拾贰个，要设支委会吗')).toContain('按你说的12名正式党员');
  });
});
