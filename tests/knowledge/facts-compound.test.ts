import { describe, expect, it } from 'vitest';
import {
  askedText,
  askingClauses,
  cleanQuestion,
  listedSubjects,
  matchParts,
  namedSituations,
  questionKinds,
  statedBy,
} from '../../knowledge';
import { superterms } from '../../knowledge/facts/guards';
import { factIndex, matchedIds } from '../helpers/facts';

/**
 * The fact layer on strangers' wording (issue 22, second round): questions that ask two things, context said
 * before the question, worked dates and vote counts, colloquial and mistyped words. Each case is a class of
 * wording, not one question.
 */
const index = factIndex;
const ids = matchedIds;

describe('questions that ask two things', () => {
  it('cuts the asking clauses, context joined to the clause after it', () => {
    expect(askingClauses('支委会多久开一次，要几个委员到了才能开')).toEqual(['支委会多久开一次', '要几个委员到了才能开']);
    expect(askingClauses('我儿子出去打工，离开支部多长时间算流动党员，归哪边管')).toEqual([
      '我儿子出去打工，离开支部多长时间算流动党员',
      '归哪边管',
    ]);
    // "还是" inside a statement asks nothing: one clause.
    expect(askingClauses('我还是预备党员，下个月选举我能投票吗')).toEqual(['我还是预备党员，下个月选举我能投票吗']);
  });

  it('answers each part, the later ones with the subject said before them', () => {
    expect(ids('支委会多久开一次，要几个委员到了才能开')).toEqual(['life.committee.frequency', 'life.committee.quorum']);
    expect(ids('出去打工离开支部多长时间就算流动党员了，归哪边管')).toEqual(['member.mobile.who', 'member.mobile.manage']);
    expect(ids('党费由谁代党委管理？能不能用来给党员发福利？')).toEqual(['dues.manage', 'dues.use']);
    // The subject carried first: "预备党员能不能当" after 入党介绍人 is about 介绍人, not about 预备党员's rights.
    expect(ids('入党介绍仁要几个，预备党员能不能当')).toEqual(['develop.introducers']);
  });

  it('an alternative (税前还是税后) and AB-not-AB (参加不参加) ask; "我还是预备党员" does not', () => {
    expect(ids('党费按税前算还是税后算，比例是多少')).toEqual(['dues.base', 'dues.rates']);
    expect(ids('组织生活会多久开一次，领导干部参加不参加')).toEqual(['life.review-meeting', 'life.review.leaders']);
    expect(ids('谈心谈话多久一次，谁带头')).toEqual(['life.heart-talk', 'life.heart-talk.who']);
    expect(questionKinds('领导干部参加不参加')).toContain('may');
  });

  it('subjects listed with one question are asked one by one; questions listed with 、 are clauses', () => {
    expect(listedSubjects('党员大会、支委会、党小组会分别多久开一次', ['党小组会', '党员大会', '支委会'])).toEqual([
      '党员大会多久开一次',
      '支委会多久开一次',
      '党小组会多久开一次',
    ]);
    expect(listedSubjects('党费可以用于培训、表彰吗', ['党费'])).toEqual(['党费可以用于培训、表彰吗']);
    expect(ids('黨員大會、支委會、黨小組會分別多久開一次')).toEqual([
      'life.general.frequency',
      'life.committee.frequency',
      'life.group.frequency',
    ]);
    expect(ids('入黨積極分子由誰確定、培養多久、考察多久一次')).toEqual([
      'develop.activist.who',
      'develop.activist.length',
      'develop.activist.review',
    ]);
  });

  it('a simple question keeps its one fact', () => {
    expect(ids('支委会多久开一次')).toEqual(['life.committee.frequency']);
    expect(ids('我还是预备党员，下个月支部换届选举，我能投票吗')).toEqual(['member.rights.probationary']);
  });
});

describe('context before the question', () => {
  it('wording is compared on what is asked, not diluted by the context', () => {
    expect(askedText('某同志2022年9月15日经支部大会通过为预备党员，按期转正的话，党龄从哪天开始算')).toBe('党龄从哪天开始算');
    expect(index.match('某同志2022年9月15日经支部大会通过为预备党员，按期转正的话，党龄从哪天开始算？')?.fact.id).toBe('member.party-age');
  });
});

