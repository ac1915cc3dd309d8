import { describe, expect, it } from 'vitest';
import { createFactIndex, type Fact } from '../../knowledge/facts';
import { suggestByFactDate } from '../../knowledge/questions/fact-dates';
import { valuesIn } from '../../knowledge/questions/fact-values';
import { suggestByPartyAge } from '../../knowledge/questions/party-age';
import { createPasteIndex, parsePasted } from '../../knowledge/questions/paste';
import {
  outcomeAnswer,
  type PassageHit,
  resolvePaste,
  suggestByFactList,
  suggestByFactValues,
  suggestByPassageValues,
  withoutCase,
} from '../../knowledge/questions/suggest';

/**
 * Pastes no bank holds, answered from the fact layer's answer sentences clause by clause (a value asked by its
 * options or its blank), and 党龄 worked out from a case in two steps. The facts and passages are written for
 * the test, in the shape of knowledge/facts records.
 */

const fact = (id: string, q: string, a: string, must: string[][], p: string[] = []): Fact => ({
  id,
  q,
  a,
  section: `test.${id}`,
  kinds: ['any'],
  must,
  p,
});
const facts = createFactIndex([
  fact(
    'effects',
    '各种处分的影响期多长',
    '影响期：警告一年，严重警告一年半，撤销党内职务二年，开除党籍五年内不得重新入党。',
    [['影响期', '提升职务', '处分']],
    ['受处分后多久不能提升职务', '严重警告处分几年内不得提升'],
  ),
  fact(
    'hours',
    '党员每年学习培训多少学时',
    '党员每年参加集中学习培训一般不少于32学时；基层党组织书记每年一般不少于56学时。',
    [['学时', '学习培训']],
    ['书记每年学习培训不少于多少学时', '学习培训还差几个学时'],
  ),
  fact(
    'committee',
    '支部委员会由几人组成',
    '支部委员会一般由3至5人组成，最多一般不超过7人。',
    [['支部委员会', '支委会']],
    ['支委会几个人'],
  ),
]);
const answer = (raw: string) => {
  const o = suggestByFactValues(raw, facts);
  return o ? outcomeAnswer(o) : undefined;
};

describe('values of a fact, clause by clause', () => {
  it('reads values as comparable amounts: periods in months, ranges as both ends, dates left out', () => {
    expect(valuesIn('严重警告一年半').map((v) => [v.kind, v.amount])).toEqual([['period', 18]]);
    expect(valuesIn('三个月内审批，不得超过六个月').map((v) => v.amount)).toEqual([3, 6]);
    expect(valuesIn('一般由3至5人组成').map((v) => v.amount)).toEqual([3, 5]);
    expect(valuesIn('2024年9月1日经支部大会通过')).toEqual([]);
    expect(valuesIn('不少于32学时')[0]).toMatchObject({ kind: '学时', amount: 32, bounded: true });
  });

  it('picks the option whose value the clause nearest the stem states (严重警告 over 警告)', () => {
    expect(answer('党员受了严重警告处分，多长时间内不能在党内提升职务？A.一年 B.一年半 C.两年 D.五年')).toBe('B');
    expect(answer('受撤销党内职务处分的，几年内不得在党内担任与原职务相当的职务？A.一年 B.一年半 C.二年 D.五年')).toBe('C');
  });

  it('fills a blank with the value the clause nearest it states, and what is still wanting', () => {
    expect(answer('党员每年参加集中学习培训一般不少于（）学时。')).toBe('32');
    expect(answer('我是普通党员，今年参加集中学习培训已经学了20个学时，按规定还差（）个学时。')).toBe('12');
  });

  it('does not answer a sum the rule does not state, nor with the stem’s own numbers', () => {
    // A case's own period makes it arithmetic: 满半年时又受处分 is not answered by a clause's value.
    expect(answer('党员受警告处分满半年时又受到严重警告处分，影响期一共还有多久？A.一年 B.一年半 C.两年 D.两年半')).toBeUndefined();
    // The clause that only repeats the stem's numbers (3至5人) is its premise: the answer is the other clause.
    expect(answer('支部委员会一般由3至5人组成，最多一般不超过（）人。')).toBe('7');
    // Options asked for several (哪些) or for the exception are not one clause's value.
    expect(answer('下列哪些处分的影响期是一年半？A.警告 B.严重警告 C.撤销党内职务')).toBeUndefined();
  });

  it('leaves a blank that is not a value (一年一（）, 于（）年召开) alone', () => {
    expect(answer('严重警告处分，实行“一年一（）”。')).toBeUndefined();
    expect(answer('开除党籍的影响期制度于（）年开始施行。')).toBeUndefined();
  });

  it('cites the fact’s own answer sentence, hedged', async () => {
    const outcome = await resolvePaste(
      createPasteIndex([]),
      '受严重警告处分的，（）内不得在党内提升职务。A.一年 B.一年半 C.两年',
      async () => [],
      undefined,
      facts,
    );
    expect(outcome).toMatchObject({ kind: 'hedged', choice: ['B'], basis: 'handbook' });
    if (outcome.kind === 'hedged') expect(outcome.passage.text).toContain(outcome.sentence);
  });
});

