import { normalizeInput } from '../text/normalize';
import { chineseNumber, HAN_DIGITS } from '../text/numerals';
import { splitsRange, weaklyHeld } from './fill-anchor';

/**
 * Reading a pasted stem as a sentence with holes, and finding what a statement puts in them. The stem's blanks
 * （）/____, or failing those its question word (几, 多少, 多久, 什么时候, 谁, 哪…), become holes; a statement
 * (a handbook sentence, or a bank question with its answer filled in) is aligned to the stem character by
 * character, allowing reworded stretches on either side, and the characters it has where the stem has a hole are
 * the fill. Character alignment keeps order, so "党组织应在（）内派人" finds 一个月 in "党组织应当在一个月内派人…"
 * although the two differ around it.
 */

/** A stem as alternating text and holes; `holes` counts the holes. */
export interface Cloze {
  parts: string[];
  holes: number;
}

const BLANK = /（\s*）|\(\s*\)|_{2,}|＿{2,}/g;
/** Question words that stand where the answer would: the first one becomes the hole when the stem has no blank. */
export const QUESTION_WORD =
  /多长时间|多少时间|多长|多久|多少|什么时候|什么时间|何时|哪一年|哪年|哪一天|哪天|哪些|哪几|哪个|哪一级|哪一|哪里|什么|谁|几/;
/**
 * A run of Chinese numerals as the digits compared (一 → 1, 十八 → 18, 一百五 → 150): the project's one reading
 * (knowledge/text/numerals.ts); a run that is no single number (六一, 一一) digit by digit, as it is written.
 */
export function numeralValue(text: string): number {
  return chineseNumber(text) ?? Number([...text].map((c) => HAN_DIGITS[c] ?? '').join('') || 0);
}

const NUMERAL_CHARS = /[零〇一二两三四五六七八九十百千]/;
const DROPPED = /[“”‘’"'《》「」【】\s]/;
const ASIDE = /[（(][^（）()]{1,40}[)）]/g;

/**
 * Text as aligned, with where each of its characters came from: simplified, half-width, lower case, numerals as
 * digits, asides in brackets and quotation marks dropped, spaces removed. Sentence punctuation stays: a hole
 * never spans it. `from[k]`/`to[k]` delimit the source of character k in `source`, so that words found can be
 * shown as the statement writes them (十八, not 18).
 */
export function alignableMap(text: string): { chars: string[]; from: number[]; to: number[]; source: string } {
  const source = normalizeInput(text);
  const lower = source.toLowerCase();
  const skip = new Uint8Array(lower.length);
  for (const m of lower.matchAll(ASIDE)) if (!/^[（(]\s*[)）]$/.test(m[0])) skip.fill(1, m.index, m.index + m[0].length);
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < lower.length; ) {
    const c = lower[i];
    if (skip[i] || DROPPED.test(c)) {
      i++;
      continue;
    }
    if (NUMERAL_CHARS.test(c)) {
      let j = i;
      while (j < lower.length && NUMERAL_CHARS.test(lower[j]) && !skip[j]) j++;
      const run = lower.slice(i, j);
      const out = /^[十百千]$/.test(run) ? run : String(numeralValue(run));
      for (const d of out) {
        chars.push(d);
        from.push(i);
        to.push(j);
      }
      i = j;
      continue;
    }
    chars.push(c);
    from.push(i);
    to.push(i + 1);
    i++;
  }
  return { chars, from, to, source };
}

/** Text as aligned (see {@link alignableMap}). */
export function alignable(text: string): string {
  return alignableMap(text).chars.join('');
}

/** The stem as a cloze: its blanks, or its first question word, as holes; undefined when it has neither. */
export function clozeOf(stem: string, questionWords = true): Cloze | undefined {
  let marked = normalizeInput(stem).replace(BLANK, '\u0000');
  // "几年内不能重新入党？（）年": the blank after the question only holds the answer; the question word is the hole.
  const tail = /[?？]\s*\u0000.{0,2}$/.exec(marked);
  if (tail && QUESTION_WORD.test(marked.slice(0, tail.index))) marked = marked.slice(0, tail.index);
  // Only the sentence with the holes: "一届干几年啊？按现行党章是每届（）年" is asked by its second half.
  if (marked.includes('\u0000')) {
    const sentences = marked.split(/(?<=[。？?！!])/);
    const first = sentences.findIndex((x) => x.includes('\u0000'));
    const last = sentences.findLastIndex((x) => x.includes('\u0000'));
    const kept = sentences.slice(first, last + 1).join('');
    if (kept.replace('\u0000', '').length >= 4) marked = kept;
  }
  let parts = marked.split('\u0000');
  if (parts.length === 1) {
    if (!questionWords) return undefined;
    const word = QUESTION_WORD.exec(marked);
    if (!word) return undefined;
    parts = [marked.slice(0, word.index), marked.slice(word.index + word[0].length)];
  }
  // Trailing question marks and filler after the last hole say nothing about the answer.
  const cleaned = parts.map((p, k) => (k === parts.length - 1 ? alignable(p).replace(/[?？!！。.；;]+$/, '') : alignable(p)));
  return { parts: cleaned, holes: parts.length - 1 };
}

