import {
  countUnit,
  expandQuery,
  type KnowledgeIndex,
  normalizeForIndex,
  type QuestionKind,
  queryTerms,
  questionKinds,
  rewriteEveryday,
  type SearchHit,
  statesKinds,
} from '../../../knowledge';

export const EXTRACT_MAX_CHARS = 200;
/** A whole list may run longer than a paragraph answer: cutting it would answer "which items" wrongly. */
const LIST_MAX_CHARS = 520;
/** What stating the asked kind of fact is worth, next to the question's words (weighted by length). */
const KIND_WEIGHT = 8;
const CROSS_REFERENCE = /见“[^”]+”一节|详见|参见/;

/** How a passage is cited: 《党务工作手册》 › 章 › 节 for the handbook, the document's own locator otherwise. */
export function citationLabel(hit: Pick<SearchHit, 'source' | 'title'>): string {
  if (hit.source.startsWith('handbook:')) {
    const [book, ...rest] = hit.title.split(' › ');
    return [`《${book}》`, ...rest].join(' › ');
  }
  return hit.source;
}

/** A question prepared once for reading several passages: its kinds and its weighted terms. */
export interface ReadQuestion {
  kinds: QuestionKind[];
  /** The unit a "how many" question counts in, see {@link countUnit}. */
  unit?: RegExp;
  weights: Map<string, number>;
}

/**
 * @param rarity a term's weight by rarity in the index ({@link KnowledgeIndex.termWeights}); without it, by length.
 */
export function prepareQuestion(question: string, rarity?: (terms: string[]) => Map<string, number>): ReadQuestion {
  const { original, rewritten, groups, all } = termGroups(question);
  const base = rarity ? rarity(all) : new Map(all.map((t) => [t, t.length]));
  // Normalised so that an average term weighs about its length, whatever the index size.
  const mean =
    [...base.values()].reduce((a, b) => a + b, 0) /
    Math.max(1, base.size) /
    (all.reduce((a, t) => a + t.length, 0) / Math.max(1, all.length));
  const weights = new Map<string, number>();
  for (const [terms, factor] of groups) for (const t of terms) weights.set(t, ((base.get(t) ?? t.length) / (mean || 1)) * factor);
  return { kinds: [...new Set([...questionKinds(original), ...questionKinds(rewritten)])], unit: countUnit(original), weights };
}

/** Every term {@link prepareQuestion} weighs (to look their rarity up before). */
export const questionTerms = (question: string): string[] => termGroups(question).all;

function termGroups(question: string) {
  const original = normalizeForIndex(question);
  const rewritten = rewriteEveryday(original);
  const groups: Array<[string[], number]> = [
    [expandQuery(rewritten).flatMap((p) => queryTerms(p)), 1],
    [queryTerms(original), 2],
    [queryTerms(rewritten), 3],
  ];
  return { original, rewritten, groups, all: [...new Set(groups.flatMap(([terms]) => terms))] };
}

/** A paragraph (its sentences) or a list (its introduction and items): the unit an answer is taken from. */
interface Block {
  intro?: string;
  sentences: string[];
  list: boolean;
}

const ITEM = /^\s*(?:[-*]|\d+[.、]|[（(]\d+[）)])\s*/;

function blocksOf(passage: string): Block[] {
  const blocks: Block[] = [];
  let list: Block | undefined;
  let lastParagraph: { block: Block; line: string } | undefined;
  for (const raw of passage.split(/\n/)) {
    const line = raw.trim();
    if (!line) {
      list = undefined;
      continue;
    }
    if (ITEM.test(line)) {
      if (!list) {
        // The last sentence right before a list, when it ends with "：", is the list's introduction; the
        // sentences before it stay a paragraph of their own.
        let intro: string | undefined;
        if (lastParagraph && /[：:]$/.test(lastParagraph.line)) {
          const sentences = lastParagraph.block.sentences;
          const last = sentences.at(-1)!;
          intro = /[：:]$/.test(last) ? last : lastParagraph.line;
          sentences.pop();
          if (sentences.length === 0) blocks.splice(blocks.indexOf(lastParagraph.block), 1);
        }
        list = { intro, sentences: [], list: true };
        blocks.push(list);
      }
      list.sentences.push(line.replace(/^\s*[-*]\s*/, ''));
      continue;
    }
    list = undefined;
    const block: Block = {
      sentences: line
        .split(/(?<=[。！？])/)
        .map((s) => s.trim())
        .filter((s) => s.length > 1),
      list: false,
    };
    if (block.sentences.length > 0) {
      blocks.push(block);
      lastParagraph = { block, line };
    }
  }
  return blocks;
}

