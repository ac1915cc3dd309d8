import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { outcomeAnswer, type PassageHit, resolvePaste } from '../../knowledge/questions/suggest';
import { trailingStatement } from '../../knowledge/questions/trailing-box';

/** paste33: a statement pasted with its box after its last word, no full stop. Sentences written for the test. */

const passage = (text: string): PassageHit => ({ text, coverage: 0.9, source: 'handbook:test', title: '测试手册 › 团员' });
const answer = async (raw: string, passages: PassageHit[]) =>
  outcomeAnswer(await resolvePaste(createPasteIndex([]), raw, async () => passages, undefined, createFactIndex([])));

describe('a statement closed by its box with no full stop', () => {
  const lessons = passage('团课学时：团员每年参加团课一般不少于12学时；团干部每年参加集中轮训一般不少于24学时。');

  it('is judged as a 判断 when its value is said before the box', async () => {
    expect(await answer('团干部每年参加集中轮训一般不少于12学时（  ）', [lessons])).toBe('错误');
    expect(await answer('7、团员每年参加团课一般不少于12学时（ ）\n帮忙看下', [lessons])).toBe('正确');
  });

  it('is a blank when the box may ask for the words that end it', () => {
    expect(trailingStatement('团员每年参加团课一般不少于（ ）')).toBeUndefined();
    expect(trailingStatement('学生团员每月交纳团费（ ）')).toBeUndefined();
    expect(trailingStatement('团员每年参加团课（ ）学时')).toBeUndefined();
    expect(trailingStatement('第一次团代会召开于1922年（ ）')).toBeUndefined();
    expect(trailingStatement('团员无正当理由连续6个月（ ）')).toBeUndefined();
    expect(trailingStatement('团员每年参加团课一般不少于12学时（ ）\nA.对 B.错 C.不一定')).toBeUndefined();
  });
});
