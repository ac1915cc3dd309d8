import { describe, expect, it } from 'vitest';
import { askingMember } from '../helpers/asking-member';

/**
 * Fifteenth round (issue 22, facts54): classes of misses from the writers rotated into tuning (xueqin, zhiyong,
 * qiongfang, yuhua), through the whole bot, with sentences written for this test, not taken from any writer's set.
 */
const { answer } = askingMember('member-rotation15-facts54');

describe('numbers the asker tells, worked against the rule', () => {
  it('says an election short of four fifths present did not exceed them', async () => {
    const text = await answer('支部换届选举 有选举权的应到35人 实到27人 选举能开始吗');
    expect(text).toContain('五分之四');
    expect(text).toContain('没有超过五分之四');
  });
  it('reads a bare closing whether (行不行) with the proposal before it: 5 正式党员 set no 支委会', async () => {
    const text = await answer('我们站点正式党员5个 预备党员3个 一共8个 明年换届打算选个支委会 行不行');
    expect(text).toContain('5名正式党员');
    expect(text).toContain('不设支部委员会');
  });
});

describe('colloquial asking words the handbook answers', () => {
  it('reads 得来 as must come, not as a post the handbook never names', async () => {
    const text = await answer('支部委员会得来多少委员才能开会');
    expect(text).toContain('半数');
  });
  it('reads 走好多步 as how many steps', async () => {
    const text = await answer('发展一个党员从头到尾得走好多步');
    expect(text).toContain('25');
    expect(text).toContain('五个阶段');
  });
  it('reads 发点奖金 as paying a bonus out of the 党费', async () => {
    const text = await answer('年底了 支部想拿党费给委员们发点奖金 可以不');
    expect(text).toContain('不得用于发放工资、奖金');
  });
  it('reads 归哪个管 as who manages it', async () => {
    const text = await answer('党费交上去以后归哪个管');
    expect(text).toContain('组织部门');
  });
  it('reads a whether closed by a particle (要得不哦) as a whether: a delay needs the higher level', async () => {
    const text = await answer('支部任期满了 支书想往后拖半年再换届 要得不哦');
    expect(text).toContain('上级党组织批准');
    expect(text).toContain('3年');
  });
  it('reads 几个支委同意就可以了吗 as whether a few will do, not how many', async () => {
    const text = await answer('老党员生大病家里困难 想申请免交党费 几个支委同意就可以了吗');
    expect(text).toContain('上一级党委批准');
  });
});
