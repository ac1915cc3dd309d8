import { describe, expect, it } from 'vitest';
import { suggestByBulletList } from '../../knowledge/questions/bullet-list';
import type { PassageHit } from '../../knowledge/questions/suggest';

/**
 * paste25: a 多选 asking a body's powers (职权), where the handbook lists them after "职权主要有：": an option saying a
 * line in other words (选举团支部委员会 for 开展团支部选举) is in; one granting the approval of a thing the lines only
 * let the body discuss, where the passage sends approval up (报上级党组织批准), is out. Sentences written for the test.
 */

const hit = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });

describe('a 多选 on a body’s powers read against its list', () => {
  const powers = hit(
    '团员大会的职权主要有：\n\n- 审议团支部委员会的年度总结；\n- 按照规定开展团支部选举；\n- 讨论和表决吸收新团员、团员退团（退团还要报上级党组织批准）。\n',
  );

  it('counts an election said in other words in, and an approval the passage sends up out', () => {
    const said = suggestByBulletList(
      '多选：下列属于团员大会职权的有（ ）A.审议团支部委员会的年度总结 B.选举团支部委员会 C.讨论和表决吸收新团员 D.批准团员退团',
      [powers],
    );
    expect(said?.choice).toEqual(['A', 'B', 'C']);
    expect(said?.sentence).toContain('职权主要有');
  });

  it('says nothing where an option is neither listed nor an approval sent up, or the powers are another body’s', () => {
    expect(
      suggestByBulletList(
        '多选：下列属于团员大会职权的有（ ）A.审议团支部委员会的年度总结 B.选举团支部委员会 C.讨论和表决吸收新团员 D.评选优秀团员',
        [powers],
      ),
    ).toBeUndefined();
    expect(
      suggestByBulletList(
        '多选：下列属于少先队大会职权的有（ ）A.审议团支部委员会的年度总结 B.选举团支部委员会 C.讨论和表决吸收新团员 D.批准团员退团',
        [powers],
      ),
    ).toBeUndefined();
  });
});
