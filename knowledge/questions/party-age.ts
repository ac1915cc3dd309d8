import { alignable } from './cloze';
import { parsePasted, truthOptions } from './paste';
import type { HandbookSuggestion, PassageHit } from './suggest';

/**
 * 党龄 worked out from a case (two steps: when the member became a full member, then the date or span asked):
 * 党龄从预备期满转为正式党员之日算起, and the 预备期 is one year from the 支部大会 that accepted them, plus any
 * extension (半年 to 一年). A 转正 date the case states is taken as it is. Suggested only with the handbook
 * sentence that states the rule, found among the passages retrieved for the stem.
 */

interface Day {
  y: number;
  m: number;
  d?: number;
}

const DATE = /(\d{4})年(\d{1,2})月(?:(\d{1,2})[日号])?/g;
const dateAt = (m: RegExpMatchArray): Day => ({ y: Number(m[1]), m: Number(m[2]), ...(m[3] ? { d: Number(m[3]) } : {}) });
const plusMonths = (day: Day, months: number): Day => {
  const total = day.y * 12 + day.m - 1 + months;
  return { ...day, y: Math.floor(total / 12), m: (total % 12) + 1 };
};
const sameDay = (a: Day, b: Day) => a.y === b.y && a.m === b.m && a.d === b.d;
/** Whole months from one day to another (a month not yet full is not counted). */
const monthsBetween = (a: Day, b: Day) => (b.y - a.y) * 12 + (b.m - a.m) - ((b.d ?? 1) < (a.d ?? 1) ? 1 : 0);

/** 经支部大会接收为预备党员, 经支部党员大会通过成为预备党员 (after the date, or after its comma): the day the 预备期 starts. */
const ACCEPTED = /^[，,]?[^，,。；;]{0,12}(?:支部(?:党员)?大会|接收|通过)[^，,。；;]{0,10}预备党员/;
/** 1976年8月按期转为正式党员: a 转正 day the case states (not 上级党委批准, said of the acceptance). */
/** The acceptance named before its day (经支部大会通过成为预备党员的日期为2022年9月15日). */
const ACCEPTED_BEFORE = /(?:支部(?:党员)?大会|接收|通过)[^，,。；;]{0,12}预备党员的?(?:日期|日子|时间|那天)(?:是|为)\s*$/;
const FULL = /^[^，,。；;]{0,8}(?:转为正式党员|转正)/;
/** 延长预备期半年, 延长一年, 延长他的预备期半年 (aligned: 1年): the extension, in months. */
const EXTENDED = /延长(?:[^，,。；;\d]{0,4}预备期)?\s*(半年|1年|(\d+)个月)/;
const HALF_OR_YEAR = (m: RegExpExecArray) => (m[1] === '半年' ? 6 : m[1] === '1年' ? 12 : Number(m[2]));

/** 党龄从（）算起, 党龄应从（）起计算, 党龄打（）开始算, 党龄起算日是（）, 党龄应该从哪天算起. */
const FROM_WHEN = [
  /党龄[^，,。；;]{0,6}(?:从|自|打|由)\s*\(\)\s*起?(?:起算|算起|开始|计算|算)/,
  /党龄(?:的)?(?:起算|计算)(?:日|日期|时间|之日)?(?:是|为|应为|应是|从)\s*\(\)/,
  /党龄[^，,。；;]{0,8}(?:从|自|打)(?:哪天|哪一天|什么时候|何时|哪个日子|哪日)[^，,。；;]{0,3}(?:起算|算起|开始|计算|算)/,
];

/**
 * From when, the options in words with no date among them (预备期满转为正式党员之日, 支部大会通过其为预备党员之日):
 * the one the rule's sentence names word for word, whatever days the case gives.
 */
function wordsNamed(options: string[], stem: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  if (options.length < 2 || options.some((o) => DATE_IN.test(alignable(o))) || !FROM_WHEN.some((r) => r.test(stem))) return undefined;
  const rule = ruleSentence(hits, /延长/.test(stem));
  const named = rule && /党龄从(.{4,20}?)(?:算起|起算|开始计算)/.exec(rule.sentence)?.[1];
  if (!rule || !named) return undefined;
  const picked = options.flatMap((o, i) => (alignable(o).replace(/[，,。\s]/g, '') === alignable(named) ? [i] : []));
  if (picked.length !== 1) return undefined;
  return {
    kind: 'hedged',
    choice: ['ABCDEF'[picked[0]!]!],
    answerTexts: [options[picked[0]!]!],
    sentence: rule.sentence,
    passage: rule.hit,
    basis: 'handbook',
  };
}
const DATE_IN = /\d{4}年|\d{1,2}月\d{1,2}[日号]/;

