import { describe, expect, it } from 'vitest';
import { duesForPaste } from '../../bot/features/ask/dues';
import { createFactIndex } from '../../knowledge/facts';
import { createPasteIndex, parsePasted } from '../../knowledge/questions/paste';
import { outcomeAnswer, type PassageHit, resolvePaste, suggestFromHandbook, topicOf, withoutCase } from '../../knowledge/questions/suggest';

/**
 * Pastes that tell a case rather than ask a rule (issue 21, third round): the PDF/app noise around them, the
 * people of the scenario, and the small step of reasoning between the rule and the case (a vote counted, a sum
 * of 党费 checked, a date plus a period). The passages are written for the test.
 */

const passage = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });
const empty = createPasteIndex([]);
// No fact records: these cases are about the passages written for them (the fact layer has its own tests).
const noFacts = createFactIndex([]);
const solve = async (raw: string, hits: PassageHit[] = []) =>
  outcomeAnswer(await resolvePaste(empty, raw, async () => hits, duesForPaste, noFacts));

describe('PDF and app noise in a paste', () => {
  it('leaves out the user’s own question after it (这题选哪个哦, 选哪几个嘛, 这个空填几, 这题我选的B对伐)', () => {
    expect(parsePasted('党员大会一般（ ）召开一次。\nA．每月\nB．每季度\nC．每年\n这题选哪个哦').options).toEqual([
      '每月',
      '每季度',
      '每年',
    ]);
    expect(parsePasted('第15题 多选\n下列属于党纪处分的有（ ）\nA、警告\nB、限期改正\nC、留党察看\n选哪几个嘛')).toEqual({
      stem: '下列属于党纪处分的有( )',
      options: ['警告', '限期改正', '留党察看'],
      declaredType: '多选',
    });
    expect(parsePasted('党小组会一般每月召开1次。这题我选的B对伐').stem).toBe('党小组会一般每月召开1次。');
    expect(parsePasted('赞成票至少要（ ）票才算通过。这个空填几').stem).toBe('赞成票至少要( )票才算通过。');
    // An option that happens to ask (对不对) is an option, not an aside.
    expect(parsePasted('这样说（ ）\nA.对\nB.不对\nC.对不对').options).toEqual(['对', '不对', '对不对']);
  });

  it('leaves out page headers and footers a PDF copy leaves between lines', () => {
    expect(parsePasted('支部党员大会一般（ ）召开一次。\n第 3 页\nA.每月\n第3页/共12页\nB.每季度\n- 4 -\nC.每年').options).toEqual([
      '每月',
      '每季度',
      '每年',
    ]);
  });

  it('reads options whose letters lost their mark (A 不符合规定 B 符合…), at least A, B and C in order', () => {
    expect(parsePasted('这样安排（ ）A 不符合规定 B 符合一般要求 C 要上级批准').options).toEqual([
      '不符合规定',
      '符合一般要求',
      '要上级批准',
    ]);
    // Two letters with spaces are not enough to tell options from words.
    expect(parsePasted('A 类和 B 类党员有什么区别').options).toEqual([]);
  });
});

describe('the people of a scenario are not what it is about', () => {
  it('drops 老刘, 小周, 张某, 王大爷 and 我们社区的, keeps 老党员 and 小组', () => {
    expect(withoutCase('老刘认证考试考了95分，张某和王大爷说我们社区的小周')).toBe('认证考试考了95分，和说社区的');
    expect(withoutCase('老党员参加党小组会')).toBe('老党员参加党小组会');
    expect(topicOf('我们社区的党务专干调走了，要在多久之内报备？', [])).toBe('社区的党务专干调走了，要在多久之内报备？');
  });
});

describe('a vote told in a 判断 is counted', () => {
  it('more than half of the members with a vote, whatever the number present', async () => {
    const told =
      '某支部有表决权的正式党员25名，开支部党员大会讨论接收一名预备党员，实到18人，其中12人赞成，超过了实到人数的一半，所以接收决议通过了。';
    expect(await solve(`判断：${told}`)).toBe('错误');
    expect(await solve('判断：某支部有表决权的党员20人，到会15人，11人赞成，决议通过。')).toBe('正确');
    expect(await solve('判断：某支部有表决权的党员20人，到会15人，10人赞成，决议不能通过。')).toBe('正确');
    // 至少要K人 names the least: 12 of 20 is not it.
    expect(await solve('判断：某支部有表决权的党员20人，至少要12人赞成才能通过。')).toBe('错误');
  });

  it('says nothing of elections or of a statement that does not say whether it passed', async () => {
    expect(await solve('判断：支部选举时有表决权的党员20人，11人赞成，候选人当选。')).toBeUndefined();
    expect(await solve('判断：某支部有表决权的党员20人，11人赞成。')).toBeUndefined();
  });
});

