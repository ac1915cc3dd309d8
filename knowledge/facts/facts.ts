import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_DIR } from '../content-dir';
import { type HandbookSection, parseHandbookChapter } from '../search/handbook';
import { plainNumerals } from '../text/numerals';
import { countUnit, KIND_RULES, type QuestionKind, questionKinds, statesKinds } from '../text/question-kind';
import { asksApplyRoute, statesApplyRoute } from './apply-route';
import { kindOfCase, withChoice } from './choice';
import { askedText } from './clauses';
import { cleanQuestion } from './clean';
import { ruleMet } from './conditions';
import {
  askedBound,
  askedValueKinds,
  asksForPapers,
  asksLocalValue,
  COMPOUND_TERMS,
  contrastSides,
  givesAsked,
  holdsFree,
  LEFT_OPEN,
  namedBodies,
  namedSituations,
  namesBodies,
  namesSituations,
  type Stated,
  saysPapers,
  sidesContrasted,
  statedBy,
  superterms,
} from './guards';
import { COUNTS_MEMBERS, headCounts } from './head-counts';
import { ASKS_ITEMS, ASKS_PEOPLE, LIST, STATES_PEOPLE } from './how-many-asked';
import { createSubjectReader, type SubjectReader } from './subject';
import { bodiesNotTelling, namedOnlyAsTeller } from './teller-bodies';
import { asksOnlyContent, withVerdict } from './verdict';
import { specialise } from './worked-answer';

/**
 * The fact layer (问答对, as FastGPT and MaxKB call them): every atomic fact of the handbook — how often, how
 * long, how many, who decides, which steps — as a record with the question it answers written many ways.
 * A question is matched against the facts before any passage is read; below {@link MIN_FACT_SCORE}, or when no
 * fact's subject words are all in the question, the passage answer takes over.
 *
 * The records are content (knowledge/facts/*.jsonl, knowledge/FORMAT.md), reviewed like the question bank.
 */

export interface Fact {
  id: string;
  /** The canonical question. */
  q: string;
  /** One sentence that states the fact with its unit. */
  a: string;
  /** The handbook section the fact rests on (`life.group-meeting`). */
  section: string;
  /** The article of the regulation, where the handbook gives one. */
  article?: string;
  /** The kinds of question this fact answers (question-kind.ts); `any` when wording does not tell. */
  kinds: Array<QuestionKind | 'any'>;
  /** Subject words: every group must be in the question (any one of its alternatives). */
  must: string[][];
  /** More required groups (the asked property: 多久, 谁 …), kept apart from the subject for readability. */
  any?: string[][];
  any2?: string[][];
  /** Words that mean the question is about a neighbouring fact. */
  none?: string[];
  /** Paraphrases in everyday, exam and colloquial wording. */
  p: string[];
  /** Where a local rule came from (ingested file); absent for handbook facts. */
  localFile?: string;
}

export interface FactMatch {
  fact: Fact;
  score: number;
  /** How near the question's wording is to the fact's nearest wording (bigram Dice), 0..1. */
  similarity: number;
  /**
   * Matched on its subject and asked-property words with the kind of question agreeing, but far from every
   * wording written for it: given only when asked for ({@link MatchOptions.weak}), to be trusted only where
   * retrieval, independently, ranks the fact's section first.
   */
  weak?: boolean;
  /** Selected by the conditions a told situation meets (conditions.ts), not by its wording. */
  rule?: boolean;
  /**
   * The fact says the value asked is left to local rules or the year's notice, and the question asks it for the
   * asker's own place or year ({@link asksLocalValue}): the handbook does not know it, and the reply should say so.
   */
  local?: boolean;
  /** The answer sentence, made specific where the question gives numbers (a branch's head count …). */
  answer: string;
  section?: HandbookSection;
}

/** Below this score a matched fact is not trusted and the passage answer is used. Tuned on the tuning writers. */
export const MIN_FACT_SCORE = 0.3;
/** Below this nearness to every wording of the fact, the subject words alone are not trusted. Tuned like the score. */
export const MIN_SIMILARITY = 0.2;
/** A question this near one of a fact's wordings matches it even without the property word or kind agreement. */
export const NEAR_WORDING = 0.6;
/**
 * A question missing every word of the asked property matches only this near one of the fact's wordings:
 * "入党介绍人的条件是什么" is near "入党介绍人要做什么" but asks another thing.
 */
const NEAR_WITHOUT_PROPERTY = 0.75;
/** What a fact matched on near wording alone, without the asked property's word, gives up in score. */
const SUBJECT_ONLY = 0.15;
/** A fact sentence that answers yes or no first. */
const YES_NO_ANSWER = /^(?:要|不要|能|不能|可以|不可以|是的|是|不是|不用|不需要|需要|一样|挂钩|要参加|不能代替选举)[。，]/;
/** An answer that opens by saying something must be done ("要。", "不用。"): it answers whether one has to. */
const MUST_ANSWER = /^(?:要|不要|要参加|要转|不用|不需要|需要)[。，]/;
/**
 * A question whether one may ("能不能来会上申辩") or whether something counts as ("算不算脱党"). Not "是不是":
 * "考过了是不是直接发证" is fairly answered by "要。……还要经……审查".
 */
const ASKS_MAY_OR_COUNTS =
  /能不能|能否|可不可以|可否|行不行|准不准|让不让|算不算|(?:能|可以|算)[^，,。？?]{0,15}(?:吗|么|伐|不)(?=[，,。？?]|$)/;
/** A question whether one has to ("要不要", "需要…吗"). */
const ASKS_MUST =
  /要不要|需不需要|需要|用不用|得不得|必须|还要|也要|还得|也得|还用|还需|能不能不|可不可以不|能不(?!能)|可以不|(?:要|得)[^，,。？?]{0,15}(?:吗|么|伐|不)(?=[，,。？?]|$)/;

/**
 * Whether a yes-or-no fact answers another yes-or-no question than the one asked: "要。" says one has to, which
 * does not answer whether one may ("他本人能不能来会上申辩") or whether a case counts ("住院半年没参加组织生活
 * 算自行脱党吗"): read that way it tells the asker the opposite of the rule. Such a fact ranks below one that
 * answers the question asked ({@link OTHER_YES_NO}); given all the same, its opening word is left out.
 */
export function answersOtherYesNo(fact: Fact, asking: string): boolean {
  return MUST_ANSWER.test(fact.a) && asksOtherThanMust(asking);
}

/** Whether a question asks whether one may or whether a case counts, and not whether one must. */
const asksOtherThanMust = (asking: string) => ASKS_MAY_OR_COUNTS.test(asking) && !ASKS_MUST.test(asking);

/**
 * A yes-or-no question answered with the verdict first, in the asker's word (verdict.ts): "预备党员能投票吗" is
 * answered "不能。……", "可以不交党费吗" "不可以。……"; a rule on a condition the question does not tell says what it
 * depends on. Any other question, or a fact that does not settle it, keeps the answer as it is.
 */
const verdictFirst = (asking: string, answer: string, sentence?: string, whole?: string): string =>
  withVerdict(asking, answer, sentence, whole) ?? kindOfCase(whole ?? asking, answer) ?? withChoice(asking, answer) ?? answer;

/** A bare yes or no opening an answer, which means nothing before a question that does not ask whether. */
const PLAIN_YES_NO = /^(?:要|不要|能|不能|可以|不可以|是的|是|不是|不用|不需要|需要)。/;

/** What a fact answering another yes-or-no question gives up in score. */
const OTHER_YES_NO = 0.15;

