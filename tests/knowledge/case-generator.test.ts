import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../knowledge';
import { CASE_PARTS, generateCases } from '../helpers/case-generator';

/**
 * The 案例题 generator's structure only (tests/helpers/case-generator.ts): the same questions for a seed, the two
 * halves of parts apart, every question ending in its fact's own question. No pass rate is asserted here: the
 * figures are the everyday eval's.
 */
describe('the case-question generator', () => {
  const facts = loadFacts();

  it('draws the same questions for a seed, and others for another seed', () => {
    const a = generateCases(facts, 200, 1, 'tune').map((q) => q.text);
    expect(generateCases(facts, 200, 1, 'tune').map((q) => q.text)).toEqual(a);
    expect(a).toHaveLength(200);
    expect(generateCases(facts, 200, 2, 'tune').map((q) => q.text)).not.toEqual(a);
  });

  it('keeps the tune and apart halves disjoint, parts and draws', () => {
    for (const key of ['who', 'detail', 'link', 'marks'] as const) {
      const tune = new Set<string>(CASE_PARTS.tune[key]);
      expect(
        CASE_PARTS.apart[key].filter((p) => tune.has(p)),
        key,
      ).toEqual([]);
    }
    const tune = generateCases(facts, 300, 1, 'tune');
    const apart = generateCases(facts, 300, 1, 'apart');
    const tuneParts = new Set(tune.flatMap((q) => [q.who, q.link]));
    expect(apart.some((q) => tuneParts.has(q.who) || tuneParts.has(q.link))).toBe(false);
    // Each half draws its own facts, not the other's re-told.
    expect(apart.filter((q, i) => q.fact === tune[i]!.fact).length).toBeLessThan(30);
  });

  it('tells the situation first and asks the fact’s own question, unchanged but for its marks', () => {
    const byId = new Map(facts.map((f) => [f.id, f]));
    for (const vocab of ['tune', 'apart'] as const)
      for (const q of generateCases(facts, 300, 3, vocab)) {
        const fact = byId.get(q.fact)!;
        expect(q.source).toBe(fact.q);
        const bare = (s: string) => s.replace(/[\s，。？！、：；,.?!:;]/g, '');
        expect(bare(q.text)).toContain(bare(fact.q));
        expect(bare(q.text).startsWith(bare(q.who))).toBe(true);
        expect(bare(q.text).indexOf(bare(q.who))).toBeLessThan(bare(q.text).indexOf(bare(fact.q)));
        for (const link of CASE_PARTS[vocab].link) expect(link).toContain('{q}');
      }
  });
});
