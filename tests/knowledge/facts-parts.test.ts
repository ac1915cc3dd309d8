import { describe, expect, it } from 'vitest';
import { askingParts, cleanQuestion, matchParts, normalizeInput } from '../../knowledge';
import { factIndex } from '../helpers/facts';

/**
 * Questions of two or three parts (issue 22, the part reader): each part is cut out however the asker marks it,
 * answered by its own fact with the subject said before it, and a part no fact answers is left open rather than
 * filled with a neighbour's fact. The sentences are written for these tests, several per kind of cut.
 */
const partsOf = (q: string) => askingParts(cleanQuestion(normalizeInput(q)));
const answer = (q: string) => {
  const open: string[] = [];
  const ids = matchParts(factIndex, normalizeInput(q), { weak: true }, open).map((m) => m.fact.id);
  return { ids, open };
};

describe('cutting a question into its asking parts', () => {
  it('a word that opens a further question (还有, 另外, 再问, 顺便问) cuts, without punctuation too', () => {
    expect(partsOf('党旗是什么样子还有党徽能不能印在商品包装上')).toEqual(['党旗是什么样子', '党徽能不能印在商品包装上']);
    expect(partsOf('支委会一般多久开一次另外几个委员到会才能开')).toEqual(['支委会一般多久开一次', '几个委员到会才能开']);
    expect(partsOf('党小组会多久开一次 再问一下 组织生活会一般放在什么时候')).toHaveLength(2);
    expect(partsOf('预备期是多长时间顺便问下党龄从哪天算')).toEqual(['预备期是多长时间', '党龄从哪天算']);
  });

  it('还有 that means "still" does not cut', () => {
    expect(partsOf('预备期还有两个月就满了，转正要开什么会')).toHaveLength(1);
    expect(partsOf('支部还有没有必要设组织委员')).toHaveLength(1);
    expect(partsOf('我们还有3个入党积极分子，培养联系人要几个')).toHaveLength(1);
  });

  it('a numbered list of questions cuts at each number', () => {
    expect(partsOf('1. 支委会多久开一次 2. 几个人到会才能开')).toEqual(['支委会多久开一次', '几个人到会才能开']);
    expect(partsOf('（1）党员大会多久开一次（2）党小组会多久开一次')).toEqual(['党员大会多久开一次', '党小组会多久开一次']);
    expect(partsOf('①预备期多长②预备期能延长多久')).toEqual(['预备期多长', '预备期能延长多久']);
  });

  it('怎样, 如何, 何时, 几时 ask as 怎么 and 什么时候 do', () => {
    expect(partsOf('影响期怎样计算？一共多久？')).toEqual(['影响期怎样计算', '一共多久']);
    expect(partsOf('党费如何交纳？何时交？')).toEqual(['党费如何交纳', '何时交']);
    // 几时 is read as 什么时候 by the table of spoken words (粤, 客家, 闽 and written Mandarin alike).
    expect(partsOf('组织生活会几时开？要准备什么材料？')).toEqual(['组织生活会什么时候开', '要准备什么材料']);
  });

  it('几 after a plan tells of several and is the context of the question after it', () => {
    expect(partsOf('我们打算分几个党小组，组长怎么产生')).toHaveLength(1);
    expect(partsOf('书记说要选几个代表 代表要什么条件')).toHaveLength(1);
    // Asked alone, it still asks.
    expect(partsOf('支部想选几个委员')).toHaveLength(1);
  });

  it('a dialect question word makes a part of its own (底个, 得不得 at the end)', () => {
    expect(partsOf('他算唔算流动党员？由底个管他？')).toEqual(['他算不算流动党员', '由谁管他']);
    expect(partsOf('党旗是哪样样子 党徽印在酒瓶上卖得不得')).toHaveLength(2);
    expect(cleanQuestion('我主持得不得')).toContain('行不行');
  });
});

describe('questions run together and questions said by their subject alone', () => {
  it('two questions typed as one run are cut where the second subject begins', () => {
    expect(answer('党员大会多长时间开一次支委会又多长时间开一次').ids).toEqual(['life.general.frequency', 'life.committee.frequency']);
    expect(answer('党小组会一般多久开一次党课又多久上一次').ids).toEqual(['life.group.frequency', 'life.lecture.frequency']);
    // Nothing asked after the subject: one question.
    expect(partsOf('多久开一次党员大会')).toHaveLength(1);
  });

  it('a part naming only a new subject asks the part before of it', () => {
    expect(answer('党小组会多久开一次？那党课呢').ids).toEqual(['life.group.frequency', 'life.lecture.frequency']);
    expect(answer('支委会多长时间开一次，党员大会呢').ids).toEqual(['life.committee.frequency', 'life.general.frequency']);
  });

  it('影响期 said alone is the period of a 处分', () => {
    expect(answer('影响期怎样计算？一共多久？从何时起算？').ids).toEqual(['discipline.effects', 'discipline.influence.start']);
  });
});

