import { describe, expect, it } from 'vitest';
import { GUESS_SIMILARITY } from '../../bot/features/ask/facts-answerer';
import { namedSituations } from '../../knowledge';
import { cleanQuestion } from '../../knowledge/facts/clean';
import { readSpoken } from '../../knowledge/text/spoken';
import { factIndex, matchedAnswer, matchedIds } from '../helpers/facts';

/** Near enough to a wording of the fact for the answer path to state it without retrieval's agreement. */
const nearEnough = (question: string) => factIndex.match(question)?.similarity ?? 0;

/**
 * The fact layer on the thirteenth round (issue 22): classes of the single-question misses of the writers in tuning
 * (the four moved at ~14:20 and the older rotated ones), each shown with wordings written for this test, not taken
 * from a writer's set.
 */
describe('(d) common slips read as the word meant', () => {
  it('reads 廷长 as 延长 (near shape) and 多常时间 as 多长时间 (same sound)', () => {
    expect(cleanQuestion('预备期廷长最多多久')).toContain('延长');
    expect(cleanQuestion('支委会多常时间开一次')).toContain('多长时间');
    expect(matchedIds('预备期可以廷长多久')).toEqual(['member.probation.extend']);
    expect(matchedIds('党小组会多常时间开一次')).toEqual(['life.group.frequency']);
  });
});

describe('(c) what the handbook says, asked in words the facts did not have', () => {
  it('answers what a 党支部 is for, to 党员 and to 群众', () => {
    expect(matchedIds('党支部是做什么的')).toEqual(['branch.duties.two']);
    expect(matchedIds('党支部对群众都负责些什么呀')).toEqual(['branch.duties.two']);
    expect(matchedIds('咱们支部的定位该怎么写')).toEqual(['branch.duties.two']);
  });
  it('answers the base of a retired member’s dues asked as 按什么算', () => {
    expect(matchedIds('退休老同志的党费按基本工资还是按什么数算')).toEqual(['dues.retired']);
    expect(nearEnough('退休的老党员交党费是按养老金全部算还是扣掉一部分再算')).toBeGreaterThanOrEqual(GUESS_SIMILARITY);
  });
  it('answers that a retired member still pays', () => {
    expect(matchedIds('我退休了党费就不用交了对吧')).toEqual(['dues.duty']);
    expect(matchedIds('老党员返聘了，党费还交不交')).toEqual(['dues.duty']);
  });
  it('answers a branch refusing a member transferred to it', () => {
    expect(matchedIds('从外地转来的党员我们支部可以不收吗')).toEqual(['member.transfer.letter']);
  });
  it('answers a 预备党员 asked about a 留党察看 or a 警告', () => {
    expect(matchedIds('预备党员跟人打架了能给个留党察看吗')).toEqual(['discipline.probationary']);
  });
  it('answers what becomes of the old 支委 when a branch is reorganised', () => {
    expect(matchedIds('支部被改组以后原来的支委还干不干')).toEqual(['discipline.organization.reorg']);
  });
  it('answers whether a membership gained against the rules counts', () => {
    expect(matchedIds('不按程序发展进来的人党员身份算不算数')).toEqual(['develop.discipline']);
  });
  it('reads 没参加过组织生活 (过 of experience) as not taking part', () => {
    expect(matchedIds('有个党员连续八个月没参加过组织生活怎么处理')).toEqual(['member.lapse']);
  });
  it('answers the old-or-new rule for a deed found out later', () => {
    expect(matchedIds('前年干的违纪现在才查出来，按新条例还是旧条例处理')).toEqual(['discipline.transition']);
  });
  it('answers who keeps the dues, whether a 支部 alone decides a 处分, and a 主题党日 as an outing', () => {
    expect(matchedIds('收上来的党费由谁保管')).toEqual(['dues.manage']);
    expect(matchedIds('给党员处分支部大会自己定了就算数吗')).toEqual(['discipline.authority']);
    expect(matchedIds('主题党日组织去农家乐吃一顿可以吗')).toEqual(['life.theme-day.content']);
  });
  it('still answers nothing for another body or a role the rule is not about', () => {
    expect(matchedIds('团支部是干什么的')).toEqual([]);
    expect(matchedIds('党支部书记职责是什么')).not.toContain('branch.duties.two');
  });
});