const SEPARATOR = /[，,。；;：:！!？?、\n-]/;
const MAX_FILL = 14;
const GAP = 0.6;
const HOLE_CHAR = 0.15;

export interface Alignment {
  /** What the statement has in each hole. */
  fills: string[];
  /** Stem characters matched in the statement. */
  matched: number;
  /** Stem characters in all. */
  length: number;
  /** Whether every hole has a matched character right beside it. */
  anchored: boolean;
  /** The fewest stem characters matched within four places of a hole. */
  near: number;
  /** Share of the stem's characters further from the holes that are matched (the subject, not the template). */
  far: number;
  /** Whether a hole's words are one end of a range the statement gives (三 of 三年至五年: see fill-anchor.ts). */
  halfRange: boolean;
  /** Whether a hole is held by one matched character at most on each side (see fill-anchor.ts). */
  weaklyHeld: boolean;
}

/**
 * Aligns the cloze to one statement (locally: only the stretch around the holes needs to agree). Returns the fills
 * of the best alignment that covers every hole, or undefined when none does.
 */
export function alignCloze(cloze: Cloze, statement: string): Alignment | undefined {
  const HOLE = -1;
  const p: number[] = [];
  cloze.parts.forEach((part, k) => {
    for (const c of part) p.push(c.codePointAt(0)!);
    if (k < cloze.parts.length - 1) p.push(HOLE);
  });
  const mapped = alignableMap(statement);
  const t = mapped.chars;
  const tc = t.map((c) => c.codePointAt(0)!);
  const sep = t.map((c) => SEPARATOR.test(c));
  const n = p.length;
  const m = t.length;
  const firstHole = p.indexOf(HOLE);
  const lastHole = p.lastIndexOf(HOLE);
  const NONE = -1e9;
  const H = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(NONE));
  // 0 start, 1 match, 2 skip stem char, 3 skip statement char, 4+k hole of k chars
  const how = Array.from({ length: n + 1 }, () => new Int8Array(m + 1));
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      let best = firstHole < 0 || i <= firstHole ? 0 : NONE;
      let move = 0;
      if (i > 0 && p[i - 1] === HOLE) {
        for (let k = 1; k <= MAX_FILL && j - k >= 0; k++) {
          if (sep[j - k]) break;
          const s = H[i - 1][j - k] - HOLE_CHAR * k;
          if (s > best) {
            best = s;
            move = 4 + k;
          }
        }
      } else if (i > 0) {
        if (j > 0 && p[i - 1] === tc[j - 1] && H[i - 1][j - 1] + 1 > best) {
          best = H[i - 1][j - 1] + 1;
          move = 1;
        }
        if (H[i - 1][j] - GAP > best) {
          best = H[i - 1][j] - GAP;
          move = 2;
        }
      }
      if (j > 0 && H[i][j - 1] - (sep[j - 1] ? 0.1 : GAP) > best) {
        best = H[i][j - 1] - (sep[j - 1] ? 0.1 : GAP);
        move = 3;
      }
      H[i][j] = best;
      how[i][j] = move;
    }
  }
  let end: [number, number] | undefined;
  let top = NONE;
  // The alignment ends on a matched character after the last hole (so the hole is closed on the right), unless
  // the hole ends the stem.
  for (let i = Math.max(lastHole + 1, 1); i <= n; i++)
    for (let j = 0; j <= m; j++)
      if (H[i][j] > top && (how[i][j] === 1 || (i === n && i === lastHole + 1))) {
        top = H[i][j];
        end = [i, j];
      }
  if (!end || top <= 0) return undefined;
  // Walk back, collecting the holes' spans and which stem characters were matched.
  const matchedAt = new Uint8Array(n);
  const matchedTo = new Int32Array(n).fill(-1);
  const spans: [number, number][] = [];
  const holesAt: number[] = [];
  let [i, j] = end;
  while (i > 0 || j > 0) {
    const move = how[i][j];
    if (move === 0) break;
    if (move === 1) {
      matchedAt[i - 1] = 1;
      matchedTo[i - 1] = j - 1;
      i--;
      j--;
    } else if (move === 2) i--;
    else if (move === 3) j--;
    else {
      const k = move - 4;
      spans.unshift([j - k, j]);
      holesAt.unshift(i - 1);
      i--;
      j -= k;
    }
  }
  if (spans.length !== cloze.holes) return undefined;
  // A hole that ends the stem has nothing to close it: it runs to the end of the statement's clause.
  if (end[0] === n && p[n - 1] === HOLE) {
    let k = end[1];
    while (k < m && !sep[k] && k - end[1] < MAX_FILL) k++;
    spans[spans.length - 1][1] = k;
  }
  // The stem's words beside a hole matched before a sentence's end and the hole's words after it (…给党员纪律处分。
  // 对党的… for 给予党员纪律处分（ ）): the words read into the hole begin another sentence, not the one the stem
  // says; the hole is not where the statement has it.
  if (spans.some(([a, b], h) => crossesSentenceEnd(t, a, b, holesAt[h]!, p, matchedAt, matchedTo))) return undefined;
  const stemText = cloze.parts.join('|');
  const trimmed = spans.map(([a, b], h) => trimFill(t, a, b, stemText, cloze.parts[h], cloze.parts[h + 1]));
  // Words as the statement writes them.
  const fills = trimmed.map(([a, b]) => (b > a ? mapped.source.slice(mapped.from[a], mapped.to[b - 1]) : ''));
  const length = p.filter((c) => c !== HOLE).length;
  let matched = 0;
  for (let k = 0; k < n; k++) matched += matchedAt[k];
  // A hole with stem words before it none of which is matched right beside it was entered by starting the alignment
  // there: its left edge is wherever the fewest characters fill it (黄 of 金黄), a guess, and the hole is not anchored.
  const leftOpen = (k: number) => k > 0 && p[k - 1] !== HOLE && matchedAt[k - 1] !== 1 && spans.length > 0 && !leftMatchedAnywhere(k);
  const leftMatchedAnywhere = (k: number) => {
    for (let d = k - 1; d >= 0 && p[d] !== HOLE; d--) if (matchedAt[d]) return true;
    return false;
  };
  const anchored = p.every(
    (c, k) => c !== HOLE || (!leftOpen(k) && ((k > 0 && matchedAt[k - 1] === 1) || (k + 1 < n && matchedAt[k + 1] === 1))),
  );
  let near = Number.POSITIVE_INFINITY;
  const window = new Uint8Array(n);
  p.forEach((c, k) => {
    if (c !== HOLE) return;
    let around = 0;
    for (let d = Math.max(0, k - 4); d < Math.min(n, k + 5); d++) {
      window[d] = 1;
      if (p[d] !== HOLE) around += matchedAt[d];
    }
    near = Math.min(near, around);
  });
  let farMatched = 0;
  let farLength = 0;
  p.forEach((c, k) => {
    if (c === HOLE || window[k] || SEPARATOR.test(String.fromCodePoint(c))) return;
    farLength++;
    farMatched += matchedAt[k];
  });
  const stemChars = p.map((c) => (c === HOLE ? undefined : String.fromCodePoint(c)));
  const halfRange = spans.some(([a, b], h) => splitsRange(t, a, b, cloze.parts[h] ?? '', cloze.parts[h + 1] ?? ''));
  const weak = spans.some(([a, b], h) => weaklyHeld(stemChars, holesAt[h]!, matchedTo, a, b, (c) => SEPARATOR.test(c)));
  return { fills, matched, length, anchored, near, far: farLength ? farMatched / farLength : 1, halfRange, weaklyHeld: weak };
}

