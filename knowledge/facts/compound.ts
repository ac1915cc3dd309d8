import { asksSomething, FOLLOW_UP } from './clauses';
import { cleanQuestion } from './clean';
import { verbSaidDone } from './done-again';
import { answersClause, type Fact, type FactIndex, type FactMatch, type MatchOptions, NEAR_WORDING } from './facts';
import { contrasted, namedBodies, namedSituations, namesBodies, namesSituations } from './guards';
import { askingParts, checksGuess, furtherParts, saidIn } from './parts';
import { asksOfItsOwn, coversAsked, noteAskedClause, repeatsDone, withWeakParts } from './second-asks';
import { setAsideBefore } from './set-aside-before';
import { toldRunCut } from './told-run';
import { setsAsideTopic, topicWords, withoutAnsweredCondition } from './topic';

/** Everything a fact's record says, as the situation guard reads it. */
const factRecord = (f: Fact) => cleanQuestion([f.q, ...f.p, f.a].join('|'));
const factText = (m: FactMatch) => factRecord(m.fact);

/**
 * Questions that ask two things at once ("支委会多久开一次，要几个委员到会才能开", "流动党员离开多久算，归哪边管"):
 * each asking clause is matched on its own, the later ones with the subject of the earlier carried over (people
 * leave it out: "要几个委员到会" means the 支委会's), and every fact found answers its part. A clause no fact
 * answers is left to the fact the whole question matched; no clause adds a fact the guards would refuse it.
 */

/** The subject words of a matched fact that the question spells (its `must` words found in it), longest first. */
function subjectOf(match: FactMatch, question: string): string {
  const clean = cleanQuestion(question);
  const words: string[] = [];
  for (const group of match.fact.must) {
    const found = group.filter((w) => clean.includes(w)).sort((a, b) => b.length - a.length)[0];
    if (found && !words.some((w) => w.includes(found))) words.push(found);
  }
  return words.join('');
}

/** Whether a clause spells one of a matched fact's subject words whole (not read through a typo). */
const spellsSubject = (match: FactMatch, clause: string) => match.fact.must.some((g) => g.some((w) => clause.includes(w)));

/**
 * The subject words the clauses before spell besides the subject carried (longest first, none inside another), in
 * the order said: the topic the earlier question was asked within ("换届选举" before its 候选人).
 */
function topicBefore(before: readonly string[], subject: string, words: readonly string[]): string {
  const text = before.join('，');
  const found: string[] = [];
  for (const w of words)
    if (text.includes(w) && !subject.includes(w) && !w.includes(subject) && !found.some((f) => f.includes(w))) found.push(w);
  return found.sort((a, b) => text.indexOf(a) - text.indexOf(b)).join('');
}

/** Every subject word of the facts, longest first (党小组会 before 党小组). */
const lexicons = new WeakMap<FactIndex, string[]>();
function subjectWords(index: FactIndex): string[] {
  let words = lexicons.get(index);
  if (!words) {
    words = [...new Set(index.facts.flatMap((f) => f.must.flat()))].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length);
    lexicons.set(index, words);
  }
  return words;
}

/**
 * A clause that lists subjects with one question ("党员大会、支委会、党小组会分别多久开一次"), as one question per
 * subject ("党员大会多久开一次" …): the last item is the longest subject word the last piece begins with, and what
 * follows it is asked of each. A clause without such a list is returned as it is.
 */
export function listedSubjects(clause: string, words: readonly string[]): string[] {
  const pieces = clause.split(/、|和(?=[^和]{2,8}(?:、|分别|各自|各|都))/);
  if (pieces.length < 2) return [clause];
  const last = pieces[pieces.length - 1]!;
  const item = words.find((w) => last.startsWith(w));
  if (!item) return [clause];
  // "一年最少各开几次": the 各 said of them all goes with each, wherever it stands before the verb.
  const asked = last
    .slice(item.length)
    .replace(/^(?:分别|各自|各|都)/, '')
    .replace(/(?:分别|各自|各)(?=[开交搞召举办要需])/, '');
  // A request before a colon ("帮我拉个表：党员大会、…") is not part of the first item.
  const items = [pieces[0]!.replace(/^.*[:：]/, ''), ...pieces.slice(1, -1), item];
  if (!asked || items.some((i) => i.length < 2 || i.length > 10)) return [clause];
  return items.map((i) => `${i}${asked}`);
}

/**
 * Two subjects written back to back and asked together ("党旗党徽是啥样的"), as one question each ("党旗是啥样的",
 * "党徽是啥样的"), only when each is answered by a fact of its own: "支部党员大会" is one thing, not two.
 */
function adjacentSubjects(index: FactIndex, clause: string, words: readonly string[]): string[] {
  const pieces = clause.split('，');
  for (let i = 0; i < pieces.length; i++) {
    const head = pieces[i]!;
    const first = words.find((w) => head.startsWith(w));
    const second = first && words.find((w) => head.startsWith(w, first.length));
    if (!first || !second) continue;
    // "党员大会" is one word of the lexicon, not 党员 then 大会.
    const joined = first + second;
    if (words.some((w) => w !== first && w !== second && (w.includes(joined) || joined.includes(w)))) return [clause];
    const asked = head.slice(joined.length);
    if (asked.length < 2) return [clause];
    // The context said before is kept for each, but a piece naming the other subject ("要挂党旗" before "党旗党徽啥
    // 样子") is that one's, not this one's: it would find the other's fact again.
    const items = [first, second].map((w) => {
      const other = w === first ? second : first;
      const before = pieces.slice(0, i).filter((p) => !p.includes(other) || p.includes(w));
      return [...before, `${w}${asked}`, ...pieces.slice(i + 1)].join('，');
    });
    // Each subject's own question is read without the pieces around it: told words after it ("颜色别搞错了，小朋友
    // 要照着画") or a subject said before ("要挂党旗，党旗党徽啥样子") must not hide the second subject's fact.
    const found = [first, second].map((w) => index.match(`${w}${asked}`)?.fact);
    if (!found[0] || !found[1] || found[0].id === found[1].id) return [clause];
    // "入党积极分子" is one thing, though 入党 and 积极分子 are each a subject: a fact found for one side that writes the
    // two as one word shows it ("入党要多久" says 入党积极分子 in its answer). (Its excluding the other word shows
    // nothing: the 党旗 fact is written not to answer of the 党徽.)
    if (found.some((f) => factRecord(f!).includes(joined))) return [clause];
    return items;
  }
  return [clause];
}

/**
 * Whether a match on a clause's asking words alone keeps to the bodies its context names: "我是银行派下来的驻村第一
 * 书记，我的党组织关系要不要转到村党支部" is about a 第一书记's own relation, which the rule on members working away from
 * home never speaks of. The whole question's match refuses such a fact; the asking words alone must not bring it back.
 * (Only for a question of one part: held for each clause of several, it refused "…他想今年竞选村委主任，这个影响期从
 * 啥时候算，几年", where the body is the member's aim, not what is asked. The fact's excluded words were tried the same
 * way and cost the generator's stories: the story around a question names them more often than it changes the ask.)
 */
const keepsBodies = (m: FactMatch, text: string) => namesBodies(factText(m), namedBodies(cleanQuestion(text)));

/**
 * Whether a body is the topic the clause's asking words are said of: the context right before them ends on it and they
 * open on no word pointing elsewhere ("县里派来的驻村第一书记，一般任期是几年" asks the 第一书记's 任期; "他想竞选村委主任，
 * 这个影响期从啥时候算" asks of the 处分 that 这个 points back to).
 */
function topicOfAsking(clause: string, body: string): boolean {
  const cut = clause.lastIndexOf('，');
  if (cut < 0) return false;
  return clause.slice(0, cut).endsWith(body) && !/^(?:这|那|他|她|它|我|你|咱|俺)/.test(clause.slice(cut + 1));
}