const partyAge: PassageHit = {
  text: '党员的党龄从预备期满转为正式党员之日算起。如果预备期被延长，党龄从延长后的预备期满、被批准转为正式党员之日起计算。',
  coverage: 1,
  source: 'handbook:test',
  title: '测试手册',
};

describe('党龄 worked out from a case', () => {
  it('from when: the 转正 day, one year after acceptance plus any extension', () => {
    const choose = (raw: string) => suggestByPartyAge(raw, [partyAge]);
    expect(
      choose(
        '老赵2019年6月10日经支部大会接收为预备党员，预备期满后延长预备期一年，期满转正。他的党龄应从（）算起。A.2019年6月10日 B.2020年6月10日 C.2021年6月10日 D.批准延长那天',
      ),
    ).toMatchObject({ choice: ['C'], sentence: '如果预备期被延长，党龄从延长后的预备期满、被批准转为正式党员之日起计算。' });
    expect(
      choose('某人2021年3月5日经支部大会接收为预备党员，按期转正，党龄从（）起算。A.2021年3月5日 B.2022年3月5日 C.2022年9月5日'),
    ).toMatchObject({
      choice: ['B'],
    });
  });

  it('a jubilee from a stated 转正 day, and the years as of a date', () => {
    const choose = (raw: string) => suggestByPartyAge(raw, [partyAge])?.choice;
    expect(
      choose(
        '老党员1980年5月经支部大会接收为预备党员，1981年5月按期转为正式党员，他党龄满40周年是在（）。A.2020年5月 B.2021年5月 C.2022年5月',
      ),
    ).toEqual(['B']);
    expect(choose('小孙2020年7月1日经支部大会通过成为预备党员，按期转正。到2024年7月1日，小孙的党龄是（）A.2年 B.3年 C.4年')).toEqual([
      'B',
    ]);
  });

  it('says nothing without the rule’s sentence among the passages', () => {
    expect(
      suggestByPartyAge('某人2021年3月5日经支部大会接收为预备党员，按期转正，党龄从（）起算。A.2021年3月5日 B.2022年3月5日', []),
    ).toBeUndefined();
  });
});

describe('scanned and typed letters', () => {
  it('reads a lowercase option letter at a line’s start, and O or l between digits as 0 and 1', async () => {
    expect(parsePasted('党龄从（）算起\nA.2024年9月1日 B.2025年9月1日\nc、2026年3月1日 D.那天').options).toEqual([
      '2024年9月1日',
      '2025年9月1日',
      '2026年3月1日',
      '那天',
    ]);
    const outcome = await resolvePaste(
      createPasteIndex([]),
      '老张2O24年9月1日经支部大会通过为预备党员，按期转正。党龄从（）起算 A.2024年9月1日 B.2025年9月1日 C.2026年9月1日',
      async () => [partyAge],
    );
    expect(outcomeAnswer(outcome)).toBe('B');
  });
});

