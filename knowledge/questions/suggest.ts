import { createFactIndex, type FactIndex, handbookSection } from '../facts/facts';
import { normalizeForIndex, tokenize } from '../search/tokenize';
import { escapeRegExp } from '../text/regexp';
import { withinAskedScope } from './answer-scope';
import { suggestByAttendsWithoutVote } from './attends-without-vote';
import { suggestByBanPeriod } from './ban-period';
import { suggestByBandRate } from './band-rate';
import { suggestByBandedDues } from './banded-dues';
import { suggestByBoundAsked, suggestByBoundFill } from './bound-asked';
import { suggestByBulletList } from './bullet-list';
import { certaintyOf, manyCandidate, type SourceSentence, singleCandidate, truthCandidate } from './calibrated';
import { judgeCertStep, suggestByCertLevel, suggestByCertWait } from './cert-levels';
import { byBlankClauses, type ClauseBasis } from './clause-blanks';
import { suggestByClauseCloze } from './clause-cloze';
import { alignable, alignCloze, clozeOf, orderedCoverage } from './cloze';
import { readsCountedList, suggestByCountedList } from './counted-list';
import { clauseOfAskedTerm } from './defined-terms';
import { suggestByDeniedClaim } from './denied-claim';
import { suggestByDisciplineKind, suggestByMergedPunishment, suggestByPunishmentKind, suggestBySentencing } from './discipline-kind';
import { suggestByDroppedDuty } from './dropped-duty';
import { suggestByDuesUse, suggestByFixedDues } from './dues-use';
import { suggestByElectionClaims } from './election-claims';
import { suggestByMargin } from './election-margin';
import { lackSaid } from './exception-first';
import { withoutExemptedItems } from './exempted-item';
import { suggestByFactDate } from './fact-dates';
import { suggestByStepDate } from './fact-events';
import { contradictsItems, judgeByItems, judgeByItemsIn, listFactFor } from './fact-items';
import { judgeByList, judgeOddOneOut } from './fact-lists';
import { reachFacts } from './fact-reach';
import { factPassage, judgeByValues, periodFor } from './fact-values';
import { listFills } from './fill-list';
import { tidiedFills } from './fill-range';
import { suggestByFlippedClaim } from './flipped-claim';
import { asksIncomeShare } from './income-share';
import { suggestByInfluencePeriod } from './influence-period';
import { suggestByKeptInForce } from './kept-in-force';
import { namesOtherDuesMember, namesOtherKind, namesOtherMemberKind, saidOfOtherKind } from './kinds';
import { byLeadClause } from './lead-clause';
import { suggestByMeetingCloze } from './meeting-cloze';
import { suggestByMeetingFrequency } from './meeting-frequency';
import { suggestByIntroducer, suggestByMobileMember, suggestByThreeRights, suggestByWithdrawal } from './member-cases';
import { withoutNamedNumbers } from './named-numbers';
import { namedQuestion } from './named-question';
import { suggestByOneByOne } from './one-by-one';
import { suggestByOrderedList } from './ordered-list';
import { suggestByOrgMeasure } from './org-measures';
import { withoutOtherActors } from './other-actor';
import { keepsHalfYear, otherBoundUnsaid, plainBoundWords } from './other-bound';
import { suggestByParaphrase } from './paraphrase-statement';
import { suggestByPartyAge } from './party-age';
import {
  bigramCoverage,
  boundsIn,
  hasInnerBlank,
  introducesNumber,
  NEGATIVE_CHOICE,
  negationsOf,
  optionSimilarity,
  type PastedQuestion,
  type PasteIndex,
  type PasteLookup,
  parsePasted,
  squash,
  truthOptions,
  villageOf,
} from './paste';
import { cleanPaste } from './paste-noise';
import { suggestByPunishmentOdd } from './punishment-odd';
import { withoutRuleTitle } from './rule-title';
import { aboutOtherSubject, boundUnstated, formerRule, saidOfOtherSubject } from './sentence-subject';
import { byPlainShares } from './share-words';
import { suggestByStandIn } from './stand-in';
import { suggestByStatedWithSetting } from './stated-with-setting';
import { byStatementOptions } from './statement-options';
import { withoutStemLead } from './stem-lead';
import { withoutStemTail } from './stem-tail';
import { suggestByStopsShort } from './stops-short';
import { swappedSubject, withoutSwappedSubject } from './subject-swap';
import { withoutSupersededOptions } from './superseded';
import { suggestBySwappedTerm } from './swapped-term';
import { suggestByTermBlank } from './term-blank';
import { suggestByTermLength } from './term-length';
import { byEchoedFill, byTrailingBox } from './trailing-box';
import { suggestByValueStatement } from './value-statement';
import { suggestByWhoDecides } from './who-decides';

/**
 * A paste no bank holds: weighed against evidence — the handbook passages found for its stem, split into
 * sentences, and the nearest bank questions read as statements (each option in the blank, true or false). The
 * reply is a hedged suggestion only when the evidence clearly singles out one option, one truth value or one set
 * of words for the blanks; otherwise an honest abstention with the best passage, if one is about the question.
 */

/** A passage of the handbook found for a paste: its text and how much of the stem it covers (0..1). */
export interface PassageHit {
  text: string;
  coverage: number;
  source: string;
  title: string;
  /** Set when the text is a fact record's answer sentence (knowledge/facts) matched to the stem: the match is its relevance. */
  fact?: string;
}

/** What a suggestion rests on: a handbook sentence, a bank question that is not the pasted one, or a calculation. */
export type SuggestionBasis = 'handbook' | 'bank' | 'calculation';

/**
 * A calculation a paste may ask for (党费 on a stated income): the monthly amount in 元 and the rate applied,
 * with the rule it follows; undefined when the text is not such a question. Offered by whoever owns the rule
 * (the ask feature's 党费 calculator), so that knowledge/ does not keep a second copy of the rates.
 */
export type PasteCalculator = (text: string) => { monthly: number; rate?: number; rule: string } | undefined;

/** The handbook's word on a paste no bank holds: one clearly supported option or truth value, or nothing. */
export type HandbookSuggestion =
  | {
      kind: 'hedged';
      choice: string[];
      answerTexts: string[];
      sentence: string;
      passage: PassageHit;
      basis: SuggestionBasis;
      /** Set when the answer is in the calibrated band below the plain one (calibrated.ts): said to be uncertain. */
      uncertain?: true;
      /** The 依据 of the further blanks, when each blank was filled from a sentence of its own (clause-blanks.ts). */
      more?: ClauseBasis[];
    }
  | { kind: 'abstain'; passage?: PassageHit };

/** A statement the evidence makes, true or (only bank questions say so) false. */
export interface Evidence {
  /** What is compared with the paste. */
  text: string;
  truth: boolean;
  hit: PassageHit;
  basis: SuggestionBasis;
  /** What may be shown as the basis, when it differs from `text` (a bank statement built from a wrong option). */
  quote?: string;
  /** For an item of a list, the words introducing the list (党员享有八项权利，主要包括：): what the item is about. */
  lead?: string;
}

/**
 * Each sentence's list lead-in, if it is an item of a list: the last sentence with a colon (主要包括：, 一般包括：)
 * before it, while the list runs (items end in ；, or are lines of their own); a sentence ending in 。 closes it.
 */
function listLeads(sentences: string[]): (string | undefined)[] {
  let lead: string | undefined;
  return sentences.map((s) => {
    const colon = s.search(/[：:]/);
    if (colon >= 0) {
      lead = s.slice(0, colon);
      return lead;
    }
    const mine = lead;
    if (/。$/.test(s)) lead = undefined;
    return mine;
  });
}

/** Passages below this coverage are not about the question; showing them would mislead. */
export const PASSAGE_EVIDENCE = 0.5;
const STEM_IN_PASSAGE = 0.4;
/** A statement this alike to the pasted one, in order, states it. */
const STATES = 0.8;
/** An option this much found in a statement on the topic is what it says; this little, not. */
const OPTION_STATED = 0.8;
const OPTION_ABSENT = 0.45;
/** Share of the stem a statement must match, in order, for what it has in the hole to count. */
const CLOZE_SHARE = 0.5;
/** Share of the stem away from the blank a bank question must match to speak of the same case. */
const BANK_SUBJECT = 0.4;

