import { describe, expect, it } from 'vitest';
import { createFactIndex } from '../../knowledge/facts';
import { judgeByItems } from '../../knowledge/questions/fact-items';
import { judgeByList } from '../../knowledge/questions/fact-lists';
import { judgeByValues } from '../../knowledge/questions/fact-values';
import { suggestByPartyAge } from '../../knowledge/questions/party-age';
import { createPasteIndex, parsePasted, villageOf } from '../../knowledge/questions/paste';
import { cleanPaste } from '../../knowledge/questions/paste-noise';
import {
  type HandbookSuggestion,
  listOverPassages,
  outcomeAnswer,
  type PassageHit,
  resolvePaste,
  suggestByFactList,
  suggestCalibrated,
  suggestFromHandbook,
} from '../../knowledge/questions/suggest';
import type { TemplateQuestion } from '../../knowledge/questions/template';

/**
 * Issue 21, choice questions (paste12): what an exam app's screen puts around a choice question (its buttons and
 * counters, radio buttons and check boxes before the letters, options run together with no space), a 多选 whose
 * list a fact gives with what it says is not so, and a list's reading preferred over passages that state an option
 * of something else. The pastes are written for the test in the shapes strangers paste.
 */

const index = createPasteIndex([]);
const noPassages = async (): Promise<PassageHit[]> => [];

describe('an exam app’s screen around a choice question', () => {
  it('drops the buttons and counters after the last option, and the user’s words after them', () => {
    const parsed = parsePasted(
      '每日一练\n单选题\n支部委员会会议一般多久开一次（  ）\nA. 每周\nB. 每月\nC. 每季度\nD. 每年\n提交答案\n已有1203人作答\n我们支部老是拖 想问下',
    );
    expect(parsed.options).toEqual(['每周', '每月', '每季度', '每年']);
    expect(parsePasted('党小组会多久开一次（ ）\nA. 每月\nB. 每季度\nC. 每半年\n< 上一题  下一题 >').options.at(-1)).toBe('每半年');
    expect(parsePasted('党小组会多久开一次（ ）\nA. 每月\nB. 每季度\nC. 每半年\n正确率 61%').options.at(-1)).toBe('每半年');
  });

  it('reads options run together after a counter and a countdown in the stem’s line', () => {
    const parsed = parsePasted(
      '第4题/共20题 单选题 倒计时01:15 党课一般多久至少讲一次（ ）\nA.每月B.每季度C.每半年D.每年 上一题 下一题 交卷',
    );
    expect(parsed.declaredType).toBe('单选');
    expect(parsed.stem).toBe('党课一般多久至少讲一次( )');
    expect(parsed.options).toEqual(['每月', '每季度', '每半年', '每年']);
    // Not after a Latin letter: OA. is no option mark.
    expect(parsePasted('在OA.系统里填报（ ）\nA. 是\nB. 否').options).toEqual(['是', '否']);
  });

  it('takes the radio buttons and check boxes before the letters off', () => {
    const parsed = parsePasted('【多选题】(2分)\n下面哪些属于“三会一课”中的“三会”？\n□ A. 支部党员大会\n□ B. 党小组会\n□C.民主生活会');
    expect(parsed.declaredType).toBe('多选');
    expect(parsed.stem).toBe('下面哪些属于“三会一课”中的“三会”?');
    expect(parsed.options).toEqual(['支部党员大会', '党小组会', '民主生活会']);
    expect(parsePasted('支委会每届任期一般是（ ）\n○ A. 2年\n○ B. 3年\n○ C. 5年').options).toEqual(['2年', '3年', '5年']);
  });

  it('drops an input box’s prompt after a blank', () => {
    expect(cleanPaste('党员每年集中学习培训一般不少于（ ）学时。\n请输入答案')).toBe('党员每年集中学习培训一般不少于（ ）学时。');
  });

  it('starts a question at its full-width number after a book’s title line', () => {
    expect(parsePasted('《支部工作手册》第３页\n２．党小组会一般多久召开一次？（　）\nＡ．每月\nＢ．每季度\nＣ．每年').stem).toBe(
      '党小组会一般多久召开一次?',
    );
  });
});

