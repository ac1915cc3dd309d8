import type { TemplateQuestion } from '../../knowledge/questions/template';

/** A bank question written for a test: a 单选 of the bank 测试 with nothing filled in but what the test gives. */
export const bankQuestion = (over: Partial<TemplateQuestion>): TemplateQuestion => ({
  id: 'q1',
  bank: '测试',
  type: '单选',
  stem: '',
  options: [],
  answer: 'A',
  explanation: '',
  level: '初级',
  topic: '测试',
  source: '',
  ...over,
});
