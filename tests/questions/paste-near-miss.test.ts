import { describe, expect, it } from 'vitest';
import { differences, sameWording } from '../../knowledge/questions/bank-wording';
import { createPasteIndex, optionSimilarity, squash } from '../../knowledge/questions/paste';
import { questionId, type TemplateQuestion } from '../../knowledge/questions/template';

type Draft = Partial<TemplateQuestion> & Pick<TemplateQuestion, 'stem'>;

function q(draft: Draft): TemplateQuestion {
  const base = {
    type: '单选' as const,
    options: [],
    answer: 'A',
    explanation: '',
    level: '初级' as const,
    topic: '测试',
    source: '',
    bank: 'near',
    ...draft,
  };
  return { ...base, id: questionId('near', base.stem, base.options) };
}

/** A small bank of our own: each question below is pasted again with one change that changes its answer. */
const bank = [
  q({ type: '判断', stem: '党的全国代表大会每五年举行一次，由中央委员会召集。', answer: '正确' }),
  q({ type: '判断', stem: '县级以上地方党委每届任期五年。', answer: '正确' }),
  q({ type: '判断', stem: '党支部书记一般应当具有一年以上党龄。', answer: '正确' }),
  q({ type: '判断', stem: '发展党员的材料须报上级党委审批。', answer: '正确' }),
  q({
    stem: '关于党费，下列说法正确的是（ ）。',
    options: ['党员应当按月交纳党费', '党员可以一年交一次党费', '预备党员不用交纳党费', '党费标准由党支部自己定'],
    answer: 'A',
  }),
  q({
    stem: '某党员的违纪情节较重，一般应当（ ）。',
    options: ['给予严重警告处分', '给予留党察看处分', '给予开除党籍处分', '不予处分'],
    answer: 'A',
  }),
  q({
    stem: '按层级从高到低，基层党组织依次是（ ）。',
    options: ['党委-党总支-党支部', '党总支-党委-党支部', '党支部-党总支-党委', '党支部-党委-党总支'],
    answer: 'A',
  }),
  q({ stem: '党员在党内（ ）表决权。', options: ['有', '没有'], answer: 'A' }),
  q({ stem: '这次培训一般安排（ ）。', options: ['一天', '三天', '五天', '七天'], answer: 'A' }),
  q({
    stem: '支部委员会会议一般每月召开（ ）次。',
    options: ['1', '2', '3', '4'],
    answer: 'A',
  }),
];
const index = createPasteIndex(bank);
const kindOf = (raw: string) => index.lookup(raw)?.kind;

