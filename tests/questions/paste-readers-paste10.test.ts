import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { fixDomainTypos } from '../../knowledge/facts/clean';
import { monthsIn, suggestByInfluencePeriod } from '../../knowledge/questions/influence-period';
import { namesOtherKind } from '../../knowledge/questions/kinds';
import { letteredOptions } from '../../knowledge/questions/option-marks';
import { createPasteIndex, parsePasted } from '../../knowledge/questions/paste';
import { cleanPaste } from '../../knowledge/questions/paste-noise';
import { affirmedTerms, outcomeAnswer, type PassageHit, resolvePaste } from '../../knowledge/questions/suggest';

/**
 * Issue 21, paste10: general readers for how strangers wrap a question (options marked (A) or ①, their own words or
 * a paper's title before a numbered question, thanks after it), terms a passage names only to deny, a sentence about
 * another 纪律 than the asked one, and the influence period of a second 处分 worked out. Sentences written for the test.
 */

const hit = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });
const empty = createPasteIndex([]);
const noFacts = createFactIndex([]);
const solve = async (raw: string, hits: PassageHit[] = []) =>
  outcomeAnswer(await resolvePaste(empty, raw, async () => hits, undefined, noFacts));

describe('options marked otherwise', () => {
  it('reads letters in brackets as option marks, side by side', () => {
    const parsed = parsePasted('某支部有正式党员15名，讨论事项时赞成的至少要（ ）人。\n（A）7人（B）8人（C）9人（D）15人');
    expect(parsed.options).toEqual(['7人', '8人', '9人', '15人']);
  });

  it('reads ① ② ③ after the blank as options, but not the numbered statements of a stem', () => {
    expect(parsePasted('入党积极分子一般要经过（ ）的培养教育。\n①三个月 ②半年 ③一年以上 ④两年').options).toEqual([
      '三个月',
      '半年',
      '一年以上',
      '两年',
    ]);
    const statements = '下列说法正确的是（ ）①党费按月交纳 ②党费可以代交 ③党费可以少交\nA.①② B.①③ C.① D.②③';
    expect(letteredOptions(statements)).toBe(statements);
  });
});

describe('words around a numbered question', () => {
  it('drops the user’s words and a paper’s title before the question’s number', () => {
    expect(parsePasted('您好，单位发的复习资料上有一道题想请教。\n\n9．党员每月工资3000元，应交党费（ ）元。\nA．15 B．30').stem).toBe(
      '党员每月工资3000元,应交党费( )元。',
    );
    expect(parsePasted('《支部工作手册》第二章 组织生活\n3．党小组会一般每月召开（ ）次。\nA．1 B．2').stem).toBe(
      '党小组会一般每月召开( )次。',
    );
  });

  it('keeps the type a dropped line names, and the stem of numbered statements', () => {
    const parsed = parsePasted('请帮我核对一下这道练习：\n【多选题】第4题\n党员的权利包括（ ）\nA．表决权 B．选举权');
    expect(parsed.declaredType).toBe('多选');
    expect(parsed.stem).toBe('党员的权利包括( )');
    expect(cleanPaste('判断下列说法：\n1．党员要交党费。\n2．预备党员有表决权。')).toContain('判断下列说法');
  });

  it('drops thanks after the options', () => {
    expect(parsePasted('党员大会一般每季度召开（ ）次。\nA.1 B.2 C.3 D.4\n多谢您了！').options).toEqual(['1', '2', '3', '4']);
  });

  it('reads 预各党员, a scan’s look-alike, as 预备党员', () => {
    expect(fixDomainTypos('他是预各党员')).toBe('他是预备党员');
  });
});

describe('a term a passage names only to deny', () => {
  it('is not a term the passage states', () => {
    expect(affirmedTerms('要在10个工作日内完成，按工作日计算，不是10个自然日。', /工作日|自然日/g)).toEqual(['工作日', '工作日']);
  });

  it('makes a statement with the denied term not true', async () => {
    const rule = hit('材料要在10个工作日内上报。上报期限是10个工作日，按工作日计算，不是10个自然日。');
    expect(await solve('判断：材料要在10个自然日内上报。', [rule])).not.toBe('正确');
  });

  it('reads swapped roles by the order each is first named, however often the passage names them again', async () => {
    const roles = hit('外出党员由流出地党组织负责管理，流入地党组织配合。流出地党组织要定期联系外出党员。');
    expect(await solve('判断：外出党员由流入地党组织负责管理，流出地党组织配合。', [roles])).not.toBe('正确');
  });
});