describe('worked figures', () => {
  it('dates the end of the 预备期 and the 党龄 from the day of admission', () => {
    const answer = index.match('我是1975年7月1号支部大会通过做预备党员的，按期转正，我的党龄从哪天算起')?.answer;
    expect(answer).toContain('1976年7月1日');
    expect(index.match('我2023年3月8日被接收为预备党员，预备期到哪天满')?.answer).toContain('2024年3月8日');
    // An extended 预备期 ends later by an amount the asker must say: no date is worked out.
    expect(index.match('2022年9月15日通过为预备党员，预备期延长了半年，党龄从哪天算')?.answer ?? '').not.toContain('2023年9月15日');
  });

  it('counts the votes against those entitled to vote, not the attendance, whichever is said first', () => {
    const a = index.match('我们支部有表决权的党员25名，今天实到18人，讨论接收预备党员至少要几票赞成才能通过？')?.answer;
    expect(a).toContain('13人以上');
    expect(a).toContain('实到18人，已过半数');
    const b = index.match('今天只来了10个人，支部有表决权的党员25名，表决要几个人同意')?.answer;
    expect(b).toContain('25名');
    expect(b).toContain('不到13人，不能表决');
  });

  it('the verdict of a rule over the number of 正式党员 (3 for a branch, 7 for a committee), 预备党员 not counted', () => {
    expect(index.match('我们单位正式党员2名，能成立党支部吗')?.answer).toContain('不足3人，不能单独成立党支部，可以按地域相邻');
    expect(index.match('支部有正式党员8人，要不要设支委会')?.answer).toContain('够7人，应当设立支部委员会');
    expect(index.match('我们支部正式党员6个预备党员3个，加起来9个人了，该成立支委会了吧')?.answer).toContain('6名正式党员，不足7人');
  });

  it('members without a vote (预备党员, 留党察看) are taken off the head count; the votes in favour are judged', () => {
    expect(index.match('支部有18名党员其中预备党员4名，大会表决要几个人同意')?.answer).toContain('14名有表决权的党员算，要有8人以上');
    expect(index.match('30个党员，2个预备党员，表决要多少人同意')?.answer).toContain('28名');
    expect(index.match('支部正式党员15名预备党员3名，表决要几票')?.answer).toContain('15名有表决权的党员算，要有8人以上');
    const tally = index.match('全支部40个有表决权的，到了22个，同意的15个，能通过吗')?.answer;
    expect(tally).toContain('21人以上');
    expect(tally).toContain('赞成15人，不到21人，不能通过');
    expect(index.match('支部30个正式党员，开会来了20个，18个人举手同意，能通过吗')?.answer).toContain('赞成18人，够了，可以通过');
  });
});

describe('wording classes read', () => {
  it('A-not-A asks whether (计不计入, 交不交), and whether it is every month asks how often', () => {
    expect(questionKinds('预备党员计不计入')).toContain('may');
    expect(questionKinds('主题党日是不是每个月都要搞')).toContain('frequency');
    expect(index.match('预备党员计不计入')).toBeUndefined();
    expect(index.match('主题党日是不是每个月都要搞')?.fact.id).toBe('life.theme-day');
  });

  it('which ones (哪几项) is answered by the list, without a count', () => {
    expect(index.match('预备党员和正式党员比，少了哪几项权利？')?.fact.id).toBe('member.rights.probationary');
  });

  it('予/仁 for 预/人, 权力 for a member’s 权利, dialect 哪边 for 哪里', () => {
    expect(cleanQuestion('予备党员少了哪几项权力')).toBe('预备党员少了哪几项权利');
    expect(cleanQuestion('入党介绍仁要几个')).toBe('入党介绍人要几个');
    expect(cleanQuestion('对处分不服可以申述吗')).toBe('对处分不服可以申诉吗');
    expect(index.match('入党宣示要举哪只手')?.fact.id).toBe('member.oath.hand');
    expect(cleanQuestion('流动党员归哪边管')).toBe('流动党员归哪里管');
    expect(cleanQuestion('是不是每个月都要开')).toBe('是不是每月都要开');
    expect(cleanQuestion('支部二十几个党员')).toBe('支部二十余个党员');
  });

  it('a word with a particle or punctuation at its edge is not a typo of a longer term', () => {
    // "流动党员归" is 流动党员 and 归, not a mistyped 流动党员证 (the 活动证 fact).
    expect(index.match('流动党员归哪边管')?.fact.id).toBe('member.mobile.manage');
    expect(index.match('离开支部多长时间以上才算流动党员？')?.fact.id).toBe('member.mobile.who');
    // A typo inside the word is still read.
    expect(index.match('积级分子多久考察一次')?.fact.id).toBe('develop.activist.review');
  });

  it('a longer term that only names an aspect (培训时间) does not hide the word (培训)', () => {
    expect(superterms(['培训', '培训时间', '入党', '入党介绍人']).get('培训')).toEqual([]);
    expect(superterms(['培训', '培训时间', '入党', '入党介绍人']).get('入党')).toEqual(['入党介绍人']);
    expect(index.match('发展对象集中培训时间一般不少于多少天或多少学时？')?.fact.id).toBe('develop.candidate.training');
  });

  it('a number of people asked is not answered by a length of time that holds 以上', () => {
    expect(index.match('积极分子得有几个人带着培养')?.fact.id).toBe('develop.activist.contacts');
  });

  it('a question naming a property the answer sentence states is answered whatever its kind', () => {
    // A yes-or-no question on a step the fact's sentence names (报告), or a how on a rule it states (收入变化).
    expect(index.match('组织生活会开完要向上面报告吗')?.fact.id).toBe('life.review.steps');
    expect(index.match('发展对象名单要不要往上级党委报')?.fact.id).toBe('develop.candidate.who');
    expect(index.match('党员收入变了党费怎么办')?.fact.id).toBe('dues.base');
  });

  it('a vote asked in 票 is a count, and 超过半数 is a lower bound', () => {
    expect(questionKinds('至少要几票赞成')).toContain('count');
    expect(index.match('讨论接收预备党员至少要几票赞成才能通过')?.fact.id).toBe('develop.admission.vote');
  });

  it('someone who cannot come: their written opinion counts', () => {
    expect(index.match('我身体不好去不了会，支部讨论接收预备党员，我的意见能不能算进去')?.fact.id).toBe('life.voting.absent');
  });
});