describe('a case told with dates, against the period of its fact', () => {
  // The project's own fact records (knowledge/facts): 入党申请书 → 一个月内谈话, 积极分子 → 一年以上, 任期 → 3 or 5 years.
  const dated = createFactIndex();
  const choose = (raw: string) => {
    const o = suggestByFactDate(raw, dated, withoutCase);
    return o ? outcomeAnswer(o) : undefined;
  };

  it('the due date: the case’s day plus the period of the clause it names (the exception it names, 社区)', () => {
    expect(choose('小吴4月15日向支部递交了入党申请书，党组织最迟应在（）前派人同他谈话。A.4月22日 B.5月15日 C.7月15日')).toBe('B');
    expect(
      choose(
        '某社区党支部委员会2022年6月换届选举产生，按照中办关于任期的意见，下一次换届应在（）前后。A.2024年6月 B.2025年6月 C.2027年6月',
      ),
    ).toBe('C');
  });

  it('a statement two dates apart, checked against a least (一年以上); relative years (去年, 今年) too', () => {
    expect(choose('老钱2024年10月被确定为入党积极分子，2025年4月支委会就可以把他列为发展对象。')).toBe('错误');
    expect(choose('小宋去年5月被确定为入党积极分子，今年6月支委会研究把她列为发展对象，符合规定。')).toBe('正确');
    // A rule that bounds a most (一个月内) does not say by itself whether a later day is too late.
    expect(choose('小吴2025年4月15日交了入党申请书，2025年6月1日党组织才找他谈话。')).toBeUndefined();
  });
});

describe('a statement that misstates its fact’s value', () => {
  const stated = createFactIndex([
    fact(
      'exam',
      '认证考试多久一次',
      '持证上岗实行“一年一认证”，认证考试每年举行一次，由组织部门统一组织。',
      [['认证考试', '认证']],
      ['认证考试一年考几次'],
    ),
    fact(
      'filing',
      '党务人员变动多久内报备',
      '党务工作人员发生变动的，要在15个工作日内向组织部门报备（按工作日计算）。',
      [['报备', '变动']],
      ['人员变动报备期限', '换了党务人员几天内报组织部'],
    ),
  ]);
  const judge = (raw: string) => {
    const o = suggestByFactValues(raw, stated);
    return o ? outcomeAnswer(o) : undefined;
  };

  it('is false when its value is not the rule’s (两次 against 一次) or passes a deadline told in other units', () => {
    expect(judge('判断：小林去年没考过，不要紧，认证考试一年有两次，下半年还能再考。')).toBe('错误');
    expect(judge('判断：村里党务工作人员发生变动，向组织部门报备的期限是一个月。')).toBe('错误');
  });

  it('is never found true by its value alone, and a value in a denied clause is not read', () => {
    expect(judge('判断：认证考试每年举行一次，可以不参加就直接发证。')).toBeUndefined();
    expect(judge('判断：人员变动报备不用等一个月那么久。')).toBeUndefined();
  });
});

