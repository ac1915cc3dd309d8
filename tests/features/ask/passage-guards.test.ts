import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGapStore } from '../../../bot/features/ask/gap-store';
import { choosePassage, readCandidates } from '../../../bot/features/ask/handbook-answerer';
import { type PassageQuestion, passageRefusal, preparePassageQuestion } from '../../../bot/features/ask/passage-guards';
import type { KnowledgeIndex } from '../../../knowledge';
import { createTestBot, type TestBot, textOf } from '../../helpers/runtime';

/**
 * "Never answer with a passage that does not answer": the passage answer's guards, through the whole bot (router,
 * ask feature, fact layer, handbook index) and on the chosen passage itself, on this run's backend.
 */
const member = { userId: 'member-guards' };
const chatKey = 'console:dm-member-guards';
let bot: TestBot;
let index: KnowledgeIndex;
beforeAll(async () => {
  bot = await createTestBot();
  index = bot.runtime.app.services.knowledge.index;
});
afterAll(() => bot.close());

const replyTo = async (question: string) => textOf(await bot.say(question, member));
const NOT_FOUND = '没有找到可靠的答案';
const openGaps = async () => (await createGapStore(bot.runtime.storage).listOpen(chatKey, 100)).map((g) => g.question);
/** The passages a question's answer is read from, as the handbook answerer searches them. */
const choose = async (question: string) => choosePassage(question, await index.search(question, 8), index);

describe('questions the handbook does not cover get the honest not-found and a knowledge gap', () => {
  it.each([
    // The section on the secretary's duties shares 支部书记 and 由谁, and says nothing about pay.
    ['支部书记的工资由谁发', '主持党支部全面工作'],
    // The membership conditions share 加入 and 党员; 政党 is a word the handbook never uses.
    ['党员可以加入其他政党吗', '年满十八岁'],
  ])('%s', async (question, wrongPassage) => {
    const reply = await replyTo(question);
    expect(reply).toContain(NOT_FOUND);
    // The passage may be listed among the nearest, never given as the answer above them.
    expect(reply.split('最接近的几段')[0]).not.toContain(wrongPassage);
    expect(await openGaps()).toContain(question);
  });
});

describe('a question about another body is not answered with the Party branch rules', () => {
  it.each([
    ['团支部大会多久开一次', '团支部'],
    ['党总支委员会多久开一次会', '党总支'],
  ])('%s', async (question, body) => {
    const reply = await replyTo(question);
    expect(reply).toContain(NOT_FOUND);
    expect(reply).toContain(`没有写到“${body}”的`);
    const answerPart = reply.split('最接近的几段')[0]!;
    expect(answerPart).not.toMatch(/每季度召开1次|每月召开1次/);
    expect((await choose(question)).refusal).toBe('other-body');
  });
});

describe('the passage chosen must state what was asked', () => {
  it('how often: a sentence on how long 积极分子 are trained does not say how often they are assessed', async () => {
    const { chosen, refusal } = await choose('积级分子多长时间考察一回');
    expect(chosen).toBeUndefined();
    expect(refusal).toBe('kind');
  });

  it('who: a table of worked 党费 amounts names nobody the money goes to', async () => {
    const read = await readCandidates('一次多交了2000元党费，这钱归谁', await index.search('一次多交了2000元党费，这钱归谁', 8), index);
    const calculation = read.find((c) => c.hit.source === 'handbook:dues.calculation');
    expect(calculation?.refusal).toBe('who');
  });

  it('a meeting asked about by name: a passage naming only 党小组 is not about 党小组会', async () => {
    const { chosen } = await choose('党小组会是不是每个月都要开');
    expect(chosen?.hit.source ?? '').not.toMatch(/^handbook:dues\./);
    const q = await preparePassageQuestion('党小组会是不是每个月都要开', index);
    expect(q.subjects.flat()).toContain('党小组会');
    expect(q.subjects.flat()).not.toContain('党小组');
  });

  it('but 会 as "will" does not make 组织生活 a meeting', async () => {
    const q = await preparePassageQuestion('党员连续多久不参加组织生活会被认定自行脱党', index);
    expect(q.subjects[0]?.[0]).toBe('组织生活');
  });

  it('a bound asked (最短) is not answered by the upper bound: a close second that states it answers', async () => {
    const { chosen } = await choose('延长预备期最短多久');
    expect(chosen?.hit.source).toBe('handbook:develop.probation-education');
    expect(chosen?.reading.text).toContain('半年');
  });
});

describe('passage answers that state what was asked are kept', () => {
  it.each([
    ['入党宣誓的时候手怎么举', '右手'],
    ['领导干部要过双重组织生活是什么意思', '民主生活会'],
    ['主动交代问题能从轻处分吗', '从轻'],
    ['党费收缴要有凭证吗', '收缴凭证'],
    ['宣誓的时候最后要说什么', '姓名'],
  ])('%s', async (question, part) => {
    const reply = await replyTo(question);
    expect(reply).not.toContain(NOT_FOUND);
    expect(reply.split(/\n出处[:：]/)[0]).toContain(part);
  });
});

