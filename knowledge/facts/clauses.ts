import { questionKinds } from '../text/question-kind';
import { asksInOtherForm, lastMarkedAsked } from './asking-forms';
import { toldCountsPlain } from './told-counts';

/**
 * A question cut into clauses: the ones that ask something, and the ones that only give context ("我儿子出去打工",
 * "某同志2022年9月15日经支部大会通过为预备党员"). The fact layer compares wordings on what is asked, and answers a
 * question that asks two things part by part (compound.ts).
 */

/** Where a question is cut into clauses. */
const CLAUSE_BREAK = /[，,？?；;。!！\s]+/;
/**
 * A clause that asks something even when the kind rules see no kind in it ("归哪边管", "是不是就先不执行了",
 * "税前还是税后", "参加不参加", "有时间限制没有", "今年到期没有"); "我还是预备党员" states, it does not ask. A clause
 * opening on 是 that offers two options ("是村里管他还是那边管", "是支部批他还是党委批") asks which, though 还是
 * follows 他 there as the object of the first option's verb. 还是 before a negation is "still" ("批评了几次还是不改",
 * "还是没交"), unless the same verb stands on both sides ("交还是不交", "手写还是不手写"), which asks.
 */
const ASKING =
  /吗|呢|么|不$|是不是|是否|能否|可否|算不算|(?<![我你他她俺咱也都仍就])还是(?![不没])|^是[^，,]{1,16}还是|([\u4e00-\u9fff]{1,2})不\1|([\u4e00-\u9fff]{1,2})还是[不没]\2|哪|谁|几|多少|多久|多长|怎么|怎样|如何|何时|几时|咋|啥|什么|能不能|可不可以|要不要|有没有|计不计|频次|频率|期限|时限|起算|认定|名额|年限|多大(?=岁|年龄|年纪|年岁|了?$)|有[^，,没]{1,10}没有?$|(?:到期|到点|满|够|完|齐)了?没有?$/;
/**
 * Courtesy and context that ask nothing (谢谢, 请问, 您好), and an exclamation opening the message ("整哪样哦", read
 * 干什么哦; "搞什么嘛"): surprise at the news told, not a question of its own.
 */
const COURTESY = /^(?:谢谢您?|谢了|多谢|请问|您好|你好|麻烦问下|麻烦了|急|在线等|(?:干什么|干啥|搞什么|搞啥|整啥)(?:哦|嘛|哟|哇|呀|啊)+)$/;
/** A request to be told, with or without an A-not-A before it ("行不行给说说", "帮忙讲讲"): it asks nothing of its own. */
const TELL_ME =
  /^(?:行不行|好不好|可以吗|好吗|行吗)?(?:麻烦|帮忙|帮我|请)?(?:给|跟|和)?(?:我|我们)?(?:说说|讲讲|说一下|讲一下|说下|讲下|解答一下|答一下|解释一下|指导一下)(?:吧|呗|哈|呀)?$/;

/** The clauses of a question, courtesy left out. */
function clausesOf(question: string): string[] {
  return (
    question
      .split(CLAUSE_BREAK)
      .map((p) => p.trim())
      .filter((p) => p && !COURTESY.test(p) && !TELL_ME.test(p))
      // "由谁确定、培养多久、考察多久一次": pieces that each ask are clauses; "党员大会、支委会…" lists subjects.
      .flatMap((p) => {
        const pieces = p.split('、').filter(Boolean);
        return pieces.length > 1 && pieces.every(asksSomething) ? pieces : [p];
      })
      // "党小组会 呢": a particle typed apart ends the piece before it, it asks nothing of its own.
      .reduce<string[]>((out, p) => {
        if (PARTICLE.test(p) && out.length > 0) out[out.length - 1] += p;
        else out.push(p);
        return out;
      }, [])
  );
}

/** A clause ended by a sentence-final particle ("党小组会呢", "能开吗"): a question complete in itself. */
const ENDS_QUESTION = /[呢吗么嘛]$/;

/**
 * A clause that asks what follows from the answer to the one before ("不能的话怎么办", "不够的话咋弄", "要是不行
 * 呢"): not a question of its own, it belongs to the clause it follows.
 */
