import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { suggestByFactDate } from '../../knowledge/questions/fact-dates';
import { judgeByItems } from '../../knowledge/questions/fact-items';
import { letteredOptions } from '../../knowledge/questions/option-marks';
import { createPasteIndex, parsePasted } from '../../knowledge/questions/paste';
import { outcomeAnswer, resolvePaste, suggestByFactList, withoutCase } from '../../knowledge/questions/suggest';

/**
 * Issue 21, sixth round: options a paste marks otherwise than A B C D (survey-app bullets, 甲乙丙丁, (1)(2)(3), letters
 * a table copy separates by tabs), a paper's section header, a first line naming where the question was found; a
 * chained period not added once to a case's date; and a 多选 judged item by item against the list a fact gives,
 * with the fact's own polarity (没有表决权… / 不得用于…). The pastes are written for the test in the writers' shapes.
 */

const noPassages = async () => [];
const index = createPasteIndex([]);

describe('options marked otherwise', () => {
  it('letters survey-app bullets and drops the bulleted 对 / 错 of a 判断', () => {
    const parsed = parsePasted('某党员税后月工资7800元，每月应交党费（ ）。\n○ 78元\n○ 117元\n○ 156元\n○ 39元\n正确答案：\n求解析');
    expect(parsed.options).toEqual(['78元', '117元', '156元', '39元']);
    expect(parsePasted('判断：报备期限按自然日计算。\n○对\n○错').options).toEqual([]);
  });

  it('letters 甲乙丙丁 and (1)(2)(3)(4), but not numbered statements beside lettered options', () => {
    expect(parsePasted('支委会至少要到会（ ）人。\n甲 2人  乙 3人  丙 4人  丁 5人').options).toEqual(['2人', '3人', '4人', '5人']);
    expect(parsePasted('党员每年集中学习不少于（ ）学时\n(1)24 (2)32 (3)48 (4)56').options).toEqual(['24', '32', '48', '56']);
    const kept = '下列说法正确的是（ ）\n(1)甲说 (2)乙说 (3)丙说\nA.(1)(2)\nB.(2)(3)';
    expect(letteredOptions(kept)).toBe(kept);
  });

  it('gives letters separated from their words by tabs their marks', () => {
    expect(parsePasted('候选人最少要提（　）名。\nA\t4\tB\t5\tC\t6\tD\t8').options).toEqual(['4', '5', '6', '8']);
  });

  it('reads a section header as the type and drops a first line naming the source', () => {
    const parsed = parsePasted('一、单项选择题 5.（1分）支部委员会会议一般（ ）召开1次。\nA.每周\tB.每月\tC.每季度\tD.每半年');
    expect(parsed.declaredType).toBe('单选');
    expect(parsed.stem).toBe('支部委员会会议一般( )召开1次。');
    expect(parsePasted('转：持证上岗模拟题\n第8题【单选】证书分几个等级（ ）\nA.二\nB.三\nC.四').stem).toBe('证书分几个等级( )');
  });
});

describe('a chain of like periods', () => {
  it('adds no single period to a case date when the rule is 满一年…满一年', () => {
    const facts = createFactIndex([
      {
        id: 'levels',
        q: '多久可以申请高级证书',
        a: '证书分初级、中级、高级三个等级，逐级晋升；持初级满一年可申请中级，持中级满一年可申请高级。',
        section: 'test.levels',
        kinds: ['any'],
        must: [['证书']],
        p: ['最早什么时候可以申请高级证书'],
      },
    ]);
    const raw = '某党务工作者2025年3月取得初级证书，他最早可以在（ ）申请高级证书。\nA. 2026年3月\nB. 2027年3月\nC. 2028年3月';
    expect(suggestByFactDate(raw, facts, withoutCase)).toBeUndefined();
  });
});

