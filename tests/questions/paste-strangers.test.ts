import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { suggestByStepDate } from '../../knowledge/questions/fact-events';
import { suggestByPartyAge } from '../../knowledge/questions/party-age';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { cleanPaste } from '../../knowledge/questions/paste-noise';
import { askedByBlank, factHits, outcomeAnswer, resolvePaste, suggestByFactList } from '../../knowledge/questions/suggest';

/**
 * Cases told the way strangers tell them (issue 21, fifth round): the members with a vote counted as 正式党员25名
 * （均有表决权）, 25名有表决权的党员 or 正式党员二十四名, not only as 应到 or 有表决权的党员N名; the one option that is
 * not an item of a fact's list (不属于党纪处分种类的是).
 */

const empty = createPasteIndex([]);
const solve = async (raw: string) => outcomeAnswer(await resolvePaste(empty, raw, async () => [], undefined, createFactIndex([])));

describe('the members with a vote, however the case counts them', () => {
  it('reads the number before 有表决权的党员 and after 正式党员', async () => {
    expect(
      await solve('某支部共有25名有表决权的党员，讨论接收预备党员，当天实到18人。至少要有几人赞成才能通过？\nA.10人 B.12人 C.13人 D.18人'),
    ).toBe('C');
    expect(
      await solve('某支部共有正式党员25名（均有表决权），实到21人。决议要通过，赞成票至少需要（ ）票。\nA. 11 B. 12 C. 13 D. 17'),
    ).toBe('C');
    expect(await solve('某村支部有正式党员二十四名，表决事项赞成的至少要（ ）人才能通过\nA.12 B.13 C.按实际到会人数过半 D.16')).toBe('B');
  });

  it('does not count 正式党员 as voters when the case takes a vote away', async () => {
    // The case says how many lost their vote (paste10): 24 vote, at least 13.
    expect(
      await solve('某支部有正式党员25名，其中1名正在留党察看，实到21人。决议要通过，赞成票至少需要（ ）票。\nA. 11 B. 12 C. 13 D. 17'),
    ).toBe('C');
    expect(
      await solve('某支部有正式党员25名，有党员正在留党察看，实到21人。决议要通过，赞成票至少需要（ ）票。\nA. 11 B. 12 C. 13 D. 17'),
    ).toBeUndefined();
  });
});

describe('the one option outside a fact’s list', () => {
  const listed = createFactIndex([
    {
      id: 'kinds',
      q: '党纪处分有几种',
      a: '党纪处分有五种，由轻到重：警告、严重警告、撤销党内职务、留党察看、开除党籍；开除党籍是党内的最高处分。',
      section: 'test.kinds',
      kinds: ['any'],
      must: [['处分']],
      p: ['党纪处分有哪些', '处分分几种'],
    },
  ]);
  const pick = (raw: string) => {
    const o = suggestByFactList(raw, listed);
    return o ? outcomeAnswer(o) : undefined;
  };
  it('picks it when every other option is an item word for word', () => {
    expect(pick('以下哪一项不是党纪处分的种类( )\nA、严重警告\nB、留党察看\nC、劝其退党\nD、撤销党内职务')).toBe('C');
    expect(pick('下列选项中，不属于党纪处分种类的是（ ）\nA严重警告 B留党察看\nC劝其退党 D撤销党内职务')).toBe('C');
  });
  it('abstains when two options are outside, or the odd one shares the list’s words', () => {
    expect(pick('以下哪一项不是党纪处分的种类( )\nA、严重警告\nB、诫勉谈话\nC、劝其退党\nD、撤销党内职务')).toBeUndefined();
    expect(pick('以下哪一项不是党纪处分的种类( )\nA、严重警告\nB、留党察看\nC、警告处分\nD、撤销党内职务')).toBeUndefined();
  });
});

