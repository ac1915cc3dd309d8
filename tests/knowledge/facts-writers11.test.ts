import { describe, expect, it } from 'vitest';
import { matchedAnswer, matchedIds } from '../helpers/facts';

/**
 * The fact layer on the eleventh round (issue 22): classes of the misses of the writers moved into tuning (laoma,
 * xiaowen, meizhen, reyila), each shown with wordings written for this test, not taken from any writer's set.
 */
describe('the 支委会 quorum worked out on the 委员 the question counts', () => {
  it('gives the number needed, and judges the attendance told', () => {
    const answer = matchedAnswer('我们支委会共7名委员，今天到了3个，这会能开吗');
    expect(answer).toContain('到会至少要4人');
    expect(answer).toContain('实到3人，不到4人，不能开会');
    expect(matchedAnswer('支委一共三个人，最少来几个才能开支委会')).toContain('到会至少要2人');
  });
  it('does not take the branch’s members for the committee', () => {
    expect(matchedAnswer('支部30个党员，支委会几个人到会才能开')).not.toContain('30名委员');
  });
});

describe('an answer that states the count the way it is asked', () => {
  it('says 至少1次 and 每年1次 outright', () => {
    expect(matchedAnswer('组织生活会每年要开吗，放在什么时候')).toContain('至少1次');
    expect(matchedAnswer('民主评议一年评几回')).toContain('每年1次');
  });
});

describe('steps asked by their count', () => {
  it('reads 走哪几步 as asking the procedure', () => {
    expect(matchedIds('转正手续要走哪几步')).toEqual(['member.probation.steps']);
  });
});

describe('the asker excusing themself after the question', () => {
  it('leaves 第一次弄, 头一回搞, 歹势 and 不好意思 out of what is asked', () => {
    expect(matchedIds('入党介绍人要几个，头一回搞这个 不好意思')).toEqual(['develop.introducers']);
    expect(matchedIds('转正都要走哪几步啊，第一次弄 歹势')).toEqual(['member.probation.steps']);
  });
});

describe('question particles and words typed another way', () => {
  it('reads 嘛 before a question mark as 吗', () => {
    expect(matchedIds('党费可以攒几个月一起交嘛？我常年在外面跑车')).toEqual(['dues.monthly']);
  });
  it('reads 那几 ending a clause that asks which as 哪几', () => {
    expect(matchedIds('民主评议多久搞一次，等次有那几个')).toEqual(['life.appraisal', 'life.appraisal.grades']);
  });
  it('reads 开一词 as 开一次', () => {
    expect(matchedIds('党员大会多长时间开一词')).toEqual(['life.general.frequency']);
  });
  it('reads 有影无 as asking whether it is so', () => {
    expect(matchedIds('乡党委可以直接批人入党，不用走支部，有影无？')).toEqual(['develop.direct']);
  });
});

describe('a 处分 taken higher, said as going to law', () => {
  it('reads 往哪告 and 告着的时候 as 申诉 and its time', () => {
    expect(matchedIds('受了处分觉得冤，能去哪告，告的时候处分还执行不')).toEqual(['discipline.appeal']);
  });
});

describe('whether a thing can be done, asked with the complement both ways', () => {
  it('reads 保得住保不住 and 保不保得住 as 能不能保住', () => {
    expect(matchedIds('老周醉驾判了拘役，他的党籍保得住保不住')).toEqual(['discipline.crime']);
    expect(matchedIds('党员犯了罪判了刑，党籍还保不保得住')).toEqual(['discipline.crime']);
  });
});

describe('an age told as a bare number', () => {
  it('reads 刚满十六 as an age', () => {
    expect(matchedIds('邻居家孩子刚满十六，能不能写入党申请书')).toEqual(['member.age']);
  });
});

describe('which discipline a deed breaks, asked with 的 or 了', () => {
  it('reads 违反了哪条纪律 as 违反哪项纪律', () => {
    expect(matchedIds('党员干部上班时间打麻将，违反了哪条纪律')).toEqual(['discipline.six.which']);
  });
});

