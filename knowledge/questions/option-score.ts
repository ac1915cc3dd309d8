import { normalizeForIndex, tokenize } from '../search/tokenize';
import { alignable } from './cloze';
import { negationsOf, squash } from './paste';

/**
 * A graded score for how well a source sentence states a pasted question's answer, so that a suggestion can be
 * made where the strict rules find none, at a confidence measured on a large set (the built-in bank answered as if
 * absent), not tuned to one writer's wording. Every score is in 0..1:
 *   - relevance: the share of the stem's content words (jieba, two characters or more) the sentence has;
 *   - presence: the share of an option's distinguishing words (those no other option has) the sentence has, a
 *     number only with its value (3 is not 13, 5年 not 5个月), and not negated there when the option is not;
 *   - an option's score: the best relevance × presence over the sentences; the margin: the best option's score
 *     less the next option's. A sentence that names two options (3年 for 支部, 5年 for 基层党委) gives no margin.
 *   - a statement's score: the share of its content words that one sentence has, with the same numbers, the same
 *     negations and no clause left out (the least-covered clause counts, not the average).
 * The thresholds on these scores live with the rules that use them (suggest.ts), chosen from the measured curve.
 */

/** Words a share does not count (how a question asks: 下列, 说法, 包括): none unless given. */
const NONE: ReadonlySet<string> = new Set();

/** A source sentence with what it came from. */
export interface Scored<T> {
  score: number;
  at?: T;
}

/** Content words of a text: jieba tokens of two characters or more, whole words only (not the parts search mode adds). */
export function contentWordsOf(text: string): string[] {
  const words = [...new Set(tokenize(text).map((w) => w.replace(/^[要应可就都也还再]/, '')))].filter((w) => w.length >= 2);
  return words.filter((w) => !words.some((o) => o !== w && o.includes(w)));
}

/** Numbers with the unit that follows them (5年, 3个月, 80%), numerals as digits. */
export function numbersWithUnits(text: string): string[] {
  return [...alignable(text).matchAll(/(\d+(?:\.\d+)?)(%|个工作日|个月|学时|小时|周年|[年月日天次人名个岁元票周届项条种级倍])?/g)].map(
    (m) => `${m[1]}${m[2] === '个月' ? '月' : (m[2] ?? '')}`,
  );
}

/** Whether a number (with its unit, if it has one) is in the text, not as part of a larger number. */
function numberIn(value: string, text: string): boolean {
  const [, digits, unit] = /^(\d+(?:\.\d+)?)(.*)$/.exec(value) ?? [];
  if (!digits) return false;
  const found = numbersWithUnits(text);
  return found.some((f) => f === value || (!unit && f.startsWith(digits) && !/\d/.test(f.slice(digits.length, digits.length + 1))));
}

/** The negations right before a word in a text (不得 in 不得参加): whether the text says the word negated. */
const NEGATED_LEAD = /(?:不是|并非|而非|没有|不[得能要准许宜必再可应]?|[非无未没勿禁])[从在由按以对把向于参用]?$/;
function negatedIn(word: string, text: string): boolean {
  const at = text.indexOf(word);
  return at > 0 && NEGATED_LEAD.test(text.slice(Math.max(0, at - 4), at));
}

/** The share of a stem's content words a sentence has. */
export function relevance(stemWords: readonly string[], sentence: string): number {
  if (stemWords.length === 0) return 0;
  const text = normalizeForIndex(sentence);
  return stemWords.filter((w) => text.includes(w)).length / stemWords.length;
}

/** What tells an option from the others: its numbers, and its words no other option has (or its text, if short). */
export function distinguishing(options: readonly string[]): string[][] {
  const words = options.map((o) => contentWordsOf(o));
  return options.map((o, i) => {
    const numbers = numbersWithUnits(o).map((n) => `#${n}`);
    const own = words[i]!.filter((w) => !/\d/.test(w) && !words.some((other, k) => k !== i && other.includes(w)));
    if (numbers.length > 0 || own.length > 0) return [...numbers, ...own];
    // A short option (党委, 半年) cut into no word of its own: the option as a whole.
    const whole = normalizeForIndex(squash(o));
    return whole.length >= 1 ? [whole] : [];
  });
}

/** The share of an option's distinguishing words a sentence says, each as the option says it (negated or not). */
export function presence(own: readonly string[], option: string, sentence: string): number {
  if (own.length === 0) return 0;
  const text = normalizeForIndex(sentence);
  const optionNegated = negationsOf(option).length > 0;
  const found = own.filter((w) => {
    if (w.startsWith('#')) return numberIn(w.slice(1), sentence);
    return text.includes(w) && negatedIn(w, text) === optionNegated;
  });
  return found.length / own.length;
}

