import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { lackSaid } from '../../knowledge/questions/exception-first';
import { suggestByThreeRights } from '../../knowledge/questions/member-cases';
import { createPasteIndex } from '../../knowledge/questions/paste';
import { swappedSubject } from '../../knowledge/questions/subject-swap';
import { outcomeAnswer, type PassageHit, resolvePaste } from '../../knowledge/questions/suggest';
import { pastingAgainstHandbook } from '../helpers/pasting-against-handbook';

/**
 * paste37: two wrong answers. A rule on the 党员 who lead (书记, 委员, 党小组组长) answered a stem on every 党员; an
 * exception said first without 没有 (除表决权外，享有…一样) was read as a claim that the right is had. Sentences written
 * for the test; a club's rules stand in for the handbook's where a passage is given.
 */

const passage = (text: string): PassageHit => ({ text, coverage: 0.9, source: 'handbook:test', title: '测试手册 › 会员' });
const answer = async (raw: string, passages: PassageHit[]) =>
  outcomeAnswer(await resolvePaste(createPasteIndex([]), raw, async () => passages, undefined, createFactIndex([])));

describe('a rule on the members who lead, for a stem on every member', () => {
  it('is a rival subject: the leader’s figure is not every member’s', () => {
    expect(swappedSubject('党员每年参加集中轮训一般不少于（ ）天。', '支部书记每年参加集中轮训一般不少于五天。', [], ['五'])).toBe(true);
    expect(swappedSubject('党员每年要参加（ ）次专题讨论。', '支部委员每年要参加四次专题讨论。', [], ['四'])).toBe(true);
    expect(swappedSubject('党员每季度要听（ ）次党课。', '党小组组长每季度要听两次党课。', [], ['两'])).toBe(true);
  });

  it('is still no rival the other way, nor beside a sentence naming every member too', () => {
    // A rule on every 党员 holds for a 书记 as well.
    expect(swappedSubject('支部书记每年要参加（ ）次专题讨论。', '党员每年要参加两次专题讨论。', [], ['两'])).toBe(false);
    expect(swappedSubject('党员每年轮训一般不少于（ ）天。', '党员每年轮训一般不少于三天，支部书记不少于五天。', [], ['三'])).toBe(false);
    // The kinds of 党员 are read as before.
    expect(swappedSubject('接收党员要经过（ ）讨论。', '接收预备党员要经过支部大会讨论。', [], ['支部大会'])).toBe(false);
  });

  it('gives no fill from the leaders’ sentence', async () => {
    const rule = passage('基层党组织书记和委员每年参加集中轮训一般不少于五天。');
    expect(await answer('党员一年参加集中轮训一般不少于（ ）天', [rule])).toBeUndefined();
    expect(await answer('支部书记每年参加集中轮训一般不少于（ ）天', [rule])).toBe('五');
  });
});

describe('an exception said first before a sameness, with or without 没有', () => {
  it('is written as the lack it means', () => {
    expect(lackSaid('见习会员除投票权外，享有和正式会员一样的待遇。')).toBe('见习会员除了没有投票权以外，享有和正式会员一样的待遇。');
    expect(lackSaid('见习会员除了投票权和提名权以外，其他权利同正式会员相同')).toBe(
      '见习会员除了没有投票权和提名权以外，其他权利同正式会员相同',
    );
    // Written already, or an addition (还/也), or no sameness after it: as written.
    expect(lackSaid('见习会员除了没有投票权以外，享有和正式会员一样的待遇。')).toBe(
      '见习会员除了没有投票权以外，享有和正式会员一样的待遇。',
    );
    expect(lackSaid('见习会员除投票权外，还有提名权，和正式会员一样。')).toBe('见习会员除投票权外，还有提名权，和正式会员一样。');
    expect(lackSaid('除会长外，其他理事都由大会选出。')).toBe('除会长外，其他理事都由大会选出。');
  });

  it('is found 正确 by the sentence with its lack after the rule', async () => {
    const rule = passage('见习会员的权利与正式会员相同，但没有投票权和提名权。');
    expect(await answer('判断：见习会员除投票权和提名权外，享有和正式会员一样的权利。', [rule])).toBe('正确');
    expect(await answer('判断：见习会员除了没有投票权和提名权以外，享有和正式会员一样的权利。', [rule])).toBe('正确');
  });

  const { answer: againstHandbook } = pastingAgainstHandbook();

  it('is judged the same way against the handbook', async () => {
    const withLack = '判断：预备党员除了没有选举权、被选举权和表决权以外，其他权利与正式党员都一样。';
    const bare = '判断：预备党员除选举权、被选举权和表决权外，其他权利与正式党员都一样。';
    expect(await againstHandbook(bare)).not.toBe('错误');
    expect(await againstHandbook(bare)).toBe(await againstHandbook(withLack));
    // The subjects turned round: no 正确 from the sentence on 预备党员.
    expect(await againstHandbook('判断：正式党员除选举权、被选举权和表决权外，其他权利与预备党员都一样。')).not.toBe('正确');
  });
});

