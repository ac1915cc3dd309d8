import { fixDomainTypos, plainNumerals } from '../../../knowledge';
import { categoryOf, computeDues, DUES_BASIS, type DuesCategory, type DuesRequest, figuresOf, formatYuan, percent } from './dues';

/**
 * Two or more people named in one message, each with an income of their own, asked the 党费 of each ("我爸退休金一个月
 * 4800 交多少 我大伯退休金6000多的又交多少"): the figures are not several figures of one member, which the calculator
 * asks back about, but one for each person, and each is worked out on the band of that person's kind.
 */

/** Family and workmates named (我爸, 我大伯, 俺姐, 老伴, 同事) and people called by 老 or 小 and a surname (老王, 小李). */
const KIN =
  '(?:我们|俺们|咱们|我|俺|咱)?(?:家)?(?:老爸|老妈|爸爸|妈妈|父亲|母亲|爷爷|奶奶|外公|外婆|姥爷|姥姥|公公|婆婆|岳父|岳母|丈人|丈母娘|大伯|二伯|三伯|伯伯|伯父|伯母|大爷|大娘|大妈|叔叔|婶婶|婶子|姑姑|姑父|姑妈|舅舅|舅妈|姨妈|姨父|姨夫|老伴|爱人|老公|媳妇|丈夫|妻子|哥哥|姐姐|弟弟|妹妹|大哥|二哥|大姐|二姐|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|儿子|女儿|闺女|女婿|儿媳|同事|邻居|师傅|爸|妈|叔|婶|姑|舅|姨|哥|姐|弟|妹)';
// Surnames that also make a word after 老 or 小 (小于, 小金库, 小康, 小钱, 老毛病, 一小段, 小常识, 老文件) are left out.
const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊陆郝孔崔邱秦江史顾侯邵孟龙雷汤尹黎易乔贺赖龚';
const PERSON = new RegExp(`${KIN}|[老小][${SURNAMES}]`);
/** A piece told of the asker alone (我, 俺, 咱, 本人), not of a group (我们). */
const SELF = /^(?:我(?!们)|俺(?!们)|咱(?!们)|本人)/;
/** Where one piece of the message ends: a mark, a space in a run-on message, 还有, 另外. */
const PIECE_APART = /[？?。；;！!，,、\s]+|还有|另外|再问/;
/** Words of a piece that say whose kind of income it is. */
const KIND_SAID = /退休|退修|离休|养老金|工资|上班|在职|税后|税前|到手|学生|读书|上学|农民|种地|务农|低保|下岗|失业/;
/** A figure followed by 多 or 出头 ("6000多", "五千出头"): somewhat above it. */
const ABOVE_AFTER = /^\s*(?:元|块)?\s*(?:多|出头|挂零|冒头|几百)/;

interface PersonIncome {
  who: string;
  category: DuesCategory;
  value?: number;
  above: boolean;
  beforeTax: boolean;
  afterTax?: boolean;
}

/** The person a piece opens with or names, said as the reply calls them (我爸 → 你爸). */
function personIn(piece: string): string | undefined {
  const m = PERSON.exec(piece);
  if (!m) return undefined;
  return m[0].replace(/^(?:我们|俺们|咱们|我|俺|咱)/, '你');
}

/** The message cut into one part for each person named, each part running to the next person. */
function partsByPerson(text: string): Array<{ who: string; text: string }> {
  const parts: Array<{ who: string; text: string }> = [];
  for (const piece of text.split(PIECE_APART).filter(Boolean)) {
    const who = personIn(piece);
    if (who && !parts.some((p) => p.who === who)) parts.push({ who, text: piece });
    else if (parts.length > 0) parts[parts.length - 1]!.text += `，${piece}`;
    else if (who) parts.push({ who, text: piece });
    // "我退休金4000，老伴工资6000": the asker's own income, told before the other person, is the asker's (你), not lost.
    else if (SELF.test(piece) && figuresOf(piece).length > 0) parts.push({ who: '你', text: piece });
  }
  return parts;
}