describe('a 党费 sum a statement names is checked', () => {
  it('against the month’s, the quarter’s or the year’s dues, as the words before it say', async () => {
    expect(await solve('（判断题）退休党员老张经党支部同意按季度交纳党费，他每月退休金6000元，每个季度应交党费180元。')).toBe('正确');
    expect(await solve('（判断题）退休党员老张按季度交纳党费，他每月退休金6000元，每月应交党费180元。')).toBe('错误');
    expect(await solve('判断：在职党员税后月工资4000元，每月交党费40元。')).toBe('正确');
    expect(await solve('判断：在职党员税后月工资4000元，每月交党费20元。')).toBe('错误');
  });
});

describe('a date plus the period a rule gives', () => {
  const application = passage(
    '入党申请人应当向党组织提出入党申请。党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话，了解基本情况。',
  );
  const levels = passage('等级实行逐级晋升。中级：申请中级的，须已持有初级证书满一年；高级：申请高级的，须已持有中级证书满一年。');

  it('picks the option that is the stated date plus the period of the sentence about the case', async () => {
    expect(
      await solve(
        '（单选题）张某3月10日把入党申请书交给社区党支部，按规定党组织最迟应在（ ）前派人同她谈话。A.3月17日 B.3月25日 C.4月10日 D.6月10日',
        [application],
      ),
    ).toBe('C');
    expect(await solve('我2024年6月拿到初级证，最早啥时候能申请中级？ A.2024年12月 B.2025年6月 C.2026年6月 D.随时都可以', [levels])).toBe(
      'B',
    );
  });

  it('abstains when no option is that sum, when the stem states two dates, or when two rules as near give two periods', async () => {
    expect(
      await solve('张某3月10日交了入党申请书，党组织最迟应在（ ）前派人同她谈话。A.3月17日 B.3月25日 C.6月10日', [application]),
    ).toBeUndefined();
    expect(
      await solve('张某3月10日交了入党申请书，4月1日又交了一份，党组织最迟应在（ ）前派人谈话。A.3月17日 B.4月10日 C.5月1日', [
        application,
      ]),
    ).toBeUndefined();
    const two = passage('收到入党申请书后，应当在一个月内派人谈话。收到入党申请书后，应当在三个月内派人谈话。');
    expect(await solve('张某3月10日交了入党申请书，最迟应在（ ）前派人谈话。A.4月10日 B.6月10日 C.3月17日', [two])).toBeUndefined();
  });
});

describe('多选 judged option by option', () => {
  it('a left-out option the sentence stating the picked ones mostly says too makes the set unclear', () => {
    const hits = [passage('任期届满应当按期换届。确需延期或者提前换届的，应当报上级党组织批准，延长或者提前的期限一般不超过1年。')];
    const raw =
      '【多选】关于支部委员会的任期，下列说法正确的有（） A.任期届满应当按期换届 B.确需延期或提前换届的，应当报上级党组织批准 C.延长或提前的期限一般不超过1年 D.任期届满后可以无限期延续';
    expect(suggestFromHandbook(raw, hits).kind).toBe('abstain');
    // Denied by that sentence (不能把他们排除在教育之外), a left-out option is wrong, not unclear.
    const care = [passage('对年老体弱、行动不便的党员，党组织可以送学上门或组织网上学习，不能把他们排除在教育之外。')];
    expect(
      suggestFromHandbook(
        '【多选】对年老体弱、行动不便的党员，下列做法正确的有（） A.送学上门 B.组织网上学习 C.把他们排除在教育之外',
        care,
      ),
    ).toMatchObject({ kind: 'hedged', choice: ['A', 'B'] });
  });

  it('every option picked only when one sentence lists them all next to each other', () => {
    const steps = [
      passage('入党积极分子的确定和培养：第3步推荐和确定入党积极分子，第4步报上级党委备案，第5步指定培养联系人，第6步培养教育考察。'),
    ];
    expect(
      suggestFromHandbook(
        '【多选】发展党员工作中，下列属于积极分子阶段的步骤有（ ） A.确定入党积极分子 B.报上级党委备案 C.指定培养联系人',
        steps,
      ).kind,
    ).toBe('abstain');
    const listed = [passage('述职评议的结果分为好、较好、一般、差四个档次，由党员大会评定。')];
    expect(suggestFromHandbook('【多选】述职评议的结果分为哪几个档次？ A.好 B.较好 C.一般 D.差', listed)).toMatchObject({
      kind: 'hedged',
      choice: ['A', 'B', 'C', 'D'],
    });
  });

  it('除…外，还… asks for what else, not for the exception', () => {
    const hits = [passage('对群众，党支部负责把群众组织起来，做好宣传、凝聚和服务工作。')];
    const out = suggestFromHandbook('【多选】党支部除组织群众外，还担负（）群众的职责。 A.宣传 B.凝聚 C.管控 D.服务', hits);
    expect(outcomeAnswer(out) ?? '').not.toBe('C');
  });
});

