// The category of a matter read from its structure (category.ts keeps the keyword lists): the thing it is about and
// what happened to it, by word classes of a broader lexicon (category-lexicon.ts), so that a matter whose words no list
// holds (a 浮球阀 stuck, a child with 麻疹) still finds its kind by what kind of thing and what kind of happening it is.

import { wordTags } from '../../../knowledge';
import { type Domain, HAPPENINGS, HEADS, NEUTRAL, OBJECTS, PARTIES } from './category-lexicon';

const DOMAINS = Object.keys(OBJECTS) as Domain[];

/** Each listed word with its domain, longest first, so that 雨水管 is taken before 水管 and 水管 before 管. */
function wordsOf(table: Record<Domain, string>): [string, Domain][] {
  return DOMAINS.flatMap((d) =>
    table[d]
      .split(/\s+/)
      .filter(Boolean)
      .map((w): [string, Domain] => [w, d]),
  ).sort((a, b) => b[0].length - a[0].length);
}
const NEUTRAL_WORDS = NEUTRAL.split(/\s+/).map((w): [string, undefined] => [w, undefined]);
const byLength = (a: [string, unknown], b: [string, unknown]) => b[0].length - a[0].length;
const OBJECT_WORDS = [...wordsOf(OBJECTS), ...NEUTRAL_WORDS].sort(byLength);
const HAPPENING_WORDS = [...wordsOf(HAPPENINGS), ...NEUTRAL_WORDS].sort(byLength);
const PARTY_WORDS = PARTIES.split(/\s+/).filter(Boolean);

/** Parts of speech of a noun, or of a word jieba does not know (x): what a head character can be read from. */
const NOUNISH = /^(?:n|nz|ng|vn|x|l|j|nr|b)$/;

/**
 * Finds listed words left to right, each place taken by the longest word starting there (晕倒了 is 晕倒, not 倒了).
 * Words of no domain (毛病 of a car, not an illness) take their place and count for nothing.
 */
function found(text: string, words: [string, Domain | undefined][]): { word: string; domain: Domain; at: number }[] {
  const out: { word: string; domain: Domain; at: number }[] = [];
  for (let at = 0; at < text.length; ) {
    const hit = words.find(([word]) => text.startsWith(word, at));
    if (!hit) {
      at++;
      continue;
    }
    if (hit[1]) out.push({ word: hit[0], domain: hit[1], at });
    at += hit[0].length;
  }
  return out;
}

export interface Reading {
  /** Evidence for each domain: the things named, their heads, and what happened (weighted above the things). */
  scores: Record<Domain, number>;
}

/** Weights: a happening is the matter's head, above the thing it happened to; a head read from an unknown word below a listed word. */
const OBJECT = 1;
const HEAD = 0.75;
const HAPPENING = 1.5;

/**
 * Reads a matter: the things it names by domain (a listed word, or the last character of a noun the lexicon lacks),
 * and what happened, which counts more than the thing (公厕 臭气熏天 is filth, not a facility). A happening of a dispute
 * (吵, 不认) counts for 矛盾纠纷 only with a second party named or implied by the verb's kind (两家, 邻居, 对方).
 */
export function readMatter(said: string): Reading {
  const text = said.replace(/\s+/g, '');
  const scores = Object.fromEntries(DOMAINS.map((d) => [d, 0])) as Record<Domain, number>;
  const objects = found(text, OBJECT_WORDS);
  const covered = new Array<boolean>(text.length).fill(false);
  for (const o of objects) {
    scores[o.domain] += OBJECT;
    for (let i = o.at; i < o.at + o.word.length; i++) covered[i] = true;
  }
  // Nouns the lexicon lacks, read by their head (the last character).
  let at = 0;
  for (const { word, tag } of wordTags(text)) {
    const start = text.indexOf(word, at);
    if (start >= 0) at = start + word.length;
    if (start < 0 || [...word].length < 2 || !NOUNISH.test(tag)) continue;
    if (covered.slice(start, start + word.length).some(Boolean)) continue;
    const head = word[word.length - 1]!;
    const domain = DOMAINS.find((d) => HEADS[d].includes(head));
    if (domain) scores[domain] += HEAD;
  }
  const parties = PARTY_WORDS.some((p) => text.includes(p));
  const happenings = found(text, HAPPENING_WORDS);
  for (const h of happenings) scores[h.domain] += h.domain === '矛盾纠纷' && !parties ? HAPPENING / 2 : HAPPENING;
  // A thing people fall out over (房产, 老宅, 押金) is no dispute until someone is at odds over it: 老宅子的房产证咋补办
  // asks for a paper.
  if (!parties && !happenings.some((h) => h.domain === '矛盾纠纷'))
    scores.矛盾纠纷 -= objects.filter((o) => o.domain === '矛盾纠纷').length * OBJECT;
  return { scores };
}
