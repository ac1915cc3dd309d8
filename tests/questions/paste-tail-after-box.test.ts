import { describe, expect, it } from 'vitest';
import { parsePasted } from '../../knowledge/questions/paste';

/** The stem as parsed, its brackets and commas read the same whatever their width. */
const stem = (raw: string) => parsePasted(raw).stem.replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',');

/**
 * paste27: what follows the box that closes a statement on its own line — a score (2分), or the user's words after
 * a space (我们支部正好七个人 想确认下) — is not the statement's, and kept it hid a rule the handbook states in the
 * same words. A blank inside a sentence and options after the box stay. Sentences written for the test.
 */
describe('the tail after a statement’s closing box', () => {
  it('drops a score glued to the box', () => {
    expect(stem('判断题：党旗是缀有金黄色党徽图案的红旗。（ ）3分')).toBe('党旗是缀有金黄色党徽图案的红旗。( )');
  });

  it('drops the user’s words after a space', () => {
    expect(stem('正式党员七人以上的党支部应当设立支部委员会。（ ）  我们支部正好七个人 想确认下')).toBe(
      '正式党员七人以上的党支部应当设立支部委员会。( )',
    );
  });

  it('keeps a blank inside a sentence and what follows it', () => {
    expect(stem('党员连续（ ）个月不交纳党费，又无正当理由的，视为自行脱党。')).toBe(
      '党员连续( )个月不交纳党费,又无正当理由的,视为自行脱党。',
    );
    // A second blank after the box: the tail is the question's.
    expect(stem('预备期为一年。（ ） 延长最长不超过（ ）。')).toBe('预备期为一年。( ) 延长最长不超过( )。');
  });

  it('keeps the options after the box', () => {
    const pasted = parsePasted('党小组不是一级党组织。（ ） A.正确 B.错误');
    expect(pasted.options).toEqual(['正确', '错误']);
  });
});