export const FOLLOW_UP = /^(?:(?:如果|要是|若)?(?:不能|不行|不够|不可以|不允许|不是|没有|达不到|不满足|不符合)(?:的话|[，,]|$)|否则|不然)/;

/** A clause that offers the other option of the question before it (…吗，还是…; …，或者…). */
const OTHER_OPTION = /^(?:还是|或者|或是)/;

/** A clause in which the asker says something of their own ("我记得是……", "俺们支部……"). */
const ASKER_STATES = /^(?:我|俺|咱|我们|俺们|咱们)/;

/** Up to this length a clause after an asking clause can be the rest of it ("多长时间  开一回"). */
const SHORT_CLAUSE = 4;

/**
 * Whether a clause that does not ask outright, said right after one that does, finishes it: a short piece
 * ("开一回") or one whose kind of question is read from its content ("……是什么样子"), never the asker's own
 * statement ("我记得是坚持标准").
 */
function continuesAsking(part: string): boolean {
  return !ASKER_STATES.test(part) && !NAMES_WHICH.test(part) && (part.length <= SHORT_CLAUSE || asksSomething(part));
}

/**
 * A clause that says which thing is meant by its words, ending on 那个 ("…十六字方针吗 坚持标准保证质量那个", "…的规定，
 * 就是去年新出的那条"): a reminder of the thing asked about, not a question of its own nor the rest of one.
 */
const NAMES_WHICH = /[\u4e00-\u9fff]{2,}的?那(?:个|条|句|套|种|些|一条|一句|一套)$/;

/**
 * The clauses of a question that ask something, each with the context clauses said just before it. A clause in
 * `opens` opens an item of the asker's own list ("一是…；二是…", "1. … 2. …"): it never finishes the question before.
 */
export function askingClauses(question: string, opens: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  let context = '';
  const parts = clausesOf(question);
  const asking = askingOf(parts, question, true);
  for (const part of parts) {
    const asks = asking.has(part);
    const opensItem = opens.has(part) || opens.has(part.replace(/呢$/, ''));
    // "多长时间  开一回": a clause right after an asking clause that says what it asks about goes with it. Not after a
    // question its particle ended ("能减轻处分吗，任期到了还没换届，最多能延多久"), nor one telling what happened
    // ("…最长多久，察看期满恢复了权利，之后还有几年影响"): a clause of its own telling the next question's case.
    const ended = out.length > 0 && part.length > SHORT_CLAUSE && (ENDS_QUESTION.test(out[out.length - 1]!) || /了/.test(part));
    if (!asks && !context && out.length > 0 && !opensItem && !ended && continuesAsking(part)) {
      out[out.length - 1] += `，${part}`;
      continue;
    }
    if (!asks) {
      context += `${part}，`;
      continue;
    }
    // "这是国家统一规定的吗，还是各地自己定的": the other option of the question before, one question with it.
    if (out.length > 0 && !context && !opensItem && OTHER_OPTION.test(part)) {
      out[out.length - 1] += `，${part}`;
      continue;
    }
    if (out.length > 0 && !opensItem && [...context.split('，'), part].some((p) => FOLLOW_UP.test(p))) {
      out[out.length - 1] += `，${context}${part}`;
      context = '';
      continue;
    }
    out.push(`${context}${part}`);
    context = '';
  }
  // Words after the last asking clause finish it ("评几个  等次", written with spaces between words); after a question
  // ended by its particle ("党小组会呢？村支书们老问我") they are a remark, which asks nothing.
  if (context && out.length > 0 && !ENDS_QUESTION.test(out[out.length - 1]!)) out[out.length - 1] += `，${context.replace(/，$/, '')}`;
  return out;
}

/** Whether a clause asks something. */
export function asksSomething(clause: string): boolean {
  // "党课请假好几次", "十几个党员": counts a story tells, not asked (told-counts.ts).
  const read = toldCountsPlain(clause);
  return ASKING.test(read) || asksInOtherForm(read) || questionKinds(read).length > 0;
}

/** A question word of its own in a piece ("多长时间", "归谁管", "能不能"), not a kind read from its content. */
export const hasQuestionWord = (piece: string) => {
  const read = toldCountsPlain(piece);
  return ASKING.test(read) || asksInOtherForm(read);
};
/** A piece ending in an A-not-A verb ("能不能", "算不算"): what it asks about is the piece after it. */
const A_NOT_A_END = /(?:([\u4e00-\u9fff])不\1|可不可以|有没有)$/;

