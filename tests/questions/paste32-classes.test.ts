import { describe, expect, it } from 'vitest';
import { manyCandidate } from '../../knowledge/questions/calibrated';
import { alignCloze, clozeOf } from '../../knowledge/questions/cloze';
import { suggestByDroppedDuty } from '../../knowledge/questions/dropped-duty';
import { byLeadClause, leadAndRule } from '../../knowledge/questions/lead-clause';
import { namedQuestion } from '../../knowledge/questions/named-question';
import { withoutStemLead } from '../../knowledge/questions/stem-lead';
import type { PassageHit, PasteOutcome } from '../../knowledge/questions/suggest';
import { suggestByTermLength } from '../../knowledge/questions/term-length';

/**
 * paste32: classes behind the misses of maoxia, dechang, xiaoman, laohe and the other tuning writers. Sentences
 * written for the test.
 */

const hit = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });
const align = (stem: string, statement: string) => alignCloze(clozeOf(stem)!, statement);

describe('a hole the statement does not fill', () => {
  it('is one end of the statement range, unless the stem writes the range itself', () => {
    expect(align('团小组每届任期为（ ）年', '团小组每届任期二年至四年，由团员大会选出。')?.halfRange).toBe(true);
    expect(align('团小组每届任期为（ ）年', '团小组每届任期二年，由团员大会选出。')?.halfRange).toBe(false);
    expect(align('学生团员每月交纳团费（ ）元至1元', '学生团员每月交纳团费0.5元至1元。')?.halfRange).toBe(false);
  });

  it('is held by one chance character on each side', () => {
    const weak = align('团员大会必须有（ ）以上团员到场才能开', '团员大会一般每季度开1次，有特殊情况可以随时开。');
    expect(weak?.weaklyHeld).toBe(true);
    expect(align('团员大会必须有（ ）以上团员到场才能开', '团员大会必须有三分之二以上团员到场才能开。')?.weaklyHeld).toBe(false);
    // One character beside the hole (每), and the words after it said otherwise: 每 holds it.
    expect(align('团支部对团员的评议每（ ）开展一次', '团支部每季度对团员进行一次评议。')?.weaklyHeld).toBe(false);
  });
});

describe('a blank whose first words the paste writes before it', () => {
  const bank = (answer: string): PasteOutcome =>
    ({ kind: 'bank', question: {} as never, score: 1, choice: [], answerTexts: [answer] }) as PasteOutcome;
  it('is answered without them', () => {
    expect(withoutStemLead('团小组会一般每（ ）开一次', bank('每季度/每个季度')).kind).toBe('bank');
    expect((withoutStemLead('团小组会一般每（ ）开一次', bank('每季度/每个季度')) as { answerTexts: string[] }).answerTexts).toEqual([
      '季度/个季度',
    ]);
    expect((withoutStemLead('团小组会一般（ ）开一次', bank('每季度')) as { answerTexts: string[] }).answerTexts).toEqual(['每季度']);
    expect((withoutStemLead('团费每（ ）交一次', bank('每')) as { answerTexts: string[] }).answerTexts).toEqual(['每']);
  });
});

describe('a term asked of a 村 or 社区 body', () => {
  it('is that body’s term with no source named, the 党章 range only where the 党章 is cited', () => {
    expect(suggestByTermLength('社区党支部每届任期是（ ）A.2年 B.3年 C.5年 D.3年至5年')?.choice).toEqual(['C']);
    expect(suggestByTermLength('按党章规定，社区党支部每届任期是（ ）A.2年 B.3年 C.5年 D.3年至5年')?.choice).toEqual(['D']);
    expect(suggestByTermLength('医院党支部委员会每届任期为（ ）A.2年 B.3年 C.5年 D.3年至5年')).toBeUndefined();
  });
});

describe('several options, the stem said by the sentence', () => {
  it('puts no option in whose own words the sentence does not say', () => {
    const sentences = [{ text: '对违规的团支部，上级团组织应当责令其书面说明或者给予批评提醒；', hit: 'test' }];
    const c = manyCandidate(
      '对违规的团支部，上级团组织可以（ ）',
      ['责令其书面说明', '给予批评提醒', '给予处分', '情节严重的，撤销其全部委员'],
      sentences,
    );
    expect(c).toBeUndefined();
    const all = [{ text: '对违规的团支部，上级团组织应当责令其书面说明、给予批评提醒或者通报全区。', hit: 'test' }];
    const whole = manyCandidate('对违规的团支部，上级团组织可以（ ）', ['责令其书面说明', '给予批评提醒', '通报全区'], all);
    expect(whole?.choice).toEqual([0, 1, 2]);
  });
});