/** The asking words of a clause: what follows the context said before it. */
const askingPart = (clause: string) => clause.slice(clause.lastIndexOf('，') + 1);

/**
 * The piece of a clause that asks, as the reply quotes it: the last one with a question word ("能不能放在支部的存
 * 折上", not the "用的时候方便些" said after it).
 */
const askedPiece = (clause: string) => clause.split('，').filter(asksSomething).pop() ?? askingPart(clause);

/**
 * The situations a question tells (in its context, or in a clause that is its only question), which hold for
 * every part of it; a situation named only in the asking words of one of several clauses is that clause's own.
 */
function toldSituations(clauses: string[]): string[][] {
  const told = clauses.length < 2 ? clauses.join('，') : clauses.map((c) => c.slice(0, c.length - askingPart(c).length)).join('，');
  return namedSituations(told);
}

/**
 * The situations a question asks about (线上, 出国 …) that no fact of its reply speaks of: the reply answers the
 * other parts and says this one is not covered, never that it is settled.
 */
export function situationsLeftOpen(question: string, matches: readonly FactMatch[]): string[] {
  const all = namedSituations(cleanQuestion(question));
  return all
    .filter((group) => !matches.some((m) => namesSituations(factText(m), [group])))
    .map((group) => {
      const clean = cleanQuestion(question);
      return group.find((w) => clean.includes(w)) ?? group[0]!;
    });
}

/**
 * The facts a question asks for, in the order asked: one for a simple question (the whole question's match), one
 * per answered clause for a question that asks several things. Empty when nothing is matched with confidence, or
 * when a clause no fact answers would be passed over; given `open`, those clauses are put in it instead and the
 * answered parts returned, for a reply that says which part it does not answer.
 */
/**
 * What a later part opens with when it points back to the subject said before ("那它有哪些形式", "那这个能不能三个月
 * 交一次", "然后有哪些形式"): the subject carried in takes its place, "党课那它有哪些形式" would read as neither.
 */
const POINTS_BACK =
  /^(?:然后|那么它|那它|那这个|那个|这个的话|这个|它|那么|那|(?:如果|要是|若)?[\u4e00-\u9fff]{1,3}?的话|(?:如果|要是|若)?[\u4e00-\u9fff]{1,3}?了(?:以后|之后))(?:的话)?(?=[\u4e00-\u9fff]{2})/;

/** A piece that offers options to choose from ("是大会选还是支委会选", "税前还是税后"). */
const OFFERS_CHOICE = /[\u4e00-\u9fff]还是[\u4e00-\u9fff]/;

/**
 * A comparison: "跟B相比", "和B比起来" (the first thing said before it, or in the part before), or "A跟B" said as a piece
 * of its own and asked of in what follows ("退党跟脱党除名，报上级是备案还是批准，两个一样不").
 */
const COMPARED_WITH = /^(.*?)(?:跟|和|与|同)([\u4e00-\u9fff]{2,10}?)(相比较?|比起来|比较起来|对比)?$/;
/** A part that asks only whether the things compared are the same, or how they differ. */
const SAME_OR_NOT =
  /^(?:那|这|这两个|两个|两者|二者|俩|它们|他们|两种|两样)?(?:是)?(?:一样不|一样吗|一样么|一样没|有何区别|有什么区别|有啥区别|啥区别|什么区别|区别在哪里?|有何不同|有什么不同|有啥不同|是一回事吗|是一码事吗|是一回事不|一回事吗|一码事吗|一码事么|差别在哪)[吗呢啊呀]?$/;

/**
 * The question of a clause that compares two things, asked of each ("党员自己要退党，报上级是备案还是批准" and "自行脱党
 * 除名，报上级是备案还是批准"), where each thing names a subject of the facts and each question finds a fact of its
 * own, two different facts. A comparison whose first thing is not in the clause (said in the part before: "…怎么处理？
 * 跟脱党除名相比，报上级…") gives the second thing's question alone. Any other clause is returned as it is.
 */
function comparedMembers(
  index: FactIndex,
  clause: string,
  whole: string,
  words: readonly string[],
): Array<{ question: string; thing: string }> | undefined {
  const pieces = clause.split('，');
  for (let i = 0; i < pieces.length - 1; i++) {
    const m = COMPARED_WITH.exec(pieces[i]!);
    if (!m) continue;
    const [, said, second, marker] = m;
    // "退党的，和脱党除名的，…": the first thing said as the piece before, the second opening on 和.
    const before = !said && i > 0 && words.some((w) => pieces[i - 1]!.includes(w)) ? pieces[i - 1]! : undefined;
    const first = before ?? said;
    // Without 相比 or the like, the pieces are a comparison only where the message asks whether they differ.
    if (!marker && !pieces.slice(i + 1).some((p) => SAME_OR_NOT.test(p)) && !SAME_OR_NOT_IN.test(whole)) continue;
    const asked = pieces
      .slice(i + 1)
      .filter((p) => !SAME_OR_NOT.test(p))
      .join('，');
    if (!asked || !asksSomething(asked)) continue;
    const things = [first!, second!].filter((t) => t.length >= 2);
    if (!things.every((t) => words.some((w) => t.includes(w)))) continue;
    if (things.length < 2 && !marker) continue;
    const context = pieces.slice(0, before ? i - 1 : i);
    const questions = things.map((t) => [...context, t, asked].join('，'));
    const found = questions.map((q) => index.match(q)?.fact.id);
    if (found.some((f) => !f) || new Set(found).size < found.length) continue;
    return questions.map((question, j) => ({ question, thing: things[j]! }));
  }
  return undefined;
}

/**
 * The option a fact's answer takes of a choice asked ("报上级是备案还是批准"): the one it states, not after 不是 or 不
 * ("…备案（不是批准）"); undefined when it states both or neither.
 */
function optionTaken(answer: string, asked: string): string | undefined {
  const m = /([\u4e00-\u9fff]{2,6})还是([\u4e00-\u9fff]{2,6})/.exec(asked);
  if (!m) return undefined;
  const left = m[1]!.replace(/^.*[是要报只]/, '').slice(-4);
  const right = m[2]!
    .replace(/^(?:是|要|报|只)+/, '')
    .slice(0, 4)
    .replace(/[吗呢啊呀哦的].*$/, '');
  const states = (o: string) =>
    o.length >= 2 && [...answer.matchAll(new RegExp(o, 'g'))].some((h) => !/(?:不是|不|非|无须|无需|不用)$/.test(answer.slice(0, h.index)));
  const taken = [left, right].filter(states);
  return taken.length === 1 ? taken[0] : undefined;
}

/** A sameness or difference asked anywhere in the message ("两个一样不"), which makes "A跟B，…" a comparison. */
const SAME_OR_NOT_IN = /一样不|一样吗|一样么|有何区别|有什么区别|有啥区别|有何不同|有什么不同|有啥不同|一回事|一码事/;

/** A clause whose context ends on a colon right before its asking words: words announcing the questions, then the first. */
const ANNOUNCED = /[:：]，[^，]+$/;

/** How near (bigram Dice) a clause must be to one of a fact's wordings to be read as that wording. */
const OWN_WORDING = 0.75;

export function matchParts(index: FactIndex, question: string, options?: MatchOptions, open?: string[]): FactMatch[] {
  const said = open?.length ?? 0;
  const read: WholeRead = {};
  const found = partsOf(index, question, options, open, read);
  // The weak reading (only weak, nothing else) follows a sure reading of the same message, which read the run already:
  // a side of a run-on pair must be near its fact's wording (fitsSide: NEAR_WORDING), which no weak match is, so the
  // weak reading finds the same pair, or none, again.
  const pair = found.length < 2 && !weakOnly(options) ? runOnPair(index, question, found, options, read) : undefined;
  if (!pair) {
    // A situation told with no mark before the question (told-run.ts): read again with the comma the asker left out.
    if (found.length > 0 || options?.weak) return found;
    for (const cut of toldRunCut(index, question, fitsSide, options)) {
      const read = matchParts(index, cut, options, open);
      if (read.length > 0) return read;
    }
    return found;
  }
  open?.splice(said);
  return pair;
}

