import { createRequire } from 'node:module';
import { DOMAIN_WORDS } from './domain-words';
import { segmenter } from './segmenter';

/**
 * Homophone typos of the domain's words, read as the words meant. Voice input and 九宫格 pinyin input give a word
 * that sounds right and is written wrong (党废, 民主评义, 书计, 转证, 换界), and speakers of many dialects do not
 * tell zh from z, n from l or an from ang, so their pinyin gives 支布 or 党令 too. A span is read as a domain word
 * when:
 *   - it has the word's length and shares all but one of its characters (two for words of four or more) in place,
 *   - each differing character has a reading whose pinyin, without tones and with the common confusions (zh/z,
 *     ch/c, sh/s, n/l, an/ang, en/eng, in/ing), is the word's character's,
 *   - and no real word is there: jieba's dictionary puts each differing character in a word of its own (支付, 专政,
 *     支不支持 and 知不知道 stay), and the span is not itself one of the domain's words.
 * A look-alike typo (己/已, 末/未) is not a homophone and stays in the typo tables (knowledge/facts/clean.ts).
 */

const require = createRequire(import.meta.url);

type Pinyin = typeof import('pinyin-pro').pinyin;
let pinyinOf: Pinyin | undefined;

/** pinyin-pro and jieba are loaded only when a span could be a typo: most texts have none. */
function pinyinFn(): Pinyin {
  pinyinOf ??= (require('pinyin-pro') as typeof import('pinyin-pro')).pinyin;
  return pinyinOf;
}

/** A syllable with the confusions of many regions folded: zh/z, ch/c, sh/s, n/l, an/ang, en/eng, in/ing. */
export function foldSyllable(syllable: string): string {
  return syllable
    .replace(/ü/g, 'v')
    .replace(/^([zcs])h/, '$1')
    .replace(/^n(?=[aeiouv])/, 'l')
    .replace(/ng$/, 'n');
}

const readingCache = new Map<string, Set<string>>();
/** Every reading of one character, folded. */
function readings(char: string): Set<string> {
  let set = readingCache.get(char);
  if (!set) {
    const all = pinyinFn()(char, { toneType: 'none', multiple: true, type: 'array', v: false }) as string[];
    set = new Set(all.map(foldSyllable));
    readingCache.set(char, set);
  }
  return set;
}

/** Each domain word with its folded pinyin, by word. */
let words: Map<string, string[]> | undefined;

/** The words holding each character, by character, and the words themselves: what a reader looks spans up in. */
interface Vocabulary {
  byChar: Map<string, Array<{ word: string; at: number }>>;
  set: Set<string>;
}

function vocabulary(list: readonly string[]): Vocabulary {
  const byChar = new Map<string, Array<{ word: string; at: number }>>();
  const set = new Set(list);
  for (const word of set) {
    [...word].forEach((c, at) => {
      const entries = byChar.get(c) ?? [];
      entries.push({ word, at });
      byChar.set(c, entries);
    });
  }
  return { byChar, set };
}

function wordPinyin(word: string): string[] {
  if (!words) words = new Map();
  let p = words.get(word);
  if (!p) {
    // The word read as a whole, so a character of several readings takes the one the word gives it (党支部的 部).
    p = (pinyinFn()(word, { toneType: 'none', type: 'array' }) as string[]).map(foldSyllable);
    words.set(word, p);
  }
  return p;
}

/** Characters too common in their own right to be read as a slip in a two-character word (支不, 党的). */
const FUNCTION_CHARS = new Set([...'不的了是在有和就都也还吗呢吧啊个这那我你他她们一被把给对到说要会能']);

const HAN = /^[\u4e00-\u9fff]+$/;

interface Candidate {
  start: number;
  word: string;
  differing: number[];
}

/** Spans that share all but one or two characters of a domain word in place and sound like it. */
function candidates(text: string, { byChar, set: WORD_SET }: Vocabulary): Candidate[] {
  const found: Candidate[] = [];
  const seen = new Set<string>();
  for (let p = 0; p < text.length; p++) {
    for (const { word, at } of byChar.get(text[p]!) ?? []) {
      const start = p - at;
      const key = `${start}:${word}`;
      if (start < 0 || seen.has(key)) continue;
      seen.add(key);
      const span = text.slice(start, start + word.length);
      if (span.length !== word.length || span === word || WORD_SET.has(span) || !HAN.test(span)) continue;
      const differing: number[] = [];
      for (let i = 0; i < word.length; i++) if (span[i] !== word[i]) differing.push(i);
      if (differing.length > (word.length >= 4 ? 2 : 1)) continue;
      if (word.length === 2 && differing.some((i) => FUNCTION_CHARS.has(span[i]!))) continue;
      // A slip at the edge whose rest is a domain word is more likely that word and its neighbour (当支部书记 is
      // 当 + 支部书记, not 党支部书记).
      const rest = differing.every((i) => i === 0)
        ? word.slice(differing.length)
        : differing.every((i) => i === word.length - 1)
          ? word.slice(0, -1)
          : '';
      if (rest && WORD_SET.has(rest)) continue;
      // Nor is a slip at the first character whose rest begins a longer domain word spelt in full after it: 当组织委员 is
      // 当 + 组织委员 (the verb and the role), not 党组织 + 委员.
      if (differing.every((i) => i === 0) && spellsLongerWord(text, start + differing.length, word.length - differing.length, byChar))
        continue;
      found.push({ start, word, differing });
    }
  }
  return found;
}

