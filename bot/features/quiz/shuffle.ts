import type { QuizQuestion } from './bank';

/**
 * Options shown in an order of their own for each user and question, so the key letter tells nothing (the bank's
 * keys lean to A and B, and 多选 often to all but the last). The order comes from a stable seed (user key and
 * question id), so every view of the question for that user — the question, typed letters, buttons, the feedback,
 * the explanation's letters, the notebook, the exam review — agrees without storing it. An option such as
 * 以上都是 / 以上都不是 keeps its place at the end. 判断 and 填空 have no options to move.
 */

const LETTERS = 'ABCDEF';

/** Options that speak of the others and so must stay after them. */
const ABOUT_THE_OTHERS =
  /^(以上|上述|前述)(各项|选项|几项|三项|说法|答案)?(都|均|全|皆)?(是|对|正确|不是|不对|不正确|错误|对|符合|不符合)|^(以上|上述)(都|均|全)(不)?/;

/** FNV-1a over the seed text, then a small PRNG (mulberry32): fast, stable across processes and platforms. */
function generator(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The stored option indices in the order this seed shows them. */
export function optionOrder(q: Pick<QuizQuestion, 'id' | 'type' | 'options'>, seed: string): number[] {
  const indices = q.options.map((_, i) => i);
  if (q.type !== '单选' && q.type !== '多选') return indices;
  const pinned = indices.filter((i) => ABOUT_THE_OTHERS.test(q.options[i].trim()));
  const movable = indices.filter((i) => !pinned.includes(i));
  const next = generator(`${seed}\u0000${q.id}`);
  for (let i = movable.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [movable[i], movable[j]] = [movable[j], movable[i]];
  }
  return [...movable, ...pinned];
}

/** Letters of a run in the explanation (`A`, `ACD`, `A、B`), rewritten to the shown letters. */
function remapLetters(text: string, shownOf: (stored: string) => string, count: number): string {
  return text.replace(/(?<![A-Za-z0-9])[A-F]{1,6}(?![A-Za-z0-9])/g, (run) => {
    if ([...run].some((l) => LETTERS.indexOf(l) >= count) || new Set(run).size !== run.length) return run;
    const shown = [...run].map(shownOf);
    return run.length > 1 ? shown.sort().join('') : shown[0];
  });
}

/**
 * The question as this seed shows it: options in shown order, the key and the explanation's option letters
 * rewritten to match. Grading, rendering and recording all use this view, so a recorded answer is in the letters
 * the user saw. The same question when nothing moves.
 */
export function presented(q: QuizQuestion, seed: string): QuizQuestion {
  if ((q.type !== '单选' && q.type !== '多选') || q.options.length < 2) return q;
  const order = optionOrder(q, seed);
  if (order.every((stored, shown) => stored === shown)) return q;
  const shownOf = (stored: string) => LETTERS[order.indexOf(LETTERS.indexOf(stored))] ?? stored;
  return {
    ...q,
    options: order.map((i) => q.options[i]),
    answer: [...q.answer.toUpperCase()].map(shownOf).sort().join(''),
    explanation: remapLetters(q.explanation, shownOf, q.options.length),
  };
}
