import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { suggestByBandedDues } from '../../knowledge/questions/banded-dues';
import { blankClauses } from '../../knowledge/questions/clause-blanks';
import { suggestByFlippedClaim } from '../../knowledge/questions/flipped-claim';
import { suggestByWithdrawal } from '../../knowledge/questions/member-cases';
import { withoutNamedNumbers } from '../../knowledge/questions/named-numbers';
import { suggestByParaphrase } from '../../knowledge/questions/paraphrase-statement';
import { closedByBox, createPasteIndex } from '../../knowledge/questions/paste';
import { cleanPaste } from '../../knowledge/questions/paste-noise';
import { byStatementOptions } from '../../knowledge/questions/statement-options';
import { outcomeAnswer, type PassageHit, type PasteOutcome, resolvePaste, suggestFromHandbook } from '../../knowledge/questions/suggest';
import type { TemplateQuestion } from '../../knowledge/questions/template';
import { suggestByTermBlank } from '../../knowledge/questions/term-blank';
import { bankQuestion } from '../helpers/bank-question';

/**
 * paste28: classes read from the writers who moved into tuning (fuqiang, yufei, zihan, caifeng) and the open classes
 * of the round before. Sentences written for the test, not taken from any set.
 */

const hit = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });
const answer = async (bank: TemplateQuestion[], raw: string, passages: PassageHit[] = []) =>
  outcomeAnswer(await resolvePaste(createPasteIndex(bank), raw, async () => passages, undefined, createFactIndex([])));

describe('a sentence closed by its full stop and then a box', () => {
  const bank = [
    bankQuestion({
      stem: '党员受到留党察看处分期间，对其（）。',
      options: ['没有表决权', '照常享有选举权', '可以被选举', '可以当介绍人'],
      answer: 'A',
    }),
  ];

  it('is a 判断, not the bank choice whose blank it fills', async () => {
    expect(closedByBox('党员受到留党察看处分期间，没有表决权。（ ）')).toBe(true);
    expect(closedByBox('党员受到留党察看处分期间，对其（ ）。')).toBe(false);
    expect(closedByBox('留党察看期间有没有表决权？（ ）')).toBe(false);
    const given = await answer(bank, '党员受到留党察看处分期间，对其没有表决权。（ ）');
    expect(given).not.toBe('没有表决权');
  });

  it('leaves the bank choice to a paste asking for the words', async () => {
    expect(await answer(bank, '党员受到留党察看处分期间，对其（ ）。')).toBe('没有表决权');
  });
});

describe('a blank for how long one body’s term is', () => {
  const filled = (raw: string) => {
    const out = suggestByTermBlank(raw);
    return out?.kind === 'hedged' ? out.answerTexts.join('') : out?.kind;
  };

  it('is the usual length where the stem says 一般, and 5 for a 村 or 社区 body', () => {
    expect(filled('机关党支部委员会每届任期一般为（ ）年。')).toBe('3');
    expect(filled('街道社区党委（ ）年一届。')).toBe('5');
    expect(filled('厂里的党总支一般每届任期（ ）。')).toBe('3年');
    expect(filled('某高校基层党委每届任期通常是____年。')).toBe('5');
  });

  it('is left unanswered where the stem cites the 党章 or says neither', () => {
    expect(filled('按照党章，机关党支部委员会每届任期（ ）。')).toBe('abstain');
    expect(filled('机关党支部委员会每届任期（ ）年。')).toBe('abstain');
  });

  it('is not taken for a delay or a term in between', () => {
    expect(filled('支部委员会任期届满确需延期换届的，延长期限一般不超过（ ）年。')).toBeUndefined();
    expect(filled('补选产生的委员任期一般到（ ）为止。')).toBeUndefined();
  });

  it('fills each of two clauses parted by a comma', async () => {
    expect(blankClauses('学校的党支部委员会一般每届任期（ ）年，街道社区的党委每届任期（ ）年。')).toHaveLength(2);
    // Where the whole is filled, clauses parted by commas are not tried.
    expect(blankClauses('学校的党支部委员会一般每届任期（ ）年，街道社区的党委每届任期（ ）年。', false)).toBeUndefined();
    expect(await answer([], '填空：学校的党支部委员会一般每届任期（ ）年，街道社区的党委每届任期（ ）年。')).toBe('3、5');
  });
});

describe('a line after a sentence holding its blank', () => {
  it('is the user’s remark when it has no blank, option or type', () => {
    expect(cleanPaste('农民党员每月交纳党费（ ）元至一元。\n老支书说他交的就是这个')).toBe('农民党员每月交纳党费（ ）元至一元。');
  });

  it('stays where it names a type, goes on the sentence or holds a blank', () => {
    expect(cleanPaste('农民党员每月交纳党费（ ）元至一元。\n填空 支部小测')).toContain('填空');
    expect(cleanPaste('农民党员每月交纳党费（ ）\n元至一元。')).toContain('元至一元');
    expect(cleanPaste('农民党员每月交纳党费（ ）元。\n学生党员每月交纳（ ）元。')).toContain('学生党员');
  });
});