/** What partsOf read of the whole message, so that runOnPair does not read it again. */
interface WholeRead {
  /** The match on the whole message (set once partsOf has made it). */
  whole?: { match: FactMatch | undefined };
  /** The clause partsOf read as a spoken pair with that match (and found none, or it would have returned the pair). */
  spoken?: string;
}

/** Options that only add weak matches: the reading after a sure one of the same message (see partsOf). */
const weakOnly = (options?: MatchOptions) => !!options?.weak && !options.anySubject;

/**
 * Two questions run on with no mark between, which the part reader cut where no cut was asked for ("…流动党员怎么过
 * 组织生活申请高级怎么申请" cut before 组织生活, the object of 过) or left whole, so that one fact or none was found: the
 * run read again as a spoken pair (spokenPair), each side finding its own fact. Taken only where the pair holds the
 * fact already found: a run that found one fact is not answered with two others.
 */
function runOnPair(
  index: FactIndex,
  question: string,
  found: readonly FactMatch[],
  options: MatchOptions | undefined,
  read: WholeRead,
): FactMatch[] | undefined {
  const run = cleanQuestion(question);
  if (/[，,。；;？?！!：:]/.test(run)) return undefined;
  // The match partsOf made reads `run` (match cleans what it is given), and matching `run` reads the same text where
  // cleaning it again changes nothing: it is reused, and a run partsOf already read as a spoken pair (a message of
  // one clause, most single questions) is not read again.
  const same = !!read.whole && cleanQuestion(run) === run;
  if (same && read.spoken === run) return undefined;
  const pair = spokenPair(index, run, same ? read.whole!.match : index.match(run, options), options);
  if (!pair || !found.every((m) => pair.some((p) => p.fact.id === m.fact.id))) return undefined;
  return pair.map((m) => worked(index, m, question));
}

