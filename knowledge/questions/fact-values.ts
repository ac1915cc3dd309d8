import type { FactIndex, FactMatch } from '../facts/facts';
import { normalizeInput } from '../text/normalize';
import { numeralValue } from './cloze';
import type { PastedQuestion } from './paste';
import { hasInnerBlank, NEGATIVE_CHOICE, negationsOf, truthOptions, villageOf } from './paste';
import { asksPlace } from './place-blank';
import type { PassageHit } from './suggest';

/**
 * A fact's answer sentence read clause by clause for its values (3年, 一年半, 15个工作日, 56学时, 1%): a paste whose
 * options, blank or statement is a value is judged by the clause that speaks of what the stem speaks of. The
 * sentence is a fact record's own answer (knowledge/facts), so it is both the evidence and the 依据 shown.
 *
 * Conservative: one clause must be clearly nearer the stem than every clause that says another value.
 */

/** A value as a rule states it, in a comparable form: periods in months, the rest as stated. */
export interface Value {
  kind: string;
  amount: number;
  /** Whether the rule bounds it (不少于, 以内, 超过 …): a limit, not the value itself. */
  bounded: boolean;
  /** The words as written (十五个工作日), for a blank. */
  text: string;
}

const NUM = '\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+';
const VALUE = new RegExp(`(${NUM}|半)(个)?(工作日|学时|年半|年|个月|月|天|次|名|人|届|周岁|岁|元|%|％)(半)?`, 'g');
/** A date (2024年9月1日, 3月10日, 2024年) is the case's, not a rule's value. */
/** A month of the year named in a case (2025年3月, 同年9月, 十一月): not 三个月. */
const MONTH_OF_YEAR = /(?<![个\d零〇一二两三四五六七八九十])(?:\d{1,2}|[一二三四五六七八九十]|十[一二])月(?!份?[内以之]|[底初中])/g;
const DATE = new RegExp(`(?:\\d{4}年)(?:(?:${NUM})月(?:(?:${NUM})[日号])?)?|(?:${NUM})月(?:${NUM})[日号]`, 'g');
const BOUND_BEFORE = /(?:超过|不少于|不超过|不低于|不高于|至少|最多|最少|不足|不满|少于|多于|高于|低于|满)$/;
const BOUND_AFTER = /^(?:以上|以下|以内|之内|内|以后|之后|后|前)/;

const amountOf = (n: string) => (n === '半' ? 0.5 : /^\d/.test(n) ? Number(n) : numeralValue(n));

/** The values a text states, dates left out. */
export function valuesIn(text: string): Value[] {
  const t = normalizeInput(text).replace(DATE, (d) => '＃'.repeat(d.length));
  const out: Value[] = [];
  for (const m of t.matchAll(VALUE)) {
    const [whole, n, , unit, half] = m;
    let amount = amountOf(n!);
    if (!Number.isFinite(amount)) continue;
    let kind: string = unit!;
    // An ordinal (第七次全国代表大会, 第2届) counts nothing.
    if (t[m.index! - 1] === '第') continue;
    // 月 alone after a number (九月份, 十一月才批下来) is a month of the year, not a length: 三个月 has 个.
    if (unit === '月' && !/个/.test(whole!) && !/^\s*(?:内|以内|之内|期满|以上|以后|后)/.test(t.slice(m.index! + whole!.length))) continue;
    if (unit === '年' || unit === '年半' || unit === '个月' || unit === '月') {
      // 月 alone after a number is a month of the year unless 个 came before it (三个月) — dates are gone already.
      amount = unit === '个月' || unit === '月' ? amount : amount * 12 + (unit === '年半' || half ? 6 : 0);
      kind = 'period';
    } else if (unit === '名' || unit === '人') kind = 'people';
    else if (unit === '周岁' || unit === '岁') kind = 'age';
    else if (unit === '％') kind = '%';
    const at = m.index!;
    // 3至5人, 三年至五年 written 三至五年: the first number of a range has the second one's unit.
    const from = new RegExp(`(${NUM})(?:至|到|-|～|~)$`).exec(t.slice(Math.max(0, at - 8), at));
    if (from && kind !== 'period') out.push({ kind, amount: amountOf(from[1]!), bounded: false, text: `${from[1]}${unit}` });
    const bounded = BOUND_BEFORE.test(t.slice(Math.max(0, at - 3), at)) || BOUND_AFTER.test(t.slice(at + whole!.length));
    out.push({ kind, amount, bounded, text: whole! });
  }
  return out;
}

