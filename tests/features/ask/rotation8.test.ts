import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choosePassage } from '../../../bot/features/ask/handbook-answerer';
import { preparePassageQuestion } from '../../../bot/features/ask/passage-guards';
import type { KnowledgeIndex } from '../../../knowledge';
import { createTestBot, type TestBot } from '../../helpers/runtime';

/** Eighth round (issue 22): the passage answer's guards on classes of stranger's wording, with sentences written for this test. */
let bot: TestBot;
let index: KnowledgeIndex;
beforeAll(async () => {
  bot = await createTestBot();
  index = bot.runtime.app.services.knowledge.index;
});
afterAll(() => bot.close());

describe('a domain term the word cutter splits is read whole', () => {
  it('keeps 发展对象 one subject, which a passage holding 发展 and 对象 apart does not answer', async () => {
    const q = await preparePassageQuestion('发展对象要公示几个工作日', index);
    expect(q.subjects.flat()).toContain('发展对象');
    expect(q.subjects.flat()).not.toContain('对象');
    const { chosen } = await choosePassage('发展对象要公示几个工作日', await index.search('发展对象要公示几个工作日', 8), index);
    expect(chosen?.hit.text ?? '').not.toContain('党务工作人员发生变动');
  });
  it('weighs the whole term as its pieces, so a value the asker remembers does not outweigh it', async () => {
    const q = await preparePassageQuestion('入党积极分子多久考察一次？我记得是每个季度，对吗', index);
    expect(q.subjects.filter((s) => s.includes('入党积极分子')).length).toBe(2);
  });
});

describe('a question that asks two things, one of which no fact answers', () => {
  it('answers the part a fact states and says the other is left open, rather than refusing both', async () => {
    const reply = (await bot.say('党徽是么子样子的？我们想自己找人刻一个章，有么子要求冇？', { userId: 'member-rotation8' }))
      .map((r) => r.text)
      .join('\n');
    expect(reply).toContain('镰刀和锤头');
    expect(reply).toContain('你还问到');
    expect(reply).toContain('不能替你下结论');
  });
});

describe('a rule worked out on the head counts the question gives', () => {
  it('is trusted though the story keeps the wording far from the fact’s', async () => {
    const reply = (await bot.say('厂里车间支部正式党员4个 还有预备党员4个 合起来8个 这种要不要搞支委会', { userId: 'member-rotation8' }))
      .map((r) => r.text)
      .join('\n');
    expect(reply).toContain('按你说的4名正式党员，不足7人，不设支部委员会');
  });
});

describe('a domain term the index never holds whole', () => {
  it('is a subject a passage must spell: 党委书记 is not answered by how a 基层党委 approves a branch', async () => {
    const q = await preparePassageQuestion('乡镇基层党委书记由谁批准', index);
    expect(q.subjects.flat()).toContain('党委书记');
    const { chosen } = await choosePassage('乡镇基层党委书记由谁批准', await index.search('乡镇基层党委书记由谁批准', 8), index);
    expect(chosen?.reading.text ?? '').not.toContain('研究决定并批复');
  });
});
