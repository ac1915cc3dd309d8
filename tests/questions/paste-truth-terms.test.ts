import { describe, expect, it } from 'vitest';
import { duesForPaste } from '../../bot/features/ask/dues';
import { createFactIndex } from '../../knowledge/facts';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, type PassageHit, resolvePaste } from '../../knowledge/questions/suggest';

/**
 * 判断 pastes a stranger writes (issue 21, paste9): a rule restated with its one telling term swapped (批准 for
 * 备案, 自然日 for 工作日, 流入地 for 流出地, 实到会 for 应到会), and a case told by its counts with more of the case
 * after them (共9名党员, 党员总数8人) or the user's words after its brackets. The passages are written for the test.
 */

const passage = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });
const empty = createPasteIndex([]);
const noFacts = createFactIndex([]);
const solve = async (raw: string, hits: PassageHit[] = []) =>
  outcomeAnswer(await resolvePaste(empty, raw, async () => hits, duesForPaste, noFacts));

describe('a rule restated with its telling term swapped', () => {
  const withdrawal = passage('党员享有退党的自由。党员本人要求退党的，由支部大会讨论后宣布将其除名，并报上级党组织备案。');
  it('is not stated by the sentence that says the other term (批准 where it says 备案)', async () => {
    expect(await solve('党员本人要求退党的，经支部大会讨论后宣布除名，并须报上级党组织批准。', [withdrawal])).toBe('错误');
    expect(await solve('党员本人要求退党的，经支部大会讨论后宣布除名，并报上级党组织备案。', [withdrawal])).toBe('正确');
  });

  it('reads 流入地 for 流出地 and 实到会 for 应到会 as another rule', async () => {
    const mobile = passage('谁来管：流动党员由流出地党组织负责教育管理，流入地党组织协助。');
    expect(await solve('判断：流动党员由流入地党组织负责教育管理，流出地党组织协助。（ ）', [mobile])).toBe('错误');
    const voting = passage('支部党员大会表决：赞成人数超过应到会有表决权党员的半数，才算通过。');
    expect(await solve('判断：支部党员大会表决时，赞成人数超过实到会有表决权党员的半数，才算通过。（ ）', [voting])).toBe('错误');
  });
});

describe('a case told by its counts', () => {
  const committee = passage(
    '是否设委员会，看正式党员人数：\n- 有正式党员7人以上的党支部，应当设立支部委员会。\n- 正式党员不足7人的党支部，不设支部委员会，由党员大会选举书记1名。',
  );
  it('reads what follows from the case, not the rest of the case (共9名党员, 党员总数8人)', async () => {
    expect(await solve('判断题 某支部有正式党员5名、预备党员4名，共9名党员，应当设立支部委员会。（ ）', [committee])).toBe('错误');
    expect(await solve('判断：某支部有正式党员6名、预备党员2名，党员总数8人，已达到7人以上，应当设立支部委员会。', [committee])).toBe(
      '错误',
    );
  });

  it('leaves out the user’s words after a 判断’s brackets', async () => {
    expect(
      await solve('判断题 某支部有正式党员5名、预备党员4名，共9名党员，应当设立支部委员会。（ ） 我们支部就是这个情况', [committee]),
    ).toBe('错误');
  });

  it('is no statement when it is said to be a choice or asks (怎么设？)', async () => {
    expect(
      await solve(
        '单选： 某支部有正式党员5名、预备党员3名，一共8个人。这个支部应该怎么设？ A 8个人超过7个，要设支部委员会 B 不设支部委员会',
        [committee],
      ),
    ).not.toBe('正确');
  });
});

describe('a statement whose last words the evidence uses to name someone (…有报销权的人员)', () => {
  const claims = passage('审议困难党员补助的支部委员会，到会有签字权的委员必须超过应到会委员的半数；');
  it('is not stated by a sentence where its words modify a noun', async () => {
    expect(await solve('判断：困难党员列席支部委员会，有签字权。（ ）', [claims])).toBeUndefined();
  });

  it('is still stated where the words are said of the subject', async () => {
    const said = passage('困难党员列席支部委员会时可以发表意见，有签字权。');
    expect(await solve('判断：困难党员列席支部委员会，有签字权。（ ）', [said])).toBe('正确');
  });
});