describe('a 多选 on a list a fact gives with what it says is not so', () => {
  const use = '活动经费必须用于支部活动：开展党员学习、慰问困难党员、表彰先进个人；不得用于发奖金、购买礼品。';

  it('takes an option in neither list for a distractor when the options fall on both sides', () => {
    const pasted = parsePasted(
      '（多选）活动经费可以用于（ ）\nA. 开展党员学习活动\nB. 慰问困难党员\nC. 给委员发奖金\nD. 支部聚餐\nE. 表彰先进个人',
    );
    expect(judgeByItems(pasted, use)).toEqual([0, 1, 4]);
  });

  it('does not where the fact leaves room for others (其他, 等)', () => {
    const open = '活动经费主要用于：开展党员学习、慰问困难党员、表彰先进个人等；不得用于发奖金、购买礼品。';
    const pasted = parsePasted(
      '（多选）活动经费可以用于（ ）\nA. 开展党员学习活动\nB. 慰问困难党员\nC. 给委员发奖金\nD. 支部聚餐\nE. 表彰先进个人',
    );
    expect(judgeByItems(pasted, open)).toBeUndefined();
    const rights = '预备党员可以参加党的会议、发表意见，但没有表决权、选举权和被选举权；其他权利与正式党员相同。';
    const asked = parsePasted('（多选）预备党员享有的权利包括（ ）\nA. 参加党的有关会议\nB. 发表意见\nC. 向上级组织提出申诉\nD. 选举权');
    expect(judgeByItems(asked, rights)).toBeUndefined();
  });

  it('reads the list after a heading’s colon as the items (用途：…主要用于：a；b), not the heading', () => {
    const headed = '经费用途：经费必须用于支部的活动，主要用于：培训党员；慰问困难党员；表彰先进个人；不得用于发奖金。';
    const pasted = parsePasted('（多选）经费可以用于（ ）\nA. 举办党员培训班\nB. 慰问困难党员\nC. 给委员发奖金\nD. 表彰先进个人');
    expect(judgeByItems(pasted, headed)).toEqual([0, 1, 3]);
  });

  it('answers a pasted 党费 question whose distractors are a meal and a bonus', async () => {
    const raw =
      '第9题【多选题】\n党支部收缴的党费可以花在下面哪几项上（ ）\n□A.举办党员培训班\n□B.给支部委员发放奖金\n□C.补助生活困难的党员\n□D.组织党员外出聚餐\n提交';
    expect(outcomeAnswer(await resolvePaste(index, raw, noPassages))).toBe('AC');
  });
});

describe('a list’s reading over passages that state an option of something else', () => {
  it('keeps 组织生活会 out of “三会”, though a passage names it beside 三会一课', () => {
    const raw = '【多选】“三会一课”里的“三会”指的是（ ）\nA. 支部党员大会\nB. 民主生活会\nC. 支部委员会会议\nD. 党小组会\nE. 组织生活会';
    const sentence = '“三会一课”、主题党日、组织生活会等都要有专人如实记录。';
    const fromPassages: HandbookSuggestion = {
      kind: 'hedged',
      choice: ['A', 'C', 'D', 'E'],
      answerTexts: ['支部党员大会', '支部委员会会议', '党小组会', '组织生活会'],
      sentence,
      passage: { text: sentence, coverage: 1, source: 'handbook:test', title: '测试' },
      basis: 'handbook',
    };
    expect(outcomeAnswer(listOverPassages(raw, fromPassages, createFactIndex()))).toBe('ACD');
    // Where the list reads the same, the passages' answer stands.
    const same = { ...fromPassages, choice: ['A', 'C', 'D'] };
    expect(listOverPassages(raw, same, createFactIndex())).toBe(same);
  });
});

