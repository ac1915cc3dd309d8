import { describe, expect, it } from 'vitest';
import { suggestByFlippedClaim } from '../../knowledge/questions/flipped-claim';
import type { PassageHit } from '../../knowledge/questions/suggest';

/**
 * Issue 21, paste13: a statement that affirms what a handbook sentence denies (the rule's subject and predicate in
 * other words, its negation dropped) is false, with that sentence as 依据. Sentences written for the test.
 */

const hit = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });

describe('a statement affirming what the handbook denies', () => {
  const rules = hit(
    '介绍人：须有两名正式党员作介绍人。预备党员不能当入党介绍人。受留党察看处分、尚未恢复党员权利的党员，也不能作入党介绍人。\n' +
      '复议期间，不停止对原处理决定的执行。党小组没有决定接收党员、处分党员等事项的权力，这些事项由支部党员大会讨论决定。',
  );

  it('is false, whatever words it puts around the rule', () => {
    const said = suggestByFlippedClaim('判断：刚转为预备党员的小周，经支部同意也可以担任发展对象的入党介绍人。', [rules]);
    expect(said?.answerTexts).toEqual(['错误']);
    expect(said?.sentence).toBe('预备党员不能当入党介绍人。');
    expect(
      suggestByFlippedClaim('判断题 老赵受了留党察看处分，还没恢复党员权利，他可以给表弟当入党介绍人。\nA.正确 B.错误', [rules])?.choice,
    ).toEqual(['B']);
    expect(suggestByFlippedClaim('判断：党员申请复议以后，原处理决定暂缓执行。', [rules])?.sentence).toBe(
      '复议期间，不停止对原处理决定的执行。',
    );
    expect(suggestByFlippedClaim('判断：复议结果出来之前，原处理决定先不执行，对不对', [rules])?.answerTexts).toEqual(['错误']);
    expect(suggestByFlippedClaim('判断题：党小组开会讨论后，可以决定接收小王为预备党员。', [rules])?.answerTexts).toEqual(['错误']);
  });

  it('says nothing where the statement keeps the negation, names a condition, or speaks of someone else', () => {
    expect(suggestByFlippedClaim('判断：预备党员不可以给别人当入党介绍人。', [rules])).toBeUndefined();
    expect(suggestByFlippedClaim('判断：复议期间，原处理决定照常执行，不暂停。', [rules])).toBeUndefined();
    expect(suggestByFlippedClaim('判断：预备党员只有转为正式党员后才能当入党介绍人。', [rules])).toBeUndefined();
    expect(suggestByFlippedClaim('判断：发展对象成为预备党员后，入党介绍人还要继续帮助他。', [rules])).toBeUndefined();
    expect(suggestByFlippedClaim('预备党员能当入党介绍人吗？', [rules])).toBeUndefined();
  });

  it('reads no denial in a condition, a kind named by what it lacks, or a case the next clause answers', () => {
    const cases = hit(
      '不设委员会的党支部，书记由党员大会选举产生。党员因故不能参加组织生活，应当事先请假。受撤销党内职务处分的，二年内不得在党内担任原职务。',
    );
    expect(suggestByFlippedClaim('判断：党支部书记由党员大会选举产生。', [cases])).toBeUndefined();
    expect(suggestByFlippedClaim('判断：党员因故参加组织生活的，会后要补学。', [cases])).toBeUndefined();
    expect(suggestByFlippedClaim('判断：受留党察看处分的党员，在党内担任的职务自然撤销。', [cases])).toBeUndefined();
  });

  it('is false where it says a right denied may be used', () => {
    const rights = hit('发展对象没有表决权、选举权和被选举权，但可以列席会议、发表意见。');
    expect(suggestByFlippedClaim('判断：发展对象列席支部党员大会，可以发表意见，也可以参加举手表决。', [rights])?.answerTexts).toEqual([
      '错误',
    ]);
    expect(suggestByFlippedClaim('判断：发展对象列席支部党员大会，可以发表意见。', [rights])).toBeUndefined();
  });
});
