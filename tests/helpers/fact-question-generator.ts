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
import { pick, pickStable, type Rand, sampleSlots, seeded } from './random';

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
  | 'situation'
  /** A widened situation (generateWideSituations). */
  | 'wide'
  /** A fact's own question with one part swapped for something the handbook does not answer (generateUnanswerable). */
  | 'near';
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
    case 'wide':
    case 'near':
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

/**
 * The widened situations (issue 22, facts15): many more rules with conditions and consequences, each told from
 * independent parts — who (the member, the 预备党员, the branch …), what happened with how long or how many, and
 * the ask — so a matcher can be right only by reading the conditions, not by one stock sentence. Each part has its
 * TUNE and APART halves; APART is never fixed against. A row without a fact tells a case no rule's conditions fit.
 */
interface WideSituation {
  fact?: string;
  also?: string[];
  who?: Record<Vocab, string[]>;
  /** The range {n} is drawn from: the told quantity that meets the rule's condition. */
  n?: [number, number];
  happened: Record<Vocab, string[]>;
  asks: Record<Vocab, string[]>;
}

const PROBATIONER: Record<Vocab, string[]> = {
  tune: ['有个预备党员', '我们支部一个预备党员', '去年入党的小王（预备党员）'],
  apart: ['一名预备党员同志', '村里新发展的预备党员', '单位有位预备党员'],
};
const BRANCH: Record<Vocab, string[]> = {
  tune: ['我们支部', '我们村党支部', '厂里的党支部'],
  apart: ['俺们这个支部', '社区党支部', '学校的一个党支部'],
};
const APPLICANT: Record<Vocab, string[]> = {
  tune: ['有个年轻人', '我们单位一个小伙子', '村里一个姑娘'],
  apart: ['有位青年同志', '公司新来的同事', '社区一个志愿者'],
};
const ASK_DO: Record<Vocab, string[]> = {
  tune: ['咋处理', '下一步咋办', '该咋弄'],
  apart: ['组织上怎么弄', '接下来怎么搞', '按规定怎么办'],
};
const ASK_MAY: Record<Vocab, string[]> = {
  tune: ['行不行', '可以不', '能不能这样'],
  apart: ['符合规定吗', '这样中不中', '合不合规'],
};