describe('one duty said to need no doing after another activity', () => {
  const rules = hit(
    '团日活动不是团课的一种，很多团支部把团课、团费收缴放在团日活动里一起办，这是可以的，但团课的课时要求仍然要分别落实，不能用团日活动顶替。',
  );
  it('is false where a clause of the sentence says that duty must still be done', () => {
    expect(suggestByDroppedDuty('判断：开展了团日活动，当月的团课就可以不用再单独落实了。', [rules])?.answerTexts).toEqual(['错误']);
    expect(suggestByDroppedDuty('判断：搞了团日活动以后就不用再单独落实团课的课时要求。', [rules])?.answerTexts).toEqual(['错误']);
  });
  it('says nothing of another duty, or where nothing else was done', () => {
    expect(suggestByDroppedDuty('判断：开展了团日活动，当月的团费就可以不用再单独收缴了。', [rules])).toBeUndefined();
    expect(suggestByDroppedDuty('判断：当月的团课就可以不用再单独落实了。', [rules])).toBeUndefined();
  });
});

describe('a statement whose opening clause only sets the scene', () => {
  const verdict = (answer: '正确' | '错误', text: string): PasteOutcome => ({
    kind: 'hedged',
    choice: [],
    answerTexts: [answer],
    sentence: text,
    passage: hit(`团员对团组织给的处理不服的，可以提出复议。复议期间，原处理照常执行。`),
    basis: 'handbook',
  });
  it('is judged by its rule clause where the passage says the opening', async () => {
    const raw = '判断：团员对处理不服提出复议的，复议期间原处理照常执行。\nA.对 B.错';
    expect(leadAndRule(raw)?.rule).toBe('复议期间原处理照常执行');
    const seen: string[] = [];
    const out = await byLeadClause(raw, async (s) => {
      seen.push(s);
      return verdict('正确', '复议期间，原处理照常执行。');
    });
    expect(seen).toEqual(['【判断】复议期间原处理照常执行。']);
    expect(out?.kind === 'hedged' && out.choice).toEqual(['A']);
  });
  it('is not split where the opening names a kind, a number or a condition, or shares no word with the rule', () => {
    expect(leadAndRule('判断：受警告处分的团员，一年内不得评优。')).toBeUndefined();
    expect(leadAndRule('判断：入团满三年的，可以担任团支部书记。')).toBeUndefined();
    expect(leadAndRule('判断：如果团员提出复议的，复议期间原处理照常执行。')).toBeUndefined();
    expect(leadAndRule('判断：团员对处理不服的，团费仍要按月交纳。')).toBeUndefined();
  });
});

describe('several numbered questions, one named by the writer', () => {
  const paste =
    '单位发的练习，我抄下来了：\n3. 团员的团龄从（ ）算起。\nA. 递交申请书 B. 团支部大会通过\n4. 团员连续（ ）不交团费的，视为自动离团。\nA. 三个月 B. 六个月\n5. 团小组长由（ ）产生。\nA. 选举 B. 指定\n\n我只问第4题，其他的我会。';
  it('is that question alone', () => {
    expect(namedQuestion(paste)).toBe('4. 团员连续（ ）不交团费的，视为自动离团。\nA. 三个月 B. 六个月');
    expect(namedQuestion(paste.replace('我只问第4题', '第5题怎么选'))).toBe('5. 团小组长由（ ）产生。\nA. 选举 B. 指定');
  });
  it('leaves the paste alone with no question named, a number no question has, or one question only', () => {
    expect(namedQuestion(paste.replace('我只问第4题，其他的我会。', ''))).toBeUndefined();
    expect(namedQuestion(paste.replace('第4题', '第9题'))).toBeUndefined();
    expect(namedQuestion('4. 团员连续（ ）不交团费的，视为自动离团。\nA. 三个月 B. 六个月\n就问第4题')).toBeUndefined();
  });
});
