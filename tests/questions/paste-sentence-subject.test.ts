import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { aboutOtherSubject, boundUnstated, formerRule, saidOfOtherSubject } from '../../knowledge/questions/sentence-subject';
import { type Evidence, fillsFor, outcomeAnswer, type PassageHit, suggestCalibrated } from '../../knowledge/questions/suggest';

/**
 * Issue 21, hedged-wrong answers: the calibrated 单选 reader picked the value of a sentence whose words matched the
 * stem's but whose subject was another (every 党员's training for an 积极分子's, the 选举's quorum for a meeting's,
 * an extension for the longest period). Sentences and pastes written for the test.
 */

// No facts: the passage given is all the reader weighs.
const facts = createFactIndex([]);
const hit = (text: string): PassageHit => ({ text, coverage: 0.9, source: 'handbook:test', title: '测试' });

describe('the subject of a sentence against the stem’s', () => {
  it('finds a sentence on every 党员 not about the 积极分子 the stem asks of', () => {
    expect(aboutOtherSubject('入党积极分子参加集中培训，一般不少于（ ）天', '党员每年参加集中培训的时间一般不少于5天。')).toBe(true);
    expect(aboutOtherSubject('入党积极分子参加集中培训，一般不少于（ ）天', '入党积极分子参加集中培训一般不少于3天。')).toBe(false);
  });
  it('tells a meeting of the 支部委员会 from its election, a cross-reference aside', () => {
    const stem = '支委会会议表决事项时，赞成票须超过（ ）';
    expect(aboutOtherSubject(stem, '选举时，赞成票超过应到会人数的一半方可当选，详见“支部委员会的选举”。')).toBe(true);
    expect(aboutOtherSubject(stem, '支委会会议表决事项，赞成票超过应到会委员的半数为通过。')).toBe(false);
  });
  it('leaves a subject the options name: the question then asks which subject', () => {
    expect(aboutOtherSubject('下列人员中（ ）要参加集中培训', '发展对象要参加集中培训。', ['党员', '发展对象'])).toBe(false);
  });
  it('says nothing when the stem names no subject of the list', () => {
    expect(aboutOtherSubject('党费每月交纳（ ）次', '党员每月交纳党费一次。')).toBe(false);
  });
  it('finds a stem asking a bound answered by a sentence stating none', () => {
    expect(boundUnstated('严重警告处分的影响期最长是（ ）', '受严重警告处分的党员，一年半内不得提升职务。')).toBe(true);
    expect(boundUnstated('预备期最长是（ ）', '预备期最长不超过一年。')).toBe(false);
    expect(boundUnstated('预备期是（ ）', '预备期为一年。')).toBe(false);
  });
});

describe('the calibrated 单选 reader', () => {
  it('refuses a value the passages state of another subject', () => {
    const raw = '单选 入党积极分子参加集中培训，一般不少于（ ）天。\nA. 3\nB. 5\nC. 7\nD. 10';
    expect(suggestCalibrated(raw, [hit('党员每年参加集中培训的时间一般不少于5天。')], facts)).toBeUndefined();
  });
  it('still answers from a sentence on the stem’s own subject', () => {
    const raw = '单选 入党积极分子参加集中培训，一般不少于（ ）天。\nA. 3\nB. 5\nC. 7\nD. 10';
    const s = suggestCalibrated(raw, [hit('入党积极分子参加集中培训的时间一般不少于3天。')], facts);
    expect(s && outcomeAnswer(s)).toBe('A');
  });
  it('refuses a period that is no bound for a stem asking the longest', () => {
    const raw = '单选 党员受停职检查，检查期最长是（ ）\nA. 三个月\nB. 半年\nC. 一年\nD. 两年';
    expect(suggestCalibrated(raw, [hit('党员停职检查的检查期满仍未改正的，再延长半年停职检查期。')], facts)).toBeUndefined();
  });
});

describe('a fill said of another subject', () => {
  const evidence = (text: string): Evidence => ({ text, truth: true, hit: hit(text), basis: 'handbook' });
  it('is not put in a hole about the stem’s subject', () => {
    const stem = '离休党员每月离休费超过3000元的，按（）交纳党费。';
    const text = '3000元以上的，交纳1%。按固定数额交纳的党员：学生党员每月交纳党费0.2元；';
    expect(saidOfOtherSubject(stem, text, '固定数额')).toBe(true);
    expect(fillsFor(stem, [evidence(text)]).map((f) => f.fills[0])).not.toContain('固定数额');
  });
  it('is kept when a piece saying it names the stem’s subject', () => {
    expect(saidOfOtherSubject('学生党员按（）交纳党费', '学生党员按固定数额交纳党费。', '固定数额')).toBe(false);
  });
});

describe('a sentence telling a former rule', () => {
  it('is known by its words', () => {
    expect(formerRule('【变化】2012年修改章程以前，章程规定任期两年。')).toBe(true);
    expect(formerRule('此前条例规定，处分决定须报上级备案。')).toBe(true);
    expect(formerRule('党支部委员会每届任期3年。')).toBe(false);
  });
  it('does not deny a statement of the rule now', () => {
    const raw = '判断题 社区党总支委员会每届任期一般为5年。';
    const former = '【变化】修改党章以前，党章规定社区党总支委员会每届任期两年或三年；';
    expect(suggestCalibrated(raw, [hit(former)], facts)).toBeUndefined();
  });
});

describe('a fill from a piece naming no subject', () => {
  it('is kept: the piece may leave its subject to the sentence before', () => {
    const stem = '支部大会通过接收预备党员后，上级党委遇特殊情况可以延长审批，但最长不超过（）。';
    expect(saidOfOtherSubject(stem, '审批一般在三个月内完成。遇特殊情况可适当延长，但最长不超过六个月。', '六个月')).toBe(false);
  });
});

describe('a fill from a piece naming a meeting', () => {
  it('is kept: the meeting is where the procedure is held, not whom it is about', () => {
    const stem = '民主评议党员时，先个人自评，再（）。';
    expect(saidOfOtherSubject(stem, '评议时，召开党员大会，先个人自评，再党员互评。', '党员互评')).toBe(false);
  });
});
