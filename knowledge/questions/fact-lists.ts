import { alignable } from './cloze';
import { NEGATIVE_CHOICE, type PastedQuestion, truthOptions } from './paste';

/**
 * A 多选 asking which of its options belong to a list a fact enumerates (党纪处分有五种：警告、严重警告、撤销党内职务、
 * 留党察看、开除党籍): the options that are items of the list, when every other option is plainly not in the
 * sentence at all (限期改正, 取消预备党员资格) or is in what it excludes (不得用于发工资). Anything in between abstains.
 */

const MANY = /哪些|哪几|正确的有|的有\s*[（(]|包括/;
/** Words before a list that only say how it is put (主要包括, 由轻到重). */
const LIST_LEAD = /^(?:主要|一般)?(?:包括|有|是|为)?(?:由轻到重|由低到高|从低到高|从轻到重)?[：:，,]?/;

const pairs = (text: string) => {
  const t = alignable(text).replace(/[，,。；;、：:（）()\s]/g, '');
  return t.length < 2 ? [t] : [...t].slice(0, -1).map((c, k) => `${c}${t[k + 1]}`);
};
const share = (text: string, within: string) => {
  const own = pairs(text);
  const w = alignable(within);
  return own.filter((p) => w.includes(p)).length / Math.max(own.length, 1);
};
const squashed = (text: string) => alignable(text).replace(/[，,。；;、：:（）()\s的]/g, '');

/** The items a sentence enumerates after its colon, and what it says is excluded (不得用于…). */
function listOf(sentence: string): { items: string[]; excluded: string[]; text: string } | undefined {
  const colon = sentence.search(/[：:]/);
  if (colon < 0) return undefined;
  const rest = sentence.slice(colon + 1);
  const [listed, ...after] = rest.split(/[；;。]/);
  const items = listed!
    .replace(LIST_LEAD, '')
    .split(/[、，,]/)
    .map((i) => i.trim())
    .filter((i) => i.length >= 2);
  if (items.length < 3) return undefined;
  const excluding = after.find((a) => /不得|不能|不准|禁止/.test(a)) ?? '';
  const excluded = excluding
    .replace(/^.*?(?:不得|不能|不准|禁止)(?:用于|用作|作为)?/, '')
    .split(/[、，,]|等/)
    .map((i) => i.trim())
    .filter((i) => i.length >= 2);
  return { items, excluded, text: listed! };
}

/** The options of a 多选 that the fact's list holds; undefined unless every option is clearly in it or clearly not. */
export function judgeByList(pasted: PastedQuestion, sentence: string): number[] | undefined {
  const many = pasted.declaredType === '多选' || (pasted.declaredType !== '单选' && MANY.test(pasted.stem));
  if (!many || pasted.options.length < 3 || truthOptions(pasted.options) || NEGATIVE_CHOICE.test(pasted.stem)) return undefined;
  const list = listOf(sentence);
  if (!list) return undefined;
  const picked: number[] = [];
  // Options of one form (政治纪律、宣传纪律…) that items have too: an option is absent when its own part is (宣传).
  const formed = commonEnding(pasted.options.map(squashed));
  const ending = list.items.filter((item) => squashed(item).endsWith(formed)).length >= 2 ? formed : '';
  for (const [i, option] of pasted.options.entries()) {
    const o = squashed(option);
    // An item word for word (警告 is an item; 严重警告 is another one, not 警告), or with one character mistyped
    // (留党察肴, 撒销党内职务) where the item is long enough for that to be a typo and not another word.
    if (list.items.some((item) => squashed(item) === o || oneTypo(squashed(item), o))) {
      picked.push(i);
      continue;
    }
    const excluded = list.excluded.some((x) => share(x, option) >= 0.5 || o.includes(squashed(x)));
    const own = ending && o.endsWith(ending) && o.length > ending.length ? o.slice(0, -ending.length) : option;
    const absent = share(own, sentence) <= 0.2;
    if (!excluded && !absent) return undefined;
  }
  return picked.length >= 2 ? picked : undefined;
}

/** Whether two words of four characters or more differ in one character only, at the same place. */
function oneTypo(item: string, option: string): boolean {
  if (item.length !== option.length || item.length < 4) return false;
  return [...item].filter((c, k) => c !== option[k]).length === 1;
}

/** The last characters every one of the words shares (纪律 of 政治纪律、组织纪律…), two or more, or ''. */
function commonEnding(items: string[]): string {
  if (items.length < 3 || items.some((i) => i.length === 0)) return '';
  let n = 0;
  while (items.every((i) => i.length > n + 1 && i.at(-n - 1) === items[0]!.at(-n - 1))) n++;
  return n >= 2 ? items[0]!.slice(-n) : '';
}

/**
 * A 单选 asking which option is not an item of the list (不属于党纪处分种类的是): the one option that is not,
 * when every other option is an item word for word and that one is plainly not in the sentence or is in what
 * it excludes. Anything in between abstains.
 */
export function judgeOddOneOut(pasted: PastedQuestion, sentence: string): number | undefined {
  if (pasted.declaredType === '多选' || pasted.options.length < 3 || truthOptions(pasted.options)) return undefined;
  const list = listOf(sentence);
  if (!list) return undefined;
  const outside = pasted.options.flatMap((option, i) => (list.items.some((item) => squashed(item) === squashed(option)) ? [] : [i]));
  if (outside.length !== 1) return undefined;
  const option = pasted.options[outside[0]!]!;
  const excluded = list.excluded.some((x) => share(x, option) >= 0.5 || squashed(option).includes(squashed(x)));
  return excluded || share(option, sentence) <= 0.2 ? outside[0] : undefined;
}
