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
    expect(cleanPaste('党务人员变动的，备案时限是15天。\n√ 还是 ×  求问')).toBe('党务人员变动的，备案时限是15天。');
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
