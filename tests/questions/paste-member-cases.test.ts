import { describe, expect, it } from 'vitest';
import { namesOtherMemberKind } from '../../knowledge/questions/kinds';
import {
  suggestByIntroducer,
  suggestByMobileMember,
  suggestByThreeRights,
  suggestByWithdrawal,
} from '../../knowledge/questions/member-cases';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, type PassageHit, resolvePaste, suggestByPassageValues } from '../../knowledge/questions/suggest';

/**
 * Issue 21 (paste15): options that are people or cases sorted by one rule the handbook states whole — who may be an
 * 入党介绍人, which cases are 自行脱党. The pastes are written for the test.
 */

const index = createPasteIndex([]);
const noPassages = async (): Promise<PassageHit[]> => [];

describe('who may be an 入党介绍人', () => {
  it('bars 预备党员, members under 留党察看 and anyone not yet a member; a 正式党员 or a branch officer may', async () => {
    const raw =
      '（多选）支部给发展对象小钱找入党介绍人，下列同志不能担任的有（ ）\nA.刚接收三个月的预备党员老孙\nB.还是入党积极分子的小李\nC.支部组织委员老周\nD.留党察看期间的老吴';
    const outcome = await resolvePaste(index, raw, noPassages);
    expect(outcomeAnswer(outcome)).toBe('ABD');
    expect(outcome.kind === 'hedged' && outcome.sentence).toContain('还没有入党的人');
  });

  it('answers who may, and reads an aside (（正式党员）) that the option comparison drops', () => {
    const raw =
      '单选 下列同志中，可以担任入党介绍人的是（ ）\nA.预备党员小何\nB.团支部书记小王（团员）\nC.车间主任（正式党员）\nD.发展对象小刘';
    // 团支部书记 is no branch officer of the Party: 团员 bars the one, the aside lets the other.
    expect(suggestByIntroducer(raw)?.choice).toEqual(['C']);
  });

  it('leaves a person whose standing is not told, and a question on what an introducer does', () => {
    expect(suggestByIntroducer('下列人员中，不能担任入党介绍人的有（ ）\nA.预备党员\nB.单位领导\nC.正式党员')).toBeUndefined();
    expect(suggestByIntroducer('入党介绍人的任务有哪些（ ）\nA.解释党章\nB.预备党员\nC.正式党员')).toBeUndefined();
  });
});

describe('which cases are 自行脱党', () => {
  it('counts the months and the reason of each case, the stem’s words standing for every case', async () => {
    const raw =
      '下列几名党员，可以认定为自行脱党的有（ ）\nA.小马无故连续八个月没交党费\nB.老牛做手术住院七个月没参加组织生活\nC.老杨没有正当理由，连续五个月不参加组织生活\nD.小朱没有正当理由，半年多没做支部分配的任务';
    expect(outcomeAnswer(await resolvePaste(index, raw, noPassages))).toBe('AD');
    const stemSays =
      '（多选）党员没有正当理由，连续六个月有下列哪些情形的，被认为是自行脱党（ ）\nA.不交纳党费\nB.不参加党的组织生活\nC.不参加单位工会活动\nD.不做党分配的工作';
    expect(suggestByWithdrawal(stemSays)?.choice).toEqual(['A', 'B', 'D']);
  });

  it('leaves a case that does not say how long or whether there was a reason', () => {
    expect(
      suggestByWithdrawal(
        '下列情形中，可以认定为自行脱党的有（ ）\nA.小马不交党费\nB.老杨没有正当理由连续七个月不参加组织生活\nC.老牛两个月没来开会',
      ),
    ).toBeUndefined();
  });
});

describe('members in work and retired ones', () => {
  it('weighs no sentence on retired members for one in work, nor the other way round', () => {
    const hits: PassageHit[] = [
      {
        text: '分界的数算低的一档：在职党员正好3000元适用0.5%、正好5000元适用1%；离退休党员正好5000元适用0.5%。',
        coverage: 0.9,
        source: 'handbook:test',
        title: '测试',
      },
    ];
    const working = '在职党员税后月收入正好5000元，党费交纳比例是（ ）\nA.0.5%\nB.1%\nC.1.5%\nD.2%';
    const picked = (raw: string) => {
      const outcome = suggestByPassageValues(raw, hits);
      return outcome?.kind === 'hedged' ? outcome.choice : [];
    };
    expect(picked(working)).not.toContain('A');
    const retired = '退休党员每月养老金正好5000元，党费交纳比例是（ ）\nA.0.5%\nB.1%\nC.1.5%\nD.2%';
    expect(picked(retired)).not.toContain('B');
    // A stem naming neither kind weighs both.
    expect(namesOtherMemberKind('党员月收入5000元交多少', '离退休党员正好5000元适用0.5%')).toBe(false);
    expect(namesOtherMemberKind('退休党员月养老金5000元交多少', '离退休党员正好5000元适用0.5%')).toBe(false);
  });
});

describe('流动党员', () => {
  it('judges statements by who counts, who manages, where the 组织关系 goes and what goes on while away', async () => {
    const raw =
      '关于在外地打工的党员，下列说法正确的有（ ）（多选）\nA.去外省参加三天培训的党员也按流动党员管理\nB.原党支部继续负责他的教育管理，工作所在地的党组织协助\nC.在外务工期间可以停交党费\nD.外出地点相对稳定、时间较长的，应当及时把组织关系转过去';
    expect(outcomeAnswer(await resolvePaste(index, raw, noPassages))).toBe('BD');
  });

  it('fills the stem’s blank with each option when the stem asks who manages', () => {
    const raw =
      '离开组织关系所在党支部半年以上的流动党员，一般由（ ）负责教育管理\nA.务工地的党组织\nB.流出地党组织\nC.他自己\nD.户籍所在地派出所';
    expect(suggestByMobileMember(raw)?.choice).toEqual(['B']);
  });

  it('leaves a statement none of the rules speaks of', () => {
    const raw = '关于流动党员，下列说法正确的有（ ）\nA.由流出地党组织负责教育管理\nB.要随身携带身份证\nC.外出期间可以不交党费';
    expect(suggestByMobileMember(raw)).toBeUndefined();
  });
});

describe('who lacks the three rights', () => {
  it('answers which rights a 预备党员 lacks, and which members lack them', async () => {
    const rights = '预备党员除了（ ）以外，享有和正式党员一样的权利\nA.选举权\nB.知情权\nC.被选举权\nD.表决权\nE.申诉权';
    expect(outcomeAnswer(await resolvePaste(index, rights, noPassages))).toBe('ACD');
    const members =
      '（多选）下列同志中，没有表决权、选举权和被选举权的有（ ）\nA.受严重警告处分的老刘\nB.上个月刚接收的预备党员小赵\nC.正在留党察看的老钱\nD.离休的老党员';
    expect(suggestByThreeRights(members)?.choice).toEqual(['B', 'C']);
  });
});
