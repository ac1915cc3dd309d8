import { describe, expect, it } from 'vitest';
import { type PassageHit, suggestFromHandbook } from '../../knowledge/questions/suggest';

/**
 * Issue 21, paste19: options that are bounds (半数以上, 三分之二以上) or that say 都/全部 among their own words were
 * refused as if they were 以上都是: the guard against an option speaking of the others matched any 以上, 都 or 全部.
 * Now only such an option (以上都是, 上述说法均不正确, 全部正确, A和B) is refused; a bound among other words
 * (每季度必须开展2次以上) still is, as a sentence may write its number otherwise. Sentences written for the test.
 */

const hit = (text: string): PassageHit => ({ text, coverage: 1, source: 'handbook:test', title: '测试手册' });
const rules = hit('委员会会议必须有半数以上委员到会才能进行。委员会会议一般每月召开1次。');

describe('options that are values with a bound', () => {
  it('answers a choice of bounds from the sentence that fills the blank', () => {
    const said = suggestFromHandbook('委员会会议必须有（ ）委员到会才能进行。\nA. 三分之一以上\nB. 半数以上\nC. 三分之二以上\nD. 全体', [
      rules,
    ]);
    expect(said).toMatchObject({ kind: 'hedged', choice: ['B'] });
  });

  it('still refuses when an option speaks of the other options', () => {
    for (const catchAll of ['以上都是', '上述说法均不正确', '全部正确', 'A和B'])
      expect(
        suggestFromHandbook(`委员会会议必须有（ ）委员到会才能进行。\nA. 三分之一以上\nB. 半数以上\nC. 三分之二以上\nD. ${catchAll}`, [
          rules,
        ]).kind,
      ).toBe('abstain');
  });

  it('still refuses when a bound stands among an option’s other words', () => {
    const said = suggestFromHandbook(
      '关于委员会会议，下列说法正确的是（ ）。\nA. 必须有半数以上委员到会才能进行\nB. 每季度必须召开2次以上\nC. 由委员轮流主持\nD. 不需要记录',
      [rules],
    );
    expect(said.kind).toBe('abstain');
  });
});