const same = (a: Value[], b: Value[]) =>
  a.length === b.length && a.every((v, i) => v.kind === b[i]!.kind && Math.abs(v.amount - b[i]!.amount) < 1e-9);

/** A clause of a rule and how much of the stem's subject it shares. */
interface Clause {
  text: string;
  values: Value[];
  /** Whether the stem names what the clause is about (see keyed), or most of it, and those words. */
  keyed: boolean;
  partly: boolean;
  /** Whether the stem has words of it that no other clause has (社区 in 村、社区党支部为5年): the exception it names. */
  distinct: boolean;
  key: string;
  /** The way the clause bounds its value: at most (不超过, 最长, 以内) or at least (不少于, 最短, 以上). */
  bound?: 'most' | 'least';
  /** How much of the stem's subject the clause speaks of (see sharedPairs). */
  shared: number;
}

const VALUE_WORDS = new RegExp(`(?:${NUM}|半)个?(?:工作日|学时|年半|年|个月|月|天|次|名|人|届|周岁|岁|元|%|％)半?`, 'g');
const withoutValues = (text: string) =>
  normalizeInput(text)
    .replace(VALUE_WORDS, '#')
    .replace(/[\s，,。；;：:、（）()“”"]/g, '#');

const pairsOf = (text: string) => {
  const t = withoutValues(text);
  return [...t].slice(0, -1).map((c, k) => `${c}${t[k + 1]}`);
};

/**
 * How much of the stem a clause speaks of: its character pairs (values left out) found in the stem, each weighed
 * by how few clauses of the sentence share it (社区 tells 村、社区党支部为5年 apart; 支部 is in every clause), and
 * counted twice where the stem has it within a longer run of the clause (严重警告 whole, not 党内 and 职务 apart).
 */
function sharedPairs(pieces: string[], subject: string, spread: Map<string, number>): number {
  const s = withoutValues(subject);
  const c = withoutValues(pieces.join('#'));
  const seen = new Set<string>();
  let score = 0;
  for (let k = 0; k < c.length - 1; k++) {
    const pair = c.slice(k, k + 2);
    // Words that only say how a rule is put (不得, 以内) are in every clause's reach: not what it is about.
    if (pair.includes('#') || !s.includes(pair) || seen.has(pair) || keyOf(pair) !== pair) continue;
    seen.add(pair);
    const run =
      (k > 0 && c[k - 1] !== '#' && s.includes(c.slice(k - 1, k + 2))) ||
      (k + 2 < c.length && c[k + 2] !== '#' && s.includes(c.slice(k, k + 3)));
    score += (run ? 2 : 1) / (spread.get(pair) ?? 1);
  }
  return score;
}

const AT_MOST = /不超过|不得超过|不能超过|最长|最多|以内|之内|内|以下/;
const AT_LEAST = /不少于|不得少于|不能少于|不低于|至少|最少|最短|以上|满/;
const boundOf = (text: string): { bound?: 'most' | 'least' } => {
  const t = normalizeInput(text).replace(/内容|党内|国内|区内|市内|单位内/g, '');
  const most = AT_MOST.test(t);
  const least = AT_LEAST.test(t);
  return most === least ? {} : { bound: most ? 'most' : 'least' };
};
/** Words that say how a rule is put, not what it is about. */
const FUNCTION_WORDS =
  /不超过|不得超过|不能超过|不少于|不得少于|不能少于|不低于|至少|最少|最短|最长|最多|以内|之内|以上|以下|一般|应当|可以|必须|不得|不能|要|为|在|的|了|是|和|与|及|但|内|后|每|满/g;
/**
 * Whether the stem names what a clause is about: nearly every character of the clause's words (its values and
 * the words that only say how the rule is put left out) is in the stem. 警告 is named by 受警告处分; 撤销党内职务 is
 * not named by 在党内提升职务, although 党内 and 职务 are there.
 */
const keyOf = (clause: string) => withoutValues(clause).replace(FUNCTION_WORDS, '').replace(/#/g, '');
function keyShare(clause: string, subject: string): number {
  const key = keyOf(clause);
  if (key.length < 2) return 0;
  const s = withoutValues(subject);
  return [...key].filter((c) => s.includes(c)).length / key.length;
}
const keyed = (clause: string, subject: string) => keyShare(clause, subject) >= KEYED;
const KEYED = 0.8;
/** A clause this much named by the stem (特殊情况…延长 in 遇有特殊情况延长审批时间的) may be the one it means. */
const PARTLY = 0.7;

/** A rule sentence's clauses that state values, each with the clauses without a value that lead to it. */
/** What a stem excludes (（不是村、社区党支部）, 非…的): not what it names. */
const EXCLUDED = /[（(]\s*(?:不是|非|除|不含|不包括)[^）)]*[)）]|(?:不是|并非|而非)[^，,。；;）)]{1,16}?(?=[，,。；;）)]|的)/g;

