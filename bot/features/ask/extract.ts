import { expandQuery } from '../../../knowledge/index/synonyms';
import { normalizeForIndex, queryTerms } from '../../../knowledge/index/tokenize';
import type { SearchHit } from '../../../knowledge/index/store';

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
  const sentences = passage
    .replace(/^[-*]\s+/gm, '')
    .split(/(?<=[。！？；])|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
  if (sentences.length === 0) return passage.slice(0, maxChars);
  const scored = sentences.map((s, i) => {
    const n = normalizeForIndex(s);
    return { s, i, score: [...weights].reduce((acc, [t, w]) => acc + (n.includes(t) ? w : 0), 0) };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.i - b.i);
  const chosen: typeof scored = [];
  let length = 0;
  for (const candidate of ranked) {
    // Only sentences nearly as relevant as the best one: an answer, not a summary of the section.
    if (chosen.length > 0 && candidate.score < ranked[0]!.score * 0.5) break;
    if (chosen.length > 0 && length + candidate.s.length > maxChars) continue;
    chosen.push(candidate);
    length += candidate.s.length;
    if (length >= maxChars * 0.8) break;
  }
  const text = chosen
    .sort((a, b) => a.i - b.i)
    .map((c) => c.s)
    .join('');
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}