/**
 * A question for a list, a definition, steps or conditions, and not whether. "哪几个部门审查" lists bodies, which
 * is asking who: a sentence opening "要。" that goes on to name who does it answers that.
 */
const asksContent = (kinds: QuestionKind[], answers?: Set<QuestionKind>) =>
  !kinds.includes('may') &&
  !(kinds.includes('who') && answers?.has('who')) &&
  kinds.some((k) => k === 'items' || k === 'definition' || k === 'steps' || k === 'condition');
/** Below this nearness a record without asked-property words needs the kind of question to agree. */
const BARE_SUBJECT = 0.3;
/**
 * What a fact gives up whose subject is named only in the context while the asking words name a subject the
 * fact never speaks of: "我们支部下个月换届，要选5个支委，候选人最少要提几个" asks about 候选人, not how few members a 支部 needs.
 */
const CONTEXT_SUBJECT = 0.1;
/** What each character of the longest subject word spelt beyond two adds to a fact's score, up to the cap. */
const LONG_SUBJECT = 0.01;
const LONG_SUBJECT_CAP = 0.03;
/**
 * What a rule over the members a question counts adds to its score: "正式党员只有2个……能不能单独成立支部？不行的话
 * 咋办" is answered by the three-member rule worked on the 2, not by how a new branch is approved.
 */
const WORKED_ON_COUNT = 0.05;
/** Rules worked out on a head count (specialise): the vote, and the thresholds of members. */
const COUNTED_RULE =
  /赞成人数超过应到会有表决权党员的半数|有正式党员3人以上|有正式党员7人以上的党支部应当设立支部委员会|有选举权的到会人数超过应到会人数的五分之四/;
/**
 * Others than members counted as 正式 ("正式职工不到7人", "正式会员6名"): a rule over the count of 正式党员 does not
 * decide by them.
 */
const OTHERS_COUNTED =
  /正式(?!党员|的|dy)[\u4e00-\u9fff]{1,2}(?=(?:不到|不够|不足|只有|有|才|共|一共)?\s*(?:\d|[一二两三四五六七八九十]+\s*[个名位人]))/;
/** Who is asked to act ("支部该怎么处理", "组织上怎么办"), not what the ask is about. */
const ACTORS = /^(?:党?支部|党组织|组织|党员|上级(?:党组织|党委)?)$/;
/** What each asked-property group met by a content word (not a question word) adds to a fact's score. */
const CONTENT_HIT = 0.05;

export const FACTS_DIR = join(KNOWLEDGE_DIR, 'facts');

/** Every fact record of the content folder (one JSON object a line). */
export function loadFacts(dir: string = FACTS_DIR): Fact[] {
  const facts: Fact[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      try {
        facts.push(JSON.parse(line) as Fact);
      } catch (error) {
        throw new Error(`${file}:${i + 1}: ${(error as Error).message}`);
      }
    });
  }
  return facts;
}

/** The handbook section a fact summarizes (its `section`), for reading what the fact's summary leaves out. */
export function handbookSection(id: string): HandbookSection | undefined {
  return handbookSections().get(id);
}

let sections: Map<string, HandbookSection> | undefined;
function handbookSections(): Map<string, HandbookSection> {
  if (!sections) {
    sections = new Map();
    const dir = join(KNOWLEDGE_DIR, 'handbook');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')))
      for (const s of parseHandbookChapter(readFileSync(join(dir, file), 'utf8'))) sections.set(s.id, s);
  }
  return sections;
}