describe('a statement of when in the year a meeting is held, said of each unit', () => {
  const rule = passage('党小组每年至少召开2次交流会，一般安排在第二季度，也可以根据需要随时召开。');

  it('is the rule in other words: 每个党小组, 放在…召开', async () => {
    expect(await answer('判断：交流会每个党小组一年最少开2次，一般放在第二季度召开。', [rule])).toBe('正确');
    expect(await answer('判断：每个党小组一年最少开2次交流会，一般定在第二季度。', [rule])).toBe('正确');
  });

  it('is not 正确 with another quarter or another count', async () => {
    expect(await answer('判断：交流会每个党小组一年最少开2次，一般放在第三季度召开。', [rule])).not.toBe('正确');
    expect(await answer('判断：交流会每个党小组一年最少开3次，一般放在第二季度召开。', [rule])).not.toBe('正确');
  });
});

describe('which rights a 预备党员 lacks, among rights the handbook lists by other names', () => {
  const lacking = (raw: string) => suggestByThreeRights(raw)?.choice.join('');

  it('places 申辩, 作证, 揭发 and 检举 among those kept', () => {
    expect(
      lacking('【多选】预备党员的权利中，除了没有（   ）以外，其余和正式党员一样。\nA.到场申辩\nB.选举权\nC.为他人作证\nD.表决权'),
    ).toBe('BD');
    expect(lacking('多选：预备党员没有的权利有（ ）A.揭发检举 B.被选举权 C.选举权 D.参加会议')).toBe('BC');
  });
});

describe('a decision said to stay in force while appealed, in the writer’s words', () => {
  const rule = passage('会员对纪律处分有异议的，可以提出申诉。申诉期间，不停止对原处分决定的执行。');

  it('is the handbook’s 不停止…执行: 正确', async () => {
    expect(await answer('判断：会员对处分有异议提出申诉后，原先的处分照常执行，不会因为申诉而中止。', [rule])).toBe('正确');
    expect(await answer('判断：会员申诉以后，原处分决定继续执行。', [rule])).toBe('正确');
  });

  it('is not 正确 where a stop is affirmed, going on denied, or a condition added', async () => {
    expect(await answer('判断：会员申诉以后，原处分就中止了，不再照常执行。', [rule])).not.toBe('正确');
    expect(await answer('判断：会员申诉以后，只有理事会同意，原处分才继续执行。', [rule])).not.toBe('正确');
  });
});

describe('a 预备党员 said to attend a named meeting without a vote', () => {
  const rule = passage('预备党员没有表决权、选举权和被选举权，但可以参加会议，也可以发表意见。');

  it('is the handbook’s 可以参加会议 with the rights it lacks: 正确', async () => {
    expect(await answer('判断：预备党员能出席支部委员改选的党员大会，但是没有表决权。', [rule])).toBe('正确');
    expect(await answer('判断题 换届选举时 预备党员可以列席大会 没有被选举权 不参加表决 （ ）', [rule])).toBe('正确');
  });

  it('is not 正确 with another claim beside it, or a vote said to be had', async () => {
    expect(await answer('判断：预备党员能出席党员大会，但没有表决权，可以担任书记。', [rule])).not.toBe('正确');
    expect(await answer('判断：预备党员能出席党员大会，有表决权。', [rule])).not.toBe('正确');
    expect(await answer('判断：预备党员能出席党员大会，但不能发表意见，没有表决权。', [rule])).not.toBe('正确');
  });
});
