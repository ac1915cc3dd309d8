import { describe, expect, it } from 'vitest';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { optionOfFills, type PassageHit, pairedBlanks, resolvePaste } from '../../knowledge/questions/suggest';

/**
 * Issue 21, paste19: a choice with two blanks whose every option is two words, one per blank (A．一个月；三个月
 * B．三个月；六个月). The options' pairs matched no sentence as wholes and the choice was refused, while the same stem
 * pasted as a 填空 was filled. Now the stem is filled as a 填空 and the option whose parts are the fills is picked.
 * Sentences written for the test.
 */

const rule: PassageHit = {
  text: '上级组织对大会通过的申请，应当在三个月内审批；遇有特殊情况可以适当延长审批时间，但不得超过六个月。',
  coverage: 1,
  source: 'handbook:test',
  title: '测试手册',
};
const search = async () => [rule];

describe('a choice of one word per blank', () => {
  it('reads the stem and each option’s parts', () => {
    expect(pairedBlanks('应在（ ）内审批，但不得超过（ ）。\nA．一个月；三个月\nB．三个月；六个月\nC．六个月；一年')).toEqual({
      stem: '应在( )内审批,但不得超过( )。',
      parts: [
        ['一个月', '三个月'],
        ['三个月', '六个月'],
        ['六个月', '一年'],
      ],
    });
    expect(pairedBlanks('应在（ ）内审批。\nA．一个月\nB．三个月')).toBeUndefined();
  });

  it('picks the one option whose parts are the fills, numerals either way', () => {
    expect(
      optionOfFills(
        [
          ['一个月', '三个月'],
          ['3个月', '6个月'],
          ['六个月', '一年'],
        ],
        ['三个月', '六个月'],
      ),
    ).toBe(1);
    expect(
      optionOfFills(
        [
          ['一个月', '三个月'],
          ['六个月', '一年'],
        ],
        ['三个月', '六个月'],
      ),
    ).toBeUndefined();
  });

  it('reads a place word’s 地 the fill lost as a particle as the option’s own (本地 for 本)', () => {
    const parts = [
      ['外地', '本地'],
      ['本地', '外地'],
      ['上级', '下级'],
    ];
    expect(optionOfFills(parts, ['本', '外'])).toBe(1);
    expect(optionOfFills(parts, ['本地', '外地'])).toBe(1);
    expect(
      optionOfFills(
        [
          ['本', '外'],
          ['本地', '外地'],
        ],
        ['本', '外'],
      ),
    ).toBeUndefined();
  });

  it('answers the choice from the sentence that fills the stem', async () => {
    const outcome = await resolvePaste(
      createPasteIndex([]),
      '上级组织对大会通过的申请，一般应在（ ）内审批；遇有特殊情况可适当延长，但不得超过（ ）。\nA．一个月；三个月　　B．三个月；六个月\nC．三个月；一年　　D．六个月；一年',
      search,
    );
    expect(outcome).toMatchObject({ kind: 'hedged', choice: ['B'], answerTexts: ['三个月;六个月'] });
  });
});
