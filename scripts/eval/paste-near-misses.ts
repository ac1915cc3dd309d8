import { squash } from '../../knowledge/questions/paste';
import type { PasteOutcome } from '../../knowledge/questions/suggest';
import type { QuestionTypeName, TemplateQuestion } from '../../knowledge/questions/template';

/**
 * Near misses of bank questions: pastes that stay textually close to a bank question but ask something else (a
 * number, a role, a negation or a bound changed in the stem, a second blank, the correct option replaced or altered,
 * an option dropped or added, another declared type). The bank's answer is confident only for its own question, so
 * a near miss must get either an answer that is right for the changed question (options relettered or a wrong option
 * dropped: the new letters) or no confident answer at all. Generated, not written by hand: the check is on the
 * matching's tolerance in general, over every bank question.
 */

export const NEAR_MISS_KINDS = [
  'number',
  'role',
  'negation',
  'bound',
  'period',
  'second blank',
  'correct option replaced',
  'correct option altered',
  'options relettered',
  'option added',
  'option dropped',
  'type changed',
] as const;
export type NearMissKind = (typeof NEAR_MISS_KINDS)[number];

export interface NearMiss {
  kind: NearMissKind;
  text: string;
  /** The pasted question as changed: a bank question exactly like it may answer it. */
  stem: string;
  options: string[];
  type: QuestionTypeName;
  /** The answer when the change keeps it known (the new letters, 正确/错误); undefined when the bank cannot know it. */
  expected?: string;
}

const LETTERS = 'ABCDEF';
const HAN_NEXT: Record<string, string> = {
  二: '三',
  两: '三',
  三: '五',
  四: '六',
  五: '三',
  六: '八',
  七: '九',
  八: '六',
  九: '七',
  十: '八',
};
/** A numeral that counts something (三个月, 5名, 第十九次), not one inside a word (一般, 统一, 三会一课 is left alone too). */
const COUNTED = /(\d+)|(?<![统唯同之进逐万])([二两三四五六七八九十])(?=[个名人次年月天周届项条倍级分岁日%])/;

function changeNumber(text: string): string | undefined {
  const m = COUNTED.exec(text);
  if (!m) return undefined;
  const replaced = m[1] ? String(Number(m[1]) === 50 ? 30 : Number(m[1]) > 2 ? Number(m[1]) - 2 : Number(m[1]) + 2) : HAN_NEXT[m[2]!]!;
  return text.slice(0, m.index) + replaced + text.slice(m.index + m[0].length);
}

/** Roles and bodies often confused: the first of each pair found is replaced by the second. */
const ROLES: [RegExp, string][] = [
  [/预备党员/, '正式党员'],
  [/正式党员/, '预备党员'],
  [/(?<![预备正式])党员(?!大会|代表|领导|干部)/, '预备党员'],
  [/(?<![总副])书记/, '委员'],
  [/委员(?!会)/, '书记'],
  [/党支部|支部/, '党委'],
  [/党委/, '党支部'],
  [/在职/, '离退休'],
  [/离退休/, '在职'],
  [/入党积极分子/, '发展对象'],
  [/发展对象/, '入党积极分子'],
];

function swapRole(text: string): string | undefined {
  for (const [from, to] of ROLES) if (from.test(text)) return text.replace(from, to);
  return undefined;
}

/** A negation removed where there is one, else added before a modal or a verb of duty. */
function flipNegation(text: string): string | undefined {
  const removals: [RegExp, string][] = [
    [/不得/, '可以'],
    [/无需|无须/, '需要'],
    [/没有/, '有'],
    [/不(?=[应能可必需要是按参超])/, ''],
  ];
  for (const [from, to] of removals) if (from.test(text)) return text.replace(from, to);
  const added = /(应当|应该|可以|必须|需要|能够|能|要|按期|参加|属于)/.exec(text);
  if (added) return `${text.slice(0, added.index)}不${text.slice(added.index)}`;
  return undefined;
}