describe('村、社区 bodies, which have rules of their own', () => {
  const rule = '按有关意见，党支部委员会一般每届3年，村、社区党支部每届5年，基层党委一般每届5年。';

  it('tells a 村 or 社区 body, one outside them and neither apart', () => {
    expect(villageOf('某行政村党支部委员会')).toBe('village');
    expect(villageOf('街道某社区的党支部')).toBe('village');
    expect(villageOf('机关党支部（非村、社区）')).toBe('other');
    expect(villageOf('村、社区以外的党支部')).toBe('other');
    expect(villageOf('某企业党支部')).toBe('none');
  });

  it('answers a 村 body by the 村、社区 clause, not by the general rule the stem’s other words match better', () => {
    const pasted = parsePasted('某行政村的党支部委员会每届任期一般是（ ）\nA. 2年\nB. 3年\nC. 5年\nD. 10年');
    expect(judgeByValues(pasted, pasted.stem, rule)).toEqual({ choice: [2], answerTexts: ['5年'] });
    const other = parsePasted('某企业党支部委员会每届任期一般是（ ）\nA. 2年\nB. 3年\nC. 5年\nD. 10年');
    expect(judgeByValues(other, other.stem, rule)).toEqual({ choice: [1], answerTexts: ['3年'] });
  });

  it('does not read a stem naming both kinds of body by the 村 clause alone', () => {
    const both = parsePasted('判断：村党支部委员会和机关党支部委员会每届任期都是5年。');
    expect(judgeByValues(both, both.stem, rule)).not.toEqual({ choice: [], answerTexts: ['正确'] });
  });

  it('does not take a 社区 bank question’s answer for a body outside them', async () => {
    const bank: TemplateQuestion = {
      id: 'q-village',
      bank: 'test',
      type: '单选',
      stem: '社区党支部委员会每届任期为（）。',
      options: ['2年', '3年', '5年', '三年至五年'],
      answer: 'C',
      explanation: '',
      level: '初级',
      topic: '支部建设',
      source: '',
    };
    const villageIndex = createPasteIndex([bank]);
    const same = await resolvePaste(villageIndex, '社区党支部委员会每届任期是（ ）\nA. 2年\nB. 3年\nC. 5年\nD. 三年至五年', noPassages);
    expect(outcomeAnswer(same)).toBe('C');
    const outside = '机关党支部（非村、社区）委员会每届任期为（ ）\nA. 2年\nB. 3年\nC. 5年\nD. 三年至五年';
    expect(villageIndex.lookup(outside)).toBeUndefined();
  });
});

describe('the items of a list whose subject the stem names', () => {
  const hit: PassageHit = {
    text: '每次谈话都要做好记录，谈话记录是了解党员情况的主要依据。谈话记录一般包括：\n- 谈话时间、地点；\n- 谈话人、被谈话人；\n- 谈话的主要内容和党员反映的问题。\n记录要当场记，不能事后补写。',
    coverage: 1,
    source: 'handbook:test',
    title: '测试',
  };

  it('answers a 多选 on what the record holds, though the stem adds its own words (支部, 应当记明)', () => {
    const raw =
      '（多选）支部谈心谈话的谈话记录一般应当记明（ ）\nA. 谈话时间、地点\nB. 谈话人、被谈话人\nC. 党员反映的问题\nD. 被谈话人的家庭收入';
    expect(outcomeAnswer(suggestFromHandbook(raw, [hit]))).toBe('ABC');
  });
});

describe('one item of a list whose other items are options too', () => {
  it('is not given alone as the answer of a paste not said to be 单选', () => {
    const facts = createFactIndex([]);
    const hit: PassageHit = {
      text: '经费使用：经费必须用于支部的活动，主要用于：开展党员学习；慰问困难党员；表彰先进个人。经费不得挪作他用。',
      coverage: 1,
      source: 'handbook:test',
      title: '测试',
    };
    const undeclared = '支部活动经费可以用于（ ）\nA. 开展党员学习\nB. 慰问困难党员\nC. 发放委员奖金\nD. 表彰先进个人';
    const answer = suggestCalibrated(undeclared, [hit], facts);
    expect(answer === undefined || answer.kind !== 'hedged' || answer.choice.length !== 1).toBe(true);
  });
});

