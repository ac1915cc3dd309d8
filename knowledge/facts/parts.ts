import { askingClauses, asksSomething } from './clauses';
import { doneAgainAt } from './done-again';
import { bareAsElided } from './elided-verb';

/**
 * The part reader: a question that asks two or three things ("党旗是什么样子还有党徽能不能印到瓶子上卖", "1. 谁
 * 批准 2. 多久报一次"), cut into its asking parts, each with the context said before it. The clause reader
 * (clauses.ts) cuts on punctuation and spaces and on question words; this reader first cuts where the asker
 * says a further question begins: a word that opens one (还有, 另外, 再问一下, 顺便问下, 此外) after words that
 * already ask, and the numbers of a numbered list (1. 2., （1）, ①, 第一个问题). matchParts (compound.ts)
 * answers each part with its own fact and says plainly which part no fact answers.
 */

/**
 * Words that open a further question. 还有 is also "still have" (还有没有, 还有几天, 还有两个月就满了): it opens a
 * part only when no question word or figure follows it, and only after words that already ask.
 */
const NEXT_PART =
  /(?:还有个?问题|还有一个?问题|还想问|还要问|再问一下|再问下|再问个|再问|顺便问一下|顺便问下|顺便问|另外问一下|另外问下|另外|此外|还有(?!没|无|哪|什么|啥|多少|多久|多长|几|谁|吗|么|呢|[0-9一二两三四五六七八九十]))/g;

/**
 * The number of an item in a numbered list: （2） and ② wherever they stand; 2. and 第二个问题 only at the start
 * of the text or of a clause (2.5%, 第二次 are not numbers of items).
 */
const ITEM_NUMBER =
  /[（(][1-9一二三四五][)）]|[①-⑨]|(?:^|(?<=[，,。？?；;！!\s：:]))(?:[1-9][.．、)）](?![0-9])|第[一二三四五]个?问题?[是：:，,、]?|问题[1-9一二三四五][：:，,、]?)/g;

/**
 * A question word, an A-not-A verb or a question mark: the words before a NEXT_PART word already ask something. A modal with 不 at
 * the end of a clause asks as 吗 does (能行不, 可以不, 要得不: northern and 西南 speech).
 */
const ASKS =
  /[？?]|吗|呢|么|是不是|是否|能否|可否|([\u4e00-\u9fff])不\1|哪|谁|几|多少|多久|多长|怎|咋|啥|什么|如何|何时|能不能|可不可以|要不要|有没有|(?:行|能|可以|要|得|算|对|够|中|成)不(?=$|[，,。；;？?！!\s])/;

/**
 * A question asked as a noun phrase, a thing and the property asked of it ("党徽的图案", "处分党员的程序",
 * "退休党员党费比例"), a clause of its own right before a word that opens a further question: the asker has said
 * it is a question. Not one the asker tells (我们有自己的程序, 按上级的标准).
 */
const NOUN_QUESTION =
  /(?:^|[，,。；;？?！!])(?![我你他她咱俺按照依据根])[\u4e00-\u9fff]{2,10}(?:程序|流程|步骤|条件|标准|原则|内容|图案|比例|含义|区别|作用|职责|用途|形式)[，,。；;\s]*$/;

/** Where a further question begins, while the text is cut (a character no typed text holds). */
const CUT = '\u0001';

/** A count of people or things ("支部30个党员", "有三个预备党员"): a piece holding one tells how things stand. */
const COUNTED = /\d|[一二两三四五六七八九十]+[个名位人]/;

/** Words that tell rather than ask when a piece opens on them (我们有…, 按上级的…): not a question of its own. */
const TELLS = /^(?:我|你|他|她|咱|俺|按|照|依据|根据|谢谢|麻烦|辛苦)/;

/**
 * The text with a comma where a further question begins and where a numbered item starts. Given the subject words
 * of the facts, a part the asker opens as a further question that asks with no word of its own but names a subject
 * ("…吗，还有支委选举差额比例", "…。再问一下，处分党员的程序") is asked, as the part before it is: it gets 呢, so the
 * clause reader reads it as a question of its own, not as words finishing the question before.
 */
export function markParts(question: string, subjects: readonly string[] = []): string {
  return cutParts(question, subjects)
    .join('')
    .replace(/^[，,]+/, '')
    .replace(/[，,]{2,}/g, '，');
}

