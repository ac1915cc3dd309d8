import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion, createAnswerers } from '../../../bot/features/ask/answerers';
import { QuestionBankStore } from '../../../knowledge/questions/store';
import { TEMPLATE_HEADER, validateRows } from '../../../knowledge/questions/template';
import { createTestBot, type Speaker, type TestBot, textOf } from '../../helpers/runtime';

/** A county bank, imported the way `dangwu questions import` does it (same store, same validation). */
const countyBank = [
  [
    '单选',
    '县委规定的党务工作者年度培训不少于（）学时',
    '8',
    '16',
    '24',
    '32',
    '',
    '',
    'C',
    '县里自定的培训要求。',
    '初级',
    '县级要求',
    '县委文件',
  ],
  ['判断', '本县党务工作者证书每年认证一次', '', '', '', '', '', '', '正确', '县级方案规定一年一认证。', '初级', '县级要求', '县委文件'],
];

function importBank(bot: TestBot, name: string, rows: string[][]) {
  const raw = rows.map((cells, i) => ({ row: i + 2, fields: Object.fromEntries(TEMPLATE_HEADER.map((h, j) => [h, cells[j] ?? ''])) }));
  const { questions, errors } = validateRows(raw, name);
  expect(errors).toEqual([]);
  return new QuestionBankStore(bot.runtime.storage.db).importQuestions(name, questions, `${name}.csv`);
}

const group = (userId: string, admin = false): Speaker => ({ userId, chatId: 'branch-1', chatKind: 'group', admin });
const secretary = group('me');
const member = group('m1');
/** Every chat's choice as stored (no store call lists them all). */
const choices = (bot: TestBot) =>
  (bot.runtime.storage.db as unknown as Kysely<any>)
    .selectFrom('quiz_chat_banks')
    .select(['chat_key', 'banks'])
    .orderBy('chat_key')
    .execute();
const buttonsOf = (replies: Awaited<ReturnType<TestBot['say']>>) => replies.flatMap((r) => r.buttons ?? []).flat();

describe('choosing the banks a branch practises', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
    await importBank(bot, '县委2026', countyBank);
  });
  afterEach(() => bot.close());

  it('lets the secretary narrow the group to one bank, and practice then draws only from it', async () => {
    const menu = await bot.say('题库', secretary);
    expect(textOf(menu)).toContain('✅ 内置题库');
    expect(textOf(menu)).toContain('✅ 县委2026：2 题');
    expect(textOf(menu)).toContain('使用全部题库');
    const builtinButton = buttonsOf(menu).find((b) => b.label.includes('内置题库'))!;

    const after = await bot.press(builtinButton.data, secretary);
    expect(textOf(after)).toContain('⬜ 内置题库');
    expect(textOf(after)).toContain('只使用选中的 1 个题库');
    expect(await choices(bot)).toEqual([{ chat_key: 'console:branch-1', banks: '["县委2026"]' }]);

    const topics = await bot.say('练习 初级', member);
    expect(buttonsOf(topics).map((b) => b.label)).toEqual(['全部分类', '县级要求', '🔀 随机抽 20 题']);
    const first = await bot.say('练习 初级 县级要求', member);
    expect(textOf(first)).toContain('县委规定的党务工作者年度培训');

    // The member's private chat still practises every bank.
    expect(buttonsOf(await bot.say('练习 初级', { userId: 'm1' })).map((b) => b.label)).toContain('组织生活');
  });

  it('refuses a member who is not a secretary, by command and by a forged button, and changes nothing', async () => {
    const menu = await bot.say('题库', member);
    expect(textOf(menu)).toContain('本群使用哪些题库由书记选择');
    expect(buttonsOf(menu)).toEqual([]);
    expect(textOf(await bot.press('q:B:0', member))).toContain('只有支部书记');
    expect(textOf(await bot.say('题库 县委2026', member))).toContain('只有支部书记');
    expect(await choices(bot)).toEqual([]);
    // A group admin counts as a secretary of that group.
    expect(textOf(await bot.say('题库 县委2026', group('admin-1', true)))).toContain('已保存');
  });

  it('keeps at least one bank, resets to all, and names unknown banks', async () => {
    await bot.say('题库 县委2026', secretary);
    const last = buttonsOf(await bot.say('题库', secretary)).find((b) => b.label.includes('县委2026'))!;
    expect(textOf(await bot.press(last.data, secretary))).toContain('至少要保留一个题库');
    expect(textOf(await bot.say('题库 市委题库', secretary))).toContain('没有找到题库：市委题库。现有题库：内置题库、县委2026');
    expect(await choices(bot)).toHaveLength(1);
    expect(textOf(await bot.say('题库 全部', secretary))).toContain('使用全部题库');
    expect(await choices(bot)).toEqual([]);
    expect(textOf(await bot.press('q:B:999', secretary))).toContain('这个题库已经不存在了');
  });

  it('sees a bank imported while the bot runs', async () => {
    await bot.say('题库', secretary);
    await importBank(bot, '新题库', [['判断', '运行中导入的题库也能练', '', '', '', '', '', '', '正确', '', '中级', '新分类', '']]);
    expect(textOf(await bot.say('题库', secretary))).toContain('新题库：1 题');
    expect(buttonsOf(await bot.say('练习 中级', secretary)).map((b) => b.label)).toContain('新分类');
  });
});

describe('pasted questions and imported banks', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });
  afterEach(() => bot.close());

  it('answers a pasted question from an imported bank in the user’s lettering', async () => {
    await importBank(bot, '县委2026', countyBank);
    const reply = textOf(await bot.say('5.（单选题）县委规定的党务工作者年度培训不少于（ ）学时\nA. 32\nB. 24\nC. 16\nD. 8'));
    expect(reply).toContain('答案：B（24）');
    expect(reply).toContain('出处：题库（县级要求 · 初级）');
    // Pasted without its options: the answer is given as text.
    expect(textOf(await bot.say('县委规定党务工作者年度培训不少于（）学时？'))).toContain('答案：24');
  });

  it('says plainly when a pasted question is not in any bank, with its confidence', async () => {
    const answerers = createAnswerers(bot.runtime.app.services);
    const pasted = '7.（单选题）支部委员会会议一般多长时间召开一次（ ）\nA、每周一次\nB、每月一次\nC、每半年一次\nD、每年一次';
    const result = await answerQuestion(answerers, pasted);
    expect(result).toMatchObject({ kind: 'exam', fromBank: false });
    expect(result.answer).toMatch(/^⚠️ 题库中没有找到这道题。下面不是题库答案，而是根据手册检索的参考，置信度 \d+%/);
    expect(result.confidence).toBeLessThanOrEqual(0.5);
    expect(result.citations[0]?.source).toMatch(/^handbook:life\./);
    expect(textOf(await bot.say(pasted))).toContain('题库中没有找到这道题');
    // Once a bank holds it, the same paste is a bank answer.
    await importBank(bot, '县委2026', [
      [
        '单选',
        '支部委员会会议一般多长时间召开一次（）',
        '每周一次',
        '每月一次',
        '每半年一次',
        '每年一次',
        '',
        '',
        'B',
        '支委会一般每月召开一次。',
        '初级',
        '组织生活',
        '',
      ],
    ]);
    expect(await answerQuestion(answerers, pasted)).toMatchObject({ kind: 'exam', fromBank: true, choice: ['B'] });
  });
});
