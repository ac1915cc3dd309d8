import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duesForPaste } from '../../bot/features/ask/dues';
import { passageSearch } from '../../bot/features/quiz/exam-answerer';
import { createFactIndex } from '../../knowledge/facts';
import { suggestByBandedDues } from '../../knowledge/questions/banded-dues';
import { loadBuiltinQuestions } from '../../knowledge/questions/builtin';
import { judgeByItems } from '../../knowledge/questions/fact-items';
import { suggestByFlippedClaim } from '../../knowledge/questions/flipped-claim';
import { suggestByMobileMember } from '../../knowledge/questions/member-cases';
import { createPasteIndex, parsePasted } from '../../knowledge/questions/paste';
import { outcomeAnswer, type PassageHit, resolvePaste, suggestCalibrated } from '../../knowledge/questions/suggest';
import { createTestBot, type TestBot } from '../helpers/runtime';

/**
 * Issue 21, paste24: what a paste carries that is not the question (a bare number before it, the user's remark on
 * the line after a finished statement), and rules a stranger words otherwise — 党费 worked out band by band, a
 * 预备党员 taking part in a vote, who manages a 流动党员 (options of the same words swapped, two blanks), a list's
 * item named by its body (支部委员会 for 支部委员会会议), a 经 before a blank's name, a power to approve that the list
 * gives only to discuss. Pastes and sentences written for the test.
 */

const hit = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });

describe('a question numbered without punctuation', () => {
  it('loses a bare number before its stem or before its type', () => {
    expect(parsePasted('14 党员受到留党察看处分后，察看期最长为两年。（ ）').stem).toBe('党员受到留党察看处分后,察看期最长为两年。( )');
    const typed = parsePasted('3【单选】入党积极分子由（ ）研究确定。\nA、党小组 B、支部委员会 C、支部党员大会');
    expect(typed.declaredType).toBe('单选');
    expect(typed.stem).toBe('入党积极分子由( )研究确定。');
  });

  it('(guard) keeps a number that a unit follows: it is the stem’s own', () => {
    expect(parsePasted('6 个月不交党费又没有正当理由的，算自行脱党吗').stem).toMatch(/^6 ?个月/);
  });
});

describe('the user’s remark after a finished statement', () => {
  it('is not the statement', () => {
    expect(parsePasted('判断：党小组会一般每月召开一次。（ ）\n我们组长老是拖到季度末才开，心里没底').stem).toBe(
      '党小组会一般每月召开一次。( )',
    );
  });

  it('(guard) leaves options in full-width letters under such a statement alone', () => {
    const parsed = parsePasted('４．党员的党龄从预备期满转为正式党员之日算起。（ ）\nＡ．正确\nＢ．错误');
    expect(parsed.options).toEqual(['正确', '错误']);
  });
});

