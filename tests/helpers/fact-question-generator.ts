/**
 * A generator of everyday questions for the fact layer (knowledge/facts), built from each fact's own wordings (its
 * canonical question and paraphrases) rewritten the ways members really type: a story told before the question,
 * polite wrappers, dialect and colloquial question words, 繁体, homophone typos, pinyin initials, emoji and
 * decoration, and two questions joined. Each question carries the fact it came from, so it is judged by construction.
 *
 * Why: fixing the misses of the questions writers sent barely moved questions from strangers; a generator shows which
 * kind of rewrite the matcher breaks on, whatever the fact. Every word in the tables is this file's own.
 *
 * Each table has two halves: TUNE, the words fixes may be made against, and APART, words never fixed against, which
 * show whether a fix transfers (`vocab: 'apart'`).
 */
import * as OpenCC from 'opencc-js';
import { type Fact, type FactIndex, matchParts } from '../../knowledge';
import { pick, type Rand, seeded } from './random';

export type Vocab = 'tune' | 'apart';
export type RewriteKind =
  | 'plain'
  | 'story'
  | 'polite'
  | 'dialect'
  | 'traditional'
  | 'typo'
  | 'initials'
  | 'emoji'
  | 'joined'
  | 'stacked'
  | 'situation';
export const REWRITE_KINDS: readonly RewriteKind[] = [
  'plain',
  'story',
  'polite',
  'dialect',
  'traditional',
  'typo',
  'initials',
  'emoji',
  'joined',
  'stacked',
];

export interface GeneratedQuestion {
  text: string;
  /** The facts it asks, one per part (two for a joined question). */
  facts: string[];
  kind: RewriteKind;
  /** The wording it was made from. */
  source: string;
  /** The rewrite's own detail (which word, which wrapper), for grouping the failures. */
  detail: string;
  /** Facts whose rule also decides the case told (a situation's 六个月不交党费 is both 自行脱党 rules). */
  also?: string[];
}

const num = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** Stories told before the question; {n} and {m} become numbers. */
const STORIES: Record<Vocab, string[]> = {
  tune: [
    '我们村支部有个情况，支部一共{n}个人，',
    '单位里有个同志，今年{m}岁了，',
    '我刚接手支部工作{n}个月，不太懂，',
    '我们社区{n}个人里有好些在外地打工，',
    '情况是这样的：我们科室去年新来了{n}个年轻人，',
  ],
  apart: [
    '跟您说个事，我们厂里那边一共{n}个人，',
    '我们学校有位老师{m}岁，干了{n}年了，',
    '是这样，上周开会的时候有{n}个人提出来，',
    '我在街道上班第{n}年了，头回碰到这种事，',
  ],
};

/** Polite openings and closings. */
const POLITE: Record<Vocab, { before: string[]; after: string[] }> = {
  tune: {
    before: ['请问领导，', '麻烦您，', '急！', '您好，请问', '领导好，想问一下，'],
    after: ['谢谢🙏', '，谢谢！', '，麻烦了', '？在线等', '，辛苦'],
  },
  apart: {
    before: ['打扰一下，', '劳驾问下，', '老师好！', '各位前辈，', '冒昧问一句，'],
    after: ['，先谢过了', '，多谢多谢', '，感激不尽', '，等您回复', '，盼复'],
  },
};

/** Question words and their dialect and colloquial spellings. */
const DIALECT: Record<Vocab, Array<[string, string[]]>> = {
  tune: [
    ['多久', ['好久', '多长时间']],
    ['谁', ['哪个', '谁来']],
    ['能不能', ['可不可以', '行不行']],
    ['怎么办', ['咋整', '咋办']],
    ['什么', ['啥', '啥子']],
    ['怎么', ['咋', '咋个']],
    ['多少', ['好多']],
    ['吗', ['不']],
    ['哪些', ['哪几样']],
  ],
  apart: [
    ['多久', ['几时', '多少天', '多长辰光']],
    ['谁', ['底个', '哪位']],
    ['能不能', ['得不得', '阿能', '能否']],
    ['怎么办', ['咋个办', '么样搞', '怎么弄']],
    ['什么', ['么子', '啥个']],
    ['怎么', ['咋样', '怎样']],
    ['多少', ['几多']],
    ['哪些', ['啥些', '哪一些']],
  ],
};

