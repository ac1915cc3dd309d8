import { describe, expect, it } from 'vitest';
import { optionSupport, type PassageHit, searchPerOption, suggestFromHandbook } from '../../knowledge/questions/suggest';

/**
 * Evidence gathered per option (knowledge/questions/suggest.ts: searchPerOption, optionPassages): a 多选 whose
 * statements are worded unlike its stem is judged against the passage each option's own search finds, not only
 * the passages found for the stem. The passages are written for the test.
 */

const passage = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });

const STEM =
  '【多选】关于社区志愿服务队的值班，下列说法正确的有（ ） A.值班一律实行轮换 B.值班记录由当班队长签字 C.值班可以用志愿时长兑换现金';
// Found for the stem: about the duty roster, but it names none of the options.
const forStem = [passage('社区志愿服务队的值班由服务队队委会研究安排，值班表每季度公布一次。')];
// Found for options A and B: the paragraph that states them, in words the stem does not have.
const rules = passage('队员值班一律实行轮换，每人每月不少于两次。值班记录由当班队长签字后交服务站存档。');

describe('judging each option against the passage its own search finds', () => {
  it('abstains on the stem passages alone, and picks the stated options once their paragraph is found for them', () => {
    expect(suggestFromHandbook(STEM, forStem).kind).toBe('abstain');
    const out = suggestFromHandbook(STEM, forStem, [], [[rules], [rules], [passage('志愿服务不以营利为目的。')]]);
    expect(out).toMatchObject({ kind: 'hedged', choice: ['A', 'B'] });
    // The 依据 is a sentence the passage says, word for word.
    if (out.kind === 'hedged') expect(rules.text).toContain(out.sentence);
  });

  it('leaves an option out only when its own passages do not speak of it either', () => {
    const stem = `${STEM} D.值班表由街道统一张贴在服务站门口`;
    // What D's own search finds has much of its wording without stating it: D may be right in other words.
    const aboutD = passage('值班表张贴在服务站活动室门口，便于队员查看。');
    expect(suggestFromHandbook(stem, forStem, [], [[rules], [rules], [], [aboutD]]).kind).toBe('abstain');
  });

  it('searches each option with the stem’s subject, and not for a statement judged true or false', async () => {
    const asked: string[] = [];
    const search = async (query: string) => {
      asked.push(query);
      return [];
    };
    await searchPerOption('关于值班，下列说法正确的有（ ） A.一律轮换 B.队长签字', search);
    expect(asked).toHaveLength(2);
    expect(asked[0]).toContain('值班');
    expect(asked[0]).toContain('一律轮换');
    expect(await searchPerOption('值班一律轮换。（ ） A.正确 B.错误', search)).toEqual([]);
  });
});

describe('an option with 一 inside a word', () => {
  it('is not read as a number that must appear word for word (一律 is no amount)', () => {
    const hit = passage('评选办法：一律实名投票，结果当场公布。');
    const [support] = optionSupport(
      ['一律采用实名投票'],
      [{ text: '评选办法：一律实名投票，结果当场公布。', truth: true, hit, basis: 'handbook' }],
    );
    expect(support?.absent).toBe(false);
    expect(support?.share).toBeGreaterThan(0.5);
    // A real number still is: 三次 is not in a sentence that says 两次.
    const [count] = optionSupport(['每月值班三次'], [{ text: '每人每月值班两次。', truth: true, hit, basis: 'handbook' }]);
    expect(count?.share).toBe(0);
  });
});