/**
 * A question typed with spaces between its words ("留党察看  最长  多长时间  察看期间  能不能  投票选举"), as
 * clauses: the words run together up to a question word, a new clause after it. An A-not-A verb takes the word
 * after it ("能不能  投票选举", "他算不算  流动党员"); words after the last question word finish the last clause.
 * A stretch with few words, or with spaces used as commas between long pieces, is returned as it is.
 */
export function joinSpacedWords(text: string): string {
  return joinSpaced(text.replace(SPACED_PARTICLE, '$1'));
}

/**
 * A particle that ends a question typed apart from its words ("党小组会 呢", "能开 吗？"): a space never stands
 * between a clause and the 呢 or 吗 that asks it, so it is no comma there ("党小组会 呢" would leave 呢 a clause).
 */
const SPACED_PARTICLE = /(?<=[\u4e00-\u9fff])\s+([呢吗嘛吧])(?=$|[\s，,。？?；;！!])/g;

function joinSpaced(text: string): string {
  // Punctuation and spaces both ("党费 里面 能 不能 拿 一点 发 奖金 ？"): each punctuated stretch is read on its own.
  if (/[，,。？?；;！!]/.test(text))
    return text
      .split(/([，,。？?；;！!]+)/)
      .map((piece, i) => (i % 2 === 1 ? piece : joinSpacedStretch(piece, MIN_WORDS_PUNCTUATED)))
      .join('');
  return joinSpacedStretch(text, MIN_WORDS);
}

/**
 * Fewer words than this are spaces used as commas, not between words; a stretch between punctuation marks is
 * shorter ("，是 哪几个 部门 审查 ？").
 */
const MIN_WORDS = 5;
const MIN_WORDS_PUNCTUATED = 3;
/** Pieces of this median length or more are clauses typed with spaces for commas, not words typed apart. */
const CLAUSE_LENGTH = 5;
/** Pieces of at most this mean length are words, however few. */
const WORD_LENGTH = 3;