const WIDE_SITUATIONS: WideSituation[] = [
  {
    fact: 'member.lapse',
    also: ['dues.lapse'],
    n: [6, 14],
    happened: {
      tune: ['{who}已经{n}个月没参加组织生活了，也没请假，', '{who}连着{n}个月不来开会、不交党费，人也找不着，'],
      apart: ['{who}整整{n}个月没露面，支部的事一概不管，', '{who}失联{n}个多月，活动不来，讲不出理由，'],
    },
    asks: { tune: ['算不算脱党', '咋认定', '咋处理'], apart: ['按脱党处理吗', '组织上怎么定', '这种怎么定性'] },
  },
  {
    fact: 'member.probation.extend',
    also: ['member.probation.outcomes', 'discipline.probationary'],
    who: PROBATIONER,
    happened: {
      tune: ['{who}预备期快满了，但考察下来还不太够转正条件，', '{who}一年预备期到了，表现一般，支部觉得还要再看看，'],
      apart: ['{who}预备期届满，组织上认为尚需继续考察，', '{who}到期了，可群众意见不少，暂时转不了，'],
    },
    asks: {
      tune: ['能延长预备期不', '预备期能延长多久', '咋处理'],
      apart: ['预备期可以延吗', '最多能延多长', '组织上怎么弄'],
    },
  },
  {
    fact: 'member.probation.date',
    who: PROBATIONER,
    happened: {
      tune: ['{who}预备期上个月就满了，支部大会这个月才开会讨论转正，', '{who}预备期满了，上级党委过了两个月才批下来，'],
      apart: ['{who}期满以后，支部大会拖了一阵才表决，', '{who}到期后，批复晚了好些天才下来，'],
    },
    asks: {
      tune: ['转正时间从哪天算', '转正日期按哪天', '算哪天转的正'],
      apart: ['转正日期以哪天为准', '转正该从哪一天起算', '正式党员从哪天算起'],
    },
  },
  {
    fact: 'member.party-age',
    also: ['member.party-age.50', 'member.probation.date'],
    happened: {
      tune: ['{who}{y}年前交的入党申请书，后来被接收为预备党员，', '{who}是先当了一年预备党员才转正的，'],
      apart: ['{who}递交申请、当积极分子、再到预备党员，前后好多年，', '{who}入党宣誓那天到现在也有些年头了，'],
    },
    asks: {
      tune: ['党龄从啥时候算', '党龄咋算', '预备期算不算党龄'],
      apart: ['党龄以哪天起算', '预备那一年计入党龄吗', '党龄怎么计算'],
    },
  },
  {
    fact: 'member.party-age.extended',
    who: PROBATIONER,
    happened: {
      tune: ['{who}预备期被延长了半年，后来转正了，', '{who}因为表现不好预备期延长了一年，'],
      apart: ['{who}当初预备期延了几个月才转正，', '{who}延长预备期之后才转为正式党员，'],
    },
    asks: {
      tune: ['党龄咋算', '党龄从啥时候算', '延长的那段算党龄不'],
      apart: ['党龄以哪天起算', '延长的那几个月计入党龄吗', '党龄怎么计算'],
    },
  },
  {
    fact: 'discipline.effects',
    also: ['discipline.influence.start'],
    happened: {
      tune: ['{who}去年受了严重警告处分，', '{who}受了警告处分，今年单位想提拔他，', '{who}被撤销了党内职务，'],
      apart: ['{who}挨了个警告，', '{who}前阵子领了严重警告，', '{who}党内职务给撤了，'],
    },
    asks: {
      tune: ['影响多久', '多久以后才能提拔', '影响期是多长'],
      apart: ['影响要持续多长时间', '几年内受影响', '要过多久才没影响'],
    },
  },
  {
    fact: 'discipline.watch.rights',
    happened: {
      tune: ['{who}受了留党察看处分，正在察看期，', '{who}现在留党察看期间，'],
      apart: ['{who}被给予留党察看，还没恢复权利，', '{who}察看期还没满，'],
    },
    asks: {
      tune: ['换届能投票不', '还能参加选举不', '还有表决权不'],
      apart: ['选举权还有吗', '能不能举手表决', '能不能当选支委'],
    },
  },
  {
    fact: 'discipline.watch.again',
    happened: {
      tune: ['{who}留党察看期间又违纪了，', '{who}在察看期内又被查出别的违纪问题，'],
      apart: ['{who}受留党察看还没满，又犯了纪律上的事，', '{who}察看期里又出了应受处分的问题，'],
    },
    asks: ASK_DO,
  },
  {
    fact: 'discipline.influence.overlap',
    happened: {
      tune: ['{who}受警告处分才{n}个月，又受了严重警告，', '{who}在处分影响期内又挨了一个处分，'],
      apart: ['{who}头一个处分影响期还没过，又被处分了，', '{who}警告之后{n}个月里又受了新处分，'],
    },
    n: [2, 10],
    asks: {
      tune: ['影响期咋算', '影响期多长', '两个处分的影响期怎么算'],
      apart: ['影响期怎么叠加', '新的影响期要多久', '影响期如何计算'],
    },
  },
  {
    fact: 'discipline.appeal',
    happened: {
      tune: ['{who}受了处分，觉得处理得不公道，', '{who}对给他的党纪处分不服气，'],
      apart: ['{who}认为自己的处分冤枉，', '{who}不认可组织上给的处分决定，'],
    },
    asks: {
      tune: ['他能找谁说理', '咋申诉', '能往上告不'],
      apart: ['可以向哪里反映', '有什么途径申诉', '能否向上级提出'],
    },
  },
  {
    fact: 'member.withdrawal',
    happened: {
      tune: ['{who}自己写了个东西说要退党，', '{who}跟支部说不想当党员了，要求退党，'],
      apart: ['{who}主动提出退出党组织，', '{who}递了个退党申请，'],
    },
    asks: ASK_DO,
  },
  {
    fact: 'member.age',
    who: APPLICANT,
    n: [14, 17],
    happened: {
      tune: ['{who}今年才{n}岁，想写入党申请书，', '{who}{n}周岁，高中还没毕业，想申请入党，'],
      apart: ['{who}刚满{n}岁，积极要求进步，想交入党申请，', '{who}年纪{n}岁，说要递申请书入党，'],
    },
    asks: ASK_MAY,
  },
  {
    fact: 'develop.introducers',
    happened: {
      tune: ['发展对象想请一个预备党员当入党介绍人，', '支部打算让一个受留党察看、还没恢复权利的党员当入党介绍人，'],
      apart: ['入党介绍人想找个还在预备期的同志，', '想叫一个察看期还没满的党员做介绍人，'],
    },
    who: { tune: [''], apart: [''] },
    asks: ASK_MAY,
  },
  {
    fact: 'life.voting.rule',
    also: ['develop.admission.vote', 'member.probation.vote'],
    who: BRANCH,
    n: [12, 40],
    happened: {
      tune: ['{who}有表决权的党员{n}个，支部大会只到了{k}个，', '{who}{n}名正式党员，开党员大会来了{k}人，'],
      apart: ['{who}应到会正式党员{n}名，实到{k}名，', '{who}一共{n}个有表决权的，那天就来了{k}个，'],
    },
    asks: {
      tune: ['能表决不', '会上表决算数不', '还能举手表决不'],
      apart: ['这样能表决吗', '表决有效吗', '能不能进行表决'],
    },
  },
  {
    fact: 'branch.election.quorum',
    who: BRANCH,
    n: [15, 40],
    happened: {
      tune: ['{who}换届选举，有选举权的{n}个人，到会{k}个，', '{who}开选举大会，应到{n}人，实到{k}人，'],
      apart: ['{who}选支委那天，应到会{n}名，来了{k}名，', '{who}改选委员会，{n}个有选举权的只来了{k}个，'],
    },
    asks: {
      tune: ['选举有效不', '这次选举算不算数', '能选举不'],
      apart: ['选举结果有效吗', '能不能进行选举', '选举作数吗'],
    },
  },
  {
    fact: 'branch.setup.min',
    also: ['branch.setup.joint'],
    who: { tune: ['我们公司', '村里的合作社'], apart: ['俺们厂', '这个小企业'] },
    n: [1, 2],
    happened: {
      tune: ['{who}只有{n}个正式党员，', '{who}正式党员{n}名，还有几个预备党员，'],
      apart: ['{who}统共{n}名正式党员，', '{who}就{n}个正式党员，'],
    },
    asks: {
      tune: ['能单独成立支部不', '支部咋建', '能建支部不'],
      apart: ['可以自己成立党支部吗', '组织怎么设置', '党组织该怎么建'],
    },
  },
  {
    fact: 'branch.committee.threshold',
    who: BRANCH,
    n: [3, 6],
    happened: {
      tune: ['{who}正式党员就{n}个，', '{who}{n}个正式党员，加上两个预备党员，'],
      apart: ['{who}统共{n}名正式党员，', '{who}正式党员只有{n}位，'],
    },
    asks: {
      tune: ['要不要设支委会', '需要选支委不', '支委会咋设'],
      apart: ['支部委员会要不要成立', '需不需要设支部委员会', '是否设支委会'],
    },
  },
  {
    fact: 'branch.setup.max',
    who: BRANCH,
    n: [55, 90],
    happened: {
      tune: ['{who}党员越来越多，现在有{n}个了，', '{who}合并以后党员到了{n}人，'],
      apart: ['{who}党员人数涨到{n}名，', '{who}一下子有了{n}个党员，'],
    },
    asks: {
      tune: ['还能放一个支部不', '咋处理', '要不要拆分'],
      apart: ['一个支部装得下吗', '组织上怎么弄', '是不是得分开'],
    },
  },
  {
    fact: 'branch.term.delay',
    also: ['branch.term'],
    who: BRANCH,
    happened: {
      tune: ['{who}任期到了，但手头工作忙，想推迟{n}个月再换届，', '{who}今年该换届了，书记想往后拖一拖，'],
      apart: ['{who}届满了，打算延后{n}个月选举，', '{who}任期已满，想缓一缓再改选，'],
    },
    n: [3, 8],
    asks: ASK_MAY,
  },
  {
    fact: 'develop.activist.length',
    also: ['develop.candidate.who'],
    happened: {
      tune: ['有个入党积极分子才培养了{n}个月，', '一个积极分子确定下来{n}个月了，表现挺好，'],
      apart: ['积极分子考察了{n}个月，', '有位同志当积极分子{n}个来月，'],
    },
    who: { tune: [''], apart: [''] },
    n: [4, 10],
    asks: {
      tune: ['能列为发展对象不', '能不能当发展对象', '可以发展了不'],
      apart: ['够不够列为发展对象', '可以确定为发展对象吗', '能否进入发展对象阶段'],
    },
  },
  {
    fact: 'develop.candidate.training',
    happened: {
      tune: ['有个发展对象因为出差没参加集中培训，', '发展对象集中培训那几天请假了，'],
      apart: ['一位发展对象错过了集中培训，', '发展对象培训缺了课，'],
    },
    who: { tune: [''], apart: [''] },
    asks: {
      tune: ['还能发展不', '能接收为预备党员不', '咋处理'],
      apart: ['还能不能入党', '要补训吗', '接下来怎么搞'],
    },
  },
  {
    fact: 'develop.candidate.vetting',
    happened: {
      tune: ['有个发展对象政审还没做，', '发展对象的政审材料还没回来，支部就想开会接收，'],
      apart: ['发展对象政治审查没搞，', '政审结果还没出来，想先把发展对象接收了，'],
    },
    who: { tune: [''], apart: [''] },
    asks: ASK_MAY,
  },
  {
    fact: 'develop.admission.approval',
    who: BRANCH,
    n: [4, 8],
    happened: {
      tune: ['{who}支部大会通过接收预备党员都{n}个月了，上级党委还没审批，', '{who}报上去的预备党员，党委{n}个月了还没批，'],
      apart: ['{who}接收预备党员的决议报上去{n}个月，批复还没下来，', '{who}支部大会表决通过后，上面拖了{n}个月没审批，'],
    },
    asks: {
      tune: ['正常不', '上级多久要批', '这样行不行'],
      apart: ['符合规定吗', '审批有时限吗', '上级最迟多久批'],
    },
  },
  {
    fact: 'develop.application.talk',
    who: APPLICANT,
    n: [2, 5],
    happened: {
      tune: ['{who}交了入党申请书{n}个月了，没人找他谈话，', '{who}递交入党申请书快{n}个月，支部一直没动静，'],
      apart: ['{who}申请书交上去{n}个月，组织上没派人谈过，', '{who}写了入党申请{n}个多月，没人联系，'],
    },
    asks: {
      tune: ['正常不', '党组织多久要找他谈', '这样对吗'],
      apart: ['符合规定吗', '组织上多长时间内要谈话', '是不是拖久了'],
    },
  },
  {
    fact: 'branch.secretary.seniority',
    who: BRANCH,
    n: [3, 10],
    happened: {
      tune: ['{who}想选一个转正才{n}个月的党员当书记，', '{who}打算让一个党龄不到一年的同志当支部书记，'],
      apart: ['{who}准备推一位入党没几个月的人当书记，', '{who}书记人选的党龄只有{n}个月，'],
    },
    asks: ASK_MAY,
  },
  {
    fact: 'member.rights.probationary',
    who: PROBATIONER,
    happened: {
      tune: ['{who}参加支部换届大会，', '{who}来开支部大会，会上要表决事情，'],
      apart: ['{who}列席了选举大会，', '{who}出席党员大会，碰上投票表决，'],
    },
    asks: {
      tune: ['能投票不', '有表决权不', '能举手表决不'],
      apart: ['可以参加投票吗', '有没有选举权', '能不能参加表决'],
    },
  },
  {
    fact: 'life.voting.detained',
    happened: {
      tune: ['{who}被留置了，', '{who}被依法逮捕了，案子还没判，'],
      apart: ['{who}让监委留置了，', '{who}被公安依法逮捕，'],
    },
    asks: {
      tune: ['他的表决权咋办', '还能参加选举不', '党员权利咋处理'],
      apart: ['选举权还保留吗', '党内权利怎么办', '他的表决权还有吗'],
    },
  },
  {
    fact: 'dues.large',
    n: [2, 9],
    happened: {
      tune: ['{who}要一次交{n}万元党费，', '{who}自愿多交党费，一下子拿来{n}千块，'],
      apart: ['{who}想一次性缴{n}万块党费，', '{who}主动多缴了{n}千元党费，'],
    },
    asks: {
      tune: ['这钱咋处理', '能收不', '这笔党费咋上缴'],
      apart: ['这笔钱怎么管', '党费怎么上交', '支部能自己留着用吗'],
    },
  },
  {
    fact: 'dues.retired',
    n: [25, 90],
    happened: {
      tune: ['{who}退休了，每月养老金{n}00元，', '{who}已经退休，退休费一个月{n}00块，'],
      apart: ['{who}离休了，月领{n}00元退休金，', '{who}退下来了，每个月养老金有{n}00，'],
    },
    asks: {
      tune: ['党费交多少', '每月交多少党费', '党费咋算'],
      apart: ['党费按啥比例交', '一个月该缴多少', '党费怎么计算'],
    },
  },
  {
    fact: 'dues.rates',
    also: ['dues.calculation.flat', 'dues.calculation.steps', 'dues.base'],
    n: [25, 150],
    happened: {
      tune: ['{who}在单位上班，每月税后工资{n}00元，', '{who}在职，一个月到手{n}00块，'],
      apart: ['{who}在公司上班，月薪税后{n}00元，', '{who}在岗职工，工资每月{n}00，'],
    },
    asks: {
      tune: ['党费交多少', '每月交多少党费', '党费咋算'],
      apart: ['党费按啥比例交', '一个月该缴多少', '党费怎么计算'],
    },
  },
  {
    fact: 'dues.fixed',
    also: ['dues.exemption.low'],
    happened: {
      tune: ['{who}是在村里种地的农民党员，', '{who}还在读大学，是学生党员，'],
      apart: ['{who}在家务农，没别的收入，', '{who}下岗失业在家，'],
    },
    asks: {
      tune: ['党费交多少', '每月交多少党费', '党费咋算'],
      apart: ['党费按啥标准交', '一个月该缴多少', '党费怎么定'],
    },
  },
  {
    fact: 'dues.activist',
    happened: {
      tune: ['有个入党积极分子主动要交党费，', '一个发展对象问要不要开始交党费，'],
      apart: ['积极分子想提前缴党费，', '发展对象说想先交点党费表表心意，'],
    },
    who: { tune: [''], apart: [''] },
    asks: {
      tune: ['要交不', '能收不', '咋处理'],
      apart: ['需要缴吗', '可以收吗', '该怎么办'],
    },
  },
  {
    fact: 'dues.probationary',
    who: PROBATIONER,
    happened: {
      tune: ['{who}上个月支部大会刚通过接收，上级还没批，', '{who}刚被接收，还没转正，'],
      apart: ['{who}党员大会刚表决通过接收，', '{who}才入党，预备期刚开始，'],
    },
    asks: {
      tune: ['党费从啥时候交', '现在就要交党费不', '党费咋交'],
      apart: ['党费从哪天开始缴', '要不要现在缴党费', '党费何时起交'],
    },
  },
  {
    fact: 'member.transfer',
    also: ['member.transfer.letter', 'member.mobile.transfer'],
    happened: {
      tune: ['{who}调到外地单位工作了，', '{who}工作换到别的城市，家也搬过去了，'],
      apart: ['{who}跳槽去了外省一家公司，', '{who}搬到另一个区住，工作也换了，'],
    },
    asks: {
      tune: ['组织关系咋办', '组织关系要转不', '咋处理'],
      apart: ['组织关系怎么弄', '关系要不要转走', '党员关系如何处理'],
    },
  },
  {
    fact: 'cert.filing',
    also: ['cert.filing.who'],
    who: BRANCH,
    happened: {
      tune: ['{who}书记调走了，换了个新人当书记，', '{who}组织委员调岗，新来了一个，'],
      apart: ['{who}党务干事离职了，补了个新人，', '{who}支委调整了两个人，'],
    },
    asks: {
      tune: ['要报备不', '多久内要报', '要跟组织部报吗'],
      apart: ['需不需要报备', '报备有时限吗', '几天之内得报上去'],
    },
  },
  {
    fact: 'member.education.elderly',
    also: ['member.education.duty'],
    happened: {
      tune: ['{who}八十多了，腿脚不好，来不了集中学习，', '{who}常年卧床，参加不了支部学习，'],
      apart: ['{who}年纪大行动不便，没法到场学习，', '{who}身体不好出不了门，学习参加不了，'],
    },
    asks: ASK_DO,
  },
  {
    happened: {
      tune: ['{who}家里老人过世了，请了{n}天假，', '{who}出差{n}天回来了，', '{who}换了个手机号，'],
      apart: ['{who}搬了新家，换了个小区住，', '{who}孩子考上大学了，', '{who}评上了单位的先进个人，'],
    },
    n: [2, 10],
    asks: {
      tune: ['咋个认定', '算不算', '咋处理'],
      apart: ['该怎么定性', '这种算啥情况', '组织上怎么弄'],
    },
  },
];