describe('a sentence about another 纪律 than the asked one', () => {
  it('is told by the kinds each names', () => {
    expect(namesOtherKind('下列属于违反工作纪律的有', '下列属于违反生活纪律的有铺张浪费')).toBe(true);
    expect(namesOtherKind('下列属于违反工作纪律的有', '六项纪律即政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律')).toBe(false);
    expect(namesOtherKind('党费怎么交', '下列属于违反生活纪律的有铺张浪费')).toBe(false);
  });

  it('gives no option of the asked kind', async () => {
    const other = hit('违反生活纪律的行为，例如生活奢靡、铺张浪费。');
    expect(await solve('【多选】下列行为中，属于违反工作纪律的有（ ）\nA.铺张浪费 B.生活奢靡 C.工作失职', [other])).toBeUndefined();
  });
});

describe('the members with a vote', () => {
  it('counts the 正式党员 when the 预备党员 are counted apart', async () => {
    expect(await solve('某支部有正式党员17名、预备党员4名，讨论接收预备党员，赞成的至少要（ ）人。\nA.9 B.10 C.11 D.12')).toBe('A');
  });

  it('leaves out those of them under 留党察看, when the case says how many', async () => {
    expect(await solve('某支部有正式党员21名，其中1名正在留党察看期内，讨论决议时赞成票至少需要（ ）票。\nA.10 B.11 C.12 D.13')).toBe('B');
    expect(await solve('某支部有正式党员21名，有的正在留党察看，讨论决议时赞成票至少需要（ ）票。\nA.10 B.11 C.12 D.13')).toBeUndefined();
  });
});

describe('the seats of an election', () => {
  it('reads 应选支部委员N名, not the percentage after 应选人数', async () => {
    const rule = hit('委员候选人的差额不少于应选人数的20%。');
    expect(await solve('换届应选支部委员6名，按照差额不少于应选人数20%的规定，候选人至少应为（ ）名。\nA.6 B.7 C.8 D.9', [rule])).toBe('C');
  });
});

describe('the influence period of a second 处分', () => {
  const rule = hit('党员在处分影响期内又受到党纪处分的，影响期为原处分还没有执行完的影响期与新处分影响期之和。');

  it('reads lengths of time in months', () => {
    expect(monthsIn('一年十个月')).toBe(22);
    expect(monthsIn('2年6个月')).toBe(30);
    expect(monthsIn('一年半')).toBe(18);
    expect(monthsIn('二十个月')).toBe(20);
    expect(monthsIn('两年')).toBe(24);
    expect(monthsIn('开除党籍')).toBeUndefined();
  });

  it('reads the time between them however the case tells it (过了半年)', async () => {
    expect(
      await solve('老张受了严重警告处分，过了一年又受了警告处分，新的影响期一共是（ ）\nA.一年 B.一年半 C.二年 D.二年半', [rule]),
    ).toBe('B');
  });

  it('adds what is left of the first to the second', async () => {
    expect(
      await solve('某党员受严重警告处分五个月后，又受到警告处分，新的影响期为（ ）。\nA.一年 B.一年半 C.二年一个月 D.二年半', [rule]),
    ).toBe('C');
    expect(await solve('党员受警告处分满半年时又受严重警告处分，影响期一共（ ）。', [rule])).toBe('二年');
  });

  it('is left alone without the rule, after the first period, or for a 处分 of no fixed period', () => {
    const ask = (stem: string, hits: PassageHit[] = [rule]) => suggestByInfluencePeriod(`${stem}\nA.一年 B.一年半 C.二年 D.三年`, hits);
    expect(ask('某党员受警告处分6个月后又受严重警告处分，新的影响期为（ ）。', [])).toBeUndefined();
    expect(ask('某党员受警告处分13个月后又受严重警告处分，新的影响期为（ ）。')).toBeUndefined();
    expect(ask('某党员受留党察看处分6个月后又受警告处分，新的影响期为（ ）。')).toBeUndefined();
    expect(ask('某党员受警告处分6个月后又受严重警告处分，新的影响期为（ ）。')?.choice).toEqual(['C']);
  });
});

describe('a committee counted as 支委N人', () => {
  it('is the committee the quorum is worked from', async () => {
    expect(await solve('某支部有支委7人，召开支委会时至少要到会（ ）人。\n甲 3人 乙 4人 丙 5人 丁 7人')).toBe('B');
  });
});