/** One stretch without punctuation, typed with spaces between its words, as clauses (see joinSpacedWords). */
function joinSpacedStretch(text: string, minWords: number): string {
  const words = text.trim().split(/\s+/);
  // Spaces between words, not between clauses: many short pieces (input folds wide spaces into one).
  const mean = text.replace(/\s+/g, '').length / words.length;
  // Three or four pieces this short are words too ("支委会  多长  时间  开一回"), not clauses.
  const wordSized = words.length >= MIN_WORDS_PUNCTUATED && mean <= WORD_LENGTH;
  // Pieces mostly of clause length ("要选5个  书记说候选人就定5个  省得麻烦  这样搞行不行"): spaces used as commas.
  const lengths = words.map((w) => w.length).sort((x, y) => x - y);
  const median =
    lengths.length % 2 ? lengths[(lengths.length - 1) / 2]! : (lengths[lengths.length / 2 - 1]! + lengths[lengths.length / 2]!) / 2;
  if ((words.length < minWords && !wordSized) || mean > 6 || median >= CLAUSE_LENGTH) return text;
  const clauses: string[] = [];
  let current = '';
  let tail = 0;
  /** The last word run into the current clause. */
  let previous = '';
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    // "他算不算  流动党员": the A-not-A verb and its object make a clause of their own.
    const object = A_NOT_A_END.test(word) && i + 1 < words.length && !hasQuestionWord(words[i + 1]!);
    if (object) word += words[++i]!;
    // "多少  天  之内  报备": the unit or bound after a question word belongs to it.
    while (!object && hasQuestionWord(word) && i + 1 < words.length && UNIT_AFTER.test(words[i + 1]!)) word += words[++i]!;
    // "这个  咋  处理  呢", "怎么  办": a word asking how is asked of the verb after it, which belongs to its clause.
    // The verb may carry the particle closing the question ("处理呢": SPACED_PARTICLE joined it).
    if (
      !object &&
      MANNER_WORD.test(word) &&
      i + 1 < words.length &&
      !PARTICLE.test(words[i + 1]!) &&
      !hasQuestionWord(words[i + 1]!.replace(/[呢吗嘛吧]$/, ''))
    )
      word += words[++i]!;
    // "报告一下", "汇报下": the asker's aside, a clause of its own (the question's reader takes it off), which ends the
    // story told before it.
    if (SPACED_ASIDE.test(word)) {
      if (current) clauses.push(current);
      clauses.push(word);
      current = '';
      tail = 0;
      continue;
    }
    // "受了严重警告  他不服": a piece opening on he or she after a story of some length starts a clause of its own (not
    // one that asks, "他算不算  流动党员", which the words before it run into).
    if (current.length >= 4 && word.length >= 3 && OPENS_ON_PERSON.test(word) && !hasQuestionWord(word)) {
      clauses.push(current);
      current = '';
      tail = 0;
    }
    // "交给  谁  呢": a particle typed apart ends the clause before it.
    if (!current && clauses.length > 0 && PARTICLE.test(word)) {
      clauses[clauses.length - 1] += word;
      continue;
    }
    // "…党费  一分  没交  电话  也  打不通  这个  咋  处理": the question opens on the word that points back at the story
    // told before it (这个, 这种情况), which is a clause of its own, as a comma there would make it.
    const asking = object || hasQuestionWord(word);
    const pointer =
      asking && current.endsWith(previous) && current.length - previous.length >= STORY_LENGTH && POINTS_BACK.test(previous)
        ? previous
        : '';
    if (pointer) {
      clauses.push(current.slice(0, current.length - pointer.length));
      current = pointer;
    }
    current += word;
    previous = word;
    if (asking) {
      clauses.push(current);
      current = '';
      tail = 0;
    } else tail++;
  }
  if (current) {
    // Words after the last question word finish its clause ("评几个  等次"), unless they are a statement of their
    // own ("哪十六个字  我  老早  记的是  坚持标准"): said by the asker, or too many to be the asked thing's words.
    const statement = tail >= MIN_STATEMENT_WORDS || ASKER_STATES.test(current);
    if (clauses.length > 0 && !statement) clauses[clauses.length - 1] += current;
    else clauses.push(current);
  }
  return clauses.join('，');
}

/** A unit, measure or bound typed as a word of its own after a question word ("几  个", "多少  天  之内"). */
const UNIT_AFTER = /^(?:[天个人年月次名元项条种级岁日周票届字遍回趟期]|小时|分钟|星期|季度|之内|以内|以上|以下|之前|以前|之后|以后|左右)$/;
/** The asker's aside typed as a piece of its own ("报告一下 他能找谁"): reporting to whoever reads, asking nothing. */
const SPACED_ASIDE = /^(?:向您|跟您|给您)?(?:报告|汇报)(?:一下|下)$/;
/** A piece opening on he or she (他不服, 她说), not on 他们 or 她们: the one the story is about does something new. */
const OPENS_ON_PERSON = /^[他她](?!们)/;
/** A word that asks how, typed on its own before the verb it asks of ("咋  处理", read as 怎么 before the join). */
const MANNER_WORD = /^(?:怎么|怎样|如何|咋|咋个|怎么样|怎生|点样)$/;
/** A word pointing back at what was told, opening the question about it (这个, 这种情况, 那这事). */
const POINTS_BACK = /^(?:那)?(?:这个|这种情况|这情况|这事|这事儿|这种事|这样的|这种|这样)$/;
/** Told words before such a pointer that make a story of their own. */
const STORY_LENGTH = 8;
/** A sentence-final particle typed as a word of its own. */
const PARTICLE = /^[吗呢吧么啊呀嘛]+$/;
/** Words after the last question word that make a statement of their own rather than finish the question. */
const MIN_STATEMENT_WORDS = 4;

/**
 * The clauses that ask, of the clauses given: those with a question word of their own ("要不要设支委会"); only
 * when none has one, those whose kind of question the rules read from their content ("入党的程序"). Beside a
 * clause that asks outright, "这样子" or "我记得是坚持标准" is the asker's story, not a second question.
 */
