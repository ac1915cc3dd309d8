import { describe, expect, it } from 'vitest';
import { suggestByDuesUse, suggestByFixedDues } from '../../knowledge/questions/dues-use';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, type PassageHit, resolvePaste } from '../../knowledge/questions/suggest';

/** Issue 21 (paste15): what 党费 may be spent on, each option placed by the handbook's rule. Pastes written for the test. */

const index = createPasteIndex([]);
const noPassages = async (): Promise<PassageHit[]> => [];

describe('what 党费 may pay for', () => {
  it('picks the uses the rule allows and leaves pay, welfare and other spending out', async () => {
    const raw =
      '（多选）机关党支部下面几笔钱，哪些能从党费里出（ ）\nA.给新党员办一期培训班\nB.年底给支委每人发500元补贴\nC.慰问家里遭了火灾的党员\nD.给党员活动室订几份党报党刊\nE.组织全体党员去景区旅游';
    const outcome = await resolvePaste(index, raw, noPassages);
    expect(outcomeAnswer(outcome)).toBe('ACD');
    expect(outcome.kind === 'hedged' && outcome.sentence).toMatch(/^党费使用/);
  });

  it('picks what is not allowed when the stem asks for it', () => {
    const raw = '下列用党费的做法中，不符合规定的是（ ）\nA.表彰优秀党务工作者\nB.给书记发加班费\nC.补助生活困难的老党员';
    expect(suggestByDuesUse(raw)?.choice).toEqual(['B']);
  });

  it('leaves options the rule does not speak of, or speaks of both ways', () => {
    expect(suggestByDuesUse('党费管理的做法正确的有（ ）\nA.单独建账\nB.培训党员\nC.发奖金')).toBeUndefined();
    expect(suggestByDuesUse('党费可以用于（ ）\nA.给困难党员发过节费\nB.培训党员\nC.发奖金')).toBeUndefined();
  });
});

describe('who pays a fixed sum', () => {
  it('leaves 农民党员 out when the stem names 0.2元, as they pay 0.2 to 1 元, and takes them in for a fixed sum alone', async () => {
    const named =
      '（多选）每个月只交0.2元党费的是下面哪几类党员（ ）\nA.在读的学生党员\nB.种地的农民党员\nC.靠救济生活的党员\nD.拿年薪的党员';
    expect(outcomeAnswer(await resolvePaste(index, named, noPassages))).toBe('AC');
    const fixed = '下列党员中，按固定数额交纳党费的有（ ）\nA.农民党员\nB.退休党员\nC.失业的党员';
    expect(suggestByFixedDues(fixed)?.choice).toEqual(['A', 'C']);
  });
});