/** Bodies that are not a 村's or a 社区's (机关党支部, 企业党支部). */
const OTHER_BODIES = /机关|企业|公司|学校|医院|事业单位|街道办|工厂|车间/;

export function clausesOf(sentence: string, stem: string): Clause[] {
  const subject = stem.replace(EXCLUDED, '');
  const pieces = sentence
    .split(/[，,；;。：:（）()]/)
    .map((text) => text.trim())
    .filter((text) => text.length >= 2);
  const spread = new Map<string, number>();
  for (const text of pieces) for (const pair of new Set(pairsOf(text))) spread.set(pair, (spread.get(pair) ?? 0) + 1);
  // Not where the stem names another body beside them (村党支部委员会和机关党支部委员会都…): both clauses speak to it.
  const village = villageOf(subject);
  const villageRule =
    !(village === 'village' && OTHER_BODIES.test(subject)) &&
    pieces.some((text) => villageOf(text) === 'village' && valuesIn(text).length > 0);
  const out: Clause[] = [];
  let lead: string[] = [];
  let previous = '';
  for (const text of pieces) {
    const values = valuesIn(text);
    if (values.length === 0) {
      lead.push(text);
      continue;
    }
    const joined = [...lead, text];
    // A clause that only bounds a value (最多一般不超过7人) is about what the clause before it names.
    const own = keyOf(text).length >= 2 ? text : `${lead.length > 0 ? lead.join('') : previous}${text}`;
    previous = text;
    const clause: Clause = {
      text: joined.join('，'),
      values,
      keyed: keyed(own, subject) || (lead.length > 0 && keyed(joined.join(''), subject)),
      key: keyOf(own),
      partly: keyShare(own, subject) >= PARTLY,
      distinct: pairsOf(own).some((p) => !p.includes('#') && spread.get(p) === 1 && withoutValues(subject).includes(p) && keyOf(p) === p),
      ...boundOf(text),
      shared: sharedPairs(joined, subject, spread),
    };
    // 村、社区 bodies have a rule of their own (村、社区党支部为5年): a stem naming them means that clause, named apart
    // from the general rule (支部委员会一般为3年), which it does not mean; a stem that does not name them, the others.
    if (villageRule && (villageOf(own) !== 'none' || village === 'village')) {
      if (villageOf(own) === village) {
        clause.keyed = clause.distinct = true;
        clause.shared = Math.max(clause.shared, MIN_SHARED);
      } else {
        clause.keyed = clause.distinct = clause.partly = false;
        clause.shared = 0;
      }
    }
    out.push(clause);
    lead = [];
  }
  return out;
}

/** Fewest character pairs a clause must share with the stem to be what it asks about. */
const MIN_SHARED = 2;

/**
 * The clause most about the stem among those `fits` accepts, when every clause as near (within one pair) that
 * fits differently says the same: undefined when the rule's clauses do not tell.
 */