describe('passageRefusal on one passage', () => {
  const question = (over: Partial<PassageQuestion>): PassageQuestion => ({
    bodies: [],
    situations: [],
    subjects: [],
    unknown: [],
    asked: [],
    who: false,
    worked: false,
    countsAs: false,
    ...over,
  });
  const hit = { title: '党务工作手册 › 组织生活 › 党小组会', text: '党小组会一般每月召开1次，由党小组组长召集并主持。' };

  it('passes a passage that names the subject and states the kind asked', () => {
    expect(passageRefusal(question({ subjects: [['党小组会']], asked: ['frequency'] }), hit, hit.text)).toBeUndefined();
    expect(passageRefusal(question({ subjects: [['党小组会']], who: true }), hit, hit.text)).toBeUndefined();
  });

  it('refuses when half the subject nouns or more are missing, not when fewer are', () => {
    expect(passageRefusal(question({ subjects: [['党小组会'], ['工资']] }), hit, hit.text)).toBe('subject');
    expect(passageRefusal(question({ subjects: [['党小组会'], ['组长'], ['工资']] }), hit, hit.text)).toBeUndefined();
  });

  it('refuses a value of another kind, and a missing bound', () => {
    expect(passageRefusal(question({ subjects: [['党小组会']], asked: ['duration'] }), hit, hit.text)).toBe('kind');
    expect(passageRefusal(question({ asked: ['frequency'], bound: 'least' }), hit, hit.text)).toBe('kind');
  });

  it('refuses a figure worked from a head count the asker gives, which only a fact calculates', async () => {
    const vote = { title: '预备党员转正', text: '讨论预备党员转正，赞成人数超过应到会有表决权党员的半数，才能通过。' };
    const worked = await preparePassageQuestion('支部22个正式党员，讨论预备党员转正至少得几票赞成才通过', index);
    expect(worked.worked).toBe(true);
    expect(passageRefusal(worked, vote, vote.text)).toBe('worked');
    // Without a head count of its own, the rule is the answer.
    expect((await preparePassageQuestion('讨论预备党员转正至少得几票赞成才通过', index)).worked).toBe(false);
  });

  it('for whether a case counts as a thing, refuses a passage that says how it is handled, not what counts', async () => {
    const asked = await preparePassageQuestion('外出打工的党员算流动党员吗', index);
    expect(asked.countsAs).toBe(true);
    const manage = { title: '流动党员', text: '外出打工的流动党员由流出地党组织负责教育管理，流入地党组织协助。' };
    expect(passageRefusal(asked, manage, manage.text)).toBe('counts-as');
    const criterion = { title: '流动党员', text: '什么人算流动党员：外出打工等离开组织关系所在党支部六个月以上的党员。' };
    expect(passageRefusal(asked, criterion, criterion.text)).toBeUndefined();
  });

  it('refuses another body unless the passage names it (or its other spelling)', () => {
    expect(passageRefusal(question({ bodies: ['团支部'] }), hit, hit.text)).toBe('other-body');
    const village = { title: '任期', text: '村党组织任期5年，与村民委员会的任期相衔接。' };
    expect(passageRefusal(question({ bodies: ['村委会'] }), village, village.text)).toBeUndefined();
  });

  it('refuses a life event the passage never names (去世, 出国 …), and passes one it names in another spelling', () => {
    expect(passageRefusal(question({ situations: [['去世', '逝世']] }), hit, hit.text)).toBe('situation');
    const abroad = { title: '出境', text: '党员到境外学习工作的，组织关系按规定办理。' };
    expect(passageRefusal(question({ situations: [['出国', '境外']] }), abroad, abroad.text)).toBeUndefined();
  });

  it('a question naming a death or going abroad is not answered with the rule for moving within the country', async () => {
    for (const q of ['党员出国定居了 组织关系咋弄', '党员去世了支部要做什么', '党员离婚要向组织报告吗']) {
      const { chosen } = await choose(q);
      expect(chosen, q).toBeUndefined();
    }
  });

  it('refuses a who-question when the text shown names no body, role or approval', () => {
    const shown = '2000元 → 10元；3000元 → 15元。';
    expect(passageRefusal(question({ who: true }), { title: '算例', text: shown }, shown)).toBe('who');
  });

  it('refuses when the only nouns besides generic ones are unknown to the index', () => {
    expect(passageRefusal(question({ unknown: ['政党'] }), hit, hit.text)).toBe('subject');
    expect(passageRefusal(question({ subjects: [['党小组会']], unknown: ['大佬'] }), hit, hit.text)).toBeUndefined();
  });
});
