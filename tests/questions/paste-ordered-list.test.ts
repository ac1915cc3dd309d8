import { describe, expect, it } from 'vitest';
import { orderedLists, suggestByOrderedList } from '../../knowledge/questions/ordered-list';
import type { PassageHit } from '../../knowledge/questions/suggest';

/**
 * Issue 21, paste19: a choice asking a place in an ordered list (由轻到重排在第三位的是, 排在“乙”之后的是, 第一步是) is
 * answered by the item at that place in a handbook list given in that order. Before, these were refused: the options
 * are all the list's items, so every one of them is "stated" and none was told apart. Sentences written for the test.
 */

const hit = (text: string, coverage = 1): PassageHit => ({ text, coverage, source: 'handbook:test', title: '测试手册' });
const kinds = hit(
  '处理共有五种，由轻到重依次是：（1）提醒；（2）严重提醒；（3）撤销职务；（4）留用察看；（5）开除。开除是最重的处理。',
  0.4,
);
const options = '\nA. 严重提醒\nB. 留用察看\nC. 撤销职务\nD. 开除';

describe('lists given in order', () => {
  it('reads numbered items with the order the sentence names', () => {
    expect(orderedLists(kinds.text)).toEqual([{ items: ['提醒', '严重提醒', '撤销职务', '留用察看', '开除'], order: '由轻到重' }]);
  });
});

describe('a place asked in an ordered list', () => {
  it('picks the item at that place, counted from the named end', () => {
    expect(suggestByOrderedList(`处理按由轻到重的顺序排列，排在第三位的是（ ）${options}`, [kinds])).toMatchObject({ choice: ['C'] });
    expect(suggestByOrderedList(`处理按由重到轻的顺序排列，排在第二位的是（ ）${options}`, [kinds])).toMatchObject({ choice: ['B'] });
    expect(suggestByOrderedList(`按由轻到重的顺序，排在“严重提醒”之后的处理是（ ）${options}`, [kinds])).toMatchObject({ choice: ['C'] });
  });

  it('takes steps in their numbered order', () => {
    const steps = hit('- 申请：第1步递交申请书，第2步组织派人谈话；\n- 培养：第3步确定积极分子，第4步指定联系人；');
    expect(
      suggestByOrderedList('全过程的第一步是（ ）\nA. 递交申请书\nB. 组织派人谈话\nC. 确定积极分子\nD. 指定联系人', [steps]),
    ).toMatchObject({ choice: ['A'] });
  });

  it('refuses an order the list does not name, and options that are not the list’s items', () => {
    expect(suggestByOrderedList(`处理按时间先后排列，排在第三位的是（ ）${options}`, [kinds])).toBeUndefined();
    expect(
      suggestByOrderedList('处理按由轻到重的顺序排列，排在第三位的是（ ）\nA. 批评\nB. 谈话\nC. 函询\nD. 开除', [kinds]),
    ).toBeUndefined();
  });
});
