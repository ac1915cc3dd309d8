import { describe, expect, it } from 'vitest';
import { suggestByBulletList } from '../../knowledge/questions/bullet-list';
import type { PassageHit } from '../../knowledge/questions/suggest';

/**
 * paste23: a 多选 asking what a thing includes, where the handbook lists it line by line after "一般包括：": the
 * options each part of which is in the lines, when every other option is one the passage says may not stand in.
 * Sentences written for the test.
 */

const hit = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });

describe('a 多选 read against a list given line by line', () => {
  const records = hit(
    '谈话要有记录，谈话记录一般包括：\n\n- 谈话日期、地点；\n- 谈话人、被谈话人；\n- 谈话要点，被谈话人的表态。\n\n谈话记录要当场整理，不能用事后的工作总结代替。',
  );

  it('picks the listed options where the rest is what the passage says may not stand in', () => {
    const said = suggestByBulletList(
      '多选：谈话记录一般应当包括（ ）A.日期和地点 B.谈话人、被谈话人 C.谈话要点 D.工作总结（可以代替谈话记录）',
      [records],
    );
    expect(said?.choice).toEqual(['A', 'B', 'C']);
    expect(said?.sentence).toContain('谈话记录一般包括：');
  });

  it('says nothing where an option is half listed or neither listed nor excluded, or the list is of another thing', () => {
    expect(
      suggestByBulletList('多选：谈话记录一般应当包括（ ）A.日期和地点 B.谈话人、见证人 C.谈话要点 D.工作总结', [records]),
    ).toBeUndefined();
    expect(suggestByBulletList('多选：谈话记录一般应当包括（ ）A.日期和地点 B.谈话人 C.谈话要点 D.党员的工资', [records])).toBeUndefined();
    expect(suggestByBulletList('多选：会议纪要一般应当包括（ ）A.日期和地点 B.谈话人 C.谈话要点 D.工作总结', [records])).toBeUndefined();
  });
});