/** Whether a domain word longer than `than` characters is spelt in full in the text from `at`. */
function spellsLongerWord(text: string, at: number, than: number, byChar: Vocabulary['byChar']): boolean {
  return (byChar.get(text[at] ?? '') ?? []).some((e) => e.at === 0 && e.word.length > than && text.startsWith(e.word, at));
}

/** Whether each differing character of the span sounds like the word's. */
function soundsLike(text: string, c: Candidate): boolean {
  const target = wordPinyin(c.word);
  return c.differing.every((i) => readings(text[c.start + i]!).has(target[i]!));
}

/** Whether the real word from s to e holds, besides the slip at i, a character of the domain word in its place. */
function sharesInPlace(text: string, c: Candidate, s: number, e: number, i: number): boolean {
  for (let k = s; k < e; k++) if (k !== i && text[k] === c.word[k - c.start]) return true;
  return false;
}

/** Start offsets of jieba's words of two characters or more, with their ends. */
function dictionaryWords(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const token of segmenter().cut(text, false)) {
    if (token.length >= 2 && HAN.test(token)) out.push([at, at + token.length]);
    at += token.length;
  }
  return out;
}

/**
 * A reader of homophone typos of the given words (see above): the domain's words, and `more` of the domain's own
 * taken without review (the fact layer adds its facts' subject words), held to a stricter test.
 */
export function homophoneReader(list: readonly string[], more: readonly string[] = []): (text: string) => string {
  const vocab = vocabulary([...list, ...more]);
  // Words added without review (`more`) are read only where the span cuts no real word at its edge.
  const reviewed = new Set(list);
  const cache = new Map<string, string>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    let out = text;
    const found = candidates(text, vocab);
    if (found.length) {
      const sounding = found.filter((c) => soundsLike(text, c));
      if (sounding.length) {
        const real = dictionaryWords(text);
        const inRealWord = (i: number) => real.some(([s, e]) => i >= s && i < e);
        // A span that cuts a real word at its edge is no slip of one word: 去年新来 holds 去年, not 年薪.
        const coveredByRealWords = (c: Candidate) => [...c.word].every((_, k) => inRealWord(c.start + k));
        const crossesRealWord = (c: Candidate) =>
          real.some(([s, e]) => s < c.start + c.word.length && e > c.start && (s < c.start || e > c.start + c.word.length));
        // Longest word first, then leftmost; a span overlapping one already read is left.
        // A slip that makes a real word with the domain word's own neighbouring character (党校组会: 校 for 小 makes
        // 党校 with the 党 of 党小组会) is still a slip where that word lies inside the span, shorter than it, the span
        // cuts no real word at its edge (党校组织 holds 组织 across the edge and stays), and the rest of the span is no
        // word of its own either: 组织关西 and 党校组长 read as real words throughout, and are left. Only for the
        // reviewed words of four characters or more: a shorter span holds too little to tell a slip from a word
        // (要入档 is 要 + 入档, not 要入党).
        const madeBySlip = (c: Candidate, i: number) =>
          reviewed.has(c.word) &&
          c.word.length >= 4 &&
          !crossesRealWord(c) &&
          !coveredByRealWords(c) &&
          real
            .filter(([s, e]) => i >= s && i < e)
            .every(([s, e]) => s >= c.start && e <= c.start + c.word.length && e - s < c.word.length && sharesInPlace(text, c, s, e, i));
        const chosen = sounding
          .filter(
            (c) =>
              c.differing.every((i) => !inRealWord(c.start + i) || madeBySlip(c, c.start + i)) &&
              (reviewed.has(c.word) || !crossesRealWord(c)),
          )
          .sort((a, b) => b.word.length - a.word.length || a.start - b.start);
        const taken: Candidate[] = [];
        for (const c of chosen)
          if (!taken.some((t) => c.start < t.start + t.word.length && t.start < c.start + c.word.length)) taken.push(c);
        for (const c of taken.sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + c.word + out.slice(c.start + c.word.length);
      }
    }
    if (cache.size > 5000) cache.clear();
    cache.set(text, out);
    return out;
  };
}

/** The text with the domain's homophone typos read as the words meant (the length may change only by the words'). */
export const readHomophones: (text: string) => string = homophoneReader(DOMAIN_WORDS);
