import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { suggestByPartyAge } from '../../knowledge/questions/party-age';
import { asksNegatively, createPasteIndex, parsePasted } from '../../knowledge/questions/paste';
import { cleanPaste, ocrNumbers } from '../../knowledge/questions/paste-noise';
import { type PassageHit, resolvePaste, withoutStemUnits } from '../../knowledge/questions/suggest';

/**
 * What a stranger's paste carries besides the question (issue 21, fifth round): a group chat's header, an empty
 * 答案 line, a score mark, the 对/错 of a 判断, the user's own words after the question (Cantonese, dialect,
 * emoji), options with no mark after their letter, OCR letters in numbers, and the unit a blank already has.
 * The pastes are written for the test in the shapes the writers' sets show.
 */

describe('lines that are not the question', () => {
  it('drops a chat header, an empty 答案 line and the question asked after the options', () => {
    const parsed = parsePasted(
      '王姐 09:12\n5. 某党员每月工资5000元，每月应交党费( )元。\nA. 25\nB. 50\nC. 75\nD. 100\n答案：____\n\n救命 是选C吗?? 这档怎么算',
    );
    expect(parsed.stem).toBe('某党员每月工资5000元,每月应交党费( )元。');
    expect(parsed.options).toEqual(['25', '50', '75', '100']);
  });

  it('reads a 繁体 header with its score mark and drops a Cantonese aside after the last option', () => {
    const parsed = parsePasted(
      '第3題 單選題 (2分)\n支部这个月安排的活动中，不在“三会一课”范围内的是（　）\nA.支部党员大会　B.党课　C.主题党日　D.党小组会\n呢題點解？我揀咗A',
    );
    expect(parsed.declaredType).toBe('单选');
    expect(parsed.stem).toBe('支部这个月安排的活动中,不在“三会一课”范围内的是( )');
    expect(parsed.options.at(-1)).toBe('党小组会');
  });

  it('drops the 对/错 a 判断 offers and the words after its blank', () => {
    expect(parsePasted('第30題 判斷題 (1分)\n预备党员从上级党委批准之日起交纳党费。\n正確　錯誤').stem).toBe(
      '预备党员从上级党委批准之日起交纳党费。',
    );
    expect(parsePasted('判断：某做法是符合规定的。（　）\n係咪真係可以拖咁耐').stem).toBe('某做法是符合规定的。( )');
    // The answers' line goes, the type it told stays (paste26).
    expect(cleanPaste('党务人员变动的，备案时限是15天。\n√ 还是 ×  求问')).toBe('【判断】\n党务人员变动的，备案时限是15天。');
  });

  it('keeps a question that runs over two lines, and an option line that follows another', () => {
    expect(cleanPaste('老王被接收为预备党员，一年期满时延长预备期半年，\n延长期满后转正。党龄从（ ）算起。\nA.甲\nB.乙')).toBe(
      '老王被接收为预备党员，一年期满时延长预备期半年，\n延长期满后转正。党龄从（ ）算起。\nA.甲\nB.乙',
    );
  });

  it('keeps a short line that goes on after the blank', () => {
    expect(cleanPaste('党员受留党察看处分期间（ ）\n有表决权。')).toBe('党员受留党察看处分期间（ ）\n有表决权。');
  });

  it('keeps the unit written after a blank when the user asks after it', () => {
    expect(parsePasted('留党察看期加起来不能超过（ ）年 这个填啥').stem).toBe('留党察看期加起来不能超过( )年');
  });
});

describe('options and numbers as scans and hurried hands leave them', () => {
  it('reads letters with no mark after them as options, and a page footer as noise', () => {
    const parsed = parsePasted('l2.退休党员张某每月领取养老金4800元，按规定他每月应交纳党费（ ）。\nA24元  B48元\nC72元  D96元\n— 7 —');
    expect(parsed.stem).toBe('退休党员张某每月领取养老金4800元,按规定他每月应交纳党费( )。');
    expect(parsed.options).toEqual(['24元', '48元', '72元', '96元']);
  });

  it('reads O and l as digits inside numbers and dates, not inside Latin words', () => {
    expect(ocrNumbers('3月lO日')).toBe('3月10日');
    expect(ocrNumbers('2O23年l2月2O日')).toBe('2023年12月20日');
    expect(ocrNumbers('A.ll B.l3')).toBe('A.11 B.13');
    expect(ocrNumbers('Hello World, lOl')).toBe('Hello World, lOl');
  });

  it('takes the type written after the blank without brackets', () => {
    expect(parsePasted('党费可以用在下面哪些地方（ ）多选\nA培训党员 B发奖金\nC补助困难党员 D表彰先进').declaredType).toBe('多选');
  });
});

