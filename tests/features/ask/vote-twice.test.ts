import { describe, expect, it } from 'vitest';
import { everydayAsk } from '../../helpers/everyday-ask';

/**
 * facts41: a question two vote facts answer, asked whether 预备党员 count: the reply says once that they do not, not
 * once for each fact. Sentences written for this test.
 */
describe('a told-once clarification across two facts', () => {
  const ask = everydayAsk();

  it('says once that 预备党员 are not counted when two vote rules answer', async () => {
    const reply = await ask('支部有30名党员，支部大会表决要多少人同意，讨论转正要多少票，预备党员算不算在里面');
    expect(reply.answer.split('预备党员不算在内').length - 1).toBe(1);
    expect(reply.answer).toMatch(/^1\. 预备党员不算在内/);
    expect(reply.answer).toContain('讨论预备党员转正');
  });

  it('guard: one vote rule keeps its own opening', async () => {
    const reply = await ask('支部正式党员25名，预备党员3名，表决要多少人赞成才通过，预备党员算不算');
    expect(reply.answer).toMatch(/^1\. 预备党员不算在内/);
  });
});