/**
 * The parts the asker marks as questions of their own (markParts: after 还有, 另外, 再问一下 …, or numbered), in
 * order; one part for a question with no such mark. A part that names a subject of the facts is its own question:
 * the contrasts another part names (转正 in "…，顺便问下延长考察后转正党龄从何时计算") are not its context.
 */
export function furtherParts(question: string, subjects: readonly string[] = []): string[] {
  return cutParts(question, subjects);
}

function cutParts(question: string, subjects: readonly string[]): string[] {
  // A numbered item is a question of its own, as one opened by 另外 is: a cut, so an item that names a subject and
  // asks with no word of its own ("1、退休党员党费比例；2、…") is asked, not context for the next.
  let out = formalItems(gluedItems(spokenFillers(question))).replace(ITEM_NUMBER, `，${CUT}`);
  let last = 0;
  out = out.replace(NEXT_PART, (word, at: number) => {
    const before = out.slice(last, at);
    // The noun phrase gets 呢, as it is asked, so the clause reader reads it as a question, not as context.
    // Before a word that says a further question is asked (顺便问下, 再问一下, 还想问), the piece said last is asked
    // too when it names a subject and tells nothing ("发展党员十六字方针，顺便问下…").
    const said = before.replace(/[，,。；;！!？?\s]+$/, '');
    const piece = said.slice(Math.max(...[...'，,。；;！!？?'].map((c) => said.lastIndexOf(c))) + 1);
    const noun =
      !ASKS.test(before) && (NOUN_QUESTION.test(before) || (word.includes('问') && !COUNTED.test(piece) && asksAsNoun(piece, subjects)));
    if (!ASKS.test(before) && !noun) return word;
    last = at + word.length;
    return noun ? `呢，${CUT}` : `，${CUT}`;
  });
  // 呢 goes on the words asked, before the mark that ended them ("方针，呢" → "方针呢").
  out = out.replace(/[，,。；;\s]+呢，/g, '呢，');
  return out
    .split(CUT)
    .map((part, i) => (i > 0 && asksAsNoun(part, subjects) ? `${part.replace(/[，,。；;！!？?\s]+$/, '')}呢` : part))
    .filter((part, i) => i === 0 || /[^，,。；;！!？?\s]/.test(part));
}

/**
 * A sound or word voice input keeps between two questions that says nothing (嗯, 呃, 就是, 那个): where the words
 * before it ask, or name a property asked of ("…的图案"), and the words after it ask again, it stands where a comma
 * would ("党费多久交一次嗯谁来收" is two questions). 就是 and 那个 are words too ("最要紧的就是什么", "那个党员能不能
 * 转正"): a filler only where both sides ask on their own.
 */
const FILLER = /(?<=[\u4e00-\u9fff])(?:嗯+|呃+|就是|那个|那啥)(?=[\u4e00-\u9fff])/g;
const ASKED_NOUN_END = /(?:程序|流程|步骤|条件|标准|原则|内容|图案|比例|含义|区别|作用|职责|用途|形式|要求|时限)$/;

function spokenFillers(question: string): string {
  return question.replace(FILLER, (word, at: number, text: string) => {
    const before = text
      .slice(0, at)
      .split(/[，,。；;？?！!：:\s]/)
      .pop()!;
    const after = text.slice(at + word.length).split(/[，,。；;？?！!：:\s]/)[0]!;
    const asks = (piece: string) => ASKS.test(piece) || ASKED_NOUN_END.test(piece);
    return before.length >= 4 && after.length >= 4 && asks(before) && asks(after) ? '，' : word;
  });
}

/**
 * The first clause of each item after the first in the asker's own list ("一是…；二是预备期满不够条件的，谁批准",
 * "1. … 2. …"): where a new item begins, which the clause reader must not read as the end of the item before.
 */
function itemOpenings(question: string): Set<string> {
  const marked = formalItems(gluedItems(question)).replace(ITEM_NUMBER, `，${CUT}`);
  const out = new Set<string>();
  for (const part of marked.split(CUT).slice(1)) {
    const first = part
      .split(/[，,？?；;。!！\s]+/)
      .map((p) => p.trim())
      .find(Boolean);
    if (first) out.add(first);
  }
  return out;
}

/**
 * A list the asker opened with its first number ("1.…", "1 …", "1、…") whose next numbers stand with no mark before
 * them ("1.支委会一年开几次2.党员有哪些权利", voice input or a hurried paste): the next number with the same mark after
 * it, not within a figure, starts an item wherever it stands. A text not opening on a number is returned as it is.
 */
