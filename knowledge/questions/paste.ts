import { normalizeInput } from '../text/normalize';
import { optionOfForm } from './alternative-option';
import { sameWording } from './bank-wording';
import { alignable, numeralValue, QUESTION_WORD } from './cloze';
import { differentKinds } from './kinds';
import { withoutLeadBeforeNumber } from './lead-before-number';
import { cleanPaste, withoutTruthTail } from './paste-noise';
import type { QuestionTypeName, TemplateQuestion } from './template';

/**
 * Matching a question pasted from a practice paper against a bank: the paste is split into stem and options
 * (numbering, type markers and inline or one-per-line options tolerated), candidates come from a character
 * bigram index over stems and options, and a candidate only counts as "the bank's question" when it agrees
 * with the paste: the same kind of question (options or none; the declared type when there is one), every
 * bank option found among the pasted ones, no number the bank does not have and the same polarity
 * ("正确的是" / "错误的是"). A similar stem alone is never enough: that is how a 判断 answer once reached a
 * pasted 单选 question.
 */

export interface PastedQuestion {
  stem: string;
  /** Options as the user lettered them: index 0 is the user's A. */
  options: string[];
  /** The type the paste names (（单选题）, 【判断】…), if it names one. */
  declaredType?: QuestionTypeName;
}

export interface PasteMatch {
  question: TemplateQuestion;
  score: number;
  /** Correct options in the user's lettering (empty when the paste had no options). */
  choice: string[];
  /** Correct option texts (or 正确/错误, or the blank's words). */
  answerTexts: string[];
}

/** What the bank says about a paste: its answer, or that the bank's answer is none of the pasted options. */
export type PasteLookup =
  | ({ kind: 'bank' } & PasteMatch)
  | { kind: 'answer-missing'; question: TemplateQuestion; score: number; answerTexts: string[] }
  /** Not the bank's question, but a close one whose answer carries over: only ever offered as "possibly". */
  | ({ kind: 'similar' } & PasteMatch);

// A lowercase letter (c、 typed or scanned for C、) counts at a line's or word's start only, where no word runs on.
// A letter in brackets ((D)表现…, （B）…) is marked too, its opening bracket part of the mark.
const OPTION_MARK = /(?:^|\s|(?<=[。？?！!）)」”：:]))(?:(?<=^|\s)[（(])?([A-F]|(?<=^|\s)[a-f])\s*[、.．:：)）]\s*/g;
// A digit may follow (A 32  B 40  C 48): a run of at least three letters in order is asked for.
const SPACED_OPTION_MARK = /(?:^|\s|(?<=[。？?！!）)」”：:]))([A-F])\s+(?=[^\sA-Za-z])/g;
/** A letter with no mark at all before its option's words (A24元 B48元, A严重警告 B留党察看), after a space or a blank. */
const BARE_OPTION_MARK = /(?:^|\s|(?<=[)）]))([A-F])(?=[^\sA-Za-z.．、:：)）])/g;
/**
 * A letter and its mark right after the previous option's last word (A.一周B.一个月C.三个月, as a copy of an app's
 * screen runs them together): read only as a run of three or more in order, never after a Latin letter (OA.).
 */
const GLUED_OPTION_MARK = /(?<![A-Za-z])([A-F])\s*[、.．:：)）]\s*/g;
/** The type named after the blank, without brackets (哪些地方（ ）多选 A…). */
const INLINE_TYPE = /(?<=[)）])\s*(单选|多选|单项选择|多项选择)题?(?=\s|$)/;
/**
 * A 判断 named after its statement's box at the paste's end (…按期转正 （ ）判断): the type, not the statement's word.
 * Only a box set apart from the statement (by a space or a full stop): a blank inside a sentence (作出（ ）判断) is not it.
 */
const TRUTH_TYPE_AFTER_BOX = /(?<=(?:\s|[。.！!])[(（]\s*[)）])\s*(判断|是非)题?\s*$/;
const TYPE_WORDS: Record<string, QuestionTypeName> = {
  单选: '单选',
  单项选择: '单选',
  单选题: '单选',
  单项选择题: '单选',
  多选: '多选',
  多项选择: '多选',
  多选题: '多选',
  多项选择题: '多选',
  不定项: '多选',
  不定项选择: '多选',
  判断: '判断',
  判断题: '判断',
  是非题: '判断',
  填空: '填空',
  填空题: '填空',
};
// With its score inside the brackets too: （单选题，2分）.
const TYPE_MARK =
  /[（(【[]\s*(单项选择题?|多项选择题?|不定项选择?|单选题?|多选题?|判断题?|是非题|填空题?)\s*(?:[,，、]\s*\d{1,2}(?:\.\d)?\s*分)?\s*[)）】\]]/;
/**
 * A question's number before its stem: 第3题, 3. 3、 3) (3), or a bare number set apart by a space or followed by the
 * type's bracket (25 入党宣誓时…, 8【单选】…), as a paper copied without its punctuation gives it; never a number that
 * a unit follows (6 个月, 3 人以上), which is the stem's own.
 */
