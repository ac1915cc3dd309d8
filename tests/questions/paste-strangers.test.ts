import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, resolvePaste } from '../../knowledge/questions/suggest';

/**
 * Cases told the way strangers tell them (issue 21, fifth round): the members with a vote counted as 正式党员25名
 * （均有表决权）, 25名有表决权的党员 or 正式党员二十四名, not only as 应到 or 有表决权的党员N名.
 */

const empty = createPasteIndex([]);
const solve = async (raw: string) => outcomeAnswer(await resolvePaste(empty, raw, async () => [], undefined, createFactIndex([])));

describe('the members with a vote, however the case counts them', () => {
  it('reads the number before 有表决权的党员 and after 正式党员', async () => {
    expect(
      await solve('某支部共有25名有表决权的党员，讨论接收预备党员，当天实到18人。至少要有几人赞成才能通过？\nA.10人 B.12人 C.13人 D.18人'),
    ).toBe('C');
    expect(
      await solve('某支部共有正式党员25名（均有表决权），实到21人。决议要通过，赞成票至少需要（ ）票。\nA. 11 B. 12 C. 13 D. 17'),
    ).toBe('C');
    expect(await solve('某村支部有正式党员二十四名，表决事项赞成的至少要（ ）人才能通过\nA.12 B.13 C.按实际到会人数过半 D.16')).toBe('B');
  });

  it('does not count 正式党员 as voters when the case takes a vote away', async () => {
    expect(
      await solve('某支部有正式党员25名，其中1名正在留党察看，实到21人。决议要通过，赞成票至少需要（ ）票。\nA. 11 B. 12 C. 13 D. 17'),
    ).toBeUndefined();
  });
});
