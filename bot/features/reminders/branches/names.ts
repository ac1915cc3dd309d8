import { normalizeInput } from '../../../../knowledge';

/**
 * A branch's name is its identity within the organisation, so two spellings of one name must be one name:
 * 第二党支部, 第二黨支部 (繁体), 第 二 党支部 and full-width forms all compare equal. The key is what is stored
 * (unique) and what every lookup by name compares.
 */
export function branchNameKey(name: string): string {
  return normalizeInput(name.normalize('NFKC')).replace(/\s+/g, '').toLowerCase();
}

/** Levenshtein distance, cut off early: names are short. */
function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** Names close to a name that matched none (one containing the other, or a character or two apart), closest first. */
export function closeNames(name: string, names: string[], limit = 5): string[] {
  const key = branchNameKey(name);
  if (!key) return [];
  return names
    .map((candidate) => {
      const other = branchNameKey(candidate);
      const contains = other.includes(key) || key.includes(other);
      return { candidate, score: contains ? 0 : distance(key, other) };
    })
    .filter((c) => c.score <= Math.min(2, Math.floor(key.length / 2)))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate, 'zh'))
    .slice(0, limit)
    .map((c) => c.candidate);
}