function sentenceScore(q: ReadQuestion, sentence: string): number {
  const n = normalizeForIndex(sentence);
  // jieba's search mode also yields the pieces of a long word (支委会 → 支委, 委会): a piece counts only
  // when the whole word is not there, or one match would count three times.
  const present = [...q.weights.keys()].filter((t) => n.includes(t));
  let terms = 0;
  for (const t of present) if (!present.some((o) => o.length > t.length && o.includes(t))) terms += q.weights.get(t)!;
  const kinds = statesKinds(n, q.kinds, q.unit);
  const score = terms + kinds * (terms > 0 ? KIND_WEIGHT : KIND_WEIGHT / 3);
  // "见“会议出席与表决”一节" points elsewhere: it names the question's words and answers nothing.
  return CROSS_REFERENCE.test(sentence) ? score * 0.3 : score;
}

export interface Reading {
  text: string;
  /** How well the chosen block answers: the question's words it holds plus the asked kinds of fact it states. */
  score: number;
}

function readList(q: ReadQuestion, block: Block): Reading {
  const intro = block.intro ? sentenceScore(q, block.intro) : 0;
  const items = block.sentences.map((s) => sentenceScore(q, s));
  const best = Math.max(0, ...items);
  // Every item looks like an item; what counts is how many state the asked fact (a frequency, a duration …).
  // "可以", "是" are in every other line: items saying them state nothing asked for.
  const factKinds = q.kinds.filter((k) => k !== 'items' && k !== 'may' && k !== 'definition');
  const stating = block.sentences.filter((s) => statesKinds(normalizeForIndex(s), factKinds, q.unit) > 0).length;
  const whole = q.kinds.includes('items') || stating >= 2 || intro >= best;
  const chosen = whole ? block.sentences : block.sentences.filter((_, i) => items[i]! >= best * 0.7);
  const lines: string[] = block.intro ? [block.intro] : [];
  let length = block.intro?.length ?? 0;
  for (const item of chosen) {
    if (length + item.length > LIST_MAX_CHARS) {
      lines.push('· ……');
      break;
    }
    lines.push(`· ${item}`);
    length += item.length;
  }
  // A list whose items state the asked fact ("每月1次" for each meeting) answers better than any one line.
  const score =
    Math.max(intro, best) +
    0.5 * Math.min(intro, best) +
    (KIND_WEIGHT * Math.min(stating, 3)) / 2 +
    (q.kinds.includes('items') ? KIND_WEIGHT : 0);
  return { text: lines.join('\n'), score };
}

/** A sentence opening with a word that points back to the sentence before it. */
const REFERS_BACK =
  /^\s*(?:这(?:一|些|个|十|种|项|条|样|里|时)|此(?!外|前|后)|上述|前述|以上(?![\d一二三四五六七八九十])|该(?:项|条|规定|要求))/;

function readParagraph(q: ReadQuestion, block: Block, maxChars: number): Reading {
  const scores = block.sentences.map((s) => sentenceScore(q, s));
  const best = Math.max(...scores);
  const order = scores.map((s, i) => ({ s, i })).sort((a, b) => b.s - a.s || a.i - b.i);
  const chosen = new Set<number>([order[0]!.i]);
  let length = block.sentences[order[0]!.i]!.length;
  for (const { s, i } of order.slice(1)) {
    if (s < best * 0.6 || length + block.sentences[i]!.length > maxChars) continue;
    chosen.add(i);
    length += block.sentences[i]!.length;
  }
  // A sentence that refers back ("这十六个字是现行的提法", "上述情形") says nothing without the one it refers to:
  // that one is shown too, even past the length, or the reply quotes an answer whose subject is missing.
  for (const i of [...chosen].sort((a, b) => b - a))
    for (let j = i; j > 0 && REFERS_BACK.test(block.sentences[j]!) && !chosen.has(j - 1); j--) chosen.add(j - 1);
  const text = [...chosen]
    .sort((a, b) => a - b)
    .map((i) => block.sentences[i])
    .join('');
  return { text: text.length > maxChars * 1.5 ? `${text.slice(0, maxChars * 1.5 - 1)}…` : text, score: best };
}

/**
 * The answer inside one passage: the paragraph or list that best states what was asked, and within a paragraph
 * only its sentences nearly as relevant as the best one. Sentences are never joined across paragraphs, and a
 * list is shown whole when the question asks for its items (or several items state the asked fact).
 */
export function readPassage(question: string | ReadQuestion, passage: string, maxChars = EXTRACT_MAX_CHARS): Reading {
  const q = typeof question === 'string' ? prepareQuestion(question) : question;
  const blocks = blocksOf(passage);
  if (blocks.length === 0) return { text: passage.slice(0, maxChars), score: 0 };
  let bestReading: Reading | undefined;
  for (const block of blocks) {
    const reading = block.list ? readList(q, block) : readParagraph(q, block, maxChars);
    if (!bestReading || reading.score > bestReading.score) bestReading = reading;
  }
  return bestReading!;
}

/** The answer text of one passage (see {@link readPassage}). */
export function extractAnswer(question: string, passage: string, maxChars = EXTRACT_MAX_CHARS): string {
  return readPassage(question, passage, maxChars).text;
}
