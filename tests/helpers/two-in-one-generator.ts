/**
 * A harder two-in-one generator (issue 22): two things asked in one message the ways people really type them, not
 * two whole questions glued by a joiner (fact-question-generator's 'joined'). Shapes:
 *  - once:      one subject, two properties asked, the subject said once ("X多久开一次，谁来主持");
 *  - pronoun:   the second part points back by pronoun or leaves the subject out after a 那 ("那它…", "那个…");
 *  - case:      a case told, then two questions on it;
 *  - besides:   a question, then a second opened by 顺便 / 另外 / 还有就是 …;
 *  - run:       two questions with no punctuation between (speech typed by voice input);
 *  - numbered:  a numbered pair;
 *  - between:   one subject, the asker's own news told between the two questions ("X多久开一次，我下个月要去培训，
 *               …"): the second is not the story of the first (facts24);
 *  - ifso:      the second asked on the answer to the first being yes ("…？要是要的话…"), pointing back to the subject;
 *  - story:     two questions, each with its own subject, the second opened by a story clause of its own rather than
 *               a joiner ("…？我们村有个党员…，…").
 * The two facts of a pair share a subject word (a `must` word both wordings spell), so the second part can omit it;
 * "other" pairs (different subjects) are used for the shapes that keep both subjects.
 *
 * Each table has a TUNE half, which fixes may be made against, and an APART half of other joiners and wordings, never
 * fixed against, to show whether a fix transfers. Every word in the tables is this file's own.
 */
import type { Fact, FactIndex } from '../../knowledge';
import { matchParts } from '../../knowledge';
import type { Vocab } from './fact-question-generator';
import { pick, pickStable, type Rand, sampleSlots } from './random';

export type TwoInOneShape = 'once' | 'pronoun' | 'case' | 'besides' | 'run' | 'numbered' | 'between' | 'ifso' | 'story';
export const TWO_IN_ONE_SHAPES: readonly TwoInOneShape[] = [
  'once',
  'pronoun',
  'case',
  'besides',
  'run',
  'numbered',
  'between',
  'ifso',
  'story',
];

export interface TwoInOneQuestion {
  text: string;
  facts: [string, string];
  shape: TwoInOneShape | RunOnShape;
  detail: string;
}

/** Between the first part and the second when the subject is said once. */
const ONCE: Record<Vocab, string[]> = {
  tune: ['，', '？', '，然后', '，另外'],
  apart: ['；', '。', '？还有', '，再就是'],
};

/** What stands for the subject in a second part that points back. */
const POINTER: Record<Vocab, string[]> = {
  tune: ['那它', '那这个', '那'],
  apart: ['那个', '这个的话', '那么它'],
};

/** Cases told before two questions. */
const CASES: Record<Vocab, string[]> = {
  tune: ['我刚当上支部书记，很多事不懂，', '我们支部最近在整理材料，有两件事拿不准，'],
  apart: ['新来的组织委员问了我两个事，', '帮村里老书记问问，'],
};

/** What opens a second question asked by the way. */
const BESIDES: Record<Vocab, string[]> = {
  tune: ['，顺便问下', '。另外，', '，还有就是'],
  apart: ['，顺带问一句', '。对了还有个事，', '，另外再问问'],
};

/** A numbered pair. */
const NUMBERS: Record<Vocab, Array<[string, string]>> = {
  tune: [
    ['1. ', ' 2. '],
    ['1、', '；2、'],
  ],
  apart: [
    ['（1）', '（2）'],
    ['①', '②'],
  ],
};

/** Before a run-on pair (voice input), sometimes a spoken opening. */
const SPOKEN: Record<Vocab, string[]> = {
  tune: ['', '问一下'],
  apart: ['嗯', '我想问'],
};

/** The asker's own news, told between two questions on one subject: it asks nothing. */
const BETWEEN: Record<Vocab, string[]> = {
  tune: ['，我下个月要去县里培训，', '。最近支部人手紧，', ' 我们这边刚换届 '],
  apart: ['，书记这阵子在住院，', '。年底事情多，', ' 我也是刚接手 '],
};

/** A second question asked on the first being answered yes, pointing back to its subject. */
const IF_SO: Record<Vocab, string[]> = {
  tune: ['？要的话', '？可以的话', '？是的话'],
  apart: ['？真要那样的话', '？如果行的话', '？定了以后'],
};