const BOUNDS: [RegExp, string][] = [
  [/至少/, '最多'],
  [/最多/, '至少'],
  [/最少/, '最多'],
  [/不少于/, '不超过'],
  [/不超过/, '不少于'],
  [/(?<=[\d一二两三四五六七八九十百千万半][个名人次年月天周届项条岁元%]?)以上/, '以下'],
  [/(?<=[\d一二两三四五六七八九十百千万半][个名人次年月天周届项条岁元%]?)以下/, '以上'],
  [/最长/, '最短'],
  [/最高/, '最低'],
  [/最低/, '最高'],
];

function flipBound(text: string): string | undefined {
  for (const [from, to] of BOUNDS) if (from.test(text)) return text.replace(from, to);
  return undefined;
}

const COUNT = '(?<=[\\d一二两三四五六七八九十半])';
/** A period or unit swapped (每月 / 每年, 三个月 / 三年, 一天 / 一周). */
const PERIODS: [RegExp, string][] = [
  [/每月/, '每年'],
  [/每年/, '每月'],
  [/每季度/, '每月'],
  [new RegExp(`${COUNT}个月`), '年'],
  [new RegExp(`${COUNT}年`), '个月'],
  [new RegExp(`${COUNT}天`), '周'],
  [new RegExp(`${COUNT}周`), '天'],
  [new RegExp(`${COUNT}日`), '月'],
];

function swapPeriod(text: string): string | undefined {
  for (const [from, to] of PERIODS) if (from.test(text)) return text.replace(from, to);
  return undefined;
}

const BLANK = /（\s*）|\(\s*\)|_{2,}/;
/** A second blank: two characters of the stem away from its blank made a blank too. */
function addBlank(stem: string): string | undefined {
  const blank = BLANK.exec(stem);
  const from = blank ? (blank.index > stem.length / 2 ? 0 : blank.index + blank[0].length + 2) : 0;
  const run = /[一-龥]{4,}/g;
  run.lastIndex = from;
  const m = run.exec(stem);
  if (!m || (blank && m.index < blank.index && m.index + m[0].length > blank.index)) return undefined;
  const at = m.index + 2;
  return `${stem.slice(0, at)}（ ）${stem.slice(at + 2)}`;
}

function paste(type: QuestionTypeName | undefined, stem: string, options: string[]): string {
  const mark = type ? `（${type}题）` : '';
  return `${mark}${stem}${options.map((o, i) => `\n${LETTERS[i]}. ${o}`).join('')}`;
}

/**
 * The near misses of one bank question (at most one of each kind that applies). `others` supplies options of other
 * questions for the options replaced or added.
 */