describe('near misses of a bank question are never answered as certain', () => {
  it('answers the bank question itself, and a typo of it, as certain', () => {
    expect(kindOf('【判断题】党的全国代表大会每五年举行一次，由中央委员会召集。')).toBe('bank');
    expect(kindOf('【判断题】党的全国代表大会每五年举行一次，由中央委员会召某。')).toBe('bank');
    const lookup = index.lookup(
      '关于党费，下列说法正确的是（ ）\nA. 党费标准由党支部自己定\nB. 党员应当按月交纳党费\nC. 预备党员不用交纳党费\nD. 党员可以一年交一次党费',
    );
    expect(lookup?.kind).toBe('bank');
    expect(lookup?.kind === 'bank' && lookup.choice).toEqual(['B']);
  });

  it('a number changed to one the stem has elsewhere (五年 → 一年 beside 一次)', () => {
    expect(kindOf('【判断题】党的全国代表大会每一年举行一次，由中央委员会召集。')).not.toBe('bank');
  });

  it('a bound turned (以上 → 以下) where no number stands before it', () => {
    expect(kindOf('【判断题】县级以下地方党委每届任期五年。')).not.toBe('bank');
  });

  it('a role changed by one character (书记 → 副书记)', () => {
    expect(kindOf('【判断题】党支部副书记一般应当具有一年以上党龄。')).not.toBe('bank');
  });

  it('a statement with one character put for another (审批 → 审阅): a typo in a choice, another statement in a 判断', () => {
    expect(kindOf('【判断题】发展党员的材料须报上级党委审阅。')).not.toBe('bank');
    expect(kindOf('【判断题】发展党员的材料须报上级党委审批。')).toBe('bank');
  });

  it('the stem with an option in its blank, pasted as a statement: to be judged, not filled', () => {
    expect(kindOf('党员在党内有表决权。')).not.toBe('bank');
    expect(kindOf('党员在党内（ ）表决权。\nA. 没有\nB. 有')).toBe('bank');
  });

  it('a period changed by one character (每月 → 每周)', () => {
    expect(kindOf('支部委员会会议一般每周召开（ ）次。\nA. 1\nB. 2\nC. 3\nD. 4')).not.toBe('bank');
  });

  it('the correct option negated or given another period: it no longer answers the question', () => {
    const options = (first: string) =>
      `关于党费，下列说法正确的是（ ）。\nA. ${first}\nB. 党员可以一年交一次党费\nC. 预备党员不用交纳党费\nD. 党费标准由党支部自己定`;
    expect(kindOf(options('党员不应当按月交纳党费'))).not.toBe('bank');
    expect(kindOf(options('党员应当按年交纳党费'))).not.toBe('bank');
  });

  it('the correct option without its qualifier (严重警告 → 警告) is another option', () => {
    expect(
      kindOf('某党员的违纪情节较重，一般应当（ ）。\nA. 给予警告处分\nB. 给予留党察看处分\nC. 给予开除党籍处分\nD. 不予处分'),
    ).not.toBe('bank');
  });

  it('options that are orders of the same words, relettered, are answered by the letter of the same order', () => {
    const lookup = index.lookup(
      '按层级从高到低，基层党组织依次是（ ）。\nA. 党总支-党委-党支部\nB. 党委-党总支-党支部\nC. 党支部-党委-党总支\nD. 党支部-党总支-党委',
    );
    expect(lookup?.kind === 'bank' && lookup.choice).toEqual(['B']);
  });

  it('another unit after the same number is another option (一天 is not 一周)', () => {
    expect(kindOf('这次培训一般安排（ ）。\nA. 一周\nB. 三天\nC. 五天\nD. 七天')).not.toBe('bank');
    expect(optionSimilarity('一天', '一周')).toBe(0);
    expect(optionSimilarity('3', '3人')).toBe(1);
    expect(optionSimilarity('3人', '3名')).toBe(1);
  });
});

describe('sameWording', () => {
  it('lets typos, placeholders and the same number in other figures pass', () => {
    expect(sameWording(squash('遵守党的纪律'), squash('遵守党的纪侓'))).toBe(true);
    expect(sameWording(squash('每五年举行一次'), squash('每某年举行一次'))).toBe(true);
    expect(sameWording(squash('连续6个月'), squash('连续六个月'))).toBe(true);
    expect(sameWording(squash('不交纳党费'), squash('不交党费'))).toBe(true);
    expect(sameWording(squash('参加党的组织生活'), squash('参加党组织生活'))).toBe(true);
  });
  it('stops a changed number, negation, bound or period', () => {
    expect(sameWording(squash('连续六个月'), squash('连续三个月'))).toBe(false);
    expect(sameWording(squash('应当参加'), squash('不应当参加'))).toBe(false);
    expect(sameWording(squash('县级以上'), squash('县级以下'))).toBe(false);
    expect(sameWording(squash('每年一次'), squash('每月一次'))).toBe(false);
    expect(sameWording(squash('给予严重警告处分'), squash('给予警告处分'))).toBe(false);
    expect(sameWording(squash('红色、橙色、黄色'), squash('橙色、红色、黄色'))).toBe(false);
  });
  it('differences are the runs outside the common part, in order', () => {
    expect(differences('每五年一次', '每一年一次')).toEqual([['五', '一']]);
  });
});
