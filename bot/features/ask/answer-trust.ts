import {
  askedText,
  cleanQuestion,
  type FactMatch,
  type KnowledgeIndex,
  normalizeForIndex,
  rewriteEveryday,
  synonymsOf,
  wordTags,
} from '../../../knowledge';

/**
 * Whether the facts found may be stated as THE answer (issue 22: a refusal is better than a wrong fact). The fact
 * layer matches on a fact's required words and its kind of question; a stranger's wording that shares those words
 * but asks of something else ("两优一先评选几年一次、推荐几个名额" found the rule on founding a 支部; "出国期间要不要停止
 * 党籍、回国怎么恢复" the rule on transferring 组织关系) got that fact stated as certain. Fixing each such wording after it
 * was seen never reached the next writer's; this is one check made before stating, on what every right answer has:
 * the domain words the question asks with are said somewhere in what the fact rests on — its questions and
 * wordings, its sentence, its required words, its handbook section — directly, by a synonym, or by both halves.
 *
 * Only words that tell: the handbook uses them (a word it never uses is the asker's story — names, jobs, places —
 * and subject.ts reads those that stand where a subject stands), and not in many passages (党员, 支部 say nothing
 * of which rule is asked). The check doubts a statement only when most of the question's telling words, and at
 * least {@link MIN_UNSAID} of them, are unsaid: one unsaid word is as often an everyday word for a said one.
 *
 * Measured on the tuning writers (scripts/eval/everyday.eval.ts, branch policy56): it refuses 2 wrong statements
 * of the four writers tuned on last and no right answer of ~3,560. The whole-subject miss is rare among wrong
 * answers; most leave out a verdict or a second ask while every word of the question is said by the fact's record
 * or section, so no word count tells them (a slot check on "算不算" answered by a definition refused 12 right
 * answers for no wrong one, and was not kept).
 */

/** A word in more than this share of the handbook's passages says nothing of which rule is asked. Tuned on the tuning writers. */
export const TELLING_SHARE = 0.15;
/** The fewest unsaid telling words that doubt a statement. */
export const MIN_UNSAID = 2;
/** The share of the question's telling words that must be unsaid. */
export const UNSAID_SHARE = 2 / 3;

/** jieba's tags of the words a question asks with: nouns, verbs, verbal nouns, abbreviations, idioms. */
const ASKING_TAGS = /^(?:n|nz|nt|ng|vn|v|j|l|i)$/;

/**
 * Words that frame a request rather than name what is asked of: asking verbs and modals, generic nouns of a request,
 * and jieba's cut of "几个人才能" (人才).
 */
const FRAMING =
  /^(?:请问|知道|问问|了解|清楚|明白|处理|情况|问题|规定|要求|办法|时候|时间|多长时间|怎么办|咋办|需要|应该|应当|可以|能够|能否|可否|不能|必须|是否|有没有|算不算|是不是|要不要|能不能|说了算|算数|回事|属于|包括|具体|一般|主要|相关|有关|进行|办理|开展|参加|说法|意思|条件|内容|方面|标准|程序|手续|流程|东西|事情|这种|那种|什么|怎么|怎样|如何|多少|多久|哪些|现在|以后|之后|之前|平时|到底|究竟|一定|还是|还有|或者|以及|觉得|认为|听说|告诉|解释|说说|讲讲|介绍|例如|比如|开始|达到|得到|方可|拿来|拿出|放在|规矩|人才|成立|采取|措施|方法|宣布)$/;

/** A comparison with another thing ("跟学生会一样吗"): what the asker likens the Party's rule to, not what is asked of. */
const COMPARED = /(?:跟|和|与|同|像)([\p{Script=Han}]{2,6}?)(?:一样|一致|相同|似的|那样|差不多)/gu;

/** The asking part of a question, normalised, and jieba's words of it with their tags: read once per question. */
interface AskedReading {
  text: string;
  tagged: { word: string; tag: string }[];
}

function readAsked(question: string): AskedReading {
  const text = normalizeForIndex(askedText(cleanQuestion(question)));
  return { text, tagged: wordTags(text) };
}

/** The question's asking words, as jieba cuts them, that could name what is asked (two characters or more). */
export function askingWords(question: string): string[] {
  return wordsOf(readAsked(question));
}

function wordsOf({ text, tagged }: AskedReading): string[] {
  // An everyday phrase the handbook says in its own words ("多大岁数" for 年龄) is said: its words are not looked for.
  const rewritten = rewriteEveryday(text);
  const compared = [...text.matchAll(COMPARED)].map((m) => m[1]!);
  const out: string[] = [];
  for (const [i, { word, tag }] of tagged.entries()) {
    const before = tagged[i - 1]?.word;
    // Where the asker's story happens ("在学校表现好", "从单位"): a place, not what is asked of.
    if (before && /^[在从到去回]$/.test(before)) continue;
    if (!ASKING_TAGS.test(tag) || !/^\p{Script=Han}{2,}$/u.test(word) || FRAMING.test(word) || out.includes(word)) continue;
    if (!rewritten.includes(word) || compared.some((c) => c.includes(word))) continue;
    out.push(word);
    // Nouns right before a noun ("学院学生党支部"): they say whose it is, the last one what it is.
    const next = tagged[i + 1];
    if (next && /^n/.test(tag) && /^n/.test(next.tag) && /^\p{Script=Han}{2,}$/u.test(next.word)) out.pop();
  }
  return out;
}