function clearBest<T>(
  clauses: Clause[],
  fits: (c: Clause) => T | undefined,
  key: (t: T) => string,
): { clause: Clause; fit: T } | undefined {
  const scored = clauses.flatMap((clause) => {
    const fit = fits(clause);
    return fit === undefined ? [] : [{ clause, fit }];
  });
  scored.sort((a, b) => b.clause.shared - a.clause.shared);
  // The clause whose own words the stem names, and names apart from the other clauses (社区), comes first.
  const named = scored.find((s) => s.clause.keyed && s.clause.distinct);
  const best = named && scored.some((s) => s.clause.keyed && !s.clause.distinct) ? named : scored[0];
  if (!best || best.clause.shared < MIN_SHARED) return undefined;
  // Among clauses that say different things, the stem must name the one it means (one clause alone is the fact's).
  if (!best.clause.keyed && scored.some((s) => key(s.fit) !== key(best.fit))) return undefined;
  // Another clause saying otherwise, as near or also named by the stem: which one the stem means is not clear.
  // One named within the best's words (警告 within 严重警告) is the general case the best one narrows.
  const other = (s: (typeof scored)[number]) =>
    key(s.fit) !== key(best.fit) &&
    !best.clause.key.includes(s.clause.key) &&
    // The general rule (支部委员会一般为3年) yields to the exception the stem names (社区).
    !(best.clause.distinct && !s.clause.distinct) &&
    (s.clause.shared >= best.clause.shared - 1 || s.clause.partly);
  if (scored.some(other)) return undefined;
  // An exception the stem names (书记, in words another clause has alone) is not passed over for the general rule.
  if (!best.clause.distinct && scored.some((s) => key(s.fit) !== key(best.fit) && s.clause.distinct)) return undefined;
  return best;
}

const RANGE: Value = { kind: 'range', amount: Number.NaN, bounded: false, text: '' };

export type ValueVerdict = { choice: number[]; answerTexts: string[] } | undefined;