/** Whether the statement ends a sentence between a hole's words [a, b) and the stem character matched beside it. */
function crossesSentenceEnd(
  t: readonly string[],
  a: number,
  b: number,
  at: number,
  p: readonly number[],
  matchedAt: ArrayLike<number>,
  matchedTo: ArrayLike<number>,
): boolean {
  const ends = (from: number, to: number) => t.slice(from, to).some((c) => SENTENCE_END.test(c));
  const left = at - 1;
  const right = at + 1;
  if (left >= 0 && p[left] !== -1 && matchedAt[left] === 1 && ends(matchedTo[left]! + 1, a)) return true;
  return right < p.length && p[right] !== -1 && matchedAt[right] === 1 && ends(b, matchedTo[right]!);
}
const SENTENCE_END = /[。！!？?；;]/;

/** What a place noun's 地 follows (流出地, 流入地, 所在地, 户籍地, 属地, 当地, 驻地). */
const PLACE_BEFORE_DI = /^[出入在籍属当驻居外本]$/;
const MODAL_AFTER = /方可|方能|才算|才能|才可以?|即可|就可以?|便可/;
/**
 * A fill stops where the statement goes on with words the stem has elsewhere ("1次组织生活会" for "召开（）次",
 * when the stem names 组织生活会 itself), and loses what merely repeats the stem right beside the hole.
 */