/** Each option's score against the sentences, the best option (its index and score) and its margin over the next. */
export function scoreOptions<T extends { text: string }>(
  stemWords: readonly string[],
  stemNumbers: readonly string[],
  options: readonly string[],
  sentences: readonly T[],
): { scores: Scored<T>[]; best: number; top: number; margin: number } {
  const own = distinguishing(options);
  // A sentence on another case (不足3人 for a stem's 不足7人, 第一种 for 第三种) is not about the stem.
  const rel = sentences.map((s) => (stemNumbers.every((n) => numberIn(n, s.text)) ? relevance(stemWords, s.text) : 0));
  const scores = options.map((o, i) => {
    let best: Scored<T> = { score: 0 };
    sentences.forEach((s, k) => {
      const score = rel[k]! * presence(own[i]!, o, s.text);
      if (score > best.score) best = { score, at: s };
    });
    return best;
  });
  const order = scores.map((s, i) => ({ s: s.score, i })).sort((a, b) => b.s - a.s);
  const best = order[0]?.i ?? -1;
  const top = order[0]?.s ?? 0;
  return { scores, best, top, margin: order.length > 1 ? top - order[1]!.s : top };
}

/**
 * How fully one sentence states a statement: for each of its clauses the share of its content words the sentence
 * has, the least of them (a clause the sentence does not say is not stated); 0 when a number of the statement is
 * not the sentence's, or a word the statement says plainly the sentence says negated (不能用会议通知代替), or the
 * other way round.
 */
export function statedShare(statement: string, sentence: string, ignore: ReadonlySet<string> = NONE): number {
  const numbers = numbersWithUnits(statement);
  if (numbers.some((n) => !numberIn(n, sentence))) return 0;
  const text = normalizeForIndex(sentence);
  const own = normalizeForIndex(statement);
  const clauses = statement
    .split(/[，,。；;！!？?]/)
    .map((c) => contentWordsOf(c).filter((w) => !ignore.has(w)))
    .filter((w) => w.length > 0);
  if (clauses.length === 0) return 0;
  const words = clauses.flat();
  if (words.some((w) => text.includes(w) && negatedIn(w, text) !== negatedIn(w, own))) return 0;
  // Each clause of the sentence that says a word of the statement negates as often as the statement: 还不是党员，
  // 不交纳党费 and 也不能用会议通知代替 deny what they name.
  // compared with the statement's clause that shares most words with it (受警告处分的党员，一年内不得提升 negates
  // its second clause only).
  const ownClauses = statement.split(/[，,。；;！!？?]/).filter((c) => contentWordsOf(c).length > 0);
  const parityOf = (c: string) => {
    const shared = (o: string) => contentWordsOf(o).filter((w) => c.includes(w)).length;
    const nearest = ownClauses.reduce((a, o) => (shared(o) > shared(a) ? o : a), ownClauses[0]!);
    return negationsOf(nearest).length % 2;
  };
  const saying = text.split(/[，,。；;：:]/).filter((c) => words.some((w) => c.includes(w)));
  if (saying.length === 0 || saying.some((c) => negationsOf(c).length % 2 !== parityOf(c))) return 0;
  return Math.min(...clauses.map((c) => c.filter((w) => text.includes(w)).length / c.length));
}

/** Terms of one kind a rule states exactly one of: the statement's term replaced by another is another rule. */
const TERM_KINDS: RegExp[] = [
  /每个?(?:月|季度|半年|年|周|星期)/g,
  /批准|备案|审批|审查/g,
  /正式党员|预备党员|入党积极分子|发展对象/g,
  /严重警告|警告|撤销党内职务|留党察看|开除党籍/g,
  /党员大会|支部委员会|支委会|党小组|党委|上级党组织|中央/g,
  /半数|三分之二|五分之四|三分之一/g,
  /以上|以下|不超过|不少于|超过|不足|至少|最多|最长|最短/g,
  // Pairs a rule names one of, which a stranger swaps (自然日 for 工作日, 流入地 for 流出地, 实到会 for 应到会).
  /工作日|自然日/g,
  /流出地|流入地/g,
  /应到会|实到会|实际到会/g,
];
function termsOf(text: string, kind: RegExp): string[] {
  return [...alignable(text).matchAll(kind)].map((m) =>
    m[0].replace(/个/, '').replace('支委会', '支部委员会').replace('实际到会', '实到会'),
  );
}

