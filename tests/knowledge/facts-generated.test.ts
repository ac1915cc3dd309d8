import { describe, expect, it } from 'vitest';
import { cleanQuestion, loadFacts } from '../../knowledge';
import { generateFactQuestions, generateSituations, tallyGenerated } from '../helpers/fact-question-generator';
import { factIndex, matchedIds } from '../helpers/facts';

/**
 * Everyday questions generated from the facts' own wordings, rewritten as members type them
 * (tests/helpers/fact-question-generator.ts; the full run is scripts/eval/facts-generated.ts), and the general
 * causes that run found, each with sentences written for this test.
 */
describe('generated everyday questions (fixed seed)', () => {
  it('answers nearly all rewrites of the facts’ own wordings, and gives a wrong fact almost never', () => {
    const facts = loadFacts();
    const items = generateFactQuestions(facts, 600, 20261206, 'tune');
    const tally = tallyGenerated(items, facts, factIndex);
    // Seed 20261206 (ten kinds, stacked included): 583 right, 0 wrong, 17 none of 600 at the start of this work; 595, 0, 5 after.
    expect(tally.right / items.length).toBeGreaterThanOrEqual(0.98);
    expect(tally.wrong / items.length).toBeLessThanOrEqual(0.005);
  });
});

describe('situations told and asked (fixed seed)', () => {
  it('a situation finds the rule whose conditions it tells, or nothing, rarely a neighbour', () => {
    const facts = loadFacts();
    const tally = tallyGenerated(generateSituations(110, 20261206, 'tune'), facts, factIndex);
    // Seed 20261206, 110 situations: 56 right, 24 wrong, 30 none when the kind was added; 65, 9, 36 after the
    // fixes of that round; 70, 9, 31 once 给什么处分 was read as asking how the case is dealt with; 77, 6, 27 once
    // the 不交党费 rule answered what to do; 78, 6, 26 once 罚了款 and 拘了几天 were read as told.
    // 106, 0, 4 once a story meeting a rule's conditions selects that rule (conditions.ts).
    // A floor on right and a ceiling on wrong, to be tightened as fixes land.
    expect(tally.right).toBeGreaterThanOrEqual(104);
    expect(tally.wrong).toBeLessThanOrEqual(1);
  });
});

describe('two questions joined, each worded as its fact is', () => {
  it('answers a part worded near its fact’s own wording, though the kind rules misread it', () => {
    expect(matchedIds('年终奖要不要交党费，另外政审连家里人都要查吗')).toEqual(['dues.base.annual', 'develop.candidate.vetting.scope']);
    expect(matchedIds('政审连家里人都要查吗？还有三会一课主题怎么定')).toEqual(['develop.candidate.vetting.scope', 'life.sanhui.focus']);
    expect(matchedIds('党小组会多久开一次；涨了工资党费怎么调整')).toEqual(['life.group.frequency', 'dues.base']);
  });
});

describe('decoration typed inside a word', () => {
  it('an emoji or a flourish between two characters does not cut the word', () => {
    expect(matchedIds('党小✨组长怎么选')).toEqual(['branch.groups.leader']);
    expect(matchedIds('预备党~~员能投票吗')).toEqual(['member.rights.probationary']);
    expect(matchedIds('入党介😊绍人要几个')).toEqual(['develop.introducers']);
  });
});

describe('homophone typos of the facts’ own subject words', () => {
  it('reads a word that sounds like a fact’s subject word as that word', () => {
    expect(matchedIds('入挡的年龄有要求吗')).toEqual(['member.age']);
    expect(matchedIds('从写申请到入挡大概多久')).toEqual(['develop.duration']);
    expect(cleanQuestion('转正要交哪些才料')).toContain('材料');
  });

  it('leaves real words that sound alike (入档, 书籍) as they are', () => {
    expect(cleanQuestion('政审材料要入档吗')).toContain('入档');
    expect(cleanQuestion('这本书籍要不要学')).toContain('书籍');
  });
});

describe('colloquial question words', () => {
  it('哪个来 before a verb asks who; 哪几样 asks which; 有好多条 ending a question asks how many', () => {
    expect(cleanQuestion('党员大会哪个来召开')).toContain('谁');
    expect(cleanQuestion('换届选举哪个来牵头')).toContain('谁');
    expect(cleanQuestion('党小组会讲哪几样内容')).toContain('哪些');
    expect(cleanQuestion('党员的义务有好多条')).toContain('多少条');
  });

  it('leaves 哪个来的 and a count told (有好多条规定没落实) as they are', () => {
    expect(cleanQuestion('这个通知是哪个来的')).toContain('哪个');
    expect(cleanQuestion('有好多条规定没落实，咋办')).toContain('好多条');
  });
});

