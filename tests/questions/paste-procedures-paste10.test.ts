import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { suggestByCertLevel } from '../../knowledge/questions/cert-levels';
import { suggestByDeniedClaim } from '../../knowledge/questions/denied-claim';
import { differentKinds, saidOfOtherKind } from '../../knowledge/questions/kinds';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { suggestByStopsShort } from '../../knowledge/questions/stops-short';
import { outcomeAnswer, type PassageHit, resolvePaste } from '../../knowledge/questions/suggest';
import type { TemplateQuestion } from '../../knowledge/questions/template';

/**
 * Issue 21, paste10: certificate years worked out from the one-grade-a-year rule, a statement that stops a procedure
 * short of its approval, and a close bank question about another kind of 处分 not carried over. Sentences written
 * for the test.
 */

const hit = (text: string, source = 'handbook:test'): PassageHit => ({ text, coverage: 1, source, title: '测试手册' });

describe('the earliest year for a higher certificate', () => {
  const rule = hit('晋级：持初级证书满一年可申请中级，持中级证书满一年可申请高级，不能越级。');

  it('is a year a grade after the year the lower one was obtained', () => {
    expect(
      suggestByCertLevel('老李2024年取得初级证书，逐级晋升，最早（ ）年可以申请高级证书。\nA.2025 B.2026 C.2027 D.2024', [rule])?.choice,
    ).toEqual(['B']);
    expect(suggestByCertLevel('老李2024年取得初级证书，最早（ ）年可以申请中级证书。', [rule])?.answerTexts).toEqual(['2025']);
  });

  it('counts from the highest grade the case says was obtained', () => {
    const raw =
      '小张2021年5月取得初级证书，2022年8月取得中级证书，最早（ ）可以申请高级证书。\nA.2022年5月 B.2023年5月 C.2023年8月 D.2024年8月';
    expect(suggestByCertLevel(raw, [rule])?.choice).toEqual(['C']);
  });

  it('keeps the month the stem gives', () => {
    const raw = '小王2023年9月拿到初级证，最早在（ ）才能申请高级证书。\nA.2024年9月 B.2025年3月 C.2025年9月 D.2026年9月';
    expect(suggestByCertLevel(raw, [rule])?.choice).toEqual(['C']);
  });

  it('is left alone without the rule, or asked of a lower grade', () => {
    expect(suggestByCertLevel('老李2024年取得初级证书，最早（ ）年可以申请高级证书。\nA.2025 B.2026', [])).toBeUndefined();
    expect(suggestByCertLevel('老李2024年取得中级证书，最早（ ）年可以申请中级证书。\nA.2025 B.2026', [rule])).toBeUndefined();
  });
});

describe('a statement that stops a procedure short', () => {
  const rule = hit('党员请长假外出的，可以暂停某项活动。办理的程序是：本人提出，经党支部研究同意，报上级党委批准。', 'handbook:x');

  it('is false where the rule goes on to an approval', () => {
    const said = suggestByStopsShort('判断：党员请长假外出的，本人提出后经党支部研究同意即可暂停该项活动。', [rule]);
    expect(said?.answerTexts).toEqual(['错误']);
    expect(said?.sentence).toBe('办理的程序是：本人提出，经党支部研究同意，报上级党委批准。');
    expect(suggestByStopsShort('党员请长假外出的，暂停活动经支委会同意后就可以，不用再报批。', [rule])?.answerTexts).toEqual(['错误']);
  });

  it('says nothing where the rule stops at that step, or the statement does not say the step is enough', () => {
    const stops = hit('党员请长假外出的，可以暂停某项活动，经党支部研究同意即可。', 'handbook:x');
    expect(suggestByStopsShort('党员请长假外出的，经党支部研究同意即可暂停该项活动。', [stops])).toBeUndefined();
    expect(suggestByStopsShort('党员请长假外出的，暂停活动要经党支部研究同意。', [rule])).toBeUndefined();
  });
});

