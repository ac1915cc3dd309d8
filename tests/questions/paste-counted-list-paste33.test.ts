import { describe, expect, it } from 'vitest';
import { readsCountedList, suggestByCountedList } from '../../knowledge/questions/counted-list';
import type { PassageHit } from '../../knowledge/questions/suggest';

/**
 * paste33: a 多选 naming how many things a list has, read from the sentence that gives that many after the same
 * count, not from the clauses that follow it. Sentences written for the test.
 */

const hit = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });
const stages = hit(
  '村里的议事流程分为四个环节：群众提议；村委会初审；村民代表会议讨论、表决；结果公开。每个环节都要留下记录，其中讨论时要请驻村干部列席、做好签到。',
);
const pick = (raw: string, hits = [stages]) => suggestByCountedList(raw, hits)?.choice.join('');

describe('a list the stem counts', () => {
  it('takes the items after the count, whatever the sentence goes on to name', () => {
    expect(pick('多选：议事流程的四个环节包括（ ）\nA.群众提议\nB.驻村干部列席\nC.村委会初审\nD.结果公开')).toBe('ACD');
    expect(pick('议事流程分哪4个环节？（多选）A. 结果公开 B. 签到 C. 群众提议 D. 村委会初审')).toBe('ACD');
  });

  it('reads a list in brackets, parted by 、', () => {
    const bracketed = hit('年终评议分三个步骤（个人自评、群众测评、组织评定），评定后张榜公示。');
    expect(pick('多选 年终评议的三个步骤有（ ）A.个人自评 B.张榜公示 C.组织评定 D.群众测评', [bracketed])).toBe('ACD');
  });

  it('abstains on an option half like an item, a count not the sentence’s, or a stem asking which are not', () => {
    expect(pick('多选：议事流程的四个环节包括（ ）\nA.群众提议\nB.村委会复审\nC.结果公开\nD.会议签到')).toBeUndefined();
    expect(pick('多选：议事流程的五个环节包括（ ）\nA.群众提议\nB.驻村干部列席\nC.村委会初审\nD.结果公开')).toBeUndefined();
    expect(pick('多选：下列不属于议事流程四个环节的是（ ）\nA.群众提议\nB.驻村干部列席\nC.村委会初审\nD.结果公开')).toBeUndefined();
  });

  it('is known as such, so that no other list stands over it', () => {
    expect(readsCountedList('多选：议事流程的四个环节包括（ ）A.甲 B.乙 C.丙', stages.text)).toBe(true);
    expect(readsCountedList('多选：议事流程包括哪些环节（ ）A.甲 B.乙 C.丙', stages.text)).toBe(false);
  });
});
