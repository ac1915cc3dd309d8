import { describe, expect, it } from 'vitest';
import { matchedAnswer, matchedIds } from '../helpers/facts';

/**
 * The fact layer on the tenth round (issue 22): classes of the rotated writers' misses, each shown with wordings
 * written for this test, not taken from any writer's set.
 */
describe('an election quorum worked out on the attendance the question gives', () => {
  it('says an election with too few present is not valid', () => {
    const answer = matchedAnswer('换届选举时应到会有选举权的党员30人，实际到了23人，这次选举还有效吗');
    expect(answer).toContain('到会至少要25人');
    expect(answer).toContain('实到23人，没有超过五分之四（不到25人），选举无效');
  });
  it('says an election with enough present is valid', () => {
    expect(matchedAnswer('支部换届，有选举权的党员20名，当天来了17人，选举有效吗')).toContain('实到17人，够了，选举有效');
  });
});

describe('the approval of a 预备党员 worked out on the day the 支部大会 admitted them', () => {
  it('gives the last day, said without a year where the asker gives none', () => {
    const answer = matchedAnswer('我们11月20日开支部大会接收了一名预备党员，上级党委最晚什么时候要批下来');
    expect(answer).toContain('最迟在次年2月20日前审批');
    expect(answer).toContain('不得晚于次年5月20日');
  });
});

describe('a choice between two spans asks how long', () => {
  it('answers 三年还是五年 by the term, the subject said only as 一届', () => {
    expect(matchedIds('快换届了，一届是三年还是五年')).toEqual(['branch.term']);
  });
});

describe('the emblem used in trade, named by the thing it is put on', () => {
  it('answers a shop sign or a product package by the rule on commercial use', () => {
    expect(matchedIds('饭店老板想在门口招牌上印党徽，可以吗')).toEqual(['member.emblem.use']);
    expect(matchedIds('合作社想把党旗印在农产品包装上拿去卖，行不行')).toEqual(['member.emblem.use']);
    expect(matchedIds('党徽是什么样子')).toEqual(['member.emblem']);
  });
});

describe('a crime named as not committed', () => {
  it('is answered by the rule on offences short of a crime, not by the rules on sentences', () => {
    expect(matchedIds('村里一个党员打架被派出所拘留了十天，不构成犯罪，要给处分吗')).toEqual(['discipline.minor-offence']);
    expect(matchedIds('党员酒驾被罚款了，没够上犯罪，支部怎么处理')).toEqual(['discipline.minor-offence']);
    expect(matchedIds('党员犯罪被判了三年，怎么处分')).toEqual(['discipline.crime']);
  });
});

describe('a rule worked on the members the question counts', () => {
  it('answers whether so few may form a branch before how a branch is approved', () => {
    const found = matchedIds('仓库那边正式党员两名、预备党员四名，可以自己单独成立党支部不？不可以的话咋整');
    expect(found[0]).toBe('branch.setup.min');
    expect(matchedAnswer('仓库那边正式党员两名、预备党员四名，可以自己单独成立党支部不？不可以的话咋整')).toContain('不足3人');
  });
  it('does not read seats to fill as members counted', () => {
    expect(matchedIds('下月换届准备选7个委员，候选人起码得提多少个')).toEqual(['branch.election.margin']);
  });
});

describe('situations and questions told in other words than the records had', () => {
  it('asks whether 持证上岗 is a central rule by naming the centre or the localities', () => {
    expect(matchedIds('社区通知要推行党务工作者持证上岗，这是国家统一规定的吗，还是各地自己定的')).toEqual(['cert.what']);
    expect(matchedAnswer('持证上岗是什么')).toContain('福泉市委组织部2022年的方案');
  });
  it('tells a change of 党务 staff as someone leaving and a newcomer', () => {
    expect(matchedIds('党务人员调离了，新人接手以后，多少天之内报给组织部')).toEqual(['cert.filing']);
  });
  it('tells an unqualified member as one who no longer meets the conditions', () => {
    expect(matchedIds('有个党员已经不具备党员条件了，支部怎么处置，能直接除名吗')).toEqual(['member.unqualified']);
    expect(matchedIds('党员不来学习怎么处理')).toEqual(['member.education.duty']);
  });
});

describe('which step of a numbered list', () => {
  it('names the step’s place and stage first', () => {
    expect(matchedAnswer('发展党员二十五个步骤中，政治审查是哪一步')).toMatch(/^政治审查是第10步（发展对象的确定和考察阶段）。/);
  });
  it('gives the list alone for a step named twice or not asked', () => {
    expect(matchedAnswer('入党的时候上级党委审批是第几步')).toMatch(/^二十五个步骤/);
    expect(matchedAnswer('发展党员二十五个步骤分别是什么')).toMatch(/^二十五个步骤/);
  });
});

describe('awards and their quotas', () => {
  it('are not answered by how many members a branch needs', () => {
    expect(matchedIds('评优秀党员，上面分给我们支部几个名额，我们有30个党员')).toEqual([]);
  });
  it('still find the rules that name them', () => {
    expect(matchedIds('党费能不能用来表彰先进党员')).toEqual(['dues.use']);
  });
});

describe('a temporary setting matters to setting up an organisation only', () => {
  it('does not keep the rule for every member’s 党费 from a member of a 项目部', () => {
    expect(matchedIds('工地项目部的党员一年到头在外地，党费可以按季度交吗')).toEqual(['dues.monthly']);
  });
  it('still keeps the rule for a standing branch from a project', () => {
    expect(matchedIds('项目部工期8个月，正式党员5个，能成立党支部吗')).toEqual(['branch.setup.project']);
  });
});

describe('a subject said several ways', () => {
  it('outweighs a neighbour found on the scheme’s name and a question word', () => {
    expect(matchedIds('我们社区出纳小李要调到街道去了 换个新人来接手党务 持证上岗那边要好久之内报给组织部')).toEqual(['cert.filing']);
  });
});
