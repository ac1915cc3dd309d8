import { describe, expect, it } from 'vitest';
import { duesForPaste } from '../../bot/features/ask/dues';
import { alignCloze, clozeOf, orderedCoverage } from '../../knowledge/questions/cloze';
import { createPasteIndex, hasInnerBlank, optionSimilarity } from '../../knowledge/questions/paste';
import {
  cleanFill,
  outcomeAnswer,
  type PassageHit,
  resolvePaste,
  suggestFromHandbook,
  topicOf,
  withoutPreamble,
} from '../../knowledge/questions/suggest';
import { bankQuestion } from '../helpers/bank-question';

/**
 * The rules by which a paste no bank holds is weighed against evidence (knowledge/questions/suggest.ts, cloze.ts):
 * what a statement puts in the stem's blank or in place of its question word, the truth of a statement with its
 * negations and numbers, which options a passage states, and bank questions read as statements. The passages
 * here are written for the test; the real handbook is exercised by paste-answers.test.ts and `npm run eval -- paste`.
 */

const fill = (stem: string, statement: string) => {
  const cloze = clozeOf(stem);
  return cloze ? alignCloze(cloze, statement)?.fills : undefined;
};

const passage = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });

const question = bankQuestion;

describe('reading a stem as a cloze and filling it from a statement', () => {
  it('finds the words in the blank although the wording around it differs, as the statement writes them', () => {
    expect(
      fill('递交入党申请书以后，党组织要在（ ）内派人找申请人谈谈。', '党组织收到入党申请书后，应当在一个月内派人同申请人谈话。'),
    ).toEqual(['一个月']);
  });

  it('fills several blanks in order, and stops a fill before words the stem has elsewhere', () => {
    expect(fill('述职评议会每年至少开（）次，一般放在第（）季度。', '党支部每年至少开1次述职评议会，一般放在第四季度进行。')).toEqual([
      '1',
      '四',
    ]);
  });

  it('reads the question word as the blank when the stem has none, and the blank after a question as the answer slot', () => {
    expect(fill('受到开除党籍处分，几年内不得重新入党？（ ）年', '受开除党籍处分的，五年内不得重新入党。')).toEqual(['五']);
    expect(fill('支委会一般多久开一次？', '支委会一般每月召开1次，必要时随时召开。')?.[0]).toMatch(/^每月/);
  });

  it('lets a blank that ends the stem run to the end of the statement’s clause', () => {
    expect(fill('培训学时越多，（ ）。', '按照本方案，培训学时越多，积分系数越高，评优时优先。')).toEqual(['积分系数越高']);
  });

  it('does not anchor a blank whose stem words before it the statement never matches (the left edge a guess)', () => {
    const cloze = clozeOf('支部活动室墙上挂有（ ）色边框的宣传栏。')!;
    const far = alignCloze(cloze, '活动室的布置：一进门就能看到一块带浅蓝色边框的宣传栏。');
    expect(far?.anchored ?? false).toBe(false);
    expect(alignCloze(cloze, '支部活动室墙上挂有浅蓝色边框的宣传栏。')).toMatchObject({ fills: ['浅蓝'], anchored: true });
  });

  it('finds nothing when the statement does not close the blank', () => {
    expect(fill('党小组长由（）指定。', '今年的学习计划由宣传委员起草。')).toBeUndefined();
  });
});

describe('comparing pasted options with a bank’s', () => {
  it('treats an aside on one side only, a bare unit and a dropped character as the same option', () => {
    expect(optionSimilarity('支部委员会', '支部委员会（不设支委会的由支部党员大会）')).toBeGreaterThanOrEqual(0.8);
    expect(optionSimilarity('3', '3人')).toBe(1);
    expect(optionSimilarity('不交党费', '不交纳党费')).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps options apart whose asides differ or that are a different thing', () => {
    expect(optionSimilarity('每月工资收入（税前）', '每月工资收入（税后）')).toBeLessThan(0.9);
    expect(optionSimilarity('党员', '预备党员')).toBeLessThan(0.8);
  });

  it('knows a blank inside the sentence from the mark a 判断 question ends with', () => {
    expect(hasInnerBlank('申请入党的人必须年满____岁。')).toBe(true);
    expect(hasInnerBlank('认证考试使用的题库称为（）。')).toBe(true);
    expect(hasInnerBlank('党员应当按月交纳党费。（ ）')).toBe(false);
  });
});

