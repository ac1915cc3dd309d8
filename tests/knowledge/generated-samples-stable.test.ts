import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../knowledge';
import { generateFactQuestions, generateUnanswerable } from '../helpers/fact-question-generator';
import { generateRunOn, generateTwoInOne } from '../helpers/two-in-one-generator';
import { generateYesNo } from '../helpers/yes-no-generator';

/**
 * The generated eval lines compare rounds only if a round's new fact leaves the other questions as they were: the
 * samplers draw each slot on its own and choose facts by their ids, so one added fact redraws only the few slots it
 * wins (with plain `pick`, every draw after the first changed one shifted).
 */
describe('generated samples when a fact is added', () => {
  const facts = loadFacts();
  const source = facts.find((f) => f.a.startsWith('不能') && (f.p?.length ?? 0) > 0) ?? facts[0]!;
  const added = [...facts, { ...source, id: 'zz.added-for-this-test', section: 'zz.elsewhere' }];
  const changed = (a: { text: string }[], b: { text: string }[]) => a.filter((x, i) => b[i]?.text !== x.text).length;

  it('keeps nearly every rewrite, near miss, two-in-one and yes/no question', () => {
    const pairs: [string, { text: string }[], { text: string }[]][] = [
      ['rewrites', generateFactQuestions(facts, 600, 3, 'tune'), generateFactQuestions(added, 600, 3, 'tune')],
      ['near misses', generateUnanswerable(facts, 300, 3, 'tune'), generateUnanswerable(added, 300, 3, 'tune')],
      ['two-in-one', generateTwoInOne(facts, 300, 3, 'tune'), generateTwoInOne(added, 300, 3, 'tune')],
      ['run-on', generateRunOn(facts, 300, 3, 'apart'), generateRunOn(added, 300, 3, 'apart')],
      ['yes/no', generateYesNo(facts, 300, 3, 'tune'), generateYesNo(added, 300, 3, 'tune')],
    ];
    for (const [kind, before, after] of pairs) {
      expect(after.length, kind).toBe(before.length);
      // One fact among several hundred wins a slot's draw rarely (twice per slot for the two-fact kinds).
      expect(changed(before, after) / before.length, kind).toBeLessThanOrEqual(0.05);
    }
  });

  it('still draws from the whole list, the added fact included', () => {
    const many = generateFactQuestions(added, 3000, 5, 'tune');
    expect(new Set(many.flatMap((q) => q.facts)).size).toBeGreaterThan(facts.length / 2);
  });
});
