import { type Fact, loadFacts } from '../facts/facts';
import { tokenize } from '../search/tokenize';
import { alignable } from './cloze';
import { asksNegatively, type PastedQuestion, truthOptions } from './paste';

/**
 * A 多选 asking which options are (or are not) among what a fact lists — 党费可以用于…, 预备党员不享有的权利,
 * 可以从轻处分的情形 — judged item by item, with the fact's own polarity: what it says is so (用于培训党员, 可以参加党的
 * 会议) and what it says is not (不得用于发奖金, 没有表决权). An option is in a list when an item states most of it, or
 * when it holds a whole item (年终奖金 holds 奖金); it is outside every list when none of its words but the
 * domain's commonest is in the fact. An option between the two, or in both, leaves the question unanswered: the
 * answer is suggested only when every option is clearly placed.
 */

/** An option this much stated by one item is that item. */
const STATED = 0.7;
/** Words of the fact's that say what follows is not so. */
const NOT = /不得|不能|不准|禁止|没有|不算|不属于|不是|不包括|不给予|不用|不再/;
/** An asking clause for what is not so (不享有的权利有, 不享有下列哪些权利, 不能担任…的有). */
const NOT_ASKED = /不(?:享有|属于|能|可以|可|符合|应|需|得|是|包括)|没有|无权|错误|不正确|不对/;
const MANY = /哪些|哪几|的有|包括|多选/;