/** Homophone and near-shape typos of the domain's words, as pinyin input gives them. */
const TYPOS: Record<Vocab, Array<[string, string]>> = {
  tune: [
    ['党员', '党圆'],
    ['支部', '支步'],
    ['申请', '申清'],
    ['组织', '组识'],
    ['发展', '发屏'],
    ['会议', '会仪'],
    ['时间', '时见'],
    ['预备', '预背'],
    ['转正', '专正'],
    ['培养', '陪养'],
  ],
  apart: [
    ['党费', '挡费'],
    ['书记', '书己'],
    ['入党', '入挡'],
    ['考察', '考擦'],
    ['介绍人', '介少人'],
    ['选举', '选局'],
    ['处分', '除分'],
    ['材料', '才料'],
    ['积极分子', '积及分子'],
    ['表决', '表诀'],
  ],
};

/**
 * Homophone typos written after the fixes of the first round and run once, never fixed against (FRESH): the
 * kept-apart typos were looked at for the homophone fix, so they no longer measure transfer.
 */
const FRESH_TYPOS: Array<[string, string]> = [
  ['党籍', '党集'],
  ['党龄', '党林'],
  ['警告', '警高'],
  ['党课', '党客'],
  ['流动党员', '流动党原'],
  ['政审', '政申'],
  ['党徽', '党辉'],
  ['党旗', '党棋'],
];

/** Pinyin initials typed for words. */
const INITIALS: Record<Vocab, Array<[string, string]>> = {
  tune: [
    ['党员', 'dy'],
    ['支部', 'zb'],
    ['书记', 'sj'],
  ],
  apart: [
    ['预备党员', 'ybdy'],
    ['组织关系', 'zzgx'],
    ['积极分子', 'jjfz'],
    ['发展对象', 'fzdx'],
    ['党支部', 'dzb'],
  ],
};

/** Emoji and decoration, placed before, after or inside. */
const EMOJI: Record<Vocab, string[]> = {
  tune: ['🙏', '😊', '~~', '【急】', '❓❓', '🌹🌹'],
  apart: ['👍👍', '💪', '☺️', '〜〜', '(｡･ω･｡)', '!!!', '🤔', '……'],
};

/** Joiners of two questions. */
const JOINERS: Record<Vocab, string[]> = {
  tune: ['，还有', '；另外', '。再问一下，', '，顺便问下'],
  apart: ['。还想问：', '，以及', '？另外还有个问题，', ' 对了，'],
};

const converters = {
  tune: OpenCC.Converter({ from: 'cn', to: 'tw' }),
  apart: OpenCC.Converter({ from: 'cn', to: 'hk' }),
};

/** The question without its final mark, so a wrapper or a second question can follow. */
const bare = (s: string) => s.replace(/[？?。！!]+$/, '');

