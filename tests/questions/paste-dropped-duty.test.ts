import { describe, expect, it } from 'vitest';
import { suggestByDroppedDuty } from '../../knowledge/questions/dropped-duty';
import type { PassageHit } from '../../knowledge/questions/suggest';

/**
 * paste23: a statement saying a list of things need no longer each be done (就不用再分别…) where the handbook's
 * sentence names them and says they must still be done (仍然要分别…) is false, with that sentence as 依据. The mirror
 * of a flipped claim, its subject a list. Sentences written for the test.
 */

const hit = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });

describe('a statement dropping a duty the handbook says still holds', () => {
  const rules = hit(
    '集中学习周可以把支部委员会会议、党小组学习和谈心谈话放在同一周进行，但各项活动的次数和记录仍然要单独登记，不能合成一条。\n' +
      '党员外出务工期间，组织关系转出后，党费和组织生活照样要按时参加。',
  );

  it('is false where each thing listed is named and the kept duty is what it drops', () => {
    const said = suggestByDroppedDuty('判断：开了集中学习周，支委会会议、党小组学习和谈心谈话就不用再单独登记了。', [
      hit('集中学习周可以把支委会会议、党小组学习和谈心谈话放在同一周进行，但各项活动的次数和记录仍然要单独登记，不能合成一条。'),
    ]);
    expect(said?.answerTexts).toEqual(['错误']);
    expect(said?.sentence).toContain('仍然要单独登记');
    expect(suggestByDroppedDuty('判断题 集中学习周里的党小组学习以及谈心谈话，都无需再单独登记。\nA.正确 B.错误', [rules])?.choice).toEqual(
      ['B'],
    );
  });

  it('says nothing where the statement keeps the duty, lists one thing, names what the sentence does not, or sets a condition', () => {
    expect(suggestByDroppedDuty('判断：党小组学习和谈心谈话仍然要单独登记。', [rules])).toBeUndefined();
    expect(suggestByDroppedDuty('判断：开了集中学习周，谈心谈话就不用再单独登记了。', [rules])).toBeUndefined();
    expect(suggestByDroppedDuty('判断：党小组学习和民主评议就不用再单独登记了。', [rules])).toBeUndefined();
    expect(suggestByDroppedDuty('判断：党小组学习和谈心谈话就不用再开展了。', [rules])).toBeUndefined();
    expect(suggestByDroppedDuty('判断：只有上级同意，党小组学习和谈心谈话才不用再单独登记。', [rules])).toBeUndefined();
    expect(suggestByDroppedDuty('党小组学习和谈心谈话是不是不用再单独登记了？', [rules])).toBeUndefined();
  });
});