describe('the handbook’s words for an unqualified member', () => {
  it('reads 不履行义务 as the unqualified member, and asks who decides of it', () => {
    expect(matchedIds('有个党员长期不履行义务，支部该怎么处理')).toEqual(['member.unqualified']);
    expect(matchedIds('不合格党员除名最后由谁决定')).toEqual(['member.unqualified']);
  });
});

describe('a member working away asked who looks after them', () => {
  it('reads 务工 with 哪边管 as the mobile member', () => {
    expect(matchedIds('老刘在深圳务工，组织关系留在村里，平时归哪边管')).toEqual(['member.mobile.manage']);
  });
  it('does not take a member moved away to live for one', () => {
    expect(matchedIds('老党员搬到外地儿子家住了，组织关系怎么办')).not.toContain('member.mobile.manage');
  });
});

describe('subjects listed with a count asked of each', () => {
  it('reads 各 inside what is asked and a request before a colon', () => {
    expect(matchedIds('帮忙整理一下：支委会、党小组会一年最少各开几次')).toEqual(['life.committee.frequency', 'life.group.frequency']);
  });
  it('answers the least frequency by the regular one', () => {
    expect(matchedIds('支部党员大会一年至少开几次')).toEqual(['life.general.frequency']);
  });
});

describe('what a chapter of the handbook covers', () => {
  it('answers 这一块主要包括哪些 by the chapter’s contents', () => {
    expect(matchedIds('党费方面主要要掌握哪些内容')).toEqual(['dues.overview']);
    expect(matchedIds('要给几个新党员讲讲支部建设，这块主要讲了哪些内容')).toEqual(['branch.overview']);
    expect(matchedIds('党员管理这块都包括哪些内容')).toEqual(['member.overview']);
    expect(matchedIds('支部组织生活有哪几项基本制度')).toEqual(['life.systems']);
  });
  it('leaves a question on one part of the chapter to its fact', () => {
    expect(matchedIds('党费这块的比例是多少')).not.toContain('dues.overview');
  });
});

describe('the people told are several, not asked how many', () => {
  it('reads 给几个…讲 as told, 找几个 as asked', () => {
    expect(matchedIds('党小组会多长时间开一次，我好分给几个组长去讲')).toEqual(['life.group.frequency']);
    expect(matchedIds('支部要找几个入党介绍人')).toEqual(['develop.introducers']);
  });
});

describe('the span from the application to full membership', () => {
  it('answers how long from 申请书 to 转正 by the whole duration, not the first talk', () => {
    expect(matchedIds('从递申请书到转正一般得几年')).toEqual(['develop.duration']);
    expect(matchedIds('收到入党申请书后多久谈话')).toEqual(['develop.application.talk']);
  });
});

describe('a step placed against another step', () => {
  it('says whether the asked step comes before or after the other one named', () => {
    expect(matchedAnswer('确定入党介绍人是第几步，在政治审查前面还是后面')).toContain('在第10步政治审查之前');
  });
});

describe('where to hand in an application, asked as a choice of places', () => {
  it('answers a choice between the school and home by where applications go', () => {
    expect(matchedIds('我在外地读研，入党申请书是交给学校还是回老家交')).toEqual(['develop.application.where']);
  });
});

describe('everyday words for the facts’ own', () => {
  it('reads 领证 as getting the certificate, 聊点啥 as what a meeting is about', () => {
    // Asked whether passing is enough (是不是马上就能领证): the fact that says it is not (facts43).
    expect(matchedIds('认证考试通过了是不是马上就能领证')).toEqual(['cert.review.direct']);
    expect(matchedIds('党小组开会一般都聊点啥')).toEqual(['life.group.content']);
  });
  it('reads a lapse of years told with 除名 asked', () => {
    expect(matchedIds('有个党员出去打工三年没交党费也没过组织生活，能直接把他除名吗')).toEqual(['member.lapse']);
  });
});

describe('a story told before asking whether a 处分 stops during the 申诉', () => {
  it('finds the 申诉 rule through the story', () => {
    expect(matchedIds('我们村有个党员前年受了严重警告，一直不服，材料已经交到县里申诉了，申诉这段时间那个处分是不是先停着不执行')).toEqual([
      'discipline.appeal',
    ]);
  });
});
