import { normalizeInput } from '../text/normalize';
import { segmenter } from '../text/segmenter';

/**
 * The one tokenizer of the knowledge layer, used for documents and queries alike: OpenCC traditional →
 * simplified, half-width, lower case, then jieba in search mode (long words also yield their sub-words).
 */

/**
 * Loads jieba's dictionary now (about 0.1 s on a quiet machine, 1.6 s at a load of 7): for a server about to take
 * events, which would otherwise stall on the first handbook question while every event reaching it waits (and, with
 * several processes, a chat's later event reaching another process goes first).
 */
export function warmSegmenter(): void {
  segmenter();
}

/** Words that carry no meaning in a question (function words, question words, politeness). */
const STOPWORDS = new Set(
  (
    '的 了 是 吗 呢 吧 啊 呀 嘛 么 在 和 与 及 或 也 都 就 要 会 能 可以 可 有 没有 没 不 这 那 这个 那个 哪 哪些 哪个 什么 怎么 怎么样 怎样 如何 ' +
    '多少 几 几个 为什么 请问 请 问 一下 我 我们 你 你们 他 她 它 其 之 对 把 被 给 让 得 地 着 过 还 又 再 等 应当 应该 需要 一个 个 时 中 上 下 ' +
    '吗? ? 呢? 啥 咋 咋样 多久 多长 长时间 多长时间 多少次 几次 一次 几年 几天 几个月 啊 嗯 哦 谁 办 要求 规定 有关 由 从 向 到 为 以 于 按照 进行 一般 ' +
    '具体 指 哪几个 哪几 到底 究竟 才 才能 该 得 么 具体指 咋办 怎么办 一下子 来着 的话 话 请教 想问 问问 知道 ' +
    '几项 几种 几类 几名 几条 几位 几级 几档 几人 多少人 多少名 多少个 多少天 多少年 什么时候 时候 开始 哪项 要不要 能不能 可不可以 是不是 有没有 算不算 行不行 会不会 要报 要设'
  ).split(' '),
);

const MEANINGFUL = /[\p{Script=Han}a-z0-9]/u;

/**
 * Sub-words that search mode yields for a longer word although they name something else: 党组 (a leading
 * group in a state organ) inside 党组织 (any Party organisation) made every 党组织 passage answer 党组 questions.
 */
const MISLEADING_PARTS: Record<string, string[]> = {
  党组织: ['党组'],
};

/** Bump when tokens change, so stored passages are indexed again (part of the content hashes). */
export const TOKENIZER_VERSION = 3;

/** Normalised text: what the index stores and shows for matching. */
export function normalizeForIndex(text: string): string {
  return normalizeInput(text).toLowerCase();
}

/** Tokens of a text, in order, duplicates kept (for indexing). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of segmenter().cutForSearch(normalizeForIndex(text), true)) {
    const token = raw.trim();
    if (!token || !MEANINGFUL.test(token) || STOPWORDS.has(token)) continue;
    const misleading = MISLEADING_PARTS[token];
    if (misleading) {
      // Search mode emits a word's parts right before the word itself: drop the misleading ones among them.
      const kept: string[] = [];
      while (out.length > 0 && token.includes(out[out.length - 1]!)) {
        const part = out.pop()!;
        if (!misleading.includes(part)) kept.unshift(part);
      }
      out.push(...kept);
    }
    out.push(token);
  }
  return out;
}

/** Parts of speech jieba gives nouns and noun phrases: names of things, bodies, documents, idioms. */
const NOUN_TAGS = new Set(['n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'ng', 'vn', 'an', 'l', 'j', 'i']);

/** Common nouns only: no idioms, abbreviations or verbal nouns (for words a text names but an index lacks). */
export const COMMON_NOUN_TAGS: ReadonlySet<string> = new Set(['n', 'nz', 'ns']);

/**
 * The nouns of a text as jieba tags them (whole words, not their pieces), two characters or more, in order:
 * what a question is about ("工资" in "支部书记的工资由谁发"), as opposed to what it asks (谁, 发).
 */
export function nounsOf(text: string, tags: ReadonlySet<string> = NOUN_TAGS): string[] {
  const out: string[] = [];
  for (const { word, tag } of segmenter().tag(normalizeForIndex(text), true))
    if (tags.has(tag) && [...word].length >= 2 && MEANINGFUL.test(word) && !STOPWORDS.has(word) && !out.includes(word)) out.push(word);
  return out;
}

/**
 * The words of a short text as jieba cuts and tags them (with its HMM for words the dictionary lacks), the text as
 * given: for a caller asking what kind of word something is, e.g. whether a token reads as a person's name (nr) or as
 * no word jieba knows (x), as transliterated names do.
 */
export function wordTags(text: string): { word: string; tag: string }[] {
  return segmenter().tag(text, true);
}

/** Distinct tokens of a query, in order. */
export function queryTerms(text: string): string[] {
  return [...new Set(tokenize(text))];
}