const SUM = /总计|总共|一共|合计|累计|加起来|共计|[年季月]共/;
/** The words of an option beside its values, most of their character pairs in the clause (or none at all). */
function wordsIn(option: string, clause: string): boolean {
  const words = withoutValues(option).replace(/#+/g, '#');
  const pairs = pairsOf(words).filter((p) => !p.includes('#'));
  if (pairs.length === 0) return true;
  const c = withoutValues(clause);
  return pairs.filter((p) => c.includes(p)).length / pairs.length >= 0.5;
}
const MANY = /哪些|哪几|正确的有|错误的有|的有\s*[（(]/;
const WITHIN = /^\s*(?:内|以内|之内)/;
const UNIT_AFTER = /^\s*(?:个)?(工作日|学时|年|个月|月|天|次|名|人|届|周岁|岁|元|%)/;
/** Roles a rule may set apart: the branch's leaders (书记, 班子成员), and the members. */
const LEADER = /书记|班子成员/;
const ORDINARY = /普通党员|一般党员|其他党员/;
/**
 * The role a blank is asked of: the one its own clause names, else the one the stem names before it (我是支部书记，
 * …我还差（）学时); 'both' when that names both, undefined when none.
 */
function roleAsked(stem: string, at: number): 'leader' | 'member' | 'both' | undefined {
  const start = Math.max(...[...stem.slice(0, at).matchAll(/[，,。；;]/g)].map((m) => m.index + 1), 0);
  const end = stem.slice(at).search(/[，,。；;]/);
  const clause = stem.slice(start, end < 0 ? undefined : at + end);
  const of = (text: string) => {
    const leader = LEADER.test(text.replace(ORDINARY, ''));
    const member = ORDINARY.test(text);
    return leader && member ? 'both' : leader ? 'leader' : member ? 'member' : undefined;
  };
  return of(clause) ?? of(stem.slice(0, at));
}
/** What a subtraction asks: how many are still wanting (还差, 还需, 还要 … 才够). */
const STILL_WANTING = /还(?:差|缺|需要?|要|得)[^，,。；;]{0,6}$/;

/**
 * Judges a paste by the values of one rule sentence: a 单选 whose options are values, a 填空 whose blank is a
 * value (what is still wanting, the rule's value less the one the stem states), or a 判断 whose value differs
 * from the rule's (false only: a statement with the rule's number may still be wrong in its other words).
 * `subject` is the stem as the rule may speak of it (the case's people and the preamble left out).
 */
export function judgeByValues(pasted: PastedQuestion, subject: string, sentence: string): ValueVerdict {
  // 总计, 一共: a sum of the rule's values, which no clause states alone.
  if (SUM.test(pasted.stem)) return undefined;
  // A case told on a timeline (3月受警告，同年9月又受严重警告; 九月通过，十一月才批) asking a length or a truth: what it
  // asks is worked out from its dates (influence-period.ts, fact-dates.ts), not read off one clause. Options that say
  // why (不行，持初级证书还不满一年) are still weighed.
  const lengths = pasted.options.every((o) => o.replace(/\s/g, '').length <= 6 && valuesIn(o).length > 0);
  if ((pasted.stem.match(MONTH_OF_YEAR) ?? []).length >= 2 && lengths) return undefined;
  const truth = truthOptions(pasted.options);
  const stated = valuesIn(pasted.stem);
  // A clause saying only the stem's own numbers (受留党察看一年…, 一般由3至5人组成) is its premise, not its answer.
  const premise = (c: Clause) => c.values.every((v) => stated.some((w) => w.kind === v.kind && w.amount === v.amount));
  // A stem asking for a least (不能少于) is not answered by a clause that states a most (最长一年), nor the reverse.
  const asked = boundOf(pasted.stem.replace(/（\s*）|\(\s*\)|_+/g, '（）')).bound;
  const clauses = clausesOf(sentence, subject).filter(
    (c) => c.values.length > 0 && !premise(c) && !(asked && c.bound && c.bound !== asked),
  );
  // A statement to judge: a 判断, or a paste with neither options nor a blank that does not ask (吗, ？).
  const asks = /[？?]|吗|呢|什么|多少|哪/.test(
    pasted.stem.replace(/(?:对|错)(?:还是|不)(?:对|错)[^，,。]*$|这个说法[^，,。]*$|对吗|对不对/g, ''),
  );
  const statement =
    truth !== undefined || pasted.declaredType === '判断' || (pasted.options.length < 2 && !hasInnerBlank(pasted.stem) && !asks);
  if (clauses.length === 0 && !statement) return undefined;
  // A value of the stem's own (满半年时又受…, 已学了30个学时) makes it a sum the rule does not state, unless the
  // sentence speaks of that very number (应选5名委员，候选人至少6名).
  const ownValues = (kinds: Set<string>) =>
    stated.filter((v) => kinds.has(v.kind) && !valuesIn(sentence).some((w) => w.kind === v.kind && w.amount === v.amount));
  if (pasted.options.length >= 2 && !truth) {
    if (pasted.declaredType === '多选' || MANY.test(pasted.stem) || NEGATIVE_CHOICE.test(pasted.stem)) return undefined;
    const optionValues = pasted.options.map(valuesIn);
    if (optionValues.filter((v) => v.length > 0).length < 2) return undefined;
    // Values every option shares (年满十八岁 in each) tell none of them apart.
    const told = (v: Value[]) => v.map((x) => `${x.kind}:${x.amount}`).join('|');
    if (new Set(optionValues.filter((v) => v.length > 0).map(told)).size < optionValues.filter((v) => v.length > 0).length)
      return undefined;
    if (ownValues(new Set(optionValues.flat().map((v) => v.kind))).length > 0) return undefined;
    // An option names a clause's value when, of the kinds it speaks of, the clause says exactly those values.
    const named = (c: Clause) =>
      optionValues.flatMap((values, i) => {
        if (values.length === 0) return [];
        const kinds = new Set(values.map((v) => v.kind));
        // Words an option adds to its value (三年至五年，由社区自定) must be the clause's too.
        if (!wordsIn(pasted.options[i]!, c.text)) return [];
        return same(
          values,
          c.values.filter((v) => kinds.has(v.kind)),
        )
          ? [i]
          : [];
      });
    const best = clearBest(
      clauses,
      (c) => {
        const n = named(c);
        return n.length === 1 ? n[0]! : undefined;
      },
      String,
    );
    // A clause as near naming two options at once (三年至五年 has both 三年 and 五年 only as a range) leaves it open.
    if (!best || clauses.some((c) => named(c).length > 1 && c.shared >= best.clause.shared)) return undefined;
    return { choice: [best.fit], answerTexts: [pasted.options[best.fit]!] };
  }
  const stem = normalizeInput(pasted.stem);
  const blanks = [...stem.matchAll(/（\s*）|\(\s*\)|_+/g)];
  if (!truth && pasted.declaredType !== '判断' && hasInnerBlank(pasted.stem) && blanks.length >= 1 && blanks.length <= 2) {
    const fills: string[] = [];
    const used = new Set<Clause>();
    let from = 0;
    for (const blank of blanks) {
      const before = stem.slice(from, blank.index);
      const after = stem.slice(blank.index! + blank[0].length);
      from = blank.index! + blank[0].length;
      const unit = UNIT_AFTER.exec(after)?.[1];
      // A blank asks a value when a unit follows it, or a time limit (在（）内); 于（）年 is a point in time.
      if (!unit && !WITHIN.test(after)) return undefined;
      if (unit === '年' && /[于在从是]\s*$/.test(before) && !/^\s*年(?:内|以内|之内)/.test(after)) return undefined;
      // 第（ ）次, （ ）年在…召开: which one, not how many (place-blank.ts).
      if (asksPlace(before, after)) return undefined;
      const kindOf = (u: string) => valuesIn(`1${u}`)[0]?.kind;
      const kind = unit ? kindOf(unit) : undefined;
      // 比普通党员多（）学时: a difference between two rules' values, which no clause states.
      if (/比[^，,。；;]{1,12}(?:多|少|高|低)\s*$/.test(before)) return undefined;
      const role = roleAsked(stem, blank.index!);
      if (role === 'both') return undefined;
      const near = clausesOf(sentence, `${before}${after.split(/[，,。；;]/)[0]}`).filter(
        (c) => c.values.length > 0 && !premise(c) && !(asked && c.bound && c.bound !== asked),
      );
      // Where the rule sets the leaders apart (书记和班子成员 56学时, 党员 32学时), only the clauses of the role asked.
      // The leaders' clause is about the matter the members' one names (集中学习培训): it shares what that one shares.
      if (role && near.some((c) => LEADER.test(c.text)) && near.some((c) => !LEADER.test(c.text))) {
        const mine = (c: Clause) => LEADER.test(c.text) === (role === 'leader');
        const shared = Math.max(...near.map((c) => c.shared));
        const keyedAny = near.some((c) => c.keyed);
        near.splice(0, near.length, ...near.filter(mine).map((c) => ({ ...c, shared, keyed: keyedAny })));
      }
      const best = clearBest(
        near,
        (c) => {
          const v = c.values.filter((x) => (kind ? x.kind === kind : true));
          // A clause with two such values (三年至五年, 5000元以下交0.5%) competes without being one answer.
          return v.length === 0 ? undefined : v.length === 1 ? v[0]! : RANGE;
        },
        (v) => (v === RANGE ? 'range' : `${v.kind}:${v.amount}`),
      );
      if (!best || best.fit === RANGE || used.has(best.clause)) return undefined;
      used.add(best.clause);
      const value = best.fit;
      const done = stated.filter((v) => v.kind === value.kind && !v.bounded);
      if (STILL_WANTING.test(before)) {
        // 还差几个学时: the rule's amount less the one the stem says was done (counted, not a period: 年 and 月 differ).
        if (done.length !== 1 || !unit || value.kind === 'period' || done[0]!.amount >= value.amount) return undefined;
        const stillWanting = value.amount - done[0]!.amount;
        fills.push(String(stillWanting));
        continue;
      }
      if (ownValues(new Set([value.kind])).length > 0) return undefined;
      // Before a unit the stem already has, only the number; else the value as the rule writes it.
      fills.push(unit ? (/^[\d.]+/.exec(value.text)?.[0] ?? value.text.replace(UNIT_TAIL, '')) : value.text);
    }
    return { choice: [], answerTexts: fills };
  }
  if (pasted.options.length >= 2 && !truth) return undefined;
  if (!statement) return undefined;
  // A clause the statement names apart from the others (村、社区党支部委员会为5年 beside 支部委员会一般为3年) that says
  // the statement's very values: the statement is that clause's, not a misstatement of another — unless it gives one
  // value to several (村党支部和机关党支部都是五年), one of which may be misstated.
  const told = stated.filter((v) => STATED_KINDS.has(v.kind));
  const echoed = clausesOf(sentence, subject).some(
    (c) =>
      c.values.length > 0 &&
      premise(c) &&
      c.keyed &&
      c.distinct &&
      told.length > 0 &&
      told.every((v) => c.values.some((w) => w.kind === v.kind && w.amount === v.amount)),
  );
  if (echoed && !/都|均|和|与|以及/.test(pasted.stem)) return undefined;
  const wrong = statementConflict(pasted.stem, clauses) || termConflict(pasted.stem, sentence);
  return wrong ? { choice: truth ? [truth.false] : [], answerTexts: ['错误'] } : undefined;
}

/** Terms of one kind a rule names one of (报上级党组织批准 or 备案; 支部大会 or 支委会 or 党小组 decides). */
const TERM_SETS: RegExp[][] = [
  [/批准|审批|报批/, /备案/],
  [/支部(?:党员)?大会|党员大会/, /支部委员会(?!书记)|支委会/, /党小组/, /支部书记|书记(?:一人|个人|直接)/],
];
/**
 * A statement that gives a rule's step to another term of its kind (报街道党工委备案即可 where the fact says 报上级
 * 党组织批准): false — when the fact's sentence names exactly one term of that kind and the statement, in a clause
 * without a negation, names another and not that one.
 */
function termConflict(stem: string, sentence: string): boolean {
  const said = stem
    .split(/[，,。；;！!？?]/)
    .filter((c) => negationsOf(c).length === 0)
    .join('，');
  const whole = normalizeInput(stem);
  return TERM_SETS.some((set) => {
    const inRule = set.filter((t) => t.test(sentence));
    if (inRule.length !== 1 || offeredWithOthers(sentence, inRule[0]!)) return false;
    return !inRule[0]!.test(whole) && set.some((t) => t !== inRule[0] && t.test(said));
  });
}

/**
 * Whether the rule names its term beside another one of choice (向党支部或党小组请假, 报党委或者党工委备案): it then
 * fixes no one term, and a statement naming a third is no misstatement of it.
 */
function offeredWithOthers(sentence: string, term: RegExp): boolean {
  const at = term.exec(sentence);
  if (!at) return false;
  const before = sentence.slice(Math.max(0, at.index - 2), at.index);
  const after = sentence.slice(at.index + at[0].length, at.index + at[0].length + 2);
  return /(?:或|或者)$/.test(before) || /^(?:或|或者)/.test(after);
}

/** Kinds of value a statement may misstate of a rule (a case's counts and sums are for other rules: thresholds, 党费). */
const STATED_KINDS = new Set(['period', '工作日', '天', '次', '学时', '%']);
/** A value's length in days, to compare a deadline told in another unit (两个月 against 15个工作日). */
const DAYS: Record<string, number> = { period: 30, 工作日: 7 / 5, 天: 1 };

/**
 * A statement that says another value than the clause it names (认证考试一年两次 against 每年举行一次; 一个月 against
 * 15个工作日内): false. Only ever false: the rule's value in a statement says nothing of its other words. A value
 * told in a clause with a negation (不用一个月) is left alone: what it denies is not read here.
 */
function statementConflict(stem: string, clauses: Clause[]): boolean {
  // Each value with the clause of the statement that tells it: a negation there (没考过 elsewhere is the case's).
  const told = stem
    .split(/[，,。；;！!？?]/)
    .flatMap((clause) => (negationsOf(clause).length > 0 ? [] : valuesIn(clause)))
    .filter((v) => STATED_KINDS.has(v.kind));
  return told.some((value) => {
    const deadline = DAYS[value.kind] !== undefined;
    const best = clearBest(
      clauses,
      (c) => {
        const same = c.values.filter((v) => v.kind === value.kind || (deadline && c.bound === 'most' && DAYS[v.kind] !== undefined));
        return same.length === 1 ? same[0]! : undefined;
      },
      (v) => `${v.kind}:${v.amount}`,
    );
    // The clause must be the one the statement names: wholly, or mostly when no other clause has such a value.
    const alone = clauses.filter((c) => c.values.some((v) => v.kind === best?.fit.kind)).length === 1;
    if (!best || !(best.clause.keyed || (best.clause.partly && alone))) return false;
    const rule = best.fit;
    const bound = best.clause.bound;
    if (rule.kind !== value.kind) {
      // Another unit of time: only a deadline clearly passed (两个月 beside 15个工作日) says it is wrong.
      return bound === 'most' && value.amount * DAYS[value.kind]! > rule.amount * DAYS[rule.kind]! * 1.3;
    }
    if (bound === 'most') return value.amount > rule.amount;
    if (bound === 'least') return value.amount < rule.amount;
    return value.amount !== rule.amount;
  });
}
const UNIT_TAIL = /个?(?:工作日|学时|年半|年|个月|月|天|次|名|人|届|周岁|岁|元|%|％)半?$/;

/**
 * The period (in months) a rule sentence gives for what the stem speaks of, with how it bounds it: the clause the
 * stem names, when no other clause naming it says another period. For a date plus a rule's period.
 */
export function periodFor(subject: string, sentence: string): { months: number; bound?: 'most' | 'least' } | undefined {
  const clauses = clausesOf(sentence, subject).filter((c) => c.values.some((v) => v.kind === 'period'));
  const best = clearBest(
    clauses,
    (c) => {
      const periods = c.values.filter((v) => v.kind === 'period');
      return periods.length === 1 ? { months: periods[0]!.amount, ...(c.bound ? { bound: c.bound } : {}) } : undefined;
    },
    (p) => String(p.months),
  );
  return best?.fit;
}

/** A fact's answer as a passage of one sentence, labelled as the passages are (《党务工作手册》 › 章 › 节（条）). */
function passageOf(match: FactMatch): PassageHit {
  const [book, ...path] = (match.section?.title ?? '').split(' › ');
  const article = match.fact.article ? `（${match.fact.article}）` : '';
  const title = match.section ? `${[`《${book}》`, ...path].join(' › ')}${article}` : (match.fact.article ?? '《中国共产党章程》');
  const source = match.section?.source ?? `fact:${match.fact.id}`;
  return { text: match.fact.a, coverage: Math.min(1, match.score), source, title, fact: match.fact.id };
}

const CORE_VALUE = new RegExp(`(?:${NUM}|半)个?(?:工作日|学时|年|个月|天|次)|（\\s*）|\\(\\s*\\)|_+`);
/**
 * The fact a stem asks for: matched on the whole stem, or, when a long case hides it and `core` allows, on its
 * core — the clause with the blank or the value it states, alone or with the clause before it (反正人员变动报备期限是
 * 一个月).
 */
export function factPassage(facts: FactIndex, stem: string, core = true): PassageHit | undefined {
  const whole = facts.match(stem);
  if (whole) return passageOf(whole);
  if (!core) return undefined;
  const clauses = stem.split(/[，,。；;！!？?]/).filter((c) => c.trim());
  if (clauses.length < 2) return undefined;
  const spans = clauses.flatMap((c, k) => (CORE_VALUE.test(c) ? [k > 0 ? `${clauses[k - 1]}，${c}` : c, c] : []));
  for (const span of spans) {
    const match = facts.match(span);
    if (match) return passageOf(match);
  }
  return undefined;
}