describe('facts the handbook states that had no record', () => {
  it.each([
    ['入党可以几个人一起集体申请吗', 'member.conditions.individual'],
    ['转正日期按支部大会那天还是上级批下来那天', 'member.probation.date'],
    ['预备期延长了半年，党龄从啥时候算', 'member.party-age.extended'],
    ['组织关系是个啥意思', 'member.transfer.what'],
    ['年纪大行动不便的党员怎么学习', 'member.education.elderly'],
    ['入党宣誓由谁来组织', 'member.oath.who'],
    ['党费谁来收', 'dues.collect'],
    ['受留党察看的党员能当介绍人吗', 'develop.introducers'],
    ['口头跟支部书记说想入党算不算申请', 'develop.application.form'],
    ['党小组咋划分', 'branch.groups.method'],
    ['支委会由谁选', 'branch.election.who'],
    ['换届第一步干什么', 'branch.reelection.steps'],
    ['开除党籍要报哪里批', 'discipline.authority'],
    ['困难党员不交党费要谁批', 'dues.exemption'],
    ['处分搞错了能纠正吗', 'discipline.appeal.correct'],
    ['检察院不起诉的党员还要处分吗', 'discipline.crime.minor'],
    ['党组织不作为怎么追责', 'discipline.accountability'],
    // A Party organisation that cannot correct itself is reorganised, not the member's appeal.
    ['一个党组织严重违纪又自己纠正不了，上面会咋处理', 'discipline.organization'],
    ['预备党员宣誓以后编到哪', 'develop.probation.group'],
    ['主题党日的主题谁来定', 'life.theme-day.prepare'],
    ['写票的时候别人能看吗', 'branch.election.ballot'],
    // A record on what one faces at the oath no longer answers every question on the oath.
    ['入党宣誓最后说什么', 'member.oath.hand'],
    ['培养联系人要负责啥', 'develop.activist.contacts.duties'],
    ['入党誓词里有没有永不叛党', 'member.oath.words'],
    ['持证上岗的证可以一直用吗', 'cert.revocation'],
    ['上级来通知要换届了，候选人名单俺们自己定行不行', 'branch.election.candidates'],
    ['我们这有个党员犯了错，支部能直接开除他党籍吗', 'discipline.authority'],
    ['老党员卧床好几年了，党费还得交吗', 'dues.duty'],
    ['支书一个人说了算的事多了，这样行不行', 'life.committee.relation'],
    ['支委选举我能投反对票吗', 'branch.election.abstain'],
    ['党员能不能不参加主题党日', 'life.voting.leave'],
    // A one-character property word (上) matched "放在主题党日上"; the 党课 form fact says it may be held then.
    ['党课可以放在主题党日上吗', 'life.lecture.form'],
    ['支部委员会主要干啥', 'branch.committee.role'],
    ['国企的支部书记一般谁来当', 'branch.secretary.posts'],
    ['三会一课要不要记录', 'life.records.required'],
    // The term fact (换届) and the 预备期 fact (预备) no longer answer what their subject word merely sits in.
    ['支部换届时台账要交接吗', 'branch.reelection.handover'],
    ['接收预备党员的决议写在哪', 'develop.admission.record'],
    ['党支部能给党员撤销党内职务处分吗', 'discipline.authority'],
    // 数额不限 answers an upper bound asked (有上限吗).
    ['党员自愿多交党费有上限吗', 'dues.large'],
    ['减免党费的党员还是党员吗', 'dues.exemption.still-member'],
    ['困难情况好转了还能继续免交吗', 'dues.exemption.still-member'],
    ['党费收缴情况要不要公开', 'dues.manage'],
    // 哪几步 asks for steps; the 预备期 fact (预备) no longer answers it.
    ['接收预备党员要经过哪几步', 'develop.admission.steps'],
    // How many items, answered by the list of them.
    ['党小组会主要有几项内容', 'life.group.content'],
    ['党小组划分谁定', 'branch.groups.who'],
    ['处分定了以后得多少天内跟大伙说', 'discipline.announce'],
    ['延长预备期谁决定', 'member.probation.outcomes'],
    // 二十几个 says how many, it does not ask: the quorum, not how many members make a branch.
    ['俺们村支部二十几个党员，年纪大的多，开会老是凑不齐人，半数不到能开吗', 'life.voting.rule'],
    // How long, answered by a rule that leaves the time to local rules (and says so).
    ['组织关系转出去以后要多久去新支部报到', 'member.transfer'],
    ['开除党籍的五年内能不能重新申请入党', 'discipline.effects'],
    ['证分几个档次', 'cert.levels'],
    ['资格审查都查啥', 'cert.review'],
    ['某党员2021年5月4日被支部大会接收为预备党员，预备期满是哪天', 'member.probation.length'],
    ['主动交代问题能从轻吗', 'discipline.lenient.cases'],
    ['两个违纪行为一个该警告一个该严重警告合并给啥处分', 'discipline.combined'],
  ])('%s', (q, id) => {
    expect(index.match(q)?.fact.id).toBe(id);
  });

  it('answers say who usually serves and how the vote is taken', () => {
    expect(index.match('介绍人一般由谁担任')?.answer).toContain('培养联系人');
    expect(index.match('接收预备党员用什么方式表决')?.answer).toContain('举手或无记名投票');
    // Relatives said the everyday way (家里亲戚) are the 直系亲属 the 政审 looks at.
    expect(index.match('政审要不要查家里亲戚')?.answer).toContain('直系亲属');
  });

  it('年纪大, 岁数大 describe the asker; they do not ask an age', () => {
    expect(questionKinds('年纪大行动不便的党员怎么学习')).not.toContain('age');
    expect(questionKinds('多大年纪可以入党')).toContain('age');
  });

  it('a committee’s size is not its quorum, nor the other way round', () => {
    expect(index.match('支委一般几个人')?.fact.id).toBe('branch.committee.size');
    expect(index.match('支委会要来几个人才能开')?.fact.id).toBe('life.committee.quorum');
  });
});

