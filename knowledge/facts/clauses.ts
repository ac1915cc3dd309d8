import { questionKinds } from '../text/question-kind';

/**
 * A question cut into clauses: the ones that ask something, and the ones that only give context ("我儿子出去打工",
 * "某同志2022年9月15日经支部大会通过为预备党员"). The fact layer compares wordings on what is asked, and answers a
 * question that asks two things part by part (compound.ts).
 */

/** Where a question is cut into clauses. */
const CLAUSE_BREAK = /[，,？?；;。!！\s]+/;
/**
 * A clause that asks something even when the kind rules see no kind in it ("归哪边管", "是不是就先不执行了",
 * "税前还是税后", "参加不参加"); "我还是预备党员" states, it does not ask.
 */
const ASKING =
  /吗|呢|么|不$|是不是|算不算|(?<![我你他她俺咱也都仍就])还是|([\u4e00-\u9fff]{1,2})不\1|哪|谁|几|多少|多久|多长|怎么|咋|啥|什么|能不能|可不可以|要不要|有没有|计不计|频次|频率|期限|时限|起算|认定|名额|年限/;
/** Courtesy and context that ask nothing (谢谢, 请问, 您好). */
const COURTESY = /^(?:谢谢您?|谢了|多谢|请问|您好|你好|麻烦问下|麻烦了|急|在线等)$/;

/** The clauses of a question, courtesy left out. */
function clausesOf(question: string): string[] {
  return (
    question
      .split(CLAUSE_BREAK)
      .map((p) => p.trim())
      .filter((p) => p && !COURTESY.test(p))
      // "由谁确定、培养多久、考察多久一次": pieces that each ask are clauses; "党员大会、支委会…" lists subjects.
      .flatMap((p) => {
        const pieces = p.split('、').filter(Boolean);
        return pieces.length > 1 && pieces.every(asksSomething) ? pieces : [p];
      })
  );
}

/**
 * A clause that asks what follows from the answer to the one before ("不能的话怎么办", "不够的话咋弄", "要是不行
 * 呢"): not a question of its own, it belongs to the clause it follows.
 */
const FOLLOW_UP = /^(?:(?:如果|要是|若)?(?:不能|不行|不够|不可以|不允许|不是|没有|达不到|不满足|不符合)(?:的话|[，,]|$)|否则|不然)/;

/** The clauses of a question that ask something, each with the context clauses said just before it. */
export function askingClauses(question: string): string[] {
  const out: string[] = [];
  let context = '';
  for (const part of clausesOf(question)) {
    const asks = asksSomething(part);
    if (!asks) {
      context += `${part}，`;
      continue;
    }
    if (out.length > 0 && [...context.split('，'), part].some((p) => FOLLOW_UP.test(p))) {
      out[out.length - 1] += `，${context}${part}`;
      context = '';
      continue;
    }
    out.push(`${context}${part}`);
    context = '';
  }
  // Words after the last asking clause finish it ("评几个  等次", written with spaces between words).
  if (context && out.length > 0) out[out.length - 1] += `，${context.replace(/，$/, '')}`;
  return out;
}

/** Whether a clause asks something. */
export function asksSomething(clause: string): boolean {
  return ASKING.test(clause) || questionKinds(clause).length > 0;
}

/** A question word of its own in a piece ("多长时间", "归谁管", "能不能"), not a kind read from its content. */
const hasQuestionWord = (piece: string) => ASKING.test(piece);
/** A piece ending in an A-not-A verb ("能不能", "算不算"): what it asks about is the piece after it. */
const A_NOT_A_END = /(?:([\u4e00-\u9fff])不\1|可不可以|有没有)$/;

/**
 * A question typed with spaces between its words ("留党察看  最长  多长时间  察看期间  能不能  投票选举"), as
 * clauses: the words run together up to a question word, a new clause after it. An A-not-A verb takes the word
 * after it ("能不能  投票选举", "他算不算  流动党员"); words after the last question word finish the last clause.
 * A question with punctuation, or with single spaces used as commas, is returned as it is.
 */
export function joinSpacedWords(text: string): string {
  if (/[，,。？?；;！!]/.test(text)) return text;
  const words = text.trim().split(/\s+/);
  // Spaces between words, not between clauses: many short pieces (input folds wide spaces into one).
  if (words.length < 5 || text.replace(/\s+/g, '').length / words.length > 6) return text;
  const clauses: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    // "他算不算  流动党员": the A-not-A verb and its object make a clause of their own.
    const object = A_NOT_A_END.test(word) && i + 1 < words.length && !hasQuestionWord(words[i + 1]!);
    if (object) word += words[++i]!;
    current += word;
    if (object || hasQuestionWord(word)) {
      clauses.push(current);
      current = '';
    }
  }
  if (current) {
    if (clauses.length > 0) clauses[clauses.length - 1] += current;
    else clauses.push(current);
  }
  return clauses.join('，');
}

/** What a question asks, without the clauses that only give context: the question itself when every clause asks. */
export function askedText(question: string): string {
  const parts = clausesOf(question);
  const asking = parts.filter(asksSomething);
  return asking.length > 0 && asking.length < parts.length ? asking.join('，') : question;
}