describe('a 多选 judged item by item against a fact’s list', () => {
  const rights = '预备党员可以参加党的会议、发表意见，但没有表决权、选举权和被选举权；其他权利与正式党员相同。';

  it('picks what the fact says is not so when the stem asks for what is not', () => {
    const pasted = parsePasted(
      '【多选】预备党员与正式党员相比，不享有下列哪些权利（ ）\nA. 表决权\nB. 选举权\nC. 被选举权\nD. 参加党的有关会议',
    );
    expect(judgeByItems(pasted, rights)).toEqual([0, 1, 2]);
  });

  it('does not take an option it does not name as outside a list that says what is not so', () => {
    const pasted = parsePasted('（多选）预备党员享有的权利包括（ ）\nA. 参加党的有关会议\nB. 向上级组织提出申诉\nC. 选举权\nD. 被选举权');
    expect(judgeByItems(pasted, rights)).toBeUndefined();
  });

  it('leaves an option that denies an item (拒不退赔) unplaced', () => {
    const lenient = '可以从轻或减轻的情形主要有：主动交代；配合调查；检举他人违纪违法经查证属实；主动上交或退赔违纪所得。';
    const pasted = parsePasted(
      '（多选）下列情形中，可以从轻或者减轻处分的有（ ）\nA. 主动交代问题\nB. 拒不退赔违纪所得\nC. 主动上交违纪所得',
    );
    expect(judgeByItems(pasted, lenient)).toBeUndefined();
  });

  it('answers a pasted 多选 from the handbook’s facts, quoting the fact as its basis', async () => {
    const raw =
      '二、多项选择题 11.（2分）与正式党员相比，预备党员不享有的权利有（　）。\nA\t表决权\tB\t选举权\tC\t被选举权\tD\t参加党的有关会议';
    const outcome = await resolvePaste(index, raw, noPassages);
    expect(outcomeAnswer(outcome)).toBe('ABC');
    expect(outcome.kind === 'hedged' && outcome.passage.text.includes(outcome.sentence)).toBe(true);
  });

  it('answers the 必谈 occasions, each option an item of the fact’s list', async () => {
    const raw =
      '多选 遇到下列哪些情况，党支部应当和党员谈心谈话？（ ）\nA. 召开组织生活会之前\nB. 党员受到纪律处分之后\nC. 党员思想出现波动\nD. 党员出现苗头性、倾向性问题';
    expect(outcomeAnswer(await resolvePaste(index, raw, noPassages))).toBe('ABCD');
  });
});

describe('a list judged with the handbook sentences its fact summarizes (issue 21, eighth round)', () => {
  const facts = createFactIndex();

  it('places an option the summary words shorter (表彰先进) by the section’s own list (优秀共产党员)', () => {
    const raw = '（多选）支部的党费可以花在下面哪些地方（ ）\nA. 培训党员\nB. 补助生活困难的党员\nC. 给支委发年终奖金\nD. 表彰优秀共产党员';
    // The fact's summary alone leaves 表彰优秀共产党员 unplaced.
    const fact = facts.facts.find((f) => f.id === 'dues.use')!;
    expect(judgeByItems(parsePasted(raw), fact.a)).toBeUndefined();
    const outcome = suggestByFactList(raw, facts);
    expect(outcome && outcomeAnswer(outcome)).toBe('ABD');
    // The 依据 is quoted from the passage it names.
    expect(outcome?.kind === 'hedged' && outcome.passage.text.includes(outcome.sentence)).toBe(true);
  });

  it('still leaves alone an option the section’s list half names (购买…)', () => {
    const raw =
      '（多选）支部的党费可以花在下面哪些地方（ ）\nA. 培训党员\nB. 补助生活困难的党员\nC. 购买支部办公用的电脑\nD. 表彰优秀共产党员';
    expect(suggestByFactList(raw, facts)).toBeUndefined();
  });
});

describe('who may and who may not, read clause by clause from a fact’s summary (issue 21, eighth round)', () => {
  const facts = createFactIndex();

  it('places each person by the clause that names them, an option of two items with its own 未 included', () => {
    const raw =
      '（多选）下面哪几类人不可以担任入党介绍人（ ）\nA. 预备党员\nB. 受留党察看处分、尚未恢复党员权利的党员\nC. 担任培养联系人的正式党员\nD. 正式党员';
    expect(outcomeAnswer(suggestByFactList(raw, facts)!)).toBe('AB');
  });

  it('still leaves an option that denies what a clause says unplaced when no clause places it', () => {
    const raw = '（多选）下面哪几类人不可以担任入党介绍人（ ）\nA. 预备党员\nB. 未担任培养联系人的党员\nC. 正式党员';
    expect(suggestByFactList(raw, facts)).toBeUndefined();
  });
});