describe('suggesting from the handbook what no bank holds', () => {
  const empty = createPasteIndex([]);

  it('gives the blank’s words from the passage, hedged, with the sentence', () => {
    const hits = [passage('民主评议前，党支部应当提前七天通知党员，并公布评议的程序。评议结果报上级党组织。')];
    const out = suggestFromHandbook('民主评议之前，党支部要提前（ ）天通知党员。', hits, empty.statements(''));
    expect(out).toMatchObject({ kind: 'hedged', answerTexts: ['七'], basis: 'handbook' });
    expect(out.kind === 'hedged' && out.sentence).toContain('提前七天通知党员');
  });

  it('picks the option the passage puts in the blank, in the paste’s lettering', () => {
    const hits = [passage('党小组会一般每月召开1次，由党小组组长召集并主持。')];
    const out = suggestFromHandbook('党小组会一般多长时间开一次？ A.每周 B.每季度 C.每月 D.每年', hits);
    expect(out).toMatchObject({ kind: 'hedged', choice: ['C'] });
  });

  it('says 错误 when the passage states the statement with one negation more', () => {
    const hits = [passage('主题党日不能代替“三会一课”，各项制度要求都要落实到位。')];
    expect(suggestFromHandbook('主题党日可以代替“三会一课”。', hits)).toMatchObject({ kind: 'hedged', answerTexts: ['错误'] });
    expect(suggestFromHandbook('主题党日不能代替“三会一课”。', hits)).toMatchObject({ kind: 'hedged', answerTexts: ['正确'] });
  });

  it('compares statements with words the rules use interchangeably written one way (支委会, 交纳/缴纳, 必须/应当)', () => {
    expect(
      orderedCoverage('支委会必须有半数以上的委员到会才能开', '支部委员会会议应当有半数以上委员到会才能开').share,
    ).toBeGreaterThanOrEqual(0.9);
    expect(orderedCoverage('党员应当按月缴纳党费', '党员必须按月交纳党费').share).toBe(1);
  });

  it('never takes a statement about other numbers for the pasted one', () => {
    const hits = [passage('在职党员月工资8000元的，每月交纳党费120元，全年1440元。')];
    expect(suggestFromHandbook('在职党员月工资12000元的，每月交纳党费（ ）元。', hits).kind).toBe('abstain');
    expect(suggestFromHandbook('在职党员月工资12000元的，每月交纳党费120元。', hits).kind).toBe('abstain');
  });

  it('answers a 多选 with the options the passage states when every other option is absent from it', () => {
    const hits = [passage('述职评议的结果分为好、较好、一般、差四个档次，由党员大会评定。')];
    const out = suggestFromHandbook('【多选】述职评议的结果分为哪几个档次？ A.好 B.较好 C.一般 D.差 E.特好', hits);
    expect(out).toMatchObject({ kind: 'hedged', choice: ['A', 'B', 'C', 'D'] });
  });

  it('for "which is not" picks the one option the passage does not state', () => {
    const hits = [passage('参与资格审查的部门是纪检监察机关和公安部门，审查通过才发证。')];
    const out = suggestFromHandbook('下列部门中，不参与资格审查的是（ ） A.纪检监察机关 B.公安部门 C.税务部门', hits);
    expect(out).toMatchObject({ kind: 'hedged', choice: ['C'] });
  });

  it('abstains when options are stated only in part (neither clearly said nor clearly absent)', () => {
    const hits = [passage('党支部应当为每名入党积极分子指定一至两名正式党员作培养联系人。')];
    const out = suggestFromHandbook('培养联系人由谁担任？ A.正式党员 B.预备党员 C.入党积极分子 D.党外群众', hits);
    expect(out.kind).toBe('abstain');
  });

  it('an option the passage names only after a negation (不搞…, 不是从…) is not stated by it', () => {
    const hits = [passage('发展党员要坚持标准、保证质量、改善结构、慎重发展，坚持个别吸收，不搞突击发展。发展党员工作由支部负责。')];
    const out = suggestFromHandbook('【多选】发展党员工作要做到（ ） A.坚持标准 B.保证质量 C.慎重发展 D.突击发展', hits);
    expect(out).toMatchObject({ kind: 'hedged', choice: ['A', 'B', 'C'] });
  });

  it('a number or date in an option is stated only word for word (2023年10月1日 is not in 2023年7月1日)', () => {
    const hits = [passage('现行条例是2023年12月印发的修订稿，自2024年1月1日起施行。条例共有三编。')];
    const out = suggestFromHandbook('现行条例从什么时候开始施行？ A.2016年1月1日 B.2024年1月10日 C.2024年1月1日 D.2023年12月1日', hits);
    expect(out).toMatchObject({ kind: 'hedged', choice: ['C'] });
  });

  it('judges a list’s items by the words introducing the list, and leaves out what the passage says of another case', () => {
    const hits = [
      passage(
        '党员享有下列权利：参加党的有关会议，阅读党的有关文件；在党的会议上有根据地批评党的组织和党员；对党的决议有不同意见的，在坚决执行的前提下可以声明保留。预备党员没有表决权。',
      ),
    ];
    const out = suggestFromHandbook(
      '党员享有的权利包括哪些（多选） A.参加党的有关会议 B.在党的会议上有根据地批评党组织和党员 C.对党的决议有不同意见，在坚决执行的前提下可以声明保留 D.可以不执行自己不同意的决议',
      hits,
    );
    expect(out).toMatchObject({ kind: 'hedged', choice: ['A', 'B', 'C'] });
  });

  it('a 单选 whose options all appear in the passage: the one stated of the stem’s case, or nothing when two are alike', () => {
    const hits = [
      passage(
        '入党积极分子经过一年以上的培养教育和考察，基本具备党员条件的，可以列为发展对象。确定发展对象后，党支部要为其确定两名正式党员作入党介绍人。培养联系人一般为一至两名。',
      ),
    ];
    const out = suggestFromHandbook('积极分子要培养考察多长时间以上，才能列为发展对象？ A.半年 B.一年 C.两年 D.三个月', hits);
    expect(out).toMatchObject({ kind: 'hedged', choice: ['B'] });
    const alike = [passage('受警告处分的，一年内不得在党内提升职务；受严重警告处分的，一年半内不得在党内提升职务。')];
    expect(suggestFromHandbook('受处分的，（ ）内不得在党内提升职务。 A.一年 B.一年半 C.两年 D.五年', alike).kind).toBe('abstain');
  });

  it('a statement with another term of the same kind in the place of the passage’s (每季度 for 每半年, 批准 for 备案) is 错误', () => {
    const hits = [
      passage(
        '党支部每半年对入党积极分子进行一次考察，培养教育情况要记入考察材料。党员本人要求退党的，由支部大会讨论后宣布将其除名，并报上级党组织备案。',
      ),
    ];
    expect(suggestFromHandbook('党支部每个季度都要对入党积极分子进行一次考察。', hits)).toMatchObject({
      kind: 'hedged',
      answerTexts: ['错误'],
    });
    expect(suggestFromHandbook('党支部每半年对入党积极分子进行一次考察。', hits)).toMatchObject({ kind: 'hedged', answerTexts: ['正确'] });
    expect(suggestFromHandbook('党员自己要求退党的，支部大会讨论后将其除名，并报上级党组织批准。', hits)).toMatchObject({
      kind: 'hedged',
      answerTexts: ['错误'],
    });
  });

  it('a statement whose every word one sentence has, with its numbers and negations, is 正确 in other word order; never 错误 for a word missing', () => {
    const hits = [passage('只有认证考试合格、资格审查也通过的，组织部门才发给证书。考试成绩再好，资格审查不通过的，也不能取得证书。')];
    expect(suggestFromHandbook('资格审查通过、认证考试也合格的，组织部门才发给证书。', hits)).toMatchObject({
      kind: 'hedged',
      answerTexts: ['正确'],
    });
    expect(suggestFromHandbook('资格审查通过、面试也合格的，组织部门才发给证书。', hits).kind).toBe('abstain');
  });

  it('a sentence about another document (《纪律处分条例》) says nothing of the one the stem names (《问责条例》)', () => {
    const hits = [passage('现行《中国共产党纪律处分条例》是2023年12月印发的修订稿，自2024年1月1日起施行。')];
    const asked = (title: string) => `${title}最近一次修订是在哪一年？A.2016年 B.2019年 C.2021年 D.2023年`;
    expect(suggestFromHandbook(asked('《中国共产党问责条例》'), hits).kind).toBe('abstain');
    expect(suggestFromHandbook(asked('《中国共产党纪律处分条例》'), hits)).toMatchObject({ kind: 'hedged', choice: ['D'] });
  });

  it('an option in other words is stated only with its words in its own order (a sequence reordered is another)', () => {
    const hits = [passage('民主评议党员时，党支部召开党员大会，按照个人自评、党员互评、民主测评的顺序组织评议。')];
    const out = suggestFromHandbook(
      '民主评议党员一般按什么顺序进行（ ）A.个人自评、党员互评、民主测评 B.民主测评、个人自评、党员互评 C.党员互评、民主测评、个人自评 D.只做民主测评',
      hits,
    );
    expect(out).toMatchObject({ kind: 'hedged', choice: ['A'] });
  });

  it('an option the stem itself says tells nothing; a condition with 不符合 does not make the stem ask for the exception', () => {
    const hits = [
      passage(
        '受留党察看处分一年的党员，期满后仍不符合恢复党员权利条件的，应当延长一年留党察看期限。留党察看期限最长不超过二年。党员经过留党察看，坚持错误不改的，应当开除党籍。',
      ),
    ];
    const out = suggestFromHandbook(
      '留党察看一年期满后仍不符合恢复党员权利条件的，应当（）。A.开除党籍 B.延长一年留党察看 C.恢复党员权利 D.改为严重警告',
      hits,
    );
    expect(out).toMatchObject({ kind: 'hedged', choice: ['B'] });
  });

  it('a blank asking for a rate gets the one percentage the sentence on the same band states (a list item read with its lead-in)', () => {
    const hits = [
      passage(
        '在职党员的党费交纳比例按每月工资收入（税后）分四档：\n- 3000元以上至5000元（含5000元）的，交纳1%；\n- 5000元以上至10000元（含10000元）的，交纳1.5%；\n- 10000元以上的，交纳2%。',
      ),
    ];
    expect(suggestFromHandbook('在职党员税后月工资在5000元以上至10000元（含）的，党费比例是（ ）。', hits)).toMatchObject({
      kind: 'hedged',
      answerTexts: ['1.5%'],
    });
  });

  it('abstains, showing no passage, when the passages are not about the stem', () => {
    const hits = [passage('党费必须用于党的活动，要专款专用。')];
    expect(suggestFromHandbook('本县2026年党务知识竞赛在哪个乡镇举办？ A.城关镇 B.河东乡', hits)).toEqual({ kind: 'abstain' });
  });
});