function gluedItems(question: string): string {
  const opening = /^\s*1([.．、)）:：]|\s)(?![0-9])/.exec(question);
  if (!opening) return question;
  const mark = opening[1]!;
  // Each number is written as ITEM_NUMBER reads one, after a comma: "1 " and a glued "2、" are no items to it.
  let out = `1、${question.slice(opening[0].length)}`;
  let from = 2;
  for (let n = 2; n <= 9; n++) {
    const at = findItem(out, String(n), mark, from);
    if (at < 0) break;
    out = `${out.slice(0, at).replace(/[，,。？?；;！!：:\s]+$/, '')}，${n}、${out.slice(at + 1 + mark.length)}`;
    from = out.indexOf(`，${n}、`) + 3;
  }
  return out;
}

/**
 * The items of a list written as a report writes them ("请予明确：一是…；二是…", "其一…，其二…"): each a question of its
 * own, as a numbered item is. Only where the text holds the first two in order, each opening a clause: "一是一，二是二"
 * or a lone "一是" is no list.
 */
const FORMAL_ITEM = /(?:^|(?<=[，,。？?；;！!\s：:]))(?:([一二三四五])是|其([一二三四五])是?[，,、：:]?)(?=[\u4e00-\u9fff])/g;

function formalItems(question: string): string {
  const found = [...question.matchAll(FORMAL_ITEM)].map((m) => m[1] ?? m[2]);
  const first = found.indexOf('一');
  if (first < 0 || found[first + 1] !== '二') return question;
  // Written as ITEM_NUMBER reads a numbered item: a cut with a mark before it.
  return question.replace(FORMAL_ITEM, (_w, a: string | undefined, b: string | undefined) => `（${a ?? b}）`);
}

/** Where the number n followed by the mark stands, not within a figure (12., 2.5). -1 when nowhere. */
function findItem(text: string, n: string, mark: string, from: number): number {
  for (let at = text.indexOf(`${n}${mark}`, from); at >= 0; at = text.indexOf(`${n}${mark}`, at + 1)) {
    if (/[0-9.．]/.test(text[at - 1] ?? '') || /[0-9]/.test(text[at + 1 + mark.length] ?? '')) continue;
    if (/\s/.test(mark) && !/[\u4e00-\u9fff]/.test(text[at + 2] ?? '')) continue;
    return at;
  }
  return -1;
}

/** A further part that names a subject of the facts and asks with no word of its own (nor tells: 我们…, 谢谢…). */
function asksAsNoun(part: string, subjects: readonly string[]): boolean {
  const text = part.replace(/^[，,。；;：:\s]+/, '');
  return !ASKS.test(text) && !TELLS.test(text) && subjects.some((w) => w.length >= 2 && text.includes(w));
}

/**
 * 几 after a plan ("想分几个党小组", "书记说要选几个代表") tells of several, it does not ask how many, when a
 * question follows: such a clause is the context of the part after it.
 */
const PLANS_SEVERAL = /(?:想|打算|准备|计划|说要|决定)[^，]{0,3}几[个名位]/;
const ASKS_BESIDES_SEVERAL = /吗|呢|么|是不是|是否|([\u4e00-\u9fff])不\1|哪|谁|多少|多久|多长|怎|咋|啥|什么|如何|何时/;

/**
 * The asking parts of a (cleaned) question, each with the context clauses said just before it. Given the subject
 * words the facts are about (longest first), two questions typed as one run ("党员大会多久开一次支委会又多久开一
 * 次") are cut where the second subject begins, and a part that names only a new subject ("党课呢", "支委会又如何")
 * is read as the part before asked of it ("党课多久开一次").
 */
export function askingParts(question: string, subjects: readonly string[] = []): string[] {
  // "支部党员大会又是多久" after "支委会多久开一次" asks as "支部党员大会呢" does (elided-verb.ts).
  const said = bareAsElided(dialectEllipsis(question, subjects), subjects);
  const parts = askingClauses(markParts(said, subjects), itemOpenings(said)).flatMap((p) => runOn(p, subjects));
  const out: string[] = [];
  let context = '';
  parts.forEach((part, i) => {
    const last = part.slice(part.lastIndexOf('，') + 1);
    if (i < parts.length - 1 && PLANS_SEVERAL.test(last) && !ASKS_BESIDES_SEVERAL.test(last)) context += `${part}，`;
    else {
      out.push(context + (out.length > 0 ? elided(part, out[out.length - 1]!, subjects) : part));
      context = '';
    }
  });
  return out;
}

