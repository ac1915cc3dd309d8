import { describe, expect, it } from 'vitest';
import { outcomeAnswer, type PassageHit, type PasteOutcome } from '../../knowledge/questions/suggest';
import { withoutSupersededOptions } from '../../knowledge/questions/superseded';

/**
 * A sentence stating a rule together with the wording it replaced: an option named only in the replaced wording's
 * clause is not stated by the rule. Sentences and questions written for the test.
 */

const SENTENCE = '党小组学习的四项要求是“按时参加、认真记录、联系实际、互相督促”；以前常说的“集中统一、分散自学”两条已由这四项要求取代。';
const passage: PassageHit = { text: SENTENCE, coverage: 1, source: 'handbook:test', title: '测试' };
type Hedged = Extract<PasteOutcome, { kind: 'hedged' }>;
const suggested = (choice: string[], answerTexts: string[]): Hedged => ({
  kind: 'hedged',
  choice,
  answerTexts,
  sentence: SENTENCE,
  passage,
  basis: 'handbook',
});
const RAW = '【多选】党小组学习的四项要求包括（ ）\nA.按时参加\nB.分散自学\nC.认真记录\nD.互相督促';

describe('options named only where a sentence says what was replaced', () => {
  it('leaves out an option the sentence names only as the former wording', () => {
    const outcome = withoutSupersededOptions(RAW, suggested(['A', 'B', 'C', 'D'], ['按时参加', '分散自学', '认真记录', '互相督促']));
    expect(outcomeAnswer(outcome)).toBe('ACD');
  });

  it('says nothing when the only option picked is the former wording', () => {
    const raw = '党小组学习现行的要求之一是（ ）\nA.分散自学\nB.各自汇报\nC.轮流主持\nD.不定时间';
    expect(withoutSupersededOptions(raw, suggested(['A'], ['分散自学'])).kind).toBe('abstain');
  });

  it('keeps the pick when the question asks what is not so, or the sentence names no replaced wording', () => {
    const negative = '下列不属于党小组学习四项要求的是（ ）\nA.按时参加\nB.分散自学\nC.认真记录\nD.互相督促';
    expect(outcomeAnswer(withoutSupersededOptions(negative, suggested(['B'], ['分散自学'])))).toBe('B');
    const plain: Hedged = { ...suggested(['A', 'C'], ['按时参加', '认真记录']), sentence: '党小组学习要按时参加、认真记录。' };
    expect(withoutSupersededOptions(RAW, plain)).toBe(plain);
  });

  it('keeps the pick when the question asks of the replaced wording itself', () => {
    const raw = '【多选】以前常说的党小组学习两条包括（ ）\nA.集中统一\nB.分散自学\nC.按时参加';
    expect(outcomeAnswer(withoutSupersededOptions(raw, suggested(['A', 'B'], ['集中统一', '分散自学'])))).toBe('AB');
  });
});