describe('bank questions read as statements', () => {
  const bank = createPasteIndex([
    question({
      id: 'b1',
      stem: '党支部收到入党申请书后，应当在（）内派人同申请人谈话。',
      options: ['一周', '一个月', '三个月', '半年'],
      answer: 'B',
    }),
    question({ id: 'b2', type: '判断', stem: '党员提出申诉期间，原处分决定停止执行。', answer: '错误' }),
    question({ id: 'b3', stem: '下列不属于党纪处分的是（）。', options: ['警告', '除名'], answer: 'B' }),
  ]);

  it('carries a related bank question’s answer over to a blank, said to rest on the bank', () => {
    const raw = '递交入党申请书以后，党支部要在（ ）内派人和申请人谈话。';
    const out = suggestFromHandbook(raw, [], bank.statements(raw));
    expect(out).toMatchObject({ kind: 'hedged', answerTexts: ['一个月'], basis: 'bank' });
  });

  it('says 正确 for a statement with the bank’s right option, 错误 with a wrong one', () => {
    const right = '党支部收到入党申请书后，应当在一个月内派人同申请人谈话。';
    const wrong = '党支部收到入党申请书后，应当在三个月内派人同申请人谈话。';
    expect(suggestFromHandbook(right, [], bank.statements(right))).toMatchObject({ kind: 'hedged', answerTexts: ['正确'] });
    expect(suggestFromHandbook(wrong, [], bank.statements(wrong))).toMatchObject({ kind: 'hedged', answerTexts: ['错误'] });
  });

  it('reads no statement from a stem that asks for the exception (its answer is the false one)', () => {
    expect(bank.statements('下列属于党纪处分的是（） A.警告 B.除名').some((s) => s.question.id === 'b3')).toBe(false);
  });
});

