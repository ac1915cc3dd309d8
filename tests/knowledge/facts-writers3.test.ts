import { describe, expect, it } from 'vitest';
import { askingClauses, cleanQuestion, matchParts } from '../../knowledge';
import { joinSpacedWords } from '../../knowledge/facts/clauses';
import { factIndex, matchedIds } from '../helpers/facts';

/**
 * The fact layer on the third round of writers (issue 22): Cantonese and pinyin-initial wording, a clause that
 * only follows from the one before, and questions whose fact answers a different part or a different property
 * than asked. Each case is a class of wording; a wrong fact must give way to the passages or a refusal.
 */
const index = factIndex;
const ids = matchedIds;

describe('dialect and pinyin initials read as the plain words', () => {
  it('reads Cantonese question words and particles', () => {
    expect(cleanQuestion('佢嘅组织关系点样转')).toBe('他的组织关系怎么转');
    expect(cleanQuestion('边个批，要几耐')).toBe('谁批,要多久');
    expect(cleanQuestion('可唔可以补写，得唔得')).toBe('可不可以补写,行不行');
    expect(cleanQuestion('记录要记啲咩')).toBe('记录要记些什么');
  });
  it('reads Southwestern and Xiang question words, 好久 and 好多 only where they ask', () => {
    expect(cleanQuestion('给他么子处分')).toBe('给他什么处分');
    expect(cleanQuestion('到期了咯样办')).toBe('到期了怎样办');
    expect(cleanQuestion('出去好久算流动党员')).toBe('出去多久算流动党员');
    expect(cleanQuestion('至少要好多人赞成')).toBe('至少要多少人赞成');
    // Mandarin "for a long time" and "many people" stay as they are.
    expect(cleanQuestion('好久没交党费了')).toBe('好久没交党费了');
    expect(cleanQuestion('好多人不交党费')).toBe('好多人不交党费');
  });
  it('reads the Japanese form 処 of 处 in the domain words', () => {
    expect(cleanQuestion('党纪処分有哪幾種')).toBe('党纪处分有哪几种');
  });
  it('reads 点 as how only where it is not Mandarin "a bit"', () => {
    expect(cleanQuestion('党费基数点计')).toContain('怎么计');
    expect(cleanQuestion('配合调查能不能轻点处理')).toContain('轻点处理');
  });
  it('reads dy, zb, sj standing alone, never inside a Latin word', () => {
    expect(cleanQuestion('预备dy能投票不')).toBe('预备党员能投票不');
    expect(cleanQuestion('当zb sj够不够格')).toBe('当支部书记够不够格');
    expect(cleanQuestion('study小组')).toBe('study小组');
  });
  it('reads 党飞 and 党领 as 党费 and 党龄', () => {
    expect(cleanQuestion('党飞按啥算')).toBe('党费按什么算');
    expect(cleanQuestion('党领从哪天算')).toBe('党龄从哪天算');
  });
});

describe('clauses that belong together', () => {
  it('a clause that follows from the answer before ("不能的话怎么办") joins that clause', () => {
    expect(askingClauses('能不能单独成立党支部，不能的话怎么办')).toEqual(['能不能单独成立党支部，不能的话怎么办']);
  });
  it('words after the last asking clause finish it', () => {
    expect(askingClauses('民主评议党员 一年 搞几次 评几个 等次')).toEqual(['民主评议党员，一年，搞几次', '评几个，等次']);
    expect(ids('民主评议党员  一年  搞几次  评几个  等次')).toEqual(['life.appraisal', 'life.appraisal.grades']);
  });
  it('a clause whose own fact excludes the subject said before is read alone', () => {
    expect(ids('党旗啥样 党徽是啥组成的')).toEqual(['member.flag', 'member.emblem']);
  });
});

describe('a fact that answers only another part gives way', () => {
  it('what a record holds is not answered by whether it may be written later', () => {
    // Each part by its own fact (what it holds, then whether it may be written later), never 补写 alone.
    expect(ids('开会嘅记录要记啲咩？可唔可以开完会先补写')).toEqual(['life.records.items', 'life.records']);
  });
  it('whether someone counts as a 流动党员 is not answered by who manages them', () => {
    expect(ids('厂里好多外来务工嘅党员，组织关系仲喺老家，佢哋算唔算流动党员，边个管佢哋')).not.toEqual(['member.mobile.manage']);
  });
  it('a clause checking the answer before ("还是……吗") leaves the fact standing', () => {
    expect(ids('现在发展党员的十六字总要求是啥 还是坚持标准保证质量那个吗')).toEqual(['develop.policy']);
  });
});

describe('a term the fact never says', () => {
  it('党费 spent on 过节费 or 补助 is not the rule on who may pay less', () => {
    expect(index.match('党费能不能给大家发过节费')?.fact.id).not.toBe('dues.hardship');
    expect(index.match('党费收上来能不能给困难党员补助')?.fact.id ?? '').not.toMatch(/hardship|reduce|exempt/);
  });
  it('a 个体户 asking for the 党费 base is not given the salaried rule', () => {
    expect(index.match('做个体户的党员没有固定工资，党费基数怎么计')?.fact.id).not.toBe('dues.base');
  });
});