/** Each person's one income and kind, or undefined where a person has none or more than one figure. */
function incomesOf(text: string, fallback: DuesCategory): PersonIncome[] | undefined {
  const people: PersonIncome[] = [];
  let previous: DuesCategory | undefined;
  for (const part of partsByPerson(text)) {
    // A kind said of this person (退休金, 工资); else the kind said of the one before ("…又交多少"); else the message's.
    const category = KIND_SAID.test(part.text) ? categoryOf(part.text) : (previous ?? fallback);
    previous = category;
    const figures = figuresOf(part.text).filter((f) => !f.guess);
    const values = [...new Set(figures.map((f) => f.value))];
    if (values.length > 1) return undefined;
    if (values.length === 0) {
      // A person with no figure may be paid a fixed amount (学生, 农民): worked out as such; else nothing is said of them.
      if (category === 'employed' || category === 'retired') continue;
      people.push({ who: part.who, category, above: false, beforeTax: false });
      continue;
    }
    const figure = figures[0]!;
    const at = part.text.search(new RegExp(`${figure.value}|[零〇一二两三四五六七八九十百千万]{2,}`));
    const tail = at >= 0 ? part.text.slice(at).replace(/^[\d.零〇一二两三四五六七八九十百千万kKwW]+/, '') : '';
    people.push({
      who: part.who,
      category,
      value: figure.value,
      above: ABOVE_AFTER.test(tail),
      beforeTax: figure.beforeTax,
      afterTax: figure.afterTax,
    });
  }
  // Two people at least, one with a figure: a single figure of two people named ("我表弟在读大学 我姐税后7000") is
  // the figured one's, and the other is of a fixed-amount kind.
  return people.length >= 2 && people.some((p) => p.value !== undefined) ? people : undefined;
}

/** One person's line: their base, rate and amount, or the fixed amount of their kind. */
function lineFor(person: PersonIncome, request: DuesRequest): string {
  const base = { ...request, unclear: undefined, each: undefined, paid: undefined, category: person.category };
  if (person.value === undefined) return `${person.who}：${computeDues({ ...base, income: undefined }).band}。`;
  if (person.beforeTax)
    return `${person.who}：你说的 ${formatYuan(person.value)} 元是税前数额，党费按每月税后收入计算，请告诉我税后每月到手多少。`;
  // "6000多": somewhat above the figure, so a figure right on a band's edge falls in the band above it.
  const result = computeDues({ ...base, income: person.above ? person.value + 0.01 : person.value });
  const income = person.category === 'retired' ? '每月离退休费' : person.afterTax ? '每月税后工资收入' : '每月工资收入（按税后计）';
  const kind = person.category === 'retired' ? '离退休党员' : '在职党员';
  const rate = percent(result.rate ?? 0);
  if (result.rate === undefined) return `${person.who}：${result.band}。`;
  const amount = formatYuan(Math.round(person.value * result.rate * 100) / 100);
  return person.above
    ? `${person.who}：${income} ${formatYuan(person.value)} 多元，按 ${rate} 交，每月 ${amount} 元以上（实际数额 × ${rate}；${kind}${result.band}）`
    : `${person.who}：${income} ${formatYuan(person.value)} 元 × ${rate} = ${amount} 元/月（${kind}${result.band}）`;
}

/**
 * The reply when a message names two or more people, each with an income (or a fixed-amount kind) of their own: one
 * line for each person. Undefined when fewer than two people are told with their income or kind, none has a figure,
 * or a person has several figures.
 */
export function describeNamedPersons(text: string, request: DuesRequest): string | undefined {
  if (request.each || request.paid !== undefined || request.yearly) return undefined;
  const people = incomesOf(fixDomainTypos(plainNumerals(text)), request.category);
  if (!people) return undefined;
  return [
    '你问的是几个人的党费，各按自己的收入和档位算：',
    ...people.map((p) => lineFor(p, request)),
    `依据：${DUES_BASIS}`,
    '计算基数由党支部核定；生活确有困难的，经党支部同意、报上一级党委批准，可以少交或免交。',
  ].join('\n');
}