describe('the reasoning steps the cleaner pastes now reach', () => {
  const partyAge: PassageHit = {
    text: '党员的党龄从预备期满转为正式党员之日算起。如果预备期被延长，党龄从延长后的预备期满、被批准转为正式党员之日起计算。',
    coverage: 1,
    source: 'handbook:test',
    title: '测试手册',
  };

  it('reads an extension said with its person in between (延长他的预备期半年)', () => {
    const raw =
      '老王2022年6月20日被支部大会接收为预备党员，一年期满时支部决定延长他的预备期半年，延长期满后他被批准转为正式党员。老王的党龄从（ ）算起。\nA.2022年6月20日\nB.2023年6月20日\nC.2023年12月20日\nD.递交申请书那天';
    expect(suggestByPartyAge(raw, [partyAge])?.choice).toEqual(['C']);
    // An extension whose length is not read: no day is worked out.
    expect(suggestByPartyAge(raw.replace('半年', '一段时间'), [partyAge])).toBeUndefined();
  });

  it('fills a blank without the unit the stem writes after it', () => {
    const passage = partyAge;
    const outcome = withoutStemUnits('察看期加起来不能超过（ ）年', {
      kind: 'hedged',
      choice: [],
      answerTexts: ['二年'],
      sentence: 's',
      passage,
      basis: 'handbook',
    });
    expect(outcome).toMatchObject({ answerTexts: ['二'] });
  });

  it('does not carry a bank answer to a stem that asks for what is not so (不享有的有)', async () => {
    expect(asksNegatively('下列权利中，预备党员不享有的有（ ）')).toBe(true);
    expect(asksNegatively('下列权利中，预备党员享有的是（）。')).toBe(false);
    const bank = createPasteIndex([
      {
        id: 'q1',
        bank: 'test',
        type: '单选',
        stem: '下列权利中，预备党员享有的是（）。',
        options: ['在支部大会上参加表决', '参加支部委员会选举投票', '被提名为支部委员候选人', '对党的工作提出建议和倡议'],
        answer: 'D',
        explanation: '',
        level: '初级',
        topic: '党员',
        source: 'member.rights',
      },
    ]);
    const outcome = await resolvePaste(
      bank,
      '下列权利中，预备党员不享有的有（ ）\nA.表决权\nB.选举权\nC.被选举权\nD.对党的工作提出建议和倡议',
      async () => [],
      undefined,
      createFactIndex([]),
    );
    expect(outcome.kind).not.toBe('similar');
  });
});

