import { describe, expect, it } from 'vitest';
import { judgeByValues } from '../../knowledge/questions/fact-values';
import { parsePasted } from '../../knowledge/questions/paste';

/**
 * Issue 21, paste13: a rule that gives the branch's leaders their own value (书记和班子成员 56, 党员 32) answers a blank
 * with the clause of the role asked — named in the blank's clause, or earlier in the stem — and refuses a blank
 * asking the difference between the two. Sentences written for the test.
 */

const rule = '党员每年参加集中学习培训一般不少于32学时；基层党组织书记和班子成员每年一般不少于56学时。';
const fill = (raw: string) => judgeByValues(parsePasted(raw), parsePasted(raw).stem, rule)?.answerTexts;

describe('a blank asked of one role', () => {
  it('takes the value of that role', () => {
    expect(fill('我在村里当支部书记，今年参加集中学习培训攒了40个学时，按要求我还差（ ）个学时。')).toEqual(['16']);
    expect(fill('填空：作为普通党员，每年的集中学习培训一般不少于（ ）学时。')).toEqual(['32']);
    expect(fill('我是社区党委书记，一年集中学习培训一般不少于____学时，我们支部的普通党员一般不少于____学时。')).toEqual(['56', '32']);
  });

  it('refuses a difference between the roles, or a clause naming both', () => {
    expect(fill('填空：支部书记每年集中学习培训比普通党员多（ ）学时。')).toBeUndefined();
  });
});