describe('党费 pastes worked out by the calculator', () => {
  const empty = createPasteIndex([]);
  const solve = async (raw: string) => {
    const out = await resolvePaste(empty, raw, async () => [], duesForPaste);
    return { kind: out.kind, answer: outcomeAnswer(out), basis: out.kind === 'hedged' ? out.basis : undefined };
  };

  it('picks the option equal to the month’s (or the quarter’s, or the year’s) dues on the stated income', async () => {
    expect(await solve('在职党员老周税后月薪6400元，每月该交党费多少？ A.32元 B.64元 C.96元 D.128元')).toEqual({
      kind: 'hedged',
      answer: 'C',
      basis: 'calculation',
    });
    expect((await solve('退休党员每月退休金3600元，一年党费共交（ ）元。A.216 B.432 C.18 D.36')).answer).toBe('A');
    expect((await solve('党员按季度交党费，税后月工资4200元，每季度交（）元。A.42 B.126 C.63 D.21')).answer).toBe('B');
  });

  it('checks the rate a statement names, and fills a blank with the amount', async () => {
    expect((await solve('离退休党员每月离退休费4800元，应按1%交纳党费。')).answer).toBe('错误');
    expect((await solve('离退休党员每月离退休费4800元，应按0.5%交纳党费。')).answer).toBe('正确');
    expect((await solve('在职党员税后月工资2600元，每月交党费（ ）元。')).answer).toBe('13');
  });

  it('leaves alone a stem that states a range or two members rather than one income', async () => {
    expect((await solve('在职党员税后月工资在5000元以上至10000元（含）的，党费比例是（ ）。')).kind).toBe('abstain');
    expect((await solve('甲在职、乙退休，每月收入都是4000元，两人党费分别是（ ）。A.甲40元乙20元 B.都是40元')).kind).toBe('abstain');
    // A threshold names a band: its rate is asked, not a sum on 5000元.
    expect((await solve('离退休党员每月离退休费超过5000元的，按（）交纳党费。')).basis).not.toBe('calculation');
  });
});