/** A story clause that opens the second question in place of a joiner. */
const STORY: Record<Vocab, string[]> = {
  tune: ['？我们村有个党员问，', '。还有个事，上回开会有人提，'],
  apart: ['？社区里老同志托我问，', '。前两天碰到个情况，'],
};

const bare = (s: string) => s.replace(/[？?。！!]+$/, '');
const wordings = (f: Fact) => [f.q, ...(f.p ?? [])];
const byId = (f: Fact) => f.id;

/** A subject word both facts require and the two wordings both spell (the longest), if any. */
function sharedSubject(a: Fact, b: Fact, wa: string, wb: string): string | undefined {
  const words = a.must
    .flat()
    .filter((w) => w.length >= 2 && b.must.flat().includes(w) && wa.includes(w) && wb.includes(w))
    .sort((x, y) => y.length - x.length);
  return words[0];
}

/** `count` two-in-one questions, the shapes in turn, from facts of one subject or of two. */
export function generateTwoInOne(facts: readonly Fact[], count: number, seed: number, vocab: Vocab): TwoInOneQuestion[] {
  // The halves draw other facts as well as other words: the kept-apart half is not the tuning half re-joined.
  return sampleSlots(vocab === 'tune' ? seed : seed + 7919, count, count * 200, (r, slot) =>
    make(r, TWO_IN_ONE_SHAPES[slot % TWO_IN_ONE_SHAPES.length]!, facts, vocab),
  );
}

function make(r: Rand, shape: TwoInOneShape, facts: readonly Fact[], vocab: Vocab): TwoInOneQuestion | undefined {
  const first = pickStable(r, facts, byId);
  const second = pickStable(r, facts, byId);
  if (first.id === second.id || first.a === second.a) return undefined;
  const w1 = pick(r, wordings(first));
  const w2 = pick(r, wordings(second));
  const facts2: [string, string] = [first.id, second.id];
  if (shape === 'ifso') {
    // Only after a first question that can be answered yes (吗, 能不能, 要不要 …): "多久开一次？要的话…" asks nothing.
    // The subject both share is left out of the second, as people leave it out; otherwise the second keeps its own.
    if (!/吗|不|没有/.test(w1)) return undefined;
    const subject = sharedSubject(first, second, w1, w2);
    const rest = subject && w2.startsWith(subject) ? w2.slice(subject.length).replace(/^的/, '') : w2;
    if (rest.length < 3) return undefined;
    const pointer = pick(r, IF_SO[vocab]);
    return { text: `${bare(w1)}${pointer}${rest}`, facts: facts2, shape, detail: pointer };
  }
  if (shape === 'once' || shape === 'pronoun' || shape === 'between') {
    const subject = sharedSubject(first, second, w1, w2);
    if (!subject || !w1.startsWith(subject) || !w2.startsWith(subject)) return undefined;
    const rest = w2.slice(subject.length).replace(/^的/, '');
    if (rest.length < 3) return undefined;
    if (shape === 'once') {
      const joiner = pick(r, ONCE[vocab]);
      return { text: `${bare(w1)}${joiner}${rest}`, facts: facts2, shape, detail: joiner };
    }
    if (shape === 'between') {
      const told = pick(r, BETWEEN[vocab]);
      return { text: `${bare(w1)}${told}${rest}`, facts: facts2, shape, detail: told.trim().slice(0, 6) };
    }
    const pointer = pick(r, POINTER[vocab]);
    return { text: `${bare(w1)}。${pointer}${rest}`, facts: facts2, shape, detail: pointer };
  }
  // The other shapes keep both subjects: two facts of different sections, as the 'joined' line does.
  if (first.section === second.section) return undefined;
  switch (shape) {
    case 'case': {
      const told = pick(r, CASES[vocab]);
      return { text: `${told}${bare(w1)}，${bare(w2)}？`, facts: facts2, shape, detail: told.slice(0, 6) };
    }
    case 'besides': {
      const joiner = pick(r, BESIDES[vocab]);
      return { text: `${bare(w1)}${joiner}${w2}`, facts: facts2, shape, detail: joiner };
    }
    case 'run': {
      const spoken = pick(r, SPOKEN[vocab]);
      return { text: `${spoken}${bare(w1)}${bare(w2)}`, facts: facts2, shape, detail: spoken || 'bare' };
    }
    case 'story': {
      const told = pick(r, STORY[vocab]);
      return { text: `${bare(w1)}${told}${w2}`, facts: facts2, shape, detail: told.slice(0, 6) };
    }
    case 'numbered': {
      const [a, b] = pick(r, NUMBERS[vocab]);
      return { text: `${a}${bare(w1)}${b}${bare(w2)}`, facts: facts2, shape, detail: a.trim() };
    }
  }
  return undefined;
}

