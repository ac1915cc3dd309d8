import { describe, expect, it } from 'vitest';
import { matchParts, normalizeInput } from '../../knowledge';
import { topicWords, withoutAnsweredCondition } from '../../knowledge/facts/topic';
import { factIndex } from '../helpers/facts';

/**
 * The later part of a two-in-one message asked of the topic the earlier part set (knowledge/facts/topic.ts, issue 22,
 * facts28): the classes of the tuning writers' misses where a later part named too little of its subject, each stated
 * on sentences written for these tests (none is a writer's).
 */
const answer = (q: string) => {
  const open: string[] = [];
  const ids = matchParts(factIndex, normalizeInput(q), { weak: true }, open).map((m) => m.fact.id);
  return { ids, open };
};

describe('a later part that names too little of its subject', () => {
  it('is read of the topic the earlier part said, not left open', () => {
    // 延长 is the fact's word the first part said; 预备期 is the topic, and "延长的话要谁同意" alone finds nothing.
    expect(answer('预备期最多能延长几个月？延长的话要谁同意')).toEqual({
      ids: ['member.probation.extend', 'member.probation.outcomes'],
      open: [],
    });
    // "定了以后" points back to the 发展对象 said last, not to the 积极分子 the first fact was found on.
    expect(answer('积极分子培养多久能定为发展对象，定了以后集中培训几天').ids).toEqual([
      'develop.activist.length',
      'develop.candidate.training',
    ]);
  });

  it('finds the fact of the election, not the rule of any vote, when the topic is an election', () => {
    // The rule of any vote excludes 换届 and 选举: said in the part before, they are what the quorum is asked of.
    expect(answer('换届选举候选人差额比例多少 到会要多少人').ids).toEqual(['branch.election.margin', 'branch.election.quorum']);
    expect(answer('换届的时候候选人要差额多少，到会的人要多少才算数')).toEqual({
      ids: ['branch.election.margin', 'branch.election.quorum'],
      open: [],
    });
  });

  it('reads the topic with the asking words when the story between hides them', () => {
    expect(answer('纪律处分条例新版哪天起施行？有个党员的问题出在前年，用新的还是旧的').ids).toEqual([
      'discipline.revision',
      'discipline.transition',
    ]);
  });

  it('reads a part opening on the earlier answer as a condition ("算了流动党员以后") as asked of its subject', () => {
    expect(withoutAnsweredCondition('算了流动党员以后是归哪边管', ['流动党员'])).toBe('流动党员是归哪边管');
    expect(withoutAnsweredCondition('定成发展对象以后培训几天', ['发展对象'])).toBe('发展对象培训几天');
    expect(withoutAnsweredCondition('开了会以后谁签字', ['流动党员'])).toBe('开了会以后谁签字');
    expect(answer('党员出门务工多久算流动党员？算了流动党员以后是归我们村支部管还是归他务工那地方管').ids).toEqual([
      'member.mobile.who',
      'member.mobile.manage',
    ]);
  });
});

describe('what the topic never does', () => {
  it('gives no topic when no earlier part was answered', () => {
    expect(answer('第一书记任期是几年，期满了还能续不').ids).toEqual([]);
  });

  it('does not replace a part that names its own subject with a farther reading', () => {
    expect(answer('政审查不查兄弟姐妹？可以的话持证上岗是全国统一的规定吗').ids).toEqual(['develop.candidate.vetting.scope', 'cert.what']);
  });

  it('does not carry the topic into a part its fact does not answer', () => {
    expect(answer('受了处分影响期从哪天起算 入党介绍人有啥职责').ids).not.toContain('discipline.effects');
  });

  it('lists the words said before, the last said first, a word inside a longer one as that one', () => {
    expect(
      topicWords(['入党积极分子培养多久能定为发展对象'], '定了以后集中培训几天', ['入党积极分子', '积极分子', '发展对象', '入党']),
    ).toEqual(['发展对象', '入党积极分子']);
  });
});

describe('two subjects written back to back', () => {
  it('are one thing when a fact found for either side writes them as one word', () => {
    // 入党 and 积极分子 are each a subject, but the fact found for "入党…多久" says 入党积极分子 in its answer.
    expect(answer('入党积极分子要考察多久才能当发展对象，党费交到哪里').ids).toEqual(['develop.activist.length', 'dues.collect']);
    expect(answer('支部书记职责有哪些').ids).toEqual(['branch.secretary.duties']);
  });

  it('are still asked of each when no fact writes them together', () => {
    expect(answer('党旗党徽分别是啥样的 我们要做展板').ids).toEqual(['member.flag', 'member.emblem']);
  });
});

describe('a part worded as its fact’s own question', () => {
  it('is read against its own contrasts, not the words the other part asks with', () => {
    // 交 in "能免交吗" and 交多少 are the other part's question: they do not set the use of 党费 against paying it.
    expect(answer('党费用途有哪些，能免交吗').ids).toEqual(['dues.use', 'dues.exemption']);
    expect(answer('党费被乱花了怎么办，一年一共交多少').ids).toEqual(['dues.misuse', 'dues.calculation.quarter']);
  });

  it('still takes the side its own words name', () => {
    expect(answer('退休了，党费基数按什么算').ids).toEqual(['dues.retired']);
  });
});
