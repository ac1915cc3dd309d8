import { alignable, numeralValue } from './cloze';
import { NEGATIVE_CHOICE, parsePasted, truthOptions } from './paste';
import { fitsDeclaredType, type Hedged } from './sorted-options';
import type { PassageHit } from './suggest';

/**
 * A 多选 naming how many things a list has (发展党员的五个阶段包括), where a handbook sentence names the same count
 * and gives the list right after it (分五个阶段（申请入党、…、预备党员的教育考察和转正）): the list is whole, so an
 * option that is one of its items is in, and one sharing no words with it is out, whatever else the sentence goes on
 * to say (its later clauses name steps inside the stages, 集中培训 among them, which are not stages). An option
 * half like an item, or like two, abstains.
 */

const MANY = /哪些|哪几|正确的有|的有\s*[（(]|包括|分为|分别是/;
/** A count with its measure word in the stem (五个阶段, 3项内容), read on the aligned text (numerals as digits). */
const COUNTED = /(\d{1,2})(个|项|种|类|条|大)([\u4e00-\u9fa5]{2})/g;
const squashed = (text: string) => alignable(text).replace(/[\s，,。；;、：:（）()“”"的和及与]/g, '');
const pairs = (text: string) => {
  const t = squashed(text);
  return t.length < 2 ? [t] : [...t].slice(0, -1).map((c, k) => `${c}${t[k + 1]}`);
};
const share = (text: string, within: string) => {
  const own = pairs(text);
  const w = squashed(within);
  return own.filter((p) => w.includes(p)).length / Math.max(own.length, 1);
};

/** Text with its numerals as digits, nothing else changed (alignable drops short asides, the very lists read here). */
const withDigits = (text: string) => text.replace(/[零〇一二两三四五六七八九十]+/g, (run) => String(numeralValue(run)));

/** The list a sentence gives right after the count (（a、b、c） or ：a、b、c), when it has exactly that many items. */
function countedItems(sentence: string, count: string): string[] | undefined {
  const text = withDigits(sentence.replace(/\s/g, ''));
  const at = text.indexOf(count);
  if (at < 0) return undefined;
  const after = text.slice(at + count.length);
  const listed = /^[^，,。；;（(：:]{0,4}?(?:[（(]([^（）()]+)[)）]|[：:]([^。\n]+))/.exec(after);
  const body = listed?.[1] ?? listed?.[2];
  if (!body) return undefined;
  // Items parted by ； when the list has them (an item may hold a 、 of its own: 教育、管理、考察和转正), else by 、.
  const items = body.split(/[；;]/.test(body) ? /[；;]/ : /[、，,]/).map((s) => s.trim());
  const n = Number(/^\d+/.exec(count)![0]);
  return items.length === n && items.every((s) => squashed(s).length >= 2) ? items : undefined;
}

/** The one count the stem names (5个阶段), digits for numerals. */
function countIn(stem: string): string | undefined {
  const counts = [...withDigits(stem.replace(/\s/g, '')).matchAll(COUNTED)].map((m) => m[0]);
  return counts.length === 1 ? counts[0] : undefined;
}

/**
 * Whether a suggestion's sentence gives the whole list the stem counts (分为五个阶段：…): read from it, the answer
 * stands over a fact's list, which may run on into another list of the same fact (its 主要环节, steps, not stages).
 */
export function readsCountedList(raw: string, sentence: string): boolean {
  const count = countIn(parsePasted(raw).stem);
  return count !== undefined && countedItems(sentence, count) !== undefined;
}

export function suggestByCountedList(raw: string, hits: PassageHit[]): Hedged | undefined {
  const pasted = parsePasted(raw);
  const { options, stem } = pasted;
  const many = pasted.declaredType === '多选' || (pasted.declaredType !== '单选' && MANY.test(stem));
  if (!many || options.length < 3 || truthOptions(options) || NEGATIVE_CHOICE.test(stem)) return undefined;
  const count = countIn(stem);
  if (!count) return undefined;
  for (const hit of hits) {
    if (!hit.source.startsWith('handbook:')) continue;
    for (const sentence of hit.text.split(/(?<=[。！？\n])/).map((s) => s.trim())) {
      const items = countedItems(sentence, count);
      if (!items) continue;
      const whole = items.join('');
      const picked: number[] = [];
      let unsure = false;
      for (const [i, option] of options.entries()) {
        // In: the one item it says, word for word or near it (and no other item as well).
        const like = items.filter((item) => share(option, item) >= 0.8 && share(item, option) >= 0.6);
        if (like.length === 1) picked.push(i);
        else if (like.length > 1 || share(option, whole) > 0.2) unsure = true;
      }
      if (unsure || !fitsDeclaredType(pasted.declaredType ?? '多选', picked, options.length)) return undefined;
      return {
        kind: 'hedged',
        choice: picked.map((i) => 'ABCDEF'[i]!),
        answerTexts: picked.map((i) => options[i]!),
        sentence: sentence.replace(/^[-*]\s*/, ''),
        passage: hit,
        basis: 'handbook',
      };
    }
  }
  return undefined;
}