describe('votes worked out: more than half of those who should attend', () => {
  const empty = createPasteIndex([]);
  const solve = async (raw: string) => outcomeAnswer(await resolvePaste(empty, raw, async () => []));

  it('counts from 应到会 (or all members with a vote), not from those present', async () => {
    expect(await solve('某支部有表决权的党员30人，讨论接收预备党员时到会20人，赞成的至少要有（）人决议才能通过。A.11 B.16 C.10 D.20')).toBe(
      'B',
    );
    expect(await solve('某支部应到会有表决权的党员20人，实到15人，表决时至少要多少人赞成才算通过？ A.8 B.10 C.11 D.15')).toBe('C');
    expect(await solve('支部应到会有表决权的党员9人，赞成的至少要（ ）人才能通过。')).toBe('5');
  });

  it('leaves elections to the evidence (they count otherwise)', async () => {
    expect(await solve('支部选举时应到会有选举权的党员20人，候选人至少要得到多少赞成票才能当选？A.8 B.11 C.10')).toBeUndefined();
  });
});

describe('a bank question with another bound on its number is another question', () => {
  const bank = createPasteIndex([
    question({ id: 'r1', type: '填空', stem: '离退休党员每月离退休费在5000元以下（含本数）的，按（）交纳党费。', answer: '0.5%' }),
  ]);
  it('超过5000元 is not 5000元以下', () => {
    expect(bank.lookup('离退休党员每月离退休费超过5000元的，按（）交纳党费。')).toBeUndefined();
    expect(bank.lookup('离退休党员每月离退休费在5000元以下（含本数）的，按（）交纳党费。')).toBeDefined();
  });
});

