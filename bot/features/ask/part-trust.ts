import { askedClause, type FactMatch, fixDomainTypos, type SearchHit } from '../../../knowledge';

/**
 * The parts of a message that asks two things, each trusted on its own words (issue 22: never half-read a message).
 * A fact found for one part, far from its wordings, is trusted where retrieval finds its section; retrieval on the
 * whole message ranks the other part's sections first ("支部书记要几年党龄？书记选出来以后是否需要报批？" finds the
 * 党龄 paragraphs), so that part's fact was dropped and the reply showed the other half as the whole answer. Such a
 * part is checked on its own clause: kept when retrieval on it finds its section, else named as not answered.
 */
export async function trustParts(
  found: readonly FactMatch[],
  trusted: readonly FactMatch[],
  search: (text: string) => Promise<SearchHit[]>,
  unanswered: string[],
): Promise<FactMatch[]> {
  if (trusted.length === 0 || trusted.length === found.length) return [...trusted];
  const kept = new Set(trusted);
  for (const m of found) {
    if (kept.has(m)) continue;
    const clause = askedClause(m);
    // A fact the whole message found, for no part of its own, is no part's answer: dropped as before.
    if (!clause) continue;
    const hits = await search(fixDomainTypos(clause));
    const agrees = m.weak ? hits[0]?.source === m.section?.source : hits.some((h) => h.source === m.section?.source);
    if (m.section && agrees) kept.add(m);
    else unanswered.push(clause);
  }
  return found.filter((m) => kept.has(m));
}
