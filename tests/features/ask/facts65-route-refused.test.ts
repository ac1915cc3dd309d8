import { describe, expect, it } from 'vitest';
import { everydayAsk } from '../../helpers/everyday-ask';

/**
 * facts65: how to apply for the 光荣在党50年 medal, or where it is reported, is a route the handbook never states. The
 * reply says it does not know, rather than answer who is given the medal as though that were the route. Sentences
 * written for this test.
 */
describe('an ask of the route to a thing the handbook only says is given', () => {
  const ask = everydayAsk();

  it('refuses how to apply for the medal', async () => {
    const reply = await ask('老父亲党龄满五十年了，光荣在党50年纪念章该怎么申请');
    expect(reply.kind).toBe('unknown');
  });

  it('answers who gives the medal where that is asked too, and says the route is not covered', async () => {
    const reply = await ask('光荣在党50年纪念章 怎么申请 由谁颁发');
    expect(reply.kind).toBe('handbook');
    expect(reply.answer).toContain('党中央');
    expect(reply.answer).toContain('没有直接说到');
  });

  it('guard: who is given the medal is answered', async () => {
    const reply = await ask('光荣在党50年纪念章发给哪些人');
    expect(reply.kind).toBe('handbook');
    expect(reply.answer).toContain('党龄达到50周年');
  });
});

/** A reason told with the second ask (人手少) is not what it asks: the fact that settles the ask is not called silent on it. */
describe('a second ask with a reason told before it', () => {
  const ask = everydayAsk();

  it('answers whether a branch may refuse a member transferred in, without calling that ask not covered', async () => {
    const reply = await ask('外单位调来个党员，组织关系转进来，我们支部人手不够能不能不接收');
    expect(reply.answer.split('\n')[0]).toContain('不得无故拒收');
    expect(reply.answer).not.toContain('没有直接说到');
  });
});
