import type { FactIndex } from '../facts/facts';
import { alignable } from './cloze';
import { clausesOf, factPassage, periodFor } from './fact-values';
import { negationsOf, parsePasted, truthOptions } from './paste';
import type { HandbookSuggestion } from './suggest';

/**
 * A case told with dates, against the period of the fact it asks for (收到申请书后一个月内谈话, 每届任期5年,
 * 一年以上的培养考察): the due date among the options (3月2日 + 一个月 → 4月2日), or a statement that puts two dates
 * a period apart (2025年9月确定为积极分子…2026年3月就可以列为发展对象) checked against the rule's bound.
 */

interface Day {
  y?: number;
  m: number;
  d?: number;
  relative?: boolean;
}
const DATE = /(?:(\d{4})年|(前年|去年|今年|明年))?(\d{1,2})月(?:(\d{1,2})[日号])?(?:初)?|(\d{4})年(?!\d{1,2}月)/g;
/** 去年9月 … 今年3月: years told from now, as far apart as they say (only the difference is used). */
const RELATIVE: Record<string, number> = { 前年: -2, 去年: -1, 今年: 0, 明年: 1 };
const datesIn = (text: string): Day[] =>
  [...alignable(text).matchAll(DATE)].map((m) =>
    m[5]
      ? { y: Number(m[5]), m: 0 }
      : {
          ...(m[1] ? { y: Number(m[1]) } : m[2] ? { y: RELATIVE[m[2]]!, relative: true } : {}),
          m: Number(m[3]),
          ...(m[4] ? { d: Number(m[4]) } : {}),
        },
  );
const plusMonths = (day: Day, months: number): Day => {
  const total = (day.y ?? 0) * 12 + day.m - 1 + months;
  return { ...day, ...(day.y === undefined ? {} : { y: Math.floor(total / 12) }), m: (((total % 12) + 12) % 12) + 1 };
};
/** A date as the stem writes it (digits), to leave out of the words a fact is matched on. */
const WRITTEN_DATE = /(?:\d{4}\s*年|前年|去年|今年|明年)?\d{1,2}\s*月(?:\d{1,2}\s*[日号])?(?:初|底|中旬|上旬|下旬)?|\d{4}\s*年/g;
const sameDay = (a: Day, b: Day) => a.y === b.y && a.m === b.m && a.d === b.d;

/**
 * A rule told as a chain of like steps (持初级满一年可申请中级，持中级满一年可申请高级): the case's date may start any
 * step, and the date asked for may be several steps on, so one period added to it is no answer.
 */
const chained = (subject: string, sentence: string) =>
  clausesOf(sentence, subject).filter((c) => c.values.some((v) => v.kind === 'period')).length >= 2 &&
  /满[^，,；;。]{0,6}(?:可|才能|方可)?申请|逐级/.test(sentence);

export function suggestByFactDate(raw: string, facts: FactIndex, subjectOf: (stem: string) => string): HandbookSuggestion | undefined {
  const pasted = parsePasted(raw);
  const dates = datesIn(pasted.stem);
  if (dates.length === 0) return undefined;
  // The fact is matched and its clause chosen on the stem without its dates: they are the case's, not the rule's.
  const subject = subjectOf(pasted.stem.replace(WRITTEN_DATE, ''));
  const hit = factPassage(facts, subject, pasted.options.length === 0 || truthOptions(pasted.options) !== undefined);
  if (!hit) return undefined;
  const period = periodFor(subject, hit.text);
  if (!period || !Number.isInteger(period.months)) return undefined;
  const hedged = (choice: string[], answerTexts: string[]): HandbookSuggestion => ({
    kind: 'hedged',
    choice,
    answerTexts,
    sentence: hit.text,
    passage: hit,
    basis: 'handbook',
  });
  const truth = truthOptions(pasted.options);
  if (pasted.options.length >= 3 && !truth) {
    // The due date: the stem's one date plus the rule's period, exactly one option, written in the stem's form.
    // A year alone (2018年中办意见, 2017年版党章) names a rule's edition, not the case's day.
    const days = dates.filter((d) => d.m > 0);
    if (days.length !== 1 || chained(subject, hit.text)) return undefined;
    const due = plusMonths(days[0]!, period.months);
    const picked = pasted.options.flatMap((o, i) => {
      const [day] = datesIn(o);
      return day && alignable(o).replace(DATE, '').trim().length <= 2 && sameDay(day, due) ? [i] : [];
    });
    return picked.length === 1 ? hedged(['ABCDEF'[picked[0]!]!], [pasted.options[picked[0]!]!]) : undefined;
  }
  if (pasted.options.length >= 2 && !truth) return undefined;
  // A statement: two dates of the case, as far apart as it says is enough (or is the term), against the rule.
  if (dates.length !== 2 || dates.some((d) => d.y === undefined) || dates[0]!.relative !== dates[1]!.relative) return undefined;
  const [from, to] = dates as [Day, Day];
  const whole = from.m === 0 || to.m === 0;
  const apart = whole ? to.y! - from.y! : (to.y! - from.y!) * 12 + (to.m - from.m) - ((to.d ?? 1) < (from.d ?? 1) ? 1 : 0);
  if (apart <= 0) return undefined;
  const months = whole ? apart * 12 : apart;
  // Only a rule with a least (一年以上) or an exact term (每届5年) tells whether that much time is enough.
  if (period.bound === 'most') return undefined;
  const enough = period.bound === 'least' ? months >= period.months : months === period.months;
  // 还不能, 不该: the statement says it is not yet enough.
  const says = negationsOf(pasted.stem).length % 2 === 0;
  const holds = enough === says;
  return hedged(truth ? ['ABCDEF'[holds ? truth.true : truth.false]!] : [], [holds ? '正确' : '错误']);
}
