import {
  type AskedKind,
  askedBound,
  askedValueKinds,
  asksForPapers,
  type Bound,
  COMMON_NOUN_TAGS,
  cleanQuestion,
  domainTerms,
  EVERYDAY_VOCABULARY,
  givesAsked,
  type KnowledgeIndex,
  namedBodies,
  namedSituations,
  namesBodies,
  namesSituations,
  normalizeForIndex,
  nounsOf,
  queryTerms,
  questionKinds,
  type SearchHit,
  saysPapers,
  statedBy,
  synonymsOf,
} from '../../../knowledge';
import { sharedFactIndex } from './facts-answerer';

/**
 * Precision guards of the passage answer: a passage that shares the question's common words but not what it
 * asks about is no answer, and a wrong paragraph shown as the answer is worse than an honest "not found". A
 * passage answers only when
 *  - it names every other body the question names (团支部, 村委会, 党总支 …), as a fact must (knowledge/facts/guards.ts),
 *    and every life event or circumstance (去世, 出国, 离婚, a lost document …) the question names;
 *  - it holds at least half of the question's distinctive subject nouns: nouns the index knows but not every
 *    passage holds ("工资" in "支部书记的工资由谁发"; not 党员 or 支部, which say nothing about which passage answers);
 *    a question whose only nouns besides such generic ones are nouns the index never uses (政党, 信教) is about
 *    something the documents do not hold;
 *  - the text shown states the kind of value asked (how often, how long, how many, when, how much) and the bound
 *    asked (最少, 最多), as a fact's answer sentence must;
 *  - for a question asking who, the text shown names a body, a role or a step of approval;
 *  - the question does not ask a figure worked from a head count it gives (至少几票 of 22 members);
 *  - for a question whether a case counts as a thing, the text shown states what counts (算, 是指, 认定 …).
 * General on purpose: no rule here names a question of the evaluation sets.
 */

/** Words held by at least this share of the passages say nothing about which one answers (党员 0.86, 支部 0.65 …). */
export const GENERIC_SHARE = 0.5;

export type PassageRefusal = 'other-body' | 'situation' | 'subject' | 'kind' | 'who' | 'worked' | 'counts-as';

export interface PassageQuestion {
  /** Other bodies the question names (团支部 …). */
  bodies: string[];
  /** Life events and circumstances the question names (去世, 出国 …), as groups of spellings (knowledge/facts/guards.ts). */
  situations: string[][];
  /** Each distinctive subject noun with the spellings that count for it. */
  subjects: string[][];
  /** Nouns of the question the index never uses. */
  unknown: string[];
  /** Domain terms the question names that the index never holds whole (党委书记): a passage must spell each. */
  named?: string[];
  asked: AskedKind[];
  bound?: Bound;
  who: boolean;
  /** The question gives a head count and asks how many of them (votes, people): a worked figure. */
  worked: boolean;
  /** The question asks whether someone or something counts as a thing ("算流动党员吗", "算不算自行脱党"). */
  countsAs: boolean;
  /** The question asks what papers to hand in or where ("要准备哪些材料", "报到哪里"; knowledge/facts/guards.ts). */
  papers?: boolean;
  /** The question speaks of the 党费 or of paying something (交, 缴, 扣 …): a passage of the 党费 chapter may answer it. */
  dues?: boolean;
  /**
   * The object of the asking verb where the handbook never says it (knowledge/facts/subject.ts: "多久写一次思想汇报"):
   * a passage must name it, or it answers of a neighbouring thing (how often the 支部 reviews its 积极分子).
   */
  foreign?: string[];
  /** Whether it asks whether one may (可以, 能, 允许 …): see DEFINES. */
  may?: boolean;
  /** The question as read, to look for the term a definition defines. */
  text?: string;
}

/** The question as the guards read it: normalised, decoration stripped, the domain's typos read as meant. */
const asRead = (question: string) => normalizeForIndex(cleanQuestion(question));

/** Other bodies than the Party's own organisation that the question names. */
export const bodiesNamed = (question: string): string[] => namedBodies(asRead(question));

/**
 * Spans of the question that everyday wording puts in handbook terms (到手 → 税后工资): a word inside one also
 * counts as found when a term of its handbook wording is.
 */
function everydaySpans(text: string): Array<{ from: number; to: number; terms: string[] }> {
  const spans: Array<{ from: number; to: number; terms: string[] }> = [];
  for (const { say, handbook } of EVERYDAY_VOCABULARY)
    for (const m of text.matchAll(say)) {
      const from = m.index ?? 0;
      spans.push({ from, to: from + m[0].length, terms: queryTerms(handbook) });
    }
  return spans;
}

/** Nouns that name what is asked, not what about: a passage states them its own way (不同 for 区别). */
const ASKED_NOUNS =
  /^(?:区别|差别|不同|时候|时间|内容|情况|方面|要求|规定|标准|程序|步骤|流程|手续|环节|办法|方式|意思|东西|事情|问题|地方|条件)$/;