const LEADING_NUMBER =
  /^\s*(?:第\s*\d{1,4}\s*题[.、:：\s]*|\d{1,4}\s*[.、．)）:：]\s*|[（(]\s*\d{1,4}\s*[)）]\s*|\d{1,3}(?=[【[]|\s+(?![个人名位年月日天元次岁届周分小时倍%％])[\u4e00-\u9fff【[（(])\s*)/;
/** A paper's section number before its type (一、单项选择题 5.): the type is read, the number is not the question. */
const SECTION_NUMBER = /^[一二三四五六七八九十]{1,3}\s*[、.．]\s*(?=单项选择|多项选择|单选|多选|判断|填空|是非)/;
const TRAILING_ANSWER = /\s*(?:正确)?答案\s*(?:[:：]\s*\S*|[（(]\s*[)）])\s*$/;
/**
 * PDF and app noise in a paste: page headers and footers (第 3 页, 第3页/共12页, - 3 -) that a copy from a PDF
 * leaves between lines.
 */
const PAGE_MARK = /(?:^|\s)(?:第\s*\d{1,3}\s*页(?:\s*[/／,，]?\s*共\s*\d{1,3}\s*页)?|-\s*\d{1,3}\s*-)(?=\s|$)/g;
/**
 * The user's own words after the question (这题选哪个哦, 选哪几个嘛, 这道题咋个选, 这题我选的B对伐, 这个空填几): a
 * question to the helper, not part of the last option or of the stem. Only at the very end, and only when it
 * asks about the choice or the blank (这两个空咋填 too: 咋 reads as 怎么 by then).
 */
const USER_ASIDE =
  /(?:\s|(?<=[。？?！!）)])(?=[这此我请求帮]))(?:这(?:道|个)?(?:题|空)|此题|我(?:选|觉得|认为|填)|请问|求助|帮(?:我|忙)看)?[^。？?A-F()（）]{0,8}?(?:选哪|选什么|选啥|该选|咋个?选|怎么选|怎样选|选的[A-F]{1,5}|填几|填啥|填什么|怎么填|怎样填|对不对|对吗|对伐|对不)[^。]{0,10}$/;

/**
 * What follows the last option on its line after a space, when it is not the option's: the user's words (我觉得D肯定
 * 不对噻, 我们支部每个月都在搞应该是B嘛, 阿伯们都说是三分之二), a score (（本题2分）), a countdown (00:06) or an app's
 * button (确定, 查看提示). Words of an option never begin after a space with these.
 */
const LAST_OPTION_TAIL =
  /\s+[,，]?\s*(?:[（(][^()（）]{0,8}\d+(?:\.\d)?\s*分[)）]|\d{1,2}[:：]\d{2}(?::\d{2})?|确定|提交|查看提示|查看解析|(?:我|我们|俺|咱|阿拉|这个|这题|他们|大家|[^\s]{0,4}(?:都说|觉得|感觉|应该是|怀疑))).*$/;

/**
 * A paper's or an app's heading on the question's own line, before it and set apart by spaces (支部测试卷 第二大题第4小题
 * 主题党日是…, 支部纸质测试 判断第5题 党支部…, 支部自测题 多选第3题 三会一课…): short words naming a test, a part or a
 * question's number, none with a blank or a sentence's punctuation. Its type, if it names one, is the question's.
 */
const HEADING_WORD =
  /测试|测验|试卷|试题|练习|模拟|自测|复习|资料|答题|题库|[大小]题|第\s*[一二三四五六七八九十百\d]{1,4}\s*[题道]|^(?:单项选择|多项选择|单选|多选|判断|填空|是非)题?$/;
function withoutInlineHeading(text: string): { text: string; type?: string } {
  let rest = text;
  let type: string | undefined;
  for (;;) {
    const m = /^(\S{1,16})\s+/.exec(rest);
    if (!m || !HEADING_WORD.test(m[1]!) || /[，,。；;：:？?（(_]/.test(m[1]!)) break;
    const after = rest.slice(m[0].length);
    if (after.replace(/\s+/g, '').length < 8) break;
    type = /单项选择|多项选择|单选|多选|判断|填空|是非/.exec(m[1]!)?.[0] ?? type;
    rest = after;
  }
  return type ? { text: rest, type } : { text: rest };
}

export function parsePasted(raw: string): PastedQuestion {
  let text = normalizeInput(cleanPaste(raw)).replace(PAGE_MARK, ' ').trim().replace(SECTION_NUMBER, '').replace(LEADING_NUMBER, '');
  // The user's words or a topic before the question's number on its line (lead-before-number.ts).
  const lead = withoutLeadBeforeNumber(text);
  const heading = withoutInlineHeading(lead.text);
  text = heading.text.replace(LEADING_NUMBER, '');
  const typeMark = TYPE_MARK.exec(text);
  const inlineType = INLINE_TYPE.exec(text);
  const declaredType = typeMark
    ? TYPE_WORDS[typeMark[1]]
    : /^(单项选择|多项选择|单选|多选|判断|填空)题?[:：\s]/.exec(text)
      ? TYPE_WORDS[/^(单项选择|多项选择|单选|多选|判断|填空)/.exec(text)![1]]
      : inlineType
        ? TYPE_WORDS[inlineType[1]]
        : TRUTH_TYPE_AFTER_BOX.test(text)
          ? '判断'
          : (heading.type ?? lead.type)
            ? TYPE_WORDS[(heading.type ?? lead.type)!]
            : undefined;
  text = text
    .replace(TYPE_MARK, ' ')
    .replace(INLINE_TYPE, ' ')
    .replace(TRUTH_TYPE_AFTER_BOX, '')
    .replace(/^(单项选择|多项选择|单选|多选|判断|填空)题?(?:\s*[:：]|\s)\s*/, '')
    .replace(LEADING_NUMBER, '')
    .trim()
    // The colon left after a type and its score are gone (判断（1分）：…).
    .replace(/^[:：]\s*/, '');
  text = text.replace(TRAILING_ANSWER, '').replace(USER_ASIDE, '').trim();
  // 对 / 错 or 对的打√，错的打× after the statement on its line: the paste is a 判断, they are not its words.
  const truthTail = withoutTruthTail(text);
  text = truthTail.text;
  const marks = [...text.matchAll(OPTION_MARK)];
  // Options must run A, B, C… in order to count as options.
  let run: RegExpMatchArray[] = [];
  for (const mark of marks) if (mark[1]!.toUpperCase() === 'ABCDEF'[run.length]) run.push(mark);
  // Letters followed by a space only (A 不符合规定 B 符合…), as apps and PDFs lose the mark: at least A, B and C.
  if (run.length < 2) {
    const spaced: RegExpMatchArray[] = [];
    for (const mark of text.matchAll(SPACED_OPTION_MARK)) if (mark[1] === 'ABCDEF'[spaced.length]) spaced.push(mark);
    if (spaced.length >= 3) run = spaced;
    // Two spaced letters are options only when they are a 判断's two answers (A 正确    B 错误, as an app lays
    // them out on one line): two letters in a sentence (A 级 B 级) are too often words.
    else if (spaced.length === 2 && truthOptions(spacedTexts(text, spaced))) run = spaced;
  }
  if (run.length < 2) {
    const bare: RegExpMatchArray[] = [];
    for (const mark of text.matchAll(BARE_OPTION_MARK)) if (mark[1] === 'ABCDEF'[bare.length]) bare.push(mark);
    if (bare.length >= 3) run = bare;
  }
  if (run.length < 3) {
    const glued: RegExpMatchArray[] = [];
    for (const mark of text.matchAll(GLUED_OPTION_MARK)) if (mark[1] === 'ABCDEF'[glued.length]) glued.push(mark);
    if (glued.length >= 3 && glued.length > run.length) run = glued;
  }
  // Two letters glued to the box or to each other (…召开（）A.正确B.错误, …（ ）A√ B×) are options only when they are
  // a 判断's two answers, as with two spaced ones: the statement's box is then closed, not a blank to fill.
  for (const pattern of run.length < 2 ? [GLUED_OPTION_MARK, BARE_OPTION_MARK] : []) {
    const two: RegExpMatchArray[] = [];
    for (const mark of text.matchAll(pattern)) if (mark[1] === 'ABCDEF'[two.length]) two.push(mark);
    const texts = spacedTexts(text, two);
    if (two.length === 2 && (truthOptions(texts) || (/^[√✓]$/.test(texts[0]!) && /^[×✗]$/.test(texts[1]!)))) {
      run = two;
      break;
    }
  }
  const type = declaredType ?? (truthTail.truth ? '判断' : undefined);
  const base = type ? { declaredType: type } : {};
  if (run.length < 2) return { stem: withoutTailAfterBox(text).trim(), options: [], ...base };
  const options = run.map((mark, i) =>
    text
      .slice(mark.index! + mark[0].length, i + 1 < run.length ? run[i + 1].index : undefined)
      .trim()
      .replace(i + 1 === run.length ? LAST_OPTION_TAIL : /$^/, '')
      .trim()
      .replace(/[；;。]$/, ''),
  );
  // A box for the answer after the question's end (…的有（ ）（ ）, …学时。（ ）) is no blank of its own.
  const stem = text
    .slice(0, run[0].index)
    .trim()
    .replace(/(?<=[)）。？?])\s*[（(]\s*[)）]$/, '');
  return { stem, options, ...base };
}

/**
 * What follows the answer box closing a statement on its line (…不超过7人。（ ） 我们村刚好7个, …图案。（ ）2分): a score,
 * a page footer or the user's words, not the statement's. Only after a sentence's end and its box, and only when
 * no other blank follows: a blank inside a sentence (…连续（ ）个月…) is the sentence's own. The user's words may
 * follow the box with no space (…。（ ）这个应该是错的吧, …。（ ）对还是错？) when they open as a guess or a plea does.
 */
const TAIL_AFTER_BOX =
  /(?<=[。？?！!]\s*[（(]\s*[)）])(?:\s+|(?=[（(]?\s*\d{1,2}(?:\.\d)?\s*分)|(?=(?:这|那|我|俺|咱|应该|应是|是对|是错|对还是错|错还是对|对不|对吗|对吧|对的吧|错吧|错的吧|请问|求助|帮我)))(?![\s\S]*?(?:[（(]\s*[)）]|[_＿]{2,}))[\s\S]*$/;
const withoutTailAfterBox = (text: string) => text.replace(TAIL_AFTER_BOX, '');

/** The words after each spaced letter of a run, up to the next one. */
const spacedTexts = (text: string, run: RegExpMatchArray[]) =>
  run.map((mark, i) => text.slice(mark.index! + mark[0].length, i + 1 < run.length ? run[i + 1]!.index : undefined).trim());

/** Whether the text looks like an exam question rather than a plain question. */
export function looksLikeExamQuestion(raw: string): boolean {
  const parsed = parsePasted(raw);
  return parsed.options.length >= 2 || parsed.declaredType !== undefined || /（\s*）|\(\s*\)|_{2,}/.test(normalizeInput(raw));
}

const squashed = new Map<string, string>();
/** Text as compared: simplified, half-width, lower case, without blanks, spaces, punctuation or symbols. */
export function squash(text: string): string {
  let out = squashed.get(text);
  if (out !== undefined) return out;
  out = normalizeInput(text)
    .toLowerCase()
    .replace(/（\s*）|\(\s*\)|_+/g, '')
    .replace(/[\s\p{P}\p{S}]/gu, '');
  // Bank options and stems are squashed again for every paste they are a candidate for; traditional-to-simplified
  // conversion is the costly part, so results are kept (bounded, cleared when full).
  if (squashed.size > 300_000) squashed.clear();
  squashed.set(text, out);
  return out;
}

function bigrams(text: string): string[] {
  const s = squash(text);
  if (s.length < 2) return s ? [s] : [];
  const out: string[] = [];
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Share of the text's character bigrams that occur in the passage (how much of an option a passage states). */
export function bigramCoverage(text: string, passage: string): number {
  const grams = bigrams(text);
  if (grams.length === 0) return 0;
  const squashed = squash(passage);
  return grams.filter((g) => squashed.includes(g)).length / grams.length;
}

function dice(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const g of a) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of b) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

function levenshtein(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Math.max(a.length, b.length);
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

const NUMERALS = /[0-9零〇一二两三四五六七八九十百千万半]+/g;
/** Numbers a text states, Chinese numerals as digits (五 = 5); a paste naming a number the bank's question does not is another question. */
export const numeralsOf = (text: string) =>
  (squash(text).match(NUMERALS) ?? []).map((n) => (/^[零〇一二两三四五六七八九十百千]+$/.test(n) ? String(numeralValue(n)) : n));
/** The negation characters of a text, in order: a statement with one more or one fewer says the opposite. */
export const negationsOf = (text: string) => (squash(text).match(NEGATIONS) ?? []).join('');
/**
 * Whether two statements deny alike: the same negations, each before the same thing. 有表决权和选举权，但没有被选举权
 * has the one 没 of 没有表决权、选举权和被选举权 and says the opposite of it: what follows a negation (its next four
 * characters, a modal after it aside) must share a pair of characters with what follows the other's.
 */
export function sameNegations(a: string, b: string): boolean {
  if (negationsOf(a) !== negationsOf(b)) return false;
  const heads = (text: string) => [...squash(text).matchAll(/[不非无未没否勿禁][有能得可应是要须用]?(.{1,4})/g)].map((m) => m[1]!);
  const [ha, hb] = [heads(a), heads(b)];
  const pairs = (t: string) => Array.from({ length: Math.max(1, t.length - 1) }, (_, k) => t.slice(k, k + 2));
  return ha.every((h, k) => pairs(h).some((p) => hb[k]?.includes(p)));
}
/** Stems that ask for the wrong statement, the exception, the thing that is not… flip the answer. */
export const NEGATIVE_ASK =
  /不正确|错误|不属于|不是|不包括|不应|不得|不能|除外|以外|之外|不符合|不需要|无需|无须|不必|不可以|不要|不宜|没有/;
const NEGATIONS = /[不非无未没否勿禁]/g;
/**
 * Only the ways a choice stem asks for the exception (不正确的是, 不属于, 除…外): narrower than
 * {@link NEGATIVE_ASK}, which also catches a negation that is part of the content (没有正当理由, 不得超过).
 */
export const NEGATIVE_CHOICE =
  /不正确|错误的(?:是|有|一项)|说法错误|做法错误|不属于|不包括|不包含|除.{0,20}(?:外|以外|之外)(?!\s*[，,]?\s*(?:还|也|同时))|不符合[^，,。；;]{0,16}的(?:是|有|一项)|哪.{0,3}不是|不是.{0,12}[（(]\s*[)）]$|不[^，,。；;]{0,10}的(?:是|有|一项)\s*(?:[（(]\s*[)）])?\s*[？?]?$/;

/** Whether a stem asks for what is not so, in either list's words (不享有的有 is caught by the narrower one only). */
export const asksNegatively = (stem: string) => NEGATIVE_ASK.test(squash(stem)) || NEGATIVE_CHOICE.test(normalizeInput(stem));

/** The bounds a text puts on its numbers: `>5000` for 超过5000元 or 5000元以上, `<3000` for 不足3000元 or 3000元以下. */
export function boundsIn(text: string): string[] {
  const t = alignable(text);
  return [
    ...[...t.matchAll(/(?:超过|高于|多于|大于)(\d+(?:\.\d+)?)/g)].map((m) => `>${m[1]}`),
    ...[...t.matchAll(/(\d+(?:\.\d+)?)[元人名个年月天次岁]?以上/g)].map((m) => `>${m[1]}`),
    ...[...t.matchAll(/(?:不足|低于|少于|小于|不满)(\d+(?:\.\d+)?)/g)].map((m) => `<${m[1]}`),
    ...[...t.matchAll(/(\d+(?:\.\d+)?)[元人名个年月天次岁]?以下/g)].map((m) => `<${m[1]}`),
  ];
}

/** Whether two texts bound their numbers alike (超过5000元 is another question than 5000元以下). */
const sameBounds = (a: string, b: string) => boundsIn(a).sort().join() === boundsIn(b).sort().join();

/** Whether the paste states a number the bank's text does not (a typo may cut a number short, so a part of one counts). */
export function introducesNumber(pasted: string, bank: string): boolean {
  const own = numeralsOf(bank);
  return numeralsOf(pasted).some((n) => !own.some((o) => o.includes(n)));
}

/** How alike two option texts are, 0..1: equal after normalisation, or a typo apart, but never another number. */
export function optionSimilarity(a: string, b: string): number {
  if (squash(a) === squash(b)) return 1;
  // An aside in brackets on one side only (支部委员会（不设…的由党员大会）) does not make another option; asides
  // that differ (税前 / 税后) do.
  const oneAside = hasAside(a) !== hasAside(b);
  const sa = oneAside ? optionCore(a) : squash(a);
  const sb = oneAside ? optionCore(b) : squash(b);
  if (sa === sb || sameCount(sa, sb)) return oneAside ? 0.9 : 1;
  if (numeralsOf(a).join(',') !== numeralsOf(b).join(',')) return 0;
  const within = containment(sa, sb);
  if (within > 0) return 0.6 + 0.4 * within;
  const shared = dice(bigrams(a), bigrams(b));
  // Long options are told apart well by their bigrams; the edit distance is for short ones, where one typo is
  // a large share of the bigrams (and it would cost quadratic time on long ones).
  const longest = Math.max(sa.length, sb.length);
  if (shared >= OPTION_AGREEMENT || longest < 4 || longest > 24) return shared;
  return Math.max(shared, 1 - levenshtein(sa, sb) / longest);
}

const ASIDE = /[（(][^（）()]{1,40}[)）]/g;

/** Whether a pasted option is the bank's option up to a typo (an aside on one side only set apart, as optionSimilarity does). */
function sameOptionWording(bank: string, pasted: string): boolean {
  if (squash(bank) === squash(pasted)) return true;
  const oneAside = hasAside(bank) !== hasAside(pasted);
  return sameWording(oneAside ? optionCore(bank) : squash(bank), oneAside ? optionCore(pasted) : squash(pasted));
}
const BARE_UNIT = /^([0-9零〇一二两三四五六七八九十百千万半]+)([人名个次年月天日种元项条岁周届]?)$/;
/** Units that count the same thing (3人 = 3名 = 3个, 1天 = 1日); every other unit counts only itself. */
const SAME_UNIT: Record<string, string> = { 名: '人', 个: '人', 日: '天' };
/**
 * Whether two options are one count: the same number with its unit on one side only (3 = 3人) or units that count the
 * same thing. 一天 and 一周 are not one count: the unit was once dropped on both sides, and 一天 was taken for 一周.
 */
function sameCount(a: string, b: string): boolean {
  const x = BARE_UNIT.exec(a);
  const y = BARE_UNIT.exec(b);
  if (!x || !y || x[1] !== y[1]) return false;
  return !x[2] || !y[2] || (SAME_UNIT[x[2]] ?? x[2]) === (SAME_UNIT[y[2]] ?? y[2]);
}
/** Whether an option has an aside in brackets (not an empty blank); only a bracket character makes it possible. */
const hasAside = (t: string) => /[（(]/.test(t) && /[（(][^（）()]{1,40}[)）]/.test(t.replace(/[（(]\s*[)）]/g, ''));

const cores = new Map<string, string>();
/** An option as compared when only one side has an aside: without asides in brackets. */
function optionCore(text: string): string {
  let core = cores.get(text);
  if (core !== undefined) return core;
  // Options are compared with every candidate's for each paste: the stripped form is kept like squash's.
  core = squash(text.replace(ASIDE, '')) || squash(text);
  if (cores.size > 300_000) cores.clear();
  cores.set(text, core);
  return core;
}

/**
 * How much of the longer text the shorter one is when the shorter is the longer with a few characters left out
 * (不交党费 / 不交纳党费, 不参加组织生活 / 不参加党的组织生活): the length ratio, or 0 when it is not such a
 * shortening, is under three characters, or is under 70% of the longer.
 */
function containment(a: string, b: string): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3 || short.length < long.length * 0.7 || long.length > 40) return 0;
  let k = 0;
  for (const c of long) if (k < short.length && c === short[k]) k++;
  return k === short.length ? short.length / long.length : 0;
}

const OPTION_AGREEMENT = 0.6;
const TRUE_OPTION = /^(正确|对|是|√|✓|T|TRUE)$/i;
const FALSE_OPTION = /^(错误|错|否|×|✗|F|FALSE)$/i;

/** Whether the pasted options are just the two truth values (a 判断 question written as a choice). */
export function truthOptions(options: string[]): { true: number; false: number } | undefined {
  if (options.length !== 2) return undefined;
  const t = options.findIndex((o) => TRUE_OPTION.test(squash(o)));
  const f = options.findIndex((o) => FALSE_OPTION.test(squash(o)));
  return t >= 0 && f >= 0 && t !== f ? { true: t, false: f } : undefined;
}

/**
 * Whether the stem has a blank in the sentence (not the （ ） a 判断 question puts after its full stop for the
 * mark): such a paste asks for words, so it is never a true-or-false statement.
 */
export function hasInnerBlank(stem: string): boolean {
  const trimmed = withBlanks(stem).replace(/[。.！!？?]\s*(?:[（(]\s*[)）]\s*)+$/, '');
  return /（\s*）|\(\s*\)|_{2,}|＿{2,}/.test(trimmed);
}

/** Whether a stem is a sentence ended by 。 or ！ with only its answer box after (…处分。（ ）), no blank inside. */
export function closedByBox(stem: string): boolean {
  return !hasInnerBlank(stem) && /[。！!]\s*(?:[（(]\s*[)）]\s*)+$/.test(withBlanks(stem));
}

/** How many blanks a stem has (（）, ( ), ____). */
function blanksIn(stem: string): number {
  return (withBlanks(stem).match(/（\s*）|\(\s*\)|_{2,}|＿{2,}/g) ?? []).length;
}

/** The stem with a closing bracket that closes nothing read as a blank (a typo took its opening half: 第某）季度). */
function withBlanks(stem: string): string {
  let depth = 0;
  let out = '';
  for (const c of normalizeInput(stem)) {
    if (c === '（' || c === '(') depth++;
    if ((c === '）' || c === ')') && depth-- <= 0) {
      depth = 0;
      out += '（）';
      continue;
    }
    out += c;
  }
  return out;
}

/**
 * Whether each stem has a stretch of three or more character pairs the other lacks: another subject in the same
 * frame (支部党员大会 / 党小组会 in "……一般（）召开1次"), whose answer does not carry over.
 */
function substituted(a: string[], b: string[]): boolean {
  const longestMiss = (from: string[], to: string[]) => {
    const have = new Set(to);
    let run = 0;
    let longest = 0;
    for (const g of from) {
      run = have.has(g) ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    return longest;
  };
  return longestMiss(a, b) >= 3 && longestMiss(b, a) >= 3;
}

/** Whether the bank question has as many blanks as the paste asks to fill (a 填空 of two blanks is not a 单选). */
function sameBlanks(pasted: PastedQuestion, question: TemplateQuestion): boolean {
  const asked = hasInnerBlank(pasted.stem) ? blanksIn(pasted.stem) : 0;
  if (asked === 0) return true;
  if (question.type === '填空') return question.answer.split('|').length === asked;
  return asked === 1;
}

/** Which bank types a paste can be, from what it declares and whether it has options. */
function compatibleTypes(pasted: PastedQuestion): QuestionTypeName[] {
  if (truthOptions(pasted.options)) return pasted.declaredType ? [pasted.declaredType] : ['判断', '单选'];
  // Without options a choice question can still be asked (its answer is then given as text), so long as the stem agrees closely.
  // A statement without any blank asks for no words: it is not a 填空.
  // A sentence closed by its full stop and then a box (…应当给予开除党籍处分。（ ）) says all it says: the box is for
  // its mark, so it is a 判断 — a bank question whose blank it fills in (…应当给予（ ）。) does not answer it.
  const open: QuestionTypeName[] = hasInnerBlank(pasted.stem)
    ? ['填空', '单选', '多选']
    : closedByBox(pasted.stem)
      ? ['判断']
      : blanksIn(pasted.stem) > 0
        ? ['判断', '填空', '单选', '多选']
        : ['判断', '单选', '多选'];
  const byShape: QuestionTypeName[] = pasted.options.length >= 2 ? ['单选', '多选'] : open;
  if (!pasted.declaredType) return byShape;
  // A 填空 named as such, its blank inside the sentence and no options: a bank 单选 of the same stem has one correct
  // option, and its words are what the blank takes (an amount, a body) — as when no type is named.
  if (pasted.declaredType === '填空' && pasted.options.length === 0 && hasInnerBlank(pasted.stem)) return ['填空', '单选'];
  return byShape.includes(pasted.declaredType) ? [pasted.declaredType] : [];
}

/** The blank's words, the first variant of each blank, joined as one would say them. */
export function blankWords(answer: string): string {
  const blanks = answer.split('|').map((b) => b.split('/')[0].trim());
  if (blanks.length === 1) return blanks[0];
  return blanks.join('、');
}

/**
 * Pairs every bank option with a distinct pasted option (best pairs first). Returns the pasted index of
 * each bank option, -1 where none is alike enough.
 */
function assignOptions(bankOptions: string[], pastedOptions: string[]): { at: number[]; mean: number } {
  const pairs: { b: number; p: number; s: number; same: boolean }[] = [];
  bankOptions.forEach((bo, b) =>
    pastedOptions.forEach((po, p) => pairs.push({ b, p, s: optionSimilarity(bo, po), same: squash(bo) === squash(po) })),
  );
  // Options that are one order of the same words (滑降-回转-… / 回转-滑降-…) share every bigram and score 1 too: the
  // option worded exactly alike goes first.
  pairs.sort((x, y) => y.s - x.s || Number(y.same) - Number(x.same));
  const at = bankOptions.map(() => -1);
  const taken = new Set<number>();
  let total = 0;
  for (const { b, p, s } of pairs) {
    if (s < OPTION_AGREEMENT || at[b] >= 0 || taken.has(p)) continue;
    at[b] = p;
    taken.add(p);
    total += s;
  }
  return { at, mean: total / Math.max(bankOptions.length, pastedOptions.length, 1) };
}

/**
 * Whether two stems differ by at most a typo: at most two bigrams of each missing from the other. Anything more
 * (another meeting, another period, a reworded clause) may change the answer, so the bank's answer is then only
 * a suggestion.
 */
function nearlySame(a: string[], b: string[]): boolean {
  const missing = (from: string[], to: string[]) => {
    const counts = new Map<string, number>();
    for (const g of to) counts.set(g, (counts.get(g) ?? 0) + 1);
    let n = 0;
    for (const g of from) {
      const left = counts.get(g) ?? 0;
      if (left > 0) counts.set(g, left - 1);
      else n++;
    }
    return n;
  };
  return missing(a, b) <= 2 && missing(b, a) <= 2;
}

/** A bank question read as a statement: its stem with an option or its answer in the blank, true or false. */
export interface BankStatement {
  text: string;
  truth: boolean;
  question: TemplateQuestion;
  /** How alike the question's stem is to the paste's (0..1). */
  similarity: number;
  /**
   * What may be shown as the basis: the question's own correct statement (its stem with its answer in the blank,
   * a 判断 that is 正确), or for a 判断 that is 错误 its explanation. Never `text` when `text` is built from a
   * wrong option: that sentence is in no source.
   */
  quote: string;
}

const BANK_BLANK = /（\s*）|\(\s*\)|_{2,}/g;
/**
 * The stem as a statement with the words in its blanks in order; a question ("多久开一次？") has them in place
 * of its question word. Undefined when the stem does not read as a statement either way.
 */
function filled(stem: string, words: string[]): string | undefined {
  const question = /^(.*?)[？?]\s*(?:（\s*）|\(\s*\)|_{2,})?\s*$/.exec(stem);
  if (question) {
    const word = QUESTION_WORD.exec(question[1]);
    if (!word) return undefined;
    return question[1].slice(0, word.index) + words.join('、') + question[1].slice(word.index + word[0].length);
  }
  let k = 0;
  const out = stem.replace(BANK_BLANK, () => words[Math.min(k++, words.length - 1)] ?? '');
  return k > 0 ? out : `${stem}${words.join('、')}`;
}

export interface PasteIndex {
  /** The bank's answer when a bank question agrees with the paste; undefined otherwise. */
  match(raw: string): PasteMatch | undefined;
  /** Like {@link match}, and also says when the bank's question is there but its answer is none of the pasted options. */
  lookup(raw: string): PasteLookup | undefined;
  /**
   * The bank questions nearest the paste read as statements (each option in the blank, true when it is an answer),
   * for weighing a paste the bank does not hold: evidence, never an answer by itself.
   */
  statements(raw: string): BankStatement[];
  /**
   * The same index with the questions `hide` picks left out (their rows and their statements), without rebuilding it:
   * for asking how a paste would fare were the bank to lack a question.
   */
  hiding(hide: (question: TemplateQuestion) => boolean): PasteIndex;
}

/** Stem similarity a choice question needs when all its options agree, and a question without options needs alone. */
/**
 * Whether a text speaks of 村、社区 bodies (which have rules of their own: 任期5年), of those outside them (村、社区以外的,
 * 非村、社区, 不是村), or of neither.
 */
export function villageOf(text: string): 'village' | 'other' | 'none' {
  if (!/村|社区/.test(text)) return 'none';
  return /以外|除外|非村|非社区|不是村|不是社区|不含村|不包括村/.test(text) ? 'other' : 'village';
}

export const MATCH_THRESHOLD = 0.6;
const OPEN_THRESHOLD = 0.8;
const MISSING_THRESHOLD = 0.85;
const SIMILAR_THRESHOLD = 0.55;
const CONFIDENT_STEM = 0.7;
const SIMILAR_WITH_OPTIONS = 0.4;
const CANDIDATES = 40;
const STATEMENT_SIMILARITY = 0.3;

export function createPasteIndex(questions: TemplateQuestion[]): PasteIndex {
  const stemGrams = questions.map((q) => bigrams(q.stem));
  // Candidates are looked up by stem and options together: many banks reuse one stem ("选择正确的词形") with other options.
  const postings = new Map<string, number[]>();
  questions.forEach((q, i) => {
    for (const g of new Set([...stemGrams[i], ...q.options.flatMap(bigrams)])) {
      const list = postings.get(g);
      if (list) list.push(i);
      else postings.set(g, [i]);
    }
  });

  // Shared counters (one paste at a time): typed arrays instead of a Map keep a lookup free of garbage.
  const counts = new Uint16Array(questions.length);
  const limit = questions.length / 4 + 50;

  /** The questions sharing the most bigrams with the paste, best first (none that `hidden` marks). */
  function topCandidates(grams: Set<string>, hidden?: Uint8Array): number[] {
    const touched: number[] = [];
    for (const g of grams) {
      const list = postings.get(g);
      // Bigrams in a large share of the bank say little and cost much.
      if (!list || list.length > limit) continue;
      for (const i of list) {
        if (hidden?.[i]) continue;
        if (counts[i] === 0) touched.push(i);
        counts[i]++;
      }
    }
    let top = touched;
    if (touched.length > CANDIDATES) {
      // Keep the questions at or above the CANDIDATES-th highest count without sorting them all.
      const histogram = new Uint32Array(grams.size + 2);
      for (const i of touched) histogram[Math.min(counts[i], grams.size + 1)]++;
      let floor = grams.size + 1;
      for (let seen = 0; floor > 0 && seen + histogram[floor] < CANDIDATES; floor--) seen += histogram[floor];
      top = touched.filter((i) => counts[i] >= floor);
    }
    const ranked = top
      .map((i) => [i, counts[i]] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, CANDIDATES)
      .map(([i]) => i);
    for (const i of touched) counts[i] = 0;
    return ranked;
  }

  /**
   * Whether the paste's stem is the bank question's up to a typo: few bigrams apart, as many blanks as the bank's answer
   * fills, and no character that carries the meaning (a number, a negation, a bound, a role…) changed; a 判断's statement
   * not even by a typo. Only then is the bank's answer given as certain.
   */
  function sameStem(pasted: PastedQuestion, grams: string[], i: number): boolean {
    // Squashed text has no blanks: words the paste blanks out (单独建账 / 单独（ ）) show only in the count of blanks
    // (counted as written: a bracket a typo left unclosed is no blank here).
    const blanks = (stem: string) => (normalizeInput(stem).match(/（\s*）|\(\s*\)|_{2,}|＿{2,}/g) ?? []).length;
    // The bank's stem with one of its options in the blank (党小组（）一级党组织 → 党小组是一级党组织), pasted with no blank,
    // options or question mark, is a statement to judge: the words that fill the blank do not answer it.
    // (A bracket left unclosed by a typo, 第某）, still marks the blank.)
    const statement = pasted.options.length === 0 && blanksIn(pasted.stem) === 0 && !/[？?]\s*$/.test(pasted.stem);
    if (statement && questions[i].type !== '判断' && blanks(questions[i].stem) > 0) return false;
    return (
      nearlySame(grams, stemGrams[i]) &&
      blanks(pasted.stem) <= Math.max(1, blanks(questions[i].stem)) &&
      sameWording(squash(questions[i].stem), squash(pasted.stem), questions[i].type !== '判断')
    );
  }

  function judge(pasted: PastedQuestion, grams: string[], i: number, types: QuestionTypeName[]): PasteLookup | undefined {
    const question = questions[i];
    if (!types.includes(question.type)) return undefined;
    const stemScore = dice(grams, stemGrams[i]);
    if (stemScore < 0.45) return undefined;
    if (asksNegatively(pasted.stem) !== asksNegatively(question.stem)) return undefined;
    if (introducesNumber(pasted.stem, question.stem) || !sameBounds(pasted.stem, question.stem)) return undefined;

    if (question.type === '判断' || question.type === '填空') {
      if (stemScore < OPEN_THRESHOLD) return undefined;
      // A 判断 stem carries its truth: one more or one fewer negation is the opposite statement.
      if (question.type === '判断' && !sameNegations(pasted.stem, question.stem)) return undefined;
      const truth = truthOptions(pasted.options);
      // A statement (or a sentence with a blank) reworded beyond a typo may say something else: only "possibly".
      const kind = sameStem(pasted, grams, i) ? 'bank' : 'similar';
      if (question.type === '判断') {
        const choice = truth ? ['ABCDEF'[question.answer === '正确' ? truth.true : truth.false]] : [];
        return { kind, question, score: stemScore, choice, answerTexts: [question.answer] };
      }
      return { kind, question, score: stemScore, choice: [], answerTexts: [blankWords(question.answer)] };
    }

    const correct = [...question.answer].map((l) => 'ABCDEF'.indexOf(l));
    const answerTexts = correct.map((k) => question.options[k]);
    if (pasted.options.length === 0)
      return stemScore >= OPEN_THRESHOLD
        ? { kind: sameStem(pasted, grams, i) ? 'bank' : 'similar', question, score: stemScore, choice: [], answerTexts }
        : undefined;
    const { at, mean } = assignOptions(question.options, pasted.options);
    const score = 0.7 * stemScore + 0.3 * mean;
    if (question.options.length === pasted.options.length && at.every((p) => p >= 0)) {
      if (score < MATCH_THRESHOLD) return undefined;
      // Many questions share one option set (每月/每季度/每年…): the bank's answer is certain only when the stems agree too.
      // Each option as the bank words it, up to a typo: 不按期交纳党费 is not the bank's 按期交纳党费, however alike.
      const kind =
        stemScore >= CONFIDENT_STEM &&
        sameStem(pasted, grams, i) &&
        at.every((p, b) => sameOptionWording(question.options[b]!, pasted.options[p]!))
          ? 'bank'
          : 'similar';
      return { kind, question, score, choice: correct.map((k) => 'ABCDEF'[at[k]]).sort(), answerTexts };
    }
    // The question is the bank's, but the option that answers it is not among those pasted.
    const mapped = at.filter((p) => p >= 0).length;
    if (stemScore >= MISSING_THRESHOLD && mapped >= Math.ceil(pasted.options.length / 2) && correct.every((k) => at[k] < 0)) {
      // The correct option pasted in one of the two forms the bank gives it (alternative-option.ts): only "possibly".
      const form =
        question.type === '单选'
          ? optionOfForm(
              answerTexts[0]!,
              question.options.filter((_, k) => !correct.includes(k)),
              pasted.options,
            )
          : undefined;
      if (form !== undefined)
        return { kind: 'similar', question, score: stemScore, choice: ['ABCDEF'[form]!], answerTexts: [pasted.options[form]!] };
      return { kind: 'answer-missing', question, score: stemScore, answerTexts };
    }
    return undefined;
  }

  /**
   * A bank question close to the paste though not the same (other wording, other distractors): its answer is
   * offered as a hedged suggestion when it carries over unambiguously — the same truth question with the same
   * negations and numbers, or the bank's correct option text found among the pasted options.
   */
  function similar(pasted: PastedQuestion, grams: string[], i: number): PasteLookup | undefined {
    const question = questions[i];
    const stemScore = dice(grams, stemGrams[i]);
    // Options that all pair up with the bank's say "same question" more than wording does: a looser stem is enough.
    const optionsAgree =
      pasted.options.length >= 2 &&
      pasted.options.length === question.options.length &&
      assignOptions(question.options, pasted.options).at.every((p) => p >= 0);
    if (stemScore < (optionsAgree ? SIMILAR_WITH_OPTIONS : SIMILAR_THRESHOLD)) return undefined;
    if (asksNegatively(pasted.stem) !== asksNegatively(question.stem)) return undefined;
    if (introducesNumber(pasted.stem, question.stem) || introducesNumber(question.stem, pasted.stem)) return undefined;
    const declared = pasted.declaredType;
    if (question.type === '判断') {
      if (pasted.options.length > 0 || (declared && declared !== '判断') || hasInnerBlank(pasted.stem)) return undefined;
      if (!sameNegations(pasted.stem, question.stem)) return undefined;
      return { kind: 'similar', question, score: stemScore, choice: [], answerTexts: [question.answer] };
    }
    if (question.type !== '单选' && question.type !== '多选') return undefined;
    if (pasted.options.length < 2 || truthOptions(pasted.options)) return undefined;
    if (declared && declared !== question.type) return undefined;
    const correct = [...question.answer].map((l) => question.options['ABCDEF'.indexOf(l)]);
    const choice: string[] = [];
    for (const text of correct) {
      const close = pasted.options.flatMap((o, k) => (optionSimilarity(text, o) >= 0.8 ? [k] : []));
      if (close.length !== 1) return undefined;
      choice.push('ABCDEF'[close[0]]);
    }
    // A pasted option that is one of the bank's wrong options stays wrong; one the bank does not know might be right.
    const wrongTexts = question.options.filter((o) => !correct.includes(o));
    const unknown = pasted.options.filter(
      (o, k) => !choice.includes('ABCDEF'[k]) && !wrongTexts.some((w) => optionSimilarity(w, o) >= 0.8),
    );
    if (question.type === '多选' && unknown.length > 0) return undefined;
    return { kind: 'similar', question, score: stemScore, choice: [...new Set(choice)].sort(), answerTexts: correct };
  }

  function lookup(raw: string, hidden?: Uint8Array): PasteLookup | undefined {
    const pasted = parsePasted(raw);
    const grams = bigrams(pasted.stem);
    if (grams.length === 0) return undefined;
    const types = compatibleTypes(pasted);
    if (types.length === 0) return undefined;
    const candidates = topCandidates(new Set([...grams, ...pasted.options.flatMap(bigrams)]), hidden);
    let best: PasteLookup | undefined;
    // "Only similar" is offered only for the same case in another wording, asking for as many words.
    // A bank question on 村、社区 bodies (or on those outside them) answers no paste about the others.
    const village = villageOf(pasted.stem);
    const carries = (verdict: PasteLookup, i: number) =>
      (villageOf(questions[i].stem) === 'none' || villageOf(questions[i].stem) === village) &&
      (verdict.kind !== 'similar' ||
        (!substituted(grams, stemGrams[i]) && sameBlanks(pasted, questions[i]) && !differentKinds(pasted.stem, questions[i].stem)));
    for (const i of candidates) {
      const verdict = judge(pasted, grams, i, types);
      if (!verdict || !carries(verdict, i)) continue;
      // A full agreement beats "answer missing" whatever the scores.
      const rank = (v: PasteLookup) => (v.kind === 'bank' ? 2 : v.kind === 'similar' ? 1 : 0);
      if (!best || rank(verdict) > rank(best) || (rank(verdict) === rank(best) && verdict.score > best.score)) best = verdict;
    }
    if (best) return best;
    for (const i of candidates) {
      const verdict = similar(pasted, grams, i);
      if (verdict && carries(verdict, i) && (!best || verdict.score > best.score)) best = verdict;
    }
    return best;
  }

  function statements(raw: string, hidden?: Uint8Array): BankStatement[] {
    const pasted = parsePasted(raw);
    const grams = bigrams(pasted.stem);
    if (grams.length === 0) return [];
    const out: BankStatement[] = [];
    const near = topCandidates(new Set([...grams, ...pasted.options.flatMap(bigrams)]), hidden)
      .map((i) => ({ i, similarity: dice(grams, stemGrams[i]) }))
      .filter((c) => c.similarity >= STATEMENT_SIMILARITY)
      .slice(0, 15);
    for (const { i, similarity } of near) {
      const question = questions[i];
      const base = { question, similarity };
      if (question.type === '判断') {
        const truth = question.answer === '正确';
        const quote = truth ? question.stem : question.explanation.trim() || `题库中的判断题“${question.stem}”答案为错误。`;
        out.push({ text: question.stem, truth, quote, ...base });
      } else if (question.type === '填空') {
        const text = filled(
          question.stem,
          question.answer.split('|').map((b) => b.split('/')[0]),
        );
        if (text) out.push({ text, truth: true, quote: text, ...base });
      } else if (!NEGATIVE_CHOICE.test(normalizeInput(question.stem))) {
        // The question's own correct statement: its stem with every correct option in the blank.
        const correct = question.options.filter((_, k) => question.answer.includes('ABCDEF'[k]));
        const quote = filled(question.stem, [correct.join('、')]);
        if (!quote) continue;
        question.options.forEach((option, k) => {
          const text = filled(question.stem, [option]);
          if (text) out.push({ text, truth: question.answer.includes('ABCDEF'[k]), quote, ...base });
        });
      }
    }
    return out;
  }

  function view(hidden: Uint8Array | undefined): PasteIndex {
    return {
      lookup: (raw) => lookup(raw, hidden),
      statements: (raw) => statements(raw, hidden),
      match(raw) {
        const found = lookup(raw, hidden);
        if (found?.kind !== 'bank') return undefined;
        const { kind: _kind, ...match } = found;
        return match;
      },
      hiding: (hide) => view(Uint8Array.from(questions, (q, i) => (hidden?.[i] || hide(q) ? 1 : 0))),
    };
  }
  return view(undefined);
}