export type Denial = 'value' | 'term' | 'polarity';

/**
 * A clause's polarity, a bound's own 不 aside: 最长不超过一年 says what 最长一年 and 至多一年 say (an upper bound), not
 * the opposite; a bare 超过 keeps its meaning and 不超过 alone stays a negation of it.
 */
const UPPER_BOUND = /(?:最长|最多|至多)(?:不得|不能|不应|不)超过/g;
const polarity = (text: string) => negationsOf(text.replace(UPPER_BOUND, '最多')).length % 2;

/**
 * How fully one sentence denies a statement: one clause of the sentence says a clause of the statement otherwise —
 * another value with the same unit (5年 for 3年), another term of the same kind (批准 for 备案, 党委 for 支部委员会)
 * and not the statement's own, or the opposite polarity (negated an odd number of times more) — and the sentence
 * speaks of the whole statement: the share is the least share of a statement clause's words the sentence has (the
 * denied words not counted). 0 when no clause of the sentence says one of the statement's otherwise.
 */
export function deniedShare(statement: string, sentence: string, ignore: ReadonlySet<string> = NONE): { share: number; denial?: Denial } {
  const clauses = statement
    .split(/[，,。；;！!？?]/)
    .map((c) => ({ c, words: contentWordsOf(c).filter((w) => !ignore.has(w)) }))
    .filter((c) => c.words.length > 0);
  if (clauses.length === 0) return { share: 0 };
  const parts = sentence.split(/[，,。；;：:！!？?]/).filter((p) => p.trim().length > 0);
  let denial: Denial | undefined;
  let denied: string[] = [];
  for (const { c, words } of clauses) {
    for (const part of parts) {
      const text = normalizeForIndex(part);
      const said = words.filter((w) => text.includes(w));
      if (said.length < Math.max(1, words.length / 2)) continue;
      const numbers = numbersWithUnits(c);
      const theirs = numbersWithUnits(part);
      const off = numbers.filter((n) => {
        const unit = n.replace(/^[\d.]+/, '');
        return unit !== '' && !numberIn(n, part) && theirs.some((t) => t !== n && t.replace(/^[\d.]+/, '') === unit);
      });
      if (off.length > 0) {
        denial = 'value';
        denied = words.filter((w) => /\d|[一二两三四五六七八九十半]/.test(w));
        break;
      }
      const term = TERM_KINDS.find((kind) => {
        const mine = termsOf(c, kind);
        const other = termsOf(part, kind);
        return mine.length > 0 && other.length > 0 && mine.every((t) => !other.includes(t));
      });
      if (term) {
        denial = 'term';
        denied = words.filter((w) => termsOf(w, term).length > 0 || termsOf(c, term).some((t) => w.includes(t) || t.includes(w)));
        break;
      }
      // A condition (不按规定交纳党费的, 如果…) is not what the sentence claims.
      const condition = /的$|^(?:如果|若|凡|对)/.test(part.trim());
      if (!condition && said.length >= Math.max(2, words.length * 0.6) && polarity(c) !== polarity(part)) {
        denial = 'polarity';
        denied = words.filter((w) => !text.includes(w));
        break;
      }
    }
    if (denial) break;
  }
  if (!denial) return { share: 0 };
  const whole = normalizeForIndex(sentence);
  const share = Math.min(
    ...clauses.map(({ words }) => {
      const counted = words.filter((w) => !denied.includes(w));
      return counted.length === 0 ? 1 : counted.filter((w) => whole.includes(w)).length / counted.length;
    }),
  );
  return { share, denial };
}

/** How fully a sentence says an option is one of what the stem asks: relevance × the option's own words there. */
export function itemScore(stemWords: readonly string[], option: string, sentence: string): number {
  const words = [...numbersWithUnits(option).map((n) => `#${n}`), ...contentWordsOf(option).filter((w) => !/\d/.test(w))];
  const own = words.length > 0 ? words : [normalizeForIndex(squash(option))];
  // An item of a list the sentence negates (没有表决权、选举权和被选举权) is not said to be one.
  const clause = sentence.split(/[，,。；;：:]/).find((c) => own.some((w) => normalizeForIndex(c).includes(w.replace(/^#/, ''))));
  if (clause && negationsOf(clause).length % 2 !== negationsOf(option).length % 2) return 0;
  return relevance(stemWords, sentence) * presence(own, option, sentence);
}