describe('answering each part with its own fact', () => {
  it('parts cut by a word or a number each get their fact, the subject carried where a part leaves it out', () => {
    expect(answer('党旗是什么样子还有党徽能不能印在商品包装上').ids).toEqual(['member.flag', 'member.emblem.use']);
    expect(answer('1. 支委会多久开一次 2. 几个人到会才能开').ids).toEqual(['life.committee.frequency', 'life.committee.quorum']);
    expect(answer('支委会一般多久开一次另外几个委员到会才能开').ids).toEqual(['life.committee.frequency', 'life.committee.quorum']);
    expect(answer('我们社区有个党员去外地打工快一年了，算唔算流动党员？由底个负责管他？').ids).toEqual([
      'member.mobile.who',
      'member.mobile.manage',
    ]);
  });

  it('a part that opens on a subject of its own is read alone; one that opens on none takes the subject before', () => {
    expect(answer('党旗党徽分别是啥样的 我们要做展板').ids).toEqual(['member.flag', 'member.emblem']);
    expect(answer('支委会一个月开几次 几个人到会才算数').ids).toEqual(['life.committee.frequency', 'life.committee.quorum']);
  });

  it('a part no fact answers is left open, never filled with a neighbouring fact', () => {
    const heartTalk = answer('谈心谈话一年至少几次？开组织生活会之前一定要谈吗');
    expect(heartTalk.ids).toEqual(['life.heart-talk', 'life.heart-talk.when']);
    const contacts = answer('要给积极分子指定几个培养联系人？联系人要不要写培养日记');
    expect(contacts.ids).toEqual(['develop.activist.contacts']);
    expect(contacts.open).toHaveLength(1);
    // A part the reply's fact already says, or a guess checked against the answer before, is not said to be open.
    expect(answer('宣誓的时候举哪只手？要不要握拳').open).toEqual([]);
    expect(answer('预备期从哪天开始算？是从上级批准那天吗').open).toEqual([]);
    expect(answer('党小组组长怎么产生？是党员推荐还是支部指定').open).toEqual([]);
    const unsaid = answer('谈心谈话一年几次？谈话要不要录音');
    expect(unsaid.ids).toEqual(['life.heart-talk']);
    expect(unsaid.open).toEqual(['谈话要不要录音']);
  });
});

describe('a part the asker marks as a further question (还有, 另外, 再问一下, 顺便问下)', () => {
  // The subject words of the facts, longest first, as matchParts gives them to the part reader.
  const subjects = [...new Set(factIndex.facts.flatMap((f) => f.must.flat()))]
    .filter((w) => w.length >= 2)
    .sort((a, b) => b.length - a.length);
  const partsOf = (q: string) => askingParts(cleanQuestion(normalizeInput(q)), subjects);
  it('is asked though it names only a thing and what is asked of it, as the part before it is', () => {
    expect(partsOf('预备期是多长时间，另外发展党员的程序')).toEqual(['预备期是多长时间', '发展党员的程序呢']);
    expect(answer('预备期是多长时间，另外发展党员的程序').ids).toEqual(['member.probation.length', 'develop.stages']);
    // A bare subject is the part before asked of it, as "党课呢" is.
    expect(partsOf('党课多久开一次，还有党小组会')).toEqual(['党课多久开一次', '党小组会多久开一次']);
  });

  it('before a word that says a question is asked (顺便问下, 再问一下), the thing named last is asked too', () => {
    expect(partsOf('入党誓词全文，再问一下党小组会多久开一次')).toEqual(['入党誓词全文呢', '党小组会多久开一次']);
    expect(answer('入党誓词全文，再问一下党小组会多久开一次').ids).toEqual(['member.oath.words', 'life.group.frequency']);
    // Not a count told ("支部30个党员"), nor before 另外, which says no question was asked.
    expect(partsOf('支部30个党员，顺便问下党费怎么交')).toHaveLength(1);
    expect(partsOf('入党誓词全文，另外党小组会多久开一次')).toHaveLength(1);
  });

  it('one that tells (我们…, 谢谢) is not made a question', () => {
    expect(partsOf('党费什么时候交，另外我们支部有三十个党员')).toHaveLength(1);
  });

  it('one that opens on a subject of its own is read alone, not with the subject of the part before', () => {
    expect(answer('支委会多久开一次，顺便问下党小组长的职责').ids).toEqual(['life.committee.frequency', 'branch.groups.leader']);
  });

  it("is read against its own contrasts, not another part's (转正 asked in one part, 接收 stated by the other's fact)", () => {
    expect(answer('党小组可以处分党员吗，另外预备党员转正要开什么会').ids).toEqual(['life.group.power', 'member.probation.steps']);
    // A part that names no subject of its own still reads the part before: its 转正 is this part's too.
    expect(answer('预备党员转正要开什么会，另外还要报上级批准吗').ids).toEqual(['member.probation.steps', 'member.probation.outcomes']);
  });
});