/**
 * right: both parts answered. part: one answered and the other said to be not found (honest). wrong: a fact given
 * that neither part asks, or half: one part answered with nothing said of the other (a half answer that
 * looks whole, which a writer's judge counts wrong). none:
 * nothing given. Read as the answer path calls the fact layer (matchParts with weak matches and the open parts).
 */
export type TwoInOneVerdict = 'right' | 'part' | 'half' | 'wrong' | 'none';

export function judgeTwoInOne(item: TwoInOneQuestion, facts: readonly Fact[], index: FactIndex): TwoInOneVerdict {
  const answerOf = new Map(facts.map((f) => [f.id, f.a]));
  const asked = item.facts.map((id) => answerOf.get(id));
  const open: string[] = [];
  const matched = matchParts(index, item.text, { weak: true }, open).map((m) => m.fact.a);
  if (matched.length === 0) return 'none';
  if (matched.some((a) => !asked.includes(a))) return 'wrong';
  if (asked.every((a) => matched.includes(a!))) return 'right';
  return open.length > 0 ? 'part' : 'half';
}

/**
 * The verdicts counted, and `crash`: the fact layer threw on the question (a fault in the product, counted and shown
 * by the eval line rather than ending the whole run).
 */
export function tallyTwoInOne(
  items: readonly TwoInOneQuestion[],
  facts: readonly Fact[],
  index: FactIndex,
): Record<TwoInOneVerdict | 'crash', number> {
  const tally: Record<TwoInOneVerdict | 'crash', number> = { right: 0, part: 0, half: 0, wrong: 0, none: 0, crash: 0 };
  for (const item of items) {
    try {
      tally[judgeTwoInOne(item, facts, index)]++;
    } catch {
      tally.crash++;
    }
  }
  return tally;
}

/**
 * Run-on two-in-one (facts33): two things asked with no mark between them, the ways voice input and hurried typing
 * run them together. Shapes:
 *  - joined:   two questions, each with its own subject, the second opened by a word only (还有, 再问个 …), no mark;
 *  - spaced:   two questions with spaces only between;
 *  - implicit: one subject, said once, the second part running straight on without it ("支部多久换届几个人能成立");
 *  - filler:   a spoken filler between the two (嗯, 那个), nothing else;
 *  - listed:   a numbered pair with no mark between the items ("1.X2.Y");
 *  - told:     a long story told first, then two questions run on.
 * Each table has a TUNE half and an APART half of other words, never fixed against; the halves draw other facts.
 * The APART half was seen by two fixers (gen3's round), so it is kept only to compare with history ("留出（已被看过）");
 * a FRESH half of new words, written 2026-12-07 without looking at how the product reads them, is the clean one until
 * it too is seen.
 */
export type RunOnShape = 'joined' | 'spaced' | 'implicit' | 'filler' | 'listed' | 'told';
export const RUN_ON_SHAPES: readonly RunOnShape[] = ['joined', 'spaced', 'implicit', 'filler', 'listed', 'told'];
/** The run-on halves: tune, apart (since seen), fresh (2026-12-07 ~11:00, never fixed against). */
export type RunOnHalf = Vocab | 'fresh';

/** A word alone opening the second question. */
const RUN_JOINED: Record<RunOnHalf, string[]> = {
  tune: ['还有', '顺便问下', '再问个'],
  apart: ['另外', '还想问', '对了'],
  fresh: ['再一个', '另外问下', '还有个是', '然后还有'],
};

/** Spaces alone between. */
const RUN_SPACES: Record<RunOnHalf, string[]> = {
  tune: [' ', '  '],
  apart: ['\u3000', '   '],
  // A line break (Enter between two messages' worth), a pasted no-break space, four spaces, a space and a wide one.
  fresh: ['\n', '\u00a0', '    ', ' \u3000'],
};

/** Between the parts of one subject said once. */
const RUN_IMPLICIT: Record<RunOnHalf, string[]> = {
  tune: ['', ' ', '还有'],
  apart: ['然后', '\u3000', '另外'],
  fresh: ['那', '以及', '再问下', '还想知道'],
};

