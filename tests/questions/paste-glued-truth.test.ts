import { describe, expect, it } from 'vitest';
import { parsePasted } from '../../knowledge/questions/paste';

/**
 * paste29: a 判断 whose two answers follow its box with no space or mark between (…召开（）A.正确B.错误, …（ ）A√ B×):
 * the two letters are its options, not words of a blank left open; letters of a sentence are not. Written for the test.
 */
describe('two truth options glued after the box', () => {
  it('are read as the 判断’s options', () => {
    expect(parsePasted('党小组会须有过半数组员参加方可开会（）A.正确B.错误').options).toEqual(['正确', '错误']);
    expect(parsePasted('党小组会须有过半数组员参加方可开会（ ）A√ B×')).toEqual({
      stem: '党小组会须有过半数组员参加方可开会( )',
      options: ['√', '×'],
    });
    expect(parsePasted('支委会会议记录须由记录人签名（ ）A.对B.错').options).toEqual(['对', '错']);
  });

  it('leave two letters that are no truth words in the stem', () => {
    expect(parsePasted('老王评上了A级党员，老李评上了B级党员（ ）').options).toEqual([]);
    expect(parsePasted('表格里A栏填姓名B栏填党龄（ ）').options).toEqual([]);
  });
});