describe('(a) the fact of the thing asked, not of its neighbour', () => {
  it('answers a record written after the meeting, not what the meeting is about', () => {
    expect(matchedIds('上周党小组会的记录没来得及写，现在补写一份可以吗')).toEqual(['life.records']);
    expect(nearEnough('上周党小组会的记录没来得及写，现在补写一份可以吗')).toBeGreaterThanOrEqual(GUESS_SIMILARITY);
  });
  it('answers why a certificate is not yet given and the steps to it, not the exam’s pass mark', () => {
    expect(matchedIds('考过了证书为什么还不发下来')).toEqual(['cert.review']);
    expect(matchedIds('从报名到拿证中间要走哪几步')).toEqual(['cert.process']);
    expect(matchedIds('持证上岗考试多少分及格')).toEqual(['cert.exam.details']);
  });
});

describe('(b) the answer says what is asked', () => {
  it('says a 留党察看 removes a post 自然撤销, the handbook’s word', () => {
    expect(matchedAnswer('受了留党察看，党内职务还能保留吗')).toContain('自然撤销');
  });
  it('reads a second punishment told as 又吃 as the overlap of influence periods', () => {
    expect(matchedIds('去年受了警告今年又吃了一个严重警告，影响期到什么时候')).toEqual(['discipline.influence.overlap']);
  });
});

describe('(d) 好多 asking a count after a bound and a verb of putting forward', () => {
  it('reads 至少要提好多个 as 多少个, not 好多 (many) told', () => {
    expect(readSpoken('应选七个委员，候选人至少要提好多个')).toContain('至少要提多少个');
    expect(readSpoken('好多个人最近没来开会')).toContain('好多个人');
    expect(matchedAnswer('应选七个委员，候选人起码得选好多个')).toContain('候选人至少9名');
  });
});

describe('(b) 党龄 worked from the 转正 day the asker gives', () => {
  it('says the year and month it counts from, years of two digits and in Chinese too', () => {
    expect(matchedAnswer('老伴二〇〇一年三月转正的，她党龄从哪年算')).toContain('党龄从2001年3月算起');
    expect(matchedAnswer('我八五年转的正，党龄从哪年开始算')).toContain('党龄从1985年算起');
  });
  it('works nothing out from a year that is not the 转正 one', () => {
    expect(matchedAnswer('我是2019年入党的，党龄怎么算')).not.toContain('按你说的');
  });
});

describe('(a→refused, now answered) words read as another subject or situation where they are not', () => {
  it('reads 移民 of a resettlement at home (移民新区, 生态移民) as no going abroad', () => {
    expect(namedSituations('移民新区住了两个党员，想单独成立个支部，够不够条件')).toEqual([]);
    expect(matchedIds('移民新区住了两个党员，一个正式一个预备，想单独成立个支部，够不够条件')).toEqual(['branch.setup.min']);
    // Emigrating is still a situation no standing rule speaks of.
    expect(namedSituations('党员移民到国外了党籍怎么办')).not.toEqual([]);
    expect(matchedIds('移民去加拿大的党员还要交党费吗')).toEqual([]);
  });
  it('reads a noun before 季节/期间 as when, and a 季节 as no event', () => {
    // Typed with no question particle: the whole message is the asking words.
    expect(factIndex.foreignSubjects('挖笋季节大家很忙 党费可以一个季度交一次')).toEqual([]);
    expect(matchedIds('挖笋季节大家很忙 党费可以一个季度交一次')).toEqual(['dues.monthly']);
    // A body the handbook never says is still not answered.
    expect(factIndex.foreignSubjects('合作社多久开一次会')).toEqual(['合作社']);
  });
});

describe('(d) 做么 (海南, 客家) read as 做什么', () => {
  it('answers what the first of the 四种形态 is, asked with 做么', () => {
    expect(readSpoken('支部纪检委员是做么的')).toContain('做什么');
    expect(readSpoken('这个会叫做么')).not.toContain('做什么');
    expect(matchedIds('四种形态里第二种是做么')).toEqual(['discipline.four-forms']);
  });
});