/** The rules the widened situations tell (their facts), for a check that every one is still a fact. */
export const WIDE_SITUATION_FACTS: readonly string[] = WIDE_SITUATIONS.flatMap((s) => (s.fact ? [s.fact] : []));

/** `count` widened situations (WIDE_SITUATIONS), told from their parts in turn: who, what happened, the ask. */
export function generateWideSituations(count: number, seed: number, vocab: Vocab): GeneratedQuestion[] {
  const r = seeded(seed);
  const out: GeneratedQuestion[] = [];
  for (let i = 0; i < count; i++) {
    const s = WIDE_SITUATIONS[i % WIDE_SITUATIONS.length]!;
    const [lo, hi] = s.n ?? [5, 11];
    const n = num(r, lo, hi);
    const story = pick(r, s.happened[vocab])
      .replace('{who}', pick(r, (s.who ?? WHO)[vocab]))
      .replace('{n}', String(n))
      // A count below the half of {n} (attendance short of a quorum) or above four fifths, in turn.
      .replace('{k}', String(i % 2 === 0 ? num(r, 1, Math.max(1, Math.floor(n / 2) - 1)) : num(r, Math.floor((4 * n) / 5) + 1, n)))
      .replace('{y}', String(num(r, 3, 30)));
    const ask = pick(r, s.asks[vocab]);
    const mark = pick(r, ['？', '', '?']);
    out.push({
      text: `${story}${ask}${mark}`,
      facts: s.fact ? [s.fact] : [],
      kind: 'wide',
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
  const byId = (f: Fact) => f.id;
  return sampleSlots(seed, count, count * 20, (r, slot) => {
    const kind = REWRITE_KINDS[slot % REWRITE_KINDS.length]!;
    const fact = pickStable(r, facts, byId);
    const source = pick(r, wordings(fact));
    if (kind === 'joined') {
      const other = pickStable(r, facts, byId);
      if (other.section === fact.section) return undefined;
      const joiner = pick(r, JOINERS[vocab]);
      const second = pick(r, wordings(other));
      return { text: `${bare(source)}${joiner}${second}`, facts: [fact.id, other.id], kind, source, detail: joiner };
    }
    const made = rewrite(r, kind, source, vocab, fresh);
    return made ? { ...made, facts: [fact.id], kind, source } : undefined;
  });
}

/**
 * Near-but-unanswerable questions: a fact's own question with one part swapped for something the handbook does not
 * answer — another organisation (团支部 for the 党支部), another role or subject (团员 for the 党员), another
 * payment, event or document (团费, 团课, 入团申请书). It looks like the fact's question and asks what no fact holds,
 * so nothing is the right answer and any fact given is wrong (a neighbouring fact stated as if it answered).
 * Each swap's replacements come in two halves: TUNE, which gates may be tightened against, and APART, never used to
 * decide a change. A replacement any fact's own text says is never used: the handbook might hold that question.
 */
interface Swap {
  /** What the part is (organisation, role, payment …), for grouping the failures. */
  part: string;
  /** The part as the facts' wordings spell it. */
  from: RegExp;
  to: Record<Vocab, string[]>;
}

const SWAPS: Swap[] = [
  { part: 'org', from: /党支部/, to: { tune: ['团支部', '工会', '妇联', '村委会'], apart: ['居委会', '学生会', '业委会', '团委'] } },
  {
    part: 'org',
    from: /(?<!党|团)支部(?!委员|书记|大会)/,
    to: { tune: ['工会', '妇联', '村委会'], apart: ['居委会', '学生会', '业委会'] },
  },
  { part: 'org', from: /党组织/, to: { tune: ['团组织', '工会组织', '妇联'], apart: ['学生会', '协会', '商会'] } },
  { part: 'role', from: /(?<![预正流退学农老])党员(?!大会|代表|领导)/, to: { tune: ['团员', '工会会员'], apart: ['志愿者', '民兵'] } },
  { part: 'role', from: /书记/, to: { tune: ['村主任', '会计'], apart: ['出纳', '网格员'] } },
  { part: 'payment', from: /党费/, to: { tune: ['团费', '会费'], apart: ['物业费', '医保费'] } },
  { part: 'event', from: /党课/, to: { tune: ['团课'], apart: ['家长会'] } },
  { part: 'event', from: /主题党日/, to: { tune: ['主题团日'], apart: ['读书日'] } },
  { part: 'event', from: /入党(?!申请书|志愿书|介绍人|积极分子)/, to: { tune: ['入团', '入会'], apart: ['入伍', '入职'] } },
  { part: 'document', from: /入党申请书/, to: { tune: ['入团申请书', '辞职报告'], apart: ['请假条', '低保申请'] } },
  { part: 'document', from: /入党志愿书/, to: { tune: ['入团志愿书'], apart: ['承诺书'] } },
  { part: 'document', from: /党章/, to: { tune: ['团章'], apart: ['村规民约'] } },
];

/** `count` near-but-unanswerable questions (SWAPS), from facts taken at random, one swap each. */
export function generateUnanswerable(facts: readonly Fact[], count: number, seed: number, vocab: Vocab): GeneratedQuestion[] {
  const said = facts.map((f) => [f.q, ...(f.p ?? []), f.a].join('|')).join('|');
  return sampleSlots(seed, count, count * 50, (r) => {
    const source = pick(r, wordings(pickStable(r, facts, (f) => f.id)));
    const swaps = SWAPS.filter((s) => s.from.test(source));
    if (swaps.length === 0) return undefined;
    const swap = pick(r, swaps);
    const to = pick(r, swap.to[vocab]);
    if (said.includes(to)) return undefined;
    const from = source.match(swap.from)![0];
    return {
      text: source.replace(new RegExp(swap.from.source, 'g'), to),
      facts: [],
      kind: 'near',
      source,
      detail: `${swap.part} ${from}→${to}`,
    } satisfies GeneratedQuestion;
  });
}

/** The swap lists' replacements of one half (for the tests: no replacement is a word any fact says). */
export const swapWords = (vocab: Vocab): string[] => [...new Set(SWAPS.flatMap((s) => s.to[vocab]))];

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