describe('a close bank question about another kind', () => {
  it('is told by the kinds of 处分 or 纪律 each names', () => {
    expect(differentKinds('受严重警告处分的，几年内不得提升职务', '受警告处分的，几年内不得提升职务')).toBe(true);
    expect(differentKinds('受警告处分的，几年内不得提升职务', '受警告处分的党员，几年内不得提升')).toBe(false);
    expect(differentKinds('党员受处分后多久不能提拔', '受警告处分的，几年内不得提升职务')).toBe(false);
  });

  it('tells the words a sentence says of another 处分 than the stem asks about', () => {
    const text = '受警告处分的，一年内不得提升；受严重警告处分的，影响期为一年半。';
    expect(saidOfOtherKind('受严重警告处分的，（ ）内不得提升', text, '一年')).toBe(true);
    expect(saidOfOtherKind('受警告处分的，（ ）内不得提升', text, '一年')).toBe(false);
    expect(saidOfOtherKind('党员（ ）内不得提升', text, '一年')).toBe(false);
  });

  it('gives no similar answer', async () => {
    const bank: TemplateQuestion[] = [
      {
        id: 'k1',
        type: '单选',
        stem: '党员受到警告处分的，（ ）内不得在党内提升职务。',
        options: ['半年', '一年', '一年半', '两年'],
        answer: 'B',
        explanation: '警告一年。',
        source: '测试',
        bank: '测试',
        level: '初级',
        topic: '纪律',
      } as TemplateQuestion,
    ];
    const raw = '党员受到严重警告处分，他在（ ）内不得在党内提升职务。\nA 半年 B 一年 C 一年半 D 两年';
    const outcome = await resolvePaste(createPasteIndex(bank), raw, async () => [], undefined, createFactIndex([]));
    expect(outcomeAnswer(outcome)).not.toBe('B');
  });
});

describe('党龄 asked by a blank or in words', () => {
  const rule = hit('党员的党龄从预备期满转为正式党员之日算起。');
  it('fills the blank with the 转正 day', async () => {
    const outcome = await resolvePaste(
      createPasteIndex([]),
      '填空：小李2023年3月9日经支部党员大会通过为预备党员，按期转正，他的党龄从______起计算。',
      async () => [rule],
      undefined,
      createFactIndex([]),
    );
    expect(outcomeAnswer(outcome)).toBe('2024年3月9日');
  });

  it('reads 从哪天算起 as the question', async () => {
    const raw =
      '小李2023年3月9日经支部党员大会通过为预备党员，按期转正，党龄从哪天算起？（ ）\nA.2023年3月9日 B.2024年3月9日 C.上级批准之日';
    const outcome = await resolvePaste(createPasteIndex([]), raw, async () => [rule], undefined, createFactIndex([]));
    expect(outcomeAnswer(outcome)).toBe('B');
  });
});

describe('a statement claiming what a source names only to deny it', () => {
  const rule = hit('新调入的党员从组织关系转入之日起参加本支部的组织生活，不是从本人到单位报到之日起。', 'handbook:x');

  it('is false, the denying sentence as 依据', () => {
    const said = suggestByDeniedClaim('判断：新调入的党员从本人到单位报到之日起参加本支部的组织生活。', [rule]);
    expect(said?.answerTexts).toEqual(['错误']);
    expect(said?.sentence).toBe(rule.text);
  });

  it('says nothing of a statement that denies it too, or is about another matter', () => {
    expect(suggestByDeniedClaim('判断：新调入的党员不是从本人到单位报到之日起参加组织生活。', [rule])).toBeUndefined();
    expect(suggestByDeniedClaim('判断：职工工资从本人到单位报到之日起计发。', [rule])).toBeUndefined();
  });
});

describe('a statement saying one thing is another where a source says it is not (并不等于)', () => {
  const rule = hit(
    '入党积极分子参加培训班是培养的一部分。结业考试合格并不等于确定为发展对象，还要经过支委会研究和上级备案。',
    'handbook:x',
  );

  it('is false, the denying sentence as 依据', () => {
    const said = suggestByDeniedClaim('判断：入党积极分子结业考试合格后，即确定为发展对象。（ ）', [rule]);
    expect(said?.answerTexts).toEqual(['错误']);
    expect(said?.sentence).toBe('结业考试合格并不等于确定为发展对象，还要经过支委会研究和上级备案。');
  });

  it('says nothing of a statement that adds the step, or holds one side only', () => {
    expect(suggestByDeniedClaim('判断：结业考试合格后，还要经过支委会研究才能确定为发展对象。', [rule])).toBeUndefined();
    expect(suggestByDeniedClaim('判断：入党积极分子结业考试合格后可以领取结业证书。', [rule])).toBeUndefined();
  });
});