function rewrite(r: Rand, kind: RewriteKind, src: string, vocab: Vocab, fresh: boolean): { text: string; detail: string } | undefined {
  switch (kind) {
    case 'plain':
      return { text: src, detail: 'plain' };
    case 'story': {
      const story = pick(r, STORIES[vocab])
        .replace('{n}', String(num(r, 2, 48)))
        .replace('{m}', String(num(r, 22, 70)));
      const ask = pick(r, ['想问下', '我想问', '请问', '']);
      return { text: `${story}${ask}${src}`, detail: story.slice(0, 6) };
    }
    case 'polite': {
      const p = POLITE[vocab];
      const before = r() < 0.7 ? pick(r, p.before) : '';
      const after = r() < 0.6 || !before ? pick(r, p.after) : '';
      return { text: `${before}${after ? bare(src) : src}${after}`, detail: `${before}|${after}` };
    }
    case 'dialect': {
      const rows = DIALECT[vocab].filter(([w]) => src.includes(w));
      if (rows.length === 0) return undefined;
      const [word, spellings] = pick(r, rows);
      const to = pick(r, spellings);
      return { text: src.replace(word, to), detail: `${word}→${to}` };
    }
    case 'traditional': {
      const text = converters[vocab](src);
      return text === src ? undefined : { text, detail: vocab === 'tune' ? 'tw' : 'hk' };
    }
    case 'typo': {
      const rows = (fresh ? FRESH_TYPOS : TYPOS[vocab]).filter(([w]) => src.includes(w));
      if (rows.length === 0) return undefined;
      const [word, typo] = pick(r, rows);
      return { text: src.replace(word, typo), detail: `${word}→${typo}` };
    }
    case 'initials': {
      const rows = INITIALS[vocab].filter(([w]) => src.includes(w));
      if (rows.length === 0) return undefined;
      const [word, abbr] = pick(r, rows);
      return { text: src.replace(word, abbr), detail: `${word}→${abbr}` };
    }
    case 'emoji': {
      const e = pick(r, EMOJI[vocab]);
      const where = num(r, 0, 2);
      if (where === 0) return { text: `${e}${src}`, detail: `${e} before` };
      if (where === 1) return { text: `${bare(src)}${e}`, detail: `${e} after` };
      const cut = num(r, 2, Math.max(2, src.length - 2));
      return { text: `${src.slice(0, cut)}${e}${src.slice(cut)}`, detail: `${e} inside` };
    }
    case 'joined':
    case 'situation':
      return undefined; // made from two facts, below; situations by generateSituations
    case 'stacked': {
      // Several at once, as a stranger types: the words first (dialect, typo, initials), then a story, then
      // courtesy or emoji around it.
      let text = src;
      const done: string[] = [];
      for (const k of ['dialect', 'typo', 'initials', 'story', 'polite', 'emoji'] as const) {
        if (r() < 0.5) continue;
        const made = rewrite(r, k, text, vocab, fresh);
        if (made) {
          text = made.text;
          done.push(k);
        }
      }
      return done.length >= 2 ? { text, detail: done.join('+') } : undefined;
    }
  }
}

/**
 * Situations: a stranger rarely asks a fact's question; they tell what happened (how long, what the member did or
 * did not do, how many came) and ask what to do or whether it counts. Each row is a fact stating a condition and its
 * consequence, with the condition told in everyday words; a row with no fact tells a case no rule's conditions fit,
 * where nothing is the right answer (a neighbour's rule would be wrong). {who}, {ask} and numbers are filled in.
 */
interface Situation {
  fact?: string;
  also?: string[];
  stories: Record<Vocab, string[]>;
  asks: Record<Vocab, string[]>;
}

const WHO: Record<Vocab, string[]> = {
  tune: ['一个党员', '我们支部有个党员', '有个同志', '支部里有名老党员'],
  apart: ['我们这儿一名党员', '有位党员同志', '单位里一个老党员', '村里有个党员'],
};

const ASK_WHAT: Record<Vocab, string[]> = {
  tune: ['咋个认定', '算不算', '咋处理', '下一步咋办'],
  apart: ['该怎么定性', '这种算啥情况', '组织上怎么弄', '接下来怎么搞'],
};

