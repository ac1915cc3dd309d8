import { expandQuery } from '../../../knowledge';
import { normalizeForIndex, queryTerms } from '../../../knowledge';
import type { SearchHit } from '../../../knowledge';

export const EXTRACT_MAX_CHARS = 200;

/** How a passage is cited: 《党务工作手册》 › 章 › 节 for the handbook, the document's own locator otherwise. */
export function citationLabel(hit: Pick<SearchHit, 'source' | 'title'>): string {
  if (hit.source.startsWith('handbook:')) {
    const [book, ...rest] = hit.title.split(' › ');
    return [`《${book}》`, ...rest].join(' › ');
  }
  return hit.source;
}

/** The passage's sentences that share most terms with the question, in their own order, trimmed to ~200 chars. */
export function extractAnswer(question: string, passage: string, maxChars = EXTRACT_MAX_CHARS): string {
  const normalized = normalizeForIndex(question);
  const own = queryTerms(normalized);
  const weights = new Map<string, number>();
  for (const t of expandQuery(normalized).flatMap((p) => queryTerms(p))) weights.set(t, t.length);
  for (const t of own) weights.set(t, t.length * 3);
  // Sentences remember their line and whether it is a list item (see below).
  const sentences = passage.split(/\n+/).flatMap((line, lineNo) => {
    const item = /^\s*(?:[-*]|\d+[.、]|（\d+）)\s*/.test(line);
    return line
      .replace(/^\s*[-*]\s+/, '')
      .split(/(?<=[。！？；])/)
      .map((s) => ({ s: s.trim(), item, lineNo }))
      .filter((x) => x.s.length > 1);
  });
  if (sentences.length === 0) return passage.slice(0, maxChars);
  const scored = sentences.map(({ s, item, lineNo }, i) => {
    const n = normalizeForIndex(s);
    return { s, i, item, lineNo, score: [...weights].reduce((acc, [t, w]) => acc + (n.includes(t) ? w : 0), 0) };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.i - b.i);
  const chosen = new Map<number, (typeof scored)[number]>();
  let length = 0;
  for (const candidate of ranked) {
    // Only sentences nearly as relevant as the best one: an answer, not a summary of the section.
    if (chosen.size > 0 && candidate.score < ranked[0]!.score * 0.5) break;
    if (chosen.size > 0 && length + candidate.s.length > maxChars) continue;
    chosen.set(candidate.i, candidate);
    length += candidate.s.length;
    if (length >= maxChars * 0.8) break;
  }
  // The best sentence introducing a list ("……分四档：") brings its items: they rarely repeat the question's
  // words, yet they are the answer. Any other list introduction is left out, not shown without its list.
  const best = ranked[0]!;
  const expanded = /[：:]$/.test(best.s) && scored[best.i + 1]?.item === true;
  const limit = expanded ? maxChars * 2 : maxChars;
  for (const c of [...chosen.values()]) {
    if (c !== best && /[：:]$/.test(c.s)) {
      chosen.delete(c.i);
      length -= c.s.length;
    }
  }
  const listed = new Set<number>();
  if (expanded) {
    for (let k = best.i + 1; k < scored.length && scored[k]!.item && length < limit; k++) {
      if (!chosen.has(k)) length += scored[k]!.s.length;
      chosen.set(k, scored[k]!);
      listed.add(scored[k]!.lineNo);
    }
  }
  // A clause cut at "；" is finished to the end of its sentence ("（1）警告；（2）严重警告；……").
  for (const part of [...chosen.values()]) {
    for (let k = part.i; k + 1 < scored.length && /[；;]$/.test(scored[k]!.s) && scored[k + 1]!.lineNo === part.lineNo && length + scored[k + 1]!.s.length <= limit; k++) {
      if (!chosen.has(k + 1)) length += scored[k + 1]!.s.length;
      chosen.set(k + 1, scored[k + 1]!);
    }
  }
  const ordered = [...chosen.values()].sort((a, b) => a.i - b.i);
  const text = ordered
    .map((c, k) => {
      const before = ordered[k - 1];
      if (listed.has(c.lineNo) && before?.lineNo !== c.lineNo) return `\n· ${c.s}`;
      return before && listed.has(before.lineNo) && !listed.has(c.lineNo) ? `\n${c.s}` : c.s;
    })
    .join('');
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
