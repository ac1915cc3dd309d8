/**
 * A choice asked between two options ("党费现在就得交还是等批下来再交", "是预备期满那天还是支部大会那天") answered
 * with the option the fact takes, said first: the fact sets one of them aside in so many words ("…之日起交纳，不是从
 * 上级批准…之日起"), and the other is not set aside. Where the fact sets aside both, or neither, the rule is given as it
 * is: which option it takes is the asker's to read, never guessed.
 */

/** Two options asked between; each read up to eight characters either side of 还是. */
const CHOICE = /([\u4e00-\u9fff]{2,8})还是([\u4e00-\u9fff]{2,8})/;
/** The closing words of the second option. */
const CLOSING = /(?:呢|吗|啊|呀|哦|嘛|咧|哩|的)+$/;
/** What sets a thing aside in a fact: "不是从上级批准之日起", "而不是…", "并非…"; to the end of its clause. */
const SET_ASIDE = /(?:不是|而非|并非)[^，,。；;）)]*/g;
/** Characters that tell no option from another: particles, auxiliaries, and the asker's 问. */
const FUNCTION_CHARS = /[了就再得要是的在等还也都才先后去来问呢吗吧啊个一那这]/;

/**
 * What an option says that the other does not: its pairs of characters the fact says ("转正以后再交": 转正), or, where
 * the fact says none, its characters, particles left out ("等批了再交": 批, said in 上级批准).
 */
function ownWords(option: string, other: string, fact: string): string[] {
  const pairs = [...option].slice(0, -1).map((c, i) => c + option[i + 1]);
  const said = pairs.filter((p) => !other.includes(p) && fact.includes(p));
  if (said.length > 0) return said;
  return [...new Set(option)].filter((c) => !other.includes(c) && !FUNCTION_CHARS.test(c));
}

type Said = 'set aside' | 'stated' | 'unsaid';

/** Whether the fact sets the option aside (every word of it it says, it says after 不是), states it, or says none of it. */
function saidOf(words: readonly string[], fact: string): Said {
  const aside = [...fact.matchAll(SET_ASIDE)].map((m) => [m.index, m.index + m[0].length] as const);
  const inAside = (at: number) => aside.some(([from, to]) => at >= from && at < to);
  let seen = false;
  for (const w of words) {
    for (let at = fact.indexOf(w); at >= 0; at = fact.indexOf(w, at + 1)) {
      if (!inAside(at)) return 'stated';
      seen = true;
    }
  }
  return seen ? 'set aside' : 'unsaid';
}

/**
 * The reply to a choice, the option the fact takes first ("现在就得交，不是等批下来再交。" before the rule), or
 * undefined where the question offers no choice, or the fact does not set exactly one option aside.
 */
export function withChoice(asking: string, answer: string): string | undefined {
  const m = CHOICE.exec(asking.replace(/\s+/g, ''));
  if (!m) return undefined;
  const second = m[2]!.replace(CLOSING, '');
  // The first option is said about as long as the second: what comes before it is the subject both are asked of.
  const told = m[1]!.replace(/^.*[是问]/, '');
  const first = told.length <= second.length + 2 ? told : told.slice(-second.length);
  if (first.length < 2 || second.length < 2) return undefined;
  const options = [first, second];
  const said = options.map((o, i) => {
    const words = ownWords(o, options[1 - i]!, answer);
    return words.length > 0 ? saidOf(words, answer) : undefined;
  });
  const asideAt = said.indexOf('set aside');
  if (asideAt < 0 || said.lastIndexOf('set aside') !== asideAt || said[1 - asideAt] === undefined) return undefined;
  return `${options[1 - asideAt]}，不是${options[asideAt]}。${answer}`;
}

/**
 * A rule that sorts cases into kinds by examples ("廉洁纪律管秉公用权（如收受礼品礼金、违规经商办企业、公款吃喝）；…"):
 * each kind named with the examples it is given.
 */
const KIND_WITH_EXAMPLES = /([\u4e00-\u9fff]{2}纪律)管[^（(；;]*[（(]如([^）)]+)[）)]/g;
/** The things given as a gift in everyday words, said as the rules' 礼品礼金. */
const GIFTS = /购物卡|消费卡|礼品卡|提货卡|加油卡|充值卡|卡券|购物券|消费券|红包|礼金|礼品|礼物|烟酒|土特产|好处费/g;
/** Asking which kind a case is ("算违反哪项纪律", "廉洁纪律还是工作纪律"). */
const ASKS_WHICH_KIND = /哪(?:项|种|个|条|一项|类)纪律|什么纪律|啥纪律|纪律还是[\u4e00-\u9fff]{2}纪律/;

const pairs = (text: string) => new Set([...text].slice(0, -1).map((c, i) => c + text[i + 1]));

/**
 * The kind a told case falls under, said first ("按你说的情况，属于违反廉洁纪律（收受礼品礼金）。"): the one kind whose
 * examples share words with the case (gifts said in everyday words read as 礼品礼金); the kinds named in the question
 * are left out of the case, they are what is asked. Undefined where no kind's examples, or more than one's, are told.
 */
export function kindOfCase(question: string, answer: string): string | undefined {
  if (!ASKS_WHICH_KIND.test(question)) return undefined;
  const kinds = [...answer.matchAll(KIND_WITH_EXAMPLES)].map((m) => ({ kind: m[1]!, examples: m[2]!.split(/[、，,]/) }));
  if (kinds.length < 2) return undefined;
  const told = pairs(question.replace(/[\u4e00-\u9fff]{2}纪律/g, '，').replace(GIFTS, '礼品礼金'));
  const hits = kinds.flatMap(({ kind, examples }) => {
    const example = examples.find((e) => [...pairs(e)].some((p) => told.has(p)));
    return example ? [{ kind, example }] : [];
  });
  if (hits.length !== 1) return undefined;
  return `按你说的情况，属于违反${hits[0]!.kind}（${hits[0]!.example}一类）。${answer}`;
}
