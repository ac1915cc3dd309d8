/**
 * Yes-or-no questions made from the facts (facts32): each fact whose sentence opens with its verdict (要。, 不能。,
 * 不算。 …) is asked whether, in its own subject and thing, with the modal framed the ways people ask (能不能, 可以…吗,
 * 行不行, 中不中, 阔以不, 要不要, 用不用, 算不算 …), and asked the other way round where the fact says one has to
 * (可以不…吗 asks about not doing it: the verdict is then the opposite word). Right is the fact found and the reply's
 * FIRST word the verdict, in the polarity the fact gives; a reply that gives the fact without the verdict first, or
 * with the opposite one, is counted apart.
 *
 * The frames come in a TUNE half, which fixes may be made against, and an APART half of other frames (and other
 * draws of facts), never fixed against, to show whether a fix transfers. Every frame is this file's own. The APART
 * half was seen by two fixers (gen3's round), so it is kept only to compare with history ("留出（已被看过）"); a FRESH
 * half of new frames, written 2026-12-07 without looking at how the product reads them, is the clean one until it too
 * is seen.
 */
import type { Fact, FactIndex } from '../../knowledge';
import { matchParts } from '../../knowledge';
import type { Vocab } from './fact-question-generator';
import { pick, pickStable, sampleSlots } from './random';

type Family = 'may' | 'must' | 'counts';
/** The frame halves: tune, apart (since seen), fresh (2026-12-07, never fixed against). */
export type YesNoHalf = Vocab | 'fresh';

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
const FRAMES: Record<YesNoHalf, Record<Family, string[]>> = {
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
  // Written 2026-12-07 ~11:00 as people type them (formal, northern, Sichuan, Shanghai, Cantonese, pinyin slips),
  // none of them run through the product before they were put here.
  fresh: {
    may: ['请问{s}能否{t}', '{s}{t}成不成', '{s}可唔可以{t}', '{s}可已{t}吗', '{s}{t}可以不', '{s}{t}要得不', '{s}可以{t}嘛'],
    must: ['{s}一定要{t}吗', '{s}非得{t}吗', '{s}要{t}伐', '{s}须要{t}吗', '{s}是要{t}的吧', '{s}需不需要{t}啊'],
    counts: ['{s}算{t}不算', '{s}应该算{t}吧', '{s}算唔算{t}', '{s}也算{t}？', '{s}算{t}，对不对'],
  },
};

/** Asked the other way round: may one not do what the fact says one has to (可以不交吗 → 不可以). */
const NEGATED: Record<YesNoHalf, string[]> = {
  tune: ['{s}可以不{t}吗', '{s}能不{t}吗', '{s}能不能不{t}', '{s}不{t}行不行'],
  apart: ['{s}就不{t}了，行吗', '{s}不{t}中不中', '{s}不{t}可不可以'],
  fresh: ['{s}可以不用{t}吗', '{s}不{t}没事吧', '{s}不{t}得行不', '{s}不{t}成吗', '{s}可不可以不{t}'],
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
export function generateYesNo(facts: readonly Fact[], count: number, seed: number, vocab: YesNoHalf): YesNoQuestion[] {
  const pool = sources(facts);
  if (pool.length === 0) return [];
  const bySource = (s: Source) => `${s.fact.id}|${s.subject}|${s.thing}`;
  // Each half draws its own facts too: the fresh half is not the others' draws re-framed.
  const offset = { tune: 0, apart: 104729, fresh: 1299709 }[vocab];
  return sampleSlots(seed + offset, count, count * 50, (r, slot) => {
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

/** The verdicts counted, and `crash`: the fact layer threw on the question (a product fault, counted, not fatal). */
export function tallyYesNo(items: readonly YesNoQuestion[], index: FactIndex): Record<YesNoVerdict | 'crash', number> {
  const tally: Record<YesNoVerdict | 'crash', number> = { right: 0, unsaid: 0, opposite: 0, other: 0, none: 0, crash: 0 };
  for (const item of items) {
    try {
      tally[judgeYesNo(item, index)]++;
    } catch {
      tally.crash++;
    }
  }
  return tally;
}