/**
 * A question word that finishes what it asks ("多久开一次", "几次", "吗"); what follows may be a new question. 么 only
 * as a particle: in 什么 it is asked of the noun after it ("给他什么处分是谁定的" is one question). 有几个 tells of
 * several ("有几个党员出去打工了，…"), or asks of the noun after it: no question ends there.
 */
const QUESTION_WORD = /多久|多长时间|几次|(?<!有)几个|多少|什么时候|吗|呢|(?<![什怎那这多])么|怎么|谁|哪/;

/** What a second question run on asks with: a question word of its own, not a particle ending the first. */
const ASKS_AGAIN = /多久|多长时间|几次|几个|多少|什么时候|怎么|谁|哪|能不能|可不可以|要不要|是不是/;

/**
 * One clause that runs two questions together: cut before a subject word that follows a question word, when the
 * words from it ask again ("支委会又多久开一次"). "多久开一次党员大会" is not cut: nothing after the subject asks.
 * Also cut where the verb asked of is said again, done ("能不能保留党籍保留了党籍还要交党费吗": done-again.ts).
 */
function runOn(clause: string, subjects: readonly string[]): string[] {
  const ended = endedQuestion(clause) || doneAgainAt(clause);
  if (ended) return [clause.slice(0, ended), ...runOn(clause.slice(ended), subjects)];
  const first = QUESTION_WORD.exec(clause);
  if (!first) return [clause];
  for (let at = first.index + first[0].length; at < clause.length - 2; at++) {
    const subject = subjects.find((w) => w.length >= 2 && clause.startsWith(w, at));
    if (!subject) continue;
    const rest = clause.slice(at);
    // A bare particle after the subject ("还要哪些部门审查吗") finishes the first question; it does not ask again.
    if (!ASKS_AGAIN.test(rest.slice(subject.length))) return [clause];
    return [clause.slice(0, at), ...runOn(rest, subjects)];
  }
  return [clause];
}

/**
 * Where a question spoken through voice input ends and the next begins with no mark between ("组织生活会每年开吗被留
 * 置的党员有表决权吗", "入党誓词的内容是什么项目部能建党支部吗"): after a closing 吗 or 呢, or a closing 是什么 / 有哪些
 * / 怎么办 …, when the words after are a question of their own (four characters or more that ask, ending as a
 * question ends: a rest that asks only midway, ASKS anywhere, cut single questions on the kept-apart half). 0 when the clause runs on no further question.
 */
const ENDS_ASKING = /(?:吗|呢|么|啥|谁|哪|几|多少|多久|多长|什么|如何|怎样|([\u4e00-\u9fff])不\1|不)$/;
/**
 * A rest asked as a noun phrase, a thing and the property asked of it ("…怎么处理成立党支部的程序"): after a closing
 * question word it is a second question, though no question word ends it.
 */
const ASKED_AS_NOUN =
  /[\u4e00-\u9fff]{2,}(?:程序|流程|步骤|条件|标准|原则|内容|图案|样式|顺序|比例|含义|作用|职责|用途|形式|要求|时限|年龄|人数|期限|次数|范围|基数|手续)$/;
const CLOSES = /(?:吗|呢|是什么|是啥|有哪些|是哪些|有什么|怎么办|怎么处理|咋办|咋处理)(?=[\u4e00-\u9fff])/g;

function endedQuestion(clause: string): number {
  for (const m of clause.matchAll(CLOSES)) {
    const at = m.index + m[0].length;
    const rest = clause.slice(at);
    // "吗" inside a word the asker goes on with ("是吗啡吗") is rare; a rest that does not itself ask, or is too short
    // to be a question ("吗还是…"), keeps the clause whole.
    if (rest.length >= 4 && (ENDS_ASKING.test(rest) || ASKED_AS_NOUN.test(rest)) && !/^(?:还是|或者|或是|还|就|呢|吧|啊)/.test(rest))
      return at;
  }
  return 0;
}

/**
 * The 呢 of the regions typed as 嘞 (河南), 咧 (晋, 陕), 哩 (中原) or 捏 (net), closing a clause that is a subject
 * word and nothing more ("支部党员大会多长时间开一回 党小组会嘞"): the elliptical follow-up "党小组会呢", asking the
 * question before of another subject. Only for a clause of subject words of the facts alone (opening on one), and
 * only where it ends: "他在外地打工嘞" or "交过嘞" tells, and is left as it is.
 */