const pairsOf = (text: string) => {
  const t = alignable(text).replace(/[\s，,。；;、：:（）()“”"的]/g, '');
  return t.length < 2 ? [] : [...t].slice(0, -1).map((c, k) => `${c}${t[k + 1]}`);
};

let common: Set<string> | undefined;
/** Character pairs in more than one fact in twelve (党员, 支部, 组织): they place no option. */
function commonPairs(facts?: readonly Fact[]): Set<string> {
  if (common) return common;
  facts ??= loadFacts();
  const df = new Map<string, number>();
  for (const f of facts) for (const p of new Set(pairsOf(f.a))) df.set(p, (df.get(p) ?? 0) + 1);
  common = new Set([...df].filter(([, n]) => n > facts.length / 12).map(([p]) => p));
  return common;
}

interface Item {
  text: string;
  negative: boolean;
}

const bare = (text: string) => alignable(text).replace(/[\s，,。；;、：:（）()“”"的]/g, '');

/**
 * The fact's listed items (a clause of three or more, or a clause that says what is not so), each with whether the
 * fact says it is so or is not.
 */
function itemsOf(sentence: string, singles = false): Item[] {
  const out: Item[] = [];
  // Who may and who may not (预备党员不能当入党介绍人，受留党察看处分…的党员也不能当；一般由培养联系人担任): with
  // `singles`, a clause of one item is an item too, said not to be so when it has a negation.
  if (singles)
    for (const clause of sentence.split(/[，,；;。：:]/)) {
      const parts = clause.split(/[、]|和|及|或者|或/);
      if (parts.length !== 1 || clause.trim().length < 4) continue;
      const text = clause
        .replace(NOT, '')
        .replace(/^(?:但|也|还|仍然|仍|可以|必须|要|应当|一般|主要有|包括|用于)+/, '')
        // 由培养联系人担任: who it is, not the verb.
        .replace(/^由(.+?)(?:担任|指定|负责)$/, '$1')
        .trim();
      if (text.length >= 2) out.push({ text, negative: NOT.test(clause) });
    }
  // A list after a colon whose items are clauses of their own (必谈的时机：召开组织生活会之前；党员受到纪律处分之后；…);
  // the last colon, where a heading has one too (党费使用：党费必须用于党的活动，主要用于：培训党员；…).
  const colon = Math.max(sentence.lastIndexOf('：'), sentence.lastIndexOf(':'));
  const listed =
    colon >= 0
      ? sentence
          .slice(colon + 1)
          .split(/[；;。]/)
          .filter((c) => c.trim().length >= 2)
      : [];
  if (listed.length >= 3)
    for (const clause of listed) {
      const said = clause.replace(/^(?:但|也|还)/, '').trim();
      const negative = /^(?:不得|不能|不准|禁止|没有|不算|不属于|不是)/.test(said);
      // What is not so, without the words saying it is not (不得用于发奖金 → 发奖金).
      const text = negative ? said.replace(/^(?:不得|不能|不准|禁止)(?:用于|用作)?/, '') : said;
      // 党员思想波动或工作生活遇到较大困难时: each of its alternatives is an item too.
      for (const part of [text, ...text.split(/或者|或|、/)]) if (part.trim().length >= 2) out.push({ text: part.trim(), negative });
    }
  for (const clause of sentence.split(/[，,；;。：:]/)) {
    const negative = NOT.test(clause);
    const parts = clause.split(/[、]|和|及|或者|或/);
    // A list of three or more; two when written as one (参加党的会议、发表意见) or said not to be so.
    if (parts.length < (negative || clause.includes('、') ? 2 : 3)) continue;
    for (const part of parts) {
      const text = part
        .replace(NOT, '')
        .replace(/^(?:但|也|还|仍然|仍|可以|必须|要|应当|主要有|包括|用于)+/, '')
        .trim();
      if (text.length >= 2) out.push({ text, negative });
    }
  }
  return out;
}

/** Share of a text's character pairs found in another; the domain's commonest are left out unless they are all it has. */
const share = (text: string, within: string, skip: Set<string>) => {
  const all = pairsOf(text);
  const own = all.some((p) => !skip.has(p)) ? all.filter((p) => !skip.has(p)) : all;
  if (own.length === 0) return 0;
  const w = bare(within);
  return own.filter((p) => w.includes(p)).length / own.length;
};

const NONE = new Set<string>();
const denies = (text: string) =>
  /拒不|不|没有|未|无/.test(text.replace(/不得|不能|不准|禁止|不算|不属于|不是|不包括|不给予|不用|不再/g, ''));

const APPROVES = /批准|审批|核准/;
const GOES_UP = /报[^；;。]{0,12}批准/;

type Place = 'in' | 'not' | 'absent' | 'unclear';

/** Where the fact puts one option: in what it says is so, in what it says is not, nowhere, or unclear. */
function place(option: string, items: Item[], sentence: string, skip: Set<string>): Place {
  const o = bare(option);
  const placed = new Set<boolean>();
  let denied = false;
  for (const item of items) {
    const i = bare(item.text);
    // Stated: most of the option in the item, or most of a longer item in the option; what the fact says is not so
    // (奖金) is also found held whole in an option (年终奖金).
    const part = share(option, item.text, skip);
    // Most of the option in the item, or half of it with its leading verb (参加党的有关会议 → 可以参加党的会议).
    const stated =
      part >= STATED ||
      // Every word of the item in the option, in other order or with words around it (举办党员培训班 for 培训党员).
      wordsOfItemIn(item.text, option) ||
      (share(option, item.text, NONE) >= 0.5 && o.length >= 4 && i.includes(o.slice(0, 2))) ||
      (i.length >= 4 && share(item.text, option, skip) >= STATED) ||
      (item.negative && o.includes(i));
    // An option that denies what the item says (拒不退赔违纪所得 against 退赔违纪所得) is not that item; unless another
    // item, with the option's own denial, places it (受留党察看处分、尚未恢复党员权利的 is two items, the second with its
    // own 未).
    if (stated && denies(o) !== denies(i)) {
      denied = true;
      continue;
    }
    // An option approving what the item only discusses or decides (批准对党员的纪律处分 against 讨论决定…纪律处分) claims
    // another power (one sending it up, 报上一级党委批准, claims none): a higher body's where the sentence says the
    // item goes up for approval (报上级党组织批准), else one the list does not give either way.
    if (stated && APPROVES.test(o.replace(GOES_UP, '')) && !APPROVES.test(i.replace(GOES_UP, ''))) {
      if (GOES_UP.test(bare(sentence))) placed.add(true);
      else denied = true;
      continue;
    }
    if (stated) placed.add(item.negative);
  }
  if (placed.size === 2 || (denied && placed.size === 0)) return 'unclear';
  if (placed.size === 1) return placed.has(true) ? 'not' : 'in';
  // Words of a list's lead-in (党费必须用于党的活动：) are not an item: an option sharing only them (支部活动后聚餐) is
  // in none of the items.
  const colon = Math.max(sentence.lastIndexOf('：'), sentence.lastIndexOf(':'));
  const listed = colon >= 0 && items.length >= 3 ? sentence.slice(colon + 1) : sentence;
  return share(option, listed, skip) === 0 ? 'absent' : 'unclear';
}

/** Whether every word of an item (two or more words of two characters or more) is in the option. */
function wordsOfItemIn(item: string, option: string): boolean {
  const words = tokenize(item).filter((w, _k, all) => w.length >= 2 && !all.some((o) => o !== w && o.includes(w)));
  const o = bare(option);
  return words.length >= 2 && words.every((w) => o.includes(bare(w)));
}

/** The options the fact's lists place as the stem asks (所列的 / 不享有的), or undefined when any is unclear. */
export function judgeByItems(pasted: PastedQuestion, sentence: string): number[] | undefined {
  if (!itemsAsked(pasted)) return undefined;
  const negative = negativeAsk(pasted);
  const skip = commonPairs();
  const items = itemsOf(sentence);
  if (items.length === 0) return undefined;
  const places = pasted.options.map((o) => place(o, items, sentence, skip));
  return decide(places, items, negative, pasted.options.length, saysOthers([sentence]));
}

/** Whether a 多选 is one judgeByItems reads: several answers asked, options to place rather than cases to count. */
function itemsAsked(pasted: PastedQuestion): boolean {
  const many = pasted.declaredType === '多选' || (pasted.declaredType !== '单选' && MANY.test(pasted.stem));
  if (!many || pasted.options.length < 3 || truthOptions(pasted.options)) return false;
  // A number in an option (连续七个月, 两个月) is a case to be counted, not an item to be found.
  return !pasted.options.some((o) => /\d|[一二三四五六七八九十两半]个?(?:月|年|天|次|人)/.test(o));
}

/** Whether the stem asks for what is not so; how it asks is in its last clause (没有正当理由 earlier is a case). */
function negativeAsk(pasted: PastedQuestion): boolean {
  const asking =
    pasted.stem
      .split(/[，,。；;]/)
      .filter((c) => c.trim())
      .at(-1) ?? '';
  return asksNegatively(asking) || NOT_ASKED.test(asking);
}

/**
 * judgeByItems over several sentences of one place — a fact's summary and the handbook sentences it summarizes
 * (表彰先进 there, 表彰先进基层党组织、优秀共产党员和优秀党务工作者 here): each option placed by the sentences that
 * place it, when none places it otherwise; the sentences that place fewer than half of the options are about
 * something else and are not read. The sentence placing the most options is the one quoted.
 */
export function judgeByItemsIn(
  pasted: PastedQuestion,
  sentences: string[],
  singles = false,
): { picked: number[]; sentence: string } | undefined {
  if (!itemsAsked(pasted)) return undefined;
  const skip = commonPairs();
  const read = sentences.flatMap((sentence) => {
    const items = itemsOf(sentence, singles);
    if (items.length === 0) return [];
    const places = pasted.options.map((o) => place(o, items, sentence, skip));
    const placed = places.filter((p) => p === 'in' || p === 'not').length;
    return placed * 2 > pasted.options.length ? [{ sentence, items, places, placed }] : [];
  });
  if (read.length === 0) return undefined;
  const places = pasted.options.map((_, k): Place => {
    const definite = new Set(read.map((r) => r.places[k]!).filter((p) => p === 'in' || p === 'not'));
    if (definite.size === 1) return [...definite][0]!;
    if (definite.size === 2) return 'unclear';
    return read.every((r) => r.places[k] === 'absent') ? 'absent' : 'unclear';
  });
  const picked = decide(
    places,
    read.flatMap((r) => r.items),
    negativeAsk(pasted),
    pasted.options.length,
    saysOthers(read.map((r) => r.sentence)),
  );
  if (!picked) return undefined;
  const quoted = [...read].sort((a, b) => b.placed - a.placed)[0]!;
  return { picked, sentence: quoted.sentence };
}

/** The options picked once each is placed: undefined when any is unclear, or the lists are about something else. */
function decide(places: Place[], items: Item[], negative: boolean, count: number, others: boolean): number[] | undefined {
  if (places.includes('unclear')) return undefined;
  // What is asked not to be so: what the fact says is not, or, where it says nothing is not (党纪处分有五种：…), what
  // it does not name at all.
  // Most options absent from the lists: the fact is more likely about something else the stem names.
  if (places.filter((p) => p === 'in' || p === 'not').length * 2 <= count) return undefined;
  const saysNot = items.some((i) => i.negative);
  // A fact that lists what is not so (没有表决权、选举权…；其他权利与正式党员相同) need not list all that is: an option
  // it does not name is not known to be outside what is so. Unless it lists both, and the options fall on both sides
  // (two or more in what is so, one or more in what is not: 党费用于培训党员、…；不得用于发奖金): the question is the
  // list's, and an option in neither (聚餐, 买空调) is a distractor written beside it.
  // Not where the sentences say there are others (其他权利与正式党员相同, 培训党员等).
  const both = !others && places.filter((p) => p === 'in').length >= 2 && places.includes('not') && items.some((i) => !i.negative);
  if (!negative && saysNot && places.includes('absent') && !both) return undefined;
  const picked = places.flatMap((p, i) => ((negative ? p === 'not' || (!saysNot && p === 'absent') : p === 'in') ? [i] : []));
  return picked.length > 0 ? picked : undefined;
}
/** Whether, besides what they say is not so (不得用于发放工资、奖金、福利等), the sentences leave room for others (其他, 等). */
function saysOthers(sentences: string[]): boolean {
  return sentences.some((s) => /其他|其余|等(?![级次同于])/.test(s.replace(/(?:不得|不能|不准|禁止|没有)[^；;。]*/g, '')));
}

/**
 * The fact whose lists the options are about, when the stem alone finds none: among the facts whose subject words
 * the stem has (党费), the one whose answer states most of the options, clearly ahead of the next.
 */
export function listFactFor(pasted: PastedQuestion, facts: readonly Fact[]): Fact | undefined {
  const stem = bare(pasted.stem);
  const skip = commonPairs(facts);
  const scored = facts
    .filter((f) => !f.localFile && f.must.every((group) => group.some((w) => stem.includes(bare(w)))))
    .map((f) => ({ f, score: pasted.options.reduce((a, o) => a + share(o, f.a, skip), 0) / pasted.options.length }))
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  return best && best.score >= 0.3 && (!next || next.score <= best.score - 0.1) ? best.f : undefined;
}

/** What makes a clause deny what it says (可以不交纳, 不必参加, 不用): left out, the clause's own content remains. */
// 不 as part of a word (不同, 不断, 不仅, 不少, 不足, 不够) denies nothing.
const CLAUSE_NEGATION = /(?:可以|可|就)?(?:不必|不用|不需要?|无需|无须|不再|不(?![同断仅少足够久管论]))(?=[\u4e00-\u9fff])/g;

/**
 * Whether a clause of a statement says the opposite of what the fact's sentence lists: it holds an item the fact
 * says is not so, with no negation of its own (…从上级党委批准之日起 against 不是从上级批准或转正之日起), or denies an
 * item the fact says is so (在察看期间可以不交纳党费 against 仍要参加组织生活、交纳党费). Only ever false: an item
 * found as the fact says proves nothing of the rest of a statement.
 */
export function contradictsItems(clause: string, sentence: string): boolean {
  const negated = CLAUSE_NEGATION.test(alignable(clause));
  CLAUSE_NEGATION.lastIndex = 0;
  // A clause with any other negation (没有, 未, 非) is not read: what it denies is not told apart from what it says.
  const content = alignable(clause).replace(CLAUSE_NEGATION, '');
  if (/不|没有|未|无|非/.test(content)) return false;
  const items = listedItems(sentence);
  if (items.length === 0) return false;
  const where = place(content, items, sentence, commonPairs());
  if (negated) return where === 'in';
  // What the fact excludes may be said with more words between its own (从上级批准 in 从上级党委批准其为…之日起):
  // every word of two characters or more of the excluded item, in order, is as good as the item.
  return where === 'not' || (where !== 'in' && items.some((i) => i.negative && wordsInOrder(i.text, content)));
}

/** Whether every word (two characters or more, at least two) of an item is in the text, in the item's order. */
function wordsInOrder(item: string, text: string): boolean {
  const words = tokenize(item).filter((w, _k, all) => w.length >= 2 && !all.some((o) => o !== w && o.includes(w)));
  if (words.length < 2) return false;
  let from = 0;
  for (const w of words) {
    const at = text.indexOf(w, from);
    if (at < 0) return false;
    from = at + w.length;
  }
  return true;
}

/** A clause that opens by saying what follows is not so (但仍…, 不是从…, 不得用于…). */
const OPENS_NEGATED = /^(?:但|而|也|并|且)?(?:不得|不能|不准|禁止|没有|不属于|不是|不包括|不再|不用)/;

/**
 * The items a statement's clause is held against: a clause of two items or more, said not to be so when the clause
 * opens with the negation (不得用于发工资、奖金、福利), said to be so when it has none. A negation inside a clause
 * (具体时限手册没有规定) says nothing of its items either way.
 */
function listedItems(sentence: string): Item[] {
  const out: Item[] = [];
  for (const raw of sentence.split(/[，,；;。：:（）()]/)) {
    const clause = raw.trim();
    const negative = OPENS_NEGATED.test(clause);
    if (!negative && NOT.test(clause)) continue;
    const parts = clause.replace(OPENS_NEGATED, '').split(/[、]|和|及|或者|或/);
    if (parts.length < 2) continue;
    for (const part of parts) {
      const text = part.replace(/^(?:但|也|还|仍然|仍|可以|必须|要|应当|主要有|包括|用于|从)+/, '').trim();
      if (text.length >= 2) out.push({ text, negative });
    }
  }
  return out;
}
