import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../knowledge';
import { askingMember } from '../helpers/asking-member';

/**
 * Fourteenth round (issue 22, facts50): the fact side of a tuning writer who types like a delivery rider (run-on, no
 * punctuation, dialect), through the whole bot, with sentences written for this test, not taken from any writer's
 * set: standard Chinese, and a few with the writer's abbreviations already expanded (党员, 支部, 党费, 党员大会).
 */
const { answer } = askingMember('member-rotation14-facts50');

describe('a vote told with its counts, a claim of the 书记 said after the ask (书记说过半就行)', () => {
  it('works out the votes needed against those entitled, not those present, and says it did not pass', async () => {
    const text = await answer('支部党员大会表决小周转正 有表决权的党员一共13个 来了8个 5个同意 通过了没 书记说到会的过半就行');
    expect(text).toContain('不能通过');
    expect(text).toContain('至少要7票');
    expect(text).toContain('应到会');
  });
  it('says a vote with enough in favour passed (the base answered this one with commas; a guard)', async () => {
    const text = await answer('支部大会讨论接收预备党员，有表决权的21人，到了15人，12人赞成，算通过了吗，组织委员讲过半数就可以');
    expect(text).toContain('能通过');
    expect(text).toContain('至少要11票');
  });
  it('reads a claim told last (支书讲…就行) as told, not as the ask', async () => {
    const text = await answer('前天支部开大会表决转正 有表决权的9个 到了6个 4个同意 这算通过了没 支书讲过半就行');
    expect(text).toContain('不能通过');
    expect(text).toContain('至少要5票');
  });
  it('reads hands raised after a count (7个举手) as the votes in favour', async () => {
    const text = await answer('上周开支部大会接收预备党员 有表决权的党员17个 到会10个 7个举手 算通过了没有 副书记说来的人过半就算');
    expect(text).toContain('不能通过');
    expect(text).toContain('至少要9票');
  });
});

describe('a unit with 3 正式党员 or more asking whether to set up its own 支部 (not stay in a 联合支部)', () => {
  it('says it may and should, and that the 基层党委 decides and 批复', async () => {
    const text = await answer('我们快递点党员正式的有5个 预备的1个 能不能自己成立个支部 还是一直挂在园区联合支部');
    expect(text).toContain('5名正式党员');
    expect(text).toContain('应当成立党支部');
    expect(text).toContain('批复');
  });
  it('says fewer than 3 正式党员 stay in a 联合支部 (answered on the base too; a guard)', async () => {
    const text = await answer('我们店里正式党员就2个，能不能不挂联合支部自己成立');
    expect(text).toContain('不足3人');
    expect(text).toContain('联合党支部');
  });
});

describe('two offences dealt with together: the heaviest told, one level up', () => {
  it('gives 撤销党内职务 for 警告 and 严重警告, said first', async () => {
    const text = await answer('有个党员同时犯了两件事，一件该给警告，一件该给严重警告，合在一起给什么处分');
    expect(text.startsWith('合并后给予撤销党内职务处分')).toBe(true);
  });
  it('gives 留党察看 for 严重警告 and 撤销党内职务, and 开除党籍 where one is 开除党籍', async () => {
    expect(await answer('一件事该严重警告，另一件事该撤销党内职务，合在一起处理怎么定')).toContain('合并后给予留党察看处分');
    expect(await answer('他有两件违纪，一件该开除党籍，一件该警告，最后给什么处分')).toContain('合并后给予开除党籍处分');
  });
  it('reads 武汉话 么斯 as 什么', async () => {
    expect(cleanQuestion('两样违纪合起来给么斯处分')).toContain('给什么处分');
    expect(await answer('老刘犯了两样错 一样够警告 一样够严重警告 合起来给么斯处分')).toContain('撤销党内职务');
  });
  it('works out nothing one level above 留党察看 (the handbook does not say), and still gives the rule (a guard)', async () => {
    const text = await answer('同时有两个违纪行为，一个够留党察看，一个够警告，合并处理给什么处分');
    expect(text).not.toContain('合并后给予');
    expect(text).toContain('加重一档');
  });
});

describe('an income not paid as a fixed monthly wage: the previous quarter’s monthly average', () => {
  it('says the base and works the rate on the average told', async () => {
    const text = await answer('我在平台上跑单送外卖，收入每个月都不一样，上季度平均每月到手3800，党费每月交多少');
    expect(text).toContain('上一季度的月平均纯收入');
    expect(text).toContain('3800 × 1% = 38 元/月');
  });
  it('divides a quarter’s total by three', async () => {
    const text = await answer('我在厂里干计件，工资不固定，上季度一共拿了16500，党费每月交多少');
    expect(text).toContain('16500 ÷ 3 = 5500');
    expect(text).toContain('5500 × 1.5% = 82.5 元/月');
  });
});

// Both were answered on the base once the writer's abbreviations are read (another helper's work): guards here.
describe('党费 not spent on 福利, and who manages it; a 学生党员’s 党费 (guards)', () => {
  it('says 党费 may not go to 福利, and that the 组织部门 manages it', async () => {
    const text = await answer('支部的党费能拿来给党员买米买油发福利吗 党费归谁管');
    expect(text).toMatch(/不得用于|不能/);
    expect(text).toContain('组织部门');
  });
  it('gives a student member’s monthly 党费 as 0.2元', async () => {
    expect(await answer('在读研究生党员每月交多少党费')).toContain('0.2元');
    expect(await answer('学生党员一个月党费交好些啊')).toContain('0.2元');
  });
});

describe('two people’s incomes in one message', () => {
  it('answers each on the band of their own kind, a figure with 多 above it', async () => {
    const text = await answer('我妈退休金一个月3600 党费交多少 我舅退休金5000多又交多少');
    expect(text).toContain('你妈：每月离退休费 3600 元 × 0.5% = 18 元/月');
    expect(text).toContain('你舅：每月离退休费 5000 多元，按 1% 交，每月 50 元以上');
    expect(text).not.toContain('分不清');
  });
});