function partsOf(index: FactIndex, question: string, options?: MatchOptions, open?: string[], read: WholeRead = {}): FactMatch[] {
  // Weak matches only where nothing is matched with confidence: a weak one for the whole question must not
  // stand in for the parts its clauses find.
  if (options?.weak) {
    const from = open?.length ?? 0;
    const sure = matchParts(index, question, undefined, open);
    // A part the sure reading left open is read weakly on its own words (second-asks.ts): the reply trusts it only
    // where retrieval on that part finds its section.
    if (sure.length > 0) return open ? withWeakParts(index, sure, open, from, cleanQuestion(question), options) : sure;
    open?.splice(0);
  }
  const whole = index.match(question, options);
  read.whole = { match: whole };
  const cleanWhole = cleanQuestion(question);
  const clauses = askingParts(cleanQuestion(question), subjectWords(index))
    .flatMap((c) => listedSubjects(c, subjectWords(index)))
    .flatMap((c) => adjacentSubjects(index, c, subjectWords(index)));
  // "A跟B相比，…" and "A跟B，…，两个一样不": the question asked of each thing compared, each read on its own subject.
  const members = new Map<string, string>();
  // The things compared, for the reply to open each fact with the option it takes: a first thing said in the part
  // before ("退党怎么处理？跟脱党除名相比…") is named by the subject words its fact is found on ('').
  const sides = new Map<string, string>();
  const compared = clauses.flatMap((c, i) => {
    const read = comparedMembers(index, c, cleanWhole, subjectWords(index));
    if (!read) return [c];
    for (const m of read) {
      members.set(m.question, m.thing);
      sides.set(m.question, m.thing);
    }
    if (read.length === 1 && i > 0) sides.set(clauses[i - 1]!, '');
    return read.map((m) => m.question);
  });
  clauses.splice(0, clauses.length, ...compared);
  if (clauses.length < 2) {
    // The weak reading of a message the sure one found nothing for finds no spoken pair either (matchParts).
    const spoken = clauses.length === 1 && !weakOnly(options) ? spokenPair(index, clauses[0]!, whole, options) : undefined;
    if (clauses.length === 1) read.spoken = clauses[0];
    if (spoken) return spoken.map((m) => worked(index, m, question));
    // Two questions spoken as one run of which only one finds its fact ("党课一年上几次哪些时候要开展谈心谈话"): the
    // other is said to be open, not passed over as if the one fact answered the whole run.
    const rest = whole && clauses.length === 1 ? spokenRest(index, askingPart(clauses[0]!), whole, options) : undefined;
    if (rest?.found) {
      const kept = rest.instead ?? whole!;
      return (rest.first ? [rest.found, kept] : [kept, rest.found]).map((m) => worked(index, m, question));
    }
    if (rest) {
      if (!open) return [];
      open.push(rest.side);
    }
    if (whole || clauses.length === 0) return whole ? [whole] : [];
    // Nothing found on the whole question, context and all ("人比较多，想分几个党小组，组长怎么产生": the 几 told of
    // several groups): the asking words alone, when their fact answers them.
    const asking = askingPart(clauses[0]!);
    const own = asking !== clauses[0] && asking.length >= 4 ? index.match(asking, options) : undefined;
    // A situation the context tells ("党员出国定居了") holds: a fact that never names it answers nothing here.
    const fits = own && answersClause(own.fact, asking) && !contrasted(cleanWhole, own.fact.a) && keepsBodies(own, clauses[0]!);
    // Its fact is worked on the whole question: the counts and days the context tells are what it asks of ("16个正式党员
    // …来了9个…7个举手赞成，这个算通过了么").
    return fits && namesSituations(factText(own), toldSituations(clauses)) ? [worked(index, own, question)] : [];
  }
  const parts: Array<FactMatch | undefined> = [];
  // The fact a clause found again and was refused (repeats): it stands in for that clause in no other way either.
  const refused = new Map<number, string>();
  // The parts found on other words than the clause's own: a subject or topic carried in from the parts before, or the
  // asking words without the context said before them.
  const borrowed = new Set<number>();
  let subject = '';
  const contextOf = partContexts(cleanWhole, subjectWords(index));
  for (const clause of clauses) {
    // Whether the things compared are the same is answered by their facts side by side, not by a fact of its own.
    if (members.size > 0 && SAME_OR_NOT.test(askingPart(clause))) {
      parts.push(undefined);
      continue;
    }
    // The contrasts a clause is read against: those of its own part when the asker marked it a further question
    // naming its own subject, else the whole question's.
    const { context, own } = contextOf(clause);
    // A further part that opens on a subject of its own ("…，还有党费使用范围") is read alone: the subject said
    // before belongs to the other question ("党旗党费使用范围" found what may be printed with the 党旗).
    // One that opens pointing back ("成立的话…", "那它…") is asked of the subject said before, whatever it names next.
    // A thing compared is asked of by name: the subject said before is the other thing, never carried into it.
    const ownSubject =
      members.has(clause) || (own && !POINTS_BACK.test(clause) && subjectWords(index).some((w) => askingPart(clause).startsWith(w)));
    // The subject left out ("要几个委员到会才能开", "预备党员能不能当" after 入党介绍人): the clause is read with
    // the subject said before it first, alone only when that finds nothing.
    // A clause whose own fact excludes the subject said before ("党旗啥样，党徽是啥组成的": the 党徽 fact is
    // never about 党旗) is read alone: carrying the subject in would only hide that fact.
    const alone = subject && !clause.includes(subject) ? index.match(clause, options) : undefined;
    // Only a clause that opens on its own subject is read so: "几个人到会才能开" after 支委会 opens on none, and
    // the quorum rule of any meeting that excludes 支委会 would answer it in place of the 支委会's own.
    const opensOnOwn = alone?.fact.must.flat().some((w) => w.length >= 2 && (clause.startsWith(w) || askingPart(clause).startsWith(w)));
    // The same question asked of another subject ("党员大会多久开一次，支委会又多久开一次", "党小组会多久开一次，党课
    // 呢" read as 党课多久开一次) is read alone too: the subject carried in would find the first one's fact again.
    const previous = clauses[parts.length - 1];
    const excludes =
      !!alone &&
      ((opensOnOwn && alone.fact.none?.some((w) => subject.includes(w))) ||
        (!!previous && parallel(previous, clause, subjectWords(index))));
    const withSubject =
      !excludes && subject && !ownSubject && !clause.includes(subject)
        ? index.match(`${subject}${clause.replace(POINTS_BACK, '')}`, options)
        : undefined;
    // A clause worded as a fact's own question ("党员权利受保障吗" after a question on 预备党员) that the subject carried
    // in reads far from every wording: the subject belongs to the question before, and the clause is read alone.
    const ownQuestion =
      !!alone && !POINTS_BACK.test(clause) && alone.similarity >= OWN_WORDING && (!withSubject || withSubject.similarity < NEAR_WORDING);
    // "预备党员能不能投票，还有受留党察看处分的能不能投": the same ask (能不能投) said again of a subject the clause spells
    // (留党察看), which the subject carried in found a fact on alone (预备党员 violating discipline): the clause asks of
    // what it names. Only the same ask again: "留党察看期间有选举权不 党费还用交不" asks the 党费 of the 留党察看 said before.
    const askedAgain = !!previous && previous.includes(clause.replace(/[？?。！!呢呀啊吗哈]+$/, '').slice(-3));
    const spellsOwn =
      askedAgain &&
      !!alone &&
      !!withSubject &&
      alone.fact.must.every((g) => g.some((w) => w.length >= 2 && clause.includes(w) && !subject.includes(w))) &&
      !withSubject.fact.must.every((g) => g.some((w) => clause.includes(w)));
    const carried = excludes || ownQuestion || spellsOwn ? alone : withSubject;
    // Context said before the asking words ("组织关系还在老家，他们算不算流动党员") may trip a guard meant for
    // another question on the subject; when the clause with its context finds nothing, the asking words alone are read.
    const asking = clause.slice(clause.lastIndexOf('，') + 1);
    const onClause = carried ?? index.match(clause, options);
    let match = onClause ?? (asking !== clause && asking.length >= 4 ? index.match(asking, options) : undefined);
    if (match && (match === withSubject || !onClause)) borrowed.add(parts.length);
    // A story the asker tells run on into the question ("我们支部在山里党员大多上了年纪…开会都难入党申请书交给谁"): the
    // story's words (上了年纪) find a fact of their own, far from the wording; the question after it, read from its
    // subject word on, is what is asked when it reads nearer its fact.
    const lead = TELLS_OWN.test(clause) && !clause.includes('，') ? toldLead(index, clause, options) : undefined;
    if (lead && lead.side !== clause && (!match || lead.match.similarity > match.similarity)) {
      match = lead.match;
      borrowed.delete(parts.length);
    }
    // The context found a fact on another aspect ("组织关系还在老家，算不算流动党员" found who manages them through
    // 组织关系): the asking words alone may find the fact that answers what is asked.
    if (match && !answersClause(match.fact, clause) && asking !== clause && asking.length >= 4) {
      const alone = index.match(asking, options);
      if (alone && answersClause(alone.fact, asking) && !contrasted(context, alone.fact.a)) {
        match = alone;
        borrowed.add(parts.length);
      }
    }
    // Words that announce the questions to follow ("关于证书和补贴的事，请明确：", "请教两个问题：") name the subjects of
    // every item: the first item's own words, read nearer a fact than the whole clause is, are what it asks.
    if (match && ANNOUNCED.test(clause) && asking.length >= 4) {
      const itself = index.match(asking, options);
      if (itself && itself.fact.id !== match.fact.id && itself.similarity > match.similarity && answersClause(itself.fact, asking))
        match = itself;
    }
    // A fact found on the clause's subject that answers another kind of question ("他们算不算流动党员" and who
    // manages them) does not answer this clause; nor one on the other side of a contrast the whole question
    // names ("预备党员转正，……还要报上级批准吗": the asking words alone found the approval of a 接收).
    // A clause worded near one of the fact's own wordings ("政审连家里人都要查吗" beside another question) is
    // answered by it, as it would be asked alone: the kind rules misread some wordings the fact was written for.
    // A clause worded as the fact's own question is read against its own contrasts (the context said before it is
    // part of it): "党费用途有哪些，能免交吗" names 交 in the other part's question, not a side this one takes.
    let fits =
      match &&
      (answersClause(match.fact, clause) || match.similarity >= OWN_WORDING) &&
      !contrasted(match.similarity >= OWN_WORDING ? clause : context, match.fact.a);
    // The fact an earlier part found, found again for a part that asks what it does not say ("设支委会不？设的话几个人
    // 合适", "…多久开一次，委员设几个"): the words this part shares with the earlier one (设, 开) are that question's,
    // carried over; the part is read without them. Found again, or nothing, it is left open: never answered by the
    // earlier part's fact, which would look like a whole answer.
    const earlier = parts.filter((p): p is FactMatch => !!p);
    if (match && fits && repeats(match, earlier, clause)) {
      refused.set(parts.length, match.fact.id);
      // The subject carried found the earlier fact again ("候选人" into "到会人数要多少才能选"): the topic said with that
      // subject is carried instead ("换届选举候选人差额要多少，到会人数要多少才能选" asks the 到会 of the 换届选举).
      const topic = subject && !ownSubject ? topicBefore(clauses.slice(0, parts.length), subject, subjectWords(index)) : '';
      const byTopic = topic && !clause.includes(topic) ? `${topic}${clause.replace(POINTS_BACK, '')}` : undefined;
      const topical = byTopic ? index.match(byTopic, options) : undefined;
      const again =
        topical && !repeats(topical, earlier, clause) && answersClause(topical.fact, byTopic!)
          ? byTopic
          : subject
            ? apartFrom(clauses.slice(0, parts.length), clause, subject)
            : undefined;
      const other = again ? index.match(again, options) : undefined;
      fits = !!other && !repeats(other, earlier, clause) && answersClause(other.fact, again!) && !contrasted(context, other.fact.a);
      if (fits && other) {
        match = other;
        borrowed.add(parts.length);
      }
    }
    // The topic said in the earlier parts (topic.ts): a part that found nothing, only a fact an earlier part found, or
    // a fact whose record sets that topic aside, is read of the topic ("到会人数要多少才能选" after 换届选举 is the
    // election's quorum, not that of any vote). Found nothing so, a fact that sets the topic aside stays (党徽 after 党旗).
    // The topic is what an earlier part was answered on: the words it said that its fact names. A part of a question
    // whose earlier parts found nothing ("驻村第一书记任期是几年，期满了还能续不") has no topic known to read it of.
    const answeredBefore = parts.flatMap((p, j) => (p ? [{ clause: clauses[j]!, record: factText(p) }] : []));
    if (answeredBefore.length > 0 && asksSomething(clause) && !checksGuess(askingPart(clause))) {
      const topic = topicWords(
        answeredBefore.map((a) => a.clause),
        clause,
        subjectWords(index),
      );
      const current = fits ? match : undefined;
      if (!current || refused.has(parts.length) || setsAsideTopic(current, topic)) {
        const read = readOfTopic(index, clause, topic, earlier, context, options);
        // A fact of the part's own that sets the topic aside gives way only to a reading nearer the wording (the
        // election's quorum, read with 换届, is nearer "到会人数要多少才能选" than the rule of any vote).
        if (read && (!current || refused.has(parts.length) || read.similarity > current.similarity)) {
          match = read;
          fits = true;
          borrowed.add(parts.length);
          refused.delete(parts.length);
        }
      }
    }
    // A part with no answered part before it, whose fact sets aside the thing an earlier part names (set-aside-before.ts).
    if (
      fits &&
      match &&
      setAsideBefore(
        match,
        clause,
        clauses.slice(0, parts.length),
        parts.some((p) => !!p),
      )
    )
      fits = false;
    parts.push(fits ? match : undefined);
    const said = match ?? (parts.length === 1 ? whole : undefined);
    if (said) subject = subjectOf(said, clause) || subject;
  }
  // The message is about a body no fact found for it names (第一书记, asked of in a part that found nothing): a part
  // that spells none of its fact's subject words (a typo reading of 报组织部 in 哪一级组织部门) shares only the
  // domain's common words with that fact, and would answer the body's question with the Party's neighbouring rule.
  const bodies = [...namedBodies(cleanWhole), ...index.foreignSubjects(cleanWhole)].filter(
    (b) => !parts.some((m) => m && namesBodies(factText(m), [b])),
  );
  // A part read with the subject of the part before ("团支部推优入党投票要多少票，过半还是三分之二") is asked of the body
  // that part names too: a fact that never names that body does not answer it, whatever words the part spells.
  const others = namedBodies(cleanWhole).filter((b) => bodies.includes(b));
  parts.forEach((m, i) => {
    if (m && bodies.length > 0 && (!spellsSubject(m, clauses[i]!) || bodies.some((b) => topicOfAsking(clauses[i]!, b))))
      parts[i] = undefined;
    if (m && others.length > 0 && borrowed.has(i)) parts[i] = undefined;
  });
  // A situation told whose conditions select a rule (conditions.ts), its clauses finding that rule or nothing: the
  // story is one case, answered by its rule, not clauses of the story left open.
  // A clause of its own that the rule does not state ("…设支委会不？设的话几个人合适": the threshold holds no count of
  // members) is a second question, not the story: it is answered or said to be open below.
  const ruleCase = (w: FactMatch) => {
    const said = [factText(w), worked(index, w, question).answer];
    // What the clause asks of its subject, the subject words left out: "成立的话委员选几个" shares 委员 and 成立 with
    // the threshold's record, which says nothing of how many are chosen.
    const asked = (clause: string) => subjectWords(index).reduce((t, x) => t.split(x).join('，'), askedPiece(clause));
    return parts.every((m, i) =>
      m ? m.fact.id === w.fact.id : i === 0 || !asksSomething(clauses[i]!) || saidIn(said, asked(clauses[i]!)),
    );
  };
  if (whole?.rule && ruleCase(whole)) return [worked(index, whole, question)];
  // A life event said in one clause ("党员去世了") holds for the others: a fact that never names it answers none.
  // One named in what a clause itself asks ("我们线上开也算吗") is that clause's question, not the others' story.
  const situations = toldSituations(clauses);
  const out: FactMatch[] = [];
  // Two parts found the same fact ("党费收起来以后谁在管，放在哪里"): it is as near as the nearer part's wording.
  const add = (m: FactMatch) => {
    const at = out.findIndex((o) => o.fact.id === m.fact.id);
    if (at < 0) out.push(m);
    else if (m.similarity > out[at]!.similarity) out[at] = { ...out[at]!, similarity: m.similarity };
  };
  // In the order asked; a clause no fact answers on its own may be what the whole question's fact states, so
  // that fact stands in its place. A clause neither answers is left open: a neighbour's fact never fills it.
  // A part that says done (or settled) a verb an earlier part asked of: "…能不能延长，延长了还能按期转正吗".
  const readsBackEarlier = (i: number) => {
    const verb = verbSaidDone(askingPart(clauses[i]!));
    return !!verb && clauses.slice(0, i).some((c) => askingPart(c).includes(verb));
  };
  const answered = (m: FactMatch | undefined): m is FactMatch => !!m && namesSituations(factText(m), situations);
  // No clause answered by a fact of its own: the question is read whole, as a question of one part (its fact
  // is worked on every clause below: "…党龄从哪天算，哪年够五十年").
  // Not so where a part says done what an earlier one asked of ("能不能取消预备资格取消了还能重新申请入党吗"): the asker
  // said the two are questions of their own, and the whole's fact, found on the words both share, answers neither.
  if (!parts.some(answered)) return whole && !clauses.some((_, i) => readsBackEarlier(i)) ? [worked(index, whole, question)] : [];
  const unanswered: string[] = [];
  // Parts a later part reads back as done: the facts of the reply presuppose them, so naming their words says nothing.
  const presupposing = new Set<string>();
  // A fact another part found stands in for this one only where it says what this one asks (its content words,
  // saidIn) or is worked on the figures the question gives, not merely where it gives the kind of answer the part
  // asks for ("…离开多久算流动党员，算了以后归哪里管": who counts is no answer to who manages). The whole question's
  // fact stands in by kind for a part when no other part found it. When one did, it stands in only as another part's
  // fact does (standsIn) where the part is a second question: the asker marked it (还有, 另外, 顺便问, numbers:
  // furtherParts), it points back to the answer before (设的话, 定了以后), or it asks with a question word of its own
  // about something of its own ("…，书记不在能不能叫副书记来主持": second-asks.ts). A bare "算不算" or "能收不" asks
  // the first question again, and a clause read as asking by its content ("今年48岁了") tells.
  const marked = furtherParts(cleanWhole, subjectWords(index)).length > 1;
  const wholeStandsIn = (i: number) => {
    const clause = clauses[i]!;
    // "支部书记要几年党龄，书记是党员大会定还是上级派": a choice between options is answered only by a fact that says
    // one of them; the whole question's fact on another property of the same subject does not settle it.
    if (whole && OFFERS_CHOICE.test(askedPiece(clause)) && !saidIn([factText(whole)], askedPiece(clause))) return false;
    if (whole && presupposed(i) && otherParts(i).some((o) => o.fact.id === whole.fact.id)) return false;
    // "预备期可以延长吗，延长了还能按期转正吗": a part saying done what an earlier part asked of (done-again.ts) asks what
    // follows once it is; the whole question's fact, which answers the earlier part, stands in only where it says so.
    const second =
      marked || POINTS_BACK.test(askingPart(clause)) || readsBackEarlier(i) || asksOfItsOwn(askedPiece(clause), subjectWords(index));
    if (!whole || !second) return true;
    if (!otherParts(i).some((o) => o.fact.id === whole.fact.id)) return true;
    return standsIn(whole, clause);
  };
  // A later part that reads this one's ask back as done ("能不能免交？免了还要参加组织生活不"): its fact is about what
  // follows once that is settled, so it presupposes this part's answer and never gives it.
  const presupposed = (i: number) =>
    clauses.some((c, j) => {
      const done = j > i && answered(parts[j]) ? verbSaidDone(askingPart(c)) : undefined;
      return !!done && askingPart(clauses[i]!).includes(done);
    });
  const otherParts = (i: number) => parts.filter((o, j): o is FactMatch => j !== i && answered(o));
  const standsIn = (m: FactMatch, clause: string) => {
    if (!coveredBy(m, clause)) return false;
    // "党龄从哪天算，哪年够五十年": the fact worked on the day told gives the fiftieth year as well.
    // Worked means figures the fact's own sentence does not hold (a day, a year), not a 可以 put before it.
    const answer = worked(index, m, question).answer;
    return /\d/.test(answer.replace(m.fact.a, '')) || saidIn([factText(m), answer], askedPiece(clause));
  };
  parts.forEach((m, i) => {
    const clause = clauses[i]!;
    // "上头能不能把支部撤了，撤了里头的党员咋办": a part reading an earlier one back as done asks what follows once it
    // is; the earlier part's own fact, found again on the verb both share, answers it only where it says so (its
    // nearness still counts for the earlier part, whose words it shares).
    const again = readsBackEarlier(i) || repeatsDone(askingPart(clause), clauses.slice(0, i).map(askingPart));
    if (answered(m) && again && out.some((o) => o.fact.id === m.fact.id) && !standsIn(m, clause)) {
      add(m);
      unanswered.push(clause);
    } else if (answered(m)) add(m);
    // A piece that asks nothing ("仓库那边正式党员两名", cut off a list) is context the whole question's fact reads.
    else if (whole && (!asksSomething(clause) || (coveredBy(whole, clause) && refused.get(i) !== whole.fact.id && wholeStandsIn(i))))
      add(whole);
    // A fact another part found may state this one too ("党龄从哪天算，哪年够五十年": the day and the fiftieth year).
    else if (!presupposed(i) && otherParts(i).some((o) => standsIn(o, clause))) return;
    // "视频开也算吗": a situation no fact speaks of is said to be open by situationsLeftOpen, not twice. One another
    // part's fact speaks of ("留党察看最长多久 察看期间还有没得选举权") is no note of its own: the part is left open below.
    else if (namedSituations(clause).some((g) => !otherParts(i).some((o) => namesSituations(factText(o), [g])))) return;
    // "两个一样不", "有何区别" after the things compared: the facts found for each of them, side by side, answer it.
    else if (members.size > 0 && SAME_OR_NOT.test(askingPart(clause)) && out.length >= 2) return;
    else {
      unanswered.push(clause);
      if (presupposed(i)) presupposing.add(clause);
    }
  });
  // A part the reply's facts already say ("要不要握拳" beside "举起右手、握拳"), or one that only checks a guess
  // about the answer before it ("上级党委批准那天吗"), is answered by the reply; the rest are left open.
  const said = out.map((m) => `${factText(m)}${m.fact.article ?? ''}`);
  const leftOpen = unanswered
    .filter((c) => presupposing.has(c) || !coversAsked(said, askedPiece(c), subjectWords(index)))
    .map(askedPiece)
    .filter((c) => !checksGuess(c));
  // Half an answer shown as the answer is worse than the passages or a refusal ("会议记录记什么，能不能会后补写"
  // answered only on 补写): a caller that says so in the reply (`open`) gets the parts answered and the clauses
  // left open; without it, the half answer would pass for the whole one.
  if (leftOpen.length > 0) {
    if (!open) return [];
    open.push(...leftOpen);
  }
  // Each fact with the part it was found for: the reply checks that part on its own words (second-asks.ts).
  return sideBySide(
    out.map((m) => worked(index, m, question)),
    parts,
    clauses,
    sides,
  ).map((m) => {
    const i = parts.findIndex((p) => p?.fact.id === m.fact.id);
    return i >= 0 && clauses.length > 1 ? noteAskedClause(m, askedPiece(clauses[i]!)) : m;
  });
}

