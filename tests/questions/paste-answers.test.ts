import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passageSearch } from '../../bot/features/quiz/exam-answerer';
import { loadBuiltinQuestions } from '../../knowledge/questions/builtin';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, resolvePaste } from '../../knowledge/questions/suggest';
import { judgeItem, type PasteItem } from '../../scripts/eval/paste.eval';
import { createTestBot, type TestBot, textOf } from '../helpers/runtime';

/**
 * Pasted questions written the way members paste them, in other words than the bank's (our own small set for
 * developing against; the evaluation sets live in eval/sets): an answer is never of another type than the
 * paste, never confidently wrong, and the reply says what it is (bank answer, 可能是, or not in the bank).
 */
const OWN_SET: PasteItem[] = [
  // The cases: a 单选 about 自行脱党 must not get the 判断 answer; a 多选 on 三会 must not get a 填空 answer.
  {
    id: 'o1',
    type: '单选',
    answer: 'B',
    supported: true,
    text: '5.（单选题）党员没有正当理由，连续多长时间不参加组织生活、不交党费，就被认为自行脱党？\nA、三个月\nB、六个月\nC、九个月\nD、一年',
  },
  {
    id: 'o2',
    type: '多选',
    answer: 'ABC',
    supported: true,
    text: '【多选】“三会一课”的“三会”包括（ ） A.支部党员大会 B.支部委员会会议 C.党小组会 D.民主生活会',
  },
  {
    id: 'o3',
    type: '填空',
    answer: '3000|0.5%',
    supported: true,
    text: '在职党员每月工资收入（税后）在（ ）元以下（含本数）的，按月工资收入的（ ）交纳党费。',
  },
  {
    id: 'o4',
    type: '判断',
    answer: '错误',
    supported: true,
    text: '（判斷題）黨員因長期生病住院連續六個月未參加組織生活，應當按自行脫黨處理。',
  },
  // Close to a bank 判断 but the opposite statement: the bank's 错误 must not be given for it.
  { id: 'o5', type: '判断', answer: '正确', supported: true, text: '党员因长期生病住院连续六个月未参加组织生活，不能按自行脱党处理。' },
  // A number the bank's question does not have is another question.
  {
    id: 'o6',
    type: '单选',
    answer: 'C',
    supported: true,
    text: '离退休党员每月离退休费为4600元，每月应交党费（ ）元。A. 46 B. 34.5 C. 23 D. 11.5',
  },
  // Nothing in the bank or the handbook holds this one.
  {
    id: 'o7',
    type: '单选',
    answer: 'A',
    supported: false,
    text: '3. 本县2026年党务知识竞赛在哪个乡镇举办？ A. 城关镇 B. 河东乡 C. 西山镇 D. 南湖乡',
  },
  {
    id: 'o8',
    type: '多选',
    answer: 'ABD',
    supported: true,
    text: '下列属于党员义务的有（ ）\nA. 认真学习党的理论\nB. 遵守党的纪律\nC. 享有选举权\nD. 密切联系群众',
  },
];

describe('pasted questions against the built-in bank and the handbook', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await createTestBot();
  });
  afterAll(() => bot?.close());

  const search = (stem: string) => passageSearch(bot.runtime.app.services.knowledge.index)(stem);

  it('never answers with another type, and is never confidently wrong on our set', async () => {
    const index = createPasteIndex(loadBuiltinQuestions());
    for (const item of OWN_SET) {
      const outcome = await resolvePaste(index, item.text, search);
      const given = outcomeAnswer(outcome);
      if (given !== undefined) {
        if (item.type === '单选') expect(given, item.id).toMatch(/^[A-F]$/);
        if (item.type === '多选') expect(given, item.id).toMatch(/^[A-F]+$/);
        if (item.type === '判断') expect(given, item.id).toMatch(/^(正确|错误)$/);
        if (item.type === '填空') expect(given, item.id).not.toMatch(/^(正确|错误|[A-F]+)$/);
        expect(given, item.id).not.toContain('|');
      }
      expect(await judgeItem(index, search, item), `${item.id}: ${given}`).not.toBe('confidently-wrong');
    }
  });

  it('the issue’s pastes: 判断 gets 正确/错误, 填空 gets its words joined, a reworded 单选 is not given a 判断 answer', async () => {
    const truth = textOf(await bot.say(OWN_SET[3].text));
    expect(truth).toMatch(/^答案：错误/);
    expect(truth).toContain('出处：题库');
    const blanks = textOf(await bot.say(OWN_SET[2].text));
    expect(blanks).toMatch(/^答案：3000、0.5%/);
    expect(blanks).not.toContain('|');
    const withdrawal = textOf(await bot.say(OWN_SET[0].text));
    expect(withdrawal).not.toMatch(/答案：(正确|错误)/);
    const opposite = textOf(await bot.say(OWN_SET[4].text));
    expect(opposite).not.toMatch(/^答案：错误/);
  });

  it('says so when none of the pasted options is the bank’s answer', async () => {
    const reply = textOf(
      await bot.say(
        '多选：党员没有正当理由连续六个月出现下列哪些情形之一，就被认为是自行脱党（）。A.没有参加年度民主评议 B.不按时参加体检 C.不参加单位聚餐',
      ),
    );
    expect(reply).not.toMatch(/^答案/);
    expect(reply).toMatch(/题库中没有|不在你给出的选项中/);
  });

  it('a 党费 paste no bank holds is worked out through the ask feature’s calculator, and said to be a calculation', async () => {
    const reply = textOf(await bot.say('在职党员老周税后月薪6400元，每月该交党费多少？ A.32元 B.64元 C.96元 D.128元'));
    expect(reply).toContain('可能是 C（96元）');
    expect(reply).toContain('按党费交纳比例计算');
    expect(reply).not.toMatch(/^答案：/);
  });

  it('a question no bank or handbook holds gets an honest reply without unrelated passages', async () => {
    const reply = textOf(await bot.say(OWN_SET[6].text));
    expect(reply).toContain('题库中没有找到这道题');
    expect(reply).not.toMatch(/答案：|可能是/);
  });
});
