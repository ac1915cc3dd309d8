import { describe, expect, it } from 'vitest';
import { fixDomainTypos } from '../../../knowledge/facts/clean';
import { letteredOptions } from '../../../knowledge/questions/option-marks';
import { parsePasted, truthOptions } from '../../../knowledge/questions/paste';
import { cleanPaste } from '../../../knowledge/questions/paste-noise';

/**
 * Shapes of a pasted 判断 or row the parser left in the stem (issue 21, paste21): the two answers an app lists one
 * under the other, or lettered side by side on one line; a spreadsheet row with its row number, its type cell and
 * the answer box in a cell of its own; the header row above it; and 觉 scanned for 党. Pastes written for the test.
 */

describe('a 判断 whose two answers are laid out by an app', () => {
  it('ends the question at the answers when each is on a line of its own', () => {
    expect(parsePasted('判断题 (2分)\n党费应当按月交纳。\n对\n错').stem).toBe('党费应当按月交纳。');
    expect(parsePasted('【判断题】支部每季度开一次党员大会。\n正确\n错误\n下一题').stem).toBe('支部每季度开一次党员大会。');
    expect(parsePasted('判断\n入党要写申请书。\n√\n×').stem).toBe('入党要写申请书。');
    expect(parsePasted('判断\n入党要写申请书。\n○ 错误\n○ 正确').stem).toBe('入党要写申请书。');
  });

  it('keeps a line that only says 对 when no counterpart follows it', () => {
    expect(cleanPaste('党费应当按月交纳。\n对')).toBe('党费应当按月交纳。\n对');
  });

  it('reads two lettered answers on one line, spaced and unmarked, as the options', () => {
    const parsed = parsePasted('判断题 党小组会一般每月召开1次。\nA 正确    B 错误');
    expect(parsed.stem).toBe('党小组会一般每月召开1次。');
    expect(truthOptions(parsed.options)).toEqual({ true: 0, false: 1 });
    // Two spaced letters that are not the two answers stay words of the stem.
    expect(parsePasted('证书分为A 级 B 级两种。').options).toEqual([]);
  });
});

describe('a question copied as a spreadsheet row', () => {
  it('drops the row number, the empty cells and the header row, and keeps the box with the stem', () => {
    const rows = '编号\t题型\t题干\t\t答案\n18\t判断\t党员应当参加党小组的活动。\t（  ）\t\t';
    const parsed = parsePasted(rows);
    expect(parsed.declaredType).toBe('判断');
    expect(parsed.stem).toBe('党员应当参加党小组的活动。( )');
  });

  it('keeps the lettered options of a numbered row', () => {
    const parsed = parsePasted('9\t单选\t党小组会一般多久开一次（）\tA.每周\tB.每月\t\tC.每季度\tD.每年');
    expect(parsed.declaredType).toBe('单选');
    expect(parsed.options).toEqual(['每周', '每月', '每季度', '每年']);
  });

  it('leaves a row that starts with no number or type alone', () => {
    expect(letteredOptions('姓名\t张三')).toBe('姓名\t张三');
  });
});

describe('觉 scanned for 党', () => {
  it('reads 觉龄, 觉员 and 在觉内 as the 党 words', () => {
    expect(fixDomainTypos('他的觉龄从哪天算')).toBe('他的党龄从哪天算');
    expect(fixDomainTypos('可以直接接收觉员')).toBe('可以直接接收党员');
    expect(fixDomainTypos('一年内不得在觉内提升职务')).toBe('一年内不得在党内提升职务');
  });

  it('leaves 觉 where it is a word of its own', () => {
    for (const text of ['我感觉员工都到了', '自觉交纳党费', '觉得费用太高', '感觉内容很多', '不觉龄长'])
      expect(fixDomainTypos(text)).toBe(text);
  });
});

describe("a quiz app's title and counters before the question", () => {
  it('drops a title line with a counter when the line after it holds the blank', () => {
    expect(parsePasted('党建微课堂｜党费专题  3/15\n党员每月交纳党费的比例按（ ）确定。\nA. 收入\nB. 职务').stem).toBe(
      '党员每月交纳党费的比例按( )确定。',
    );
  });

  it('drops a game mode and a countdown in seconds', () => {
    expect(parsePasted('四人对战 剩余 12s\n党小组会一般（）开一次\nA每周B每月C每季度').stem).toBe('党小组会一般()开一次');
  });

  it('drops a question counter at the start of the question line', () => {
    const parsed = parsePasted('7/10【单选题】入党申请书应当向（ ）提出。A.党支部 B.工会');
    expect(parsed.stem).toBe('入党申请书应当向( )提出。');
    expect(parsed.declaredType).toBe('单选');
  });

  it('keeps a first line that is the question itself', () => {
    expect(parsePasted('党员的组织关系专题讲的是什么\n（ ）').stem).toContain('党员的组织关系专题');
  });
});

describe('a statement said with Cantonese particles', () => {
  it('is the question when a 判断’s two answers follow it, not the user’s aside', () => {
    const parsed = parsePasted('第8題 【判斷題】\n支部書記自己就可以直接決定處分，唔使報批。\n○ 正確　○ 錯誤\n呢題係咪錯嘅？');
    expect(parsed.stem).toBe('支部书记自己就可以直接决定处分,不用报批。');
  });

  it('drops a score line after the question', () => {
    expect(parsePasted('【判断题】党费按月交纳。（ ）\n分值：1分').stem).toBe('党费按月交纳。( )');
  });
});

describe('what follows the question', () => {
  it('drops a source in brackets and a northern aside after the blank', () => {
    expect(parsePasted('判断 党费按月交纳。（ ）\n【来源：某县党建每日答题】').stem).toBe('党费按月交纳。( )');
    expect(parsePasted('判断：党费可以半年一交。（ ）\n咱村有人这么干 我寻思不对').stem).toBe('党费可以半年一交。( )');
  });
});