describe('a case told by its count against a rule that turns on a count', () => {
  const rules = passage(
    '是否设委员会，看正式党员人数：\n- 有正式党员7人以上的党支部，应当设立支部委员会。支部委员会一般由3至5人组成。\n- 正式党员不足7人的党支部，不设支部委员会，由党员大会选举书记1名。',
  );
  it('is true when the case meets the rule whose consequence it says, false when it meets the opposite one', async () => {
    expect(await solve('判断：一个支部有正式党员5名、预备党员3名，应当设立支部委员会。', [rules])).toBe('错误');
    expect(await solve('判断：某支部有正式党员9名，应当设立支部委员会。', [rules])).toBe('正确');
    expect(await solve('判断：某支部有正式党员7名，应当设立支部委员会。', [rules])).toBe('正确');
    expect(await solve('判断：某支部有正式党员5名，不设支部委员会。', [rules])).toBe('正确');
    // The count the rule turns on is the 正式党员's, not all members'.
    expect(await solve('判断：某支部有党员9名，其中正式党员6名，应当设立支部委员会。', [rules])).toBe('错误');
  });

  it('says nothing when no rule on that count speaks of the consequence', async () => {
    expect(await solve('判断：某支部有正式党员9名，应当每月召开党员大会。', [rules])).toBeUndefined();
  });

  it('reads an example with a bare count (例如…有正式党员6名…) as an example, not a rule', async () => {
    const withExample = passage(
      `${rules.text}\n判断时只算正式党员。例如一个支部有正式党员6名、预备党员3名，虽然党员总数为9人，仍不设支部委员会。`,
    );
    expect(await solve('判断：某支部有正式党员9名、预备党员1名，应当设立支部委员会。', [withExample])).toBe('正确');
  });

  it('picks the one statement option the count rules hold, its added words said by the rule’s passage', async () => {
    const ask = (options: string) => solve(`某支部有正式党员8名、预备党员2名，关于支部委员会，下列说法正确的是（）${options}`, [rules]);
    expect(await ask('A.不设支部委员会，只选书记1名 B.应当设立支部委员会，一般由3至5人组成 C.党员不到50人不能设')).toBe('B');
    // What an option adds that the passage does not say (8名正式党员都是委员) keeps it from being held.
    expect(await ask('A.应当设立支部委员会，8名正式党员都是委员 B.应当设立支部委员会，一般由3至5人组成')).toBe('B');
    // Two options held: which one is meant is not told.
    expect(await ask('A.应当设立支部委员会 B.应当设立支部委员会，一般由3至5人组成')).toBeUndefined();
  });
});

describe('a kind of 党纪处分 is its own term', () => {
  it('警告 is not stated by a sentence on 严重警告, though its characters are in it', async () => {
    const posts = passage('依规应当撤销党内职务、但本人没有党内职务的，给予严重警告处分。');
    const said = await solve('判断：依规应当撤销党内职务、但本人没有担任党内职务的，应当给予警告处分。', [posts]);
    expect(said).not.toBe('正确');
    expect(await solve('判断：依规应当撤销党内职务、但本人没有党内职务的，给予严重警告处分。', [posts])).toBe('正确');
  });
});
