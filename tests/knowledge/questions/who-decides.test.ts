import { describe, expect, it } from 'vitest';
import type { PassageHit } from '../../../knowledge/questions/suggest';
import { suggestByWhoDecides } from '../../../knowledge/questions/who-decides';

/**
 * A statement handing the 党员大会's decision to one person or a smaller body (issue 21, paste21): false by the
 * sentence that has the meeting decide the same matter. Passages and pastes written for the test.
 */
const hit = (text: string): PassageHit => ({ text, coverage: 0.9, source: 'handbook:test', title: '组织生活' });
const expel = hit('党员连续六个月无正当理由不交党费的，视为自行脱党，由支部大会讨论作出除名决定，并报上级党组织批准。');
const probation = hit('发展党员的关键环节：接收预备党员，必须由支部党员大会讨论表决，党小组只提出意见。');
const judged = (raw: string, hits: PassageHit[]) => suggestByWhoDecides(raw, hits)?.answerTexts[0];

describe('a statement that hands the meeting’s decision to someone else', () => {
  it('is false when one person decides alone', () => {
    expect(judged('判断：老孙连续六个月不交党费，支部书记可以直接宣布对他除名。', [expel])).toBe('错误');
  });

  it('is false when a 党小组 decides', () => {
    expect(judged('判断：人数多的支部，接收预备党员可以由党小组讨论决定。', [probation])).toBe('错误');
  });

  it('is false when the meeting is said to be skipped', () => {
    expect(judged('判断：对自行脱党的党员除名，不需要经过支部大会。', [expel])).toBe('错误');
  });

  it('gives the 错误 option of a lettered 判断', () => {
    expect(suggestByWhoDecides('判断：支委会可以自行决定将自行脱党的党员除名。\nA. 正确\nB. 错误', [expel])?.choice).toEqual(['B']);
  });

  it('says nothing when the statement keeps the meeting, or the sentence is on another matter', () => {
    expect(judged('判断：自行脱党的党员，由支部大会讨论决定除名，报上级党组织批准。', [expel])).toBeUndefined();
    expect(judged('判断：支部书记可以直接宣布会议开始。', [expel])).toBeUndefined();
    // A body above the branch decides many things of its own: not read.
    expect(judged('判断：上级党委可以直接决定对自行脱党的党员除名。', [expel])).toBeUndefined();
  });
});
