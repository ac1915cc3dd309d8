import type { FactIndex } from '../facts/facts';
import { alignable } from './cloze';
import { factPassage } from './fact-values';
import { parsePasted, truthOptions } from './paste';
import type { HandbookSuggestion } from './suggest';

/**
 * A case told as dated steps (4月8日经支部党员大会通过接收为预备党员，5月20日上级党委审批同意，6月1日入党宣誓) asking
 * from which day something runs (党费应当从（）起交纳): the fact says from which step (从支部党员大会通过接收其为预备党员之日起),
 * and the answer is that step's date among the options. Only when the fact's step is told in the case and no
 * other step of the case is about as near to it.
 */

const DATE = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号])?/g;
const FROM_BLANK = /(?:从|自)\s*[（(]\s*[)）]\s*(?:起|开始)/;
/** The step a fact counts from: 从支部党员大会通过接收其为预备党员之日起. */
/** What a case makes its person, most specific first. */
const ROLE = /预备党员|正式党员|发展对象|入党积极分子|流动党员/g;
const FROM_STEP = /(?:从|自)([^，,。；;]{4,30}?)之日起/;

interface Step {
  key: string;
  words: string;
}
const keyOf = (text: string) => {
  const m = [...alignable(text).matchAll(DATE)][0];
  return m ? `${m[1] ?? ''}-${Number(m[2])}-${m[3] ?? ''}` : undefined;
};
const pairs = (text: string) => {
  const t = alignable(text).replace(/[\s，,。；;、]/g, '');
  return new Set([...t].slice(0, -1).map((c, k) => `${c}${t[k + 1]}`));
};
const share = (step: string, within: string) => {
  const own = pairs(step);
  const w = pairs(within);
  return [...own].filter((p) => w.has(p)).length / Math.max(own.size, 1);
};

export function suggestByStepDate(raw: string, facts: FactIndex): HandbookSuggestion | undefined {
  const pasted = parsePasted(raw);
  if (pasted.options.length < 3 || truthOptions(pasted.options) || !FROM_BLANK.test(pasted.stem)) return undefined;
  const stem = alignable(pasted.stem);
  // The case's steps: each date and the words after it up to the next date or sentence end.
  const marks = [...stem.matchAll(DATE)];
  if (marks.length < 2) return undefined;
  const steps: Step[] = marks.map((m, k) => ({
    key: keyOf(m[0])!,
    words: stem.slice(m.index! + m[0].length, k + 1 < marks.length ? marks[k + 1]!.index : undefined).split(/[。；;]/)[0]!,
  }));
  // The fact is asked for by the sentence with the blank, its person said as what the case made them (刘某 →
  // 预备党员: the last status the case names before it): the whole case would find the facts of its other steps.
  const at = stem.search(FROM_BLANK);
  const start = Math.max(stem.lastIndexOf('。', at), stem.lastIndexOf('，', at), stem.lastIndexOf(',', at)) + 1;
  const roles = [...stem.slice(0, start).matchAll(ROLE)];
  const role = roles.at(-1)?.[0];
  const asked = stem
    .slice(start)
    .replace(FROM_BLANK, '从什么时候开始')
    .replace(/^[\u4e00-\u9fa5]{0,3}某(?:某)?(?:的)?|^(?:他|她)(?:的)?/, '');
  if (!role) return undefined;
  const hit = factPassage(facts, `${role}${asked}`, false);
  if (!hit) return undefined;
  const from = FROM_STEP.exec(hit.text);
  if (!from) return undefined;
  const scored = steps.map((s) => ({ s, share: share(from[1]!, s.words) })).sort((a, b) => b.share - a.share);
  const [best, next] = scored;
  if (!best || best.share < 0.5 || (next && next.share >= best.share - 0.2)) return undefined;
  const picked = pasted.options.flatMap((o, i) =>
    keyOf(o) === best.s.key && alignable(o).replace(DATE, '').trim().length <= 2 ? [i] : [],
  );
  if (picked.length !== 1) return undefined;
  return {
    kind: 'hedged',
    choice: ['ABCDEF'[picked[0]!]!],
    answerTexts: [pasted.options[picked[0]!]!],
    sentence: hit.text,
    passage: hit,
    basis: 'handbook',
  };
}
