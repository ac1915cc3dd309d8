import { describe, expect, it } from 'vitest';
import { parsePasted } from '../../knowledge/questions/paste';

/** Issue 21 (paste15): options marked in no usual way. The pastes are written for the test. */

describe('options a spreadsheet row or a quiz screen gives without marks', () => {
  it('reads a row’s cells after its stem as lettered options, the type from its first cell', () => {
    const parsed = parsePasted('多选\t预备党员的权利中不包括下列哪些（ ）\t表决权\t选举权\t被选举权\t知情权\n\n表格里抄的 帮看下');
    expect(parsed.declaredType).toBe('多选');
    expect(parsed.stem).toBe('预备党员的权利中不包括下列哪些( )');
    expect(parsed.options).toEqual(['表决权', '选举权', '被选举权', '知情权']);
    // A row of a register (姓名⇥党龄⇥…) asks nothing: its cells are no options.
    expect(parsePasted('张三\t党龄5年\t第一党小组\t已交').options).toEqual([]);
  });

  it('gives bare letters run together with their words their marks, on a line of nothing else', () => {
    expect(parsePasted('党员大会应到会多少人才有效（）\nA一半B半数以上C三分之二D全体').options).toEqual([
      '一半',
      '半数以上',
      '三分之二',
      '全体',
    ]);
    expect(parsePasted('正式党员不少于（）人才能成立支部\nA3B5C7D9').options).toEqual(['3', '5', '7', '9']);
    // Letters spaced from their words, over two lines, are all read where the paste is parsed.
    expect(parsePasted('下列属于组织处置的有（ ）\nA 限期改正   B 劝其退党   C 警告\nD 除名     E 开除党籍').options).toHaveLength(5);
    // Latin words between the letters are no options' words.
    expect(parsePasted('在APP上BBS里CCTV报道').options).toEqual([]);
  });
});

describe('a line heading the question with its number', () => {
  it('is no part of the stem, whatever it names before the number', () => {
    expect(parsePasted('周末党建打卡 第12题\n党小组会一般多久开一次（ ）\nA.每周\nB.每月\nC.每年').stem).toBe('党小组会一般多久开一次( )');
    expect(parsePasted('三人赛  第4题  00:15\n党费按月交纳吗（ ）\nA.是\nB.否\nC.不一定').stem).toBe('党费按月交纳吗( )');
  });
});
