import { describe, expect, it } from 'vitest';
import { duesForPaste } from '../../bot/features/ask/dues';
import { createFactIndex } from '../../knowledge/facts';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, type PassageHit, resolvePaste } from '../../knowledge/questions/suggest';

/**
 * A 填空 filled from a sentence about another body (issue 21, paste9): 支部委员会 and 基层委员会 each have a term
 * of their own, and 村、社区的 bodies another, so a sentence that aligns well with the stem but gives the number
 * for another body says nothing of the blank. The passages are written for the test.
 */

const passage = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });
const empty = createPasteIndex([]);
const noFacts = createFactIndex([]);
const solve = async (raw: string, hits: PassageHit[] = []) =>
  outcomeAnswer(await resolvePaste(empty, raw, async () => hits, duesForPaste, noFacts));

describe('a blank about one body', () => {
  it('is not filled with the number a sentence gives another body (基层委员会 5年 for a 支部委员会)', async () => {
    const other = passage('按照2018年中办意见，党的基层委员会（基层党委）每届任期一般为5年。');
    // The term's own rule (term-blank.ts, from the handbook's branch.term) may answer 3; never the other body's 5.
    expect([undefined, '3']).toContain(await solve('填空：按照2018年中办意见，高校里普通党支部委员会每届任期一般为___年。', [other]));
    const same = passage('按照2018年中办意见，党支部委员会每届任期一般为3年。');
    expect(await solve('填空：按照2018年中办意见，高校里普通党支部委员会每届任期一般为___年。', [same])).toBe('3');
  });

  it('tells 村、社区的 bodies from the others, and 村、社区以外的 from 村、社区的', async () => {
    const others = passage('按照2018年中办意见，支部委员会每届任期一般为3年。');
    expect([undefined, '5']).toContain(await solve('按照2018年中办意见，社区党支部委员会每届任期一般为（）年。', [others]));
    expect(await solve('按照2018年中办意见，村、社区以外的党支部委员会每届任期一般为（）年。', [others])).toBe('3');
  });
});

describe('blanks that are a list', () => {
  const levels = passage('党务工作者持证上岗证书分为三个等级：初级、中级、高级。等级实行逐级晋升，不能越级取得。');
  it('are filled with the items of the list the sentence gives, not the count the stem writes after them', async () => {
    expect(await solve('党务工作者持证上岗证书从低到高分为____、____、____三个等级，不能越级。', [levels])).toBe('初级、中级、高级');
  });

  it('are not filled from a list of another length or somewhere else in the sentence', async () => {
    const rights = passage('留党察看期限分为一年和二年两种。察看期间没有表决权、选举权和被选举权。');
    expect(await solve('留党察看期限分为（）和（）两种。', [rights])).not.toBe('表决权、选举权和被选举权');
  });
});
