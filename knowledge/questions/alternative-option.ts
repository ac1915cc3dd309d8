import { squash } from './paste';

/**
 * paste31: a bank option that gives one value in two forms (三天或二十四个学时, 半年（或六个月）), pasted with one
 * of the two only (A．一天 B．两天 C．三天): the pasted option that is one form, word for word, is the bank's correct
 * option — the bank's answer is among the options after all. Undefined unless exactly one pasted option is a form
 * of the correct one, and none is a form of a wrong one.
 */
const formsOf = (option: string): string[] => {
  const parts = option
    .replace(/[（(]\s*或/g, '或')
    .replace(/[)）]\s*$/, '')
    .split('或')
    .map((p) => squash(p))
    .filter((p) => p.length >= 2);
  return parts.length >= 2 ? parts : [];
};

export function optionOfForm(correct: string, wrong: string[], pasted: string[]): number | undefined {
  const forms = formsOf(correct);
  if (forms.length === 0) return undefined;
  const hits = pasted.flatMap((p, i) => (forms.includes(squash(p)) ? [i] : []));
  if (hits.length !== 1) return undefined;
  const picked = squash(pasted[hits[0]!]!);
  return wrong.some((w) => squash(w) === picked || formsOf(w).includes(picked)) ? undefined : hits[0];
}
