import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { fixDomainTypos } from '../../knowledge/facts/clean';
import { suggestByMeetingCloze } from '../../knowledge/questions/meeting-cloze';
import { suggestByOrgMeasure } from '../../knowledge/questions/org-measures';
import { otherBoundUnsaid, plainBoundWords } from '../../knowledge/questions/other-bound';
import { createPasteIndex, parsePasted } from '../../knowledge/questions/paste';
import { cleanPaste } from '../../knowledge/questions/paste-noise';
import { asksPlace } from '../../knowledge/questions/place-blank';
import { plainShares } from '../../knowledge/questions/share-words';
import { outcomeAnswer, type PassageHit, resolvePaste } from '../../knowledge/questions/suggest';
import { echoedFillStatement } from '../../knowledge/questions/trailing-box';

/**
 * paste35: classes behind the misses of hailan, jianhua, jianxin, jiaying and older tuning leftovers (dezhi, laoma).
 * Sentences written for the test; a youth league's rules stand in for the handbook's where a passage is given.
 */

const passage = (text: string): PassageHit => ({ text, coverage: 0.9, source: 'handbook:test', title: '测试手册 › 团员' });
const answer = async (raw: string, passages: PassageHit[]) =>
  outcomeAnswer(await resolvePaste(createPasteIndex([]), raw, async () => passages, undefined, createFactIndex([])));

describe('a statement of one side of a length bounded on both sides', () => {
  const rule = passage('团员考察期满还需要继续考察的，可以延长考察期，但延长不能少于三个月，最长不超过六个月。');

  it('is not read as denied by the other side’s 不 (不能少于)', async () => {
    expect(await answer('【判断】还需要继续考察的团员，可以延长考察期，但延长时间最长不超过六个月。', [rule])).toBe('正确');
  });

  it('is still judged by its own side’s value', async () => {
    expect(await answer('【判断】还需要继续考察的团员，可以延长考察期，但延长时间最长不超过三个月。', [rule])).not.toBe('正确');
    expect(await answer('【判断】还需要继续考察的团员，可以延长考察期，但延长时间不能少于六个月。', [rule])).not.toBe('正确');
  });

  it('leaves out only the other side’s clause, and only when the statement’s own bound is the rule’s', () => {
    const span = '可以延长考察期，但延长不能少于三个月，最长不超过六个月';
    expect(otherBoundUnsaid('但延长不能少于三个月', '可以延长考察期，延长时间最长不超过六个月', span)).toBe(true);
    expect(otherBoundUnsaid('但延长不能少于三个月', '可以延长考察期，延长时间最长不超过三个月', span)).toBe(false);
    expect(otherBoundUnsaid('但延长不能少于三个月', '可以延长考察期，延长时间不能少于六个月', span)).toBe(false);
  });
});

describe('a fill that says again the value written before the closing box', () => {
  const rule = passage('团员不足三人的团支部，不设团支部委员会，由团员大会选举书记1名。');

  it('shows the box is a 判断’s mark: the statement is judged', async () => {
    expect(await answer('9.团员不足三人的团支部，不设委员会，由团员大会选一名书记（ ）', [rule])).toBe('正确');
  });

  it('is no echo when the stem writes another value, or the blank asks one', () => {
    const hedged = (text: string) => ({
      kind: 'hedged' as const,
      choice: [],
      answerTexts: [text],
      sentence: '',
      passage: rule,
      basis: 'handbook' as const,
    });
    expect(echoedFillStatement('团员不足三人的团支部，由团员大会选两名书记（ ）', hedged('1名'))).toBeUndefined();
    expect(echoedFillStatement('团员不足三人的团支部，由团员大会选举书记（ ）名', hedged('1'))).toBeUndefined();
    expect(echoedFillStatement('【填空】由团员大会选一名书记（ ）', hedged('1名'))).toBeUndefined();
  });
});