describe('a name of the handbook written with numerals', () => {
  it('is no number its evidence must say', () => {
    expect(withoutNamedNumbers('3会1课记录')).toBe('名会名课记录');
    expect(withoutNamedNumbers('2学1做')).toBe('2学1做');
  });

  it('lets a list question on 3会1课 records be read against the record’s items', () => {
    const records = hit(
      '支部开会都要当场记录。会议记录要写明：\n\n- 开会的时间和地点；\n- 谁主持、谁记录；\n- 应到和实到的人数；\n- 讨论了什么、谁发了言。',
    );
    const raw = '【多选】3会1课的会议记录要写明（ ）\nA.开会的时间和地点\nB.谁主持、谁记录\nC.应到和实到的人数\nD.参会党员的籍贯';
    const out = suggestFromHandbook(raw, [records]);
    expect(outcomeAnswer(out)).toBe('ABC');
  });
});

describe('a case of 自行脱党 named by an app’s check-in', () => {
  it('is not the act the rule names', () => {
    const raw =
      '党员没有正当理由，连续六个月有下列哪些情形的，认定为自行脱党（ ）\nA.不交纳党费\nB.不在支部活动群里点赞打卡\nC.不参加组织生活\nD.不做党分配的工作';
    const out = suggestByWithdrawal(raw);
    expect(out?.choice).toEqual(['A', 'C', 'D']);
  });
});

describe('an act a clause forbids outright, said to be allowed', () => {
  const rule = hit('收到举报的党组织应当及时核实，或者移交有关部门处理，不得隐瞒。');

  it('is false, its subject taken from the clause that opens the run', () => {
    const out = suggestByFlippedClaim('判断：收到举报的党组织可以视情况隐瞒举报。', [rule]);
    expect(out?.answerTexts).toEqual(['错误']);
  });

  it('is not judged where the statement does not say it may be done', () => {
    expect(suggestByFlippedClaim('判断：收到举报的党组织隐瞒举报会被追责。', [rule])).toBeUndefined();
  });
});

describe('a choice of sayings each a statement', () => {
  const verdicts: Record<string, string> = {
    党员可以查阅本人的档案材料: '正确',
    党员档案可以由本人自行保管: '错误',
    党员档案应当由组织部门统一管理: '正确',
  };
  const judge = async (statement: string): Promise<PasteOutcome> => {
    const key = Object.keys(verdicts).find((k) => statement.includes(k));
    if (!key) return { kind: 'abstain' };
    return { kind: 'hedged', choice: [], answerTexts: [verdicts[key]!], sentence: `${key}。`, passage: hit(`${key}。`), basis: 'handbook' };
  };
  const raw = (ask: string) =>
    `关于党员档案，下列说法${ask}（ ）\nA.党员可以查阅本人的档案材料\nB.党员档案可以由本人自行保管\nC.党员档案应当由组织部门统一管理`;

  it('picks the true statements, or the false ones asked for what is wrong', async () => {
    expect((await byStatementOptions(raw('正确的是'), judge))?.choice).toEqual(['A', 'C']);
    expect((await byStatementOptions(raw('错误的是'), judge))?.choice).toEqual(['B']);
  });

  it('gives nothing when one statement has no verdict or the picks do not fit the type', async () => {
    const partial = raw('正确的是').replace('统一管理', '每年清理一次');
    expect(await byStatementOptions(partial, judge)).toBeUndefined();
    expect(await byStatementOptions(`【单选】${raw('正确的是')}`, judge)).toBeUndefined();
  });

  it('is not tried for options that are short phrases or a question not on sayings', async () => {
    expect(await byStatementOptions('党员档案由谁管理（ ）\nA.本人\nB.组织部门\nC.所在单位', judge)).toBeUndefined();
  });
});

describe('a rule said again with 须…方可 for 必须…才能', () => {
  const rule = hit('评议大会必须有三分之二以上党员到会才能进行。');

  it('is the same rule', () => {
    expect(suggestByParaphrase('判断：评议大会须有三分之二以上党员到会方可召开。', [rule])?.answerTexts).toEqual(['正确']);
    expect(suggestByParaphrase('判断：评议大会必须有三分之二以上党员到会才可以开。', [rule])?.answerTexts).toEqual(['正确']);
  });

  it('is not the rule where it drops the condition', () => {
    expect(suggestByParaphrase('判断：评议大会可以召开。', [rule])).toBeUndefined();
  });
});

describe('党费 worked out band by band, with 不同 in it', () => {
  const rule = hit('党费按月收入所在的那一档比例计算，整个收入只用一个比例，不分段累进。');

  it('is false: 不同 (按不同比例) denies nothing', () => {
    const out = suggestByBandedDues('判断：算党费时要把工资分段，每段按不同的比例算，最后加在一起。', [rule]);
    expect(out?.answerTexts).toEqual(['错误']);
  });

  it('is left alone where the statement itself says 不分段', () => {
    expect(suggestByBandedDues('判断：算党费时不分段，整个工资按不同档次里的一档算。', [rule])).toBeUndefined();
  });
});
