import { describe, expect, it } from 'vitest';
import { suggestByElectionClaims } from '../../knowledge/questions/election-claims';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, type PassageHit, resolvePaste } from '../../knowledge/questions/suggest';

/** Issue 21 (paste15): statements on a branch election judged by the handbook's election rules. Pastes written for the test. */

const index = createPasteIndex([]);
const noPassages = async (): Promise<PassageHit[]> => [];

describe('statements on electing a branch committee', () => {
  it('judges each statement by the rule it speaks of', async () => {
    const raw =
      '（多选）机关支部改选支委，下列说法对的有（ ）\nA.弃权的选举人不可以另选他人\nB.到会的有选举权党员只有三分之二，也能照常选举\nC.住院的老党员可以让子女替他投票\nD.候选人的名字按姓氏笔画排序\nE.得到的赞成票超过一半才算当选';
    const outcome = await resolvePaste(index, raw, noPassages);
    expect(outcomeAnswer(outcome)).toBe('ADE');
    expect(outcome.kind === 'hedged' && outcome.sentence).toMatch(/^怎么投票：/);
  });

  it('picks the wrong statement when the stem asks for it, a 做法 told as done being one said to be allowed', () => {
    const raw =
      '换届选举大会上的下列做法，错误的是（ ）\nA.对不满意的候选人投不赞成票，另写了一个人\nB.外出务工的党员委托老伴代他投票\nC.采用无记名投票';
    expect(suggestByElectionClaims(raw)?.choice).toEqual(['B']);
  });

  it('leaves a statement no rule speaks of', () => {
    expect(
      suggestByElectionClaims('关于支部选举，下列说法正确的有（ ）\nA.一律无记名投票\nB.选举结果要张榜公示三天\nC.弃权的不能另选他人'),
    ).toBeUndefined();
  });
});

describe('statements on 减免党费 and on 留党察看', () => {
  it('judges each statement by the rules of the topic the stem speaks of', async () => {
    const exemption =
      '老周下岗后家里困难，想少交党费，下列说法正确的有（ ）\nA.要由老周自己提出申请\nB.支部书记点头就可以直接减交\nC.要报上一级党委批准\nD.批准以后照样要参加组织生活';
    expect(outcomeAnswer(await resolvePaste(index, exemption, noPassages))).toBe('ACD');
    const watch =
      '（多选）受留党察看处分的党员，察看期间下列说法正确的有（ ）\nA.照样要交纳党费\nB.不能参加支委换届投票\nC.原来担任的党小组长职务要撤销\nD.察看期最长不超过三年';
    expect(suggestByElectionClaims(watch)?.choice).toEqual(['A', 'B', 'C']);
  });
});