function askingOf(parts: string[], question: string, markedLast = false): Set<string> {
  const outright = parts.filter(
    (p, i) => hasQuestionWord(i < parts.length - 1 ? p.replace(TOLD_AMOUNT, '了') : p) || NOUN_ASKED.test(p) || markedAsked(p, question),
  );
  // The last clause closed by the asker's question mark, after a clause that asks: a second question (asking-forms.ts),
  // for the part reader only; the wording compared with the facts' (askedText) is read as before.
  const last = parts[parts.length - 1];
  if (markedLast && last && !outright.includes(last) && lastMarkedAsked(last, question, outright.length > 0)) outright.push(last);
  return new Set(outright.length > 0 ? outright : parts.filter(asksSomething));
}

/**
 * A clause the asker closes with a question mark, where a later clause asks too ("党务人员换人了要好多天内报组织部？证书
 * 一共分几个等级"): the asker has said it is a question, though its question word is a regional one the readers do
 * not know. Only a clause that does not tell of the asker (我们…, 俺…), and that a clause after it follows.
 */
function markedAsked(part: string, question: string): boolean {
  if (part.length < 4 || ASKER_STATES.test(part)) return false;
  const at = question.indexOf(part);
  if (at < 0) return false;
  const end = at + part.length;
  return /^\s*[？?]/.test(question.slice(end)) && /[\u4e00-\u9fff]/.test(question.slice(end));
}

/**
 * A clause that asks as a noun phrase, a thing and the property asked of it ("党小组会的主要内容", "支委会到会人数
 * 要求", "那最低年龄"): beside a clause that asks outright it is a question of its own, not the story of the other
 * ("党小组会的主要内容，能不能决定发展谁入党" asks both). Not one the asker tells (我们的程序…, 按上级的标准, 支部觉得
 * 他还达不到转正条件): a noun phrase holds no verb of saying or thinking, no 了 and no negation.
 */
const NOUN_ASKED =
  /^(?![我你他她咱俺按照依据根据如果要是因为])(?![^，]*[了不没觉说还已想让达])(?:那|那么|还有|另外)?[\u4e00-\u9fff]{2,14}(?:程序|流程|步骤|条件|标准|原则|内容|比例|含义|区别|作用|职责|用途|形式|要求|年龄|人数|时长|期限|次数|范围|基数|手续|图案|样式|顺序)$/;

/**
 * "拘了几天", "住了几个月", "谈了几次": 几 after 了 tells a rough amount, in a clause before the one that asks
 * ("…拘了几天，党内咋处理"); it asks how many only where nothing after it asks. So does "有几户党员房子倒了" (several
 * households, a clause that ends telling what happened to them).
 */
// "会也没来几次", "党费没交几回": 几 after a negated verb tells hardly any, as 了几 tells a few.
const TOLD_AMOUNT =
  /了几(?:天|个?月|年|次|回|周)|没有?[\u4e00-\u9fff]{1,2}几(?:天|个?月|年|次|回|周)|^有几(?=[户家个名位人])(?=[^，]*了$)/g;

/**
 * Asking only which of the claims told is right ("社区说5年一届，我们是3年一届，这俩到底哪个对", "谁说得对"): the
 * claims are what is asked, not the story around the question.
 */
const WHICH_CLAIM_RIGHT =
  /^(?:那|这|这俩|这两个|两个|两种|俩|他们|你说)?(?:到底|究竟)?(?:哪个|哪一个|哪种|哪样|谁|哪边)(?:说的|说得|讲的|讲得|的说法)?(?:才|是)?(?:对|正确|准确|有道理)[啊呀呢吗嘛哦的]*$/;

/** What a question asks, without the clauses that only give context: the question itself when every clause asks. */
export function askedText(question: string): string {
  const parts = clausesOf(question);
  const asks = askingOf(parts, question);
  const asking: string[] = [];
  let kept = 0;
  let previous = false;
  for (const p of parts) {
    // Read as one with the clause it finishes: "多长时间开一回" asks how often, "多长时间，开一回" how long.
    if (asks.has(p)) asking.push(p);
    else if (previous && continuesAsking(p)) asking[asking.length - 1] += p;
    else {
      previous = false;
      continue;
    }
    previous = true;
    kept++;
  }
  if (asking.length > 0 && asking.every((a) => WHICH_CLAIM_RIGHT.test(a.replace(/[？?！!。\s]+$/, '')))) return question;
  return asking.length > 0 && kept < parts.length ? asking.join('，') : question;
}