/**
 * The facts of things compared on a choice ("…报上级是备案还是批准，两个一样不"), each opened with the option it takes
 * ("党员自己要退党是备案。"): the asker reads at once where the two differ, then the rules that say so.
 */
function sideBySide(
  out: FactMatch[],
  parts: ReadonlyArray<FactMatch | undefined>,
  clauses: readonly string[],
  members: ReadonlyMap<string, string>,
): FactMatch[] {
  if (members.size < 2) return out;
  const opened = new Map<string, string>();
  // The choice is asked in the clause of a thing compared; a first thing said in the part before is asked it too.
  const choice = clauses.find((c) => members.get(c) && OFFERS_CHOICE.test(askingPart(c)));
  if (!choice) return out;
  clauses.forEach((clause, i) => {
    const m = parts[i];
    const said = members.get(clause);
    if (said === undefined || !m || opened.has(m.fact.id)) return;
    const thing = said || subjectOf(m, clause);
    const option = optionTaken(m.fact.a, askingPart(choice));
    if (thing && option) opened.set(m.fact.id, `${thing}是${option}。`);
  });
  if (opened.size < 2) return out;
  return out.map((m) => (opened.has(m.fact.id) ? { ...m, answer: `${opened.get(m.fact.id)}${m.answer}` } : m));
}