/** Question phrases whose characters jieba may join with the next word ("多少人才有效" → 人才). */
const QUESTION_PHRASE = /(?:多少|几)(?:个|名|位)?(?:人|天|年|月|次|回)|什么|哪些|哪个|哪里|哪儿/g;
/** Asks which ones ("哪几个会"): a list answers it without a number. */
const ASKS_WHICH = /哪几|哪些/;

/** Asks who decides, approves, is responsible. */
const ASKS_WHO = /谁|哪个(?:组织|部门|机构)|哪些部门|哪一级|哪级|由哪|什么(?:人|机构|组织|部门)/;
/** A text that answers who: it names a body or a role, or a step of approval (主持 but not 主持人, a list item). */
const STATES_WHO =
  /由|负责|批准|审批|决定|召集|主持(?!人)|选举产生|担任|指定|备案|审查|交给|上缴|推选|推荐|书记|委员|党委|党组|组织部门|纪委|机关|部门|上级|中央|党员大会|支部大会|委员会|党小组|组长|本人|介绍人|联系人|领导/;

/**
 * A head count the asker gives ("支部22个正式党员") and a count asked of it ("至少得几票"): the answer is a figure
 * worked from the rule, which only a fact's calculation gives (knowledge/facts/worked-answer.ts); a passage states the rule
 * in general ("超过应到会的半数") and leaves the asker to get the arithmetic wrong, so it does not answer.
 */
const GIVES_HEADCOUNT = /(?:\d+|[一二两三四五六七八九十]{1,3})\s*(?:个|名|位)?(?:正式|预备|有表决权的)?(?:党员|人)/;
const ASKS_HEADCOUNT = /几票|多少票|(?:几|多少)(?:个|名|位)?人|多少个/;

/**
 * Whether a case counts as a thing ("组织关系还在老家，算流动党员吗") is answered by what the thing is, its
 * criterion; a passage on how the thing is handled ("流动党员由流出地党组织管理") leaves the question open and
 * reads as a yes.
 */
const ASKS_COUNTS_AS = /算不算|算[^，,。？?！!]{1,10}(?:吗|么|嘛)|是不是算/;
const STATES_COUNTS_AS = /算|是指|指的是|认定|属于|视为|视作|称为|即为|界定/;

/**
 * A text that defines a term ("什么人算流动党员：外出务工经商…的党员", "X是指…") says who or what the term covers, not
 * whether anyone may do the things its description names: "党员可以经商吗" is not answered by the 经商 inside the
 * definition of a 流动党员. Such a text answers a question whether one may only when the question names the term.
 */
const DEFINES =
  /^(?:什么(?:样的?)?(?:人|党员|情况|行为)?算|哪些(?:人|党员|情况)算)([\u4e00-\u9fff]{2,10}?)[：:]|^([\u4e00-\u9fff]{2,10}?)(?:是指|指的是)/;

/**
 * The 党费 chapter's rules are about paying the 党费: a question that names neither it nor paying ("村支书一个月补贴
 * 多少钱") asks about another sum (a wage, an allowance), which the base and rates of the 党费 do not give.
 */
const SPEAKS_OF_DUES = /党费|黨費|党废|挡费|交|缴|繳|纳|扣|收|免|减/;
const DUES_CHAPTER = /(?:›\s*|》)党费(?:\s|›|$)/;