describe('a close bank question offered only as "similar" when its answer carries over', () => {
  const bank = createPasteIndex([
    question({ id: 's1', stem: '党小组会一般（）召开1次。', options: ['每周', '每月', '每季度', '每年'], answer: 'B' }),
    question({ id: 's2', type: '填空', stem: '持证上岗证书分为（）、中级、（）三个等级。', answer: '初级|高级' }),
    question({ id: 's3', stem: '发展党员须有（）名正式党员作入党介绍人。', options: ['一', '两', '三', '四'], answer: 'B' }),
  ]);

  it('not for another subject in the same frame with the same options', async () => {
    expect(bank.lookup('支部党员大会一般（）召开1次。A.每周 B.每月 C.每季度 D.每年')).toBeUndefined();
  });

  it('not the words of a 填空 for a statement without a blank', async () => {
    expect(bank.lookup('持证上岗证书分为初级、中级、高级三个等级。')).toBeUndefined();
  });

  it('not one blank’s answer for a paste with two blanks', async () => {
    expect(bank.lookup('发展党员须有（）名（）党员作入党介绍人。')).toBeUndefined();
  });

  it('reads a closing bracket left without its opening half as a blank', async () => {
    expect(hasInnerBlank('党支部组织生活会一般安排在第某）季度。')).toBe(true);
  });
});

describe('a suggestion rests only on what a source says (issue 21)', () => {
  const bank = createPasteIndex([
    question({
      id: 'r1',
      stem: '党支部收到入党申请书后，应当在（）内派人同申请人谈话。',
      options: ['一周', '一个月', '三个月', '半年'],
      answer: 'B',
    }),
    question({
      id: 'r2',
      stem: '按照现行党章，党的支部委员会每届任期为（）。',
      options: ['两年或三年', '三年', '三年至五年', '五年'],
      answer: 'C',
    }),
    question({
      id: 'r3',
      type: '判断',
      stem: '党员提出申诉期间，原处分决定停止执行。',
      answer: '错误',
      explanation: '申诉期间不停止原处分的执行。',
    }),
  ]);
  const quotes = [
    '党支部收到入党申请书后，应当在一个月内派人同申请人谈话。',
    '按照现行党章，党的支部委员会每届任期为三年至五年。',
    '申诉期间不停止原处分的执行。',
  ];

  it('shows as 依据 the bank question’s own correct statement, never one built by putting another option in its blank', () => {
    const wrong = '判断：党支部收到入党申请书后，应当在三个月内派人同申请人谈话。';
    const out = suggestFromHandbook(wrong, [], bank.statements(wrong));
    expect(out).toMatchObject({ kind: 'hedged', answerTexts: ['错误'], basis: 'bank' });
    if (out.kind !== 'hedged') return;
    expect(out.sentence).toBe(quotes[0]);
    expect(out.passage.text).toBe(quotes[0]);
  });

  it('the issue’s 任期 paste: whatever is suggested, its 依据 is a sentence the bank states', () => {
    for (const raw of [
      '判断：党支部委员会每届任期三年。',
      '党的支部委员会每届任期为五年。',
      '党员提出申诉期间，原处分决定停止执行吗？对/错',
    ]) {
      const out = suggestFromHandbook(raw, [], bank.statements(raw));
      if (out.kind === 'hedged') expect(quotes, raw).toContain(out.sentence);
    }
  });

  it('a 判断 the bank marks 错误 is backed by its explanation, not by its false stem', () => {
    const raw = '判断：党员提出申诉期间，原处分决定停止执行。';
    const out = suggestFromHandbook(raw, [], bank.statements(raw));
    expect(out).toMatchObject({ kind: 'hedged', answerTexts: ['错误'], sentence: quotes[2] });
  });
});