function dialectEllipsis(question: string, subjects: readonly string[]): string {
  if (!/[嘞咧哩捏]/.test(question)) return question;
  return question.replace(
    /(^|[，,。？?；;！!\s])((?:那|那么|还有)?([\u4e00-\u9fff]{2,8}?)(?:又)?)[嘞咧哩捏]+(?=$|[，,。？?；;！!\s])/g,
    (whole, start: string, said: string, noun: string) =>
      subjects.some((w) => w.length >= 2 && noun.startsWith(w)) && !namesMoreThanSubjects(noun, subjects) ? `${start}${said}呢` : whole,
  );
}

/** A part that names a subject and nothing it asks ("党课呢", "那支委会又怎么样", "党费呢？"). */
const ELLIPSIS = /^(?:那|那么|还有)?([\u4e00-\u9fff]{2,8}?)(?:又|的话)?(?:呢|怎么样|咋样|如何|怎么说)$/;

/** A part asking the part before of another subject, with that part's question ("党课呢" → "党课多久开一次"). */
function elided(part: string, before: string, subjects: readonly string[]): string {
  // "党小组会呢，村支书们老问我": what the asker tells after the elided question (who asks, why) is not part of it;
  // the question is read on its own and the told words kept after it.
  const [head, ...told] = part.split('，');
  if (told.length > 0 && !told.some(asksSomething)) {
    const read = elided(head!, before, subjects);
    return read === head ? part : [read, ...told].join('，');
  }
  const m = ELLIPSIS.exec(part);
  // "处分党员的程序呢", "党费使用范围呢" name what they ask of their subject besides it: a question of its own, not the
  // part before asked of another subject ("党课呢" names a subject alone).
  if (!m || namesMoreThanSubjects(m[1]!, subjects)) return part;
  const asked = before.slice(before.lastIndexOf('，') + 1);
  const found = subjects.find((w) => asked.includes(w));
  // A subject said with the body it belongs to ("支部党员大会": 支部 then 党员大会) is replaced whole: "支部党课" would
  // keep the first question's 支部 and read as its subject again.
  const old = found && (subjects.find((w) => asked.includes(`${w}${found}`)) ?? '') + found;
  return old && !asked.includes(m[1]!) ? asked.replace(old, m[1]!) : part;
}

/** Whether a phrase says two characters or more besides the subject words it holds (and 的). */
function namesMoreThanSubjects(phrase: string, subjects: readonly string[]): boolean {
  let rest = phrase;
  for (const w of subjects) if (w.length >= 2) rest = rest.split(w).join('');
  return rest.replace(/的/g, '').length >= 2;
}

/** Question words, particles and the asker's pronouns: what a part asks with, not what it asks about. */
const FUNCTION_CHARS =
  /[的了吗呢吧么啊呀嘛哈是不没要会能可以还也都就我你他她它们俺咱这那个些什怎样如何哪谁几多少久长时候该应请问下得有呗啥咋]/g;

/**
 * Whether the facts of a reply already say what a part asks about: at least half the character pairs of its
 * content (its words without question words and particles) stand in them ("要不要握拳" in "举起右手、握拳"). Pairs,
 * not single characters: "跟每个党员都要谈吗" shares 党员 and 谈 with a rule on how often members talk, which does
 * not say whether every member is talked with.
 */
export function saidIn(texts: readonly string[], part: string): boolean {
  // "是大家选还是支部指定": a choice is settled by the fact that says one of its options ("由党支部指定").
  const options = part.split('还是');
  if (options.length > 1) return options.some((o) => saidIn(texts, o));
  const content = part.replace(FUNCTION_CHARS, '').replace(/[^\u4e00-\u9fff]/g, '');
  const pairs = [...new Set([...content].slice(1).map((c, i) => content[i]! + c))];
  if (pairs.length === 0) return false;
  const said = texts.join('');
  return pairs.filter((p) => said.includes(p)).length * 2 >= pairs.length;
}

/**
 * A part that only checks a guess about the answer before it ("上级党委批准那天吗", "是支委会吗"): a bare 吗 with
 * no question word, modal or verb of counting, settled by the answer to the part before.
 */
export function checksGuess(part: string): boolean {
  return /(?:吗|么|不)$/.test(part) && !/[能可要须需该得会算有没哪谁几多怎咋啥什]|是否|不是/.test(part.slice(0, -1));
}