describe('a blank asking which one (an ordinal, a calendar year)', () => {
  it('is told from a count or a period', () => {
    expect(asksPlace('团的第', '次代表大会')).toBe(true);
    expect(asksPlace('这次大会', '年在北京召开')).toBe(true);
    expect(asksPlace('该办法', '年印发')).toBe(true);
    expect(asksPlace('团的代表大会每', '年举行一次')).toBe(false);
    expect(asksPlace('连续', '年在团内任职')).toBe(false);
    expect(asksPlace('团员大会一般每', '个月召开一次')).toBe(false);
  });

  it('is not filled with a rule’s count or period', async () => {
    const raw = '填空：党的第（ ）次全国代表大会通过了新的章程，这次大会（ ）年在北京召开。';
    const outcome = await resolvePaste(createPasteIndex([]), raw, async () => []);
    expect(outcomeAnswer(outcome)).toBeUndefined();
  });
});

describe('an app’s name over the line naming the type', () => {
  it('is a header: the type is kept', () => {
    const cleaned = cleanPaste('青年之声\n判断题\n团员每年应当参加团日活动。\n正确  错误');
    expect(parsePasted(cleaned)).toMatchObject({ stem: '团员每年应当参加团日活动。', declaredType: '判断' });
  });

  it('stays when it is the question itself', () => {
    expect(parsePasted(cleanPaste('团员每年应当参加几次团日活动？\n单选题')).stem).toContain('团日活动');
  });
});

describe('a meeting’s quorum said as 过半数 … 到场', () => {
  const rule = passage('团支委会必须有半数以上委员到会才能进行。团支委会由书记召集。');

  it('is the rule’s 半数以上 … 到会', async () => {
    expect(await answer('判断：团支委会要有过半数的委员到场才能开。', [rule])).toBe('正确');
  });

  it('is not when the share is another', async () => {
    expect(await answer('判断：团支委会要有三分之二的委员到场才能开。', [rule])).not.toBe('正确');
  });
});

describe('which measures are the 组织处置 of a member no longer qualified', () => {
  it('are the handbook’s three, never a 党纪处分', () => {
    const picked = suggestByOrgMeasure(
      '【多选】对不再具备党员条件的党员，可以采取的组织处置措施有（ ） A.劝其退党 B.留党察看 C.限期改正 D.除名',
    );
    expect(picked?.kind === 'hedged' && picked.choice).toEqual(['A', 'C', 'D']);
    const not = suggestByOrgMeasure('【单选】下列不属于组织处置措施的是（ ） A.除名 B.限期改正 C.开除党籍 D.劝退');
    expect(not?.kind === 'hedged' && not.choice).toEqual(['C']);
  });

  it('are not answered when an option is neither, and no reading picks the 处分', async () => {
    const raw = '【多选】对不再具备党员条件的党员，可以采取的组织处置措施有（ ） A.批评帮助 B.除名 C.劝其退党 D.开除党籍';
    expect(suggestByOrgMeasure(raw)).toEqual({ kind: 'abstain' });
    expect(suggestByOrgMeasure('【多选】下列属于党纪处分的有（ ） A.警告 B.除名 C.留党察看 D.劝退')).toBeUndefined();
  });
});

describe('a cloze of how often meetings are held', () => {
  it('fills each blank with the interval of the meeting its clause names', () => {
    const two = suggestByMeetingCloze('填空：支委会通常每（ ）开一次，支部党员大会通常每（ ）开一次');
    expect(two?.kind === 'hedged' && two.answerTexts).toEqual(['月', '季度']);
    expect(two?.kind === 'hedged' && two.more?.length).toBe(1);
    const same = suggestByMeetingCloze('党小组会和支委会一般每（ ）召开一次');
    expect(same?.kind === 'hedged' && same.answerTexts).toEqual(['月']);
  });

  it('is not answered for 党课, or two meetings of different intervals', () => {
    expect(suggestByMeetingCloze('填空：党课一般每（ ）安排一次')).toBeUndefined();
    expect(suggestByMeetingCloze('填空：党课通常每（ ）开一次')).toEqual({ kind: 'abstain' });
    expect(suggestByMeetingCloze('党员大会和党小组会一般每（ ）召开一次')).toEqual({ kind: 'abstain' });
  });

  it('leaves blanks that ask another thing', () => {
    expect(suggestByMeetingCloze('填空：党小组会一般由（ ）召集')).toBeUndefined();
  });
});

