import { describe, expect, it } from 'vitest';
import { isClosingPlea, withoutClosingPleas } from '../../knowledge/facts/closing-pleas';
import { matchedAnswer, matchedIds } from '../helpers/facts';

/**
 * A situation told before a fact's own question (issue 22, 案例题, cases2): who asked, something about them that does
 * not change the fact, and a link to the question. Two classes kept the fact layer from finding the question: a
 * closing on the asker's own plight (这可咋整, 我都不知道咋回她, 谁知道啊) read as a second question no fact answers,
 * and a told part run on before the question with no mark, whose words drowned the question's own. A told detail that
 * does change the fact (an age below the threshold, too few members) still gets the worked verdict. Every sentence here
 * is written for this test.
 */

describe('a closing on the asker’s plight after the question is not a question of its own', () => {
  it('answers the question before 这可咋整, 咋回她 and 谁知道啊', () => {
    expect(matchedIds('我大舅，在砖厂烧窑，支委会要多少委员到会才能开，这可咋整')).toEqual(['life.committee.quorum']);
    expect(matchedIds('我表姐，在幼儿园当老师，入党介绍人要几个，我都不知道咋回她')).toEqual(['develop.introducers']);
    expect(matchedIds('我们那个片警老周，刚调过来没多久，预备期是多长时间，谁知道啊')).toEqual(['member.probation.length']);
  });
  it('keeps a what-to-do said after a told problem, or before another question', () => {
    const told = '村里几个老党员腿脚不好下不了楼，集中学习来不了，这咋整';
    expect(withoutClosingPleas(told)).toBe(told);
    const opens = '有个党员非要退党，咋整，是报镇党委批准吗';
    expect(withoutClosingPleas(opens)).toBe(opens);
  });
  it('keeps a what-to-do after a try that failed (说了几回还是没改): 还是 there is "still", not "or"', () => {
    const tried = '有个党员总不参加学习，谈了几回还是没改，咋办';
    expect(withoutClosingPleas(tried)).toBe(tried);
    expect(withoutClosingPleas('入党申请书手写还是不手写，咋整')).toBe('入党申请书手写还是不手写');
  });
  it('keeps a what-to-do that is the only question', () => {
    expect(withoutClosingPleas('党员半年没交党费，咋办')).toBe('党员半年没交党费，咋办');
    expect(matchedIds('党员半年没交党费，咋办')).toHaveLength(1);
  });
  it('takes only a bare closing: one that says what it is about stays', () => {
    expect(isClosingPlea('这可咋整')).toBe(true);
    expect(isClosingPlea('我也不知道咋回他')).toBe(true);
    expect(isClosingPlea('不够的话咋整')).toBe(false);
    expect(isClosingPlea('转正手续咋办')).toBe(false);
    expect(withoutClosingPleas('支委会几个委员到会能开，不到半数咋办')).toBe('支委会几个委员到会能开，不到半数咋办');
  });
  it('drops a what-to-do run on after a question word, not one after a told count', () => {
    expect(withoutClosingPleas('党小组会由谁主持咋整')).toBe('党小组会由谁主持');
    expect(withoutClosingPleas('党员不交党费咋整')).toBe('党员不交党费咋整');
  });
});

describe('a situation told with no mark before the question', () => {
  it('finds the question after a long told part', () => {
    expect(matchedIds('我们小区看大门的刘师傅闺女在省城读研究生托我打听党小组会由谁主持')).toEqual(['life.group.chair']);
  });
  it('keeps what qualifies the subject with the question, or answers nothing', () => {
    const ids = matchedIds('我们社区的老孙退休前在粮站上班机关和国企的支部书记由谁担任');
    expect(ids).not.toContain('branch.secretary.elect');
  });
  it('still works a told age below the threshold into the verdict', () => {
    const q = '我们小区看大门的刘师傅闺女在省城读研究生他侄子今年十六岁托我打听多大年龄可以申请入党';
    expect(matchedIds(q)).toEqual(['member.age']);
    expect(matchedAnswer(q)).toContain('还不满十八岁');
  });
  it('still works a told count below the threshold into the verdict', () => {
    const q = '我朋友在物流公司上班他们那只有2个正式党员让我问问成立党支部要几个正式党员';
    expect(matchedAnswer(q)).toContain('不足3人');
  });
});
