import { describe, expect, it } from 'vitest';
import { askingParts, cleanQuestion, matchParts, normalizeInput } from '../../knowledge';
import { factIndex } from '../helpers/facts';

/**
 * Two questions typed with no mark between (issue 22, runon1): each is answered by its own fact, not the one found
 * on the whole run passed off as the answer to both. Sentences written for these tests.
 */
const answer = (q: string) => {
  const open: string[] = [];
  const ids = matchParts(factIndex, normalizeInput(q), { weak: true }, open).map((m) => m.fact.id);
  return { ids, open };
};
const idOf = (q: string) => answer(q).ids[0];

describe('a spoken filler between two questions', () => {
  it('stands where a comma would when both sides ask (嗯, 就是)', () => {
    expect(answer('党员多久不交党费算自行脱党嗯预备期从哪天起算').ids).toEqual([
      idOf('党员多久不交党费算自行脱党'),
      idOf('预备期从哪天起算'),
    ]);
    expect(answer('党组织违了纪怎么处理就是入党介绍人要几个').ids).toEqual([idOf('党组织违了纪怎么处理'), idOf('入党介绍人要几个')]);
  });

  it('is a word of the question where one side asks nothing of its own', () => {
    for (const q of ['入党最要紧的就是什么', '那个党员能不能转正', '党费就是党员交的钱吗', '支委会几个人嗯'])
      expect(askingParts(cleanQuestion(q))).toHaveLength(1);
  });
});

describe('a story told before two questions run on', () => {
  it('answers both, though the part reader cut before a subject the first one takes as its object', () => {
    expect(answer('我们支部刚成立很多事情都不懂流动党员怎么过组织生活党费交给谁').ids).toEqual([
      idOf('流动党员怎么过组织生活'),
      idOf('党费交给谁'),
    ]);
  });

  it('cuts after 何时 as after any question word', () => {
    expect(answer('书记刚走新来的还没到预备党员能不能参加表决党龄从何时算起').ids).toEqual([
      idOf('预备党员能不能参加表决'),
      idOf('党龄从何时算起'),
    ]);
  });

  it('cuts after a property asked as a noun whatever the next question opens on', () => {
    expect(answer('刚接手支部工作好多不懂党徽的图案被剥夺政治权利的党员怎么处分').ids).toEqual([
      idOf('党徽的图案'),
      idOf('被剥夺政治权利的党员怎么处分'),
    ]);
  });
});

describe('a second question run on without its subject', () => {
  it("is asked of the first one's subject though it names another word of the facts later on", () => {
    expect(answer('党小组按什么来分能决定谁入党吗').ids).toEqual([idOf('党小组按什么来分'), idOf('党小组能决定谁入党吗')]);
  });
});

describe('a second question worded as a fact of its own', () => {
  it('is not read with the subject of the first carried in', () => {
    expect(answer('预备党员从哪天开始交党费，党员权利受保障吗').ids).toEqual([idOf('预备党员从哪天开始交党费'), idOf('党员权利受保障吗')]);
  });
});