/**
 * A later part read as its topic's (topic.ts): first without a condition that reads back the answer before ("算了流动
 * 党员以后是归哪边管"), then with each topic word before it, the one said last first, the whole part and then its
 * asking words ("条例" and "按新的算还是按旧的算", not the story between). A reading counts when its fact answers it,
 * was found for no earlier part, is not on the other side of a contrast the question names, and its record names the
 * topic word carried in and one of the subject words the part says itself (到会), if it says any: the topic does not
 * replace what is asked.
 */
function readOfTopic(
  index: FactIndex,
  clause: string,
  topic: readonly string[],
  earlier: readonly FactMatch[],
  context: string,
  options?: MatchOptions,
): FactMatch | undefined {
  const words = subjectWords(index);
  const plain = withoutAnsweredCondition(clause, words);
  const own = words.filter((w) => askingPart(plain).includes(w));
  const fits = (m: FactMatch | undefined, text: string, carried: string): m is FactMatch => {
    if (
      !m ||
      earlier.some((e) => e.fact.id === m.fact.id) ||
      !answersClause(m.fact, text) ||
      !answersClause(m.fact, plain) ||
      contrasted(context, m.fact.a)
    )
      return false;
    const record = factText(m);
    return (!carried || record.includes(carried)) && (own.length === 0 || own.some((w) => record.includes(w))) && !setsAsideTopic(m, topic);
  };
  if (plain !== clause) {
    const m = index.match(plain, options);
    if (fits(m, plain, '')) return m;
  }
  const asked = askingPart(plain).replace(POINTS_BACK, '');
  for (const w of topic) {
    // With what points back and without it: "延长的话要谁同意" asks of the 延长 it names, "那它有哪些形式" of nothing.
    const texts = [plain, plain.replace(POINTS_BACK, ''), askingPart(plain), asked].map((t) => `${w}${t}`);
    for (const text of new Set(texts)) {
      const m = index.match(text, options);
      if (fits(m, text, w)) return m;
    }
  }
  return undefined;
}

/**
 * A match that repeats the fact an earlier part found, for a part worded far from the fact's wordings whose asked
 * words the fact does not say. A part worded near them ("组织生活会每年要开吗，放在什么时候": when it is held is one
 * of its wordings) is the same fact asked twice, and answered by it.
 */
function repeats(m: FactMatch, earlier: readonly FactMatch[], clause: string): boolean {
  return earlier.some((e) => e.fact.id === m.fact.id) && m.similarity < NEAR_WORDING && !saidIn([factText(m)], askedPiece(clause));
}

/**
 * A part read apart from the part before it: its asking words with what points back ("设的话", "那") and the
 * characters they share with the earlier parts' asking words (the verb asked of before: 设, 开) taken out, after the
 * subject carried in. Question words stay ("几个", "多少"): they are what this part asks.
 */
function apartFrom(earlier: readonly string[], clause: string, subject: string): string {
  const before = earlier.map(askingPart).join('');
  const own = askingPart(clause).replace(POINTS_BACK, '');
  const kept = [...own].filter((c) => ASKED_WITH.test(c) || subject.includes(c) || !before.includes(c)).join('');
  return `${subject}${kept.length >= 3 ? kept : own}`;
}

/** The characters a part asks with (question words, modals, particles): never taken out as shared with another part. */
const ASKED_WITH = /[几多少久长谁哪什么怎咋啥吗呢嘛么不是要能可以该会有没人个名次年月天合适]/;