describe('life events and circumstances the handbook does not address', () => {
  it('a death, going abroad, divorce, a lost paper, relatives or the form of a paper: no fact that never names it', () => {
    expect(namedSituations('党员去世了支部要做什么')).toEqual([expect.arrayContaining(['去世'])]);
    for (const q of [
      '党员去国外留学组织关系怎么转',
      '党员家属犯罪会影响党员吗',
      '持证上岗证书丢了怎么补',
      '党员离婚要向组织报告吗',
      '入党申请书要写多少字',
      // Online, and consequences outside the Party, are not what the training or 影响期 facts speak of.
      '发展对象培训可以线上吗',
      '我被警告处分了影响找工作吗',
      // Said in another clause, the event holds for the whole question.
      '党员去世了，支部要办哪些手续？组织关系怎么注销？',
    ])
      expect(matchParts(index, q), q).toEqual([]);
    // Without the event the same subjects are answered; a fact that names it still answers (政审 looks at 亲属).
    expect(index.match('党员组织关系怎么转')?.fact.id).toBe('member.transfer');
    expect(index.match('政审查不查亲属')?.answer).toContain('直系亲属');
  });
  it('the full name of a term (入党积极分子) is the same thing as the short name a fact uses', () => {
    expect(superterms(['积极分子', '入党积极分子']).get('积极分子')).toEqual([]);
    expect(matchParts(index, '他是入党积极分子，换单位了，之前的培养材料咋办').map((m) => m.fact.id)).toEqual([
      'develop.activist.transfer',
    ]);
  });
  it('what the 党费 may not pay for is found with a word between the verb and its object (发过节福利)', () => {
    expect(index.match('党费能拿来给党员发过节福利吗')?.fact.id).toBe('dues.use');
  });
  it('when the next level may be applied for, asked with the year the asker got theirs', () => {
    const answer = index.match('我2025年5月拿到初级证书，如果每一级都顺利，最快什么时候可以申请高级？')?.answer ?? '';
    expect(answer).toContain('最早2027年可申请高级');
    expect(index.match('2024年拿到初级证，多久能申请中级')?.answer).toContain('最早2025年可申请中级');
  });
  it('the kinds of 处分 asked with their order ("从轻到重怎么排") are the 处分 list', () => {
    expect(matchParts(index, '党纪处分有哪几种？从轻到重怎么排')[0]?.fact.id).toBe('discipline.kinds');
  });
  it('the fixed-amount 党费 fact says it is not by income, for "按比例还是按什么交"', () => {
    expect(index.match('农民党员党费是按收入比例算还是按什么交')?.answer).toContain('不按收入比例计算，按固定数额交');
  });
  it('the bookkeeping of the 党费 fund (利息, 入账) is not answered by who keeps it', () => {
    expect(matchParts(index, '党费专户的银行利息收入要怎么入账')).toEqual([]);
    expect(index.match('党费专户由谁管')?.answer).toContain('专户存储');
  });
  it('the 第一书记 sent to a village is not the branch 书记 of the facts', () => {
    expect(matchParts(index, '驻村第一书记一般派几年')).toEqual([]);
    expect(index.match('支部书记要几年党龄')?.answer).toContain('1年以上党龄');
  });
  it('a temporary setting (a project with its 工期) is not answered by the rule for a standing branch', () => {
    expect(namedSituations('工期8个月，正式党员有4个，可以成立党支部吗')).toEqual([expect.arrayContaining(['工期'])]);
    // The project fact names its own condition, and works it out for the head count given.
    const answer = index.match('项目部工期8个月，正式党员有4个，可以成立党支部吗')?.answer ?? '';
    expect(answer).toContain('6个月');
    expect(answer).toContain('3人');
  });
});

