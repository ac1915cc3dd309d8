import { describe, expect, it } from 'vitest';
import { extractAnswer } from '../../bot/features/ask/extract';
import { countUnit, questionKinds } from '../../knowledge';

describe('question kinds', () => {
  it('reads "从哪天算" as when, though the question names a period (影响期)', () => {
    expect(questionKinds('受了处分影响期从哪天算')).toContain('when');
    expect(questionKinds('受了处分影响期从哪天算')).not.toContain('duration');
    expect(questionKinds('留党察看最长多久')).toContain('duration');
  });

  it('reads "由哪些部门" as who, and 资格审查 as a name, not a question of conditions', () => {
    expect(questionKinds('资格审查由哪些部门审')).toContain('who');
    expect(questionKinds('资格审查由哪些部门审')).not.toContain('condition');
    expect(questionKinds('担任书记要什么资格')).toContain('condition');
  });

  it('counts people by a share as well as by a head count', () => {
    expect(countUnit('表决要多少人到会')?.test('必须有半数以上的党员到会')).toBe(true);
    expect(countUnit('表决要多少人到会')?.test('一般每季度召开1次')).toBe(false);
  });
});

describe('the order of items asked', () => {
  it('"从轻到重怎么排", "排一下" ask for the list in its order', () => {
    expect(questionKinds('从轻到重怎么排')).toContain('items');
    expect(questionKinds('按由低到高排一下')).toContain('items');
    expect(questionKinds('党小组怎么划分')).not.toContain('items');
  });
});

describe('the sentence that answers the kind asked', () => {
  it('answers when a period starts with the sentence saying so, not the list of how long each lasts', () => {
    const passage =
      '影响期从处分决定生效之日起计算。\n\n受处分后的影响期：\n- 警告：一年内不得提升职务；\n- 严重警告：一年半内不得提升职务；\n' +
      '- 撤销党内职务：二年内不得担任同级职务。';
    expect(extractAnswer('受了处分影响期从哪天算', passage)).toContain('生效之日');
  });
});