describe('党贵 typed for 党费', () => {
  it('is read as 党费, 贵 as a word of its own stays', () => {
    expect(fixDomainTypos('退休党员每月交党贵按什么算')).toBe('退休党员每月交党费按什么算');
    expect(fixDomainTypos('入党贵在真心')).toBe('入党贵在真心');
  });

  it('lets the statement be judged', async () => {
    const rule = passage('整个收入只适用一档比例，不分段累进：把收入拆成几段各按一档算再加总，是错误的。');
    expect(await answer('3.某党员月收入8000元，应把收入拆成几段各按一档算党贵再加总。（ ）', [rule])).toBe('错误');
  });
});

describe('an act named by who does it (党员要求退党, 被除名)', () => {
  const rule = passage('退党和除名都不属于党纪处分，与开除党籍不同。');

  it('is the act the rule names', async () => {
    expect(await answer('【判断】党员本人要求退党和被除名，都不属于党纪处分。', [rule])).toBe('正确');
  });

  it('keeps the statement’s polarity', async () => {
    expect(await answer('【判断】党员本人要求退党和被除名，都属于党纪处分。', [rule])).not.toBe('正确');
  });
});

describe('a share said as 一半', () => {
  it('is the rules’ 半数 after 的 or 过 and before 以上, and a count elsewhere', () => {
    expect(plainShares('赞成的要超过到会团员的一半')).toBe('赞成的要超过到会团员的半数');
    expect(plainShares('到会的超过一半就行')).toBe('到会的超过半数就行');
    expect(plainShares('一半以上委员到会')).toBe('半数以上委员到会');
    expect(plainShares('一半团员在外地打工')).toBe('一半团员在外地打工');
  });

  it('lets the blank be aligned with the rule', async () => {
    const rule = passage('团员大会表决时，赞成人数超过应到会团员的半数，决议才有效。');
    const raw = '【单选】团员大会表决时，赞成的人数要超过（ ）的一半，决议才有效 A.实际到会的团员 B.应到会团员 C.全体团员和列席人员';
    expect(await answer(raw, [rule])).toBe('B');
  });
});

describe('a statement closed by its box right after its consequence (…到会方可召开)', () => {
  const rule = passage('团支委会须有半数以上委员到会方可进行。');

  it('is judged as a statement', async () => {
    expect(await answer('7.团支委会须有半数以上委员到会方可召开（ ）', [rule])).toBe('正确');
  });

  it('is not when another share is said', async () => {
    expect(await answer('7.团支委会须有三分之二以上委员到会方可召开（ ）', [rule])).not.toBe('正确');
  });
});

describe('an option of two bounds worded as 不少于…、不超过…', () => {
  it('is the rule’s 不能少于…，不超过… word for word', () => {
    expect(plainBoundWords('不能少于三个月，最长不超过六个月')).toBe(plainBoundWords('不少于三个月、最长不超过六个月'));
    expect(plainBoundWords('不得超过一年')).toBe('不超过一年');
  });

  it('is picked as the stated option', async () => {
    const rule = passage('团员考察期满还需要继续考察的，可以延长考察期，但延长不能少于三个月，最长不超过六个月。');
    const raw =
      '【单选】还需要继续考察的团员，延长考察期的时间应当（ ） A.不超过一个月 B.不少于三个月、最长不超过六个月 C.最长一年 D.由团支部书记定';
    expect(await answer(raw, [rule])).toBe('B');
  });
});

describe('a half year in a statement', () => {
  const rule = passage('需要继续考察的团员，可以延长考察期，延长的时间不能超过一年。');

  it('is a number the rule must state too', async () => {
    expect(await answer('【判断】需要继续考察的团员，可以延长考察期，延长的时间不能超过半年。', [rule])).not.toBe('正确');
    expect(await answer('【判断】需要继续考察的团员，可以延长考察期，延长的时间不能超过一年。', [rule])).toBe('正确');
  });
});
