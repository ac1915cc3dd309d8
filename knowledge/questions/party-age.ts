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

export function suggestByPartyAge(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const pasted = parsePasted(raw);
  // Aligned text has half-width punctuation: the blank is written () here.
  const stem = alignable(pasted.stem.replace(/（\s*）|\(\s*\)|_+/g, '()'));
  const blank = pasted.options.length === 0 && /\(\)/.test(stem) && pasted.declaredType !== '判断';
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
