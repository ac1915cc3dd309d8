/**
 * A choice asking a place in an ordered list (由轻到重排在第三位的是, 排第三嘅係, 第一步是, 排在“严重警告”之后的是): the
 * item at that place in a handbook list numbered in order ((1)警告；(2)严重警告…, 第1步递交入党申请书，第2步…) or read
 * in order (由轻到重依次是警告、严重警告…). The options are matched to the list's items; the answer is the one option at
 * the place asked. A stem that names an order (由轻到重) is answered only from a list that names the same order or its
 * reverse (counted from the other end); a list's order unnamed is taken only for steps (第1步…).
 */
import { alignable } from './cloze';
import { parsePasted } from './paste';
import type { HandbookSuggestion, PassageHit } from './suggest';

const ORDER = /[由从](轻|重|低|高|小|大|先|后|早|晚)(?:到|至|向)(轻|重|低|高|小|大|先|后|早|晚)/;
const PLACE =
  /(?:第|排第|排在第|排名第|位列第)\s*([一二三四五六七八九十\d]{1,3})\s*(?:位|个|项|步|种|名)?(?:的|嘅|係|是|为|者)|第\s*([一二三四五六七八九十\d]{1,3})\s*(?:位|步)/;
const NEXT = /[“"「]?([^“”"「」，,。（）()\s]{2,8})[”"」]?\s*(?:之后|以后|后面|后边)/;
const BEFORE = /[“"「]?([^“”"「」，,。（）()\s]{2,8})[”"」]?\s*(?:之前|以前|前面|前边)/;

const numberOf = (text: string) => Number(alignable(text));

/** The lists a sentence gives in order: numbered items ((1)…；(2)…), or a run read in order (依次是A、B和C). */
export function orderedLists(text: string): { items: string[]; order?: string }[] {
  const out: { items: string[]; order?: string }[] = [];
  const t = text.replace(/\s+/g, '');
  for (const sentence of t.split(/(?<=[。\n])/)) {
    const order = ORDER.exec(sentence)?.[0];
    const numbered = [...sentence.matchAll(/[（(](\d{1,2})[)）]([^；;。（(]{1,20})/g)];
    if (numbered.length >= 3 && numbered.every((m, k) => Number(m[1]) === k + 1))
      out.push({ items: numbered.map((m) => m[2]!.replace(/[、，,]$/, '')), ...(order ? { order } : {}) });
    const run = /依次(?:是|为)[：:]?([^。；;（(]{4,80})/.exec(sentence);
    if (run && order) {
      const items = run[1]!.split(/、|和|及|以及/).filter((x) => x.length > 0);
      if (items.length >= 3) out.push({ items, order });
    }
  }
  return out;
}

/** Steps numbered across the passage (第1步…，第2步… over several lines): as one list by their numbers. */
function stepList(text: string): string[] | undefined {
  const steps = [...text.replace(/\s+/g, '').matchAll(/第(\d{1,2})步([^，,；;。第]{2,24})/g)];
  if (steps.length < 3) return undefined;
  const items: string[] = [];
  for (const m of steps) items[Number(m[1]) - 1] = m[2]!;
  return items;
}

/** The item an option names: the item is the option, or one holds the other with little left over. */
function itemOf(option: string, items: string[]): number | undefined {
  const o = alignable(option);
  const found = items.flatMap((item, i) => {
    const t = alignable(item);
    return t === o || (t.includes(o) && o.length >= t.length * 0.6) || (o.includes(t) && t.length >= o.length * 0.6) ? [i] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

const REVERSED: Record<string, string> = {
  轻: '重',
  重: '轻',
  低: '高',
  高: '低',
  小: '大',
  大: '小',
  先: '后',
  后: '先',
  早: '晚',
  晚: '早',
};

export function suggestByOrderedList(raw: string, hits: PassageHit[]): Extract<HandbookSuggestion, { kind: 'hedged' }> | undefined {
  const pasted = parsePasted(raw);
  if (pasted.options.length < 3 || pasted.declaredType === '多选' || pasted.declaredType === '判断') return undefined;
  const stem = pasted.stem;
  const place = PLACE.exec(stem);
  const next = place ? undefined : NEXT.exec(stem);
  const before = place || next ? undefined : BEFORE.exec(stem);
  if (!place && !next && !before) return undefined;
  const asked = ORDER.exec(stem);
  const answers: { index: number; sentence: string; hit: PassageHit }[] = [];
  // The options as a list's items, in the order the stem names, say more of a passage than the stem's words do
  // (排在第三位 shares little with 由轻到重依次是): passages found with less of the stem are read too.
  for (const hit of hits.filter((h) => h.coverage >= 0.25).slice(0, 5)) {
    const lists: { items: string[]; order?: string; sentence: string }[] = [];
    for (const sentence of hit.text.split(/(?<=[。\n])/)) {
      for (const list of orderedLists(sentence)) if (list.items.length > 0) lists.push({ ...list, sentence: sentence.trim() });
    }
    const steps = stepList(hit.text);
    if (steps && /步/.test(stem)) lists.push({ items: steps, order: 'steps', sentence: '' });
    for (const list of lists) {
      let items = list.items;
      if (asked) {
        const theirs = list.order ? ORDER.exec(list.order) : null;
        if (!theirs) continue;
        if (theirs[1] === asked[1] && theirs[2] === asked[2]) items = list.items;
        else if (REVERSED[theirs[1]!] === asked[1] && REVERSED[theirs[2]!] === asked[2]) items = [...list.items].reverse();
        else continue;
      } else if (list.order !== 'steps') continue;
      const mapped = pasted.options.map((o) => itemOf(o, items));
      // Most options are the list's items, each a different one: the list is what the options are drawn from.
      const known = mapped.filter((m) => m !== undefined);
      if (known.length < Math.min(3, pasted.options.length) || new Set(known).size !== known.length) continue;
      let at: number | undefined;
      if (place) at = numberOf(place[1] ?? place[2]!) - 1;
      else {
        const named = itemOf((next ?? before)![1]!, items);
        if (named === undefined) continue;
        at = next ? named + 1 : named - 1;
      }
      const index = mapped.indexOf(at);
      if (index < 0) continue;
      const sentence = list.sentence || (hit.text.split(/(?<=[。\n；;，,])/).find((s) => s.includes(items[at!]!)) ?? '').trim();
      if (!sentence) continue;
      answers.push({ index, sentence, hit });
    }
  }
  const [first] = answers;
  if (!first || answers.some((a) => a.index !== first.index)) return undefined;
  return {
    kind: 'hedged',
    choice: ['ABCDEF'[first.index]!],
    answerTexts: [pasted.options[first.index]!],
    sentence: first.sentence,
    passage: first.hit,
    basis: 'handbook',
  };
}