const SITUATIONS: Situation[] = [
  {
    fact: 'member.lapse',
    also: ['dues.lapse'],
    stories: {
      tune: ['{who}出去打工{y}年多，电话不通，党费一直没交，也不参加活动，', '{who}{n}个多月没来过组织生活，也没说啥理由，'],
      apart: ['{who}快{n}个月人影不见，支部活动一次不来，问他也没个说法，', '{who}跑外地好{y}年了，联系不上，支部的会从来不参加，'],
    },
    asks: ASK_WHAT,
  },
  {
    fact: 'dues.lapse',
    also: ['member.lapse'],
    stories: {
      tune: ['{who}{n}个月没交党费了，也没说原因，', '{who}从去年到现在党费一分没交，催了也不理，'],
      apart: ['{who}大半年没缴党费，讲不出个正当理由，', '{who}党费拖了{n}个多月，一直不缴，'],
    },
    asks: ASK_WHAT,
  },
  {
    fact: 'discipline.minor-offence',
    stories: {
      tune: ['{who}吸毒被行政拘留，没构成犯罪，', '{who}打架被派出所罚了款，拘了几天，不够判刑，'],
      apart: ['{who}嫖娼被公安治安处罚了，够不上犯罪，', '{who}赌博被行政拘留{d}天，没到刑事那一步，'],
    },
    asks: {
      tune: ['党内咋处理', '要给处分不', '党纪上咋办'],
      apart: ['党内该怎么处理', '组织上要处分吗', '党纪怎么管'],
    },
  },
  {
    fact: 'discipline.crime',
    stories: {
      tune: ['{who}酒驾撞了人，被判了{y}年有期徒刑，', '{who}因为诈骗被法院判了{y}年，'],
      apart: ['{who}故意伤害被判刑{y}年，缓刑执行，', '{who}贪污被法院判了{y}年徒刑，'],
    },
    asks: {
      tune: ['党籍咋处理', '党内给啥处分', '还能留在党内不'],
      apart: ['党籍还保得住吗', '党内怎么处分', '组织上怎么处理'],
    },
  },
  {
    fact: 'life.committee.quorum',
    stories: {
      tune: ['支委{n}个人只来了{k}个，', '我们支委会{n}名委员，今天到了{k}个，'],
      apart: ['支部委员一共{n}位，开会那天就来了{k}位，', '支委会{n}个委员，请假的多，只到{k}个，'],
    },
    asks: {
      tune: ['会开得成不', '这个会算数不', '能开不'],
      apart: ['这会还能开吗', '开的会有效吗', '还开得了不'],
    },
  },
  {
    fact: 'member.unqualified',
    stories: {
      tune: ['{who}长期不参加活动，教育了还不改，', '{who}给了期限让他改正，到期了还是老样子，'],
      apart: ['{who}一直不起作用，谈了好几次话也没转变，', '{who}限期整改过了，照旧不改，'],
    },
    asks: {
      tune: ['下一步咋办', '咋处理', '能劝退不'],
      apart: ['接下来怎么搞', '组织上怎么弄', '要劝他退党吗'],
    },
  },
  {
    fact: 'member.mobile.who',
    stories: {
      tune: ['{who}去外省打工{n}个月了，组织关系还在村里，', '{who}出去做生意大半年，回不来参加活动，'],
      apart: ['{who}到深圳务工{n}个多月，关系没转，', '{who}外出经商一年多，支部活动参加不了，'],
    },
    asks: {
      tune: ['算不算流动党员', '算流动党员不', '这种算啥'],
      apart: ['是不是流动党员', '该不该算流动党员', '这种属于哪类'],
    },
  },
  {
    fact: 'discipline.probationary',
    stories: {
      tune: ['有个预备党员上个月违纪了，情节不重，', '一个预备党员喝酒误事违反了纪律，'],
      apart: ['一名预备党员犯了纪律上的错，', '我们一个预备党员违反了党纪，'],
    },
    asks: {
      tune: ['咋处理', '要延长预备期不', '下一步咋办'],
      apart: ['该怎么处理', '预备期要不要延', '组织上怎么弄'],
    },
  },
  {
    fact: 'dues.exemption',
    stories: {
      tune: ['{who}生病住院，家里特别困难，交党费吃力，', '{who}下岗了没收入，生活很困难，'],
      apart: ['{who}家里遭了灾，日子过得紧，党费都交不起，', '{who}常年看病花钱，生活确实困难，'],
    },
    asks: {
      tune: ['能免交不', '党费咋办', '能少交不'],
      apart: ['党费可以不交吗', '能不能减免', '党费怎么弄'],
    },
  },
  {
    fact: 'discipline.watch.extend',
    stories: {
      tune: ['{who}留党察看一年，到期了还是没改好，', '{who}受了留党察看，期满了表现还不行，'],
      apart: ['{who}察看期一年满了，还够不上恢复权利，', '{who}留党察看到期，问题还没改正，'],
    },
    asks: ASK_WHAT,
  },
  {
    // No rule's conditions fit: nothing is right, a neighbour's rule is wrong.
    stories: {
      tune: ['{who}家里老人过世了，请了{d}天假，', '{who}出差{d}天回来了，'],
      apart: ['{who}搬了新家，换了个小区住，', '{who}孩子考上大学了，'],
    },
    asks: {
      tune: ['咋个认定', '算不算'],
      apart: ['该怎么定性', '这种算啥情况'],
    },
  },
];