function trimFill(t: string[], a: number, b: number, stemText: string, before: string, after: string): [number, number] {
  for (let k = a + 1; k < b - 2; k++) {
    const words = t.slice(k, k + 3).join('');
    if (!/[\d.%]/.test(words) && stemText.includes(words)) {
      b = k;
      break;
    }
  }
  while (b - a > 1 && after && t[b - 1] === after[0]) b--;
  // Words that begin the next predicate (五分之四方可选举, 半数才算通过): the blank's words end before them.
  const modal = MODAL_AFTER.exec(t.slice(a, b).join(''));
  if (modal && modal.index > 0) b = a + modal.index;
  // Particles that only join the words to what follows (便于组织开展活动的原则, 纪检等委员); a 地 closing a place
  // (流出地, 所在地, 户籍地, 属地) is the noun's own, not the adverb's mark.
  while (b - a > 1 && /[的地得等了之]/.test(t[b - 1]) && !(t[b - 1] === '地' && PLACE_BEFORE_DI.test(t[b - 2] ?? ''))) b--;
  while (b - a > 1 && before && t[a] === before[before.length - 1]) a++;
  // A blank opening its clause (…，经本人提出，（ ）研究同意) asks who or what; the sentence's 经 or 由 before the
  // name (经党支部研究同意) joins it to the clause, as the stem's own words around the blank do.
  if (b - a > 2 && /^[经由]$/.test(t[a]!) && (!before || /[，,。；;：:]$/.test(before))) a++;
  return [a, b];
}

/** Share of the statement-like text's characters found, in order, in the evidence (0..1). */
/** Words that say the same in rules, written one way for comparing statements (支委会 = 支部委员会, 交纳 = 缴纳). */
const SAME_WORDS: [RegExp, string][] = [
  [/支部委员会会议|支部委员会/g, '支委会'],
  [/支部党员大会/g, '党员大会'],
  [/缴纳|交纳/g, '交'],
  [/不得|不可以|不准/g, '不能'],
  [/暂停|中止/g, '停止'],
  [/必须|须|应当/g, '应'],
  [/获得|得到/g, '得'],
];
const plainWords = (text: string) => SAME_WORDS.reduce((t, [from, to]) => t.replace(from, to), alignable(text));

export function orderedCoverage(text: string, evidence: string): { share: number; span: string; after: string; toEnd: boolean } {
  const a = [...plainWords(text)].filter((c) => !SEPARATOR.test(c));
  const b = [...plainWords(evidence)];
  if (a.length === 0) return { share: 0, span: '', after: '', toEnd: false };
  // Local alignment without holes: the longest ordered match with gaps charged.
  const H = Array.from({ length: a.length + 1 }, () => new Float64Array(b.length + 1));
  let top = 0;
  let endJ = 0;
  let endI = 0;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const s = Math.max(0, a[i - 1] === b[j - 1] ? H[i - 1][j - 1] + 1 : 0, H[i - 1][j] - GAP, H[i][j - 1] - GAP);
      H[i][j] = s;
      if (s > top) {
        top = s;
        endI = i;
        endJ = j;
      }
    }
  // Count matches on the best path and where in the evidence it starts.
  let i = endI;
  let j = endJ;
  let matched = 0;
  while (i > 0 && j > 0 && H[i][j] > 0) {
    if (a[i - 1] === b[j - 1] && H[i][j] === H[i - 1][j - 1] + 1) {
      matched++;
      i--;
      j--;
    } else if (H[i][j] === H[i - 1][j] - GAP) i--;
    else j--;
  }
  // What the evidence says right after the span, and whether the span reaches the text's end: 有表决权 followed by
  // 的党员 names members, it says nothing of whoever the text gives it to.
  return { share: matched / a.length, span: b.slice(j, endJ).join(''), after: b.slice(endJ, endJ + 2).join(''), toEnd: endI === a.length };
}
