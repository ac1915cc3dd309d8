import { describe, expect, it } from 'vitest';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { bankQuestion } from '../helpers/bank-question';

/** Issue 21, paste18: the eval asks how a paste fares were the bank to lack a question, without rebuilding the index. */

const question = bankQuestion;

const bank = createPasteIndex([
  question({ stem: '村党组织每届任期几年？', options: ['三年', '五年'], answer: 'B' }),
  question({ id: 'q2', type: '判断', stem: '党小组会一般每月召开一次。', answer: '正确' }),
]);
const paste = '村党组织每届任期几年？\nA. 三年\nB. 五年';

describe('an index hiding a question', () => {
  it('neither answers from it nor weighs its statements, and the index itself still holds it', () => {
    const hidden = bank.hiding((q) => q.id === 'q1');
    expect(hidden.lookup(paste)).toBeUndefined();
    expect(hidden.statements(paste).some((s) => s.question.id === 'q1')).toBe(false);
    expect(hidden.lookup('党小组会一般每月召开一次。')?.kind).toBe('bank');
    expect(bank.lookup(paste)?.kind).toBe('bank');
  });
});