/** Everyday words read as the plain ones before comparing wordings (matching only, never shown). */
const PLAIN: Array<[RegExp, string]> = [
  [/一回|一趟/g, '一次'],
  [/几回/g, '几次'],
  [/咋|怎样|如何/g, '怎么'],
  [/多会儿|啥时候|什么时间|何时/g, '什么时候'],
  [/俺们|咱们|我们/g, '我们'],
  [/俺|咱/g, '我'],
  [/啥/g, '什么'],
  [/多长时间|多长/g, '多久'],
  // How old, asked any way (几岁, 多少岁, 多大岁数, 多大年纪): 多大.
  [/多少岁|几岁|多大岁数|多大年纪|多大年龄|多少年纪/g, '多大'],
  [/中不中|行不行|能不能|可不可以|可以吗|能吗|行吗/g, '能否'],
  // "是村支书说了算还是得报镇上": which of two decides asks who decides, as the facts' wordings say it.
  [/是[^，,。？?\s]{1,8}?(?:说了算|拍板|做主|作主)还是[^，,。？?\s]{0,10}/g, '谁说了算'],
  [/[\s,，。.?？!！、:：;；"“”'‘’()（）]/g, ''],
];

/**
 * Exam and office wording of what is asked, read as the everyday question before its kind is told and its
 * wording compared: "党龄的起算时间" asks 党龄从什么时候开始算, "自行脱党的认定标准" asks what counts as 脱党.
 */
const EXAM_WORDING: Array<[RegExp, string]> = [
  [/(?:的)?起算(?:时间|日期|日|点)?/g, '从什么时候开始算'],
  [/(?:的)?认定(?:标准|条件)?/g, '怎么算'],
  [/(?:的)?(?:召开|开展|举行)(?:频次|频率|周期)(?:要求)?/g, '多久开一次'],
  [/(?:的)?(?:时限|期限)(?:要求)?(?:是)?(?:多久|多长时间)?/g, '多长时间'],
  // Only where the figure is what is asked, at the end: "到会人数须超过……" keeps its words.
  [/(?:的)?人数上限(?:是多少)?$/, '最多多少人'],
  [/(?:的)?(?:名额|人数)(?:要求)?(?:是多少|为多少)?$/, '几个人'],
  [/(?:的)?年限(?:是多少|为多少)?$/, '几年'],
];

/** A question in everyday words: exam wording read as the plain question (matching only, never shown). */
const EXAM_HINT = /起算|认定|频次|频率|周期|时限|期限|名额|人数|年限/;

export function reword(question: string): string {
  if (!EXAM_HINT.test(question)) return question;
  let out = question;
  for (const [re, to] of EXAM_WORDING) out = out.replace(re, to);
  return out;
}

function plain(text: string): string {
  let out = text;
  for (const [re, to] of PLAIN) out = out.replace(re, to);
  return out;
}

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

const requiredGroups = (fact: Fact): string[][] => [...fact.must, ...(fact.any ?? []), ...(fact.any2 ?? [])];

/** Below this length a word is read only as spelt: "党委会" is not a mistyped "支委会", nor "申请入团" a "申请书". */
const MIN_TYPO_LENGTH = 4;

/**
 * A negated word found only inside an A-not-A ask ("交不交党费" holds 不交党费, "交没交" 没交): whether is asked, nothing
 * is said not done.
 */
function onlyAsked(question: string, word: string): boolean {
  if (!/^[不没]/.test(word) || word.length < 2) return false;
  for (let at = question.indexOf(word); at >= 0; at = question.indexOf(word, at + 1))
    if (at === 0 || question[at - 1] !== word[1]) return false;
  return true;
}

/**
 * Whether the question holds a word, or (for words of four characters or more) the word with one character
 * mistyped: "组织生活汇", "积级分子" are read as meant without listing every misspelling. Shorter
 * misspellings are read only from the list of the domain's typos (clean.ts).
 */
function holds(question: string, word: string, typos: boolean): boolean {
  if (question.includes(word)) return !onlyAsked(question, word);
  if (!typos || word.length < MIN_TYPO_LENGTH) return false;
  for (let i = 0; i + word.length <= question.length; i++) {
    let miss = -1;
    let misses = 0;
    for (let j = 0; j < word.length && misses < 2; j++)
      if (question[i + j] !== word[j]) {
        misses++;
        miss = j;
      }
    if (misses !== 1) continue;
    // A typo is another character of the script, never punctuation, a digit or a letter.
    if (!/\p{Script=Han}/u.test(question[i + miss]!)) continue;
    // A negation is the word's opposite, never its typo: "党员交党费" is not a mistyped "不交党费".
    if (NEGATION.test(word[miss]!) || NEGATION.test(question[i + miss]!)) continue;
    // The Party's mark swapped for the League's is the League's term, never a typo: "主题团日" is not "主题党日".
    if (word[miss] === '党' && question[i + miss] === LEAGUE_MARK) continue;
    // At the word's edge, a common grammatical or verb character is the next word, not a typo: "流动党员归哪边管"
    // holds 流动党员 and 归, not a mistyped 流动党员证.
    const edge = miss === 0 || miss === word.length - 1;
    if (edge && NEIGHBOUR_CHARS.test(question[i + miss]!)) continue;
    return true;
  }
  return false;
}

/**
 * The 共青团 names its things as the Party does, with 团 for 党 (团员, 团费, 团课, 团章, 主题团日, 入团): a Party term
 * with its mark swapped is the League's term, which a Party rule does not answer. "主题团日能代替三会一课吗" is not
 * the 主题党日 rule, nor "团章规定任期多久" the 党章's terms.
 */
const LEAGUE_MARK = '团';
/** A pair 党X of the facts' sentences is a term of the League's only where it is said this often (党章 13 facts). */
const LEAGUE_PAIR_FACTS = 5;
/** 团 ending a word (集团, 社团, 兵团, 剧团 …) begins no League term: "集团内部的党支部" names no 团内. */
const ENDS_TUAN_WORD = /[集社兵剧乐财军]$/;

/**
 * The League's terms made from the facts' own Party terms, 党 swapped for 团: their subject and asked words and the
 * compound terms, whole and by their pairs 党X; and the pairs 党X their sentences say in several facts (党章). Like
 * another body, such a term is answered only by a fact whose own text names it. A pair whose second character is
 * grammar or a common verb (党的, 党要) is no term.
 */
export function leagueTerms(words: readonly string[], sentences: readonly string[][] = []): string[] {
  const terms = new Set<string>();
  const pairs = (w: string) =>
    [...w.matchAll(/党(\p{Script=Han})/gu)].filter((m) => !NEIGHBOUR_CHARS.test(m[1]!)).map((m) => `${LEAGUE_MARK}${m[1]}`);
  for (const w of words) {
    if (!w.includes('党')) continue;
    terms.add(w.replaceAll('党', LEAGUE_MARK));
    for (const pair of pairs(w)) terms.add(pair);
  }
  const said = new Map<string, number>();
  for (const texts of sentences) for (const pair of new Set(texts.flatMap(pairs))) said.set(pair, (said.get(pair) ?? 0) + 1);
  for (const [pair, n] of said) if (n >= LEAGUE_PAIR_FACTS) terms.add(pair);
  return [...terms];
}

/** The League's terms a question names, each where its 团 begins a word. */
export function namedLeagueTerms(question: string, terms: readonly string[]): string[] {
  return terms.filter((t) => {
    for (let i = question.indexOf(t); i >= 0; i = question.indexOf(t, i + 1)) if (!ENDS_TUAN_WORD.test(question.slice(0, i))) return true;
    return false;
  });
}

/**
 * Another payment than the 党费 (会费, 物业费, 班费 …), named without the 党费: the handbook's payment rules are the
 * 党费's (who pays, how much, how often), and say nothing of another fee. Such a fee is a body of its own, answered
 * only by a fact whose own text names it; a question that names the 党费 as well ("医药费开销大，党费能免交吗") is
 * about the 党费. The fee is the character before 费 (会费 too, though 会 is more often "can"), unless that is grammar or a verb
 * (交费, 缴费 are paying; 浪费 wasting; 费劲, 费心 spending effort).
 */
export function namedOtherFees(question: string, said: string): string[] {
  if (question.includes('党费')) return [];
  const fees = new Set<string>();
  for (const m of question.matchAll(/(\p{Script=Han})费/gu))
    if (
      (m[1] === '会' || !NEIGHBOUR_CHARS.test(m[1]!)) &&
      !/[党团缴付收免浪]/.test(m[1]!) &&
      !/^[劲心时力事]/.test(question.slice(m.index! + 2)) &&
      !said.includes(m[0])
    )
      fees.add(m[0]);
  return [...fees];
}

/**
 * "还没构成犯罪", "尚不构成犯罪", "没犯罪的", "没有判刑": a crime named as not committed ("有没有犯罪", "是不是犯罪", "算不算犯罪" ask it). The rules on crimes do not answer it, and a rule
 * kept apart from crimes (治安处罚, 拘留) does: the subject and excluded words (fitOf) are read without the word 犯罪.
 */
const NOT_COMMITTED =
  /(?:还|尚)?(?:没有?|未|不)(?:构成|够成|够上?|达到)(?:刑事)?犯罪|(?<![有是算])(?:没有?|未|不算|不是|并非)犯罪|(?<![有是算])(?:没有?|未)(?:被)?(?:判刑|判罪)/g;

/** Where to go or hand something in, asked ("交去哪里", "在哪办", "往哪交"). */
const ASKS_PLACE = /哪里|哪儿|在哪|去哪|到哪|往哪|哪交|哪办/;
/** A place or body a fact names, where a place asked may be answered (单位, 居住地, 党组织, 系统 …). */
const NAMES_PLACE = /哪|向谁|给谁|找谁|交给|交到|地方|地点|居住地|所在|单位|系统|支部|党委|党组织|组织部|部门|机关|上级|中央/;

/** Negating characters: a word with one and the word without it say opposite things. */
const NEGATION = /[不没无非未别免]/;

/** Characters that commonly stand next to a domain word (particles, verbs, question words), never a typo of its edge. */
const NEIGHBOUR_CHARS =
  /[的了是在有要归和与及或把被给让能会可就都也还又不没很太去来到对向从为以于之其这那哪谁什么怎几多少吗呢吧啊么咋啥该得算交开管找办当]/;

/**
 * Exam and office wording for the asked property: a record lists "多久", "谁批"; a 党务工作者 revising asks for
 * the "时限", the "审批权限". Each word of an `any` group also stands for its office equivalents here.
 */
const PROPERTY_EQUIVALENTS: Array<[RegExp, string[]]> = [
  [
    /^(?:多久|多长|多长时间|几次|频次|几回|一次|几个月)$/,
    ['频次', '频率', '周期', '时限', '期限', '间隔', '多长时间', '多少时间', '时间要求'],
  ],
  [
    /^(?:谁|由谁|谁批|谁定|谁决定|决定|批准|审批|说了算)$/,
    // "还要报上级吗", "要不要报批": whether a higher body must approve asks who approves.
    // "支书拍板还是报乡里": the everyday verbs of deciding.
    [
      '审批权限',
      '权限',
      '哪一级',
      '哪级',
      '什么组织',
      '何种组织',
      '哪个组织',
      '哪个部门',
      '什么部门',
      '报上级',
      '报批',
      '上级批',
      '拍板',
      '做主',
      '作主',
    ],
  ],
  [/^(?:几个人|多少人|几名|人数|几个|多少)$/, ['人数要求', '名额', '数量', '不少于', '至少']],
  // "转正要走哪几步": the steps asked by their count, as the kind rule reads 几步.
  [/^(?:程序|步骤|流程|怎么|如何)$/, ['环节', '顺序', '过程', '手续', '几步', '哪些步', '走哪']],
  [/^(?:条件|资格)$/, ['要求', '标准']],
  // "这支部想撤了", "把证撤掉": the everyday verb of 撤销.
  [/^撤销$/, ['撤了', '撤掉', '撤除', '撤并']],
  // "往村支部递还是往厂里递": a choice between two places or bodies asks where, or to whom, a thing goes.
  [
    /^(?:哪里|在哪|哪交|往哪交|在哪交|交到|交给|递给|交还是|还是交|向谁|给谁|交给谁)$/,
    ['还是往', '还是在', '还是到', '还是去', '还是交到', '还是交给', '还是给', '还是向'],
  ],
];

/** Each word's equivalents, worked out once: the same few words are looked up for every fact of every question. */
const EQUIVALENTS = new Map<string, string[]>();

function equivalents(word: string): string[] {
  let out = EQUIVALENTS.get(word);
  if (!out) {
    out = PROPERTY_EQUIVALENTS.filter(([re]) => re.test(word)).flatMap(([, words]) => words);
    // "分几个档", "有几个步": a count asked with its measure word 个 asks what 几档, 几步 ask.
    const counted = /^几([^个])$/.exec(word);
    if (counted) out = [...out, `几个${counted[1]}`];
    EQUIVALENTS.set(word, out);
  }
  return out;
}

/** The 纪律处分条例 named by its title, whole or shortened. */
const REGULATION_TITLE = /(?:纪律)?处分条例/g;

/**
 * How a question fits a fact: `full` when it holds the subject words and the asked property (`any` groups),
 * `subject` when only the subject, false when a subject word is missing or an excluded word is present.
 */
function fitOf(
  fact: Fact,
  question: string,
  longer: Map<string, string[]>,
  own: string,
  ask: CountsAsAsk,
  asked: readonly string[][],
): 'full' | 'subject' | false {
  const term = countsAsTerm(fact, ask);
  // Where the fact's excluded words are looked for: the whole question, unless its last clause asks whether the case
  // told counts as the fact's own term (…组织关系还在村里，算不算流动党员): then the story before is the case to judge,
  // and a word in it the fact excludes as a question (组织关系) does not take the question away.
  // The regulation named by its title (处分条例里那六项纪律) is where the asked thing is set out, not a 处分 asked of.
  const judged = (term ?? question).replace(REGULATION_TITLE, '条例');
  if (fact.none?.some((w) => judged.includes(w) && !shortOfEverywhere(judged, w))) return false;
  for (const group of fact.must) if (!group.some((w) => subjectHeld(question, w, longer, own))) return false;
  // "…，是不是流动党员", "属不属于…": asking whether the case counts as the fact's own term is the 算 it asks.
  const countsAs = term !== undefined;
  for (const group of asked) if (!propertyFound(question, group, countsAs)) return 'subject';
  return 'full';
}

/**
 * A subject word counts where it stands on its own, not inside a longer term the fact never uses; a condition the
 * asker tells as not reached (没构成犯罪, 不够判刑) is not that condition. (fitOf's checks are functions of the
 * module, not closures made per fact: tsx, which runs the bench, names every closure made, a fifth of a match's time.)
 */
function subjectHeld(question: string, w: string, longer: Map<string, string[]>, own: string): boolean {
  return question.includes(w) ? holdsFree(question, w, longer.get(w), own) && !shortOfEverywhere(question, w) : holds(question, w, true);
}

/** Whether the question names an asked-property group: its word, an office equivalent, or (asking whether it counts) 算. */
function propertyFound(question: string, group: string[], countsAs: boolean): boolean {
  return (
    group.some((w) => holds(question, w, false) && affirmed(question, w)) ||
    group.some((w) => equivalents(w).some((e) => question.includes(e))) ||
    (countsAs && group.includes('算'))
  );
}

/**
 * The asking words with the subject the context named put back before them: for each of the fact's subject
 * groups, its longest word the question spells and the asking words do not. Undefined when nothing is missing.
 */
function subjectRestored(fact: Fact, question: string, asking: string): Set<string> | undefined {
  const missing: string[] = [];
  for (const group of fact.must) {
    if (group.some((w) => asking.includes(w))) continue;
    const word = group.filter((w) => question.includes(w)).sort((a, b) => b.length - a.length)[0];
    if (word) missing.push(word);
  }
  return missing.length > 0 ? bigrams(plain(reword(`${missing.join('')}${asking}`))) : undefined;
}

/** Question words: a property group found only through one of these says less than one found by a content word. */
const QUESTION_WORD =
  /^(?:多久|多长|多长时间|几.*|多少.*|谁.*|由谁|怎么.*|咋.*|如何|什么.*|啥.*|哪.*|时间|一次|一回|每月|每年|一年|算|是不是|是否|意思)$/;

/**
 * How many of the asked-property groups the question meets with a content word ("宣布", "影响期") rather than
 * a question word ("多久"): of two facts on one subject, "处分多久宣布" is the one on announcing.
 */
function contentHits(fact: Fact, question: string): number {
  let n = 0;
  for (const group of [...(fact.any ?? []), ...(fact.any2 ?? [])])
    if (group.some((w) => !QUESTION_WORD.test(w) && question.includes(w) && affirmed(question, w))) n++;
  return n;
}

/**
 * How many more of a subject group's words the question holds than the one it needs, whole words only (one inside
 * another held counts once), at most two: "文书调到乡里，换个新人，多久之内报给组织部" says the change of staff three
 * ways, which the fact on the yearly exam, found on 持证上岗 and 多久, never does.
 */
function extraSubjectWords(fact: Fact, question: string): number {
  let n = 0;
  for (const group of fact.must) {
    const held = group.filter((w) => question.includes(w));
    n += Math.max(0, held.filter((w) => !held.some((o) => o !== w && o.includes(w))).length - 1);
  }
  return Math.min(2, n);
}

/**
 * Whether a word stands in the question other than told as not having happened (没, 未 right before it): "政审没
 * 通过" does not name the 通过 of a vote, though it spells it. 不 is left alone: "可以不按月交", "成不成立" ask
 * about the very thing. A word that is itself a negation (不交党费) or that the question spells unnegated counts.
 */
function affirmed(question: string, word: string): boolean {
  if (NEGATION.test(word[0]!)) return true;
  for (let at = question.indexOf(word); at >= 0; at = question.indexOf(word, at + 1))
    if (at === 0 || !/[没未]/.test(question[at - 1]!)) return true;
  return false;
}

/** A last clause asking whether the case told counts as something: 算不算流动党员, 算流动党员不, 是不是…. */
const COUNTS_AS = /(?:算不算|是不是|属不属于|算)(.+?)(?:不|吗|呢|没有?)?$/;

interface CountsAsAsk {
  /** The question's last clause. */
  last: string;
  /** What that clause asks whether the case counts as (COUNTS_AS), if it asks so. */
  term?: string;
}

/** The question's last clause and what it asks the case counts as: read once a question, not once a fact. */
function countsAsAsk(question: string): CountsAsAsk {
  const last =
    question
      .split(/[，,。；;]/)
      .filter((c) => c.trim())
      .at(-1) ?? question;
  const m = COUNTS_AS.exec(last.replace(/[？?！!\s]+$/, ''));
  return m ? { last, term: m[1]! } : { last };
}

/** The last clause when it asks whether the case counts as one of the fact's own terms (three characters or more). */
function countsAsTerm(fact: Fact, ask: CountsAsAsk): string | undefined {
  const term = ask.term;
  if (term === undefined || !fact.must.some((group) => group.some((w) => w.length >= 3 && term.includes(w)))) return undefined;
  return ask.last;
}

/**
 * Words telling a condition as not reached, right before it: 没构成犯罪, 不够判刑, 够不上犯罪. A situation told so
 * asks the rule for the case short of it (治安处罚, not sentencing), so the word neither names nor excludes a fact.
 */
const SHORT_OF = /(?:[没未不]有?(?:构成|够|达到|到)|够不上|达不到|不至于)$/;

/** Whether every place the question spells the word tells it as not reached. */
function shortOfEverywhere(question: string, word: string): boolean {
  for (let at = question.indexOf(word); at >= 0; at = question.indexOf(word, at + 1))
    if (!SHORT_OF.test(question.slice(Math.max(0, at - 4), at))) return false;
  return true;
}

/** Whether the question holds a content word (three characters or more, not a question word) of the fact's asked-property groups. */
function namesAskedProperty(fact: Fact, question: string): boolean {
  for (const group of [...(fact.any ?? []), ...(fact.any2 ?? [])])
    for (const w of group) if (w.length >= 3 && !QUESTION_WORD.test(w) && question.includes(w)) return true;
  return false;
}

/** Whether a content word of the fact's asked-property groups is in both the question and the answer sentence. */
function statesAskedWord(fact: Fact, question: string): boolean {
  for (const group of [...(fact.any ?? []), ...(fact.any2 ?? [])])
    for (const w of group) if (w.length >= 2 && !QUESTION_WORD.test(w) && question.includes(w) && fact.a.includes(w)) return true;
  return false;
}

export interface MatchOptions {
  /** Also return a fact matched on its words and kind alone, far from its wordings (marked `weak`). */
  weak?: boolean;
  /**
   * Match as if the question's subject were the fact's even where it names a subject the handbook never speaks of
   * (subject.ts): only to tell that a fact would have answered but for that, never to answer.
   */
  anySubject?: boolean;
}

/** Below this nearness even a weak match (words and kind agreeing) is not offered. */
const MIN_WEAK_SIMILARITY = 0.05;

export interface FactIndex {
  readonly facts: readonly Fact[];
  /** The fact a question asks for, or undefined when none is matched with confidence. */
  match(question: string, options?: MatchOptions): FactMatch | undefined;
  /** The fact's answer worked out on the numbers and days a question gives (the fact's sentence when none). */
  workedAnswer(fact: Fact, question: string): string;
  /**
   * The nouns a question asks about that neither the handbook nor any fact says (whose rule is asked: another
   * organisation, role, fee, meeting or document; subject.ts). A fact answers such a question only where its own
   * record names the noun (a local rule may).
   */
  foreignSubjects(question: string): string[];
  /** The objects of the asking verb the handbook never says ("多久写一次思想汇报"; subject.ts): a passage must name them. */
  objectsAsked(question: string): string[];
}

interface Prepared {
  fact: Fact;
  grams: Set<string>[];
  /** The kinds declared, and every kind whose statement the answer sentence makes (question-kind.ts). */
  kinds: Set<QuestionKind>;
  /** Everything the record says (question, wordings, answer, words): the bodies it names. */
  own: string;
  /** The record's questions and words without its answer: the terms it is asked by. */
  asked: string;
  /** The kinds of value and the bounds its answer sentence states. */
  stated: Stated;
  /** The sides of each contrast its answer sentence names (guards.ts). */
  sides: number[];
  /** Its answer opens by saying one must ("要。"). */
  must: boolean;
  /**
   * What its answer sentence is, read once when the index is built: LIST backtracks over the whole sentence on every
   * start, which read per fact per question was most of a match's time.
   */
  list: boolean;
  people: boolean;
  yesNo: boolean;
  countedRule: boolean;
  /** How many groups its record requires (subject and asked property). */
  required: number;
  /** Its asked-property groups (`any`, `any2`). */
  askedGroups: string[][];
}

const ALL_KINDS: QuestionKind[] = [...new Set(KIND_RULES.map((r) => r.kind))];

/** A fact answers the kinds its record declares and every kind of fact its answer sentence states. */
function answeredKinds(fact: Fact): Set<QuestionKind> {
  const kinds = new Set(fact.kinds.filter((k): k is QuestionKind => k !== 'any'));
  for (const kind of ALL_KINDS) {
    const stated = statesKinds(fact.a, [kind], kind === 'count' ? countUnit(fact.q) : undefined);
    // Steps are stated by a sequence, not by one 通过 or 经 in passing ("从支部大会通过其为预备党员之日算起" is a
    // day, not what to do): one marker alone does not make the sentence a procedure.
    if (stated > (kind === 'steps' ? 1 : 0)) kinds.add(kind);
  }
  // A value left to local rules ("具体时限…以当地规定为准") is the answer to how long, how much, when.
  if (LEFT_OPEN.test(fact.a)) for (const kind of ['duration', 'amount', 'when', 'count'] as const) kinds.add(kind);
  return kinds;
}

/**
 * Terms that change what a question asks though no fact's required words list them: what is done with a thing
 * (投票, 补助, 发奖金), a change of course (延期, 提前), a kind of member or a part of an emblem. With every fact's
 * required words they make the vocabulary the coverage guard reads.
 */
const ASKED_TERMS = [
  '投票',
  '选举权',
  '被选举权',
  '表决权',
  '补助',
  // An allowance paid for a post (村支书的补贴标准): no rule of the handbook's sets one; only the 党费 base names it.
  '补贴',
  '奖金',
  '福利',
  '过节费',
  '慰问',
  '发放',
  '延期',
  '延迟',
  '推迟',
  '提前',
  '个体',
  '个体户',
  '自由职业',
  '做生意',
  '开店',
  '小卖部',
  '摆摊',
  '党徽',
  '党旗',
  '改组',
  '解散',
  '报备',
  '备案',
  // The bookkeeping of a fund (its interest, entries, receipts, audits): the rules on who keeps the 党费 and
  // what it may pay for do not say how it is booked.
  '利息',
  '入账',
  '记账',
  '报销',
  '发票',
  '审计',
  // How long a document stays valid: the rules on transferring 组织关系 give no 有效期 of the 介绍信.
  // (保留 was tried for "how long is it kept": too broad, 保留党籍 is asked of the 处分 rules.)
  '有效期',
  // Converting one thing into another (学习强国积分 into 学时): the rules on how many 学时 say nothing of it.
  '折算',
  '积分',
  // How many terms one may serve: the rules on how long a term is say nothing of a limit on re-election.
  '连任',
  // Done by someone else on the member's behalf: the rules on paying or voting say how the member does it.
  '代交',
  '代缴',
  '代领',
  // Awards and their quotas: the rules on how many members a branch needs say nothing of how many may be honoured.
  '表彰',
  '评优',
  '评先',
  '优秀党员',
  '优秀共产党员',
  // What something costs the asker: the rules on a certificate's pay say nothing of a fee for the exam.
  '交钱',
  '收费',
  '报名费',
  '考试费',
];

/** A term in more than this share of the facts' texts is the domain's common word, not a distinctive one. */
const COMMON_SHARE = 0.08;

/**
 * The asked terms a fact must itself say to answer a question that holds them, those rare among the facts.
 * "换届的时候能投票不" holds 投票, "党费能不能发过节费" holds 过节费, which the rule on who may pay less never
 * says. A question holding such a term the fact does not say asks something the fact does not state: another
 * fact, the passages or a refusal answer it. (Every subject word of the facts as well was tried: too strict, it
 * sent right answers to worse passages.)
 */
function distinctiveTerms(texts: readonly string[]): string[] {
  const limit = Math.max(3, Math.ceil(texts.length * COMMON_SHARE));
  return ASKED_TERMS.filter((w) => texts.filter((t) => t.includes(w)).length <= limit);
}

/** The distinctive terms a question holds that a fact's own text does not say (a term inside a longer held one counts once). */
export function uncoveredTerms(question: string, own: string, terms: readonly string[]): string[] {
  return heldTerms(question, terms).filter((w) => !own.includes(w));
}

/**
 * Whether a term is one option of a choice the question offers ("报上级是批准还是备案") whose other option the fact
 * says: the fact settles the choice, it need not name the option it rules out.
 */
function otherOptionSaid(question: string, term: string, own: string): boolean {
  for (const m of question.matchAll(/([\u4e00-\u9fff]{2,6})还是([\u4e00-\u9fff]{2,6})/g)) {
    // The options are the words right by 还是, after the verb that offers them (是, 要, 报) and before a particle.
    const left = m[1]!.replace(/^.*[是要报只]/, '').slice(-4);
    const right = m[2]!
      .replace(/^(?:是|要|报|只)+/, '')
      .slice(0, 4)
      .replace(/[吗呢啊呀哦的].*$/, '');
    if (left.includes(term) && right.length >= 2 && own.includes(right)) return true;
    if (right.includes(term) && left.length >= 2 && own.includes(left)) return true;
  }
  return false;
}

/** The distinctive terms a question holds, a term inside a longer held one left out: the question's half of uncoveredTerms. */
function heldTerms(question: string, terms: readonly string[]): string[] {
  const held = terms.filter((w) => question.includes(w));
  return held.filter((w) => !held.some((o) => o.length > w.length && o.includes(w) && question.includes(o)));
}

/** A clause that checks a value against the answer ("还是……吗", "是不是……"), not a question of its own. */
const CONFIRMS = /^(?:还是|就是|是不是|是)[^，]{2,}(?:吗|么|吧)?$/;
/** A clause asking what something holds or is. */
const ASKS_WHAT = /什么|哪些|啥/;

/**
 * Whether a fact's sentence answers the kind of thing a clause asks: "会议记录要记什么" (what it holds) is not
 * answered by "不能。会议记录要当场记……", nor "他算不算流动党员" by who manages them. A clause whose kind the
 * rules cannot tell is taken as answered.
 */
export function answersClause(fact: Fact, clause: string): boolean {
  const asked = reword(cleanQuestion(clause));
  // "还是坚持标准保证质量那个吗": checking the answer to the clause before, which that answer settles.
  if (CONFIRMS.test(asked)) return true;
  const kinds = questionKinds(asked);
  // "还要审什么": a sentence opening "要。" answers what a thing holds only where the clause names a property the
  // record is written to answer (a content word of its asked groups, not a question word).
  // "记录要记些什么": what a thing holds, asked with 什么 alone, which the kind rules leave unnamed.
  if (kinds.length === 0) return !(YES_NO_ANSWER.test(fact.a) && ASKS_WHAT.test(asked)) || namesAskedProperty(fact, asked);
  const answers = answeredKinds(fact);
  if (YES_NO_ANSWER.test(fact.a) && asksContent(kinds, answers)) return namesAskedProperty(fact, asked);
  // "转正还要报上级批准吗" asks whether, and "…再报上级党组织批准" says so in the word asked of, as the match reads
  // it; only for whether, and only the asking words count ("组织关系还在老家，算流动党员吗" does not ask about 组织关系).
  return kinds.some((k) => answers.has(k)) || (kinds.includes('may') && statesAskedWord(fact, asked.split(/[，,]/).pop()!));
}

let terms: string[] | undefined;
/**
 * The domain's terms of three characters or more (every fact's subject words and the compound terms: 发展对象,
 * 入党介绍人, 组织生活会 …), longest first: a reader that cuts words by a general dictionary (jieba cuts 发展对象
 * into 发展 and 对象) reads them whole with this.
 */
export function domainTerms(): readonly string[] {
  terms ??= [...new Set([...loadFacts().flatMap((f) => f.must.flat()), ...COMPOUND_TERMS])]
    .filter((w) => w.length >= 3 && /^[\u4e00-\u9fff]+$/.test(w))
    .sort((a, b) => b.length - a.length);
  return terms;
}

/**
 * Events and their special cases: a fact that excludes the event (a rule of ordinary votes excludes 选举) excludes its
 * special cases too (换届, 改选 are elections), or a question naming the event by one of them ("今年换届了，党员大会到会
 * 多少人才能选") finds the neighbour. Not the other way: a fact kept from 换届 (the 7-member threshold of a 支委会)
 * still answers "支部有8个正式党员，要选举支委会吗".
 */
const SPECIAL_CASES: Readonly<Record<string, readonly string[]>> = { 选举: ['换届', '改选'] };

function withSpecialCases(fact: Fact): Fact {
  const added = (fact.none ?? []).flatMap((w) => SPECIAL_CASES[w] ?? []).filter((w) => !fact.none!.includes(w));
  return added.length === 0 ? fact : { ...fact, none: [...fact.none!, ...new Set(added)] };
}

/** Matches questions against facts: required subject words, the kind of question, then the nearest wording. */
export function createFactIndex(given: Fact[] = loadFacts()): FactIndex {
  const facts = given.map(withSpecialCases);
  const prepared: Prepared[] = facts.map((fact) => ({
    fact,
    grams: [fact.q, ...fact.p].map((w) => bigrams(plain(cleanQuestion(w)))),
    kinds: answeredKinds(fact),
    own: cleanQuestion([fact.q, ...fact.p, fact.a, ...requiredGroups(fact).flat()].join('|')),
    asked: cleanQuestion([fact.q, ...fact.p, ...requiredGroups(fact).flat()].join('|')),
    stated: statedBy(fact.a),
    sides: contrastSides(fact.a),
    must: MUST_ANSWER.test(fact.a),
    list: LIST.test(fact.a),
    people: STATES_PEOPLE.test(fact.a),
    yesNo: YES_NO_ANSWER.test(fact.a),
    countedRule: COUNTED_RULE.test(fact.a),
    required: requiredGroups(fact).length,
    askedGroups: [...(fact.any ?? []), ...(fact.any2 ?? [])],
  }));
  const lexicon = [...new Set([...facts.flatMap((f) => f.must.flat()), ...COMPOUND_TERMS])].filter((w) => w.length >= 2);
  const longer = superterms(lexicon);
  // The lexicon's words by their first pair of characters: a question holds only words whose first pair it holds.
  const lexiconByPair = new Map<string, string[]>();
  for (const w of lexicon) lexiconByPair.set(w.slice(0, 2), [...(lexiconByPair.get(w.slice(0, 2)) ?? []), w]);
  const distinctive = distinctiveTerms(prepared.map((p) => p.own));
  // Everything the facts say: a fee other than the 党费 that no fact names is asked of no fact (namedOtherFees).
  const saidByFacts = prepared.map((p) => p.own).join('|');
  // The League's terms (the facts' own sentences too, by their pairs: 党章 is said, not required).
  const league = leagueTerms(
    [...facts.flatMap(requiredGroups).flat(), ...COMPOUND_TERMS],
    facts.map((f) => [f.q, ...f.p, f.a]),
  );
  const byId = new Map(prepared.map((p) => [p.fact.id, p]));
  // The subject words by the pairs of characters that find them (the prefilter in match): a word that may be read
  // with a typo by each of its pairs, a shorter one by its first (it is held only spelt in full); a word of one
  // character by none, it is looked for on its own.
  const subjectWords = [...new Set(facts.flatMap((f) => f.must.flat()))];
  const byPair = new Map<string, string[]>();
  for (const word of subjectWords) {
    const pairs = word.length >= MIN_TYPO_LENGTH ? bigrams(word) : word.length >= 2 ? [word.slice(0, 2)] : [];
    for (const pair of pairs) byPair.set(pair, [...(byPair.get(pair) ?? []), word]);
  }
  const singles = subjectWords.filter((w) => w.length < 2);
  // What the handbook and the facts say, for the subject reader: a subject they never say is not theirs to answer.
  let subjects: SubjectReader | undefined;
  const subjectReader = () => {
    subjects ??= createSubjectReader(
      [...[...handbookSections().values()].map((s) => `${s.title}|${s.text}`), saidByFacts, ...lexicon].join('|'),
      lexicon,
    );
    return subjects;
  };
  const foreignOf = (question: string, asking: string, story?: boolean) => subjectReader().foreignSubjects(question, asking, story);
  return {
    facts,
    workedAnswer: (fact, raw) => {
      const question = cleanQuestion(raw);
      const asking = askedText(question);
      // A bare yes or no before a question that asks no whether means nothing there, as in match.
      const kinds = questionKinds(reword(asking));
      const plain = ((kinds.length > 0 && !kinds.includes('may')) || asksOnlyContent(asking)) && PLAIN_YES_NO.test(fact.a);
      const answer = specialise(fact, question);
      return verdictFirst(asking, plain ? answer.replace(PLAIN_YES_NO, '') : answer, fact.a, question);
    },
    foreignSubjects: (raw) => {
      const question = cleanQuestion(raw);
      return foreignOf(question, askedText(question));
    },
    objectsAsked: (raw) => {
      const question = cleanQuestion(raw);
      return subjectReader().objectsAsked(question, askedText(question));
    },
    match(raw, options) {
      const question = cleanQuestion(raw);
      const everyday = reword(question);
      const grams = bigrams(plain(everyday));
      // Context clauses ("某同志2022年9月15日经支部大会通过为预备党员，") dilute the wording: it is compared
      // on what is asked as well, and the nearer of the two counts.
      const asking = askedText(question);
      const askedGrams = asking === question ? undefined : bigrams(plain(reword(asking)));
      // What kind of thing is asked is read from the asking clauses only: the story around them ("我记得是坚持
      // 标准", "这样子") names things, it does not ask for them.
      const askingEveryday = reword(asking);
      // (A set, not in the lexicon's order: it is only asked whether every or some of its words are in a fact.)
      const askingSubjects: string[] = [];
      for (const pair of bigrams(asking)) for (const w of lexiconByPair.get(pair) ?? []) if (asking.includes(w)) askingSubjects.push(w);
      const kinds = questionKinds(askingEveryday);
      // The League's terms (团课 is the League's lesson) and fees other than the 党费 are bodies of their own: only a
      // fact naming them answers.
      // A body named only in a story told in sentences of its own before what is asked ("团支部推优也推上来了。请问定为
      // 积极分子是支委会定就行吗") is where the case comes from: where the asking clauses name a subject of their own,
      // the sentences from the last full stop on are read. A body in a clause of the asking sentence (工会会员不服处分
      // 在申诉，申诉期间…) is the case's own.
      const toldApart = question.slice(Math.max(question.lastIndexOf('。'), question.lastIndexOf('！')) + 1);
      const storyBodies = asking !== question && askingSubjects.length > 0 && toldApart !== question ? toldApart : question;
      // A body named only as who tells or proposes the case ("镇纪委说…", "工会那边寻思着…") is its source (teller-bodies.ts).
      const bodies = [
        ...bodiesNotTelling(question, [...namedBodies(storyBodies), ...namedLeagueTerms(storyBodies, league)]),
        ...namedOtherFees(question, saidByFacts),
      ];
      const situations = namedSituations(question);
      // The subject asked of, where the handbook never says it ("合作社多久开一次会"): only a fact naming it answers.
      // Where the asking clauses name no subject of the facts ("挂牌要达到什么标准"), they ask of the thing the story
      // named with a Party word before it ("镇里要我们厂评党员先锋岗"): that is read in the whole question too.
      const foreign = options?.anySubject
        ? []
        : [
            ...foreignOf(question, asking),
            ...(asking !== question && askingSubjects.length === 0 ? foreignOf(question, question, true) : []),
          ];
      const papers = asksForPapers(asking);
      const place = ASKS_PLACE.test(asking);
      const route = asksApplyRoute(asking);
      const asked = askedValueKinds(askingEveryday, kinds);
      const bound = askedBound(asking);
      // "几个人带着培养": a number of people, which "一年以上" is not, though it holds 以上.
      const people = asked.length === 1 && asked[0] === 'count' && ASKS_PEOPLE.test(askingEveryday);
      const itemsAsked = asked.includes('count') && ASKS_ITEMS.test(askingEveryday);
      let best: { fact: Fact; score: number; similarity: number; sure: boolean } | undefined;
      // A situation told, then asked what to do or whether it counts: the rule whose conditions the story meets
      // (conditions.ts) answers it, whichever fact shares more of its words.
      // The guards of every match hold for it too: another body named, a situation or a term it never speaks of.
      const met = ruleMet(question, asking);
      const told = met ? byId.get(met.fact) : undefined;
      // What the rule settles though its fact never says it (a quorum, whether a 决定 stands) passes the guards too.
      const ruleWords = told && met ? [told.own, ...met.settles].join('|') : '';
      const rule =
        told &&
        !(bodies.length > 0 && !namesBodies(told.own, bodies)) &&
        !(situations.length > 0 && !namesSituations(told.own, situations)) &&
        foreign.every((w) => ruleWords.includes(w)) &&
        uncoveredTerms(question, ruleWords, distinctive).length === 0 &&
        // The ask names no subject the rule never speaks of ("…上级还没批，现在就要交党费不" asks about 党费).
        lexicon.every((w) => ACTORS.test(w) || !met!.ask.includes(w) || ruleWords.includes(w) || namedOnlyAsTeller(met!.ask, w))
          ? told.fact
          : undefined;
      if (rule) best = { fact: rule, score: 1, similarity: 1, sure: true };
      // Members counted in the question ("正式党员只有2个"): the rules worked on such counts are what it asks about.
      const counted = COUNTS_MEMBERS.test(plainNumerals(question)) && headCounts(plainNumerals(question)).entitled !== undefined;
      const othersCounted = OTHERS_COUNTED.test(plainNumerals(question));
      const sides = contrastSides(question, true);
      // Subject and excluded words are read with a crime said not committed left out (NOT_COMMITTED).
      const unnegated = question.replace(NOT_COMMITTED, '不构成刑责');
      const ask = countsAsAsk(unnegated);
      // The subject words the question may hold, read once a question: spelt, or (four characters or more) with one
      // mistyped, which leaves at least one of the word's pairs of characters whole. A fact with a subject group of
      // none of them fails fitOf, so it is passed over before any per-fact work: most facts of most questions are.
      const mayHold = new Set(singles.filter((w) => unnegated.includes(w)));
      for (const pair of bigrams(unnegated))
        for (const w of byPair.get(pair) ?? []) if (w.length >= MIN_TYPO_LENGTH || unnegated.includes(w)) mayHold.add(w);
      // The distinctive terms the question holds, found once: each fact is then checked for saying them.
      const held = heldTerms(question, distinctive);
      const otherYesNo = asksOtherThanMust(askingEveryday);
      for (const p of rule ? [] : prepared) {
        const { fact, grams: wordings, kinds: answers, own, asked: terms, stated, sides: answerSides, must } = p;
        if (!fact.must.every((group) => group.some((w) => mayHold.has(w)))) continue;
        // Another body than the fact is about, or a value its sentence does not give: never this fact.
        if (bodies.length > 0 && !namesBodies(own, bodies)) continue;
        if (situations.length > 0 && !namesSituations(own, situations)) continue;
        if (foreign.some((w) => !own.includes(w))) continue;
        if (papers && !saysPapers(own)) continue;
        // "申请书该交去哪里": where to go, which a fact that names no place or body (the age rule) never answers.
        if (place && !NAMES_PLACE.test(own)) continue;
        // "几项内容", "几种": a list of the items answers how many there are, counted or not.
        const listed =
          itemsAsked &&
          p.list &&
          givesAsked(
            stated,
            asked.filter((k) => k !== 'count'),
            bound,
          );
        // "党员大会一年最少开几次": the regular frequency a fact sets ("一般每季度召开1次") is the least it asks for.
        const regular = bound === 'least' && asked.includes('frequency') && stated.kinds.has('frequency');
        if (!regular && !givesAsked(stated, asked, bound) && !listed) continue;
        if (people && !p.people) continue;
        if (p.countedRule && othersCounted) continue;
        // The neighbouring fact of the topic: the question names only the other side (退休 against 在职 …).
        if (sidesContrasted(sides, answerSides)) continue;
        const fits = fitOf(fact, unnegated, longer, terms, ask, p.askedGroups);
        if (!fits) continue;
        if (held.some((w) => !own.includes(w) && !otherOptionSaid(question, w, own))) continue;
        // Context said first ("我们支部往年的组织生活会时间不固定，今年想定下来，请问一般放在一年里的哪个时候开")
        // leaves the subject out of the asking words: they are compared with the fact's subject words put back too.
        // Only where the asking words name no subject the fact never speaks of ("候选人最少要几个" is about 候选人,
        // not the 支部 of the context) and the kind of question agrees with what the fact answers.
        // The kind of question agrees with what the fact answers, or the question names a property the answer
        // sentence itself states ("组织生活会开完要向上面报告吗" and "…会后…向上级党组织报告").
        const kindAgrees = kinds.some((k) => answers.has(k)) || statesAskedWord(fact, question);
        // "纪念章怎么申请": how to apply, which a fact on who is given the thing never answers (apply-route.ts), unless the
        // question asks besides a thing the fact does state ("咋申报，谁给发": who gives it; the route is then left open).
        if (route && !statesApplyRoute(fact.a) && !kindAgrees) continue;
        const restored =
          askedGrams && askingSubjects.every((w) => own.includes(w)) && kindAgrees ? subjectRestored(fact, question, asking) : undefined;
        const similarity = Math.max(
          ...wordings.map((w) => Math.max(dice(grams, w), askedGrams ? dice(askedGrams, w) : 0, restored ? dice(restored, w) : 0)),
        );
        // Wording this near one written for the fact outweighs a property word or a kind the rules did not see.
        const near = similarity >= NEAR_WORDING;
        if (kinds.length > 0 && !kindAgrees && !near) continue;
        if (fits === 'subject' && similarity < NEAR_WITHOUT_PROPERTY) continue;
        // An answer that opens with yes or no ("要。", "不能。") is for a yes-or-no question, not for what a
        // thing includes or how it is done ("政治审查包括哪些方面"); who or how long it may still state.
        if (p.yesNo && asksContent(kinds, answers) && similarity < NEAR_WITHOUT_PROPERTY) continue;
        // A record that names no asked property matches on its subject alone: with neither the kind of
        // question nor the wording in its favour, that is a guess ("党旗尺寸多大" is not what 党旗 look like).
        if (p.required === fact.must.length && !kindAgrees && similarity < BARE_SUBJECT) continue;
        // The more subject groups a fact requires and finds, the more specific its match.
        const specificity = 0.08 * Math.min(p.required, 3);
        // Of two facts on one question, the one whose subject the question spells with a longer word is the more
        // specific: "收入不固定，党费按什么算基数" is the rule for irregular incomes, not the general 党费 base.
        const spelt = Math.max(...fact.must.flatMap((g) => g.filter((w) => question.includes(w)).map((w) => w.length)), 0);
        const precise = Math.min(LONG_SUBJECT_CAP, LONG_SUBJECT * Math.max(0, spelt - 2));
        // A local rule is more specific than the handbook's general text on the same question.
        const local = fact.localFile ? 0.2 : 0;
        // Near wording with the asked property missing ranks below a fact the question names in full:
        // "预备期的起算时间" is the 预备期 fact, not the one on when 预备党员 start paying 党费.
        const offSubject =
          asking !== question && askingSubjects.some((w) => !own.includes(w)) && !fact.must.some((g) => g.some((w) => asking.includes(w)));
        const score =
          similarity +
          specificity +
          (kindAgrees ? 0.12 : 0) +
          local +
          precise +
          CONTENT_HIT * (contentHits(fact, question) + extraSubjectWords(fact, question)) +
          (counted && p.countedRule ? WORKED_ON_COUNT : 0) -
          (fits === 'subject' ? SUBJECT_ONLY : 0) -
          (must && otherYesNo ? OTHER_YES_NO : 0) -
          (offSubject ? CONTEXT_SUBJECT : 0);
        if (!best || score > best.score) best = { fact, score, similarity, sure: fits === 'full' && kindAgrees };
      }
      if (!best || best.score < MIN_FACT_SCORE) return undefined;
      const weak = best.similarity < MIN_SIMILARITY;
      if (weak && !(options?.weak && best.sure && best.similarity >= MIN_WEAK_SIMILARITY)) return undefined;
      return {
        fact: best.fact,
        score: best.score,
        similarity: best.similarity,
        ...(weak ? { weak } : {}),
        ...(rule && best.fact === rule ? { rule: true } : {}),
        // Only a value asked (how long, which day, what mark): "今年调走了，组织关系要不要转、怎么转" asks whether and how,
        // which the rule answers wherever the asker is; the time limit it leaves to local rules is not asked.
        ...(asksLocalValue(best.fact.a, question, asked.length > 0) ? { local: true } : {}),
        // "还能继续免交吗" answered "要。……": the rule's own words answer it, the opening "要" would mislead; so
        // does a yes or no before a question that asks no whether ("除名和开除党籍有啥区别" is not "不是。").
        answer: verdictFirst(
          asking,
          answersOtherYesNo(best.fact, askingEveryday)
            ? specialise(best.fact, question).replace(MUST_ANSWER, '')
            : ((kinds.length > 0 && !kinds.includes('may')) || asksOnlyContent(asking)) && PLAIN_YES_NO.test(best.fact.a)
              ? specialise(best.fact, question).replace(PLAIN_YES_NO, '')
              : specialise(best.fact, question),
          best.fact.a,
          question,
        ),
        section: handbookSections().get(best.fact.section),
      };
    },
  };
}
