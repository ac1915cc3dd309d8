import { describe, expect, it } from 'vitest';
import { judgeByValues } from '../../knowledge/questions/fact-values';
import { createPasteIndex, parsePasted } from '../../knowledge/questions/paste';
import type { TemplateQuestion } from '../../knowledge/questions/template';

/**
 * Issue 21, paste16: 判断 statements a near bank question or a fact's sentence must not answer — the negation moved
 * to another right, another certificate level, a rule that offers a choice of organs. Sentences written for the test.
 */

const question = (stem: string, answer: '正确' | '错误'): TemplateQuestion => ({
  id: `t-${stem.length}`,
  bank: 'test',
  type: '判断',
  stem,
  options: [],
  answer,
  explanation: '',
  level: '初级',
  topic: '测试',
  source: 'test',
});

describe('a bank statement close in words', () => {
  it('does not answer a statement whose negation denies another thing', () => {
    const bank = createPasteIndex([question('列席人员在会上没有表决权、选举权和被选举权。', '正确')]);
    expect(bank.lookup('判断：列席人员在会上有表决权和选举权，但没有被选举权。')).toBeUndefined();
    // The same denial in other words still finds it.
    expect(bank.lookup('判断：列席人员在会上没有表决权、选举权以及被选举权。')?.answerTexts).toEqual(['正确']);
  });

  it('does not answer a statement on another certificate level', () => {
    const bank = createPasteIndex([question('社区专干持初级证书满一年后，可以直接申请高级证书。', '错误')]);
    expect(bank.lookup('判断：持初级证书满一年的社区专干，可以申请中级证书。')).toBeUndefined();
  });
});

describe('a rule offering a choice of organs', () => {
  it('is no misstatement by a statement naming a third organ for another step', () => {
    const sentence = '开会是每名党员的义务；有事不能来的，要提前向党支部或党小组请假。';
    const stem = '老刘外出一年，不交党费也不来开会，支部大会可以讨论把他除名。';
    expect(judgeByValues(parsePasted(`判断：${stem}`), stem, sentence)).toBeUndefined();
  });

  it('still makes false a statement giving the one organ’s step to another', () => {
    const sentence = '处分党员由支部大会讨论决定，报上级党组织批准。';
    const stem = '处分党员由党小组讨论决定即可。';
    expect(judgeByValues(parsePasted(`判断：${stem}`), stem, sentence)?.answerTexts).toEqual(['错误']);
  });
});