/** The rule's sentence: 党龄从预备期满转为正式党员之日算起 (with an extension: the sentence that speaks of it). */
function ruleSentence(hits: PassageHit[], extended: boolean): { sentence: string; hit: PassageHit } | undefined {
  for (const want of extended ? [/延长/, /./] : [/./])
    for (const hit of hits)
      for (const sentence of hit.text.split(/(?<=[。；！？\n])/).map((s) => s.trim()))
        if (/党龄/.test(sentence) && /转为正式党员之日/.test(sentence) && want.test(sentence)) return { sentence, hit };
  return undefined;
}

/**
 * A statement of when 党龄 starts (党龄从支部大会通过他为预备党员的那一天开始计算, 计算党龄时应当从…开始算): the day it
 * names, in the case's dates (2022年6月接收为预备党员…党龄应当从2022年6月算起) or in words, against the 转正 day.
 */
const STATED_FROM = /党龄[^。；;]{0,10}?(?:从|自|打|由)([^。；;]{2,30}?)(?:起算|算起|开始计算|开始算|起计算|计算|开始|算)/;
/** A start named in words that is the 转正 day (预备期满转为正式党员之日, 转正那天), or one that is not. */
const FULL_DAY = /预备期满|转为正式党员|转正/;
const NOT_FULL_DAY =
  /(?:支部(?:党员)?大会|讨论|通过|接收|吸收|批准)[^。；;]{0,12}预备党员|成为预备党员|为预备党员|入党申请|申请入党|递交申请|确定为(?:入党积极分子|发展对象)|入党宣誓|宣誓/;

function judgeStatement(
  pasted: ReturnType<typeof parsePasted>,
  stem: string,
  hits: PassageHit[],
): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const from = STATED_FROM.exec(stem);
  if (!from) return undefined;
  const named = from[1]!;
  const extension = EXTENDED.exec(stem);
  const rule = ruleSentence(hits, extension !== null);
  if (!rule) return undefined;
  let truth: boolean | undefined;
  const namedDate = [...named.matchAll(DATE)];
  if (namedDate.length === 1) {
    // The case's own days, the one it names as the start left out.
    const rest = stem.slice(0, from.index) + stem.slice(from.index + from[0].length);
    const dates = [...rest.matchAll(DATE)];
    const accepted = dates.find((m) => ACCEPTED.test(rest.slice(m.index! + m[0].length)) || ACCEPTED_BEFORE.test(rest.slice(0, m.index!)));
    const stated = dates.find((m) => FULL.test(rest.slice(m.index! + m[0].length)));
    if ((!accepted && !stated) || (!extension && !stated && /延长/.test(stem))) return undefined;
    const full = stated ? dateAt(stated) : plusMonths(dateAt(accepted!), 12 + (extension ? HALF_OR_YEAR(extension) : 0));
    const day = dateAt(namedDate[0]!);
    // A day the case does not give (2023年6月 for a 转正 day of 2023年6月15日) is the same month, not another day.
    truth = day.y === full.y && day.m === full.m && (day.d === undefined || full.d === undefined || day.d === full.d);
  } else if (namedDate.length === 0 && !/延长/.test(stem)) {
    // In words: the 转正 day, or an earlier step's day; words that name neither, or both, say nothing.
    const full = FULL_DAY.test(named);
    const earlier = NOT_FULL_DAY.test(named);
    if (full === earlier) return undefined;
    // Another day than the one the 转正 is dated (上级党委批准转正之日, 支部大会讨论转正之日) is not it either.
    if (full && /批准|讨论|大会|审批/.test(named)) return undefined;
    truth = full;
  }
  if (truth === undefined) return undefined;
  const options = truthOptions(pasted.options);
  return {
    kind: 'hedged',
    choice: options ? ['ABCDEF'[truth ? options.true : options.false]!] : [],
    answerTexts: [truth ? '正确' : '错误'],
    sentence: rule.sentence,
    passage: rule.hit,
    basis: 'handbook',
  };
}

