import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../knowledge';
import { ruleMet } from '../../knowledge/facts/conditions';
import { generateWideSituations, tallyGenerated, WIDE_SITUATION_FACTS } from '../helpers/fact-question-generator';
import { factIndex, matchedIds } from '../helpers/facts';

/**
 * A situation told (who, what happened, how long or how many), then asked what to do or whether it counts: the rule
 * whose conditions the story meets answers it (knowledge/facts/conditions.ts), not the neighbour sharing its words.
 * Sentences written for this test.
 */
describe('a told situation selects the rule whose conditions it meets', () => {
  it('a head count selects among the rules on it: under 3, 3 to 6, over 50', () => {
    expect(matchedIds('我们物流站正式党员就1名，能不能单独成立支部')).toEqual(['branch.setup.min']);
    expect(matchedIds('车间支部眼下4名正式党员，支委会设不设')).toEqual(['branch.committee.threshold']);
    expect(matchedIds('街道这个支部党员已经有72人了，怎么办')).toEqual(['branch.setup.max']);
  });

  it('a sum of 党费 told paid at once is the rule on large sums, not nothing or who manages the 党费', () => {
    expect(matchedIds('王大爷一下子多缴了5000元党费，支部能自己留着吗')).toEqual(['dues.large']);
  });

  it('a meeting’s attendance told selects the quorum of the body told', () => {
    expect(matchedIds('支部大会有表决权的28人，只来了11人，这个决议能表决吗')).toEqual(['life.voting.rule']);
    expect(matchedIds('选新一届支委，应到30名，实际到了26名，这次选举作数吗')).toEqual(['branch.election.quorum']);
  });

  it('what happened to a member selects its rule: a second 处分 in a 察看, a grievance, an arrest', () => {
    expect(matchedIds('老赵留党察看还没到期，这回又违反了纪律，支部该怎么办')).toEqual(['discipline.watch.again']);
    expect(matchedIds('小孙被给了严重警告，他本人不服，怎么办')).toEqual(['discipline.appeal']);
    expect(matchedIds('支部一名委员被依法留置了，他还能参加选举吗')).toEqual(['life.voting.detained']);
  });

  it('the 预备期 and the dues of a probationer follow from what is told of them', () => {
    expect(matchedIds('小周当预备党员一年了，支部觉得他还达不到转正条件，怎么办')).toEqual(['member.probation.extend']);
    expect(matchedIds('小陈上周刚被支部大会接收为预备党员，党费从什么时候开始交')).toEqual(['dues.probationary']);
  });

  it('a story typed with spaces, an age without 岁, a span of 好几年 are read as told', () => {
    expect(matchedIds('邻居家小子才十六 刚上高一 想递入党申请书 行吗')).toEqual(['member.age']);
    expect(matchedIds('我们一个党员醉驾出了事故 被判了两年有期徒刑 党籍还能保留吗')).toEqual(['discipline.crime']);
    expect(matchedIds('老马去南方好几年了，党费一直没交，可以按脱党除名吗')).toEqual(['dues.lapse']);
  });

  it('a story meeting no rule’s conditions selects none; a question telling nothing is left to the wording', () => {
    expect(ruleMet('老李家闺女出嫁了,算不算', '算不算')).toBeUndefined();
    expect(ruleMet('老钱一次多交了2万元党费,怎么处理', '怎么处理')?.fact).toBe('dues.large');
    expect(ruleMet('党支部书记要几年党龄', '党支部书记要几年党龄')).toBeUndefined();
    expect(matchedIds('当支部书记要几年党龄')).toEqual(['branch.secretary.seniority']);
  });
});

describe('widened situations (fixed seed)', () => {
  it('every rule they tell is a fact', () => {
    const ids = new Set(loadFacts().map((f) => f.id));
    expect(WIDE_SITUATION_FACTS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('finds the rule whose conditions are told, and almost never a neighbour', () => {
    const facts = loadFacts();
    const items = generateWideSituations(140, 20261206, 'tune');
    const tally = tallyGenerated(items, facts, factIndex);
    // Seed 20261206, 140 situations: 108 right, 4 wrong, 28 none before the rules' conditions (conditions.ts);
    // 137, 1, 2 after. A floor and a ceiling, to tighten.
    expect(tally.right / items.length).toBeGreaterThanOrEqual(0.95);
    expect(tally.wrong / items.length).toBeLessThanOrEqual(0.02);
  });
});
