/**
 * Yes-or-no questions made from the facts (facts32): each fact whose sentence opens with its verdict (要。, 不能。,
 * 不算。 …) is asked whether, in its own subject and thing, with the modal framed the ways people ask (能不能, 可以…吗,
 * 行不行, 中不中, 阔以不, 要不要, 用不用, 算不算 …), and asked the other way round where the fact says one has to
 * (可以不…吗 asks about not doing it: the verdict is then the opposite word). Right is the fact found and the reply's
 * FIRST word the verdict, in the polarity the fact gives; a reply that gives the fact without the verdict first, or
 * with the opposite one, is counted apart.
 *
 * The frames come in a TUNE half, which fixes may be made against, and an APART half of other frames (and other
 * draws of facts), never fixed against, to show whether a fix transfers. Every frame is this file's own.
 */
import type { Fact, FactIndex } from '../../knowledge';
import { matchParts } from '../../knowledge';
import type { Vocab } from './fact-question-generator';
import { pick, pickStable, sampleSlots } from './random';

type Family = 'may' | 'must' | 'counts';

export interface YesNoQuestion {
  text: string;
  fact: string;
  /** The verdict the reply must open with: yes or no. */
  yes: boolean;
  /** The question asks about the thing not done (可以不交吗). */
  negated: boolean;
  frame: string;
}

/** Frames by family: {s} the subject said before the modal, {t} the thing asked. */
const FRAMES: Record<Vocab, Record<Family, string[]>> = {
  tune: {
    may: ['{s}能不能{t}', '{s}可以{t}吗', '{s}{t}，行不行', '{s}能{t}吗'],
    must: ['{s}要不要{t}', '{s}需要{t}吗', '{s}还要{t}吗'],
    counts: ['{s}算不算{t}', '{s}是不是{t}'],
  },
  // The first kept-apart frames (中不中, 阔以不, 用不用, 属不属于, 能不能不, 不…行不行) were read once while building
  // facts32 and replaced by these, never read since.
  apart: {
    may: ['{s}{t}得不得', '{s}准不准{t}', '{s}{t}，能行不', '{s}许不许{t}'],
    must: ['{s}必须{t}吗', '{s}该不该{t}', '{s}是不是得{t}'],
    counts: ['{s}{t}，算吗', '{s}算不算是{t}'],
  },
};

/** Asked the other way round: may one not do what the fact says one has to (可以不交吗 → 不可以). */
const NEGATED: Record<Vocab, string[]> = {
  tune: ['{s}可以不{t}吗', '{s}能不{t}吗', '{s}能不能不{t}', '{s}不{t}行不行'],
  apart: ['{s}就不{t}了，行吗', '{s}不{t}中不中', '{s}不{t}可不可以'],
};

/** A fact's opening verdict: its polarity and the family it answers. */
const OPENINGS: Array<[RegExp, boolean, Family]> = [
  [/^(?:不能|不可以)[。，]/, false, 'may'],
  [/^(?:能|可以)[。，]/, true, 'may'],
  [/^(?:不用|不需要)[。，]/, false, 'must'],
  [/^(?:要|需要|要转|要参加|是的)[。，]/, true, 'must'],
  [/^(?:不是|不算)[。，]/, false, 'counts'],
];

/** The modal in a fact's own yes-or-no wording: the subject before it, the thing after it. */
const WORDING = /^(.{2,12}?)(能不能|可不可以|要不要|需不需要|算不算|是不是|可以|能|需要|还要|要|算|是)(.{2,14}?)(?:吗|么)[？?]?$/;
/** The family of a wording's modal: the fact's verdict answers only a wording asking the same. */
const familyOf = (modal: string): Family => (/能|可/.test(modal) ? 'may' : /要|需/.test(modal) ? 'must' : 'counts');

/** The verdicts a reply may open with, yes and no. */
const YES_OPENING = /^(?:能|可以|行|中|要|需要|算|是|是的|一样|要转|要参加)[。，]/;
const NO_OPENING = /^(?:不能|不可以|不行|不中|不用|不需要|不要|不算|不是)[。，]/;

interface Source {
  fact: Fact;
  yes: boolean;
  family: Family;
  subject: string;
  thing: string;
}

function sources(facts: readonly Fact[]): Source[] {
  const out: Source[] = [];
  for (const fact of facts) {
    const opening = OPENINGS.find(([re]) => re.test(fact.a));
    if (!opening) continue;
    for (const w of [fact.q, ...(fact.p ?? [])]) {
      const m = WORDING.exec(w);
      if (!m || /几|多少|什么|啥|谁|怎么|咋|哪|还是/.test(w)) continue;
      if (/^不|^没/.test(m[3]!) || familyOf(m[2]!) !== opening[2]) continue;
      out.push({ fact, yes: opening[1], family: opening[2], subject: m[1]!, thing: m[3]! });
    }
  }
  return out;
}

const fill = (frame: string, s: Source) => frame.replace('{s}', s.subject).replace('{t}', s.thing);

/** `count` yes-or-no questions, half asked straight and (where the fact says one must) some the other way round. */
export function generateYesNo(facts: readonly Fact[], count: number, seed: number, vocab: Vocab): YesNoQuestion[] {
  const pool = sources(facts);
  if (pool.length === 0) return [];
  const bySource = (s: Source) => `${s.fact.id}|${s.subject}|${s.thing}`;
  return sampleSlots(vocab === 'tune' ? seed : seed + 104729, count, count * 50, (r, slot) => {
    const s = pickStable(r, pool, bySource);
    // Asked the other way round only of a thing one must do (or need not): 可以不交吗.
    if (s.family === 'must' && slot % 3 === 2) {
      const frame = pick(r, NEGATED[vocab]);
      return { text: fill(frame, s), fact: s.fact.id, yes: !s.yes, negated: true, frame };
    }
    const frame = pick(r, FRAMES[vocab][s.family]);
    return { text: fill(frame, s), fact: s.fact.id, yes: s.yes, negated: false, frame };
  });
}

/**
 * right: the fact found and the reply opens with the verdict asked for. unsaid: the fact found, no verdict first.
 * opposite: the fact found, the opposite verdict first. other: another fact given. none: nothing given.
 */
export type YesNoVerdict = 'right' | 'unsaid' | 'opposite' | 'other' | 'none';

export function judgeYesNo(item: YesNoQuestion, index: FactIndex): YesNoVerdict {
  const found = matchParts(index, item.text, { weak: true });
  if (found.length === 0) return 'none';
  const own = found.find((m) => m.fact.id === item.fact);
  if (!own) return 'other';
  const first = own.answer;
  if (item.yes ? YES_OPENING.test(first) : NO_OPENING.test(first)) return 'right';
  if (item.yes ? NO_OPENING.test(first) : YES_OPENING.test(first)) return 'opposite';
  return 'unsaid';
}

export function tallyYesNo(items: readonly YesNoQuestion[], index: FactIndex): Record<YesNoVerdict, number> {
  const tally: Record<YesNoVerdict, number> = { right: 0, unsaid: 0, opposite: 0, other: 0, none: 0 };
  for (const item of items) tally[judgeYesNo(item, index)]++;
  return tally;
}
