/**
 * Who or what a rule is about. A question asks a value of one subject (发展对象's 集中培训, the 支部委员会会议's
 * quorum, the 最长 a 留党察看 lasts); a sentence that shares most of its words but speaks of another subject
 * (党员每年参加集中学习培训…不少于32学时, 选举…到会人数超过五分之四) gives a value that is not the answer, however
 * well its other words match. The calibrated reader weighs words, not subjects: these checks let it refuse.
 */
import { alignable } from './cloze';

/**
 * Subjects a rule is stated of, each with the ways it is written. A meeting is told from the body that holds it
 * (支部委员会会议 from 支部委员会的选举), so the meetings come before the bodies and a text's meeting is not also
 * read as its body.
 */
const SUBJECTS: { name: string; pattern: RegExp; person?: true }[] = [
  { name: '发展对象', pattern: /发展对象/, person: true },
  { name: '入党积极分子', pattern: /积极分子/, person: true },
  { name: '入党申请人', pattern: /入党申请人|申请入党的人/, person: true },
  { name: '预备党员', pattern: /预备党员|预备期/, person: true },
  { name: '流动党员', pattern: /流动党员|外出[^，,。；;]{0,6}党员/, person: true },
  { name: '离退休党员', pattern: /离退休|退休|离休/, person: true },
  { name: '农民党员', pattern: /农民党员/, person: true },
  { name: '学生党员', pattern: /学生党员/, person: true },
  { name: '支部委员会会议', pattern: /支部委员会会议|支委会会议|支委会议|支委会(?!委员)/ },
  { name: '支部党员大会', pattern: /党员大会|支部大会/ },
  { name: '党小组会', pattern: /党小组会/ },
  { name: '组织生活会', pattern: /组织生活会/ },
  { name: '民主生活会', pattern: /民主生活会/ },
  { name: '民主评议', pattern: /民主评议/ },
  { name: '选举', pattern: /选举|换届|候选人/ },
];

/** The subjects a text names; only the persons among them when `persons`. */
export function subjectsOf(text: string, persons = false): Set<string> {
  const t = alignable(text);
  return new Set(SUBJECTS.filter((s) => (!persons || s.person) && s.pattern.test(t)).map((s) => s.name));
}

/**
 * Whether a sentence speaks of none of the subjects the stem asks about (a stem naming 发展对象 answered by a
 * sentence on every 党员, one naming the 支部委员会会议 by a sentence on 选举). Subjects the options name are left
 * out: there the question asks which subject, and a sentence on one of them speaks of an option. A cross-reference
 * (详见……“支部委员会的选举”) names a section, not what the sentence is about. With `namingAnother`, only a sentence
 * naming another person counts (one naming none may leave its subject to the sentence before), and meetings are not
 * weighed: a meeting named is often where a procedure is held (评议…召开党员大会), not whom it is about.
 */
export function aboutOtherSubject(stem: string, sentence: string, options: readonly string[] = [], namingAnother = false): boolean {
  const offered = new Set(options.flatMap((o) => [...subjectsOf(o, namingAnother)]));
  const asked = [...subjectsOf(stem, namingAnother)].filter((s) => !offered.has(s));
  if (asked.length === 0) return false;
  const said = subjectsOf(sentence.replace(/[（(]?(?:详见|参见|见)[^。；;]*$/, ''), namingAnother);
  if (namingAnother && said.size === 0) return false;
  return !asked.some((s) => said.has(s));
}

/** A bound a question asks for (最多, 不少于) or a rule states (不超过, 以上): the words that say one. */
const BOUND = /最[多长高少短低迟早晚]|至[多少迟晚]|不超过|不得超过|不少于|不低于|不多于|不高于|不足|超过|以上|以下|以内|以前|之前|之内/;

/**
 * Whether the stem asks for a bound (察看时间最多是, 一般不少于) and the sentence states none: its value is then
 * some period of the rule (延长一年留党察看期限), not the limit asked for.
 */
export function boundUnstated(stem: string, sentence: string): boolean {
  return BOUND.test(alignable(stem)) && !BOUND.test(alignable(sentence));
}

/**
 * Whether every piece of a text (up to its 。or ；) that says the words (a fill for a hole) names another person
 * than the stem's: the words are then another's (按固定数额 交纳 of 农民党员, not of 离退休党员). A piece naming no
 * one is left alone: a rule's piece often leaves its subject to the sentence before (遇有特殊情况可以延长，但最长
 * 不超过……), and a stem's scenario names people the rule is not stated of.
 */
export function saidOfOtherSubject(stem: string, text: string, words: string): boolean {
  const w = alignable(words);
  if (!w) return false;
  const pieces = alignable(text)
    .split(/[。；;\n]/)
    .filter((p) => p.includes(w));
  return pieces.length > 0 && pieces.every((p) => aboutOtherSubject(stem, p, [], true));
}

/** A sentence telling what a rule was before it changed (【变化】…以前，党章规定…; 原规定…): not the rule now. */
export function formerRule(sentence: string): boolean {
  return /^\s*【变化】|(?:以前|之前|此前|原来)[^。；;]{0,6}(?:党章|条例|规定)[^。；;]{0,4}规定|原规定/.test(sentence);
}
