import { describe, expect, it } from 'vitest';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, type PassageHit, resolvePaste } from '../../knowledge/questions/suggest';

/**
 * Issue 21, paste13: a count rule for founding a body (有正式党员3人以上的，应当成立党组织) is the condition for it: a
 * statement that a case meets it is as true as the case's count of 正式党员 — given, or the members less the
 * 预备党员 among them. Sentences written for the test.
 */

const rule: PassageHit = {
  text: '设立条件：基层单位有正式党员3人以上的，都应当成立党的基层组织。预备党员不计入这3人。',
  coverage: 1,
  source: 'handbook:test',
  title: '测试手册',
};
const index = createPasteIndex([]);
const answer = async (raw: string) => outcomeAnswer(await resolvePaste(index, raw, async () => [rule]));

describe('a case said to meet a founding condition', () => {
  it('is false below the count of 正式党员, true at it', async () => {
    expect(await answer('判断：某合作社有正式党员2名、预备党员3名，共5名党员，已经符合成立党组织的条件。')).toBe('错误');
    expect(await answer('判断：食堂班组有党员4人，其中2人是预备党员，食堂班组可以单独成立党组织。')).toBe('错误');
    expect(await answer('判断：某合作社有正式党员3名、预备党员1名，已经达到成立党组织的人数条件。')).toBe('正确');
  });

  it('says nothing where the statement denies it, or the 正式党员 cannot be told', async () => {
    expect(await answer('判断：某合作社有正式党员2名、预备党员3名，还不符合成立党组织的条件。')).toBeUndefined();
    expect(await answer('判断：某合作社共有党员5名，可以单独成立党组织。')).toBeUndefined();
  });
});
