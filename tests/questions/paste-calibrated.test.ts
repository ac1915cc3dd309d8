import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { certaintyOf } from '../../knowledge/questions/calibrated';
import { presence, scoreOptions, statedShare } from '../../knowledge/questions/option-score';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, resolvePaste, suggestCalibrated } from '../../knowledge/questions/suggest';

/**
 * Issue 21, calibrated judging: an option scored by how well one source sentence says the stem's words and the
 * option's own words, answered only above thresholds measured on the built-in bank as if absent; a statement
 * found 正确 only when one sentence says every clause of it with the same numbers and negations. Pastes written
 * for the test.
 */

const facts = createFactIndex();
const index = createPasteIndex([]);
const noPassages = async () => [];

describe('option scores', () => {
  const sentence = { text: '支部委员会每届任期3年，基层党委每届任期5年。' };
  it('gives no margin where one sentence names two options', () => {
    const r = scoreOptions(['每届', '任期'], [], ['3年', '5年', '8年'], [sentence]);
    expect(r.margin).toBe(0);
  });
  it('finds a number only with its value and unit (3年 is not 13年 nor 3个月)', () => {
    expect(presence(['#3年'], '3年', '任期13年')).toBe(0);
    expect(presence(['#3月'], '3个月', '任期3年')).toBe(0);
    expect(presence(['#3年'], '三年', '任期三年')).toBe(1);
  });
  it('does not count a word the sentence says negated', () => {
    expect(presence(['代替'], '代替', '不能代替记录')).toBe(0);
  });
  it('ignores a sentence about another case of the stem’s numbers', () => {
    const r = scoreOptions(['正式党员', '支部'], ['7人'], ['联合支部', '支委会'], [{ text: '正式党员不足3人的单位成立联合支部。' }]);
    expect(r.top).toBe(0);
  });
});

describe('a statement stated whole', () => {
  const s = '受留党察看处分的党员，其党内职务自然撤销，察看期间没有表决权。';
  it('is stated when every clause is in the sentence', () => {
    expect(statedShare('受留党察看处分的党员，党内职务自然撤销', s)).toBe(1);
  });
  it('is not when a clause is missing or says another value', () => {
    expect(statedShare('受留党察看处分的党员，党内职务自然撤销，要停止交纳党费', s)).toBeLessThan(0.9);
    expect(statedShare('党员受留党察看处分两年', s)).toBe(0);
  });
  it('is not when the sentence negates what it says', () => {
    expect(statedShare('会议记录可以用会议通知代替', '会议记录要当场记，也不能用会议通知代替记录。')).toBe(0);
    expect(statedShare('入党积极分子按月交纳党费', '入党积极分子还不是党员，不交纳党费。')).toBe(0);
  });
});

describe('the thresholds', () => {
  const at = (score: number, margin: number) => ({ choice: [0], score, margin, sentence: { text: '', hit: 0 } });
  it('answers plainly, marked uncertain, or not at all', () => {
    expect(certaintyOf('单选', at(0.8, 0.5))).toBe('plain');
    expect(certaintyOf('单选', at(0.6, 0.2))).toBe('uncertain');
    expect(certaintyOf('单选', at(0.6, 0.05))).toBeUndefined();
    expect(certaintyOf('判断', at(0.8, 0.8))).toBeUndefined();
  });
});

describe('a 单选 answered from the fact sentence that says the option', () => {
  it('picks the option the reached sentence states, quoting that sentence', async () => {
    const raw = '单选 入党介绍人应当向被介绍人做什么？\nA. 解释党的纲领和章程\nB. 代写入党申请书\nC. 代交党费\nD. 安排工作';
    const outcome = await resolvePaste(index, raw, noPassages);
    expect(outcomeAnswer(outcome)).toBe('A');
    expect(outcome.kind === 'hedged' && facts.facts.some((f) => f.a.includes(outcome.sentence))).toBe(true);
  });
  it('leaves 下列说法正确的是 not said to be 单选 alone (it is as often a 多选)', () => {
    const raw = '关于入党介绍人，下列说法正确的是（ ）\nA. 要向被介绍人解释党的纲领和章程\nB. 可以由预备党员担任\nC. 代交党费\nD. 安排工作';
    expect(suggestCalibrated(raw, [], facts)).toBeUndefined();
  });
});
