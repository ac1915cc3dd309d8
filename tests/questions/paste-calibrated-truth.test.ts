import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { certaintyOf, truthCandidate } from '../../knowledge/questions/calibrated';
import { deniedShare, itemScore } from '../../knowledge/questions/option-score';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, resolvePaste, suggestCalibrated } from '../../knowledge/questions/suggest';

/**
 * Issue 21, calibrated 判断 on the false side: a statement is 错误 when one sentence says the rest of it but one
 * clause otherwise (another value with the same unit, another term of the same kind, the opposite polarity), more
 * fully than any sentence states it. Pastes and passages written for the test.
 */

const facts = createFactIndex();
const index = createPasteIndex([]);
const PASSAGE =
  '受警告处分的党员，一年内不得在党内提升职务。党员不按规定交纳党费的，党支部要及时进行批评教育。选举时候选人获得的赞成票超过应到会有选举权人数的半数，才能当选。';
const search = async () => [{ text: PASSAGE, coverage: 1, source: 'handbook:test', title: '测试' }];

describe('a sentence that denies a statement', () => {
  it('says another value with the same unit', () => {
    const d = deniedShare('受警告处分的党员，两年内不得在党内提升职务', '受警告处分的党员，一年内不得在党内提升职务。');
    expect(d.denial).toBe('value');
    expect(d.share).toBe(1);
  });
  it('says another term of the same kind', () => {
    expect(deniedShare('自行脱党的党员除名后报上级党组织备案', '自行脱党的党员除名后报上级党组织批准。').denial).toBe('term');
  });
  it('says the clause with the opposite polarity', () => {
    expect(deniedShare('预备党员在支部大会上可以参加表决', '预备党员在支部大会上不参加表决。').denial).toBe('polarity');
  });
  it('is not a condition the sentence sets (不按规定交纳党费的)', () => {
    expect(deniedShare('担任领导职务的党员同样要按规定交纳党费', '党员不按规定交纳党费的，党支部要及时进行批评教育。').share).toBe(0);
  });
  it('does not deny a statement it states', () => {
    expect(deniedShare('受警告处分的党员，一年内不得在党内提升职务', '受警告处分的党员，一年内不得在党内提升职务。').share).toBe(0);
  });
});

describe('a statement’s truth weighed both ways', () => {
  const sentences = [{ text: '受警告处分的党员，一年内不得在党内提升职务。', hit: 0 }];
  it('is 错误 with the denying sentence, answered plainly above the measured threshold', () => {
    const c = truthCandidate('受警告处分的党员，两年内不得在党内提升职务', sentences)!;
    expect(c.truth).toBe(false);
    expect(certaintyOf('判断错误', c)).toBe('plain');
  });
  it('is 正确 when the sentence states it whole', () => {
    const c = truthCandidate('受警告处分的党员，一年内不得在党内提升职务', sentences)!;
    expect(c.truth).toBe(true);
    expect(certaintyOf('判断', c)).toBe('plain');
  });
  it('leaves a weakly denied statement alone', () => {
    expect(certaintyOf('判断错误', { choice: [], truth: false, score: 0.5, margin: 0.5, sentence: sentences[0]! })).toBeUndefined();
  });
});

describe('a pasted 判断 answered 错误 from the sentence that says it otherwise', () => {
  it('quotes the passage’s own sentence', async () => {
    const raw = '判断：受警告处分的党员，两年内不得在党内提升职务。';
    const outcome = await resolvePaste(index, raw, search);
    expect(outcomeAnswer(outcome)).toBe('错误');
    expect(outcome.kind === 'hedged' && PASSAGE.includes(outcome.sentence)).toBe(true);
  });
  it('answers the bound case (不超过 for 超过) through the calibrated rule', async () => {
    const raw = '判断：候选人获得的赞成票不超过应到会有选举权人数的半数，也能当选。';
    const hits = await search();
    const s = suggestCalibrated(raw, hits, facts);
    expect(s && outcomeAnswer(s)).toBe('错误');
    expect(s?.kind === 'hedged' && PASSAGE.includes(s.sentence)).toBe(true);
  });
  it('picks the 错 option of a 对/错 choice', async () => {
    const raw = '受警告处分的党员，两年内不得在党内提升职务。\nA. 对\nB. 错';
    expect(outcomeAnswer(suggestCalibrated(raw, await search(), facts)!)).toBe('B');
  });
});

describe('an item of a list the sentence negates', () => {
  it('is not said to be one', () => {
    expect(itemScore(['预备党员', '权利'], '选举权', '预备党员没有表决权、选举权和被选举权。')).toBe(0);
    expect(itemScore(['预备党员', '权利'], '发表意见', '预备党员可以参加会议、发表意见。')).toBeGreaterThan(0);
  });
});