/** What the guards look for in a passage, worked out once per question. */
export async function preparePassageQuestion(question: string, index: KnowledgeIndex): Promise<PassageQuestion> {
  const text = asRead(question);
  const kinds = questionKinds(text);
  const pieces = nounsOf(text.replace(QUESTION_PHRASE, '，')).filter((t) => !/\d/.test(t) && !ASKED_NOUNS.test(t));
  // The domain's own terms are read whole: jieba cuts 发展对象 into the nouns 发展 and 对象, each of which some
  // passage on another subject (人员变动报备) holds.
  // Each weighs as the pieces it stands for, so the share of subjects a passage must hold is what it was.
  const whole = wholeTerms(text, pieces);
  const nouns = [
    ...whole.flatMap((w) => pieces.filter((t) => t !== w && w.includes(t)).map(() => w)),
    ...pieces.filter((t) => !whole.some((w) => w.includes(t))),
  ];
  const shares = await index.termShares(nouns);
  // Nouns the index knows (a word it never uses cannot be looked for) and not every passage holds; of a word
  // and its pieces (支部书记, 书记), the whole word.
  // A domain term the index cuts into pieces, or never indexes whole (党委书记), has no share of its own: it is
  // as distinctive as the term it is, and a passage answers it only by spelling it.
  const domain = new Set(domainTerms());
  const known = nouns.filter((t) => {
    const share = shares.get(t) ?? 0;
    return (share > 0 || whole.includes(t) || domain.has(t)) && share < GENERIC_SHARE;
  });
  const common = new Set(nounsOf(text.replace(QUESTION_PHRASE, '，'), COMMON_NOUN_TAGS));
  const unknown = nouns.filter((t) => !shares.get(t) && common.has(t));
  const maximal = known.filter((t) => !known.some((o) => o !== t && o.includes(t)));
  const spans = everydaySpans(text);
  const subjects = maximal.map((noun) => {
    const at = text.indexOf(noun);
    const rewritten = spans.filter((s) => at >= 0 && at < s.to && at + noun.length > s.from).flatMap((s) => s.terms);
    // The meeting of a body that the question spells out is what it asks about (党小组会, not 党小组), unless
    // that 会 is "will" ("不参加组织生活会被认定…").
    const meeting = synonymsOf(noun)
      .filter((s) => s.endsWith('会') && s.includes(noun) && new RegExp(`${s}(?![被不让使])`).test(text))
      .sort((a, b) => b.length - a.length)[0];
    const word = meeting ?? noun;
    // A shorter member of its synonym group is a broader word (党小组 for 党小组会): it does not count.
    return [word, ...synonymsOf(word).filter((s) => !word.includes(s)), ...rewritten];
  });
  return {
    bodies: namedBodies(text),
    situations: namedSituations(text),
    subjects,
    unknown,
    named: unknown.filter((t) => domain.has(t)),
    asked: askedValueKinds(text, kinds).filter((k) => k !== 'count' || !ASKS_WHICH.test(text)),
    bound: askedBound(text),
    who: ASKS_WHO.test(text) && !kinds.includes('may'),
    worked: GIVES_HEADCOUNT.test(text) && ASKS_HEADCOUNT.test(text),
    countsAs: ASKS_COUNTS_AS.test(text),
    papers: asksForPapers(text),
    dues: SPEAKS_OF_DUES.test(text),
    foreign: sharedFactIndex().objectsAsked(question),
    may: kinds.includes('may'),
    text,
  };
}

const VALUE_WORD = /^[每一二两三四五六七八九十几多半]/;

/** The domain terms a question spells that the nouns read in it cut into two or more pieces (发展 + 对象). */
function wholeTerms(text: string, nouns: readonly string[]): string[] {
  const found: string[] = [];
  for (const t of domainTerms()) {
    // A value (每季度, 五十年) is what is asked or told, not what about.
    if (!text.includes(t) || found.some((f) => f.includes(t)) || VALUE_WORD.test(t)) continue;
    const inside = nouns.filter((n) => n !== t && t.includes(n));
    const covered = new Set(inside.flatMap((n) => [...n]));
    if (inside.length >= 2 && [...t].every((c) => covered.has(c))) found.push(t);
  }
  return found;
}

const normalized = new Map<string, string>();
/**
 * A passage as the guards match in it (simplified, half-width, lower case), remembered: the same sections are
 * read for question after question, and converting one costs more than the checks on it.
 */
function normalizedPassage(hit: Pick<SearchHit, 'title' | 'text'>): string {
  const key = `${hit.title}\n${hit.text}`;
  let text = normalized.get(key);
  if (text === undefined) {
    if (normalized.size > 2000) normalized.clear();
    text = normalizeForIndex(key);
    normalized.set(key, text);
  }
  return text;
}

/** Why the passage does not answer the question, or undefined when it may. `shown` is the text the reply shows. */
export function passageRefusal(q: PassageQuestion, hit: Pick<SearchHit, 'title' | 'text'>, shown: string): PassageRefusal | undefined {
  const passage = normalizedPassage(hit);
  if (q.bodies.length > 0 && !namesBodies(passage, q.bodies)) return 'other-body';
  if (q.situations.length > 0 && !namesSituations(passage, q.situations)) return 'situation';
  // Half the question's subject nouns or more missing: the passage is about something else.
  const missing = q.subjects.filter((spellings) => !spellings.some((s) => passage.includes(s))).length;
  if (missing > 0 && missing * 2 >= q.subjects.length) return 'subject';
  if (q.named?.some((t) => !passage.includes(t))) return 'subject';
  if (q.dues === false && DUES_CHAPTER.test(hit.title)) return 'subject';
  if (q.foreign?.some((w) => !passage.includes(w))) return 'subject';
  // No noun of the question is one the index knows as distinctive, but some are nouns it never uses ("政党",
  // "信教"): what the question is about is not in the documents, whatever the passage shares with it.
  if (q.subjects.length === 0 && q.unknown.length > 0) return 'subject';
  const said = normalizeForIndex(shown);
  if (!givesAsked(statedBy(said), q.asked, q.bound)) return 'kind';
  if (q.who && !STATES_WHO.test(said)) return 'who';
  if (q.worked) return 'worked';
  if (q.countsAs && !STATES_COUNTS_AS.test(said)) return 'counts-as';
  const defined = q.may ? DEFINES.exec(said) : null;
  if (defined && !q.text?.includes(defined[1] ?? defined[2]!)) return 'kind';
  // "要准备哪些材料": a text on who qualifies does not say what to hand in or where.
  if (q.papers && !saysPapers(said)) return 'kind';
  return undefined;
}
