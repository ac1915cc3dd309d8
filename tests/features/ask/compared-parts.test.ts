import { describe, expect, it } from 'vitest';
import { everydayAsk } from '../../helpers/everyday-ask';
import { factIndex } from '../../helpers/facts';

/**
 * facts34: two things compared, and a report's list, through the everyday eval's own path (createAnswerers over a
 * runtime, answerQuestion on the normalised question). Each thing compared is answered by its own fact, opened with
 * the option of the choice it takes; each item of a list by its own fact, or said to be open. Sentences written for
 * this test.
 */
const said = (id: string) => factIndex.facts.find((f) => f.id === id)!.a.split(/[。；]/)[0]!;

describe('things compared and items listed, through the real answer path', () => {
  const ask = everydayAsk();

  it('answers both things compared, each with the option it takes', async () => {
    const reply = await ask('党员主动退党的，和自行脱党除名的，报上级是批准还是备案，二者有啥区别');
    expect(reply.kind).toBe('handbook');
    for (const id of ['member.withdrawal', 'member.lapse']) expect(reply.answer).toContain(said(id));
    expect(reply.answer).toMatch(/是备案。/);
    expect(reply.answer).toMatch(/是批准。/);
  });

  it('answers each item of a report list', async () => {
    const reply = await ask('关于持证上岗证书等级与待遇挂钩一事，现请示：一是证书共分几个等级；二是待遇如何体现');
    expect(reply.kind).toBe('handbook');
    for (const id of ['cert.levels', 'cert.pay']) expect(reply.answer).toContain(said(id));
  });
});