describe('what an exam app or a paper puts around the question (issue 21, eighth round)', () => {
  it('drops a quiz title, the number, type, score and countdown lines, and keeps the type', () => {
    const parsed = parsePasted(
      '某某公司党建知识答题活动（第二轮）\n【第6题】单选题（2分）\n倒计时：00:37\n党员每年参加集中学习培训一般不少于（ ）学时。\nA. 24\nB. 32\nC. 40\n\n快点 来不及了！！',
    );
    expect(parsed.declaredType).toBe('单选');
    expect(parsed.stem).toBe('党员每年参加集中学习培训一般不少于( )学时。');
    expect(parsed.options).toEqual(['24', '32', '40']);
  });

  it('reads a header of markers only in any script (多選 第5題（3分）選錯不得分, 判斷題 7/20, 判断 1分, Q7 单选)', () => {
    expect(parsePasted('多選 第5題（3分）選錯不得分\n党费可以用于（ ）。\nA.培训党员\nB.发奖金\nC.表彰先进')).toMatchObject({
      declaredType: '多选',
      stem: '党费可以用于( )。',
    });
    expect(parsePasted('判斷題 7/20\n预备党员有表决权。（ ）').stem).toBe('预备党员有表决权。( )');
    expect(parsePasted('判断 1分\n支委会开会要有三分之二以上委员到场。\n@小助手 是半数吧')).toMatchObject({
      declaredType: '判断',
      stem: '支委会开会要有三分之二以上委员到场。',
    });
    expect(parsePasted('@党务助手 Q7 单选\n组织生活会一般安排在（ ）\nA.第一季度  B.第四季度').stem).toBe('组织生活会一般安排在( )');
  });

  it('drops the user’s line before the question when it has an emoji, a mention or asks for help', () => {
    expect(parsePasted('群里又推题了😭\n【每日一练·第2题】（2分）\n延长预备期最短不少于（ ）\nA. 三个月\nB. 半年').stem).toBe(
      '延长预备期最短不少于( )',
    );
    expect(parsePasted('同事截图的 帮我看\n判断题 2/10\n正式党员不足七人的支部不设委员会。（ ）').stem).toBe(
      '正式党员不足七人的支部不设委员会。( )',
    );
  });

  it('keeps a first line that leads into the options, or the first half of a stem', () => {
    expect(parsePasted('下列属于党员权利的是\nA. 表决权\nB. 发奖金').stem).toBe('下列属于党员权利的是');
    expect(cleanPaste('党员受留党察看处分期间\n没有表决权。')).toBe('党员受留党察看处分期间\n没有表决权。');
  });

  it('drops a paper title and page mark before a numbered question, and 【答案】【解析】 and the next question after it', () => {
    const parsed = parsePasted(
      '2025年度党务工作者资格认证模拟卷（二）　　第3页 共9页\n7．支委会会议到会委员应当达到（　　）方可进行。\nA．三分之一以上　　B．半数以上\nC．三分之二以上　　D．全体\n【答案】\n【解析】\n8．下列关于党小组的说法，',
    );
    expect(parsed.stem).toBe('支委会会议到会委员应当达到( )方可进行。');
    expect(parsed.options).toEqual(['三分之一以上', '半数以上', '三分之二以上', '全体']);
    expect(parsePasted('三、判断题（每题1分，共20分）\n15．预备党员可以当入党介绍人。（　　）\n【答案】\n——请予明确').stem).toBe(
      '预备党员可以当入党介绍人。( )',
    );
  });

  it('drops to-do boxes, a bracketed note, a source line, a dialect aside, and a line after side-by-side options', () => {
    expect(parsePasted('笔记里的填空 ✍️\n- [ ] 普通党员每年学习培训不少于____学时').stem).toBe('普通党员每年学习培训不少于____学时');
    const boxed = parsePasted('主题党日内容包括（ ）\n- [ ] A. 集中学习\n- [ ] B. 民主议事\n- [ ] C. 聚餐\nC肯定不选吧');
    expect(boxed.options).toEqual(['集中学习', '民主议事', '聚餐']);
    expect(parsePasted('组织生活会一般安排在（ ）\nA.一季度  B.二季度  C.四季度\n（年底事多 emo了）').options.at(-1)).toBe('四季度');
    expect(parsePasted('审批最长不超过（ ）\nA.四个月 B.五个月 C.六个月\n来源：发展党员工作细则').options.at(-1)).toBe('六个月');
    expect(parsePasted('自行脱党的情形有（ ）\nA、连续六个月不交党费\nB、因病住院\n老师这是多选 俺村有这情况').options.at(-1)).toBe(
      '因病住院',
    );
    expect(parsePasted('书记全年学习不少于（ ）学时。\nA 32      B 40      C 48        D 56\n我当书记的  想晓得').options).toEqual([
      '32',
      '40',
      '48',
      '56',
    ]);
  });

  it('reads a type with its score inside one bracket, and no colon is left before the stem', () => {
    expect(parsePasted('7.（单选题，2分）村党支部委员会每届任期一般为（ ）\nA.3年 B.5年')).toMatchObject({
      declaredType: '单选',
      stem: '村党支部委员会每届任期一般为( )',
    });
    expect(parsePasted('判断（1分）：预备党员可以当入党介绍人。').stem).toBe('预备党员可以当入党介绍人。');
    expect(parsePasted('至少几人赞成才能通过？\nA．12      B．13\n答案（  ）').options).toEqual(['12', '13']);
  });
});

describe('a 判断’s answers or marking words on the statement’s own line, and an answer slot said in words', () => {
  it('drops the two answers after the statement on its line and reads the paste as a 判断', () => {
    for (const tail of ['（ ）  对 / 错', ' √ ×', '（　）正确　错误', ' ○对 ○错', '（ ） 错 还是 对']) {
      const parsed = parsePasted(`党小组长一般由支部委员会指定。${tail}`);
      expect(parsed.stem.replace(/\s*\(\s*\)$/, '')).toBe('党小组长一般由支部委员会指定。');
      expect(parsed.declaredType).toBe('判断');
    }
  });

  it('drops a paper’s marking instruction after the statement', () => {
    const parsed = parsePasted('5．预备党员可以参加支部党员大会。（ ）正确的画“√”，错误的画“×”');
    expect(parsed.stem).toBe('预备党员可以参加支部党员大会。( )');
    expect(parsed.declaredType).toBe('判断');
    expect(parsePasted('判断：流动党员外出前要先向支部报告。对的打√，错的打×').stem).toBe('流动党员外出前要先向支部报告。');
  });

  it('keeps one truth word that belongs to the statement, and a lettered pair as options', () => {
    expect(parsePasted('下列说法中，认为该支部的做法正确（ ）').stem).toBe('下列说法中,认为该支部的做法正确( )');
    expect(parsePasted('支部的做法是否正确？（ ） A.正确 B.错误').options).toEqual(['正确', '错误']);
    expect(parsePasted('这样做对 错 各占一半的说法（ ）').declaredType).toBeUndefined();
  });

  it('drops a line left for the answer and said in words (答案写在这里____, 答：（ ）)', () => {
    expect(parsePasted('【填空题】党员的党龄从预备期满转为（ ）之日算起。\n答案写在这里____').stem).toBe(
      '党员的党龄从预备期满转为( )之日算起。',
    );
    expect(parsePasted('填空：支部委员会每届任期一般为（ ）年。\n答：（ ）').stem).toBe('支部委员会每届任期一般为( )年。');
  });
});