describe('a statement that gives a rule’s step to another term of its kind', () => {
  const steps = createFactIndex([
    fact(
      'lapse',
      '自行脱党怎么处理',
      '党员没有正当理由连续六个月不交纳党费，就被认为是自行脱党，由支部大会决定除名并报上级党组织批准。',
      [['脱党', '除名', '不交党费', '不交纳党费']],
      ['党员连续几个月不交党费算自行脱党', '不交党费的党员被除名要报谁批准', '党员不交党费除名怎么处理'],
    ),
  ]);
  const judge = (raw: string) => {
    const o = suggestByFactValues(raw, steps);
    return o ? outcomeAnswer(o) : undefined;
  };
  it('is false when it says 备案 where the fact says 批准, or a 书记 alone where it says 支部大会', () => {
    expect(judge('判断：某党员连续六个月不交党费，支部书记直接宣布将其除名，报上级党组织备案即可。')).toBe('错误');
  });
  it('says nothing when it names the fact’s own term too, or denies the other one', () => {
    expect(judge('判断：党员连续六个月不交党费被认为自行脱党，支部大会决定除名，报上级党组织批准。')).toBeUndefined();
    expect(judge('判断：党员连续六个月不交党费被认为自行脱党，除名不是报上级备案。')).toBeUndefined();
  });
});

describe('a 多选 asking which options are items of a fact’s list', () => {
  const listed = createFactIndex([
    fact(
      'kinds',
      '党纪处分有几种',
      '党纪处分有五种，由轻到重：警告、严重警告、撤销党内职务、留党察看、开除党籍；开除党籍是党内的最高处分。',
      [['处分']],
      ['党纪处分有哪些', '处分分几种'],
    ),
  ]);
  const pick = (raw: string) => {
    const o = suggestByFactList(raw, listed);
    return o ? outcomeAnswer(o) : undefined;
  };
  it('picks the items word for word (严重警告 is an item, not 警告) when the rest are plainly not in it', () => {
    expect(pick('（多选）下面几种处理中，属于党纪处分的有（ ）A.开除党籍 B.诫勉谈话 C.严重警告 D.通报批评')).toBe('AC');
  });
  it('abstains when an option is neither an item nor plainly absent', () => {
    expect(pick('（多选）下面几种处理中，属于党纪处分的有（ ）A.开除党籍 B.党内警告处分 C.严重警告')).toBeUndefined();
  });
});

describe('a 单选 of values judged on the passages’ sentences, clause by clause', () => {
  const influence: PassageHit = {
    text: '处分的影响期：受警告处分一年内、受严重警告处分一年半内，不得在党内提升职务。受撤销党内职务处分的，二年内不得在党内担任与其原任职务相当或者高于其原任职务的职务。',
    coverage: 1,
    source: 'handbook:test',
    title: '测试手册',
  };
  it('picks the value of the clause the stem names, when every sentence that speaks agrees', () => {
    const o = suggestByPassageValues(
      '村支委老马受撤销党内职务处分，（ ）内不得在党内担任与原职务相当的职务 A.一年 B.一年半 C.二年 D.五年',
      [influence],
    );
    expect(o && outcomeAnswer(o)).toBe('C');
  });
  it('says nothing where the options share their value, or the sentence is on another amount than the stem’s', () => {
    const age = { ...influence, text: '申请入党的人要年满十八岁。' };
    expect(
      suggestByPassageValues('下列人员中，可以申请入党的是（）A.年满十八岁的学生 B.年满十八岁的外国人 C.年满十八岁的工人', [age]),
    ).toBeUndefined();
    const rates = {
      ...influence,
      text: '月工资收入3000元以下（含3000元）的，交纳月工资收入的0.5%；3000元以上至5000元（含5000元）的，交纳1%。',
    };
    expect(suggestByPassageValues('在职党员每月工资收入4500元，党费交纳比例为（）。A.0.5% B.1% C.1.5%', [rates])).toBeUndefined();
  });

  it('leaves a blank to the fact layer, and a passage that is not about the stem alone', () => {
    expect(suggestByPassageValues('受撤销党内职务处分的，（ ）年内不得在党内担任与原职务相当的职务。', [influence])).toBeUndefined();
    expect(
      suggestByPassageValues('受撤销党内职务处分，（ ）内不得担任与原职务相当的职务 A.一年 B.二年', [{ ...influence, coverage: 0.3 }]),
    ).toBeUndefined();
  });
});