describe('fillers and courtesy', () => {
  it('are dropped before matching, and a title is kept when it is the subject', () => {
    expect(cleanQuestion('嗯那个我想问问党费是怎么个算法')).toBe('党费是怎么个算法');
    expect(cleanQuestion('书记您好，支委会多久开一次，谢谢您')).toBe('支委会多久开一次');
    expect(cleanQuestion('书记选出来要报批吗')).toBe('书记选出来要报批吗');
    expect(cleanQuestion('这个月党费交了吗')).toBe('这个月党费交了吗');
    expect(index.match('那个我想问问党费是怎么个算法')?.fact.id).toBe('dues.rates');
  });
});

describe('持证上岗', () => {
  it.each([
    ['持证上岗有没有培训', 'cert.training'],
    ['没按时报备会怎样', 'cert.filing.late'],
    ['党务工作者调走了谁去报备', 'cert.filing.who'],
    ['持证上岗证书的等级跟薪酬有什么关系', 'cert.pay'],
    ['持证上岗考试考几个小时', 'cert.exam.details'],
  ])('%s', (q, id) => {
    expect(index.match(q)?.fact.id).toBe(id);
  });

  it('what each review looks at, and the earliest years of the next levels', () => {
    expect(index.match('公安部门审查看什么')?.answer).toContain('违法犯罪记录');
    expect(index.match('持证上岗证书谁发')?.answer).toContain('由组织部门发给证书');
    expect(index.match('某人2024年取得初级证书，最早哪年能申请高级')?.answer).toContain('最早2026年可申请高级');
    expect(index.match('我2023年拿到中级证书，哪一年可以申请高级')?.answer).toContain('最早2024年可申请高级');
  });

  it('an answer that leaves the value to local rules answers a question for it', () => {
    expect(statedBy('考试时长、合格分数线由当地组织部门在每年的考试通知中明确。').kinds.has('duration')).toBe(true);
    expect(statedBy('持证上岗是地方做法。').kinds.has('duration')).toBe(false);
  });
});