export function nearMisses(q: TemplateQuestion, rand: () => number, others: string[]): NearMiss[] {
  const out: NearMiss[] = [];
  const choice = q.type === '单选' || q.type === '多选';
  const declared = q.type === '判断' || q.type === '多选' ? q.type : undefined;
  const correct = [...q.answer].map((l) => LETTERS.indexOf(l)).filter((k) => k >= 0);
  const stemChange = (kind: NearMissKind, changed: string | undefined) => {
    if (changed && squash(changed) !== squash(q.stem))
      out.push({ kind, text: paste(declared, changed, q.options), stem: changed, options: q.options, type: q.type });
  };
  stemChange('number', changeNumber(q.stem));
  stemChange('role', swapRole(q.stem));
  stemChange('negation', flipNegation(q.stem));
  stemChange('bound', flipBound(q.stem));
  stemChange('period', swapPeriod(q.stem));
  if (q.type === '填空') stemChange('second blank', addBlank(q.stem));
  const other = () => {
    for (let tries = 0; tries < 20; tries++) {
      const o = others[Math.floor(rand() * others.length)]!;
      if (!q.options.some((own) => squash(own) === squash(o) || squash(own).includes(squash(o)) || squash(o).includes(squash(own))))
        return o;
    }
    return undefined;
  };
  if (choice && correct.length > 0) {
    const k = correct[Math.floor(rand() * correct.length)]!;
    const replacement = other();
    if (replacement) {
      const options = q.options.map((o, i) => (i === k ? replacement : o));
      out.push({ kind: 'correct option replaced', text: paste(declared, q.stem, options), stem: q.stem, options, type: q.type });
    }
    const altered =
      swapPeriod(q.options[k]!) ??
      changeNumber(q.options[k]!) ??
      flipBound(q.options[k]!) ??
      flipNegation(q.options[k]!) ??
      swapRole(q.options[k]!);
    if (altered && squash(altered) !== squash(q.options[k]!)) {
      const options = q.options.map((o, i) => (i === k ? altered : o));
      out.push({ kind: 'correct option altered', text: paste(declared, q.stem, options), stem: q.stem, options, type: q.type });
    }
    // Another order: the answer is known, in the new letters.
    const order = q.options.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    if (order.every((o, i) => o === i)) order.reverse();
    const relettered = order.map((o) => q.options[o]!);
    const letters = order.flatMap((o, at) => (correct.includes(o) ? [LETTERS[at]!] : [])).join('');
    out.push({
      kind: 'options relettered',
      text: paste(declared, q.stem, relettered),
      stem: q.stem,
      options: relettered,
      type: q.type,
      expected: letters,
    });
    const added = other();
    if (added && q.options.length < 6) {
      const options = [...q.options, added];
      out.push({ kind: 'option added', text: paste(declared, q.stem, options), stem: q.stem, options, type: q.type });
    }
    if (q.options.length >= 3) {
      const drop = Math.floor(rand() * q.options.length);
      const options = q.options.filter((_, i) => i !== drop);
      const kept = q.options.map((_, i) => i).filter((i) => i !== drop);
      // Dropping a wrong option keeps the answer (in the new letters); dropping a correct one loses it.
      const expected = correct.includes(drop) ? undefined : kept.flatMap((o, at) => (correct.includes(o) ? [LETTERS[at]!] : [])).join('');
      out.push({ kind: 'option dropped', text: paste(declared, q.stem, options), stem: q.stem, options, type: q.type, expected });
    }
    // Declared as the other choice type: a 单选's one answer is not known to be a 多选's whole answer.
    const as = q.type === '单选' ? '多选' : '单选';
    out.push({ kind: 'type changed', text: paste(as, q.stem, q.options), stem: q.stem, options: q.options, type: as });
    // Asked as a 判断: the stem with one option in its blank, true only for the correct option of a 单选.
    if (q.type === '单选' && BLANK.test(q.stem)) {
      const k2 = Math.floor(rand() * q.options.length);
      const statement = q.stem.replace(BLANK, q.options[k2]!);
      const truth = correct.includes(k2) ? '正确' : '错误';
      out.push({ kind: 'type changed', text: paste('判断', statement, []), stem: statement, options: [], type: '判断', expected: truth });
      // The same statement with no type named: its words are the bank's stem and one option, its answer 正确 or 错误.
      out.push({ kind: 'type changed', text: statement, stem: statement, options: [], type: '判断', expected: truth });
    }
  }
  if (q.type === '判断') {
    out.push({ kind: 'type changed', text: paste('单选', q.stem, []), stem: q.stem, options: [], type: '单选' });
  }
  return out;
}

/**
 * How a near miss's outcome scores: `ok` when no confident answer is given or the confident one is right (the known
 * answer, or the bank holds exactly the changed question), `confidently-wrong` otherwise.
 */
export function nearMissVerdict(miss: NearMiss, outcome: PasteOutcome): 'ok' | 'confidently-wrong' {
  if (outcome.kind !== 'bank') return 'ok';
  const q = outcome.question;
  if (miss.expected !== undefined) {
    const given = outcome.choice.length > 0 ? outcome.choice.join('') : outcome.answerTexts.join('');
    return [...given].sort().join('') === [...miss.expected].sort().join('') ? 'ok' : 'confidently-wrong';
  }
  const sameOptions =
    q.options.length === miss.options.length &&
    [...q.options.map(squash)].sort().join('|') === [...miss.options.map(squash)].sort().join('|');
  return squash(q.stem) === squash(miss.stem) && sameOptions && q.type === miss.type ? 'ok' : 'confidently-wrong';
}
