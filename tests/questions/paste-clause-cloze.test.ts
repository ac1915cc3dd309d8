import { describe, expect, it } from 'vitest';
import { suggestByClauseCloze } from '../../knowledge/questions/clause-cloze';
import { alignCloze, clozeOf } from '../../knowledge/questions/cloze';
import type { PassageHit } from '../../knowledge/questions/suggest';

/**
 * Issue 21, paste13: a 填空 whose blank sits in one clause a handbook sentence states, inside a stranger's case, is
 * answered from that clause alone; only values, only when every sentence as well aligned agrees. Sentences written
 * for the test.
 */

const hit = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });

describe('a blank in a clause of a case', () => {
  const rules = hit(
    '按照本县方案，党务干部岗位调整的，所在党组织要在10个工作日内向组织部门报备。\n' +
      '- 受开除党籍处分的，五年内不得重新入党。\n- 受撤销党内职务处分的，二年内不得在党内担任与原任职务相当的职务。\n' +
      '党员每年参加集中轮训一般不少于40学时；支部书记和班子成员每年集中轮训一般不少于60学时。',
  );

  it('takes the value the clause’s sentence puts there', () => {
    const said = suggestByClauseCloze('填空：我们网格的宣传委员上个月调去街道了，所在党组织要在____个工作日内把调整报给组织部门。', [
      rules,
    ]);
    expect(said?.answerTexts).toEqual(['10']);
    expect(said?.sentence).toBe('按照本县方案，党务干部岗位调整的，所在党组织要在10个工作日内向组织部门报备。');
    expect(
      suggestByClauseCloze(
        '受开除党籍处分的同志，（ ）年内不得重新入党；受撤销党内职务处分的，（ ）年内不得在党内担任与原任职务相当的职务。',
        [rules],
      )?.answerTexts,
    ).toEqual(['五', '二']);
  });

  it('reads the stem’s bound as the sentence’s, and the role asked', () => {
    expect(
      suggestByClauseCloze('普通党员一年的集中轮训最少要（ ）学时；支部书记和班子成员一年的集中轮训最少要（ ）学时。', [rules])
        ?.answerTexts,
    ).toEqual(['40', '60']);
  });

  it('says nothing for a calculation, an example, half a range, or words that are no value', () => {
    expect(suggestByClauseCloze('某支部有党员30人，集中轮训一般不少于（ ）学时。', [rules])).toBeUndefined();
    const example = hit('例如支部有20名有表决权的党员，都要有11人以上赞成才能通过。');
    expect(suggestByClauseCloze('讨论接收预备党员时，至少要有（ ）人赞成才能通过。', [example])).toBeUndefined();
    const range = hit('农民党员每月交纳党费0.2元至1元。');
    expect(suggestByClauseCloze('村里的农民党员每月交纳党费（ ）元。', [range])).toBeUndefined();
    const words = hit('没有工作单位的，一般向居住地党组织提出入党申请。');
    expect(suggestByClauseCloze('没有工作单位的，一般向（ ）党组织提出入党申请。', [words])).toBeUndefined();
  });
});

describe('a blank’s words', () => {
  it('end before the words that begin the next predicate', () => {
    const cloze = clozeOf('到会的有选举权党员须超过应到会人数的（ ），选举才有效。')!;
    expect(alignCloze(cloze, '到会的有选举权党员超过应到会人数的五分之四方可进行选举。')?.fills).toEqual(['五分之四']);
  });
});
