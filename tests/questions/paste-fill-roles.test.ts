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

describe('a statement judged by a rule’s values', () => {
  const judge = (raw: string, sentence: string) => judgeByValues(parsePasted(raw), parsePasted(raw).stem, sentence)?.answerTexts;

  it('reads a month of the year as a date, not a length', () => {
    const rule = '支部大会通过接收的预备党员，上级党委要在三个月内审批。';
    expect(judge('判断：小周八月经支部大会通过成为预备党员，十二月上级党委才审批下来，他的预备期从八月算起。', rule)).toBeUndefined();
    expect(judge('判断：支部大会通过接收预备党员后，上级党委要在五个月内审批。', rule)).toEqual(['错误']);
  });

  it('leaves a statement that is the clause it names apart (村、社区) to that clause', () => {
    const rule = '按照中办意见，总支部委员会、支部委员会一般为3年，村、社区党支部委员会为5年。';
    expect(judge('判断：村、社区党支部委员会每届任期一般为5年。', rule)).toBeUndefined();
    expect(judge('判断：企业党支部委员会每届任期一般为5年。', rule)).toEqual(['错误']);
    expect(judge('判断：村党支部委员会和机关党支部委员会的任期都是5年。', rule)).toEqual(['错误']);
  });

  it('counts nothing in an ordinal, and leaves a timeline asking a length to the readers that work out dates', () => {
    expect(judge('判断：1949年召开的第七次会议确立了这一原则。', '会议每五年举行一次，由委员会召集。')).toBeUndefined();
    const raw = '某党员2024年2月受警告处分，同年10月又受严重警告处分，其新的影响期为（ ）。\nA．一年半 B．二年 C．二年半 D．三年';
    expect(judgeByValues(parsePasted(raw), parsePasted(raw).stem, '影响期：警告一年，严重警告一年半，撤销党内职务二年。')).toBeUndefined();
  });
});