describe('a combined choice (①②③④ in the stem, options naming sets of them)', () => {
  const bank = createPasteIndex([
    {
      id: 'q2',
      bank: 'test',
      type: '多选',
      stem: '下列行为中，属于违反群众纪律的有（ ）',
      options: ['在低保评定中优亲厚友', '超范围向群众摊派', '违规用公款旅游', '对群众合理诉求推诿扯皮'],
      answer: 'ABD',
      explanation: '',
      level: '初级',
      topic: '纪律',
      source: 'discipline.six-disciplines',
    },
  ]);
  const raw =
    '多选 下列行为中，属于违反群众纪律的有（ ）\n①在低保评定中优亲厚友\n②超范围向群众摊派\n③违规用公款旅游\n④对群众合理诉求推诿扯皮\nA.①②③  B.①②④  C.②③④  D.①③④';
  it('is judged as the 多选 of its statements, and answered by the option naming exactly those picked', async () => {
    const outcome = await resolvePaste(bank, raw, async () => [], undefined, createFactIndex([]));
    expect(outcome.kind).toBe('similar');
    // Only the 警告 sentence speaks of 提升职务: it is not this case's rule, so no date is worked out from it.
    expect(outcomeAnswer(outcome)).not.toBe('A');
  });
  it('abstains when no option names exactly the statements picked', async () => {
    const outcome = await resolvePaste(bank, raw.replace('B.①②④', 'B.①④'), async () => [], undefined, createFactIndex([]));
    expect(outcomeAnswer(outcome)).toBeUndefined();
  });
});

describe('a date worked out from the rule of the case’s own kind of 处分', () => {
  const effects = {
    text: '受处分后的影响期：\n\n- 受警告处分的，一年内不得在党内提升职务，也不得向党外组织推荐担任高于原任职务的党外职务；\n- 受严重警告处分的，影响期为一年半，限制内容与警告相同；\n- 受开除党籍处分的，五年内不得重新入党。',
    coverage: 1,
    source: 'handbook:test',
    title: '测试手册',
  };
  it('reads 严重警告’s period, not 警告’s (whose characters are inside it)', async () => {
    const raw =
      '党员李某受到严重警告处分，处分决定于2025年3月1日生效，其在党内不得提升职务的期限截止到（　）。\nA.2026年3月1日\nB.2026年9月1日\nC.2027年3月1日\nD.2030年3月1日';
    const outcome = await resolvePaste(empty, raw, async () => [effects], undefined, createFactIndex([]));
    // Only the 警告 sentence speaks of 提升职务: it is not this case's rule, so no date is worked out from it.
    expect(outcomeAnswer(outcome)).not.toBe('A');
  });
});

describe('党龄 asked in other words', () => {
  const rule = {
    text: '党员的党龄从预备期满转为正式党员之日算起。如果预备期被延长，党龄从延长后的预备期满、被批准转为正式党员之日起计算。',
    coverage: 1,
    source: 'handbook:test',
    title: '测试手册',
  };
  const choose = (raw: string) => suggestByPartyAge(cleanPaste(raw), [rule])?.choice;
  it('reads 应从（）起计算, 打（）开始算 and 起算日是（）', () => {
    const options = '\nA.2024年6月20日\nB.2025年6月20日\nC.2025年7月10日\nD.递交入党申请书之日';
    expect(
      choose(`2024年6月20日，阿明经支部大会通过成为预备党员；2025年7月10日上级党委批准其按期转正。阿明的党龄应从（ ）起计算。${options}`),
    ).toEqual(['B']);
    expect(choose(`王某是2024年6月20日支部大会通过的预备党员，一年后按时转的正，问他的党龄打（ ）开始算${options}`)).toEqual(['B']);
    expect(choose(`吴某2024年6月20日经支部大会接收为预备党员，按期转正。她的党龄起算日是（ ）${options}`)).toEqual(['B']);
  });
  it('reads the domain’s typos in a paste (预背 for 预备)', () => {
    expect(cleanPaste('支部大会通过的预背党员')).toBe('支部大会通过的预备党员');
  });
});