/**
 * For each clause of a question, the text whose contrasts it is read against: the part the asker marked as a further
 * question (furtherParts) when that part names a subject of the facts of its own, so "党小组能处分党员吗，顺便问下
 * 延长考察后转正党龄从何时计算" does not read the 转正 of the second question into the first; the whole question
 * otherwise ("预备党员转正…，另外还要报上级批准吗" leaves its subject to the part before). A part that asks nothing
 * ("另外，我已经退休了") is told for every question. Clauses are found in the parts in order, by their asking words.
 */
function partContexts(whole: string, words: readonly string[]): (clause: string) => { context: string; own: boolean } {
  const marked = furtherParts(whole, words);
  const asWhole = { context: whole, own: false };
  if (marked.length < 2) return () => asWhole;
  let at = 0;
  return (clause) => {
    const asking = askingPart(clause).replace(/呢$/, '');
    const i = marked.findIndex((p, j) => j >= at && p.includes(asking));
    if (i < 0) return asWhole;
    at = i;
    const part = marked[i]!;
    if (!words.some((w) => part.includes(w))) return asWhole;
    // What a part tells and asks nothing of ("另外，我已经退休了") is context for every question asked.
    const told = marked.filter((p, j) => j !== i && !p.split(/[，,。？?；;！!]/).some(asksSomething));
    return { context: [part, ...told].join('，'), own: true };
  };
}

/**
 * Two clauses asking the same thing of two subjects: each opens on a subject word of its own, and what follows is
 * the same but for 又, 也 or 还 ("党员大会多久开一次" and "支委会又多久开一次"); or the same asking words said again
 * after a case of their own ("退休的，养老金4800，交百分之几；在外面工资一万多的，交百分之几": two cases, one ask).
 */
function parallel(first: string, second: string, words: readonly string[]): boolean {
  const a = askingPart(first);
  const b = askingPart(second);
  if (a === b && a !== first && b !== second && first !== second && asksSomething(a)) return true;
  // The subject is every subject word it opens on: "支部党员大会" is 支部 and 党员大会, asked as one.
  const opening = (t: string) => {
    let at = 0;
    for (let w = words.find((x) => t.startsWith(x)); w; w = words.find((x) => t.startsWith(x, at))) at += w.length;
    return at > 0 ? t.slice(0, at) : undefined;
  };
  const sa = opening(a);
  const sb = opening(b);
  if (!sa || !sb || sa === sb) return false;
  const rest = (t: string, w: string) =>
    t
      .slice(w.length)
      .replace(/^(?:是)?[又也还都](?:是)?/, '')
      .replace(/[呀啊呢吗哈]$/, '');
  return rest(a, sa) === rest(b, sb);
}

/**
 * Whether a fact answers a clause: the clause as a whole, or the piece of it that asks ("可以单独成立党支部不，不
 * 可以的话怎么办" asks whether first; what to do if not follows from that answer).
 */
function coveredBy(m: FactMatch, clause: string): boolean {
  if (answersClause(m.fact, clause)) return true;
  const asking = clause.split('，').filter((p) => asksSomething(p) && !FOLLOW_UP.test(p));
  return asking.length > 0 && asking.some((p) => answersClause(m.fact, p));
}

/**
 * A day or a count said in one clause and asked of in another ("1975年7月1日通过的预备党员……党龄从哪天算，哪年够
 * 五十年"): each fact is worked on the whole question as well, and the fuller working kept.
 */
function worked(index: FactIndex, m: FactMatch, question: string): FactMatch {
  const answer = index.workedAnswer(m.fact, question);
  return answer.length > m.answer.length ? { ...m, answer } : m;
}

/** A question word a side asks with of its own, not a particle closing it. */
const ASKS_OWN = /谁|哪|几|多少|多久|多长|怎么|咋|啥|什么|如何|是否|([\u4e00-\u9fff])不\1/;

/** A thing's property named as what is asked, ending a side ("差额比例", "成立党支部的程序", "到会人数要求"). */
const ASKED_AS_NOUN =
  /(?:程序|流程|步骤|条件|标准|原则|内容|图案|样式|顺序|比例|含义|区别|作用|职责|用途|形式|要求|时限|年龄|人数|期限|次数|范围|基数|手续)$/;

/** A question word that closes what it asks: a question word right after it asks again. */
const CLOSING = /(?:吗|呢|是什么|是啥|有哪些|是哪些|有什么|怎么办|咋办)$/;

/** The question words a spoken run-on pair asks with, each part its own. */
const ASKING_WORD = /吗|谁|哪|几|多少|多久|多长|怎么|怎样|咋|啥|什么|如何|何时|是否|([\u4e00-\u9fff])不\1|还是|(?<=[\u4e00-\u9fff])不$/g;

/**
 * Two questions spoken with no mark between and no closing word the part reader cuts on ("党小组会谁来主持中央委员会每
 * 届任期几年", "谁能申请入党党小组组长怎么产生"): the clause holds question words far apart. It is cut where each side
 * is a question one fact answers on its own, two different facts, and the fact found on the whole is one of them;
 * otherwise it stays one question. A whole worded near one fact's own wording is one question.
 */
function spokenPair(index: FactIndex, clause: string, whole: FactMatch | undefined, options?: MatchOptions): FactMatch[] | undefined {
  if (clause.includes('，') || clause.length < 10) return undefined;
  // A whole worded near one fact's own wording is one question, unless a cut reads both sides nearer still, each to
  // its own fact ("党费是义务吗多久交一次" is near "党费多久交一次", and nearer as two).
  const ownWording = !!whole && whole.similarity >= OWN_WORDING;
  const hits = [...clause.matchAll(ASKING_WORD)];
  const words = subjectWords(index);
  const cuts = new Set<number>();
  if (hits.length >= 2) {
    const first = hits[0]!.index + hits[0]![0].length;
    const last = hits[hits.length - 1]!.index;
    // Question words side by side ("能不能谁来") ask one thing; after a closing 吗 the next asks again ("…是义务吗多久交").
    // "怎么补会几个人…": how, and the one verb it asks of, end a question; what follows two characters on asks again.
    const how = /^(?:怎么|咋)$/.test(hits[0]![0]) && last - first >= 2;
    if (last - first >= 3 || how || CLOSING.test(clause.slice(0, first)))
      for (let at = Math.max(first, 4); at <= last && clause.length - at >= 4; at++) cuts.add(at);
  }
  // A question asked as a noun phrase on one side ("支委选举差额比例", "成立党支部的程序"), no question word to cut
  // after: the cut is where the second subject begins.
  // A side that ends on the property asked ("党徽的图案") ends there, whatever the next one opens on ("被处分的…").
  for (let at = 4; clause.length - at >= 4; at++)
    if (ASKED_AS_NOUN.test(clause.slice(0, at)) || (words.some((w) => clause.startsWith(w, at)) && ASKED_AS_NOUN.test(clause)))
      cuts.add(at);
  let best: { pair: FactMatch[]; near: number } | undefined;
  for (const at of [...cuts].sort((x, y) => x - y)) {
    const said = clause.slice(0, at);
    const right = clause.slice(at);
    if (!(asksSomething(said) || ASKED_AS_NOUN.test(said)) || !(asksSomething(right) || ASKED_AS_NOUN.test(right))) continue;
    const read = toldLead(index, said, options);
    if (!read) continue;
    const { side: left, match: a } = read;
    // The second run on without its subject ("党费是义务吗多久交一次"): it is asked of the first's subject.
    // Read so only when it opens on no subject word of its own ("能不能决定发展谁入党" names 入党 as what is decided,
    // not as what it asks of): then it is read with the first's subject first.
    const subject = words.some((w) => right.startsWith(w))
      ? undefined
      : a.fact.must
          .flat()
          .filter((w) => w.length >= 2 && left.includes(w))
          .sort((x, y) => y.length - x.length)[0];
    const sides = subject ? [`${subject}${right}`, right] : [right];
    const b = sides
      .map((side) => ({ side, m: index.match(side, options) }))
      .find(({ side, m }) => m && fitsSide(m, side) && m.fact.a !== a.fact.a)?.m;
    if (!b || a.fact.id === b.fact.id) continue;
    // Two facts neither of which the whole found count only where each side is nearer its fact than the whole is to
    // its own: both halves read better than the whole.
    if (whole && (ownWording || (whole.fact.id !== a.fact.id && whole.fact.id !== b.fact.id))) {
      if (a.similarity <= whole.similarity || b.similarity <= whole.similarity) continue;
    }
    const near = a.similarity + b.similarity;
    if (!best || near > best.near) best = { pair: [a, b], near };
  }
  return best?.pair;
}