describe('preambles do not hide a question, and a blank’s words are clean (issue 21)', () => {
  it('按照党章规定，… is answered as the question without it', () => {
    const hits = [passage('预备党员的预备期为一年。预备期从支部大会通过其为预备党员之日算起。')];
    const raw = '按照党章规定，预备党员的预备期是多长时间？ A.半年 B.一年 C.两年 D.三年';
    expect(suggestFromHandbook(raw, hits)).toMatchObject({ kind: 'hedged', choice: ['B'] });
    expect(withoutPreamble('按照党章规定，预备党员的预备期是多长时间？')).toBe('预备党员的预备期是多长时间？');
  });

  it('根据《…》，… is judged as the statement after it', () => {
    const hits = [passage('党小组会一般每月召开1次，由党小组组长召集并主持。')];
    expect(suggestFromHandbook('根据《中国共产党支部工作条例（试行）》，党小组会一般每月召开1次。', hits)).toMatchObject({
      kind: 'hedged',
      answerTexts: ['正确'],
    });
  });

  it('a preamble naming an edition or a year stays part of the question', () => {
    expect(withoutPreamble('按照2017年版党章，支部委员会每届任期为（）。')).toBe('按照2017年版党章，支部委员会每届任期为（）。');
  });

  it('a bank question is found through the preamble', async () => {
    const bank = createPasteIndex([
      question({ id: 'p1', stem: '预备党员的预备期是多长时间？', options: ['半年', '一年', '两年', '三年'], answer: 'B' }),
    ]);
    const out = await resolvePaste(bank, '按照党章规定，预备党员的预备期是多长时间？ A.半年 B.一年 C.两年 D.三年', async () => []);
    expect(outcomeAnswer(out)).toBe('B');
  });

  it('下列说法… is about its options: they are what the passages are looked up and weighed by', async () => {
    const asked: string[] = [];
    await resolvePaste(
      createPasteIndex([]),
      '下列说法正确的是（）。A.党小组会一般每季度召开1次 B.党小组会一般每月召开1次',
      async (stem) => {
        asked.push(stem);
        return [];
      },
    );
    expect(asked.join('')).toContain('党小组会一般每月召开1次');
    expect(topicOf('关于党小组，下列说法错误的是（）。', ['甲', '乙'])).toContain('甲');
  });

  it('the blank holds the number, not the statement’s verb before it (讲（）次 from 安排1次)', () => {
    const hits = [passage('普遍做法是党支部每季度至少安排1次党课。')];
    expect(suggestFromHandbook('党课一般每季度至少讲（）次。', hits)).toMatchObject({ kind: 'hedged', answerTexts: ['1'] });
    expect(cleanFill('安排1', '次。')).toBe('1');
    expect(cleanFill('每月', '召开1次')).toBe('每月');
  });
});