describe('from which step of a dated case a rule counts', () => {
  const stepFacts = createFactIndex([
    {
      id: 'probationary',
      q: '预备党员从什么时候开始交党费',
      a: '预备党员从支部党员大会通过接收其为预备党员之日起交纳党费，不是从上级批准或转正之日起。',
      section: 'test.probationary',
      kinds: ['any'],
      must: [['党费'], ['预备党员']],
      p: ['预备党员党费从哪天开始交'],
    },
  ]);
  const pick = (raw: string) => {
    const o = suggestByStepDate(cleanPaste(raw), stepFacts);
    return o ? outcomeAnswer(o) : undefined;
  };
  it('answers with the date of the step the fact names', () => {
    expect(
      pick(
        '发展对象刘某4月8日经支部党员大会讨论通过接收为预备党员，5月20日上级党委审批同意，6月1日举行入党宣誓。刘某应当从（ ）起交纳党费。\nA.4月8日 B.5月20日\nC.6月1日 D.次年4月8日转正之日',
      ),
    ).toBe('A');
    expect(
      pick(
        '潘某是社区的预备党员，2025年7月1日支部党员大会通过接收，7月25日镇党委审批同意，2026年7月1日转正。潘某的党费应当从（ ）起交纳\nA.2025年7月1日\nB.2025年7月25日\nC.2026年7月1日\nD.成为入党积极分子时',
      ),
    ).toBe('A');
  });
  it('abstains when the case does not tell the step the fact names', () => {
    expect(
      pick('刘某5月20日上级党委审批同意成为预备党员，6月1日举行入党宣誓。刘某应当从（ ）起交纳党费。\nA.5月20日 B.6月1日 C.次年5月20日'),
    ).toBeUndefined();
  });
});

describe('a count case whose statement goes on before its consequence', () => {
  const rules = {
    text: '是否设委员会，看正式党员人数：\n- 有正式党员7人以上的党支部，应当设立支部委员会。支部委员会由支部党员大会选举产生，一般由3至5人组成。\n- 正式党员不足7人的党支部，不设支部委员会，由党员大会选举书记1名，必要时可以设副书记1名。',
    coverage: 1,
    source: 'handbook:test',
    title: '测试手册',
  };
  it('judges the consequence after 所以 against the part of the rule that says it', async () => {
    const judge = async (raw: string) => outcomeAnswer(await resolvePaste(empty, raw, async () => [rules], undefined, createFactIndex([])));
    expect(await judge('判断：某村党支部有正式党员5名、预备党员4名，合计9人，已经超过7人，所以应当设立支部委员会。（ ）')).toBe('错误');
    expect(await judge('判断：某村党支部有正式党员8名、预备党员1名，合计9人，所以应当设立支部委员会。（ ）')).toBe('正确');
  });
});

describe('the least attendance a meeting needs, worked out', () => {
  it('an election: more than four fifths of the members with an election vote who should attend', async () => {
    expect(await solve('二网格党支部换届选举 应到会有选举权的党员二十五个 开会那天最少得来（ ）人选举才算数\nA.13 B.20 C.21 D.25')).toBe(
      'C',
    );
    expect(await solve('支部换届选举，应到会有选举权的党员10人，至少要到会（ ）人选举才有效。')).toBe('9');
  });
  it('a 支委会: half of its members or more, half included', async () => {
    expect(await solve('俺村支部委员会一共五个委员 开支委会最少得到（ ）个委员才能开\nA.2 B.3 C.4 D.5')).toBe('B');
    expect(await solve('某支部委员会共有4名委员，召开支委会至少要到会（ ）名委员。\nA.1 B.2 C.3 D.4')).toBe('B');
  });
  it('leaves a vote in favour to the voting rule, and a stem without the count alone', async () => {
    expect(await solve('支部换届选举，至少要到会（ ）人选举才有效。\nA.13 B.20 C.21')).toBeUndefined();
  });
});

describe('a blank read as the question it stands for', () => {
  it('says 几 before a unit and 多少 elsewhere', () => {
    expect(askedByBlank('被开除了党籍，要过（ ）年才有可能再次入党。')).toBe('被开除了党籍，要过几年才有可能再次入党。');
    expect(askedByBlank('一个支部的党员不宜超过____名')).toBe('一个支部的党员不宜超过几名');
    expect(askedByBlank('党费由（ ）负责收缴')).toBe('党费由多少负责收缴');
  });
  it('finds the fact a stem asks by its blank alone', () => {
    const facts = createFactIndex([
      {
        id: 'max',
        q: '一个党支部最多多少名党员',
        a: '党支部党员人数一般不超过50人。',
        section: 'test.max',
        kinds: ['any'],
        must: [['支部']],
        any: [['多少', '几名', '几个']],
        p: [],
      },
    ]);
    expect(factHits(facts, '一般情况下一个支部的党员不宜超过____名')).toHaveLength(1);
  });
});