/**
 * The first side of a run-on pair with a story told before it, run on with no mark ("我是村里的支部书记今年刚接手…
 * 党费能不能用来聚餐"): read whole, or else from a subject word on, the story before it being context. The side and
 * its fact, when one fits.
 */
function toldLead(index: FactIndex, said: string, options?: MatchOptions): { side: string; match: FactMatch } | undefined {
  // A story the asker tells of themselves first ("我们支部在山里党员大多上了年纪…开会都难入党申请书交给谁"): its own
  // words (上了年纪) can find a fact near enough, read with the question after. The side read nearest its fact is the
  // question, the story before it context.
  const told = TELLS_OWN.test(said);
  let best: { side: string; match: FactMatch } | undefined;
  const whole = index.match(said, options);
  if (whole && fitsSide(whole, said)) {
    if (!told) return { side: said, match: whole };
    best = { side: said, match: whole };
  }
  const words = subjectWords(index);
  for (let from = 1; from <= said.length - 4; from++) {
    // After a story the question may open on its property ("最重要的纪律是什么"): every start is tried.
    if (!told && !words.some((w) => said.startsWith(w, from))) continue;
    const side = said.slice(from);
    if (!asksSomething(side)) break;
    const m = index.match(side, options);
    if (!m || !fitsSide(m, side)) continue;
    if (!told) return { side, match: m };
    // A situation the story tells (去世了, 出国) holds for the question: a fact that never names it answers nothing.
    if (!namesSituations(factText(m), namedSituations(said))) continue;
    if (!best || m.similarity > best.match.similarity) best = { side, match: m };
  }
  return best;
}

/** A message opening on the asker telling of themselves or their branch (我是…, 我们支部…, 俺村…). */
const TELLS_OWN = /^(?:我|俺|咱)/;

/**
 * The side of a spoken run-on pair that the whole question's fact does not answer: the run is cut where both sides
 * ask with question words of their own, one side finds the whole's fact, and the other asks of a subject that fact's
 * record never names ("…上几次" then "哪些时候要开展谈心谈话"). Undefined for one question with two question words
 * ("多长时间开一次", "预备党员能不能参加表决"), whose subjects the fact names.
 */
function spokenRest(
  index: FactIndex,
  clause: string,
  whole: FactMatch,
  options?: MatchOptions,
): { side: string; found?: FactMatch; first: boolean; instead?: FactMatch } | undefined {
  if (clause.includes('，') || clause.length < 10) return undefined;
  const record = factText(whole);
  const words = subjectWords(index);
  const hits = [...clause.matchAll(ASKING_WORD)];
  // A side asked as a noun phrase ("入党最低年龄", "党费计算基数是什么" then "入党最低年龄") ends where its property
  // is named, or the other begins on a subject word: no question word marks that cut.
  const nounCuts = [...clause].flatMap((_, at) =>
    at >= 4 &&
    clause.length - at >= 4 &&
    (ASKED_AS_NOUN.test(clause.slice(0, at)) ||
      (ASKED_AS_NOUN.test(clause) && words.some((w) => w.length >= 2 && clause.startsWith(w, at))))
      ? [at]
      : [],
  );
  if (hits.length < 2 && nounCuts.length === 0) return undefined;
  const first = hits.length > 0 ? hits[0]!.index + hits[0]![0].length : clause.length;
  const last = hits.length > 0 ? hits[hits.length - 1]!.index : 0;
  // Cut right after a question word (with its measure or particle: 几次, 几步, 吗), where a spoken question ends.
  const cuts =
    hits.length < 2
      ? []
      : hits.flatMap((h) => {
          const end = h.index + h[0].length + (/^[次步个年月天人项条种回吗呢么啊呀]/.test(clause.slice(h.index + h[0].length)) ? 1 : 0);
          // "怎么补", "咋算": the one verb asked how of ends the question with it.
          return /^(?:怎么|咋)$/.test(h[0]) && end === h.index + h[0].length ? [end, end + 1] : [end];
        });
  const asksAsSide = (side: string) => [...side.matchAll(ASKING_WORD)].length > 0 || ASKED_AS_NOUN.test(side);
  for (const at of [...cuts, ...nounCuts]) {
    const noun = !cuts.includes(at);
    if (!noun && (at < Math.max(first, 4) || at > last || clause.length - at < 4)) continue;
    const sides = [clause.slice(0, at), clause.slice(at)] as const;
    if (!sides.every(noun ? asksAsSide : (side) => [...side.matchAll(ASKING_WORD)].length > 0)) continue;
    // Each side worded as a fact's own question, two facts neither of which is the whole's ("支委会一个月开几次" then
    // "什么情况必须谈心谈话" read whole found how often members talk): the two are what is asked.
    const [a, b] = sides.map((side) => index.match(side, options));
    if (a && b && a.fact.a !== b.fact.a && [a, b].every((m, i) => m.similarity >= OWN_WORDING && fitsSide(m, sides[i]!)))
      return { side: sides[1], found: b, first: false, instead: a };
    for (const [own, other, otherFirst] of [
      [sides[0], sides[1], false],
      [sides[1], sides[0], true],
    ] as const) {
      const mine = index.match(own, options);
      if (mine?.fact.id !== whole.fact.id) continue;
      const theirs = index.match(other, options);
      if (theirs && theirs.fact.id === whole.fact.id) continue;
      // The other side found its own fact, worded near it: both are answered, in the order asked.
      const found = theirs && theirs.fact.a !== whole.fact.a && fitsSide(theirs, other) ? theirs : undefined;
      // Nor found, it is said to be open where it names a subject the whole's fact never names.
      const foreign = words.filter((w) => w.length >= 2 && other.includes(w) && !record.includes(w));
      // Or where the side that found the whole's fact reads it nearer than the whole does, and the other asks with
      // a question word of its own what the fact's record does not say ("…能给留党察看吗期几年"): the whole was two
      // questions, one of them unanswered.
      // A first side ending on a count asked ("我想问几个" before 发展对象) asks of the noun after it: no question of its own.
      const apart =
        mine.similarity > whole.similarity &&
        ASKS_OWN.test(other) &&
        !(otherFirst && /(?:几|多少)[个名位项条种件次]?$/.test(other)) &&
        !saidIn([record], other);
      if (found || foreign.length > 0 || apart) return { side: other, found, first: otherFirst };
    }
  }
  return undefined;
}

/**
 * A side of a cut is read as its fact's question when it is near one of the fact's wordings (a fragment cut off
 * mid-word, "政审查不", is far from all of them and finds a neighbour) and the fact answers it or it is worded as the
 * fact's own question.
 */
const fitsSide = (m: FactMatch, side: string) =>
  m.similarity >= NEAR_WORDING && (answersClause(m.fact, side) || m.similarity >= OWN_WORDING);
