import { describe, expect, it } from 'vitest';
import { matchParts, normalizeInput } from '../../knowledge';
import { cleanQuestion } from '../../knowledge/facts/clean';
import { factIndex, matchedAnswer } from '../helpers/facts';

/**
 * Classes of the tuning writers' misses after facts28 (issue 22, facts29), each stated on sentences written for these
 * tests (none is a writer's).
 */
const answer = (q: string) => {
  const open: string[] = [];
  const ids = matchParts(factIndex, normalizeInput(q), { weak: true }, open).map((m) => m.fact.id);
  return { ids, open };
};

describe('a message about a body no fact names', () => {
  it('leaves a later part that shares only common words with a fact unanswered', () => {
    // 第一书记 is posted from above; "哪一级组织部门" reads 报组织部 only through a typo, the 报备 rule is not its answer.
    expect(answer('驻村第一书记一届干几年？期满考核由哪一级组织部门负责').ids).toEqual([]);
    expect(answer('第一书记派下来一般待几年，到期了由哪一级组织部门考核').ids).toEqual([]);
  });

  it('keeps a part whose fact names the body, and the part carried with it', () => {
    expect(answer('党费和工会的钱能不能放在一起管，那它被乱花了怎么办').ids).toEqual(['dues.manage.account', 'dues.misuse']);
  });
});

describe('wording read as the facts are written', () => {
  it('reads a teen number after 今年 as an age where joining is asked, and not elsewhere', () => {
    expect(answer('孙子今年十七 上高二 想写入党申请书 能收不？另外没单位的人申请入党往哪交').ids).toEqual([
      'member.age',
      'develop.application.where',
    ]);
    expect(cleanQuestion('外孙女今年十六想写入党申请书')).toContain('十六岁');
    expect(cleanQuestion('支部今年十六个人想写入党申请书')).not.toContain('十六岁');
    expect(cleanQuestion('今年十六号开会吗')).not.toContain('岁');
  });

  it('reads what must be written in full as what must be written', () => {
    expect(answer('开党员大会的会议记录要写齐些什么？能不能会后再补').ids).toEqual(['life.records.items', 'life.records']);
  });

  it('answers a disaster in the handbook’s own term', () => {
    expect(matchedAnswer('台风把几户党员家的房子刮倒了，党费能拿来补助吗')).toContain('严重自然灾害');
  });

  it('reads 退休金 as the 离退休费 the 党费 base is', () => {
    expect(answer('退休金一个月3500交多少比例').ids).toEqual(['dues.retired']);
  });
});

describe('a part a later part reads back as done', () => {
  it('is left open, not covered by the later part’s fact that presupposes it', () => {
    // "减了还要…" is asked once 减交 is settled: the rule for after is no answer to whether one may.
    expect(answer('老党员家里困难，能不能减交？减了还要参加组织生活吗')).toEqual({
      ids: ['dues.exemption.still-member'],
      open: ['能不能减交'],
    });
  });

  it('reads 免交 asked with no payment named as the 党费', () => {
    expect(cleanQuestion('每月0.2元都交不起，能不能免交')).toContain('免交党费');
    expect(cleanQuestion('物业费能不能免交')).not.toContain('免交党费');
  });
});
