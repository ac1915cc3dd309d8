import { describe, expect, it } from 'vitest';
import { computeDues, describeDues, parseDuesRequest } from '../../bot/features/ask/dues';
import { overlapWorked } from '../../knowledge/facts/dates';
import { withVerdict } from '../../knowledge/facts/verdict';
import { matchedAnswer, matchedIds } from '../helpers/facts';

/**
 * Told cases (issue 22, facts36): a situation with numbers or events, then a question whose answer is the rule applied
 * to them. The verdict and the worked number come first; where the case cannot be worked out, the rule alone. Every
 * sentence and number here is written for this test.
 */

describe('an election told with its attendance is judged against four fifths', () => {
  it('finds the quorum rule when the ask is typed with spaces and a filler after it', () => {
    const q = '村里换届选举 应到有选举权的40个 今天到了31个 能开始选了不 快快快';
    expect(matchedIds(q)[0]).toBe('branch.election.quorum');
    const answer = matchedAnswer(q);
    expect(answer.startsWith('不能。')).toBe(true);
    expect(answer).toContain('到会至少要33人');
  });
  it('answers how many must come to an election some cannot attend with the rule, no count being told', () => {
    const q = '下礼拜支部改选 好几个党员请假来不成 到底要到多少人才算数';
    expect(matchedIds(q)[0]).toBe('branch.election.quorum');
    expect(matchedAnswer(q)).toContain('五分之四');
  });
});

describe('several candidates voted on are each judged against half of those entitled', () => {
  it('says which passed first, counting from those entitled, not those present', () => {
    const q =
      '昨晚支部大会讨论接收三个发展对象，应到有表决权的党员16人，实到13人，第一个9票赞成，第二个8票赞成，第三个10票赞成，哪几个通过了';
    const answer = matchedAnswer(q);
    expect(answer.startsWith('9票的通过，8票的没通过，10票的通过')).toBe(true);
    expect(answer).toContain('超过8票');
  });
  it('says first whether one vote told passed', () => {
    const answer = matchedAnswer('支部大会表决，应到会有表决权的党员30人，实到20人，赞成14票，这个决议通过了没有');
    expect(answer.startsWith('不能通过')).toBe(true);
    expect(answer).toContain('至少要16票');
  });
});

describe('the seats to fill, not the members counted, give the least candidates', () => {
  it('reads the seats after 应选 with the members told before them', () => {
    const q = '我们支部有正式党员31名、预备党员3名，这次换届应选委员7名，候选人最少报几个';
    expect(matchedIds(q)[0]).toBe('branch.election.margin');
    expect(matchedAnswer(q).startsWith('按你说的应选7名，候选人至少9名')).toBe(true);
  });
});

describe('a second 处分 dated by the months of the year it came in', () => {
  it('works out what is left of the first and adds the second', () => {
    const worked = overlapWorked('前年11月给了他警告处分，去年5月又给了个撤销党内职务');
    expect(worked).toContain('过了6个月还剩6个月');
    expect(worked).toContain('共30个月（2年6个月）');
  });
  it('answers such a case with the overlap rule, the worked length first', () => {
    const q = '有个党员去年10月挨了严重警告 今年4月又要给一个警告 影响期咋算';
    expect(matchedIds(q)[0]).toBe('discipline.influence.overlap');
    expect(matchedAnswer(q).startsWith('按你说的：严重警告的影响期18个月')).toBe(true);
    expect(matchedAnswer(q)).toContain('共24个月（2年）');
  });
  it('works nothing out when one year is said and the other is not, or the second is not later', () => {
    expect(overlapWorked('2024年3月受了警告处分，去年8月又受严重警告')).toBeUndefined();
    expect(overlapWorked('今年5月受了警告处分，今年2月又受严重警告')).toBeUndefined();
  });
});

describe('a retiree’s pension told beside what is paid now', () => {
  const reply = (text: string) => {
    const request = parseDuesRequest(text);
    if (!request) throw new Error(`not a dues question: ${text}`);
    return describeDues(computeDues(request));
  };
  it('computes the retiree rate on the pension and judges what is paid, with no asking back', () => {
    const text = '我爸退休了，养老金每月7200元，他按在职的1.5%每月交108元，是不是交多了';
    const answer = reply(text);
    expect(answer.startsWith('应交 72 元/月；按你说的每月交 108 元，交多了，每月多交36元。')).toBe(true);
    expect(answer).not.toContain('分不清');
  });
  it('still asks which figure is the base when a pay is told beside the pension', () => {
    expect(parseDuesRequest('退休金4600，返聘工资3500，党费交多少')?.unclear).toBe(true);
  });
});

describe('the steps before 除名, who decides, and the one who applies', () => {
  it('answers whether the branch alone may cancel a probationer, asked whether it goes up, with both steps', () => {
    const answer = matchedAnswer('小李预备期满了表现一般，支部能不能直接取消他预备党员资格，要报上级吗');
    expect(answer).toContain('支部大会');
    expect(answer).toContain('报上级');
  });
  it('answers a 不合格 member put out at once with the steps before it', () => {
    const answer = matchedAnswer('年底评议有个党员被评为不合格 支委说直接开会把他除名就完事了 行吗');
    expect(answer).toContain('限期改正');
    expect(answer).toContain('劝其退党');
  });
  it('says 要 first when asked whether one writes one’s own application, as the fact says 本人要', () => {
    const fact = '转正的一般程序：本人要提出书面转正申请，党小组提出意见。';
    expect(withVerdict('转正需要自己交申请吗', fact)?.startsWith('需要。')).toBe(true);
    // A fact that does not say who must do it settles nothing.
    expect(withVerdict('转正需要自己交申请吗', '转正申请由党小组提出意见。')).toBeUndefined();
  });
});