describe('a 多选 on a closed list, as strangers type it', () => {
  const kinds = '支部活动有四种：学习会、座谈会、参观学习、志愿服务；其中学习会最常见。';
  const rules = '支部规矩有五项：学习规矩、会议规矩、财务规矩、保密规矩、联络规矩，其中学习规矩最重要。';

  it('takes an item with one character mistyped (参观学刁, 志愿服各) for the item, not a short word so near (座谈汇)', () => {
    const typed = parsePasted('（多选）下列属于支部活动的有（ ）\nA. 学习会\nB. 茶话会\nC. 参观学刁\nD. 志愿服各');
    expect(judgeByList(typed, kinds)).toEqual([0, 2, 3]);
    const short = parsePasted('（多选）下列属于支部活动的有（ ）\nA. 学习会\nB. 座谈汇\nC. 茶话会\nD. 参观学习');
    expect(judgeByList(short, kinds)).toBeUndefined();
  });

  it('reads an option of the items’ form (宣传规矩) as absent when its own part is', () => {
    const pasted = parsePasted('（多选）下列属于支部五项规矩的有（ ）\nA. 学习规矩\nB. 宣传规矩\nC. 财务规矩\nD. 保密规矩\nE. 出行规矩');
    expect(judgeByList(pasted, rules)).toEqual([0, 2, 3]);
  });

  it('drops the box for the answer after the question’s end', () => {
    expect(parsePasted('下列属于支部活动的有（　）（　）\nＡ．学习会\nＢ．茶话会\nＣ．座谈会').stem).toBe('下列属于支部活动的有( )');
    expect(parsePasted('集中培训一般不少于（　）个学时。（　）\nＡ．16\nＢ．24').stem).toBe('集中培训一般不少于( )个学时。');
  });

  it('finds the list a stem names before 包括 at its end', () => {
    const raw = '《支部手册》规定的“六大纪律”包括（ ）。\nA. 政治纪律\nB. 组织纪律\nC. 经济纪律\nD. 群众纪律\nE. 宣传纪律';
    expect(outcomeAnswer(suggestByFactList(raw, createFactIndex())!)).toBe('ABD');
  });
});

describe('a blank the sentence fills with several options next to each other', () => {
  it('answers them all where the paste does not say it is 单选', () => {
    const hit: PassageHit = {
      text: '活动经费的使用，事前要经支部委员会和党员大会审议，审议通过方可开支。',
      coverage: 1,
      source: 'handbook:test',
      title: '测试',
    };
    const raw = '活动经费的使用，事前要经（ ）审议，审议通过方可开支。\nA. 支部委员会\nB. 街道办事处\nC. 党员大会\nD. 居民委员会';
    expect(outcomeAnswer(suggestFromHandbook(raw, [hit]))).toBe('AC');
    expect(outcomeAnswer(suggestFromHandbook(`【单选】${raw}`, [hit]))).not.toBe('AC');
  });
});

describe('from when 党龄 counts, as strangers ask it', () => {
  const hit: PassageHit = {
    text: '党员的党龄从预备期满转为正式党员之日算起。预备期不计入党龄。',
    coverage: 1,
    source: 'handbook:test',
    title: '测试',
  };

  it('reads the acceptance day written after its words (通过成为预备党员的日子是…)', () => {
    const raw =
      '某同志经支部大会通过成为预备党员的日子是2023年5月8日，按期转正，他的党龄应从（ ）开始算\nA. 2023年5月8日\nB. 2024年5月8日\nC. 上级批准转正那天\nD. 写申请书那天';
    expect(outcomeAnswer(suggestByPartyAge(raw, [hit])!)).toBe('B');
  });

  it('picks the option in words that the rule names, with or without days in the case', () => {
    const options = '\nA. 递交入党申请书之日\nB. 上级党委批准之日\nC. 预备期满转为正式党员之日\nD. 入党宣誓之日';
    expect(outcomeAnswer(suggestByPartyAge(`预备党员转正以后，党龄应从（ ）算起。${options}`, [hit])!)).toBe('C');
    expect(
      outcomeAnswer(suggestByPartyAge(`李某2021年3月经支部大会通过为预备党员，按期转正，他的党龄应从（ ）算起。${options}`, [hit])!),
    ).toBe('C');
  });
});