/** `count` situations told and asked (SITUATIONS), one after another in turn. */
export function generateSituations(count: number, seed: number, vocab: Vocab): GeneratedQuestion[] {
  const r = seeded(seed);
  const out: GeneratedQuestion[] = [];
  for (let i = 0; i < count; i++) {
    const s = SITUATIONS[i % SITUATIONS.length]!;
    const n = num(r, 5, 11);
    const story = pick(r, s.stories[vocab])
      .replace('{who}', pick(r, WHO[vocab]))
      .replace('{n}', String(n))
      .replace('{k}', String(num(r, 1, Math.floor((n - 1) / 2))))
      .replace('{y}', String(num(r, 1, 4)))
      .replace('{d}', String(num(r, 2, 10)));
    const ask = pick(r, s.asks[vocab]);
    const mark = pick(r, ['？', '', '?']);
    out.push({
      text: `${story}${ask}${mark}`,
      facts: s.fact ? [s.fact] : [],
      kind: 'situation',
      source: story,
      detail: s.fact ?? 'no rule',
      also: s.also,
    });
  }
  return out;
}

const wordings = (f: Fact) => [f.q, ...(f.p ?? [])];

/**
 * `count` questions, one rewrite kind each in turn, from random facts and wordings. A joined question is made of
 * two facts from different sections, so it asks two things.
 */
export function generateFactQuestions(
  facts: readonly Fact[],
  count: number,
  seed: number,
  vocab: Vocab,
  /** Typos from FRESH_TYPOS. */
  fresh = false,
): GeneratedQuestion[] {
  const r = seeded(seed);
  const out: GeneratedQuestion[] = [];
  let tries = 0;
  while (out.length < count && tries < count * 20) {
    tries++;
    const kind = REWRITE_KINDS[out.length % REWRITE_KINDS.length]!;
    const fact = pick(r, facts);
    const source = pick(r, wordings(fact));
    if (kind === 'joined') {
      const other = pick(r, facts);
      if (other.section === fact.section) continue;
      const joiner = pick(r, JOINERS[vocab]);
      const second = pick(r, wordings(other));
      out.push({ text: `${bare(source)}${joiner}${second}`, facts: [fact.id, other.id], kind, source, detail: joiner });
      continue;
    }
    const made = rewrite(r, kind, source, vocab, fresh);
    if (made) out.push({ ...made, facts: [fact.id], kind, source });
  }
  return out;
}

export type GeneratedVerdict = 'right' | 'wrong' | 'none';

/**
 * As the everyday eval judges an answer: right when every part asked is answered (by the source fact or another
 * fact with the same answer); wrong when some part is not, and a fact was given in its place; none when nothing,
 * or only some parts, were answered and nothing else was given. `extra`: right, but with an answer not asked added
 * (noise the asker reads, counted apart).
 */
export function judgeGenerated(
  item: GeneratedQuestion,
  facts: readonly Fact[],
  matched: readonly Fact[],
): { verdict: GeneratedVerdict; extra: boolean } {
  const answerOf = new Map(facts.map((f) => [f.id, f.a]));
  const asked = item.facts.map((id) => answerOf.get(id));
  const also = (item.also ?? []).map((id) => answerOf.get(id));
  const other = matched.some((f) => !asked.includes(f.a) && !also.includes(f.a));
  if (also.length > 0 && matched.some((f) => also.includes(f.a))) return { verdict: 'right', extra: other };
  // A situation no rule fits: nothing is right, any fact is wrong.
  if (item.facts.length === 0) return { verdict: other ? 'wrong' : 'right', extra: false };
  if (asked.every((a) => matched.some((f) => f.a === a))) return { verdict: 'right', extra: other };
  return { verdict: other ? 'wrong' : 'none', extra: false };
}

/** How many generated questions the fact layer (as the answer path calls it, matchParts) answers right, wrong or not at all. */
export function tallyGenerated(
  items: readonly GeneratedQuestion[],
  facts: readonly Fact[],
  index: FactIndex,
): Record<GeneratedVerdict, number> {
  const tally: Record<GeneratedVerdict, number> = { right: 0, wrong: 0, none: 0 };
  for (const item of items)
    tally[
      judgeGenerated(
        item,
        facts,
        matchParts(index, item.text).map((m) => m.fact),
      ).verdict
    ]++;
  return tally;
}