/** A spoken filler between. */
const RUN_FILLER: Record<RunOnHalf, string[]> = {
  tune: ['嗯', '就是'],
  apart: ['那个', '呃'],
  fresh: ['额', '然后呢', '嗯嗯', 'emmm'],
};

/** A numbered pair, nothing between the items. */
const RUN_LISTED: Record<RunOnHalf, Array<[string, string]>> = {
  tune: [
    ['1.', '2.'],
    ['1 ', '2 '],
  ],
  apart: [
    ['1、', '2、'],
    ['问题1', '问题2'],
  ],
  fresh: [
    ['第一个', '第二个'],
    ['一是', '二是'],
    ['1)', '2)'],
    ['Q1', 'Q2'],
  ],
};

/** A long story told before two questions run on. */
const RUN_TOLD: Record<RunOnHalf, string[]> = {
  tune: ['我是村里的支部书记今年刚接手好多规矩都不清楚上面也没人细讲', '我们支部在山里党员大多上了年纪腿脚不方便开会都难'],
  apart: ['前阵子乡里开会布置了任务回来大家议论了半天也没个准话', '我在外地打工好几年了跟支部联系不多今年回来想把事情弄清楚'],
  fresh: [
    '我们是个非公企业支部党员一共就七八个平时都在车间倒班很难凑齐人',
    '老书记退下来以后支部的事就交给我了材料一大堆我一个人也看不过来',
    '今天上午街道打电话来说要检查我们支部的台账我得赶紧把几个问题搞明白',
    '俺们村支部刚合并过来人员名单还没理顺有些事想问问清楚',
    '我门这边是个小支部平常没怎么正经开过会现在要规范起来',
  ],
};

/** `count` run-on two-in-one questions, the shapes in turn. */
export function generateRunOn(facts: readonly Fact[], count: number, seed: number, vocab: RunOnHalf): TwoInOneQuestion[] {
  // Each half draws its own facts too: the fresh half is not the others' draws re-joined.
  const offset = { tune: 101, apart: 7919 + 101, fresh: 15485863 }[vocab];
  return sampleSlots(seed + offset, count, count * 200, (r, slot) =>
    makeRunOn(r, RUN_ON_SHAPES[slot % RUN_ON_SHAPES.length]!, facts, vocab),
  );
}

function makeRunOn(r: Rand, shape: RunOnShape, facts: readonly Fact[], vocab: RunOnHalf): TwoInOneQuestion | undefined {
  const first = pickStable(r, facts, byId);
  const second = pickStable(r, facts, byId);
  if (first.id === second.id || first.a === second.a) return undefined;
  const w1 = bare(pick(r, wordings(first)));
  const w2 = bare(pick(r, wordings(second)));
  const facts2: [string, string] = [first.id, second.id];
  // The run-on shapes are typed without marks: the wordings' own commas go too, as voice input leaves them out.
  const plain = (s: string) => s.replace(/[，,。；;？?！!]/g, '');
  const as = (text: string, detail: string): TwoInOneQuestion => ({ text, facts: facts2, shape, detail });
  if (shape === 'implicit') {
    const subject = sharedSubject(first, second, w1, w2);
    if (!subject || !w1.startsWith(subject) || !w2.startsWith(subject)) return undefined;
    const rest = w2.slice(subject.length).replace(/^的/, '');
    if (rest.length < 3) return undefined;
    const joiner = pick(r, RUN_IMPLICIT[vocab]);
    return as(`${plain(w1)}${joiner}${plain(rest)}`, joiner.trim() || 'bare');
  }
  if (first.section === second.section) return undefined;
  switch (shape) {
    case 'joined': {
      const joiner = pick(r, RUN_JOINED[vocab]);
      return as(`${plain(w1)}${joiner}${plain(w2)}`, joiner);
    }
    case 'spaced': {
      const gap = pick(r, RUN_SPACES[vocab]);
      return as(`${plain(w1)}${gap}${plain(w2)}`, 'spaces');
    }
    case 'filler': {
      const filler = pick(r, RUN_FILLER[vocab]);
      return as(`${plain(w1)}${filler}${plain(w2)}`, filler);
    }
    case 'listed': {
      const [a, b] = pick(r, RUN_LISTED[vocab]);
      return as(`${a}${plain(w1)}${b}${plain(w2)}`, a.trim());
    }
    case 'told': {
      const told = pick(r, RUN_TOLD[vocab]);
      return as(`${told}${plain(w1)}${plain(w2)}`, told.slice(0, 6));
    }
  }
  return undefined;
}