describe('a question asked as a noun phrase before a further question', () => {
  it('is a part of its own (入党的条件，另外…)', () => {
    expect(matchedIds('入党的条件，另外党费怎么交')).toEqual(['member.conditions', 'dues.rates']);
    expect(matchedIds('党小组长的职责，顺便问下预备期多长')).toEqual(['branch.groups.leader', 'member.probation.length']);
  });

  it('one the asker tells stays context', () => {
    expect(matchedIds('我们有自己的规定，另外还有3个预备党员')).toEqual([]);
  });
});

describe('a homophone span that cuts a real word', () => {
  it('is no typo: 去年新来 holds 去年, not 年薪', () => {
    expect(cleanQuestion('我们去年新来了5个同志，党费怎么交')).toContain('去年新来');
  });
});

describe('a situation told, asked what to do', () => {
  it('a condition told as not reached (没构成犯罪, 不够判刑, 够不上犯罪) is not that condition', () => {
    expect(matchedIds('老王打架被拘留了五天，还不够判刑，组织上怎么处理')).toEqual(['discipline.minor-offence']);
    expect(matchedIds('一个党员赌博罚款，够不上犯罪，要处分吗')).toEqual(['discipline.minor-offence']);
    expect(matchedIds('党员被判刑了怎么处分')).toEqual(['discipline.crime']);
  });

  it('a rough amount told before the asking clause (关了几天) asks nothing; a split word (罚了款) is read whole', () => {
    expect(matchedIds('老周喝酒闹事被罚了款，关了几天，党内咋处理')).toEqual(['discipline.minor-offence']);
    expect(matchedIds('小吴跟人吵架被罚了款，要给处分吗')).toEqual(['discipline.minor-offence']);
    expect(cleanQuestion('他上周请了假')).toContain('请假');
    expect(matchedIds('预备期延长了几个月，最长多久')).toEqual(['member.probation.extend']);
  });

  it('correction tried and failed (批评了几次还是不改) is the 屡教不改 rule, not the education facts', () => {
    expect(matchedIds('有个党员老是不来过组织生活，批评了几次还是不改，怎么办')).toEqual(['member.unqualified']);
    expect(matchedIds('我们一个同志长期不起作用，帮教以后仍然没转变，支部咋弄')).toEqual(['member.unqualified']);
    expect(matchedIds('党员不参加学习怎么办')).toEqual(['member.education.duty']);
  });

  it('dues told as unpaid (没交, 欠交, 拖欠) ask the 脱党 rule, not how dues are reckoned', () => {
    expect(matchedIds('老张今年党费一分钱没交，咋个算')).toEqual(['dues.lapse']);
    expect(matchedIds('村里一个党员党费欠交好久了，咋算')).toEqual(['dues.lapse']);
    expect(matchedIds('党费怎么算')).toEqual(['dues.rates']);
  });

  it('dues told unpaid and asked what to do (咋办, 怎么办) is the 脱党 rule, not a duty the story also names', () => {
    expect(matchedIds('小刘在外地送快递，半年多党费都没交，支部活动也不来，这事咋办')).toEqual(['dues.lapse']);
    expect(matchedIds('有名党员外出打工两年，党费一直欠着没交，下一步怎么办')).toEqual(['dues.lapse']);
    expect(matchedIds('流动党员怎么过组织生活')).toEqual(['member.mobile.duty']);
  });

  it('a probationer who broke discipline, asked whether to extend, is the rule for probationers’ violations', () => {
    expect(matchedIds('我们那个预备党员这回违纪了，还要延长预备期吗')).toEqual(['discipline.probationary']);
    expect(matchedIds('一个预备党员犯错了，要延长预备期吗')).toEqual(['discipline.probationary']);
    expect(matchedIds('预备期最多能延长多久')).toEqual(['member.probation.extend']);
  });

  it('给什么处分 asks how the case is dealt with, as 怎么处分 does, though the sentencing story is long', () => {
    expect(matchedIds('老李挪用公款被判了两年，党内该给什么处分')).toEqual(['discipline.crime']);
    expect(matchedIds('村里有个党员偷东西让法院判了一年半有期徒刑，要给啥处分')).toEqual(['discipline.crime']);
    expect(matchedIds('党员被判刑了怎么处分')).toEqual(['discipline.crime']);
  });

  it('a story ended by 算不算 the fact’s own term is the case to judge: a word in it the fact excludes does not count', () => {
    expect(matchedIds('老赵去广东打工快一年了，组织关系没转过来，算不算流动党员')).toEqual(['member.mobile.who']);
    expect(matchedIds('流动党员组织关系归谁管')).toEqual(['member.mobile.manage']);
  });

  it('是不是 or 属不属于 the fact’s own term asks whether the case counts as it, as 算不算 does', () => {
    expect(matchedIds('老陈去外地搞装修七个多月了，是不是流动党员')).toEqual(['member.mobile.who']);
    expect(matchedIds('她出去读研一年多没回来过，属不属于流动党员')).toEqual(['member.mobile.who']);
    expect(matchedIds('流动党员党费怎么交')).not.toContain('member.mobile.who');
  });
});
