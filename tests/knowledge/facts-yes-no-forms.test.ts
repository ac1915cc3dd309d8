import { describe, expect, it } from 'vitest';
import { readYesNo } from '../../knowledge/facts/verdict';
import { everydayAsk } from '../helpers/everyday-ask';

// Ways of asking whether read as the forms the yes-or-no reader knows (knowledge/facts/yes-no-forms.ts): the written
// 是否/能否/可否 before a modal, 是不是 before a modal, A还是不A, 有没有资格, 允许, a thing told and then asked whether it
// is all right (有没有问题, 没问题吧, ok吗, 也可以吧), 吴语 好伐. Every sentence here was written for this test, none taken
// from an eval set.

describe('ways of asking whether read as the modal asked', () => {
  it.each([
    ['预备党员是否可以发表意见', '可以', false, '发表意见'],
    ['流动党员是否需要转组织关系', '需要', false, '转组织关系'],
    ['受处分期间是否能评优秀党员', '能', false, '评优秀党员'],
    ['支部书记是否必须是正式党员', '要', false, '是正式党员'],
    ['预备期是否算党龄', '算', false, '党龄'],
    ['思想汇报能否不写', '能', true, '写'],
    ['党费收据可否代签', '可以', false, '代签'],
    ['党费是不是得本人去交', '要', false, '本人去交'],
    ['党费是不是可以补交', '可以', false, '补交'],
    ['讨论处分时他是否能来申辩', '能', false, '来申辩'],
    ['预备党员有没有资格投票', '能', false, '投票'],
    ['入党积极分子有资格参加支部大会吗', '能', false, '参加支部大会'],
    ['党员能在外面兼职还是不能', '能', false, '在外面兼职'],
    ['预备期算党龄还是不算', '算', false, '党龄'],
    ['支部需要重新选举还是不需要', '需要', false, '重新选举'],
    ['在职党员允许经商吗', '可以', false, '经商'],
    ['党员允不允许出国旅游', '可以', false, '出国旅游'],
    ['一年不去开会，有没有问题', '行', true, '去开会'],
    ['会上不表态也可以吧', '行', true, '表态'],
    ['党费晚交两个月没问题吧', '行', false, '党费晚交两个月'],
    ['党费拿去给老党员买慰问品，ok吗', '行', false, '党费拿去给老党员买慰问品'],
    ['支部的钱拿去聚餐好伐', '行', false, '支部的钱拿去聚餐'],
  ])('%s asks %s (negated %s) of %s', (q, word, negated, thing) => {
    expect(readYesNo(q)).toMatchObject({ word, negated, thing });
  });

  // 是不是 before a word that only starts like a modal (要求, 用来, 得到) asks whether it is so, as before.
  it.each([
    ['这个是不是要求手写', '是'],
    ['这笔钱是不是用来交党费', '是'],
    ['他是否得到过表彰', '是'],
  ])('%s asks %s', (q, word) => {
    expect(readYesNo(q)?.word).toBe(word);
  });

  // A question that asks for content is no yes-or-no, however it is worded.
  it.each([
    '入党是否需要几年',
    '是否需要交多少党费',
    '谁有资格当入党介绍人',
    '预备期能延长几次还是不能',
    '什么时候允许转正',
    '党费交多少还是不交',
  ])('%s asks no whether', (q) => {
    expect(readYesNo(q)).toBeUndefined();
  });
});

describe('ways of asking whether through the real answer path', () => {
  const ask = everydayAsk();
  it.each([
    ['支部发展党员是否需要政审', '需要。'],
    ['村里发展党员是不是得政审', '要。'],
    ['预备党员是不是可以投票', '不可以。'],
    ['预备期算党龄还是不算', '不算。'],
    ['会议记录能事后补还是不能', '不能。'],
    ['预备党员有没有资格投票', '不能。'],
    ['发展对象能否不政审', '不能。'],
    ['发展对象是否可以不政审', '不可以。'],
    ['党费和行政经费混在一起用，有没有问题', '不行。'],
    ['会议记录可否事后补', '不可以。'],
    ['党徽允许印在产品包装上卖吗', '不可以。'],
    ['党徽印在饭店招牌上好伐', '不行。'],
  ])('%s opens with %s', async (q, verdict) => {
    const reply = await ask(q);
    expect(reply.kind).toBe('handbook');
    expect(reply.answer.startsWith(verdict)).toBe(true);
  });

  // Content questions keep their answer: no verdict put first.
  it.each(['入党是否需要几年', '谁有资格当入党介绍人', '预备期是否要延长多久'])('%s gets no verdict first', async (q) => {
    const reply = await ask(q);
    expect(reply.answer).not.toMatch(/^(?:不?能|不?可以|不?行|要|不用|不?需要|不?算|不?是)[。，]/);
  });
});
