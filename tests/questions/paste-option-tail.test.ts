import { describe, expect, it } from 'vitest';
import { parsePasted } from '../../knowledge/questions/paste';

/**
 * Issue 21, paste19: how a one-line or app-copied paste is parsed. The last option took the user's words, a score or
 * a countdown after it (D半年 我们支部每个月都在搞应该是B嘛, D.2024年7月1日 （本题2分）, D. 第四季度 00:06); an option
 * lettered in brackets on its own line ((D)表现…) stayed part of the option before; a heading on the question's own
 * line (支部测试卷 第二大题第4小题 主题党日是…) stayed part of the stem. Each kept the question from its sentence.
 */

describe('the last option’s tail', () => {
  it('leaves out the user’s words, a score, a countdown and an app’s button after the last option', () => {
    expect(
      parsePasted('主题党日是党支部每（）相对固定一天组织开展的党内活动 A周 B月 C季度 D半年 我们支部每个月都在搞应该是B嘛').options,
    ).toEqual(['周', '月', '季度', '半年']);
    expect(
      parsePasted('纪律处分条例从什么时候起施行（ ） A.2023年12月 B.2024年1月1日 C.2018年10月1日 D.2024年7月1日 （本题2分）').options.at(
        -1,
      ),
    ).toBe('2024年7月1日');
    expect(parsePasted('组织生活会一般安排在（ ）召开。\nA. 第一季度\nB. 第二季度\nC. 第三季度\nD. 第四季度 00:06').options.at(-1)).toBe(
      '第四季度',
    );
    expect(parsePasted('报（ ）批准 A 党小组 B 支部委员会 C 上一级党委 D 县纪委 , 这个我们刘大姐那个情况用得到').options.at(-1)).toBe(
      '县纪委',
    );
    expect(parsePasted('还须经过（ ）的审查。\nA 纪检监察机关\nB 公安部门\nC 人社部门\nD 民政部门 确定').options.at(-1)).toBe('民政部门');
  });

  it('keeps an option’s own words after a space', () => {
    expect(
      parsePasted('上级党委一般应当在（）内审批，但不得超过（）。\nA.一个月 三个月\nB.三个月 六个月\nC.六个月 一年').options.at(-1),
    ).toBe('六个月 一年');
  });
});

describe('an option lettered in brackets', () => {
  it('starts an option of its own', () => {
    expect(
      parsePasted(
        '【多选】政治审查，下列做法正确的有（ ）\nA.同本人谈话\nB.查阅有关档案材料\nC.了解其社会关系\n(D)先发展入党，政审以后再补',
      ).options,
    ).toEqual(['同本人谈话', '查阅有关档案材料', '了解其社会关系', '先发展入党,政审以后再补']);
  });
});

describe('a heading on the question’s line', () => {
  it('is not part of the stem, and its type is the question’s', () => {
    expect(parsePasted('支部测试卷 第二大题第4小题 主题党日是党支部每（）相对固定一天组织开展的党内活动 A周 B月 C季度 D半年').stem).toBe(
      '主题党日是党支部每()相对固定一天组织开展的党内活动',
    );
    expect(parsePasted('支部纸质测试 判断第5题 党支部换届选举时 预备党员可以参加党员大会 但没有选举权（ ）')).toMatchObject({
      stem: '党支部换届选举时 预备党员可以参加党员大会 但没有选举权( )',
      declaredType: '判断',
    });
  });

  it('leaves a stem that begins with words alone', () => {
    expect(parsePasted('党员大会 一般每季度召开（ ）次。').stem).toBe('党员大会 一般每季度召开( )次。');
  });
});
