import { describe, expect, it } from 'vitest';
import { matchParts, normalizeInput } from '../../knowledge';
import { factIndex } from '../helpers/facts';

/**
 * Messages that ask two things where only one used to be answered (issue 22, facts34): a report's list (一是…；二是…),
 * two things compared (A跟B相比…, A和B…两者一样吗), a choice between two ways of reporting, the order of steps asked
 * beside how often. Each part is answered by a fact of its own, or said to be open; never half answered as if whole.
 * The sentences are written for these tests.
 */
const answer = (q: string) => {
  const open: string[] = [];
  const ids = matchParts(factIndex, normalizeInput(q), { weak: true }, open).map((m) => m.fact.id);
  return { ids, open };
};
const idOf = (q: string) => matchParts(factIndex, normalizeInput(q))[0]?.fact.id;

describe('a list written as a report writes it (一是…；二是…)', () => {
  // A guard: items that each ask outright were answered before, and still are once the list is cut as a list.
  it('is cut into its items, each answered by its own fact', () => {
    const often = idOf('支委会多久开一次');
    const chair = idOf('支部党员大会由谁主持');
    expect(often).toBeDefined();
    expect(chair).toBeDefined();
    expect(answer('想请示两件事：一是支委会多久开一次；二是支部党员大会由谁主持').ids).toEqual([often, chair]);
    expect(answer('有两点不清楚，其一，支委会多久开一次，其二，支部党员大会由谁主持').ids).toEqual([often, chair]);
  });

  it('does not let an item that opens on a told case finish the item before it', () => {
    // The second item's case (延长) read as the end of the first found how long a 预备期 may be extended, and the
    // first item went unanswered. The second item, the extension told apart from the 预备期 and the body asked as a
    // place (由哪里), is answered by who decides an extension (facts45); before, it was said to be open.
    const { ids, open } = answer('请教两个问题：一是预备期多长；二是预备期满后还不够条件需延长的，由哪里讨论、报谁批准');
    expect(ids).toEqual([idOf('预备期是多长时间'), 'member.probation.outcomes']);
    expect(open).toEqual([]);
    // A guard: items that ask outright were cut before as well.
    expect(answer('请示两点：一是预备期一般多长；二是预备期满了表现还不够的，要延长，最长能延多久').ids).toEqual([
      idOf('预备期是多长时间'),
      idOf('预备期最多能延长多久'),
    ]);
  });

  it('reads the first item on its own words, not on the words announcing both', () => {
    const { ids } = answer('关于证书级别跟工资待遇挂钩一事，请明确：一是证书一共有几个等级；二是待遇怎么挂钩');
    expect(ids).toEqual([idOf('持证上岗证书分几个等级'), idOf('持证上岗和待遇挂钩吗')]);
  });

  // A guard.
  it('leaves a lone 一是 or a saying as it is', () => {
    expect(answer('一是一二是二，支委会多久开一次').ids).toEqual([idOf('支委会多久开一次')]);
  });
});

describe('two things compared', () => {
  const quit = 'member.withdrawal';
  const lapse = 'member.lapse';

  it('asks the question of each thing, and the sameness is answered by the two facts side by side', () => {
    const { ids, open } = answer('党员主动要求退党和自行脱党被除名的，报上级是备案还是批准，两者一样吗');
    expect(ids).toEqual([quit, lapse]);
    expect(open).toEqual([]);
  });

  it('reads the second thing of 跟…相比 on its own subject, not on the first one carried in', () => {
    const { ids, open } = answer('党员要退党是什么程序？跟自行脱党除名相比，报上级是批准还是备案，区别在哪');
    expect(ids).toEqual([quit, lapse]);
    expect(open).toEqual([]);
  });

  it('opens each fact with the option of the choice it takes', () => {
    const said = matchParts(factIndex, normalizeInput('主动退党的和自行脱党除名的，报上级是备案还是批准，两者一样吗')).map((m) => m.answer);
    expect(said[0]).toMatch(/^主动退党的是备案。/);
    expect(said[1]).toMatch(/^自行脱党除名的是批准。/);
  });

  // A guard.
  it('keeps a clause with 和 that asks no sameness as it was', () => {
    expect(answer('发展对象和入党积极分子的培养联系人要几个').ids).toEqual([idOf('积极分子配几个培养联系人')]);
  });
});

describe('a choice between two ways of reporting', () => {
  it('is settled by the fact that says one of them', () => {
    expect(idOf('对自行脱党的党员除名，上报是批准还是备案')).toBe('member.lapse');
    // A guard: the option the fact says is still found.
    expect(idOf('党员要退党，上报是备案还是批准')).toBe('member.withdrawal');
  });
});

describe('the order of steps asked beside how often', () => {
  it('is its own part: answered by the steps, never passed over as what how often says', () => {
    const { ids, open } = answer('民主评议党员一年几回，先做什么再做什么');
    expect(ids).toEqual(['life.appraisal', 'life.appraisal.steps']);
    expect(open).toEqual([]);
  });
});

describe('the age of an applicant beside when the talk is held', () => {
  it('answers both parts', () => {
    const { ids, open } = answer('入党申请人年龄有没有限制，递交申请书以后多久会找他谈话');
    expect(ids).toEqual(['member.age', 'develop.application.talk']);
    expect(open).toEqual([]);
  });
});
