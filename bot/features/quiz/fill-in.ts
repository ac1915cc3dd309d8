import { chineseNumber, normalizeInput } from '../../../knowledge';

/**
 * Fair comparison of fill-in answers: `18`, `十八` and `18岁` are the same answer to 年满（）岁, as are full- and
 * half-width forms, and the usual separators between blanks. Both the accepted wording and the typed one go through
 * the same form, so a numeral in a term (三会一课) still matches itself.
 */

const NUMERAL = /[零〇一二两三四五六七八九十百千]+/g;

const toDigits = (text: string) => text.replace(NUMERAL, (run) => String(chineseNumber(run) ?? run));

/** Units a blank's answer may carry or leave out when the question names them (年满（）岁). Longest first. */
const UNITS = ['个月', '周岁', '岁', '年', '次', '人', '元', '名', '天', '个', '月', '日', '周', '届'];

/** The form two answers are compared in: half-width, lower case, digits for numerals, no spaces or punctuation. */
export function answerForm(text: string): string {
  return toDigits(normalizeInput(text).toLowerCase()).replace(/[\s\p{P}\p{S}]/gu, '');
}

/** The units the stem names right after a blank (`年满（）岁`), to be dropped from the end of a numeric answer. */
export function namedUnits(stem: string): string[] {
  const after = [...normalizeInput(stem).matchAll(/(?:\(\s*\)|（\s*）|_{2,})\s*(\S{1,2})/g)].map((m) => m[1]);
  return UNITS.filter((u) => after.some((a) => a.startsWith(u)));
}

/** Drops a named unit after a number: `18岁` → `18` when the stem says 岁. */
export function withoutUnit(form: string, units: string[]): string {
  for (const unit of units)
    if (form.length > unit.length && form.endsWith(unit) && /\d$/.test(form.slice(0, -unit.length))) return form.slice(0, -unit.length);
  return form;
}

/** Whether a typed blank matches one of its accepted wordings. */
export function blankMatches(typed: string, accepted: string[], units: string[]): boolean {
  const given = withoutUnit(answerForm(typed), units);
  return given !== '' && accepted.some((a) => withoutUnit(answerForm(a), units) === given);
}
