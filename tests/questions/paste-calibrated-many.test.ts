import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { manyCandidate, optionStatement } from '../../knowledge/questions/calibrated';
import { outcomeAnswer, suggestCalibrated } from '../../knowledge/questions/suggest';

/**
 * Issue 21, calibrated 多选: each option judged as a statement (the stem completed with it, or a 说法 on its own),
 * in when one sentence states it, out when one denies it (or, for an item of a list, when nothing states it), and
 * answered only when every option is decided. Pastes and passages written for the test.
 */

const facts = createFactIndex();
const LIST = '党小组长的职责是：组织党员学习，收集党员意见，督促党员完成支部交办的任务。';
const sentences = (...texts: string[]) => texts.map((text) => ({ text, hit: 'test' }));

describe('an option as a statement', () => {
  it('fills the blank of the stem', () => {
    expect(optionStatement('党小组长的职责有（）。', '组织党员学习')).toBe('党小组长的职责有组织党员学习。');
  });
  it('is the option itself when the stem asks which 说法 are right', () => {
    expect(optionStatement('关于党小组，下列说法正确的有（）', '党小组不是一级组织')).toBe('党小组不是一级组织');
  });
});

describe('several options decided one by one', () => {
  it('does not leave out an unstated item while the sentence says the stem (its words count toward the share)', () => {
    // 审批党员发展 is stated at 0.6 (党小组长, 职责 are there): neither in nor out, so no answer.
    const c = manyCandidate(
      '党小组长的职责有（）',
      ['组织党员学习', '收集党员意见', '督促党员完成支部交办的任务', '审批党员发展'],
      sentences(LIST),
    );
    expect(c).toBeUndefined();
  });
  it('gives every option only when each is stated outright', () => {
    const c = manyCandidate('党小组长的职责有（）', ['组织党员学习', '收集党员意见', '督促党员完成任务'], sentences(LIST));
    expect(c?.choice).toEqual([0, 1, 2]);
  });
  it('leaves a 说法 out only when a sentence denies it, not when none states it', () => {
    const says = sentences('党小组会一般每月召开一次。', '党小组长由党小组党员选举产生。', '党小组不是一级党组织，不能审批党员发展。');
    const stem = '关于党小组，下列说法正确的有（）';
    const denied = manyCandidate(stem, ['党小组会一般每月召开一次', '党小组长由党小组党员选举产生', '党小组可以审批党员发展'], says);
    expect(denied?.choice).toEqual([0, 1]);
    const unsaid = manyCandidate(stem, ['党小组会一般每月召开一次', '党小组长由党小组党员选举产生', '党小组要建立工作台账'], says);
    expect(unsaid).toBeUndefined();
  });
});

describe('the answer path', () => {
  it('answers a pasted 多选 with a sentence of its passage as the basis', () => {
    const text = '党小组会一般每月召开一次。党小组长由党小组党员选举产生。党小组不是一级党组织，不能审批党员发展。';
    const raw =
      '（多选题）关于党小组，下列说法正确的有（）\nA. 党小组会一般每月召开一次\nB. 党小组长由党小组党员选举产生\nC. 党小组可以审批党员发展';
    const s = suggestCalibrated(raw, [{ text, coverage: 1, source: 'handbook:test', title: '测试' }], facts);
    expect(s && outcomeAnswer(s)).toBe('AB');
    expect(s?.kind === 'hedged' && text.includes(s.sentence)).toBe(true);
  });
  it('does not judge a 多选 asking for the wrong ones', () => {
    const raw =
      '（多选题）下列不属于党小组长职责的有（）\nA. 组织党员学习\nB. 收集党员意见\nC. 督促党员完成支部交办的任务\nD. 审批党员发展';
    expect(suggestCalibrated(raw, [{ text: LIST, coverage: 1, source: 'handbook:test', title: '测试' }], facts)).toBeUndefined();
  });
});