describe('days and counts said in words, and said in another clause', () => {
  it('reads a day in Chinese numerals and works the 转正 day from it', () => {
    expect(cleanQuestion('二〇二五年三月十日支部大会通过')).toContain('2025年3月10日');
    expect(cleanQuestion('一九七五年七月一号')).toContain('1975年7月1日');
    expect(cleanQuestion('三年七月')).toBe('三年七月');
    const [m] = matchParts(index, '小张是  二〇二五年三月十日  支部大会  通过的  预备党员  要是  按期转正  是哪一天');
    expect(m?.answer).toContain('2026年3月10日');
  });
  it('works a 党龄 of so many years on the day given in another clause', () => {
    const parts = matchParts(index, '老李头一九七五年七月一号支部大会通过的预备党员 按期转的正 他党龄从哪天算 哪年够五十年');
    expect(parts.map((m) => m.answer).join('')).toContain('党龄满50年是2026年7月1日');
  });
});

describe('everyday names for the rule the question is about', () => {
  it('a member who keeps a shop is on the self-employed 党费 base', () => {
    expect(index.match('开小卖部的党员 党飞按啥基数算')?.fact.id).toBe('dues.base.self-employed');
  });
  it('paying every three months is asked of the monthly rule, not of how much a quarter comes to', () => {
    expect(index.match('党费可唔可以三个月交一次，我哋啲工人成日出差')?.fact.id).toBe('dues.monthly');
  });
});

describe('two subjects written back to back', () => {
  it('党旗党徽 asked together is asked of each', () => {
    expect(ids('党旗党徽是啥样的 要做个党建墙 别搞错了')).toEqual(['member.flag', 'member.emblem']);
  });
  it('a word of the lexicon made of two subjects stays one', () => {
    expect(ids('支部党员大会多久开一次')).toEqual(['life.general.frequency']);
  });
});

describe('fact sentences state what the handbook states', () => {
  it('a short sentence for 过失犯罪 keeps the exception and who approves it', () => {
    expect(index.match('党员过失犯罪判了两年有期徒刑还能保留党籍吗')?.answer).toContain('再上一级党组织批准');
  });
});

describe('more everyday wording of facts the handbook holds', () => {
  it('边度 is where', () => {
    expect(cleanQuestion('入党申请书应该交去边度')).toBe('入党申请书应该交去哪里');
  });
  it('没交党费、没来开会 for half a year is 自行脱党', () => {
    expect(index.match('有個黨員阿強，半年冇交黨費又冇嚟開會，打電話都唔聽，點處理好')?.fact.id).toBe('member.lapse');
  });
  it('延迟 a due 换届 is the rule on delaying it', () => {
    expect(index.match('支委會到期想延遲換屆得唔得')?.fact.id).toBe('branch.term.delay');
  });
});

describe('questions typed with a space between every few words', () => {
  it('runs the words together up to each question word; an A-not-A verb takes the word after it', () => {
    expect(joinSpacedWords('留党察看 最长 多长时间 察看期间 能不能 投票选举')).toBe('留党察看最长多长时间，察看期间能不能投票选举');
    expect(joinSpacedWords('李师傅家的 儿子 是党员 去新疆 打工 大半年了 他算不算 流动党员 归谁管')).toBe(
      '李师傅家的儿子是党员去新疆打工大半年了他算不算流动党员，归谁管',
    );
  });
  it('leaves spaces used as commas between longer clauses as they are, and reads each punctuated stretch on its own', () => {
    expect(joinSpacedWords('俺村老支书退休了 退休金一个月五千六 一个月交多少党费')).toBe(
      '俺村老支书退休了 退休金一个月五千六 一个月交多少党费',
    );
    // Two words stay as typed; three short ones after the question mark are words of one clause (round five).
    expect(joinSpacedWords('党费 怎么交？ 交给 谁 呢 好的')).toBe('党费 怎么交？交给谁呢好的');
  });
  it('answers each part of such a question', () => {
    expect(ids('留党察看  最长  多长时间  察看期间  能不能  投票选举')).toEqual(['discipline.watch.length', 'discipline.watch.rights']);
    expect(index.match('一个人  犯了两样错  一样该  警告  一样该  严重警告  合起来  给啥处分')?.fact.id).toBe('discipline.combined');
  });
});

describe('everyday names for 持证上岗 and 违规发展', () => {
  it('a certificate "一辈子管用" asks whether it lasts', () => {
    expect(index.match('持证上岗的证是拿了就一辈子管用不')?.fact.id).toBe('cert.revocation');
  });
  it('someone let in against the rules is the rule on 违规发展', () => {
    expect(index.match('发展党员要是有人违反规定给弄进党来了 咋弄')?.fact.id).toBe('develop.discipline');
  });
});