export function suggestByPartyAge(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const pasted = parsePasted(raw);
  // Aligned text has half-width punctuation: the blank is written () here.
  const stem = alignable(pasted.stem.replace(/（\s*）|\(\s*\)|_+/g, '()'));
  const blank = pasted.options.length === 0 && /\(\)/.test(stem) && pasted.declaredType !== '判断';
  const statement =
    /党龄/.test(stem) &&
    (pasted.declaredType === '判断' || truthOptions(pasted.options) !== undefined || (pasted.options.length === 0 && !blank));
  if (statement) return judgeStatement(pasted, stem.replace(/\(\)\s*$/, ''), hits);
  if (!/党龄/.test(stem) || (pasted.options.length < 2 && !blank) || truthOptions(pasted.options)) return undefined;
  const words = wordsNamed(pasted.options, stem, hits);
  if (words) return words;
  const dates = [...stem.matchAll(DATE)];
  const accepted = dates.find((m) => ACCEPTED.test(stem.slice(m.index! + m[0].length)) || ACCEPTED_BEFORE.test(stem.slice(0, m.index!)));
  const stated = dates.find((m) => FULL.test(stem.slice(m.index! + m[0].length)));
  const extension = EXTENDED.exec(stem);
  // An extension the case speaks of but whose length is not read: no day can be worked out.
  if ((!accepted && !stated) || (!extension && !stated && /延长/.test(stem))) return undefined;
  const full = stated ? dateAt(stated) : plusMonths(dateAt(accepted!), 12 + (extension ? HALF_OR_YEAR(extension) : 0));
  const rule = ruleSentence(hits, extension !== null);
  if (!rule) return undefined;
  const optionDays = pasted.options.map((o) => {
    const m = [...alignable(o).matchAll(DATE)];
    return m.length === 1 && alignable(o).replace(DATE, '').trim().length <= 2 ? dateAt(m[0]!) : undefined;
  });
  let picked: number[] = [];
  const yearsFull = /党龄满\s*(\d+)\s*周?年/.exec(stem);
  const asOf = /(?:到|至|截至|截止到?)\s*(\d{4})年(\d{1,2})月(?:(\d{1,2})[日号])?[^。；;]{0,10}党龄(?:是|为|有|已经?)/.exec(stem);
  const fromWhen = FROM_WHEN.some((r) => r.test(stem));
  // A blank asking from when: the 转正 day itself, written as a date.
  if (blank) {
    if (!fromWhen || stem.match(/\(\)/g)!.length !== 1) return undefined;
    const written = `${full.y}年${full.m}月${full.d ? `${full.d}日` : ''}`;
    return { kind: 'hedged', choice: [], answerTexts: [written], sentence: rule.sentence, passage: rule.hit, basis: 'handbook' };
  }
  if (fromWhen) {
    // From when: the 转正 day.
    picked = optionDays.flatMap((d, i) => (d && sameDay(d, full) ? [i] : []));
  } else if (yearsFull) {
    // 党龄满50周年: that many years after the 转正 day.
    const due = plusMonths(full, Number(yearsFull[1]) * 12);
    picked = optionDays.flatMap((d, i) => (d && d.y === due.y && d.m === due.m && (d.d === undefined || d.d === due.d) ? [i] : []));
  } else if (asOf) {
    // 到某日党龄是: the whole years and months since the 转正 day, as an option writes them (2年, 2年10个月).
    const months = monthsBetween(full, dateAt(asOf));
    if (months < 0) return undefined;
    picked = pasted.options.flatMap((o, i) => {
      const m = /^\s*(?:(\d+)年)?(?:(\d+)个月)?\s*$/.exec(alignable(o));
      if (!m || (!m[1] && !m[2])) return [];
      return Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0) === months ? [i] : [];
    });
  }
  if (picked.length !== 1) return undefined;
  return {
    kind: 'hedged',
    choice: ['ABCDEF'[picked[0]!]!],
    answerTexts: [pasted.options[picked[0]!]!],
    sentence: rule.sentence,
    passage: rule.hit,
    basis: 'handbook',
  };
}