const sentencesOf = (text: string) =>
  text
    .split(/(?<=[。；;！!？?\n])/)
    .map((s) => s.replace(/^[#>*\-\s]+/, '').trim())
    .filter((s) => s.length >= 4);

const LETTERS = 'ABCDEF';
const BLANKS = /（\s*）|\(\s*\)|_+/g;
/** A stem asking which of its statements are right (or wrong): the answer may be one or several. */
const WHICH_ASK = /(?:下列|以下).{0,12}(?:说法|表述|做法|叙述|选项).{0,4}(?:正确|对)的|选出(?:对|正确)的/;
/** Asking for several: 哪些, 多选, or …的有（ ） as papers ask a 多选 (属于…职权的有), where a 单选 asks …的是（ ）. */
const MANY_ASK = /哪些|哪几|包括|正确的有|错误的有|多选|的有(?=\s*(?:[（(_＿]|[:：]|$))/;
/**
 * An option that speaks of the other options (以上都是, 上述说法均不正确, 全部正确, 都对), not of the question: the
 * readings below place options by their own words, and such an option has none. A bound (半数以上, 三分之二以上,
 * 1年以上党龄) or a word like 都/全部 inside an option's content (每名党员都必须交纳) is content.
 */
const BOUNDED = /以上|以下/;
/** A value alone, bounded or not: 半数以上, 3分之2以上, 5分之4, 全体, 1年以上, 50人. */
const BOUND_VALUE =
  /^(?:(?:\d+(?:\.\d+)?|半|\d+分之\d+|半数|过半数|全体|多数)(?:%|个工作日|个月|个学时|学时|[年月天日次名人个届岁元周])?(?:以上|以下|以内)?|全体(?:委员|党员)?)$/;
const ALL_OF =
  /^(?:以上|上述|前述|前面|这些|此)(?:[一二三四五六两\d]+项|各项|说法|选项|答案|做法|情形|几项)?(?:都|均|全|皆)|^(?:都|均|全部?)(?:对|不对|正确|错误|不正确|是|不是|可以|选)$|^(?:全选|皆是|皆非)$|^[A-F](?:[、,，和及与]?[A-F])+(?:[都均](?:对|正确|是)|项|选项)?$/i;

/**
 * A preamble naming where a rule is written (按照党章规定，/ 根据《…》，) says nothing of the question, and words
 * it adds keep a stem from matching the sentence that answers it. One that names a year or an edition
 * (按照2017年版党章，) changes the question and stays.
 */
const PREAMBLE =
  /^(?:按照|根据|依据|依照|按)(?:现行|新修订的|最新)?(?:《[^》]{1,40}》|党章|党内法规|有关规定|相关规定|规定)[^，,。？?]{0,8}?[，,]\s*/;
/** A stem that only says "which of these is right": the question is in the options. */
const WHICH_STATEMENT =
  /^(?:关于[^，,]{1,30}[，,])?下列(?:说法|表述|选项|做法|叙述)中?[，,]?(?:正确|错误|不正确|符合[^的]{0,12}|不符合[^的]{0,12})的(?:是|有|一项|一项是)/;

/** The stem without a preamble that only names the source of the rule. */
export function withoutPreamble(stem: string): string {
  const m = PREAMBLE.exec(stem);
  if (!m || /\d|年版|修改|修订|修正/.test(m[0])) return stem;
  const rest = stem.slice(m[0].length);
  return rest.replace(BLANKS, '').length >= 4 ? rest : stem;
}

// Common surnames, without those that begin other words after 小/老 or before 某 (小金库, 小康, 老方法, 任何某).
const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田姜石姚谭廖邹熊陆郝孔崔毛邱秦江史顾侯邵孟龙段雷汤尹黎乔贺赖龚';
/**
 * Who a scenario is about (老刘, 小周, 张某, 王大爷, 李阿姨) and who tells it (我们社区的, 我是…, 咱们支部): words no
 * handbook sentence has, which keep a stem from matching the rule its case follows. 老党员 and 小组 are not names.
 */
const CASE_PEOPLE = new RegExp(
  `(?:老|小)[${SURNAMES}]|[${SURNAMES}]某{1,2}|[${SURNAMES}](?:大爷|大妈|阿姨|师傅|大姐|大哥|大叔|婶)|(?:我们|咱们|我|咱)(?:是|这个|这)?`,
  'g',
);

/** The stem without the people of its scenario: what a rule's sentence may be compared with. */
export function withoutCase(stem: string): string {
  const rest = stem.replace(CASE_PEOPLE, '');
  return rest.replace(BLANKS, '').length >= 4 ? rest : stem;
}

/** What a paste is about, for finding and weighing passages: its stem, or its options when the stem only asks which is right. */
export function topicOf(stem: string, options: string[]): string {
  const core = withoutCase(withoutPreamble(stem));
  return WHICH_STATEMENT.test(core.replace(/^[^，,]{0,30}[，,]/, '')) || WHICH_STATEMENT.test(core) ? `${core} ${options.join(' ')}` : core;
}

/** The evidence for a paste: on-topic handbook sentences, then the bank's statements. */
export function gatherEvidence(
  stem: string,
  hits: PassageHit[],
  statements: ReturnType<PasteIndex['statements']>,
  options: string[] = [],
  perOption: PassageHit[][] = [],
) {
  // The index's term coverage, and the stem's own wording found in the passage: a passage that shares only a
  // word or two (党务, 知识) is unrelated and is not shown.
  const stemText = stem.replace(BLANKS, '');
  // How the question is asked (哪些, 多少, 啊) is not what it is about: left out when judging a passage's wording.
  const asked = stemText.replace(ASKING, '');
  // A fact's sentence reached from the stem (fact-reach.ts) is relevant by its match, whatever wording it shares.
  const relevant = hits.filter(
    (h) =>
      h.fact !== undefined ||
      (h.coverage >= PASSAGE_EVIDENCE && bigramCoverage(asked.length >= 4 ? asked : stemText, h.text) >= STEM_IN_PASSAGE) ||
      statesMostOptions(options, h),
  );
  const added = optionPassages(options, perOption, relevant.slice(0, 3));
  const passages = [...relevant.slice(0, 3), ...added];
  const all: Evidence[] = passages.flatMap((hit) => {
    const sentences = sentencesOf(hit.text);
    // A statement may draw on two neighbouring sentences (the subject in one, the rule in the next).
    const pairs = sentences.slice(1).map((s, k) => `${sentences[k]}${s}`);
    const leads = listLeads(sentences);
    return [
      ...sentences.map((text, k) => ({ text, truth: true, hit, basis: 'handbook' as const, lead: leads[k] })),
      ...pairs.map((text) => ({ text, truth: true, hit, basis: 'handbook' as const })),
    ];
  });
  const evidence = all.filter((e) => e.hit.fact !== undefined || bigramCoverage(stemText, e.text) >= 0.3);
  const bank: Evidence[] = statements.map((s) => ({
    text: s.text,
    truth: s.truth,
    // Shown is only what the bank itself says: a wrong option put in the blank is a sentence no source has.
    hit: { text: s.quote, coverage: s.similarity, source: `question:${s.question.id}`, title: `题库：${s.question.topic}` },
    basis: 'bank',
    quote: s.quote,
  }));
  // Options are judged against every sentence of the passages on the stem (a list's items share no words with it).
  // Each option's own passages, whether or not they state it: what a left-out option is checked against when
  // passages found for the options were added.
  const own = options.map((_, i) => {
    if (added.length === 0) return [];
    const found = (perOption[i] ?? []).filter((h) => h.coverage >= PASSAGE_EVIDENCE);
    return found.flatMap((hit) => sentencesOf(hit.text).map((text) => ({ text, truth: true, hit, basis: 'handbook' as const })));
  });
  return { passage: relevant[0], evidence: [...evidence, ...bank], wide: [...all, ...bank], own };
}

/**
 * Several options picked, on passages found for the options, while another has words in the passages its own search
 * found (转到居住地党组织 beside 编入支部 and 做好衔接): it may be right too, said in words none of the evidence has,
 * so only options clearly absent from their own passages are left out.
 */
function leftOutFoundAlone(picked: number[], options: string[], own: Evidence[][]): boolean {
  // A third of its character pairs in one sentence, as optionSupport counts an option not absent (一般 is no number here).
  return options.some((o, i) => !picked.includes(i) && (own[i] ?? []).some((e) => pairCoverage(o, e.text) > 0.34));
}

/**
 * The passage found for each option (searched with the stem's subject and the option's words) that states that
 * option: a statement worded unlike the stem (一律采用无记名投票 for 关于支部选举投票) is in a paragraph the stem's
 * own search may miss. Only a passage holding nearly all the option's character pairs is taken, one per option.
 */
function optionPassages(options: string[], perOption: PassageHit[][], taken: PassageHit[]): PassageHit[] {
  const seen = new Set(taken.map((h) => h.text));
  const out: PassageHit[] = [];
  options.forEach((option, i) => {
    const hit = (perOption[i] ?? []).find((h) => h.coverage >= PASSAGE_EVIDENCE && pairCoverage(option, h.text) >= OPTION_IN_PASSAGE);
    if (hit && !seen.has(hit.text)) {
      seen.add(hit.text);
      out.push(hit);
    }
  });
  return out;
}
const OPTION_IN_PASSAGE = 0.75;

/**
 * A passage found for the stem that has most of the options' own words (培训党员, 补助生活困难的党员 for "党费可以用在
 * 哪些地方？") is about the question although the stem's wording (用在哪些地方) is not in it.
 */
function statesMostOptions(options: string[], hit: PassageHit): boolean {
  if (options.length < 3 || hit.coverage < OPTIONS_PASSAGE) return false;
  const found = options.filter((o) => pairCoverage(o, hit.text) >= 0.75).length;
  return found >= Math.ceil(options.length / 2) && found >= 2;
}
const OPTIONS_PASSAGE = 0.3;

/** Question words and particles that say how something is asked, not what about. */
const ASKING =
  /选出(?:对|正确|错误)的(?:选项)?|要?干(?:啥|什么)|哪些|哪几[个项种条]?|哪一[个项种]|哪个|什么|多少|多久|多长时间|几[个年次名人天]|怎么|如何|是否|吗|呢|啊|呀|吧|[？?]/g;

const UNIT_AFTER_NUMBER = /^(\d+(?:\.\d+)?%?)[人名个次年月天日种元项条岁周届]$/;
/** The option's words in the text as they stand (a bare unit after a number may be left out). */
function containsWords(text: string, option: string): boolean {
  const t = alignable(text);
  const o = alignable(option).replace(/[，,。；;]/g, '');
  if (t.includes(o) || plainBoundWords(t).includes(plainBoundWords(o))) return true;
  const bare = UNIT_AFTER_NUMBER.exec(o);
  return bare !== null && new RegExp(`(?<![\\d.])${bare[1].replace('.', '\\.')}(?![\\d.])`).test(t);
}

/** Whether the evidence names every document the stem names (《问责条例》 is not spoken of by a sentence on 《纪律处分条例》). */
function keepsTitles(stem: string, evidence: string): boolean {
  const text = squash(evidence);
  return [...stem.matchAll(/《([^》]{2,40})》/g)].every((m) => text.includes(squash(m[1]!)));
}

/**
 * Whether the evidence speaks of the numbers the stem does: a statement about 8000元 says nothing of 12000元.
 * One (一) is left out: it is part of too many words (一般, 统一) to tell.
 */
function keepsNumbers(stem: string, evidence: string): boolean {
  const own = new Set(numbersIn(evidence));
  if (!numbersIn(stem.replace(BLANKS, '')).every((n) => own.has(n)) || !keepsHalfYear(stem, evidence)) return false;
  // A bound is part of its number: 超过5000元 is not 5000元以下.
  const bounds = new Set(boundsIn(evidence));
  return boundsIn(stem).every((b) => bounds.has(b));
}

const COUNTED = /[个年月日天次名人届种项条周岁级倍半万千百元%.]/;
/** The numbers a text states, as digits; 一 only before a unit (一个月, 一年), not in 一般 or 统一. */
function numbersIn(text: string): string[] {
  const t = withoutNamedNumbers(alignable(text));
  return [...t.matchAll(/\d+(?:\.\d+)?/g)].flatMap((m) => {
    const next = t[m.index + m[0].length] ?? '';
    return m[0] === '1' && !COUNTED.test(next) && !/\d/.test(t[m.index - 1] ?? '') ? [] : [m[0]];
  });
}

/** Whether a fill names the option: the same words, or one inside the other with little left over. */
function fillNames(fill: string, option: string): number {
  const f = alignable(fill).replace(/[，,。；;]/g, '');
  const o = alignable(option).replace(/[，,。；;]/g, '');
  if (!f || !o) return 0;
  if (f === o || f === o.replace(UNIT_AFTER_NUMBER, '$1')) return 1;
  if (introducesNumber(option, fill) || introducesNumber(fill, option)) return 0;
  if (f.includes(o)) return o.length / f.length >= 0.5 ? 0.9 : 0;
  if (o.includes(f)) return f.length / o.length >= 0.6 ? 0.85 : 0;
  return optionSimilarity(fill, option) >= 0.85 ? 0.8 : 0;
}

const COUNTER_AFTER = /^[次个名人年月天日周岁届项条种元倍级期]/;
const NUMBER_AT_END = /(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)$/;
/**
 * A blank's words as the stem frames them: before a counter the stem already has (讲（）次), only the number
 * the statement puts there, not the statement's own verb before it (安排1次 → 1).
 */
export function cleanFill(fill: string, after: string): string {
  if (!COUNTER_AFTER.test(after)) return fill;
  const number = NUMBER_AT_END.exec(fill);
  return number && number[0].length < fill.length ? number[0] : fill;
}

interface Filled {
  fills: string[];
  evidence: Evidence;
  matched: number;
  /** Stem characters matched right around the holes. */
  near: number;
}

/** What the true statements put in the stem's holes, best aligned first. */
export function fillsFor(stem: string, evidence: Evidence[], options: readonly string[] = []): Filled[] {
  const cloze = clozeOf(stem);
  if (!cloze) return [];
  const out: Filled[] = [];
  for (const e of evidence) {
    if (!e.truth || !keepsNumbers(cloze.parts.join(''), e.text)) continue;
    const a = alignCloze(cloze, e.text);
    // Enough of the stem in order, or the words right around every hole (是每届（）年 in a longer sentence). A hole
    // that ends the stem (一律不予（）。) has words on its left only: two of them there, with most of the stem, do —
    // for one hole; between two (将其（）或者（）) the first's words are where the other's would be.
    const least = cloze.holes === 1 && cloze.parts.at(-1) === '' && a && a.matched >= a.length * CLOZE_SHARE ? 2 : 3;
    if (!a?.anchored || a.near < least || a.matched < 4 || (a.matched < a.length * CLOZE_SHARE && a.near < 4)) continue;
    // Nor one end of the statement's range (三 of 三年至五年), nor words between two common characters (fill-anchor.ts).
    if (a.halfRange || a.weaklyHeld) continue;
    // Bank questions share templates (“……主要违反的是（）”): one about another case says nothing of this one.
    if (e.basis === 'bank' && a.far < BANK_SUBJECT) continue;
    if (a.fills.some((f) => f.length === 0)) continue;
    if (a.fills.some((f, h) => clausesWith(e.text, f).some((c) => otherOrgan(holeClause(stem, h), c)))) continue;
    // Nor a fill the sentence says of another 处分 (一年 of 警告, for a stem on 严重警告).
    if (a.fills.some((f) => saidOfOtherKind(stem, e.text, f))) continue;
    // Nor a fill the sentence says only of another subject (按固定数额 of 农民党员, for a stem on 离退休党员).
    if (a.fills.some((f) => saidOfOtherSubject(stem, e.text, f))) continue;
    // Nor the words a sentence says of a rival subject (先锋战士 of 党员, for a stem on 党; see subject-swap.ts).
    if (swappedSubject(stem, e.text, options, a.fills)) continue;
    out.push({ fills: a.fills.map((f, h) => cleanFill(f, cloze.parts[h + 1] ?? '')), evidence: e, matched: a.matched, near: a.near });
  }
  // The words right around the hole say most about what goes in it; the rest of the stem breaks ties.
  return out.sort((x, y) => y.near - x.near || y.matched - x.matched);
}

/**
 * The bodies a rule is about, one per rule (支部委员会 一般为3年, 基层委员会 一般为5年): a sentence filling a hole
 * for another body than the one the stem's clause names states another rule, however well the rest aligns.
 */
const ORGANS = /总支部委员会|支部委员会|支委会|基层委员会|基层党委|党员大会|党小组/g;
const organsOf = (text: string) =>
  (alignable(text).match(ORGANS) ?? []).map((o) => o.replace('支委会', '支部委员会').replace('基层党委', '基层委员会'));
/** 村、社区的 bodies have rules of their own (任期5年); 村、社区以外的, 非村、社区 are the others. */
const VILLAGE = (text: string) => /村|社区/.test(text) && !/以外|除外|非村|非社区|不是村/.test(text);
function otherOrgan(clause: string, evidenceClause: string): boolean {
  const mine = organsOf(clause);
  const theirs = organsOf(evidenceClause);
  if (mine.length > 0 && theirs.length > 0 && !mine.some((o) => theirs.includes(o))) return true;
  return mine.length > 0 && VILLAGE(clause) !== VILLAGE(evidenceClause);
}
const CLAUSE_END = /[，,。；;！!？?]/;
/** The clause of the stem holding its h-th hole (the blanks as written: （）, ____). */
function holeClause(stem: string, h: number): string {
  const marked = stem.replace(BLANKS, '\u0000');
  let at = -1;
  for (let k = 0; k <= h; k++) at = marked.indexOf('\u0000', at + 1);
  if (at < 0) return '';
  const start = Math.max(...[...marked.slice(0, at).matchAll(new RegExp(CLAUSE_END, 'g'))].map((m) => m.index + 1), 0);
  const rest = marked.slice(at).search(CLAUSE_END);
  return marked.slice(start, rest < 0 ? undefined : at + rest);
}
/**
 * The clauses of a text that say the words (the fill a sentence puts in a hole): any of them may be where the
 * alignment took it from (5 in 三年至五年 and in 基层委员会一般为5年), so a fill any of them gives to another body is
 * left alone.
 */
function clausesWith(text: string, words: string): string[] {
  return text.split(CLAUSE_END).filter((c) => alignable(c).includes(alignable(words)));
}

const aligned = (f: Filled, best: Filled) => f.near >= best.near - 1 && f.matched >= best.matched * 0.8;

/**
 * The fills the best-aligned statements agree on: each hole's shortest fill that every other good fill contains
 * ("18" within "18周"), or undefined when they name different things.
 */
function agreedFills(fills: Filled[]): { fills: string[]; by: Filled } | undefined {
  const [best] = fills;
  if (!best) return undefined;
  const good = fills.filter((f) => f.fills.length === best.fills.length && aligned(f, best));
  const agreed: string[] = [];
  for (let h = 0; h < best.fills.length; h++) {
    const words = good.map((f) => squash(f.fills[h]) || f.fills[h]);
    const shortest = [...words].sort((a, b) => a.length - b.length)[0];
    if (!words.every((w) => w.includes(shortest))) return undefined;
    agreed.push(good[words.indexOf(shortest)].fills[h]);
  }
  const by = good.find((f) => f.fills.every((w, h) => (squash(w) || w) === (squash(agreed[h]) || agreed[h]))) ?? best;
  return { fills: agreed, by };
}

/** The one option the best-aligned statements put in the hole, when they agree. */
function choiceByCloze(stem: string, options: string[], evidence: Evidence[]): { option: number; by: Filled } | undefined {
  const votes: { option: number; by: Filled }[] = [];
  for (const f of fillsFor(stem, evidence, options)) {
    if (f.fills.length !== 1) continue;
    const named = options.map((o, i) => ({ i, s: fillNames(f.fills[0], o) })).filter((x) => x.s > 0);
    if (named.length !== 1) continue;
    votes.push({ option: named[0].i, by: f });
  }
  if (votes.length === 0) return undefined;
  const best = votes[0];
  // A statement nearly as well aligned naming another option: the evidence is split.
  if (votes.some((v) => v.option !== best.option && aligned(v.by, best.by))) return undefined;
  return best;
}

/** A negation right before where a span stands in the text (不搞突击发展, 不得, 无须): 1, or 0. */
function negatedBefore(span: string, text: string): number {
  if (!span) return 0;
  const t = alignable(text);
  const at = t.indexOf(span);
  if (at <= 0) return 0;
  return NEGATED_BEFORE.test(t.slice(Math.max(0, at - 4), at)) ? 1 : 0;
}
/** The end of a negated lead-in: 不搞, 不得, 不是从, 并非由, 没有. */
const NEGATED_BEFORE = /(?:不是|并非|而非|没有|不[得搞能要准许宜必再可应用]?|[非无未没勿禁])[从在由按以对把向于]?$/;

/** Share of the option's character pairs found in the text, numerals compared as digits (5种 in 五种). */
function pairCoverage(option: string, text: string): number {
  const o = alignable(option).replace(/[，,。；;、]/g, '');
  const t = alignable(text);
  if (o.length < 2) return t.includes(o) ? 1 : 0;
  let found = 0;
  for (let k = 0; k < o.length - 1; k++) if (t.includes(o.slice(k, k + 2))) found++;
  return found / (o.length - 1);
}

/** 一 inside a word (一律, 一般, 一致): no number, though alignable writes it as 1 (一律采用无记名投票 has no amount). */
const WORD_ONE = /一(?=[律般致并同切贯旦])/g;

/** How well the evidence states each option: the best ordered share of it in a true statement on the topic. */
export function optionSupport(options: string[], evidence: Evidence[], about = '', several = false) {
  return options.map((option) => {
    let best = { share: 0, e: undefined as Evidence | undefined, absent: true, context: 0, option };
    // Absent: no statement has even a third of its character pairs (特优 shares only 优 with 优秀, 税务部门 only 部门).
    const numbered = /\d/.test(alignable(option.replace(WORD_ONE, '')));
    // A number is there word for word or not at all: 2023年10月1日 is absent from a text that has 2023年7月1日.
    best.absent = evidence.every((e) => !e.truth || (numbered ? !containsWords(e.text, option) : pairCoverage(option, e.text) <= 0.34));
    for (const e of evidence) {
      if (!e.truth) continue;
      let { share, span } = orderedCoverage(option, e.text);
      // "不能把他们排除在教育之外" does not state "把他们排除在党员教育之外": it denies it; nor does 不搞突击发展 state 突击发展.
      if (negationsOf(option).length % 2 !== (negationsOf(span).length + negatedBefore(span, e.text)) % 2) share = 0;
      // Stated in other words order (预备党员要面向党旗宣誓 in 预备党员必须面向党旗进行入党宣誓): every word of it there,
      // and no negation more or less in the sentence.
      if (share < OPTION_STATED && share >= OPTION_ABSENT && allWordsIn(option, e.text)) share = OPTION_STATED;
      // An option with a number (a date, an amount) is stated only word for word: 2022年10月1日 is not in 2022年10月10日.
      if (numbered && !containsWords(e.text, option)) share = 0;
      // How much the sentence stating it is about the stem: an option stated of another case is not its answer.
      // Where several are asked for, an item of a list is about the stem as much as the stem names the list's
      // subject (会议记录一般包括： for 支部会议记录一般应当记明): the stem's own words around it (支部, 应当记明) are
      // not the item's to have. One answer is not read so: a list's items are then its rivals.
      const led = several && e.lead ? bigramCoverage(e.lead.replace(LEAD_WORDS, ''), about) : 0;
      const context = about && share > 0 ? Math.max(bigramCoverage(about, e.lead ? `${e.lead}${e.text}` : e.text), led) : 0;
      if (share > best.share || (share >= OPTION_STATED && best.share >= OPTION_STATED && context > best.context))
        best = { ...best, share: Math.max(share, best.share), e, context };
    }
    return best;
  });
}

/** Words that only lead into a list (一般包括, 主要有, 如下), not what it lists. */
const LEAD_WORDS = /一般|主要|通常|应当|包括|包含|如下|以下|下列|有|是|为|[：:，,\s]/g;

/** A 的 and a noun's first character after a span: what the span said modifies that noun. */
const MODIFIER_AFTER = /^的[\u4e00-\u9fff]/;

/** The truth of a statement: stated (true), stated with one negation more or less or named false by the bank (false). */
function truthOf(statement: string, evidence: Evidence[]): { truth: boolean; e: Evidence } | undefined {
  const found: { truth: boolean; e: Evidence; share: number }[] = [];
  for (const e of evidence) {
    if (!keepsNumbers(statement, e.text)) continue;
    const ordered = orderedCoverage(statement, e.text);
    // Mostly in order, and nearly all its character pairs present (a clause may come first in the evidence).
    const share = ordered.share >= STATES ? ordered.share : pairCoverage(statement, e.text) >= 0.9 && ordered.share >= 0.6 ? STATES : 0;
    const span = ordered.share >= STATES ? ordered.span : alignable(e.text);
    if (share < STATES) continue;
    // Its last words as the evidence's modifier of a noun (…到会有表决权的党员 for …有表决权): the evidence names
    // someone by them, it does not say them of the statement's subject.
    if (ordered.share >= STATES && ordered.toEnd && MODIFIER_AFTER.test(ordered.after)) continue;
    // The statement's numbers must be the evidence's; the evidence may be more precise (判处有期徒刑一年).
    if (!keepsNumbers(statement, span)) continue;
    // Nor is it stated where it names another kind of 处分 (警告 found inside 严重警告), or another term of a kind
    // a rule names one of (批准 where the evidence says 备案: two characters of twenty): contrastOf reads that.
    if (PUNISHMENTS_OF(statement) !== PUNISHMENTS_OF(span)) continue;
    if (otherTermOfKind(statement, e.text)) continue;
    const sameNegations = negationsOf(statement).length % 2 === negationsOfSaid(statement, span).length % 2;
    if (e.truth) found.push({ truth: sameNegations, e, share });
    else if (sameNegations && share >= 0.9) found.push({ truth: false, e, share });
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => b.share - a.share);
  const [first] = found;
  if (found.some((f) => f.truth !== first.truth && f.share >= first.share - 0.05)) return undefined;
  return { truth: first.truth, e: first.e };
}

/**
 * The negations of the clauses of a span that say something of the statement: a clause it shares next to no
 * character pair with (数额不限 between 党员自愿多交党费 and 一次多交纳1000元以上的党费…) is another matter, and its 不
 * denies nothing the statement says.
 */
function negationsOfSaid(statement: string, span: string): string {
  return span
    .split(/[，,。；;：:]/)
    .filter((clause) => pairCoverage(clause, statement) >= UNSAID_CLAUSE && !otherBoundUnsaid(clause, statement, span))
    .map(negationsOf)
    .join('');
}
const UNSAID_CLAUSE = 0.25;

/** What the stem asks about, without how it asks (哪些, 下列说法正确的是) and its blanks. */
export function aboutOf(stem: string): string {
  const core = stem.replace(BLANKS, '').replace(ASKING, '');
  const which = /(?:下列|以下)(?:说法|表述|选项|做法|叙述|关于)?.*$/.exec(core);
  const about = which && which.index >= 4 ? core.slice(0, which.index) : core;
  return about.replace(/^关于/, '');
}

/**
 * Where several options are picked, one left out that the sentences stating the picked ones mostly say too
 * (延长或提前的期限一般不超过1年 beside 延长或者提前的期限一般不超过1年, 组织纪律 in 政治、组织、廉洁…纪律) is more likely
 * right in other words than wrong: the set is not clear. Unless those sentences deny it (不能把他们排除在外).
 */
function leftOutButSaid(picked: number[], support: ReturnType<typeof optionSupport>): boolean {
  const said = [...new Set(picked.flatMap((i) => (support[i]?.e ? [support[i]!.e!.text] : [])))];
  return support.some((s, i) => {
    if (picked.includes(i)) return false;
    const option = s.option;
    return said.some((text) => {
      if (pairCoverage(option, text) < LEFT_OUT_SAID) return false;
      const { span } = orderedCoverage(option, text);
      return negationsOf(option).length % 2 === (negationsOf(span).length + negatedBefore(span, text)) % 2;
    });
  });
}
const LEFT_OUT_SAID = 0.5;

/**
 * Every option picked: only when one true sentence of the evidence lists them all, next to each other (包括A、B、C和D). Options found
 * one by one across steps or sentences (第3步…第4步…第5步…) are more likely a list read past the question's end.
 */
function allButUnlisted(picked: number[], options: string[], evidence: Evidence[]): boolean {
  if (picked.length < options.length || options.length < 3) return false;
  const sentences = [...new Set(evidence.flatMap((e) => (e.truth ? [e.text] : [])))];
  // Options sharing a last word (政治纪律, 组织纪律…) may be listed without it (政治、组织、廉洁…六个方面的纪律).
  const last = commonEnding(options);
  const bare = last ? options.map((o) => o.slice(0, -last.length)) : [];
  return !sentences.some(
    (text) => listedTogether(options, text) || (bare.every((b) => b.length > 0) && last && listedTogether(bare, text)),
  );
}

function commonEnding(items: string[]): string {
  let n = 0;
  while (items.every((o) => o.length > n + 1 && o.at(-n - 1) === items[0]!.at(-n - 1))) n++;
  return n >= 2 ? items[0]!.slice(-n) : '';
}

/** Whether the items are in the sentence one after another with only 、，和及与 between them (numbers allowed here). */
function listedTogether(items: string[], sentence: string): boolean {
  const t = alignable(sentence);
  const spans: { at: number; end: number }[] = [];
  for (const item of items.map((o) => alignable(o))) {
    // The first place the item stands apart from the others found (好 in 好、较好, not inside 较好).
    const at = [...t.matchAll(new RegExp(escapeRegExp(item), 'g'))]
      .map((m) => m.index)
      .find((k) => !spans.some((s) => k < s.end && k + item.length > s.at));
    if (at === undefined) return false;
    spans.push({ at, end: at + item.length });
  }
  spans.sort((a, b) => a.at - b.at);
  // A meeting named by its body (支部委员会 for the list's 支部委员会会议, 党小组 for 党小组会) is that item still.
  return spans.slice(1).every((s, k) => /^(?:会议|会)?[、，,和及与或]{0,2}$/.test(t.slice(spans[k]!.end, s.at)));
}

/**
 * One option picked for a paste not said to be 单选, whose blank the sentence fills with it and others of its
 * options next to it (须经（ ）审查 → 经纪检监察机关和公安部门审查): the blank is that list, and so is the answer.
 */
function withListMates(pasted: PastedQuestion, picked: number[], sentence: string): number[] {
  if (picked.length !== 1 || pasted.declaredType === '单选' || !hasInnerBlank(pasted.stem)) return picked;
  // The list grows one mate at a time: the third item (党小组会 in 支部党员大会、支部委员会会议和党小组会) stands next to
  // the second, not the first.
  const list = [...picked];
  for (let grew = true; grew; ) {
    grew = false;
    for (const i of pasted.options.keys())
      if (
        !list.includes(i) &&
        listedTogether(
          [...list, i].map((k) => pasted.options[k]!),
          sentence,
        )
      ) {
        list.push(i);
        grew = true;
      }
  }
  return list.sort((a, b) => a - b);
}

/** Sentences stating an option this much about the stem speak of the stem's case; this little, of another. */
const ON_TOPIC = 0.5;
const OFF_TOPIC = 0.15;
/**
 * The options stated in sentences about the stem, when the others are stated only of other cases or not at all:
 * one for a 单选 (clearly ahead of the rest), the set of them where several may be right (none between).
 */
function byContext(
  options: string[],
  support: ReturnType<typeof optionSupport>,
  several: boolean,
  asksMany: boolean,
  asksWhich = false,
): number[] | undefined {
  let onTopic = support.flatMap((s, i) => (s.share >= OPTION_STATED && s.context >= ON_TOPIC ? [i] : []));
  // Not asked for several (no 多选, no 哪些): several only as the items of one list (“三会”是指A、B和C), never
  // amounts or terms, which have one value.
  // "下列说法正确的是" over statements each stated of the topic: as many as are stated (a 单选 reading could not choose).
  if (several && !asksMany && !asksWhich && onTopic.length > 1) {
    if (
      !oneList(
        onTopic.map((i) => options[i]!),
        support[onTopic[0]!]!.e?.text ?? '',
      )
    )
      several = false;
  }
  // A 单选: one option stated in a sentence clearly more about the stem than any other's (30人 … 16人 beside 20人 … 11人).
  if (!several && onTopic.length > 1) {
    const ranked = [...onTopic].sort((a, b) => support[b].context - support[a].context);
    if (support[ranked[0]].context - support[ranked[1]].context < CONTEXT_MARGIN) return undefined;
    onTopic = ranked.slice(0, 1);
  }
  // Whether several may be the answer after all: asked for, or the items of one list.
  const multi = asksMany || asksWhich || (several && onTopic.length > 1);
  const best = Math.max(0, ...onTopic.map((i) => support[i]!.context));
  const said = onTopic.flatMap((i) => (support[i].e ? [alignable(support[i].e!.text)] : []));
  const unclear = support.some((s, i) => {
    if (onTopic.includes(i)) return false;
    // Stated of another case: no matter where several are right; for one answer, unless clearly less about the stem.
    if (s.share >= OPTION_STATED) return s.context > (multi ? OFF_TOPIC : best - CONTEXT_MARGIN);
    // Partly in the very sentence that states the chosen options (its words in another order): that sentence says otherwise.
    const other = s.e ? alignable(s.e.text) : '';
    if (other && said.some((t) => t.includes(other) || other.includes(t))) return false;
    // Partly stated in a sentence about another case says nothing of a single answer.
    if (!multi && s.context <= best - CONTEXT_MARGIN) return false;
    return s.share >= (asksMany || asksWhich ? OPTION_ABSENT : OPTION_PARTLY) && !s.absent;
  });
  if (onTopic.length === 0 || unclear) return undefined;
  // A question asking for several: one right option alone is more likely a reading that missed the others.
  if (onTopic.length === 1) return asksMany ? undefined : onTopic;
  return several ? onTopic : undefined;
}
const CONTEXT_MARGIN = 0.25;

/**
 * Whether the options are the items of one list in the sentence, next to each other (A、B和C), and not amounts or
 * terms (one value each): two options a sentence merely mentions (一至两名正式党员作培养联系人) are not a list.
 */
function oneList(items: string[], sentence: string): boolean {
  const t = alignable(sentence);
  const spans = items.map((o) => ({ at: t.indexOf(alignable(o)), length: alignable(o).length }));
  if (spans.some((s) => s.at < 0) || items.some((o) => /\d|[一二两三四五六七八九十]/.test(alignable(o)))) return false;
  spans.sort((a, b) => a.at - b.at);
  return spans.slice(1).every((s, k) => /^[、，,和及与或]{0,2}$/.test(t.slice(spans[k]!.at + spans[k]!.length, s.at)));
}
/** In a 单选, half of a short option's characters (两 of 两年) says nothing; more than that may be another reading. */
const OPTION_PARTLY = 0.6;

/**
 * Terms of one kind a rule states exactly one of (每季度 or 每半年, 批准 or 备案, 正式党员 or 预备党员): a statement
 * that says what a sentence says but with another term of the same kind in its place states another rule.
 */
const CONTRASTS: [RegExp, string][] = [
  [/每个?(?:月|季度|半年|年|周|星期|\d+个?(?:月|年))/g, '\u3400'],
  [/批准|备案/g, '\u3401'],
  [/正式党员|预备党员/g, '\u3402'],
  // The kinds of 党纪处分: 警告 is not 严重警告, though its characters are in it.
  [/严重警告|警告|撤销党内职务|留党察看|开除党籍/g, '\u3403'],
  // Pairs a rule names one of and a stranger swaps (15个自然日 for 15个工作日; 流入地 负责 for 流出地; 实到会 for 应到会).
  [/工作日|自然日/g, '\u3404'],
  [/流出地|流入地/g, '\u3405'],
  [/应到会|实到会|实际到会/g, '\u3406'],
  // Which hand (举起右手握拳 for the oath): 左手 is one character from 右手, and the opposite.
  [/[左右](?=手|拳)/g, '\u3407'],
];
const MARKS = /[\u3400-\u3407]/g;
/** The kinds of 党纪处分 a text names, in order. */
const PUNISHMENTS_OF = (text: string) => (alignable(text).match(/严重警告|警告|撤销党内职务|留党察看|开除党籍/g) ?? []).join('|');

function masked(text: string): { text: string; terms: string[] } {
  let t = alignable(text);
  const found: { at: number; term: string }[] = [];
  for (const [pattern] of CONTRASTS) for (const m of t.matchAll(pattern)) found.push({ at: m.index, term: m[0] });
  for (const [pattern, mark] of CONTRASTS) t = t.replace(pattern, mark);
  return { text: t, terms: found.sort((a, b) => a.at - b.at).map((f) => f.term.replace(/个/, '').replace('实际到会', '实到会')) };
}

/** Pairs of which a sentence naming one is not about the other (unlike 正式党员 and 预备党员, often named together). */
const SWAPPED = [/批准|备案/g, /工作日|自然日/g, /流出地|流入地/g, /应到会|实到会|实际到会/g, /[左右](?=手|拳)/g];
/**
 * Whether a text names, for a kind of term the statement names (批准 or 备案), only others of that kind: the
 * matched span may stop right before the term, so the whole sentence is read.
 */
function otherTermOfKind(statement: string, text: string): boolean {
  return SWAPPED.some((pattern) => {
    const mine = affirmedTerms(statement, pattern);
    const theirs = affirmedTerms(text, pattern);
    if (mine.length === 0 || theirs.length === 0) return false;
    if (mine.some((t) => !theirs.includes(t))) return true;
    // Both named, in the other order (流入地负责、流出地协助 for 流出地负责、流入地协助): the roles swapped. A passage that
    // names them again later (流出地党组织要掌握…) is read by the order each is first named in.
    const order = (terms: string[]) => [...new Set(terms)].join();
    return mine.length === theirs.length
      ? mine.join() !== theirs.join()
      : new Set(mine).size > 1 && order(mine) !== order(theirs.filter((t) => mine.includes(t)));
  });
}

/** What a text says "not" to (不是15个自然日, 而非流入地): a term named only to be denied is not one the text states. */
const DENIED_BEFORE = /(?:不是|并非|而非|不按)[\d零一二两三四五六七八九十个]*$/;

/** The terms of a kind a text names and does not deny, in order. */
export function affirmedTerms(text: string, pattern: RegExp): string[] {
  const t = alignable(text);
  return [...t.matchAll(pattern)]
    .filter((m) => !DENIED_BEFORE.test(t.slice(Math.max(0, m.index - 8), m.index)))
    .map((m) => m[0].replace('实际到会', '实到会'));
}

/** A statement false by a term: the evidence says the same with another term of the same kind where it has its own. */
function contrastOf(statement: string, evidence: Evidence[]): { truth: boolean; e: Evidence } | undefined {
  const own = masked(statement);
  if (own.terms.length === 0) return undefined;
  const found: { truth: boolean; e: Evidence; share: number }[] = [];
  for (const e of evidence) {
    if (!e.truth) continue;
    const other = masked(e.text);
    if (other.terms.length === 0) continue;
    const { share, span } = orderedCoverage(own.text, other.text);
    if (share < STATES || !keepsNumbers(own.text, span)) continue;
    if (negationsOf(own.text).length % 2 !== negationsOf(span).length % 2) continue;
    // The evidence's terms inside the matched span, in order: what it says in the statement's places.
    const at = other.text.indexOf(span);
    if (at < 0) continue;
    const before = (other.text.slice(0, at).match(MARKS) ?? []).length;
    const inSpan = other.terms.slice(before, before + (span.match(MARKS) ?? []).length);
    if (inSpan.length !== own.terms.length) continue;
    found.push({ truth: inSpan.every((t, k) => t === own.terms[k]), e, share });
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => b.share - a.share);
  const [first] = found;
  if (found.some((f) => f.truth !== first.truth && f.share >= first.share - 0.05)) return undefined;
  return { truth: first.truth, e: first.e };
}

/**
 * A statement true by its words: every word of it (two characters or more) in one handbook sentence that has the
 * same numbers, the same terms of each kind and as many negations — a paraphrase that keeps the facts, not their
 * order (担任领导职务的党员，同样必须履行党员的各项义务 in 党员的义务对每一名党员都一样，担任领导职务的党员同样必须履行).
 * Only true: a word missing proves nothing.
 */
function statedByWords(statement: string, evidence: Evidence[]): { truth: boolean; e: Evidence } | undefined {
  const whole = contentWords(statement);
  if (whole.length < 4) return undefined;
  const own = masked(statement);
  for (const e of evidence) {
    if (!e.truth || e.basis !== 'handbook' || (e.lead === undefined && sentencesOf(e.text).length > 1)) continue;
    const text = normalizeForIndex(e.text);
    if (!whole.every((w) => text.includes(w) || SAME_WORD_IN(w, text))) continue;
    if (!keepsNumbers(statement, e.text) || negationsOf(statement).length !== negationsOf(e.text).length) continue;
    const other = masked(e.text);
    if (own.terms.some((t) => !other.terms.includes(t))) continue;
    return { truth: true, e };
  }
  return undefined;
}
/**
 * The words of a text that carry its content, two characters or more: a modal cut into a word (要交) is left off
 * it, and of a word and the parts search mode cuts it into, only the whole word is kept.
 */
function contentWords(text: string): string[] {
  const words = [...new Set(tokenize(text).map((w) => w.replace(/^[要应可就都也还再]/, '')))].filter((w) => w.length >= 2);
  return words.filter((w) => !words.some((o) => o !== w && o.includes(w)));
}

/** Whether every word (two characters or more, at least two) of an option is in one sentence with as many negations. */
function allWordsIn(option: string, sentence: string): boolean {
  if (sentencesOf(sentence).length > 1) return false;
  const whole = contentWords(option);
  if (whole.length < 2 || negationsOf(option).length !== negationsOf(sentence).length) return false;
  // In the option's order: 民主测评、个人自评、党员互评 is not 个人自评、党员互评、民主测评.
  const text = normalizeForIndex(sentence);
  let from = 0;
  for (const w of whole) {
    const at = text.indexOf(w, from);
    if (at < 0) return false;
    from = at + w.length;
  }
  return true;
}

/** 必须/应当, 交纳/缴纳 written either way. */
const SAME_WORD_IN = (word: string, text: string) => {
  const alt = word
    .replace(/必须|应当/, (m) => (m === '必须' ? '应当' : '必须'))
    .replace(/交纳|缴纳/, (m) => (m === '交纳' ? '缴纳' : '交纳'));
  return alt !== word && text.includes(alt);
};

/**
 * A blank asking for a rate (比例是（）): the one percentage that the sentences about the stem's case (the same
 * numbers and bounds, most of its words) state, when they all state the same one.
 */
function fillByKind(stem: string, evidence: Evidence[]): { fill: string; e: Evidence } | undefined {
  if (!/比例|百分之|百分比/.test(stem) || (stem.match(BLANKS) ?? []).length !== 1 || /\d%/.test(alignable(stem))) return undefined;
  const about = stem.replace(BLANKS, '').replace(ASKING, '');
  const found = evidence.flatMap((e) => {
    if (!e.truth || !keepsNumbers(stem, e.text) || bigramCoverage(about, `${e.lead ?? ''}${e.text}`) < 0.5) return [];
    const rates = [...new Set(alignable(e.text).match(/\d+(?:\.\d+)?%/g) ?? [])];
    return rates.length === 1 ? [{ fill: rates[0]!, e }] : [];
  });
  if (found.length === 0 || found.some((f) => f.fill !== found[0]!.fill)) return undefined;
  return found[0];
}

/**
 * Whether a choice asks an amount worked out from the case's own figures: every option a number (元, 人; not a rate,
 * which a band's rule gives whoever's case it is), the stem a sum of money or a count of votes with a figure of its
 * own (税后月工资12000元, 正式党员21名).
 */
function workedOutAmount(stem: string, options: string[]): boolean {
  if (options.length < 2 || !options.every((o) => /^\d+(?:\.\d+)?\s*[元人名票]?$/.test(alignable(o)))) return false;
  const text = alignable(stem);
  return (/党费/.test(text) && /\d{3,}元/.test(text)) || (/赞成/.test(text) && /\d+[人名]/.test(text));
}

/**
 * Looks for the one option (or the truth of a statement, or a blank's words) that the evidence states clearly
 * and no other option shares. Conservative on purpose: abstaining is honest, a wrong guess is not.
 */
export function suggestFromHandbook(
  raw: string,
  hits: PassageHit[],
  statements: ReturnType<PasteIndex['statements']> = [],
  perOption: PassageHit[][] = [],
): HandbookSuggestion {
  const parsed = parsePasted(raw);
  // The question without a preamble that only names its source; "下列说法正确的是" is about its options.
  const pasted = { ...parsed, stem: withoutPreamble(parsed.stem) };
  const gathered = gatherEvidence(topicOf(parsed.stem, parsed.options), hits, statements, parsed.options, perOption);
  const { passage } = gathered;
  // Sentences about another kind of the asked one's set (廉洁纪律 for 群众纪律) are no evidence at all.
  // An amount worked out from the case (每月党费, 赞成的至少几人) is not another bank case's: one sharing the income
  // may be about a retired member or a year's dues (the bank's own question is found by lookup, not here).
  const worked = workedOutAmount(parsed.stem, parsed.options);
  // A bank question on another kind of member (学生党员 for 农民党员) answers for its own kind only.
  const onKind = (e: Evidence) =>
    !namesOtherKind(parsed.stem, e.text, parsed.options) && !(e.basis === 'bank' && (worked || namesOtherDuesMember(parsed.stem, e.text)));
  const evidence = gathered.evidence.filter(onKind);
  const wide = gathered.wide.filter(onKind);
  const abstain: HandbookSuggestion = passage ? { kind: 'abstain', passage } : { kind: 'abstain' };
  if (evidence.length === 0) return abstain;
  const hedged = (choice: string[], answerTexts: string[], e: Evidence): HandbookSuggestion => ({
    kind: 'hedged',
    choice,
    answerTexts,
    sentence: e.quote ?? e.text,
    passage: e.hit,
    basis: e.basis,
  });
  const truth = truthOptions(pasted.options);

  if (pasted.options.length >= 2 && !truth) {
    const options = pasted.options;
    if (options.some((o) => ALL_OF.test(o.trim()))) return abstain;
    // An option stating a bound among other words (每季度必须开展2次以上, 离开…六个月以上、无法…) is judged by its
    // number word for word, which a sentence may write otherwise (半年以上): left alone, unless every option is a
    // value alone (半数以上, 三分之二以上), where the bound is what is asked.
    if (options.some((o) => BOUNDED.test(o)) && !options.every((o) => BOUND_VALUE.test(alignable(o).replace(/\s+/g, '')))) return abstain;
    const negative = NEGATIVE_CHOICE.test(pasted.stem);
    const many = pasted.declaredType === '多选' || (pasted.declaredType !== '单选' && MANY_ASK.test(pasted.stem));
    if (!negative && !many) {
      const byCloze = choiceByCloze(pasted.stem, options, evidence);
      if (byCloze) {
        const picked = withListMates(pasted, [byCloze.option], byCloze.by.evidence.text);
        return hedged(
          picked.map((i) => LETTERS[i]),
          picked.map((i) => options[i]),
          byCloze.by.evidence,
        );
      }
    }
    // Options are looked for in statements about the stem (a passage's other sentences speak of other things).
    const about = (e: Evidence) =>
      keepsNumbers(pasted.stem, e.text) && keepsTitles(pasted.stem, e.text) && !swappedSubject(pasted.stem, e.text, options);
    const near = optionSupport(options, evidence.filter(about));
    // Judged against every sentence of the passages too (a list's items), each weighed by how much it is about the stem:
    // an option found there is not absent, and the sentences' subjects tell the stem's options apart.
    const support = optionSupport(options, wide.filter(about), aboutOf(pasted.stem), many).map((s, i) =>
      // An option the stem itself says (恢复党员权利 in 仍不符合恢复党员权利条件的，应当（）) is found in the sentence
      // that states the stem for that reason alone: it tells nothing.
      alignable(pasted.stem).includes(alignable(options[i]!)) ? { ...s, share: 0, context: 0, absent: true } : s,
    );
    const stated = near.flatMap((s, i) => (s.share >= OPTION_STATED ? [i] : []));
    const absent = near.flatMap((s, i) => (s.absent && support[i]!.absent && s.share < OPTION_STATED ? [i] : []));
    // Every option clearly stated or clearly absent: the stated ones (the absent ones, asked for the exception).
    if (stated.length + absent.length === options.length) {
      const pick = negative ? absent : stated;
      const witness = near[stated[0] ?? pick[0]]?.e;
      if (
        witness &&
        pick.length > 0 &&
        (many ? pick.length >= 2 || negative : pick.length === 1) &&
        (negative ||
          !many ||
          (!leftOutButSaid(pick, near) && !allButUnlisted(pick, options, wide) && !leftOutFoundAlone(pick, options, gathered.own)))
      )
        return hedged(
          pick.map((i) => LETTERS[i]),
          pick.map((i) => options[i]),
          witness,
        );
    }
    // Otherwise only when the sentences stating them tell the stem's options apart; anything else is a guess.
    if (negative) return abstain;
    const inContext = byContext(options, support, many || pasted.declaredType !== '单选', many, WHICH_ASK.test(pasted.stem));
    if (
      !inContext ||
      (inContext.length > 1 &&
        (leftOutButSaid(inContext, support) ||
          allButUnlisted(inContext, options, wide) ||
          leftOutFoundAlone(inContext, options, gathered.own)))
    )
      return abstain;
    const witness = support[inContext[0]!].e!;
    const picked = many ? inContext : withListMates(pasted, inContext, witness.text);
    return hedged(
      picked.map((i) => LETTERS[i]),
      picked.map((i) => options[i]),
      witness,
    );
  }

  const blank = hasInnerBlank(pasted.stem) || pasted.declaredType === '填空';
  if (pasted.declaredType === '判断' || truth || !blank) {
    // A statement: true when the evidence states it with the same numbers and negations.
    const statement = pasted.stem.replace(BLANKS, '');
    const named = evidence.filter((e) => keepsTitles(pasted.stem, e.text));
    const verdict = truthOf(statement, named) ?? contrastOf(statement, named) ?? statedByWords(statement, named);
    if (!verdict) return abstain;
    const choice = truth ? [LETTERS[verdict.truth ? truth.true : truth.false]] : [];
    return hedged(choice, [verdict.truth ? '正确' : '错误'], verdict.e);
  }

  // 填空: blanks that are a list, from the one list a sentence about the stem gives with as many items.
  const listed = listFills(pasted.stem, evidence);
  if (listed) return hedged([], listed.fills, listed.e);
  // Otherwise the words the best-aligned statement has in the blanks, when no other as good says otherwise.
  const agreed = agreedFills(fillsFor(pasted.stem, evidence));
  if (agreed) return hedged([], agreed.fills, agreed.by.evidence);
  const typed = fillByKind(pasted.stem, evidence);
  return typed ? hedged([], [typed.fill], typed.e) : abstain;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
/** The sum a statement says is due (应交党费180元, 党费为22.5元, 交180元党费). */
const STATED_DUES = /党费(?:为|是|共|合计|应为)?\s*(\d+(?:\.\d+)?)\s*元(?!以)|(?<=交纳?|缴纳?)\s*(\d+(?:\.\d+)?)\s*元党费/;
const amountsIn = (text: string) => [...alignable(text).matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
const percentsIn = (text: string) => [...alignable(text).matchAll(/(\d+(?:\.\d+)?)%/g)].map((m) => Number(m[1]) / 100);

/**
 * A 党费 paste with one stated income, worked out: the option (or truth, or blank) that equals the amount for a
 * month (or a year, when the stem asks for the year's) or the rate, when exactly one does.
 */
function suggestByCalculation(raw: string, calculate: PasteCalculator): HandbookSuggestion | undefined {
  const pasted = parsePasted(raw);
  let stem = pasted.stem.replace(BLANKS, '（）');
  // A statement naming the sum after 党费 (每个季度应交党费180元): that sum is checked, the income is the other amount.
  const truthOnly = pasted.options.length < 2 || truthOptions(pasted.options) !== undefined;
  const claimed = truthOnly && !hasInnerBlank(pasted.stem) ? STATED_DUES.exec(alignable(stem)) : null;
  if (claimed) stem = alignable(stem).replace(claimed[0], '党费');
  // One income only: a stem naming a range (5000元以上至10000元) asks for a rule, not a sum.
  // The share of the income asked without the word 党费 asks the same rate (income-share.ts).
  if ((!/党费/.test(stem) && !asksIncomeShare(stem, pasted.options)) || amountsIn(stem).filter((n) => n >= 100).length !== 1)
    return undefined;
  if (!/党费/.test(stem)) stem = `党费：${stem}`;
  // A threshold (超过5000元的, 5000元以上的) names a band of incomes and asks its rule, not one member's sum.
  if (/(?:超过|高于|低于|不足|不满|满)\s*\d+(?:\.\d+)?\s*元|\d\s*元(?:\s*[（(]含[^）)]*[)）])?\s*(?:以上|以下)/.test(stem))
    return undefined;
  // Two members compared (甲、乙 … 分别) are more than one sum.
  if (/分别|甲|乙/.test(stem)) return undefined;
  const asksRate = /比例|百分之|%|档/.test(stem.replace(/\d+(?:\.\d+)?%/g, ''));
  const statedRates = percentsIn(stem);
  const result = calculate(stem.replace(/\d+(?:\.\d+)?%/g, ''));
  if (!result) return undefined;
  const months = /全年|一年|每年|年度/.test(stem) && !/年薪|年收入/.test(stem) ? 12 : /半年/.test(stem) ? 6 : /季度/.test(stem) ? 3 : 1;
  const amount = round2(result.monthly * months);
  const rate = result.rate;
  const rule = { text: result.rule, coverage: 1, source: 'handbook:dues.rates', title: '党费计算' };
  const answer = (choice: string[], answerTexts: string[]): HandbookSuggestion => ({
    kind: 'hedged',
    choice,
    answerTexts,
    sentence: result.rule,
    passage: rule,
    basis: 'calculation',
  });
  const truth = truthOptions(pasted.options);
  if (pasted.options.length >= 2 && !truth) {
    const hits = pasted.options.flatMap((o, i) => {
      const percents = percentsIn(o);
      const value = percents.length === 1 ? percents[0] : amountsIn(o).length === 1 ? amountsIn(o)[0] : undefined;
      if (value === undefined) return [];
      const wanted = percents.length === 1 ? rate : asksRate ? undefined : amount;
      // A rate is a hundredth of an amount's scale: rates half a point apart (0.5%, 1%, 1.5%) are told apart.
      const within = percents.length === 1 ? 0.00005 : 0.005;
      return wanted !== undefined && Math.abs(value - wanted) < within ? [i] : [];
    });
    return hits.length === 1 ? answer([LETTERS[hits[0]]], [pasted.options[hits[0]]]) : undefined;
  }
  if (hasInnerBlank(pasted.stem) && pasted.declaredType !== '判断' && !truth) {
    if (asksRate) return rate === undefined ? undefined : answer([], [`${round2(rate * 100)}%`]);
    return answer([], [String(amount)]);
  }
  // A statement: its rate, or the amount it names after the income, checked.
  if (claimed) {
    // The period the sum is said for is the one named just before it (每个季度应交党费180元), else the stem's.
    const before = alignable(pasted.stem).slice(Math.max(0, claimed.index - 10), claimed.index);
    const per = /季度/.test(before)
      ? 3
      : /半年/.test(before)
        ? 6
        : /全年|一年|每年/.test(before)
          ? 12
          : /每个?月/.test(before)
            ? 1
            : months;
    const holds = Math.abs(Number(claimed[1] ?? claimed[2]) - round2(result.monthly * per)) < 0.005;
    return answer(truth ? [LETTERS[holds ? truth.true : truth.false]] : [], [holds ? '正确' : '错误']);
  }
  if (statedRates.length === 1 && rate !== undefined) {
    const holds = Math.abs(statedRates[0] - rate) < 0.0005;
    return answer(truth ? [LETTERS[holds ? truth.true : truth.false]] : [], [holds ? '正确' : '错误']);
  }
  return undefined;
}

/**
 * The voting members a stem counts from: the number after 应到（会） or 有表决权的（正式）党员, or before it (25名有表决权的
 * 党员), not after 实到 or 到会. 正式党员 N名 counts too when nothing in the case takes a vote away from one of them
 * (留党察看 and the like), as 正式党员 are the members with a vote.
 */
const VOTER_PATTERNS = [
  /(?:应到会?|有表决权的(?:正式)?党员)[^\d，,。；;]{0,10}?(\d+)\s*[人名个]/,
  /(\d+)\s*[名个]有表决权的(?:正式)?党员/,
  /正式党员[^\d，,。；;]{0,4}?(\d+)\s*[人名个]/,
];
const VOTE_TAKEN = /留党察看|停止党籍|停止.{0,4}权利|不计入|除外|(?:含|包括|其中)预备党员/;
/** Of the 正式党员 counted, those a 处分 takes the vote from (其中1名正处于留党察看期内): they do not vote. */
const WITHOUT_VOTE = /^[^。]{0,6}?其中(\d+)[名人个][^，,。；;]{0,8}?(?:留党察看|停止党籍)[^，,。；;]{0,4}[，,。；;]/;
const VOTERS = {
  exec(stem: string): RegExpExecArray | null {
    for (const [k, pattern] of VOTER_PATTERNS.entries()) {
      if (k === 2 && VOTE_TAKEN.test(stem)) {
        // 正式党员25名，其中1名留党察看: 24 vote, when nothing else in the case takes a vote away.
        const m = pattern.exec(stem);
        const taken = m && WITHOUT_VOTE.exec(stem.slice(m.index + m[0].length));
        const rest = taken ? stem.replace(taken[0], '') : stem;
        if (!m || !taken || VOTE_TAKEN.test(rest.slice(m.index + m[0].length))) continue;
        const voters = [...m] as unknown as RegExpExecArray;
        voters[1] = String(Number(m[1]) - Number(taken[1]));
        return Object.assign(voters, { index: m.index, input: m.input });
      }
      const m = pattern.exec(stem);
      if (m) return m;
    }
    return null;
  },
};

/**
 * A case's text for counting: an aside in brackets (正式党员30名（其中3名在留党察看期内）) is part of the case there —
 * who lost a vote — and alignable would drop it as an aside, so it is read as a clause of its own. Empty brackets
 * (a blank) stay.
 */
const caseText = (stem: string) =>
  alignable(stem.replace(BLANKS, '（）').replace(/[（(]([^（）()]*[^（）()\s][^（）()]*)[)）]/g, '，$1，'));

/**
 * "赞成的至少要有几人": a resolution passes with more than half of the members with a vote who should attend (应到会,
 * not those present), so at least ⌊N/2⌋+1. Elections count otherwise (到会人数) and are left to the evidence.
 */
function suggestByVoting(raw: string): HandbookSuggestion | undefined {
  const pasted = parsePasted(raw);
  const stem = caseText(pasted.stem);
  if (!/赞成/.test(stem) || !/至少|最少|起码/.test(stem) || /选举|当选|候选人|选票/.test(stem)) return undefined;
  const voters = VOTERS.exec(stem);
  if (!voters) return undefined;
  const n = Number(voters[1]);
  if (!(n >= 3)) return undefined;
  const least = Math.floor(n / 2) + 1;
  const rule = `赞成人数要超过应到会有表决权党员的半数（不是实到会人数）：${n}人的半数是${n / 2}，超过半数至少要${least}人。`;
  return suggestCount(pasted, least, rule, 'handbook:life.voting', '表决计算');
}

/** A worked count as the suggestion: the one option stating exactly it, or the blank filled with it; the rule as 依据. */
function suggestCount(pasted: PastedQuestion, count: number, rule: string, source: string, title: string): HandbookSuggestion | undefined {
  const answer = (choice: string[], answerTexts: string[]): HandbookSuggestion => ({
    kind: 'hedged',
    choice,
    answerTexts,
    sentence: rule,
    passage: { text: rule, coverage: 1, source, title },
    basis: 'calculation',
  });
  const truth = truthOptions(pasted.options);
  if (pasted.options.length >= 2 && !truth) {
    const hits = pasted.options.flatMap((o, i) => (amountsIn(o).length === 1 && amountsIn(o)[0] === count ? [i] : []));
    return hits.length === 1 ? answer([LETTERS[hits[0]!]!], [pasted.options[hits[0]!]!]) : undefined;
  }
  if (hasInnerBlank(pasted.stem) && pasted.declaredType !== '判断' && !truth) return answer([], [String(count)]);
  return undefined;
}

/** Who must be present, counted from the stem: the members with an election vote who should attend, or the committee's members. */
const ELECTORS = /(?:应到会?|有选举权的(?:正式)?党员)[^\d，,。；;]{0,12}?(\d+)\s*[人名个]|(\d+)\s*[名个]有选举权的(?:正式)?党员/;
// 一共 is aligned as 1共: read past it.
const COMMITTEE =
  /(?:支委会|支部委员会)(?:1共|共有|共)?[^\d，,。；;]{0,6}?(\d+)\s*[名个位]?委员|(?:委员|支委(?!会))[^\d，,。；;]{0,4}?(\d+)\s*[人名个位]/;
const ATTEND_ASK = /(?:至少|最少|起码|最低)[^，,。；;]{0,8}(?:到会|到|来|出席|参加|参会)/;

/**
 * "最少得到几人才能开": the least attendance a meeting needs, worked out — an election needs more than four fifths
 * of the members with an election vote who should attend (超过五分之四: ⌊4N/5⌋+1), a 支委会 half of its members or
 * more (半数以上, half included: ⌈N/2⌉). Only asked as a number, with the count the rule turns on in the stem.
 */
function suggestByQuorum(raw: string): HandbookSuggestion | undefined {
  const pasted = parsePasted(raw);
  const stem = alignable(pasted.stem.replace(BLANKS, '（）'));
  if (!ATTEND_ASK.test(stem) || /赞成|通过/.test(stem.replace(/才能开|才算数/g, ''))) return undefined;
  let least: number;
  let rule: string;
  let source: string;
  const electors = /选举|换届/.test(stem) ? ELECTORS.exec(stem) : null;
  const committee = /支委会|支部委员会/.test(stem) && !/选举|换届/.test(stem) ? COMMITTEE.exec(stem) : null;
  if (electors) {
    const n = Number(electors[1] ?? electors[2]);
    if (!(n >= 3)) return undefined;
    least = Math.floor((4 * n) / 5) + 1;
    rule = `有选举权的到会人数要超过应到会人数的五分之四：${n}人的五分之四是${(4 * n) / 5}，超过它至少要${least}人。`;
    source = 'handbook:branch.election';
  } else if (committee) {
    const n = Number(committee[1] ?? committee[2]);
    if (!(n >= 3)) return undefined;
    least = Math.ceil(n / 2);
    rule = `支委会必须有半数以上委员到会才能进行：${n}名委员的半数是${n / 2}，半数以上（含半数）至少要${least}人。`;
    source = 'handbook:life.committee-meeting';
  } else return undefined;
  return suggestCount(pasted, least, rule, source, '到会人数计算');
}

/** The votes in favour a statement counts (12人赞成, 赞成票12票, 赞成的有12人). */
const IN_FAVOUR = /(\d+)\s*[人名](?:投(?:了)?)?(?:表示)?赞成|赞成(?:票|的)?(?:有|为|是|达到)?\s*(\d+)\s*[人名票]/;
/** What a statement says of the resolution: passed (通过了, 有效) or not (不能通过, 没有通过, 无效). */
const NOT_PASSED = /(?:不能|不会|不得|没有?|未(?:能)?|无法)(?:获得)?通过|无效/;
const PASSED = /通过|有效/;

/**
 * A 判断 that tells a vote and says whether it passed (有表决权的党员25名，实到18人，12人赞成，所以决议通过了): worked out the
 * same way — more than half of those who should attend, whatever the number present. Elections are left alone.
 */
function voteStatement(raw: string): HandbookSuggestion | undefined {
  const pasted = parsePasted(raw);
  const truth = truthOptions(pasted.options);
  if (pasted.options.length >= 2 && !truth) return undefined;
  if (hasInnerBlank(pasted.stem) && pasted.declaredType !== '判断' && !truth) return undefined;
  const stem = caseText(pasted.stem.replace(BLANKS, ''));
  if (!/赞成/.test(stem) || /选举|当选|候选人|选票|差额/.test(stem)) return undefined;
  const voters = VOTERS.exec(stem);
  const favour = IN_FAVOUR.exec(stem);
  if (!voters || !favour) return undefined;
  const n = Number(voters[1]);
  const k = Number(favour[1] ?? favour[2]);
  if (!(n >= 3) || !(k >= 0) || k > n) return undefined;
  // What the statement claims after the count: passed or not; neither said, nothing to judge.
  const claim = stem.slice(favour.index + favour[0].length);
  const says = NOT_PASSED.test(claim) ? false : PASSED.test(claim) ? true : undefined;
  if (says === undefined) return undefined;
  const least = Math.floor(n / 2) + 1;
  // 至少要K人赞成 names the least itself: true only for the least.
  const holds = /至少|最少|起码/.test(stem) ? k === least && says : k >= least === says;
  const rule = `赞成人数要超过应到会有表决权党员的半数（不是实到会人数）：${n}人的半数是${n / 2}，超过半数至少要${least}人；${k}人赞成${k >= least ? '可以' : '不能'}通过。`;
  return {
    kind: 'hedged',
    choice: truth ? [LETTERS[holds ? truth.true : truth.false]!] : [],
    answerTexts: [holds ? '正确' : '错误'],
    sentence: rule,
    passage: { text: rule, coverage: 1, source: 'handbook:life.voting', title: '表决计算' },
    basis: 'calculation',
  };
}

/** The bank's answer to the paste asked without its preamble (按照党章规定，…), when it has one to drop. */
function lookupWithoutPreamble(index: PasteIndex, raw: string): PasteLookup | undefined {
  const pasted = parsePasted(raw);
  const core = withoutPreamble(pasted.stem);
  if (core === pasted.stem) return undefined;
  const mark = pasted.declaredType ? `【${pasted.declaredType}】` : '';
  return index.lookup(`${mark}${core}${pasted.options.map((o, i) => `\n${LETTERS[i]}. ${o}`).join('')}`);
}

/** Who a threshold counts (正式党员7人以上, 不足7人的党员): the counted members and their number in a case or a rule. */
const COUNTED_MEMBERS = /(正式党员|有表决权的党员|党员)(不足|不到|不满|少于|超过|多于)?(\d+)[人名个](以上|以下|以内)?/;
const THRESHOLD_SAYS = 0.65;
/** A statement that a case meets a condition, with no negation of its own (已经满足…条件, 可以单独成立党支部). */
const CONDITION_MET = /^(?:(?!不|没|未|尚).)*(?:(?:满足|符合|达到|具备|够)[^，,。；;]{0,14}条件|可以(?:单独)?(?:成立|设立|组建))/;
const meets = (n: number, bound: string, t: number) =>
  /不足|不到|不满|少于/.test(bound) ? n < t : /超过|多于/.test(bound) ? n > t : /以下|以内/.test(bound) ? n <= t : n >= t;

/**
 * A 判断 telling a case by its count (一个支部有正式党员5名…，应当设立支部委员会) against a rule that turns on a count
 * (有正式党员7人以上的党支部，应当设立支部委员会；不足7人的，不设): true when the case meets the rule whose consequence
 * the statement says; false when it meets the rule that says the opposite. Nothing when no such pair of rules is found.
 */
function suggestByThreshold(raw: string, hits: PassageHit[]): HandbookSuggestion | undefined {
  const pasted = parsePasted(raw);
  const truth = truthOptions(pasted.options);
  // A 判断's brackets end what it says: the user's words after them (（ ） 我们支部就是这个情况) are not a blank's context.
  const said = pasted.declaredType === '判断' || truth ? pasted.stem.replace(/[（(]\s*[)）][^。（(]*$/, '') : pasted.stem;
  if ((pasted.options.length >= 2 && !truth) || hasInnerBlank(said)) return undefined;
  // A question said to be a choice or a blank, or asking (怎么设？), is no statement, whatever its options' parse.
  if ((pasted.declaredType && pasted.declaredType !== '判断') || /[？?]|怎么|哪/.test(said)) return undefined;
  const stem = alignable(said);
  const cases = [...stem.matchAll(new RegExp(COUNTED_MEMBERS.source, 'g'))];
  if (cases.length === 0 || cases.some((c) => c[2] || c[4])) return undefined;
  // 党员3人，其中1人是预备党员: the 正式党员 the rules count are the others.
  const formalOf = (): number | undefined => {
    const direct = cases.find((c) => c[1] === '正式党员');
    if (direct) return Number(direct[3]);
    const total = cases.find((c) => c[1] === '党员' && !/[备式]$/.test(stem.slice(0, c.index)));
    const probationary = /其中(\d+)[人名个][^，,。；;]{0,12}预备党员|预备党员(\d+)[人名个]|(\d+)[人名个]预备党员/.exec(stem);
    if (!total || !probationary) return undefined;
    const left = Number(total[3]) - Number(probationary[1] ?? probationary[2] ?? probationary[3]);
    return left >= 0 ? left : undefined;
  };
  // What the statement says follows: what comes after its last count.
  const last = cases.at(-1)!;
  // Not the rest of the case (共9名党员, 党员总数8人, 已超过7人): a count is the case, not what follows from it.
  const told = stem
    .slice(last.index + last[0].length)
    .split(/[，,]/)
    .filter((c) => !/\d\s*[人名个]/.test(c))
    .join('，')
    .replace(/^[，,、的]+/, '');
  // The consequence is its last clause when the case goes on first (合计9人，已经超过7人，所以应当设立支部委员会).
  const tail = told
    .split(/[，,]/)
    .filter((c) => c.trim())
    .at(-1)
    ?.replace(/^(?:所以|因此|因而|故|就|则|那么)/, '');
  const says = (tail && tail.length >= 4 && /所以|因此|因而|那么/.test(told) ? tail : told).replace(/[。]?\s*\(\s*\)\s*$/, '');
  if (says.length < 4) return undefined;
  const found: { truth: boolean; text: string; hit: PassageHit }[] = [];
  for (const hit of hits.slice(0, 3))
    for (const text of sentencesOf(hit.text)) {
      const rule = COUNTED_MEMBERS.exec(alignable(text));
      // A rule bounds its count (7人以上, 不足7人); a bare count (例如一个支部有正式党员6名) tells an example.
      if (!rule || !(rule[2] || rule[4])) continue;
      const n = rule[1] === '正式党员' ? (formalOf() ?? Number.NaN) : Number(cases.find((c) => c[1] === rule[1])?.[3] ?? Number.NaN);
      if (Number.isNaN(n)) continue;
      const then = alignable(text).slice(rule.index + rule[0].length);
      const clause = then.split(/[。；;]/)[0]!;
      // The count a rule sets for founding a body (有正式党员3人以上的，都应当成立党的基层组织) is the condition for it:
      // a statement that the case meets the condition (已经满足成立党支部的条件) is as true as the count.
      if (CONDITION_MET.test(says) && /成立|设立|组建/.test(clause) && /成立|设立|组建/.test(says) && !rule[2] && rule[4] === '以上') {
        found.push({ truth: meets(n, rule[4], Number(rule[3])), text, hit });
        continue;
      }
      // The consequence may be one part of the rule's clause (…的党支部，不设支部委员会，由党员大会选举书记1名).
      const share = Math.max(...[clause, ...clause.split(/[，,]/)].map((part) => orderedCoverage(says, part).share));
      // 不设支部委员会 against 应当设立支部委员会: the opposite consequence shares less of its words.
      if (share < THRESHOLD_SAYS) continue;
      // The consequence's negations as the rule's clause has them (its words may be put otherwise: 支委会).
      const same = negationsOf(says).length % 2 === negationsOf(clause).length % 2;
      const applies = meets(n, `${rule[2] ?? ''}${rule[4] ?? ''}`, Number(rule[3]));
      // A rule the case does not meet says nothing of it by itself: its opposite rule must speak.
      if (applies) found.push({ truth: same, text, hit });
    }
  if (found.length === 0 || found.some((f) => f.truth !== found[0]!.truth)) return undefined;
  const holds = found[0]!.truth;
  return {
    kind: 'hedged',
    choice: truth ? [LETTERS[holds ? truth.true : truth.false]!] : [],
    answerTexts: [holds ? '正确' : '错误'],
    sentence: found[0]!.text,
    passage: found[0]!.hit,
    basis: 'handbook',
  };
}

/**
 * A 单选 telling a case by its count whose options are statements (某支部有正式党员9名…，下列说法正确的是 A.应当设立支部
 * 委员会… B.不设支部委员会…): each option read as the statement the case makes with it, against the rules that turn
 * on the count. The one option those rules find true, when no other is found true.
 */
function suggestByThresholdChoice(raw: string, hits: PassageHit[]): HandbookSuggestion | undefined {
  const pasted = parsePasted(raw);
  if (pasted.options.length < 2 || truthOptions(pasted.options) || pasted.declaredType === '多选') return undefined;
  if (NEGATIVE_CHOICE.test(pasted.stem) || MANY_ASK.test(pasted.stem)) return undefined;
  const stem = alignable(pasted.stem);
  const cases = [...stem.matchAll(new RegExp(COUNTED_MEMBERS.source, 'g'))];
  if (cases.length === 0) return undefined;
  // The case as far as its last count; each option is what it would say follows.
  const last = cases.at(-1)!;
  const told = stem.slice(0, last.index + last[0].length);
  // An option's first clause is judged by the rules on the count; what it adds (一般由3至5人组成) must be said by the
  // passage of the rule that holds (9名正式党员都是委员 is not).
  const verdicts = pasted.options.map((o) => {
    const [first, ...rest] = o.split(/[，,；;]/).filter((c) => c.trim());
    const v = first ? suggestByThreshold(`（判断题）${told}，${first}`, hits) : undefined;
    if (v?.kind !== 'hedged' || v.answerTexts[0] !== '正确') return v;
    return rest.every((c) => orderedCoverage(c, v.passage.text).share >= STATES) ? v : undefined;
  });
  const trueOnes = verdicts.flatMap((v, i) => (v?.kind === 'hedged' && v.answerTexts[0] === '正确' ? [i] : []));
  if (trueOnes.length !== 1) return undefined;
  const by = verdicts[trueOnes[0]!];
  if (by?.kind !== 'hedged') return undefined;
  return { ...by, choice: [LETTERS[trueOnes[0]!]!], answerTexts: [pasted.options[trueOnes[0]!]!] };
}

/** A date as a paste writes it: 2024年6月, 3月10日, 2022年10月1日 (a year and a day may each be left out). */
interface Day {
  y?: number;
  m: number;
  d?: number;
}
const DATE = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号])?/g;
const datesIn = (text: string): Day[] =>
  [...alignable(text).matchAll(DATE)].map((m) => ({
    ...(m[1] ? { y: Number(m[1]) } : {}),
    m: Number(m[2]),
    ...(m[3] ? { d: Number(m[3]) } : {}),
  }));
const plusMonths = (day: Day, months: number): Day => {
  const total = day.m - 1 + months;
  const y = day.y === undefined ? undefined : day.y + Math.floor(total / 12);
  return { ...day, ...(y === undefined ? {} : { y }), m: (((total % 12) + 12) % 12) + 1 };
};
const sameDay = (a: Day, b: Day) => a.y === b.y && a.m === b.m && a.d === b.d;
/** A period a rule gives (一个月内, 满一年, 半年, 3个月): in months. */
const PERIOD = /(\d+|半)个?(月|年)(?:内|以内|之内|以上|后|期满)?|满(\d+|半)个?(月|年)/g;
const periodsIn = (text: string) =>
  [...alignable(text).matchAll(PERIOD)].map((m) => {
    const n = (m[1] ?? m[3]) === '半' ? 0.5 : Number(m[1] ?? m[3]);
    return (m[2] ?? m[4]) === '年' ? n * 12 : n;
  });
/** Share of a stem's wording a sentence must have to be the rule the stem's case follows. */
const DATE_RULE = 0.35;

/**
 * A date plus a period (3月10日交申请书, 一个月内谈话 → 4月10日; 2024年6月取得初级证, 满一年申请中级 → 2025年6月): the stem
 * states one date, the options are dates, and the sentence most about the stem gives one period. Suggested only
 * when that date plus that period is exactly one option and no sentence as much about the stem gives another.
 */
function suggestByDate(raw: string, hits: PassageHit[]): HandbookSuggestion | undefined {
  const pasted = parsePasted(raw);
  if (pasted.options.length < 3 || truthOptions(pasted.options)) return undefined;
  const stated = datesIn(pasted.stem);
  const isDate = (o: string) => /^\s*(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?\s*$/.test(alignable(o));
  // The options are dates (one may say 随时都可以: never the sum).
  if (stated.length !== 1 || pasted.options.filter(isDate).length < 3) return undefined;
  const options = pasted.options.map((o) => (isDate(o) ? datesIn(o)[0]! : { m: 0, y: -1 }));
  // Each option in the stem's form (a year where it has one, a day where it has one), or it is not this sum.
  if (
    options.some(
      (o) => o.m > 0 && ((o.y === undefined) !== (stated[0]!.y === undefined) || (o.d === undefined) !== (stated[0]!.d === undefined)),
    )
  )
    return undefined;
  // The stem's case without its date and how it asks: what the rule's sentence must speak of.
  const about = aboutOf(withoutCase(withoutPreamble(pasted.stem)))
    .replace(DATE, '')
    .replace(/按规定|最迟|最早|应在|前|后/g, '');
  const found = hits.slice(0, 3).flatMap((hit) =>
    sentencesOf(hit.text).flatMap((text) => {
      const periods = periodsIn(text);
      const share = bigramCoverage(about, text);
      // A sentence on another kind of 处分 than the stem's (警告 for a 严重警告 case) is not its rule.
      const kinds = PUNISHMENTS_OF(text);
      if (
        kinds &&
        PUNISHMENTS_OF(pasted.stem) &&
        !PUNISHMENTS_OF(pasted.stem)
          .split('|')
          .some((k) => kinds.split('|').includes(k))
      )
        return [];
      return periods.length === 1 && share >= DATE_RULE ? [{ text, hit, share, months: periods[0]! }] : [];
    }),
  );
  found.sort((a, b) => b.share - a.share);
  const [best] = found;
  if (!best || !Number.isInteger(best.months)) return undefined;
  // Another sentence as much about the stem with another period: which rule applies is not clear.
  if (found.some((f) => f.months !== best.months && f.share >= best.share - 0.1)) return undefined;
  // A sentence cut at ； may have its exception after it (三个月内审批；特殊情况…不得超过六个月): read whole, the clause the
  // stem names must give the same period, or which one applies is not clear.
  const whole = best.hit.text.split(/(?<=[。！？\n])/).find((x) => x.includes(best.text.replace(/[；;]$/, '')));
  if (whole && periodsIn(whole).length > 1 && periodFor(withoutCase(pasted.stem), whole)?.months !== best.months) return undefined;
  const due = plusMonths(stated[0]!, best.months);
  const picked = options.flatMap((o, i) => (sameDay(o, due) ? [i] : []));
  if (picked.length !== 1) return undefined;
  return {
    kind: 'hedged',
    choice: [LETTERS[picked[0]!]!],
    answerTexts: [pasted.options[picked[0]!]!],
    sentence: best.text,
    passage: best.hit,
    basis: 'handbook',
  };
}

/** Letters a scan or a hurried hand puts for digits between digits (2O24, 1l8): read as the digits. */
export const ocrDigits = (text: string) => text.replace(/(?<=\d)[Oo](?=\d)/g, '0').replace(/(?<=\d)[lI](?=\d)/g, '1');

let shared: FactIndex | undefined;
/** The handbook's fact records, read once per process. */
const sharedFacts = () => {
  shared ??= createFactIndex();
  return shared;
};

/**
 * The fact record a stem asks for (its scenario's people and the source preamble left out), as a passage of one
 * sentence: the fact's own answer, cited from its handbook section. Matched facts are read before the passages.
 */
export function factHits(facts: FactIndex, stem: string, core = false): PassageHit[] {
  const hit = stem ? (factPassage(facts, topicOf(stem, []), core) ?? factPassage(facts, topicOf(askedByBlank(stem), []), core)) : undefined;
  return hit ? [hit] : [];
}

/**
 * A blank read as the question it stands for (要过（）年 → 要过几年, 不宜超过____名 → 不宜超过多少名): the facts are matched
 * on questions, and a stem whose only question word is its blank asks as much as one that says 几.
 */
export function askedByBlank(stem: string): string {
  return stem
    .replace(/(?:（\s*）|\(\s*\)|_{2,})(?=\s*(?:个|名|年|月|天|次|人|元|岁|学时|小时|周))/g, '几')
    .replace(/（\s*）|\(\s*\)|_{2,}/g, '多少');
}

/** Everything the bot can say about a paste: the bank's answer, "answer missing", a hedged suggestion or nothing. */
export type PasteOutcome = PasteLookup | HandbookSuggestion;

/** The bank first; a paste no bank holds is weighed against the handbook passages `search` finds and the nearest bank questions. */
export async function resolvePaste(
  index: PasteIndex,
  raw: string,
  search: (stem: string) => Promise<PassageHit[]>,
  calculate?: PasteCalculator,
  facts: FactIndex = sharedFacts(),
): Promise<PasteOutcome> {
  // Several numbered questions, one of them named by the writer: that one alone (named-question.ts); cleaning the
  // paste would keep the first.
  const digits = ocrDigits(raw);
  // An exception before a sameness said as the lack it means, written or not (exception-first.ts).
  raw = lackSaid(cleanPaste(namedQuestion(digits) ?? digits));
  const combined = combinedChoice(raw);
  if (combined) {
    // Judged as the 多选 of its numbered statements; the option naming exactly the statements picked is the answer.
    const outcome = await resolveCleaned(index, combined.asMany, search, calculate, facts);
    if (outcome.kind === 'abstain' || outcome.kind === 'answer-missing') return { kind: 'abstain' };
    const picked = outcome.choice.map((l) => LETTERS.indexOf(l)).sort((a, b) => a - b);
    const at = combined.sets.findIndex((set) => set.length === picked.length && set.every((n, k) => n === picked[k]));
    if (at < 0 || picked.length === 0) return { kind: 'abstain' };
    const answerTexts = [combined.options[at]!];
    // A bank's answer to the statements is still only a suggestion for the combined question.
    return outcome.kind === 'hedged'
      ? { ...outcome, choice: [LETTERS[at]!], answerTexts }
      : { kind: 'similar', question: outcome.question, score: outcome.score, choice: [LETTERS[at]!], answerTexts };
  }
  const outcome = finished(raw, await resolveCleaned(index, raw, search, calculate, facts));
  if (outcome.kind !== 'abstain' && outcome.kind !== 'hedged') return outcome;
  // A fill saying again the value the stem says before its box: the box was a 判断's mark (trailing-box.ts).
  const echoed = await byEchoedFill(raw, outcome, async (statement) =>
    finished(statement, await resolveCleaned(index, statement, search, calculate, facts)),
  );
  if (echoed) return echoed;
  // 的一半 read as the rules' 的半数, where the paste as typed found nothing (share-words.ts).
  const shared = await byPlainShares(raw, outcome, (text) => resolvePaste(index, text, search, calculate, facts));
  if (shared) return shared;
  // Options that are statements of their own, judged one by one where the whole found nothing (statement-options.ts).
  const byStatements =
    outcome.kind === 'abstain'
      ? await byStatementOptions(raw, async (statement) =>
          finished(statement, await resolveCleaned(index, statement, search, calculate, facts)),
        )
      : undefined;
  if (byStatements) return byStatements;
  // A statement whose opening "…的" clause only sets the scene: its rule clause judged alone (lead-clause.ts).
  const byLead =
    outcome.kind === 'abstain'
      ? await byLeadClause(raw, async (statement) => finished(statement, await resolveCleaned(index, statement, search, calculate, facts)))
      : undefined;
  if (byLead) return byLead;
  // A statement closed by its box with no full stop, its value said before it: a 判断's mark, not a blank (trailing-box.ts).
  const byBox =
    outcome.kind === 'abstain'
      ? await byTrailingBox(raw, async (statement) => finished(statement, await resolveCleaned(index, statement, search, calculate, facts)))
      : undefined;
  if (byBox) return byBox;
  // Several rules' blanks in one paste, one per clause: each clause filled as if pasted alone (clause-blanks.ts). A
  // suggestion filling them all from one sentence took a rule's two numbers for two rules' (不足3人 for 不超过（ ）人):
  // the clauses' fills stand over it when every clause is filled.
  // Clauses parted by commas only where the whole found nothing: a sentence's commas part one rule as often.
  const byClauses = await byBlankClauses(
    raw,
    async (clause) => finished(clause, await resolveCleaned(index, clause, search, calculate, facts)),
    outcome.kind === 'abstain',
  );
  return byClauses ?? outcome;
}

/** An outcome as given: a blank's words without the stem's unit, options out of the asked scope dropped (see each). */
function finished(raw: string, given: PasteOutcome): PasteOutcome {
  const outcome = withoutOtherActors(raw, withoutSwappedSubject(raw, given));
  const scoped = withinAskedScope(
    raw,
    withoutSupersededOptions(raw, withoutStemTail(raw, withoutStemUnits(raw, withBankUnit(raw, outcome)))),
  );
  return withoutStemLead(raw, tidiedFills(raw, withoutExemptedItems(raw, scoped)));
}

const CIRCLED = '①②③④⑤⑥⑦⑧';
/**
 * A combined choice (①…②…③…④… in the stem, options A.①③ B.①②③…): the statements as a 多选 of their own, and
 * which statements each option names. Undefined unless every option is a set of the stem's numbers.
 */
export function combinedChoice(raw: string): { asMany: string; sets: number[][]; options: string[] } | undefined {
  const pasted = parsePasted(raw);
  if (pasted.options.length < 2 || !pasted.options.every((o) => /^[①-⑧、,，\s和及]+$/.test(o))) return undefined;
  const marks = [...pasted.stem.matchAll(/[①-⑧]/g)];
  if (marks.length < 3 || marks.some((m, k) => m[0] !== CIRCLED[k])) return undefined;
  const statements = marks.map((m, k) =>
    pasted.stem
      .slice(m.index! + 1, k + 1 < marks.length ? marks[k + 1]!.index : undefined)
      .trim()
      .replace(/[；;。，,]$/, ''),
  );
  const sets = pasted.options.map((o) => [...o.matchAll(/[①-⑧]/g)].map((m) => CIRCLED.indexOf(m[0])).sort((a, b) => a - b));
  if (sets.some((set) => set.some((n) => n >= statements.length))) return undefined;
  const stem = pasted.stem.slice(0, marks[0]!.index).trim();
  const asMany = `【多选】${stem}\n${statements.map((t, k) => `${LETTERS[k]}. ${t}`).join('\n')}`;
  return { asMany, sets, options: pasted.options };
}

/** A blank's unit, written after it in the stem: （ ）年, ____个工作日. */
const BLANK_UNIT = /(?:[（(]\s*[)）]|_{2,})\s*(个工作日|个月|学时|小时|周年|周岁|[年月日天次人名个岁元票周%])?/g;

/**
 * A blank's words without the unit the stem already writes after the blank (（ ）年 → 二, not 二年): what is
 * filled in is what goes into the blank.
 */
export function withoutStemUnits(raw: string, outcome: PasteOutcome): PasteOutcome {
  if (outcome.kind === 'abstain' || outcome.kind === 'answer-missing' || outcome.choice.length > 0) return outcome;
  const { stem, options } = parsePasted(raw);
  if (options.length > 0) return outcome;
  const units = [...stem.matchAll(BLANK_UNIT)].map((m) => m[1]);
  if (units.length !== outcome.answerTexts.length || units.every((u) => !u)) return outcome;
  const answerTexts = outcome.answerTexts.map((text, i) => {
    const unit = units[i];
    // 年满（）周岁 is filled with 十八, whether the source wrote 十八周岁 or 十八岁.
    const tail = unit === '周岁' && !text.endsWith(unit) ? '岁' : unit;
    return tail && text.endsWith(tail) && text.length > tail.length ? text.slice(0, -tail.length) : text;
  });
  return { ...outcome, answerTexts };
}

/**
 * A close bank 填空 whose blank is followed by a unit the paste leaves to the blank ((）年内不得 for ______内不得):
 * the bank's answer (二) with that unit (二年), or it would not say how long.
 */
export function withBankUnit(raw: string, outcome: PasteOutcome): PasteOutcome {
  if (outcome.kind !== 'similar' || outcome.question.type !== '填空' || outcome.answerTexts.length !== 1) return outcome;
  const { stem, options } = parsePasted(raw);
  if (options.length > 0) return outcome;
  const mine = [...stem.matchAll(BLANK_UNIT)];
  const theirs = [...outcome.question.stem.matchAll(BLANK_UNIT)];
  if (mine.length !== 1 || theirs.length !== 1) return outcome;
  const unit = theirs[0]![1];
  if (!unit || mine[0]![1]) return outcome;
  // What follows the paste's blank is what follows the bank's unit: the unit was left out, not the clause reworded.
  const after = (text: string, at: number) => alignable(text.slice(at)).slice(0, 2);
  const pasteAfter = after(stem, mine[0]!.index + mine[0]![0].length);
  const bankAfter = after(outcome.question.stem, theirs[0]!.index + theirs[0]![0].length);
  if (pasteAfter.length < 1 || pasteAfter !== bankAfter) return outcome;
  const [text] = outcome.answerTexts as [string];
  if (text.endsWith(unit)) return outcome;
  return {
    ...outcome,
    answerTexts: [
      text
        .split('/')
        .map((v) => `${v}${unit}`)
        .join('/'),
    ],
  };
}

async function resolveCleaned(
  index: PasteIndex,
  raw: string,
  search: (stem: string) => Promise<PassageHit[]>,
  calculate: PasteCalculator | undefined,
  facts: FactIndex,
): Promise<PasteOutcome> {
  const found = index.lookup(raw) ?? lookupWithoutPreamble(index, raw);
  if (found) return found;
  // A sum is worked out, not looked up: a bank question about another income has another answer.
  const calculated =
    (calculate && suggestByCalculation(raw, calculate)) || suggestByVoting(raw) || suggestByQuorum(raw) || voteStatement(raw);
  if (calculated) return calculated;
  // Options sorted by one rule the handbook states whole (which discipline, which measure is a 处分, what two acts
  // handled together get, who may introduce, who lacks the three rights, which case is 脱党, who is a 流动党员 and who
  // manages one, what 党费 may pay for, who pays a fixed sum, which meetings are held how often, how long a body's term is, what the rules of an
  // election, of 减免党费 and of 留党察看 say): the rule's reading stands, no list of another fact's over it.
  const sorted =
    suggestByDisciplineKind(raw) ??
    suggestBySentencing(raw) ??
    suggestByPunishmentKind(raw) ??
    suggestByOrgMeasure(raw) ??
    suggestByMergedPunishment(raw) ??
    suggestByIntroducer(raw) ??
    suggestByThreeRights(raw) ??
    suggestByWithdrawal(raw) ??
    suggestByMobileMember(raw) ??
    suggestByDuesUse(raw) ??
    suggestByFixedDues(raw) ??
    suggestByMeetingFrequency(raw) ??
    suggestByMeetingCloze(raw) ??
    suggestByTermLength(raw) ??
    suggestByTermBlank(raw) ??
    suggestByElectionClaims(raw);
  if (sorted) return sorted;
  const { stem, options } = parsePasted(raw);
  const hits = await search(stem ? topicOf(stem, options) : raw);
  const perOption = await searchPerOption(raw, search);
  const fromHandbook =
    suggestByPartyAge(raw, hits) ??
    suggestByMargin(raw, hits) ??
    suggestByInfluencePeriod(raw, hits) ??
    suggestByBanPeriod(raw, hits) ??
    suggestByCertLevel(raw, hits) ??
    suggestByCertWait(raw, hits) ??
    judgeCertStep(raw, hits) ??
    suggestByStopsShort(raw, hits) ??
    suggestByWhoDecides(raw, hits) ??
    suggestByBandedDues(raw, hits) ??
    suggestByBandRate(raw, hits) ??
    suggestByDeniedClaim(raw, hits) ??
    suggestByFlippedClaim(raw, hits) ??
    suggestByOneByOne(raw, hits) ??
    suggestByStandIn(raw, hits) ??
    suggestByDroppedDuty(raw, hits) ??
    suggestBySwappedTerm(raw, hits) ??
    suggestByDate(raw, hits) ??
    suggestByThreshold(raw, hits) ??
    suggestByThresholdChoice(raw, hits) ??
    suggestByBulletList(raw, hits) ??
    suggestByCountedList(raw, hits) ??
    suggestByPunishmentOdd(raw, hits) ??
    suggestFromHandbook(raw, hits, index.statements(raw), perOption);
  if (fromHandbook.kind !== 'abstain') return listOverPassages(raw, fromHandbook, facts);
  const paired = pairedBlanks(raw);
  if (paired) {
    // Each option the blanks' words together (A.一个月 三个月 B.三个月 六个月): the stem is filled as a 填空 is, and
    // the option whose parts are those words, each in its blank, is the answer.
    const filled = await resolveCleaned(index, paired.stem, search, calculate, facts);
    const picked = filled.kind === 'hedged' ? optionOfFills(paired.parts, filled.answerTexts) : undefined;
    if (filled.kind === 'hedged' && picked !== undefined)
      return { ...filled, choice: [LETTERS[picked]!], answerTexts: [parsePasted(raw).options[picked]!] };
  }
  return (
    suggestFromFacts(raw, facts) ??
    suggestByPassageValues(raw, hits) ??
    suggestCalibrated(raw, hits, facts) ??
    suggestByClauseCloze(raw, hits) ??
    suggestByStatedWithSetting(raw, hits) ??
    suggestByBoundAsked(raw, hits) ??
    suggestByBoundFill(raw, hits) ??
    suggestByValueStatement(raw, hits) ??
    suggestByOrderedList(raw, hits) ??
    suggestByParaphrase(raw, hits) ??
    suggestByKeptInForce(raw, hits) ??
    suggestByAttendsWithoutVote(raw, hits) ??
    fromHandbook
  );
}

/**
 * A choice whose stem has several blanks and whose every option is as many words, one per blank (A.一个月 三个月,
 * B．三个月；六个月, A2O26、2O26): the stem alone (a 填空 to fill) and each option's parts. Undefined otherwise.
 */
export function pairedBlanks(raw: string): { stem: string; parts: string[][] } | undefined {
  const { stem, options, declaredType } = parsePasted(raw);
  if (options.length < 2 || declaredType === '多选' || declaredType === '判断') return undefined;
  const holes = (stem.match(BLANKS) ?? []).length;
  if (holes < 2) return undefined;
  const parts = options.map((o) => o.split(/[\s；;、，,]+/).filter((p) => p.length > 0));
  if (parts.some((p) => p.length !== holes)) return undefined;
  return { stem: stem.replace(/^【[^】]*】/, ''), parts };
}

/** The one option whose parts are the fills, each in its blank (二 and 两, 3 and 三 alike); undefined unless exactly one. */
export function optionOfFills(parts: string[][], fills: string[]): number | undefined {
  const words = fills.flatMap((f) => f.split('、'));
  // A fill loses a last 地 or 的 as a particle (trimFill), which an option's word keeps as its own (流出地).
  const bare = (w: string) => alignable(squash(w)).replace(/(?<=.)[地的]$/, '');
  const same = (a: string, b: string) => bare(a) === bare(b);
  const picked = parts.flatMap((p, i) => (p.length === words.length && p.every((w, k) => same(w, words[k]!)) ? [i] : []));
  return picked.length === 1 ? picked[0] : undefined;
}

/**
 * Several options picked from the passages, where the fact layer's list readers (every option placed in or out of
 * one list: “三会”是支部党员大会、支部委员会会议和党小组会) pick another set: an option the passages state of
 * something else (组织生活会 in 三会一课、组织生活会等都要记录) was taken for an item, and the list's reading stands.
 */
export function listOverPassages(raw: string, outcome: HandbookSuggestion, facts: FactIndex): HandbookSuggestion {
  if (outcome.kind !== 'hedged' || outcome.choice.length < 2 || readsCountedList(raw, outcome.sentence)) return outcome;
  const listed = suggestByFactList(raw, facts) ?? suggestByReachedFacts(raw, facts);
  if (listed?.kind !== 'hedged' || listed.choice.length < 2) return outcome;
  return listed.choice.join() === outcome.choice.join() ? outcome : listed;
}

/**
 * The passages found for each option of a choice, searched with the stem's subject and the option: each option is
 * then judged against the passages that speak of it, not only those found for the stem (see optionPassages).
 */
export async function searchPerOption(raw: string, search: (query: string) => Promise<PassageHit[]>): Promise<PassageHit[][]> {
  const { stem, options } = parsePasted(raw);
  if (options.length < 2 || truthOptions(options)) return [];
  const subject = withoutCase(withoutPreamble(stem)).replace(BLANKS, ' ').replace(ASKING, ' ');
  return Promise.all(options.map((option) => search(`${subject} ${option}`)));
}

/** The calibrated candidate (calibratedCandidate), when its score and margin clear the measured thresholds. */
export function suggestCalibrated(raw: string, hits: PassageHit[], facts: FactIndex): HandbookSuggestion | undefined {
  const c = calibratedCandidate(raw, hits, facts);
  const certainty = c && certaintyOf(c.type, c);
  if (!c || !certainty) return undefined;
  const { stem, options, declaredType } = parsePasted(raw);
  // One item of a list (主要用于：培训党员；…；补助生活困难的党员；…) whose other items are options too: a paste not
  // said to be 单选 is then more likely a 多选, and one item alone is not its answer.
  if (c.type === '单选' && declaredType !== '单选' && otherOptionsListed(c.sentence, options, c.choice)) return undefined;
  // One value picked by words from a sentence on another subject (every 党员's 32学时 for a 发展对象's training), or
  // a sentence stating no bound for a stem asking one (延长一年 for 最多): not the answer, however close the words.
  if (c.type === '单选' && (aboutOtherSubject(stem, c.sentence.text, options) || boundUnstated(stem, c.sentence.text))) return undefined;
  // Two options of the same words in another order (流入地负责，流出地协助 / 流出地负责，流入地协助) ask which order holds,
  // which words weighed alone never tell: a third option picked because the two cancel out is no reading.
  const swapped = swappedOptions(options);
  if (c.type === '单选' && swapped && !c.choice.some((i) => swapped.includes(i))) return undefined;
  const statement = c.type === '判断' || c.type === '判断错误';
  const picked = statement ? (c.truthOption === undefined ? [] : [c.truthOption]) : c.choice;
  return {
    kind: 'hedged',
    choice: picked.map((i) => LETTERS[i]!),
    answerTexts: statement ? [c.type === '判断' ? '正确' : '错误'] : picked.map((i) => options[i]!),
    sentence: c.sentence.text,
    passage: c.sentence.hit,
    basis: 'handbook',
    ...(certainty === 'uncertain' ? { uncertain: true as const } : {}),
  };
}

/** Two options with the same characters in another order (six at least), if any: the indices of the first such pair. */
function swappedOptions(options: string[]): number[] | undefined {
  const sorted = options.map((o) => [...alignable(o).replace(/[\s，,、；;。]/g, '')].sort().join(''));
  for (let i = 0; i < options.length; i++)
    for (let j = i + 1; j < options.length; j++)
      if (sorted[i]!.length >= 6 && sorted[i] === sorted[j] && alignable(options[i]!) !== alignable(options[j]!)) return [i, j];
  return undefined;
}

/** Whether the list the sentence is an item of (the passage's run from its colon to the next 。) names another option. */
function otherOptionsListed(sentence: SourceSentence<PassageHit>, options: string[], picked: number[]): boolean {
  const text = sentence.hit.text;
  const at = text.indexOf(sentence.text);
  if (at < 0) return false;
  const start = text.lastIndexOf('。', at) + 1;
  const end = text.indexOf('。', at);
  const list = alignable(text.slice(start, end < 0 ? undefined : end));
  if (!/[：:]/.test(list) || !/[；;]/.test(list)) return false;
  // Values (32学时 beside 56学时) are told apart by their clauses; items are not. Nor is an item that says more
  // than the option (组织委员：负责发展党员…；): what it says of it tells it from the others.
  if (options.some((o) => /\d/.test(alignable(o)))) return false;
  const bare = (t: string) => alignable(t).replace(/[；;。，,、\s]/g, '');
  const item = bare(sentence.text.slice(Math.max(sentence.text.lastIndexOf('：'), sentence.text.lastIndexOf(':')) + 1));
  if (picked.some((i) => item.length > bare(options[i] ?? '').length + 4)) return false;
  return options.some((o, i) => !picked.includes(i) && alignable(o).length >= 2 && list.includes(alignable(o)));
}

/**
 * A 单选 whose options are values, judged clause by clause (see judgeByValues) on the sentences of the passages
 * found for the stem: only when every sentence that gives a verdict gives the same one. Blanks are left to the
 * fact layer: a passage's sentences name many values near the words around a blank.
 */
export function suggestByPassageValues(raw: string, hits: PassageHit[]): HandbookSuggestion | undefined {
  const pasted = parsePasted(raw);
  if (
    pasted.options.length < 2 ||
    truthOptions(pasted.options) ||
    NEGATIVE_CHOICE.test(pasted.stem) ||
    /不具备|不符合|不属于/.test(pasted.stem)
  )
    return undefined;
  const subject = withoutCase(pasted.stem);
  // The case's dates (2025年6月受处分) are its own, not an amount a rule is about.
  const withoutDates = pasted.stem.replace(/(?:\d{4}\s*年)?\d{1,2}\s*月(?:\d{1,2}\s*[日号])?|\d{4}\s*年/g, '');
  const found: { verdict: NonNullable<ReturnType<typeof judgeByValues>>; sentence: string; hit: PassageHit }[] = [];
  for (const hit of hits.slice(0, 3).filter((h) => h.coverage >= PASSAGE_EVIDENCE))
    for (const sentence of sentencesOf(hit.text)) {
      // A sentence on another amount (3000元以下) says nothing of the stem's (4500元): its numbers must be there.
      if (!keepsNumbers(withoutDates, sentence)) continue;
      // Nor does one on another kind of member (离退休党员's 0.5% for an 在职党员's 5000元).
      if (namesOtherMemberKind(pasted.stem, sentence)) continue;
      const verdict = judgeByValues(pasted, subject, sentence);
      if (verdict) found.push({ verdict, sentence, hit });
    }
  const key = (v: (typeof found)[number]['verdict']) => v.choice.join('');
  if (found.length === 0 || found.some((f) => key(f.verdict) !== key(found[0]!.verdict))) return undefined;
  const { verdict, sentence, hit } = found[0]!;
  return {
    kind: 'hedged',
    choice: verdict.choice.map((i) => LETTERS[i]!),
    answerTexts: verdict.answerTexts,
    sentence,
    passage: hit,
    basis: 'handbook',
  };
}

/** When the passages and the bank do not tell: the fact the stem asks for, with the case's dates or by its values. */
export function suggestFromFacts(raw: string, facts: FactIndex): HandbookSuggestion | undefined {
  return (
    suggestByFactDate(raw, facts, withoutCase) ??
    suggestByStepDate(raw, facts) ??
    suggestByFactValues(raw, facts) ??
    suggestByFactList(raw, facts) ??
    suggestByReachedFacts(raw, facts)
  );
}

/**
 * An exam stem the fact layer does not match whole (a scenario, a hinted question, the topic in the options): the
 * facts its pieces reach (fact-reach.ts), weighed as the handbook's passages are, with nothing else beside them.
 * Stricter than a passage found by search, since a piece may reach a fact on the scenario rather than the question:
 *  - a 多选 only when every option left out is absent from the facts' sentences (a list read in other words,
 *    表彰先进 for 表彰优秀共产党员, is not a left-out option);
 *  - asked for the exception (不属于…的是), only when no sentence reached states an exception itself (不属于党纪处分
 *    lists what the question asks for, not what it leaves out);
 *  - a blank never: the fact of the blank's own clause is the fact layer's (suggestByFactValues); a fact reached by
 *    another piece puts its number into a blank it was not about (每五年 in 第一次全国代表大会于（）年召开);
 *  - a statement whole, or else clause by clause (truthOfClauses).
 */
export function suggestByReachedFacts(raw: string, facts: FactIndex): HandbookSuggestion | undefined {
  const pasted = parsePasted(raw);
  const truth = truthOptions(pasted.options);
  const choice = pasted.options.length >= 2 && !truth;
  const statement = pasted.declaredType === '判断' || truth !== undefined || (!choice && !hasInnerBlank(pasted.stem));
  if (!choice && !statement) return undefined;
  const stem = withoutCase(withoutPreamble(pasted.stem));
  const hits = reachFacts((piece) => factPassage(facts, piece, false), stem, choice ? pasted.options : [], statement);
  if (hits.length === 0) return undefined;
  if (choice && NEGATIVE_CHOICE.test(pasted.stem) && hits.some((h) => negationsOf(h.text).length > 0)) return undefined;
  if (choice && (pasted.declaredType === '多选' || (pasted.declaredType !== '单选' && MANY_ASK.test(pasted.stem)))) {
    // Several may be right: each option placed in or out of one fact's lists, as the fact says (fact-items.ts).
    const verdicts = hits.flatMap((hit) => {
      const picked = judgeByItems(pasted, hit.text);
      return picked ? [{ picked, hit }] : [];
    });
    const [first] = verdicts;
    if (!first || verdicts.some((v) => v.picked.join() !== first.picked.join())) return undefined;
    // Every option in a fact's list is more likely a list wider than what is asked (all 二十五个步骤 for the
    // steps of one stage): left alone.
    if (first.picked.length === pasted.options.length) return undefined;
    return {
      kind: 'hedged',
      choice: first.picked.map((i) => LETTERS[i]!),
      answerTexts: first.picked.map((i) => pasted.options[i]!),
      sentence: first.hit.text,
      passage: first.hit,
      basis: 'handbook',
    };
  }
  // A statement: a clause the facts say otherwise makes it false, whatever its other clauses; otherwise it is
  // weighed whole.
  const denied = statement ? falseByClauses(pasted.stem, truth, hits) : undefined;
  if (denied) return denied;
  // One answer: only from facts the stem itself reaches. A fact an option alone reaches states that option, and
  // so it is picked whatever the stem asks (民主生活会由党委（党组）等领导班子召开 for 组织生活最基本的制度是).
  const own = hits.filter((h) => !h.byOption);
  if (own.length === 0) return undefined;
  return choice ? optionByStatement(pasted, own) : undefined;
}

/**
 * The calibrated candidate for a paste the strict rules leave unanswered (calibrated.ts): the option, or the truth
 * of a statement, that the sentences of the facts the stem reaches and of the passages found for it state best,
 * with its score and margin. Only a 单选 asked positively, or a statement found 正确 or 错误; the thresholds decide.
 */
export function calibratedCandidate(raw: string, hits: PassageHit[], facts: FactIndex) {
  const pasted = parsePasted(raw);
  const truth = truthOptions(pasted.options);
  const choice = pasted.options.length >= 2 && !truth;
  const statement = pasted.declaredType === '判断' || truth !== undefined || (!choice && !hasInnerBlank(pasted.stem));
  const many = choice && (pasted.declaredType === '多选' || (pasted.declaredType !== '单选' && MANY_ASK.test(pasted.stem)));
  if ((!choice && !statement) || NEGATIVE_CHOICE.test(pasted.stem) || /错误|不正确|不属于|不包括|不是/.test(many ? pasted.stem : ''))
    return undefined;
  // 下列说法正确的是 not said to be 单选 is as often a 多选: one option stated best is not the whole answer.
  if (choice && !many && pasted.declaredType !== '单选' && WHICH_ASK.test(pasted.stem)) return undefined;
  const stem = withoutCase(withoutPreamble(pasted.stem));
  const sentences = calibratedSentences(stem, choice ? pasted.options : [], statement, hits, facts);
  if (sentences.length === 0) return undefined;
  if (many) {
    const c = manyCandidate(stem, pasted.options, sentences);
    return c && { type: '多选' as const, ...c };
  }
  if (choice) {
    // Only the sentences on the stem's subject are weighed for one value: one on another subject states another
    // rule's value (see sentence-subject.ts).
    const own = sentences.filter((s) => !aboutOtherSubject(pasted.stem, s.text, pasted.options));
    const c = singleCandidate(stem, pasted.options, own);
    return c && { type: '单选' as const, ...c };
  }
  const c = truthCandidate(stem.replace(BLANKS, ''), sentences);
  return c && { type: c.truth ? ('判断' as const) : ('判断错误' as const), ...c, truthOption: c.truth ? truth?.true : truth?.false };
}

/**
 * The sentences a calibrated judgement weighs: those of the facts the stem reaches (not one an option alone reaches:
 * it states that option whatever the stem asks) and of the first passages found for the stem.
 */
export function calibratedSentences(
  stem: string,
  options: readonly string[],
  statement: boolean,
  hits: PassageHit[],
  facts: FactIndex,
): SourceSentence<PassageHit>[] {
  const reached = reachFacts((piece) => factPassage(facts, piece, false), stem, options, statement).filter((h) => !h.byOption);
  const passages = hits.filter((h) => h.coverage >= PASSAGE_EVIDENCE).slice(0, 3);
  // A sentence on 村、社区 bodies, or on those outside them (普通党支部（非村、社区）…3年), is not weighed for the others.
  // A statement may name both (村党支部委员会和机关党支部委员会都是…): it is weighed against either.
  const village = villageOf(stem);
  // A sentence telling a former rule (【变化】……以前，党章规定……) says what no longer holds: it neither states nor denies.
  return [...reached, ...passages].flatMap((hit) =>
    sentencesOf(hit.text)
      .filter((text) => !formerRule(text))
      // Nor, for a choice, one stating the stem's words of a rival subject (党员 for a stem on 党: subject-swap.ts).
      .filter((text) => statement || !swappedSubject(stem, text, options))
      .filter((text) => statement || villageOf(text) === 'none' || villageOf(text) === village)
      .map((text) => ({ text, hit })),
  );
}

/**
 * A statement with a scenario around its rule (老王自己提出来要退党，支部大会讨论以后把他除了名，这事还得报上级批准):
 * judged clause by clause against the reached facts' sentences, and only ever found false — one clause stated
 * with another term of the same kind (批准 for 备案) or one negation more or less, or asserting what a fact says
 * is not so. A clause found true says nothing of the others (预备党员交纳党费 is true; 从上级批准之日起 is not).
 */
/**
 * One answer: the option that, put in the blank of the stem's asking clause (or after it), makes a statement a
 * reached fact's sentence states, when no other option does. A sentence that only mentions an option (3年 for
 * 支部委员会 beside 5年 for 基层党委) does not state the clause it would fill.
 */
function optionByStatement(pasted: PastedQuestion, hits: PassageHit[]): HandbookSuggestion | undefined {
  if (NEGATIVE_CHOICE.test(pasted.stem)) return undefined;
  const evidence: Evidence[] = hits.flatMap((hit) =>
    sentencesOf(hit.text).map((text) => ({ text, truth: true, hit, basis: 'handbook' as const })),
  );
  const clauses = withoutCase(withoutPreamble(pasted.stem))
    .split(/[，,。；;！!？?]/)
    .filter((c) => c.replace(BLANKS, '').trim().length >= 2);
  const asking = clauses.find((c) => /（\s*）|\(\s*\)|_+/.test(c)) ?? clauses.at(-1);
  if (!asking) return undefined;
  const holed = /（\s*）|\(\s*\)|_+/.test(asking);
  const stated = pasted.options.flatMap((option, i) => {
    const filled = holed ? asking.replace(/（\s*）|\(\s*\)|_+/, option).replace(BLANKS, '') : `${asking}${option}`;
    const v = truthOf(filled, evidence);
    // The case's numbers (应选委员3名) are the sentence's too, or it speaks of another case (应选5名…至少6名).
    return v?.truth && keepsNumbers(pasted.stem, v.e.text) ? [{ i, e: v.e }] : [];
  });
  if (stated.length !== 1) return undefined;
  const { i, e } = stated[0]!;
  return { kind: 'hedged', choice: [LETTERS[i]!], answerTexts: [pasted.options[i]!], sentence: e.text, passage: e.hit, basis: 'handbook' };
}

const STATEMENT_ABOUT = 0.5;
function falseByClauses(stem: string, truth: ReturnType<typeof truthOptions>, hits: PassageHit[]): HandbookSuggestion | undefined {
  const evidence: Evidence[] = hits.flatMap((hit) =>
    sentencesOf(hit.text).map((text) => ({ text, truth: true, hit, basis: 'handbook' as const })),
  );
  const clauses = withoutCase(stem)
    .replace(BLANKS, '')
    .split(/[，,。；;！!？?]/)
    .map((c) => c.trim())
    .filter((c) => c.length >= 4);
  // The sentence must be about the statement as a whole, not only about the clause: 察看期间没有选举权 says nothing of
  // a member whose 察看 is over (留党察看期满、已恢复党员权利的党员…有选举权).
  const about = (e: Evidence) => bigramCoverage(withoutCase(stem).replace(BLANKS, ''), e.text) >= STATEMENT_ABOUT;
  for (const clause of clauses) {
    // Another term of the same kind (批准 for 备案); a negation more or less in a short clause is too easily
    // misread (不同意见 beside 不同看法).
    const v = contrastOf(clause, evidence);
    const denied = v?.truth === false && about(v.e) ? v.e : evidence.find((e) => about(e) && contradictsItems(clause, e.text));
    if (!denied) continue;
    return {
      kind: 'hedged',
      choice: truth ? [LETTERS[truth.false]!] : [],
      answerTexts: ['错误'],
      sentence: denied.text,
      passage: denied.hit,
      basis: 'handbook',
    };
  }
  return undefined;
}
/** 哪一项不是党纪处分的种类, 不属于党纪处分种类的是: the list asked about, for the one option outside it. */
const NOT_ITEM_ASKED =
  /(?:不是|不属于|不在)(?:党内)?([^，,。；;（(]{2,16}?)(?:的)?(?:种类|范围|之一)?(?:的(?:是|有|一项))?(?:范围内的(?:是|一项))?\s*(?:[（(]\s*[)）])?\s*[。？?]?$/;
const ITEMS_ASKED = /(?:属于|是|包括)([^，,。；;（(]{2,16}?)的(?:有|是)\s*(?:[（(]\s*[)）])?\s*[。？?]?$/;
/** The list asked for by its name before 包括 at the stem's end (规定的“六大纪律”包括（ ）). */
const LIST_ASKED = /([^，,。；;（()]{2,16}?)(?:包括|主要有)\s*(?:[（(]\s*[)）])?\s*[。？?]?$/;

/** A 多选 asking which options are items of the list the matched fact enumerates (see judgeByList). */
export function suggestByFactList(raw: string, facts: FactIndex): HandbookSuggestion | undefined {
  const pasted = parsePasted(raw);
  // The rule a list is cited from (《…纪律处分条例》规定的) is not the list asked for (rule-title.ts).
  const listStem = withoutRuleTitle(pasted.stem);
  // Asked as a question (属于党纪处分的有（） → 党纪处分有哪些): the fact layer matches questions.
  const asked = ITEMS_ASKED.exec(listStem.replace(/^[^，,]*[，,]/, '')) ?? LIST_ASKED.exec(listStem);
  const notAsked = NOT_ITEM_ASKED.exec(listStem.replace(/^[^，,]*[，,]/, ''));
  if (notAsked) {
    // Which one is not an item (不属于党纪处分种类的是): the list's fact, asked as a question.
    const [listHit] = factHits(facts, `${notAsked[1].replace(/[“”"]/g, '')}有哪些`);
    const odd = listHit ? judgeOddOneOut(pasted, listHit.text) : undefined;
    if (!listHit || odd === undefined) return undefined;
    return {
      kind: 'hedged',
      choice: [LETTERS[odd]!],
      answerTexts: [pasted.options[odd]!],
      sentence: listHit.text,
      passage: listHit,
      basis: 'handbook',
    };
  }
  const [found] = factHits(facts, asked ? `${asked[1]}有哪些` : listStem);
  let hit = found;
  // A fact defining several quoted terms lists the asked one's items in its own clause (defined-terms.ts).
  const termClause = (text: string) => clauseOfAskedTerm(pasted.stem, text);
  let picked = hit ? (judgeByList(pasted, termClause(hit.text)) ?? judgeByItems(pasted, termClause(hit.text))) : undefined;
  if (!picked) {
    // The stem names the subject only (下列哪些开支可以从党费里列支): the fact is the one whose lists hold the options.
    const listed = listFactFor(pasted, facts.facts);
    const listHit = listed && listed.id !== found?.fact ? factHits(facts, listed.q)[0] : undefined;
    if (listHit && listHit.fact === listed?.id) {
      hit = listHit;
      picked = judgeByItems(pasted, termClause(listHit.text));
    }
  }
  if (!picked) return byItemsInSection(pasted, [found, listFact(pasted, facts, found)], facts);
  if (!hit) return undefined;
  return {
    kind: 'hedged',
    choice: picked.map((i) => LETTERS[i]!),
    answerTexts: picked.map((i) => pasted.options[i]!),
    sentence: termClause(hit.text),
    passage: hit,
    basis: 'handbook',
  };
}

/** The fact whose lists hold the options, when it is not the one the stem found (see suggestByFactList). */
function listFact(pasted: PastedQuestion, facts: FactIndex, found: PassageHit | undefined): PassageHit | undefined {
  const listed = listFactFor(pasted, facts.facts);
  const listHit = listed && listed.id !== found?.fact ? factHits(facts, listed.q)[0] : undefined;
  return listHit && listHit.fact === listed?.id ? listHit : undefined;
}

/** A passage's sentences, a list's items kept together (主要用于：培训党员；订阅…；表彰…。). */
const wholeSentences = (text: string) =>
  text
    .split(/(?<=[。！!？?\n])/)
    .map((s) => s.replace(/^[#>*\-\s]+/, '').trim())
    .filter((s) => s.length >= 4);

/**
 * A 多选 on a fact's list whose summary words an option otherwise (表彰先进 for 表彰优秀共产党员): the options placed by
 * the summary and the sentences of the handbook section it summarizes together (judgeByItemsIn). The 依据 is the
 * sentence that places the most options, quoted from its own passage.
 */
function byItemsInSection(pasted: PastedQuestion, hits: (PassageHit | undefined)[], facts: FactIndex): HandbookSuggestion | undefined {
  for (const hit of hits) {
    const fact = hit && facts.facts.find((f) => f.id === hit.fact);
    const section = fact?.section ? handbookSection(fact.section) : undefined;
    if (!hit || !section) continue;
    // The fact's summary alone, read clause by clause (who may, who may not), when its lists place too little.
    const judged = judgeByItemsIn(pasted, [hit.text, ...wholeSentences(section.text)]) ?? judgeByItemsIn(pasted, [hit.text], true);
    if (!judged) continue;
    const passage: PassageHit =
      judged.sentence === hit.text ? hit : { text: section.text, coverage: hit.coverage, source: section.source, title: hit.title };
    return {
      kind: 'hedged',
      choice: judged.picked.map((i) => LETTERS[i]!),
      answerTexts: judged.picked.map((i) => pasted.options[i]!),
      sentence: judged.sentence,
      passage,
      basis: 'handbook',
    };
  }
  return undefined;
}

/** A paste whose options, blank or statement is a value, judged by the clause of the matched fact's answer that speaks of it. */
export function suggestByFactValues(raw: string, facts: FactIndex): HandbookSuggestion | undefined {
  const pasted = parsePasted(raw);
  // A statement's value is only ever found false against its fact: its core may find the fact. An answer picked
  // or filled from a fact needs the whole stem to match it (书记 in a long case is not the clause 党员…32学时).
  const statement =
    pasted.declaredType === '判断' ||
    truthOptions(pasted.options) !== undefined ||
    (pasted.options.length === 0 && !hasInnerBlank(pasted.stem));
  const [hit] = factHits(facts, pasted.stem, statement);
  if (!hit) return undefined;
  // The preamble stays: 按照党章 is what tells the 党章's clause from the 中办意见's in one sentence.
  const verdict = judgeByValues(pasted, withoutCase(pasted.stem), hit.text);
  if (!verdict) return undefined;
  return {
    kind: 'hedged',
    choice: verdict.choice.map((i) => LETTERS[i]!),
    answerTexts: verdict.answerTexts,
    sentence: hit.text,
    passage: hit,
    basis: 'handbook',
  };
}

/** The answer an outcome gives, in the form eval sets write it (letters, 正确/错误, blank words), or undefined. */
export function outcomeAnswer(outcome: PasteOutcome): string | undefined {
  if (outcome.kind === 'abstain' || outcome.kind === 'answer-missing') return undefined;
  if (outcome.choice.length > 0) return outcome.choice.join('');
  return outcome.answerTexts.join('、');
}