/** What the facts rest on, as one normalised text: where the question's words must be said. */
function groundOf(matches: readonly FactMatch[]): string {
  const parts: string[] = [];
  for (const m of matches) {
    const f = m.fact;
    parts.push(f.q, ...f.p, f.a, m.answer, ...f.must.flat(), ...(f.any ?? []).flat(), ...(f.any2 ?? []).flat());
    if (m.section) parts.push(m.section.title, m.section.text);
  }
  return normalizeForIndex(parts.join('|'));
}

/** Said in the ground directly, by a synonym, or (a four-character word jieba left whole) by both its halves. */
function said(word: string, ground: string): boolean {
  if (ground.includes(word) || synonymsOf(word).some((s) => ground.includes(s))) return true;
  return word.length === 4 && ground.includes(word.slice(0, 2)) && ground.includes(word.slice(2));
}

/** A count asked: 几个, 几次, 多少 … (jieba tags it a numeral). */
const COUNT_ASKED = /^(?:几|多少)/;
/** Words between the count asked and what it counts ("几个正式党员"): qualities, not the thing counted. */
const BETWEEN_COUNT = /^(?:a|ad|an|b|d)$/;
/** Kinds, steps and parts counted ("分几个级别", "有几个步骤"): a fact's list answers them without the word. */
const COUNT_OF_KINDS = /^(?:级别|等级|类型|种类|类别|步骤|阶段|环节|部分|方面|层次|档次|档位|形式|方式)$/;
/** Where the count is asked: the thing counted ends the clause, or a question particle follows it. */
const ASKED_END = /^(?:[，,。？?！!；;\s]|啊|呢|吗|呀|嘛|哦|啦|哈|咧|嘞|$)/;
/** 有几个同学, 这几个, 那几个: some, these, those — told, not asked. */
const TOLD_BEFORE = /^(?:有|这|那|好|前|后|头|来了|剩)$/;

/**
 * What a "how many" question counts ("一个支部能报几个名额" counts 名额), when the facts never say it: a fact stating
 * a number of something else (the members a 支部 needs) answers another question, whatever words it shares.
 * Only a count that is asked — the thing counted ends the clause ("…几个名额？"), not "有几个同学…" (some, told) — and
 * a noun of two characters or more right after it (a quality between is passed over), not a framing word nor a kind
 * or step counted. Measured on the tuning writers: a first version that took every 几个 lost seven right answers.
 */
function uncountedThing({ tagged }: AskedReading, ground: string): string | undefined {
  for (const [i, { word, tag }] of tagged.entries()) {
    if (tag !== 'm' || !COUNT_ASKED.test(word) || TOLD_BEFORE.test(tagged[i - 1]?.word ?? '')) continue;
    let at = i + 1;
    if (tagged[at] && BETWEEN_COUNT.test(tagged[at]!.tag)) at += 1;
    const next = tagged[at];
    if (!next || !/^n/.test(next.tag) || !/^\p{Script=Han}{2,}$/u.test(next.word)) continue;
    if (FRAMING.test(next.word) || COUNT_OF_KINDS.test(next.word)) continue;
    if (!ASKED_END.test(tagged[at + 1]?.word ?? '')) continue;
    if (!said(next.word, ground)) return next.word;
  }
  return undefined;
}

/**
 * What the question asks of that the facts found never say, when the facts must not be stated as its answer (empty
 * when they may): the thing a "how many" question counts ({@link uncountedThing}), or most of its telling words
 * ({@link unsaidSubject}). The question is read and the facts' ground built once, on the path of every fact answer.
 */
export async function unsaidByFacts(question: string, matches: readonly FactMatch[], index: KnowledgeIndex): Promise<string[]> {
  const reading = readAsked(question);
  const ground = groundOf(matches);
  const subject = await unsaidSubject(wordsOf(reading), ground, index);
  if (subject.length > 0) return subject;
  const counted = uncountedThing(reading, ground);
  if (counted) return [counted];
  const version = languageVersion(reading.text, ground);
  return version ? [version] : [];
}

/**
 * A text asked for in another language ("誓词有没有蒙古文的版本", "党章翻译成藏语的"): the edition, which no fact on
 * what the text says speaks of. The language, when the facts never name it, is what is unsaid.
 */
const LANGUAGE = '(?:蒙古|藏|维吾尔|维|哈萨克|朝鲜|彝|壮|傣|苗|英|俄|日|法|外|少数民族|民族)(?:文字|文|语)';
const LANGUAGE_VERSION = new RegExp(`(${LANGUAGE})(?:的)?(?:版本|版|译本|翻译本?)|(?:翻译|译)成(${LANGUAGE})`);

function languageVersion(text: string, ground: string): string | undefined {
  const m = LANGUAGE_VERSION.exec(text);
  const language = m?.[1] ?? m?.[2];
  return language && !said(language, ground) ? language : undefined;
}

/**
 * The telling words of the question that the facts never say, when they are most of its telling words (at least
 * {@link MIN_UNSAID}): the subject the facts would be stated of without speaking of it. Empty when the facts may be stated.
 */
async function unsaidSubject(words: string[], ground: string, index: KnowledgeIndex): Promise<string[]> {
  if (words.length < MIN_UNSAID) return [];
  const unsaid = words.filter((w) => !said(w, ground));
  if (unsaid.length < MIN_UNSAID) return [];
  const shares = await index.termShares(unsaid);
  // A word the handbook never uses is the asker's story, not a subject the facts could have said: left out of both counts.
  const unknown = unsaid.filter((w) => !shares.get(w));
  const telling = unsaid.filter((w) => (shares.get(w) ?? 0) > 0 && shares.get(w)! <= TELLING_SHARE);
  const counted = words.length - unknown.length;
  return telling.length >= MIN_UNSAID && telling.length >= UNSAID_SHARE * counted - 1e-9 ? telling : [];
}