describe('rules worded by strangers', () => {
  it('a 预备党员 who takes part in the vote: false where the handbook denies the right', () => {
    const rule = hit('发展对象可以旁听支部党员大会，可以发表意见，但没有表决权。');
    expect(suggestByFlippedClaim('判断：发展对象可以旁听支部党员大会，并参加表决。', [rule])?.answerTexts).toEqual(['错误']);
    expect(suggestByFlippedClaim('判断：发展对象旁听支部党员大会，不参加表决。', [rule])).toBeUndefined();
  });

  it('党费 reckoned band by band is false; the rule said right is not', () => {
    const rule = hit('计算党费时要注意：\n- 整个数额只套一档，不分段累进。\n- 分界的数归入低的一档。');
    const banded = suggestByBandedDues(
      '判断：某在职党员月薪8000元，前3000元按0.5%，再2000元按1%，剩下3000元按1.5%，三段加起来就是他每月的党费。',
      [rule],
    );
    expect(banded?.answerTexts).toEqual(['错误']);
    expect(banded?.sentence).toBe('整个数额只套一档，不分段累进。');
    expect(suggestByBandedDues('判断：党费实行超额累进计算，收入越高的部分比例越高。', [rule])?.answerTexts).toEqual(['错误']);
    expect(suggestByBandedDues('判断：党费按整个收入只套一档计算，不分段累进。', [rule])).toBeUndefined();
    expect(suggestByBandedDues('判断：某在职党员月薪8000元，每月交党费120元。', [rule])).toBeUndefined();
  });

  it('who manages a 流动党员: a third body or the member alone is not it; two blanks take one word each', () => {
    const one = suggestByMobileMember(
      '按规定，外出务工党员的教育管理由（ ）\nA.务工地党组织负责，流出地党组织协助\nB.流出地党组织负责，务工地党组织协助\nC.县委组织部统一负责\nD.党员自己自行管理',
    );
    expect(one?.choice).toEqual(['B']);
    const two = suggestByMobileMember(
      '外出经商的党员，由（ ）党组织负责管理，（ ）党组织协助。\nA.流入地 流出地\nB.流出地 流入地\nC.乡镇 社区\nD.居住地 工作地',
    );
    expect(two?.choice).toEqual(['B']);
  });

  it('options of the same words swapped: a judgement by words picks no third option', () => {
    const who = hit(
      '谁来管：按照2019年党员教育管理工作条例，流动党员由流出地党组织继续负责教育管理，流入地党组织协助。流出地党组织要掌握流动党员的去向。',
    );
    const said = suggestCalibrated(
      '【单选】按照2019年党员教育管理工作条例，流动党员的教育管理（ ）\nA.由流入地党组织负责、流出地党组织协助\nB.由流出地党组织负责、流入地党组织协助\nC.由街道统一负责\nD.由党员自行管理',
      [who],
      createFactIndex(),
    );
    expect(['A', 'B', undefined]).toContain(said ? outcomeAnswer(said) : undefined);
  });

  it('a 多选 asked with …的有（ ）: an option approving what the list only discusses is not picked', () => {
    const sentence = '党员大会的职权：听取支委会报告；讨论表决接收预备党员；讨论决定对党员的纪律处分，报上级党组织批准。';
    const picked = judgeByItems(
      parsePasted(
        '下列属于党员大会职权的有（ ）\nA.听取支委会报告\nB.批准对党员的纪律处分\nC.讨论表决接收预备党员\nD.讨论决定对党员的纪律处分',
      ),
      sentence,
    );
    expect(picked ?? []).not.toContain(1);
    // (guard) An option sending the item up for approval claims no power of its own.
    const steps = judgeByItems(
      parsePasted('多选：党员申请免交党费，要走的程序有（ ）\nA.本人提出申请\nB.党支部研究同意\nC.报上一级党委批准'),
      '免交党费的程序：本人提出申请；党支部研究同意；报上一级党委批准。',
    );
    expect(steps).toEqual([0, 1, 2]);
  });
});

describe('through the real answer path', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await createTestBot();
  });
  afterAll(() => bot?.close());
  const search = (stem: string) => passageSearch(bot.runtime.app.services.knowledge.index)(stem);
  const answer = async (text: string) =>
    outcomeAnswer(await resolvePaste(createPasteIndex(loadBuiltinQuestions()), text, search, duesForPaste));

  it('answers a statement numbered bare, with the user’s remark after it', async () => {
    expect(await answer('12 预备党员参加支部党员大会时，可以发表意见，也可以参与表决。（ ）\n上回开会我看见有预备党员举手了')).toBe('错误');
  });

  it('judges 党费 split into bands false', async () => {
    expect(await answer('判断：在职党员月收入7000元，3000元按0.5%、2000元按1%、2000元按1.5%分别算出后再加总，作为每月党费。')).toBe('错误');
  });

  it('fills a blank that opens its clause without the sentence’s 经', async () => {
    expect(await answer('确有困难要少交党费的党员，先由本人提出，（ ）研究同意，再报（ ）批准。')).toBe('党支部、上一级党委');
  });

  it('picks every meeting of “三会” where an option names a meeting by its body', async () => {
    expect(await answer('三会一课的三会是（ ）\nA.党小组会 B.支部党员大会 C.支部委员会 D.党员代表大会')).toBe('ABC');
  });
});
